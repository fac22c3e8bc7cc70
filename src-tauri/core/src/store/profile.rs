//! The partner profile, the interface language, and the session the UI starts from.

use super::staff::me_in;
use super::{activity::Actor, Engine, Sql, Store, Tx};
use crate::{
    country, permissions, Action, ActivityAction, Cloud, Grant, InvitationKind, Language, PartnerProfile, PartnerType,
    ProfileInput, Relationship, Result, Role, StaffMember, StateConflict,
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
    /// The staff member working now; `None` before setup, or on a team workspace for a login
    /// that is not one.
    pub me: Option<StaffMember>,
    /// Where the records live: a local file or a team workspace.
    pub engine: Engine,
    pub ui_language: Language,
    pub grants: Vec<Grant>,
    /// The kinds of invitation this partner may send (none before setup): a relationship with
    /// itself, and for an indirect reseller also one together with its indirect provider.
    pub invitation_kinds: Vec<InvitationKind>,
    /// Whether the partner's cloud always requests delegated admin privileges.
    pub dap_forced: bool,
    /// Whether Liaison can open Partner Center's pages in the partner's cloud.
    pub partner_center_pages: bool,
    pub languages: Vec<Language>,
    pub countries: Vec<String>,
    pub partner_types: Vec<PartnerType>,
    pub clouds: Vec<Cloud>,
    pub roles: Vec<Role>,
    pub relationships: Vec<Relationship>,
    /// Set on the first start of another version of Liaison: what it moved from.
    pub updated: Option<crate::updates::Updated>,
}

const SELECT_PROFILE: &str = "SELECT company_name, partner_type, tenant_id, partner_id, cloud, country, \
     language, updated_at FROM partner_profile WHERE id = 1";

pub(crate) async fn profile_in(tx: &mut Tx) -> Result<Option<PartnerProfile>> {
    Sql::new(SELECT_PROFILE).fetch_optional(tx).await
}

impl Store {
    /// The partner profile, if first-run setup has saved it.
    pub async fn profile(&self) -> Result<Option<PartnerProfile>> {
        Sql::new(SELECT_PROFILE).fetch_optional(self.pool()).await
    }

    /// Saves the profile: first-run setup when there is none (which also makes whoever runs it
    /// the first staff member, a Global admin or the role they chose), else an edit that only a
    /// Global admin may make and that keeps the staff member's role: nobody changes their own
    /// role, so nobody grants themselves more or locks themselves out of Settings. The name
    /// typed is the editor's own. Nothing is written unless every field is valid.
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
        let dialect = tx.dialect();
        let (now, login) = (dialect.now(), dialect.current_login());
        let me = match &existing {
            Some(_) => {
                let me = acting_in(&mut tx).await?;
                Action::ManageSettings.check(me.role)?;
                if valid.staff_role != me.role {
                    return Err(crate::Error::invalid(crate::Field::StaffRole, crate::Rule::Fixed));
                }
                Sql::new(format!("UPDATE staff_members SET name = ?, updated_at = {now} WHERE id = ?"))
                    .bind(&valid.staff_name)
                    .bind(me.id)
                    .execute(&mut tx)
                    .await?;
                me
            }
            None => {
                Sql::new(format!(
                    "INSERT INTO staff_members (name, role, language, login, created_at, updated_at) \
                     VALUES (?, ?, ?, {login}, {now}, {now})"
                ))
                .bind(&valid.staff_name)
                .bind(valid.staff_role.as_str())
                .bind(valid.language.tag())
                .execute(&mut tx)
                .await?;
                acting_in(&mut tx).await?
            }
        };
        Sql::new(format!(
            "INSERT INTO partner_profile (id, company_name, partner_type, tenant_id, partner_id, cloud, \
             country, language, created_at, updated_at) \
             VALUES (1, ?, ?, ?, ?, ?, ?, ?, {now}, {now}) \
             ON CONFLICT (id) DO UPDATE SET company_name = excluded.company_name, \
             partner_type = excluded.partner_type, tenant_id = excluded.tenant_id, \
             partner_id = excluded.partner_id, cloud = excluded.cloud, country = excluded.country, \
             language = excluded.language, updated_at = excluded.updated_at"
        ))
        .bind(&valid.company_name)
        .bind(valid.partner_type.as_str())
        .bind(&valid.tenant_id)
        .bind(&valid.partner_id)
        .bind(valid.cloud.as_str())
        .bind(&valid.country)
        .bind(valid.language.tag())
        .execute(&mut tx)
        .await?;
        let action = if existing.is_some() { ActivityAction::ProfileUpdated } else { ActivityAction::ProfileCreated };
        let actor = Actor { name: valid.staff_name.clone(), role: me.role };
        actor.record(&mut tx, action, None, &valid.company_name, &[]).await?;
        tx.commit().await?;
        self.session().await
    }

    /// Switches the interface language; any staff member may, and before setup anyone.
    pub async fn set_ui_language(&self, language: Language) -> Result<Session> {
        let mut tx = self.write().await?;
        let dialect = tx.dialect();
        let changed = Sql::new(format!(
            "UPDATE staff_members SET language = ?, updated_at = {} WHERE login = {}",
            dialect.now(),
            dialect.current_login()
        ))
        .bind(language.tag())
        .execute(&mut tx)
        .await?;
        if changed == 0 {
            set_setting(&mut tx, UI_LANGUAGE, language.tag()).await?;
        }
        tx.commit().await?;
        self.session().await
    }

    /// The interface language: the staff member's own, else the one chosen before setup, else
    /// the system's.
    pub async fn ui_language(&self) -> Result<Language> {
        if let Some(me) = self.me().await? {
            return Ok(me.language);
        }
        let tag: Option<String> =
            Sql::new("SELECT value FROM settings WHERE key = ?").bind(UI_LANGUAGE).scalar_optional(self.pool()).await?;
        Ok(tag.as_deref().and_then(Language::from_tag).unwrap_or(self.system_language))
    }

    /// Everything the UI starts from.
    pub async fn session(&self) -> Result<Session> {
        let profile = self.profile().await?;
        let me = self.me().await?;
        let ui_language = self.ui_language().await?;
        let grants = match (&profile, &me) {
            (None, _) => permissions::grants(None, ui_language),
            (Some(_), Some(me)) if me.active => permissions::grants(Some(me.role), ui_language),
            (Some(_), me) => permissions::refused(&not_acting(me.as_ref()).to_api(ui_language).message),
        };
        Ok(Session {
            grants,
            invitation_kinds: profile
                .as_ref()
                .map(|p| InvitationKind::offered(p.partner_type).to_vec())
                .unwrap_or_default(),
            dap_forced: profile.as_ref().is_some_and(|p| p.cloud.dap_forced()),
            partner_center_pages: profile
                .as_ref()
                .is_some_and(|p| crate::microsoft_pages::partner_center_offered(p.cloud)),
            profile,
            me,
            engine: self.engine(),
            ui_language,
            languages: Language::ALL.to_vec(),
            countries: country::COUNTRIES.iter().map(|c| (*c).to_owned()).collect(),
            partner_types: PartnerType::ALL.to_vec(),
            clouds: Cloud::ALL.to_vec(),
            roles: Role::ALL.to_vec(),
            relationships: Relationship::ALL.to_vec(),
            updated: self.updated().cloned(),
        })
    }

    /// The staff member calling a command that writes nothing, who must be allowed `action`.
    pub(crate) async fn require(&self, action: Action) -> Result<StaffMember> {
        let me = match self.me().await? {
            Some(me) if me.active => me,
            me => return Err(self.missing(me.as_ref()).await?),
        };
        action.check(me.role)?;
        Ok(me)
    }

    /// Why nobody may act: no profile yet, or a login that is no (active) staff member.
    async fn missing(&self, me: Option<&StaffMember>) -> Result<crate::Error> {
        Ok(match self.profile().await? {
            None => crate::Error::ProfileMissing,
            Some(_) => not_acting(me),
        })
    }

    /// The staff member acting now, who must be allowed `action`.
    pub(crate) async fn actor_for(&self, tx: &mut Tx, action: Action) -> Result<Actor> {
        let me = acting_in(tx).await?;
        action.check(me.role)?;
        Ok(Actor::from(&me))
    }
}

/// Why a login with a profile in place may not act.
fn not_acting(me: Option<&StaffMember>) -> crate::Error {
    match me {
        Some(_) => crate::Error::WrongState(StateConflict::Deactivated),
        None => crate::Error::WrongState(StateConflict::NotStaff),
    }
}

/// The active staff member this connection acts as, inside a transaction.
pub(crate) async fn acting_in(tx: &mut Tx) -> Result<StaffMember> {
    match me_in(tx).await? {
        Some(me) if me.active => Ok(me),
        me => match profile_in(tx).await? {
            None => Err(crate::Error::ProfileMissing),
            Some(_) => Err(not_acting(me.as_ref())),
        },
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
        let me = store.me().await.unwrap().unwrap();
        assert_eq!((me.role, p.company_name.as_str()), (Role::GlobalAdmin, "Northwind Partners s.r.o."));
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
