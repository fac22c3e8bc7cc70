//! Indirect providers, and the link host of each cloud.

use super::{profile::set_setting, Store, NOW};
use crate::{
    validate, Action, ActivityAction, Cloud, Entity, Error, Field, FieldError, IndirectProvider, ProviderInput, Result,
    Rule, ValidProvider,
};
use sqlx::{Sqlite, Transaction};

const SELECT_PROVIDER: &str =
    "SELECT id, name, tenant_id, partner_id, country, created_at, updated_at FROM indirect_providers";

#[derive(sqlx::FromRow)]
struct ProviderRow {
    id: i64,
    name: String,
    tenant_id: String,
    partner_id: String,
    country: String,
    created_at: String,
    updated_at: String,
}

impl From<ProviderRow> for IndirectProvider {
    fn from(r: ProviderRow) -> IndirectProvider {
        IndirectProvider {
            id: r.id,
            name: r.name,
            tenant_id: r.tenant_id,
            partner_id: r.partner_id,
            country: r.country,
            created_at: r.created_at,
            updated_at: r.updated_at,
        }
    }
}

pub(crate) async fn provider_in(tx: &mut Transaction<'static, Sqlite>, id: i64) -> Result<IndirectProvider> {
    let row: Option<ProviderRow> =
        sqlx::query_as(&format!("{SELECT_PROVIDER} WHERE id = ?")).bind(id).fetch_optional(&mut **tx).await?;
    row.map(Into::into).ok_or(Error::NotFound(Entity::Provider, id))
}

async fn ensure_unique_tenant(
    tx: &mut Transaction<'static, Sqlite>,
    v: &ValidProvider,
    except: Option<i64>,
) -> Result<()> {
    let other: Option<i64> =
        sqlx::query_scalar("SELECT id FROM indirect_providers WHERE tenant_id = ? AND id IS NOT ?")
            .bind(&v.tenant_id)
            .bind(except)
            .fetch_optional(&mut **tx)
            .await?;
    match other {
        Some(_) => Err(Error::Invalid(vec![FieldError { field: Field::ProviderTenantId, rule: Rule::Taken }])),
        None => Ok(()),
    }
}

fn link_host_key(cloud: Cloud) -> String {
    format!("link_host.{}", cloud.as_str())
}

impl Store {
    /// Every indirect provider, by name.
    pub async fn providers(&self) -> Result<Vec<IndirectProvider>> {
        self.require(Action::ViewCustomers).await?;
        let rows: Vec<ProviderRow> =
            sqlx::query_as(&format!("{SELECT_PROVIDER} ORDER BY lower(name), id")).fetch_all(self.pool()).await?;
        Ok(rows.into_iter().map(Into::into).collect())
    }

    /// Adds a provider; its tenant ID may belong to one provider only.
    pub async fn add_provider(&self, input: &ProviderInput) -> Result<IndirectProvider> {
        let v = input.validate()?;
        let mut tx = self.write().await?;
        let actor = self.actor_for(&mut tx, Action::ManageProviders).await?;
        ensure_unique_tenant(&mut tx, &v, None).await?;
        let id: i64 = sqlx::query_scalar(&format!(
            "INSERT INTO indirect_providers (name, tenant_id, partner_id, country, created_at, updated_at) \
             VALUES (?, ?, ?, ?, {NOW}, {NOW}) RETURNING id"
        ))
        .bind(&v.name)
        .bind(&v.tenant_id)
        .bind(&v.partner_id)
        .bind(&v.country)
        .fetch_one(&mut *tx)
        .await?;
        actor.record(&mut tx, ActivityAction::ProviderAdded, None, &v.name, &[]).await?;
        let provider = provider_in(&mut tx, id).await?;
        tx.commit().await?;
        Ok(provider)
    }

    /// Saves an edited provider.
    pub async fn update_provider(&self, id: i64, input: &ProviderInput) -> Result<IndirectProvider> {
        let v = input.validate()?;
        let mut tx = self.write().await?;
        let actor = self.actor_for(&mut tx, Action::ManageProviders).await?;
        let current = provider_in(&mut tx, id).await?;
        ensure_unique_tenant(&mut tx, &v, Some(id)).await?;
        let changed: Vec<Field> = [
            (Field::CompanyName, current.name != v.name),
            (Field::ProviderTenantId, current.tenant_id != v.tenant_id),
            (Field::PartnerId, current.partner_id != v.partner_id),
            (Field::Country, current.country != v.country),
        ]
        .into_iter()
        .filter_map(|(f, c)| c.then_some(f))
        .collect();
        if changed.is_empty() {
            return Ok(current);
        }
        sqlx::query(&format!(
            "UPDATE indirect_providers SET name = ?, tenant_id = ?, partner_id = ?, country = ?, updated_at = {NOW} \
             WHERE id = ?"
        ))
        .bind(&v.name)
        .bind(&v.tenant_id)
        .bind(&v.partner_id)
        .bind(&v.country)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        actor.record(&mut tx, ActivityAction::ProviderUpdated, None, &v.name, &changed).await?;
        let provider = provider_in(&mut tx, id).await?;
        tx.commit().await?;
        Ok(provider)
    }

    /// The host invitation links of `cloud` point at.
    pub async fn link_host(&self, cloud: Cloud) -> Result<String> {
        let host: Option<String> = sqlx::query_scalar("SELECT value FROM settings WHERE key = ?")
            .bind(link_host_key(cloud))
            .fetch_optional(self.pool())
            .await?;
        Ok(host.unwrap_or_else(|| cloud.default_link_host().to_owned()))
    }

    /// Changes the link host of `cloud` (Global admin only); an empty host restores the default.
    pub async fn set_link_host(&self, cloud: Cloud, host: &str) -> Result<String> {
        let host = if host.trim().is_empty() {
            cloud.default_link_host().to_owned()
        } else {
            validate::host(host).map_err(|rule| Error::invalid(Field::LinkHost, rule))?
        };
        let mut tx = self.write().await?;
        let actor = self.actor_for(&mut tx, Action::ManageSettings).await?;
        set_setting(&mut tx, &link_host_key(cloud), &host).await?;
        actor.record_detail(&mut tx, ActivityAction::LinkHostChanged, None, &host, &[], Some(cloud.as_str())).await?;
        tx.commit().await?;
        Ok(host)
    }
}

#[cfg(test)]
mod tests {
    use crate::profile::tests::input as profile;
    use crate::store::tests::store;
    use crate::{Cloud, Error, Field, ProviderInput, Role, Rule};

    fn provider(name: &str, tenant: &str) -> ProviderInput {
        ProviderInput { name: name.into(), tenant_id: tenant.into(), partner_id: "601089".into(), country: "CZ".into() }
    }

    #[tokio::test]
    async fn providers_are_added_edited_and_unique_by_tenant() {
        let (store, _dir) = store().await;
        store.save_profile(&profile()).await.unwrap();
        let p = store
            .add_provider(&provider("Adatum Distribution", "{ABD71061-1C2E-4C53-9A51-0D3F9E8B7A10}"))
            .await
            .unwrap();
        assert_eq!(p.tenant_id, "abd71061-1c2e-4c53-9a51-0d3f9e8b7a10");
        let dup = store.add_provider(&provider("Other", "abd71061-1c2e-4c53-9a51-0d3f9e8b7a10")).await;
        assert!(
            matches!(dup, Err(Error::Invalid(e)) if e[0].field == Field::ProviderTenantId && e[0].rule == Rule::Taken)
        );
        let edited = store.update_provider(p.id, &provider("Adatum CZ", &p.tenant_id)).await.unwrap();
        assert_eq!(edited.name, "Adatum CZ");
        assert_eq!(store.providers().await.unwrap().len(), 1);
    }

    #[tokio::test]
    async fn link_hosts_default_per_cloud_and_only_an_admin_changes_them() {
        let (store, _dir) = store().await;
        store.save_profile(&profile()).await.unwrap();
        assert_eq!(store.link_host(Cloud::China).await.unwrap(), "portal.partner.microsoftonline.cn");
        assert_eq!(store.set_link_host(Cloud::Germany, "Admin.Example.DE").await.unwrap(), "admin.example.de");
        assert_eq!(store.link_host(Cloud::Germany).await.unwrap(), "admin.example.de");
        assert!(store.set_link_host(Cloud::Germany, "not a host").await.is_err());
        assert_eq!(store.set_link_host(Cloud::Germany, " ").await.unwrap(), "portal.office.de");
        crate::store::tests::act_as(&store, Role::AdminAgent).await;
        assert!(matches!(store.set_link_host(Cloud::Public, "x.example.com").await, Err(Error::Forbidden { .. })));
    }
}
