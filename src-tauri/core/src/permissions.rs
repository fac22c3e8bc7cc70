//! Who may do what (domain.md §5). Every command checks here; the UI only shows the answer.

use crate::{i18n, Error, Language, Result, Role};
use fluent_bundle::FluentArgs;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Something a staff member does that a role may forbid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Action {
    ViewCustomers,
    AddCustomer,
    EditCustomer,
    RequestRelationship,
    RecordAcceptance,
    RemoveRelationship,
    ManageSettings,
    ManageProviders,
    ManageSubscriptions,
    ManageUsers,
}

impl Action {
    /// Every action.
    pub const ALL: [Action; 10] = [
        Action::ViewCustomers,
        Action::AddCustomer,
        Action::EditCustomer,
        Action::RequestRelationship,
        Action::RecordAcceptance,
        Action::RemoveRelationship,
        Action::ManageSettings,
        Action::ManageProviders,
        Action::ManageSubscriptions,
        Action::ManageUsers,
    ];

    /// Whether `role` may take this action.
    pub fn allowed_for(self, role: Role) -> bool {
        use Role::*;
        match self {
            Action::ViewCustomers | Action::EditCustomer => true,
            Action::AddCustomer
            | Action::RequestRelationship
            | Action::RecordAcceptance
            | Action::ManageSubscriptions => {
                matches!(role, GlobalAdmin | AdminAgent | SalesAgent)
            }
            Action::RemoveRelationship | Action::ManageProviders | Action::ManageUsers => {
                matches!(role, GlobalAdmin | AdminAgent)
            }
            Action::ManageSettings => role == GlobalAdmin,
        }
    }

    /// `Ok` if `role` may act, else [`Error::Forbidden`].
    pub fn check(self, role: Role) -> Result<()> {
        if self.allowed_for(role) {
            Ok(())
        } else {
            Err(Error::Forbidden { action: self, role })
        }
    }

    /// Why `role` may not take this action, in `lang`.
    pub fn forbidden_reason(self, lang: Language, role: Role) -> String {
        let mut args = FluentArgs::new();
        args.set("role", i18n::text(lang, &format!("role-{}", role.as_str().replace('_', "-")), None));
        args.set("allowed", self.allowed_roles(lang));
        i18n::text(lang, "permission-denied", Some(&args))
    }

    fn allowed_roles(self, lang: Language) -> String {
        let names: Vec<String> = Role::ALL
            .iter()
            .filter(|r| self.allowed_for(**r))
            .map(|r| i18n::text(lang, &format!("role-{}", r.as_str().replace('_', "-")), None))
            .collect();
        names.join(", ")
    }
}

/// Whether the current staff member may take an action, and if not, why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Grant {
    pub action: Action,
    pub allowed: bool,
    /// Why not, in the user's language; shown beside the disabled control.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// Every action's grant for `role` (everything, before a profile exists: first run needs it).
pub fn grants(role: Option<Role>, lang: Language) -> Vec<Grant> {
    Action::ALL
        .into_iter()
        .map(|action| match role {
            Some(role) if !action.allowed_for(role) => {
                Grant { action, allowed: false, reason: Some(action.forbidden_reason(lang, role)) }
            }
            _ => Grant { action, allowed: true, reason: None },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_role_table_of_domain_5() {
        use Action::*;
        let table = [
            (ViewCustomers, [true, true, true, true]),
            (AddCustomer, [true, true, true, false]),
            (EditCustomer, [true, true, true, true]),
            (RequestRelationship, [true, true, true, false]),
            (RecordAcceptance, [true, true, true, false]),
            (RemoveRelationship, [true, true, false, false]),
            (ManageSettings, [true, false, false, false]),
            (ManageProviders, [true, true, false, false]),
            (ManageSubscriptions, [true, true, true, false]),
            (ManageUsers, [true, true, false, false]),
        ];
        for (action, expected) in table {
            for (role, want) in Role::ALL.iter().zip(expected) {
                assert_eq!(action.allowed_for(*role), want, "{action:?} for {role:?}");
            }
        }
    }

    #[test]
    fn a_refusal_says_who_may() {
        let g = grants(Some(Role::HelpdeskAgent), Language::EnUs);
        let add = g.iter().find(|g| g.action == Action::AddCustomer).unwrap();
        assert!(!add.allowed);
        let reason = add.reason.as_deref().unwrap();
        assert!(reason.contains("Helpdesk agent") && reason.contains("Global admin"), "{reason}");
        assert!(Action::ManageSettings.check(Role::AdminAgent).is_err());
        assert!(grants(None, Language::EnUs).iter().all(|g| g.allowed));
    }
}
