//! Writing and reading the append-only activity log.

use super::customers::BATCH_ROWS;
use super::db::{Chunks, Keyed};
use super::import::{detail_from_data, FieldChange, ImportCounts};
use super::{count_of, Dialect, Sql, Store, Tx};
use crate::{
    i18n, ActivityAction, ActivityEntry, ActivityPage, ActivityQuery, Field, Language, Result, Role, StaffMember,
};
use fluent_bundle::FluentArgs;

/// Who an activity line is signed by.
#[derive(Debug, Clone)]
pub(crate) struct Actor {
    pub name: String,
    pub role: Role,
}

impl From<&StaffMember> for Actor {
    fn from(m: &StaffMember) -> Actor {
        Actor { name: m.name.clone(), role: m.role }
    }
}

impl Actor {
    /// Appends one line inside the transaction of the change it records.
    pub async fn record(
        &self,
        tx: &mut Tx,
        action: ActivityAction,
        customer_id: Option<i64>,
        subject: &str,
        changed: &[Field],
    ) -> Result<()> {
        self.record_detail(tx, action, customer_id, subject, changed, None).await
    }

    /// Appends one line with a free-text detail (an attestation, an import's counts).
    pub async fn record_detail(
        &self,
        tx: &mut Tx,
        action: ActivityAction,
        customer_id: Option<i64>,
        subject: &str,
        changed: &[Field],
        detail: Option<&str>,
    ) -> Result<()> {
        self.record_data(tx, action, customer_id, subject, details_of(changed, detail)).await
    }

    /// Appends one line whose details are data, worded only when read (in the reader's language).
    pub async fn record_data(
        &self,
        tx: &mut Tx,
        action: ActivityAction,
        customer_id: Option<i64>,
        subject: &str,
        details: serde_json::Value,
    ) -> Result<()> {
        self.record_lines(tx, &[Line { action, customer_id, subject, details }]).await
    }

    /// Appends lines in order, [`BATCH_ROWS`] to a statement.
    pub async fn record_lines(&self, tx: &mut Tx, lines: &[Line<'_>]) -> Result<()> {
        let now = tx.dialect().now();
        for chunk in lines.chunks(BATCH_ROWS) {
            let mut sql = Sql::new(
                "INSERT INTO activity (at, actor_name, actor_role, action, customer_id, subject, details) VALUES ",
            );
            for (i, line) in chunk.iter().enumerate() {
                tx.changed(super::Change { action: Some(line.action), customer_id: line.customer_id });
                sql.push(if i == 0 { "" } else { ", " });
                sql.push(format!("({now}, ?, ?, ?, ?, ?, ?)"));
                sql = sql
                    .bind(&self.name)
                    .bind(self.role.as_str())
                    .bind(line.action.as_str())
                    .bind(line.customer_id)
                    .bind(line.subject)
                    .bind(line.details.to_string());
            }
            sql.execute(&mut *tx).await?;
        }
        Ok(())
    }
}

/// One activity line to append: what was done, to which customer, named as it is now, with
/// its details as data.
pub(crate) struct Line<'a> {
    pub action: ActivityAction,
    pub customer_id: Option<i64>,
    pub subject: &'a str,
    pub details: serde_json::Value,
}

/// A line's details: the fields changed and a free-text detail, each left out when there is
/// none (a line is written for every customer an import adds, so empty keys would add up).
pub(crate) fn details_of(changed: &[Field], detail: Option<&str>) -> serde_json::Value {
    let mut details = serde_json::Map::new();
    if !changed.is_empty() {
        details.insert("changed".into(), serde_json::json!(changed));
    }
    if let Some(detail) = detail {
        details.insert("detail".into(), detail.into());
    }
    serde_json::Value::Object(details)
}

/// An activity line as stored; read as a row, or as an array of these fields in order from an
/// [`activity_chunks`].
#[derive(sqlx::FromRow, serde::Deserialize)]
pub(crate) struct ActivityRow {
    id: i64,
    at: String,
    actor_name: String,
    #[sqlx(try_from = "String")]
    actor_role: Role,
    #[sqlx(try_from = "String")]
    action: ActivityAction,
    customer_id: Option<i64>,
    subject: String,
    details: String,
}

#[derive(serde::Deserialize, Default)]
struct Details {
    #[serde(default)]
    changed: Vec<Field>,
    #[serde(default)]
    detail: Option<String>,
    #[serde(default)]
    changes: Vec<FieldChange>,
    #[serde(default)]
    counts: Option<ImportCounts>,
}

/// The WHERE clause shared by the page, the count and the export.
fn push_filter(b: &mut Sql, q: &ActivityQuery, dialect: Dialect) {
    b.push(" WHERE 1 = 1");
    if let Some(id) = q.customer_id {
        b.push(" AND customer_id = ").push_bind(id);
    }
    if let Some(action) = q.action {
        b.push(" AND action = ").push_bind(action.as_str());
    }
    if let Some(from) = q.from.as_deref().filter(|d| !d.is_empty()) {
        b.push(" AND at >= ").push_bind(from.to_owned());
    }
    if let Some(to) = q.to.as_deref().filter(|d| !d.is_empty()) {
        // The whole last day: everything before the next one.
        let (before, after) = dialect.next_day().split_once('?').unwrap_or_default();
        b.push(" AND at < ").push(before).push_bind(to.to_owned()).push(after);
    }
}

/// An activity line in words: "Added customer Contoso", "Changed Tags and Notes of Contoso".
fn describe(lang: Language, action: ActivityAction, subject: &str, changed: &[Field]) -> String {
    let mut args = FluentArgs::new();
    args.set("subject", subject.to_owned());
    let fields: Vec<String> = changed.iter().map(|f| i18n::text(lang, &f.message_id(), None)).collect();
    args.set("fields", fields.join(", "));
    i18n::text(lang, &format!("activity-{}", action.as_str()), Some(&args))
}

impl Store {
    /// The activity log, newest first.
    pub async fn activity(&self, q: &ActivityQuery) -> Result<ActivityPage> {
        self.require(crate::Action::ViewCustomers).await?;
        let lang = self.ui_language().await?;
        let limit = match q.limit {
            0 => 100,
            n => n.min(500),
        };
        let dialect = self.pool().dialect();
        let mut select = select_activity(q, dialect);
        select.push(" ORDER BY id DESC LIMIT ").push_bind(limit).push(" OFFSET ").push_bind(q.offset);
        let rows: Vec<ActivityRow> = select.fetch_all(self.pool()).await?;
        let mut count = Sql::new("SELECT count(*) FROM activity");
        push_filter(&mut count, q, dialect);
        let total = count_of(count.scalar(self.pool()).await?);
        let items = rows.into_iter().map(|r| r.entry(lang)).collect();
        Ok(ActivityPage { items, total, offset: q.offset })
    }
}

/// The columns of an [`ActivityRow`], in its fields' order.
const ACTIVITY_COLUMNS: &str = "id, at, actor_name, actor_role, action, customer_id, subject, details";

/// The lines `q` selects, newest first once ordered by id.
fn select_activity(q: &ActivityQuery, dialect: Dialect) -> Sql {
    let mut select = Sql::new(format!("SELECT {ACTIVITY_COLUMNS} FROM activity"));
    push_filter(&mut select, q, dialect);
    select
}

/// The lines `q` selects, newest first, read `size` at a time: the chunks, and the `FROM` and
/// `WHERE` clauses to read each from.
pub(crate) fn activity_chunks(q: &ActivityQuery, dialect: Dialect, size: u32) -> (Chunks, Sql) {
    let mut from = Sql::new(" FROM activity");
    push_filter(&mut from, q, dialect);
    (Chunks::new(ACTIVITY_COLUMNS, true, size), from)
}

impl Keyed for ActivityRow {
    fn key(&self) -> i64 {
        self.id
    }
}

impl ActivityRow {
    /// The line as the log shows it, in `lang`.
    pub(crate) fn entry(self, lang: Language) -> ActivityEntry {
        let details: Details = serde_json::from_str(&self.details).unwrap_or_default();
        ActivityEntry {
            description: describe(lang, self.action, &self.subject, &details.changed),
            id: self.id,
            at: self.at,
            actor_name: self.actor_name,
            actor_role: self.actor_role,
            action: self.action,
            customer_id: self.customer_id,
            subject: self.subject,
            changed: details.changed,
            detail: detail_from_data(lang, &details.changes, details.counts.as_ref()).or(details.detail),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::profile::tests::input;
    use crate::store::tests::store;
    use crate::store::Sql;

    #[tokio::test]
    async fn the_log_refuses_updates_and_deletes() {
        let (store, _dir) = store().await;
        store.save_profile(&input()).await.unwrap();
        let update = Sql::new("UPDATE activity SET actor_name = 'someone else'").execute(store.pool()).await;
        assert!(update.unwrap_err().to_string().contains("append-only"));
        let delete = Sql::new("DELETE FROM activity").execute(store.pool()).await;
        assert!(delete.unwrap_err().to_string().contains("append-only"));
    }
}
