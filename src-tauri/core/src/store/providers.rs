//! Indirect providers, and the link host of each cloud.

use super::db::Target;
use super::profile::{profile_in, set_setting};
use super::{Sql, Store, Tx};
use crate::{
    i18n, Action, ActivityAction, Cloud, Entity, Error, Field, FieldError, IndirectProvider, LinkHostSetting,
    ProviderInput, Result, Rule, ValidProvider,
};
use fluent_bundle::FluentArgs;

const SELECT_PROVIDER: &str =
    "SELECT id, name, tenant_id, partner_id, country, created_at, updated_at FROM indirect_providers";

pub(crate) async fn provider_in(tx: &mut Tx, id: i64) -> Result<IndirectProvider> {
    Sql::new(format!("{SELECT_PROVIDER} WHERE id = ?"))
        .bind(id)
        .fetch_optional(tx)
        .await?
        .ok_or(Error::NotFound(Entity::Provider, id))
}

async fn ensure_unique_tenant(tx: &mut Tx, v: &ValidProvider, except: Option<i64>) -> Result<()> {
    let other: Option<i64> =
        Sql::new("SELECT id FROM indirect_providers WHERE tenant_id = ? AND id IS DISTINCT FROM ?")
            .bind(&v.tenant_id)
            .bind(except)
            .scalar_optional(tx)
            .await?;
    match other {
        Some(_) => Err(Error::Invalid(vec![FieldError { field: Field::ProviderTenantId, rule: Rule::ProviderTaken }])),
        None => Ok(()),
    }
}

/// An indirect provider is another partner: the partner's own tenant cannot be one.
async fn ensure_not_own_tenant(tx: &mut Tx, v: &ValidProvider) -> Result<()> {
    let own = profile_in(tx).await?.map(|p| p.tenant_id);
    if own.as_deref() == Some(v.tenant_id.as_str()) {
        Err(Error::invalid(Field::ProviderTenantId, Rule::OwnTenant))
    } else {
        Ok(())
    }
}

fn link_host_key(cloud: Cloud) -> String {
    format!("link_host.{}", cloud.as_str())
}

async fn link_host_in<'a>(db: impl Into<Target<'a>>, cloud: Cloud) -> Result<String> {
    let host: Option<String> =
        Sql::new("SELECT value FROM settings WHERE key = ?").bind(link_host_key(cloud)).scalar_optional(db).await?;
    let known = host.as_deref().and_then(|h| cloud.acceptance_host(h).ok());
    Ok(known.unwrap_or_else(|| cloud.default_link_host()).to_owned())
}

impl Store {
    /// Every indirect provider, by name.
    pub async fn providers(&self) -> Result<Vec<IndirectProvider>> {
        self.require(Action::ViewCustomers).await?;
        Sql::new(format!("{SELECT_PROVIDER} ORDER BY lower(name), id")).fetch_all(self.pool()).await
    }

    /// Adds a provider; its tenant ID may belong to one provider only.
    pub async fn add_provider(&self, input: &ProviderInput) -> Result<IndirectProvider> {
        let v = input.validate()?;
        let mut tx = self.write().await?;
        let actor = self.actor_for(&mut tx, Action::ManageProviders).await?;
        ensure_not_own_tenant(&mut tx, &v).await?;
        ensure_unique_tenant(&mut tx, &v, None).await?;
        let now = tx.dialect().now();
        let id: i64 = Sql::new(format!(
            "INSERT INTO indirect_providers (name, tenant_id, partner_id, country, created_at, updated_at) \
             VALUES (?, ?, ?, ?, {now}, {now}) RETURNING id"
        ))
        .bind(&v.name)
        .bind(&v.tenant_id)
        .bind(&v.partner_id)
        .bind(&v.country)
        .scalar(&mut tx)
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
        ensure_not_own_tenant(&mut tx, &v).await?;
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
        let now = tx.dialect().now();
        Sql::new(format!(
            "UPDATE indirect_providers SET name = ?, tenant_id = ?, partner_id = ?, country = ?, updated_at = {now} \
             WHERE id = ?"
        ))
        .bind(&v.name)
        .bind(&v.tenant_id)
        .bind(&v.partner_id)
        .bind(&v.country)
        .bind(id)
        .execute(&mut tx)
        .await?;
        actor.record(&mut tx, ActivityAction::ProviderUpdated, None, &v.name, &changed).await?;
        let provider = provider_in(&mut tx, id).await?;
        tx.commit().await?;
        Ok(provider)
    }

    /// The host invitation links of `cloud` point at: the one chosen in Settings while it is
    /// still one of the cloud's acceptance hosts, else the default.
    pub async fn link_host(&self, cloud: Cloud) -> Result<String> {
        link_host_in(self.pool(), cloud).await
    }

    /// The link host of `cloud` and the acceptance hosts Settings may choose from.
    pub async fn link_host_setting(&self, cloud: Cloud) -> Result<LinkHostSetting> {
        Ok(LinkHostSetting {
            cloud,
            host: self.link_host(cloud).await?,
            choices: cloud.acceptance_hosts().iter().map(|h| h.host.to_owned()).collect(),
        })
    }

    /// Changes the link host of `cloud` (Global admin only) to one of the cloud's acceptance
    /// hosts; an empty host restores the default. The activity line keeps the old and new host.
    pub async fn set_link_host(&self, cloud: Cloud, host: &str) -> Result<String> {
        let host = if host.trim().is_empty() {
            cloud.default_link_host()
        } else {
            cloud.acceptance_host(host).map_err(|rule| Error::invalid(Field::LinkHost, rule))?
        };
        let lang = self.ui_language().await?;
        let mut tx = self.write().await?;
        let actor = self.actor_for(&mut tx, Action::ManageSettings).await?;
        let old = link_host_in(&mut tx, cloud).await?;
        if old == host {
            return Ok(old);
        }
        set_setting(&mut tx, &link_host_key(cloud), host).await?;
        let mut args = FluentArgs::new();
        args.set("cloud", cloud.name(lang));
        args.set("old", old);
        args.set("new", host);
        let detail = i18n::text(lang, "activity-link-host-detail", Some(&args));
        actor.record_detail(&mut tx, ActivityAction::LinkHostChanged, None, host, &[], Some(&detail)).await?;
        tx.commit().await?;
        Ok(host.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use crate::profile::tests::input as profile;
    use crate::store::tests::store;
    use crate::{ActivityAction, ActivityQuery, Cloud, Error, Field, ProfileInput, ProviderInput, Role, Rule};

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
            matches!(dup, Err(Error::Invalid(e)) if e[0].field == Field::ProviderTenantId && e[0].rule == Rule::ProviderTaken)
        );
        let edited = store.update_provider(p.id, &provider("Adatum CZ", &p.tenant_id)).await.unwrap();
        assert_eq!(edited.name, "Adatum CZ");
        assert_eq!(store.providers().await.unwrap().len(), 1);
    }

    #[tokio::test]
    async fn a_provider_cannot_have_the_partners_own_tenant() {
        let (store, _dir) = store().await;
        store.save_profile(&profile()).await.unwrap();
        let own = "{3F2504E0-4F89-11D3-9A0C-0305E82C3301}";
        let refused = store.add_provider(&provider("Ourselves", own)).await;
        assert!(
            matches!(&refused, Err(Error::Invalid(e)) if e[0].field == Field::ProviderTenantId && e[0].rule == Rule::OwnTenant),
            "{refused:?}"
        );
        let p = store.add_provider(&provider("Adatum", "abd71061-1c2e-4c53-9a51-0d3f9e8b7a10")).await.unwrap();
        let edited = store.update_provider(p.id, &provider("Adatum", own)).await;
        assert!(matches!(edited, Err(Error::Invalid(e)) if e[0].rule == Rule::OwnTenant));
        // Nor can the partner take a provider's tenant ID as its own.
        let taken = ProfileInput { tenant_id: "ABD71061-1C2E-4C53-9A51-0D3F9E8B7A10".into(), ..profile() };
        let refused = store.save_profile(&taken).await;
        assert!(
            matches!(&refused, Err(Error::Invalid(e)) if e[0].field == Field::TenantId && e[0].rule == Rule::ProviderTenant),
            "{refused:?}"
        );
        assert_eq!(store.profile().await.unwrap().unwrap().tenant_id, "3f2504e0-4f89-11d3-9a0c-0305e82c3301");
        assert!(store.providers().await.unwrap().iter().all(|p| p.name != "Ourselves"));
        let nil = store.add_provider(&provider("Nobody", "00000000-0000-0000-0000-000000000000")).await;
        assert!(matches!(nil, Err(Error::Invalid(e)) if e[0].rule == Rule::NilGuid));
    }

    #[tokio::test]
    async fn link_hosts_default_per_cloud_and_only_an_admin_changes_them() {
        let (store, _dir) = store().await;
        store.save_profile(&profile()).await.unwrap();
        assert_eq!(store.link_host(Cloud::China).await.unwrap(), "portal.partner.microsoftonline.cn");
        assert_eq!(store.set_link_host(Cloud::Public, "Admin.Cloud.Microsoft").await.unwrap(), "admin.cloud.microsoft");
        assert_eq!(store.link_host(Cloud::Public).await.unwrap(), "admin.cloud.microsoft");
        assert_eq!(store.set_link_host(Cloud::UsGovernment, "portal.apps.mil").await.unwrap(), "portal.apps.mil");
        assert_eq!(store.set_link_host(Cloud::Public, " ").await.unwrap(), "admin.microsoft.com");
        crate::store::tests::act_as(&store, Role::AdminAgent).await;
        assert!(matches!(
            store.set_link_host(Cloud::Public, "admin.cloud.microsoft").await,
            Err(Error::Forbidden { .. })
        ));
    }

    #[tokio::test]
    async fn a_host_outside_the_clouds_list_is_refused_naming_the_field_and_the_hosts() {
        let (store, _dir) = store().await;
        store.save_profile(&profile()).await.unwrap();
        for (cloud, host) in [
            (Cloud::Germany, "admin.example.de"),
            (Cloud::Public, "evil.example"),
            (Cloud::Public, "portal.office.de"),
            (Cloud::Germany, "not a host"),
        ] {
            let Err(e) = store.set_link_host(cloud, host).await else { panic!("{host} accepted") };
            assert!(matches!(&e, Error::Invalid(f) if f[0].field == Field::LinkHost), "{e:?}");
            let api = e.to_api(crate::Language::EnUs);
            assert!(api.message.starts_with("Link host: "), "{}", api.message);
            assert!(api.message.contains(cloud.default_link_host()), "{}", api.message);
        }
        assert_eq!(store.link_host(Cloud::Germany).await.unwrap(), "portal.office.de");
        // A host stored before the list existed no longer reaches a link.
        crate::store::Sql::new("INSERT INTO settings (key, value) VALUES ('link_host.public', 'evil.example')")
            .execute(store.pool())
            .await
            .unwrap();
        assert_eq!(store.link_host(Cloud::Public).await.unwrap(), "admin.microsoft.com");
        let setting = store.link_host_setting(Cloud::Public).await.unwrap();
        assert_eq!(setting.choices, ["admin.microsoft.com", "admin.cloud.microsoft"]);
    }

    #[tokio::test]
    async fn a_change_of_host_is_logged_with_who_and_the_old_and_new_host() {
        let (store, _dir) = store().await;
        store.save_profile(&profile()).await.unwrap();
        store.set_link_host(Cloud::Public, "admin.cloud.microsoft").await.unwrap();
        // Choosing the host already in use changes nothing and logs nothing.
        store.set_link_host(Cloud::Public, "admin.cloud.microsoft").await.unwrap();
        store.set_link_host(Cloud::Public, "").await.unwrap();
        let q = ActivityQuery { action: Some(ActivityAction::LinkHostChanged), ..ActivityQuery::default() };
        let lines = store.activity(&q).await.unwrap().items;
        assert_eq!(lines.len(), 2);
        let first = &lines[1];
        assert_eq!((first.actor_name.as_str(), first.actor_role), ("Jana Dvořáková", Role::GlobalAdmin));
        assert_eq!(first.subject, "admin.cloud.microsoft");
        assert_eq!(first.detail.as_deref(), Some("Public cloud: admin.microsoft.com → admin.cloud.microsoft"));
        assert!(!first.at.is_empty());
        assert_eq!(lines[0].detail.as_deref(), Some("Public cloud: admin.cloud.microsoft → admin.microsoft.com"));
    }
}
