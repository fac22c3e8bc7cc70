//! Writing and reading the append-only activity log.

use super::{Store, NOW};
use crate::profile::parse_stored;
use crate::{ActivityAction, ActivityEntry, ActivityPage, ActivityQuery, Field, PartnerProfile, Result, Role};
use sqlx::{Sqlite, Transaction};

/// Who an activity line is signed by.
#[derive(Debug, Clone)]
pub(crate) struct Actor {
    pub name: String,
    pub role: Role,
}

impl From<&PartnerProfile> for Actor {
    fn from(p: &PartnerProfile) -> Actor {
        Actor { name: p.staff_name.clone(), role: p.staff_role }
    }
}

impl Actor {
    /// Appends one line inside the transaction of the change it records.
    pub async fn record(
        &self,
        tx: &mut Transaction<'static, Sqlite>,
        action: ActivityAction,
        customer_id: Option<i64>,
        subject: &str,
        changed: &[Field],
    ) -> Result<()> {
        let details = serde_json::json!({ "changed": changed }).to_string();
        sqlx::query(&format!(
            "INSERT INTO activity (at, actor_name, actor_role, action, customer_id, subject, details) \
             VALUES ({NOW}, ?, ?, ?, ?, ?, ?)"
        ))
        .bind(&self.name)
        .bind(self.role.as_str())
        .bind(action.as_str())
        .bind(customer_id)
        .bind(subject)
        .bind(details)
        .execute(&mut **tx)
        .await?;
        Ok(())
    }
}

#[derive(sqlx::FromRow)]
struct ActivityRow {
    id: i64,
    at: String,
    actor_name: String,
    actor_role: String,
    action: String,
    customer_id: Option<i64>,
    subject: String,
    details: String,
}

#[derive(serde::Deserialize, Default)]
struct Details {
    #[serde(default)]
    changed: Vec<Field>,
}

impl Store {
    /// The activity log, newest first.
    pub async fn activity(&self, q: &ActivityQuery) -> Result<ActivityPage> {
        let limit = match q.limit {
            0 => 100,
            n => n.min(500),
        };
        let rows: Vec<ActivityRow> = sqlx::query_as(
            "SELECT id, at, actor_name, actor_role, action, customer_id, subject, details FROM activity \
             WHERE ?1 IS NULL OR customer_id = ?1 ORDER BY id DESC LIMIT ?2 OFFSET ?3",
        )
        .bind(q.customer_id)
        .bind(limit)
        .bind(q.offset)
        .fetch_all(self.pool())
        .await?;
        let total: u32 = sqlx::query_scalar("SELECT count(*) FROM activity WHERE ?1 IS NULL OR customer_id = ?1")
            .bind(q.customer_id)
            .fetch_one(self.pool())
            .await?;
        let items = rows
            .into_iter()
            .map(|r| {
                let details: Details = serde_json::from_str(&r.details).unwrap_or_default();
                Ok(ActivityEntry {
                    id: r.id,
                    at: r.at,
                    actor_name: r.actor_name,
                    actor_role: parse_stored(&r.actor_role)?,
                    action: parse_stored(&r.action)?,
                    customer_id: r.customer_id,
                    subject: r.subject,
                    changed: details.changed,
                })
            })
            .collect::<Result<_>>()?;
        Ok(ActivityPage { items, total, offset: q.offset })
    }
}

#[cfg(test)]
mod tests {
    use crate::profile::tests::input;
    use crate::store::tests::store;

    #[tokio::test]
    async fn the_log_refuses_updates_and_deletes() {
        let (store, _dir) = store().await;
        store.save_profile(&input()).await.unwrap();
        let update = sqlx::query("UPDATE activity SET actor_name = 'someone else'").execute(store.pool()).await;
        assert!(update.unwrap_err().to_string().contains("append-only"));
        let delete = sqlx::query("DELETE FROM activity").execute(store.pool()).await;
        assert!(delete.unwrap_err().to_string().contains("append-only"));
    }
}
