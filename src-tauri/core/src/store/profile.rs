//! The partner profile, the interface language, and the session the UI starts from.

use super::{activity::Actor, Sql, Store, Tx};
use crate::profile::parse_stored;
use crate::{
    country, permissions, Action, ActivityAction, Cloud, Grant, InvitationKind, Language, PartnerProfile, PartnerType,
    ProfileInput, Relationship, Result, Role,
};
use serde::Serialize;
use ts_rs::TS;

/// What the UI needs to start: who is working, in which language, what they may do, and the
/// choices its forms offer.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Session {
    /// `None` until first-run setup is saved.
    pub profile: Option<PartnerProfile>,
    pub ui_language: Language,
    pub grants: Vec<Grant>,
    /// The kinds of invitation this partner may send (none before setup): a relationship with
    /// itself, and for an indirect reseller also one together with its indirect provider.
    pub invitation_kinds: Vec<InvitationKind>,
    /// Whether the partner's cloud always requests delegated admin privileges.
    pub dap_forced: bool,
    pub languages: Vec<Language>,
    pub countries: Vec<String>,
    pub partner_types: Vec<PartnerType>,
    pub clouds: Vec<Cloud>,
    pub roles: Vec<Role>,
    pub relationships: Vec<Relationship>,
}

#[derive(sqlx::FromRow)]
struct ProfileRow {
    company_name: String,
    partner_type: String,
    tenant_id: String,
    partner_id: String,
    cloud: String,
    country: String,
    staff_name: String,
    staff_role: String,
    language: String,
    updated_at: String,
}

impl ProfileRow {
    fn into_profile(self) -> Result<PartnerProfile> {
        Ok(PartnerProfile {
            company_name: self.company_name,
            partner_type: parse_stored(&self.partner_type)?,
            tenant_id: self.tenant_id,
            partner_id: self.partner_id,
            cloud: parse_stored(&self.cloud)?,
            country: self.country,
            staff_name: self.staff_name,
            staff_role: parse_stored(&self.staff_role)?,
            language: parse_stored(&self.language)?,
            updated_at: self.updated_at,
        })
    }
}

const SELECT_PROFILE: &str = "SELECT company_name, partner_type, tenant_id, partner_id, cloud, country, \
     staff_name, staff_role, language, updated_at FROM partner_profile WHERE id = 1";

pub(crate) async fn profile_in(tx: &mut Tx) -> Result<Option<PartnerProfile>> {
    let row: Option<ProfileRow> = Sql::new(SELECT_PROFILE).fetch_optional(tx).await?;
    row.map(ProfileRow::into_profile).transpose()
}

impl Store {
    /// The partner profile, if first-run setup has saved it.
    pub async fn profile(&self) -> Result<Option<PartnerProfile>> {
        let row: Option<ProfileRow> = Sql::new(SELECT_PROFILE).fetch_optional(self.pool()).await?;
        row.map(ProfileRow::into_profile).transpose()
    }

    /// Saves the profile: first-run setup when there is none, else an edit that only a Global
    /// admin may make and that keeps the staff member's role: nobody changes their own role, so
    /// nobody grants themselves more or locks themselves out of Settings. Nothing is written
    /// unless every field is valid.
    pub async fn save_profile(&self, input: &ProfileInput) -> Result<Session> {
        let valid = input.validate()?;
        let mut tx = self.write().await?;
        let existing = profile_in(&mut tx).await?;
        // The partner and its indirect providers are different companies (docs/domain.md §8).
        let a_providers: Option<i64> = Sql::new("SELECT id FROM indirect_providers WHERE tenant_id = ?")
            .bind(&valid.tenant_id)
            .scalar_optional(&mut tx)
            .await?;
        if a_providers.is_some() {
            return Err(crate::Error::invalid(crate::Field::TenantId, crate::Rule::ProviderTenant));
        }
        if let Some(current) = &existing {
            Action::ManageSettings.check(current.staff_role)?;
            if valid.staff_role != current.staff_role {
                return Err(crate::Error::invalid(crate::Field::StaffRole, crate::Rule::Fixed));
            }
        }
        let now = tx.dialect().now();
        Sql::new(format!(
            "INSERT INTO partner_profile (id, company_name, partner_type, tenant_id, partner_id, cloud, \
             country, staff_name, staff_role, language, created_at, updated_at) \
             VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, {now}, {now}) \
             ON CONFLICT (id) DO UPDATE SET company_name = excluded.company_name, \
             partner_type = excluded.partner_type, tenant_id = excluded.tenant_id, \
             partner_id = excluded.partner_id, cloud = excluded.cloud, country = excluded.country, \
             staff_name = excluded.staff_name, staff_role = excluded.staff_role, \
             language = excluded.language, updated_at = excluded.updated_at"
        ))
        .bind(&valid.company_name)
        .bind(valid.partner_type.as_str())
        .bind(&valid.tenant_id)
        .bind(&valid.partner_id)
        .bind(valid.cloud.as_str())
        .bind(&valid.country)
        .bind(&valid.staff_name)
        .bind(valid.staff_role.as_str())
        .bind(valid.language.tag())
        .execute(&mut tx)
        .await?;
        let action = if existing.is_some() { ActivityAction::ProfileUpdated } else { ActivityAction::ProfileCreated };
        // The new staff member signs the first profile; an edit is signed by who made it.
        let actor = existing
            .as_ref()
            .map(Actor::from)
            .unwrap_or(Actor { name: valid.staff_name.clone(), role: valid.staff_role });
        actor.record(&mut tx, action, None, &valid.company_name, &[]).await?;
        if existing.is_none() {
            set_setting(&mut tx, UI_LANGUAGE, valid.language.tag()).await?;
        }
        tx.commit().await?;
        self.session().await
    }

    /// Switches the interface language; any staff member may.
    pub async fn set_ui_language(&self, language: Language) -> Result<Session> {
        let mut tx = self.write().await?;
        set_setting(&mut tx, UI_LANGUAGE, language.tag()).await?;
        tx.commit().await?;
        self.session().await
    }

    /// The interface language: the one chosen, else the system's.
    pub async fn ui_language(&self) -> Result<Language> {
        let tag: Option<String> =
            Sql::new("SELECT value FROM settings WHERE key = ?").bind(UI_LANGUAGE).scalar_optional(self.pool()).await?;
        Ok(tag.as_deref().and_then(Language::from_tag).unwrap_or(self.system_language))
    }

    /// Everything the UI starts from.
    pub async fn session(&self) -> Result<Session> {
        let profile = self.profile().await?;
        let ui_language = self.ui_language().await?;
        Ok(Session {
            grants: permissions::grants(profile.as_ref().map(|p| p.staff_role), ui_language),
            invitation_kinds: profile
                .as_ref()
                .map(|p| InvitationKind::offered(p.partner_type).to_vec())
                .unwrap_or_default(),
            dap_forced: profile.as_ref().is_some_and(|p| p.cloud.dap_forced()),
            profile,
            ui_language,
            languages: Language::ALL.to_vec(),
            countries: country::COUNTRIES.iter().map(|c| (*c).to_owned()).collect(),
            partner_types: PartnerType::ALL.to_vec(),
            clouds: Cloud::ALL.to_vec(),
            roles: Role::ALL.to_vec(),
            relationships: Relationship::ALL.to_vec(),
        })
    }

    /// The profile of the staff member calling a command that writes nothing, who must be
    /// allowed `action`.
    pub(crate) async fn require(&self, action: Action) -> Result<PartnerProfile> {
        let profile = self.profile().await?.ok_or(crate::Error::ProfileMissing)?;
        action.check(profile.staff_role)?;
        Ok(profile)
    }

    /// The staff member acting now, who must be allowed `action`.
    pub(crate) async fn actor_for(&self, tx: &mut Tx, action: Action) -> Result<Actor> {
        let profile = profile_in(tx).await?.ok_or(crate::Error::ProfileMissing)?;
        action.check(profile.staff_role)?;
        Ok(Actor::from(&profile))
    }
}

const UI_LANGUAGE: &str = "ui_language";

pub(crate) async fn set_setting(tx: &mut Tx, key: &str, value: &str) -> Result<()> {
    Sql::new("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
        .bind(key)
        .bind(value)
        .execute(tx)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::profile::tests::input;
    use crate::store::tests::store;
    use crate::{ActivityAction, ActivityQuery, Error, Field, Language, ProfileInput, Role};

    #[tokio::test]
    async fn first_run_saves_a_valid_profile_and_logs_it() {
        let (store, _dir) = store().await;
        assert!(store.session().await.unwrap().profile.is_none());
        let session = store.save_profile(&input()).await.unwrap();
        let p = session.profile.unwrap();
        assert_eq!(p.tenant_id, "3f2504e0-4f89-11d3-9a0c-0305e82c3301");
        assert_eq!(session.ui_language, Language::EnUs);
        let log = store.activity(&ActivityQuery::default()).await.unwrap();
        assert_eq!(log.items[0].action, ActivityAction::ProfileCreated);
        assert_eq!(log.items[0].actor_name, "Jana Dvořáková");
    }

    #[tokio::test]
    async fn an_invalid_profile_saves_nothing() {
        let (store, _dir) = store().await;
        let bad = ProfileInput { tenant_id: "nope".into(), ..input() };
        let Err(Error::Invalid(e)) = store.save_profile(&bad).await else { panic!("saved") };
        assert_eq!(e[0].field, Field::TenantId);
        assert!(store.profile().await.unwrap().is_none());
        let lines: i64 = crate::store::Sql::new("SELECT count(*) FROM activity").scalar(store.pool()).await.unwrap();
        assert_eq!(lines, 0);
    }

    #[tokio::test]
    async fn only_a_global_admin_edits_the_profile() {
        let (store, _dir) = store().await;
        store.save_profile(&ProfileInput { staff_role: Some(Role::SalesAgent), ..input() }).await.unwrap();
        let edit = ProfileInput { company_name: "Renamed".into(), ..input() };
        assert!(matches!(store.save_profile(&edit).await, Err(Error::Forbidden { .. })));
        assert_eq!(store.profile().await.unwrap().unwrap().company_name, "Northwind Partners s.r.o.");
        // The language stays the staff member's own choice.
        store.set_ui_language(Language::CsCz).await.unwrap();
        assert_eq!(store.ui_language().await.unwrap(), Language::CsCz);
    }

    #[tokio::test]
    async fn nobody_changes_their_own_role_not_even_the_only_global_admin() {
        let (store, _dir) = store().await;
        store.save_profile(&input()).await.unwrap();
        for role in [Role::AdminAgent, Role::SalesAgent, Role::HelpdeskAgent] {
            let demoted = ProfileInput { staff_role: Some(role), company_name: "Renamed".into(), ..input() };
            let Err(e) = store.save_profile(&demoted).await else { panic!("{role:?} saved") };
            let api = e.to_api(Language::CsCz);
            assert_eq!(api.field, Some(Field::StaffRole), "{api:?}");
            assert!(api.message.starts_with("Vaše role v Partnerském centru: "), "{}", api.message);
        }
        let p = store.profile().await.unwrap().unwrap();
        assert_eq!((p.staff_role, p.company_name.as_str()), (Role::GlobalAdmin, "Northwind Partners s.r.o."));
        assert_eq!(store.activity(&ActivityQuery::default()).await.unwrap().total, 1, "nothing was written");
        // Settings stay open to the Global admin, who may still edit everything else.
        let renamed = ProfileInput { company_name: "Renamed".into(), ..input() };
        assert_eq!(store.save_profile(&renamed).await.unwrap().profile.unwrap().company_name, "Renamed");
    }

    #[tokio::test]
    async fn a_global_admin_edit_is_logged_as_an_update() {
        let (store, _dir) = store().await;
        store.save_profile(&input()).await.unwrap();
        let s = store.save_profile(&ProfileInput { partner_id: "99".into(), ..input() }).await.unwrap();
        assert_eq!(s.profile.unwrap().partner_id, "99");
        let log = store.activity(&ActivityQuery::default()).await.unwrap();
        assert_eq!(log.items[0].action, ActivityAction::ProfileUpdated);
        assert_eq!(log.total, 2);
    }
}
