//! Who may do what (docs/domain.md §5). Every command checks here; the UI only shows the answer.

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
    /// Add, edit and deactivate the staff members of a team workspace.
    ManageStaff,
    /// Request GDAP admin relationships, record their approval or end, and keep role
    /// templates: Partner Center gives this to the Admin agent.
    ManageAdminRelationships,
}

impl Action {
    /// Every action.
    pub const ALL: [Action; 12] = [
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
        Action::ManageStaff,
        Action::ManageAdminRelationships,
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
            Action::RemoveRelationship
            | Action::ManageProviders
            | Action::ManageUsers
            | Action::ManageAdminRelationships => {
                matches!(role, GlobalAdmin | AdminAgent)
            }
            Action::ManageSettings | Action::ManageStaff => role == GlobalAdmin,
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
        args.set("role", role.name(lang));
        args.set("allowed", self.allowed_roles(lang));
        i18n::text(lang, "permission-denied", Some(&args))
    }

    fn allowed_roles(self, lang: Language) -> String {
        let names: Vec<String> = Role::ALL.iter().filter(|r| self.allowed_for(**r)).map(|r| r.name(lang)).collect();
        names.join(", ")
    }
}

/// Who may call one of the commands the desktop shell registers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gate {
    /// Only a staff member whose role allows the action, once setup has said who they are.
    Requires(Action),
    /// Open before the partner profile exists (first-run setup creates it); then as `Requires`.
    SetupThen(Action),
    /// Every role, and before setup too; the text says why no role is needed.
    Open(&'static str),
}

/// Every command the desktop shell registers, with its gate. The shell's tests fail when its
/// handler list and this table differ; the store's tests call each command's core function as
/// every role and fail unless exactly the roles the gate names are refused.
pub const COMMAND_GATES: &[(&str, Gate)] = &[
    ("window_ready", Gate::Open("only notes in the log how long start-up took")),
    ("load_translations", Gate::Open("the words of the screens, needed before anyone is set up")),
    ("get_session", Gate::Open("tells the UI who is working and what their role allows")),
    ("save_profile", Gate::SetupThen(Action::ManageSettings)),
    ("set_ui_language", Gate::Open("the language of one's own screens, a personal choice")),
    ("list_customers", Gate::Requires(Action::ViewCustomers)),
    ("get_customer", Gate::Requires(Action::ViewCustomers)),
    ("add_customer", Gate::Requires(Action::AddCustomer)),
    ("update_customer", Gate::Requires(Action::EditCustomer)),
    ("list_activity", Gate::Requires(Action::ViewCustomers)),
    ("list_providers", Gate::Requires(Action::ViewCustomers)),
    ("add_provider", Gate::Requires(Action::ManageProviders)),
    ("update_provider", Gate::Requires(Action::ManageProviders)),
    ("get_link_host", Gate::Open("Settings shows every role where its invitations lead; changing it is gated")),
    ("set_link_host", Gate::Requires(Action::ManageSettings)),
    ("prepare_invitation", Gate::Requires(Action::RequestRelationship)),
    ("open_invitation_in_mail_app", Gate::Requires(Action::RequestRelationship)),
    ("copy_invitation", Gate::Requires(Action::RequestRelationship)),
    ("send_invitation", Gate::Requires(Action::RequestRelationship)),
    ("list_invitations", Gate::Requires(Action::ViewCustomers)),
    ("reopen_invitation_in_mail_app", Gate::Requires(Action::RequestRelationship)),
    ("copy_sent_invitation", Gate::Requires(Action::RequestRelationship)),
    ("accept_invitation", Gate::Requires(Action::RecordAcceptance)),
    ("cancel_invitation", Gate::Requires(Action::RequestRelationship)),
    ("list_admin_relationships", Gate::Requires(Action::ViewCustomers)),
    ("propose_gdap_name", Gate::Requires(Action::ViewCustomers)),
    ("prepare_gdap_request", Gate::Requires(Action::ManageAdminRelationships)),
    ("open_gdap_request_in_mail_app", Gate::Requires(Action::ManageAdminRelationships)),
    ("copy_gdap_request", Gate::Requires(Action::ManageAdminRelationships)),
    ("send_gdap_request", Gate::Requires(Action::ManageAdminRelationships)),
    ("approve_gdap", Gate::Requires(Action::ManageAdminRelationships)),
    ("terminate_gdap", Gate::Requires(Action::ManageAdminRelationships)),
    ("gdap_overview", Gate::Requires(Action::ViewCustomers)),
    ("list_role_templates", Gate::Requires(Action::ViewCustomers)),
    ("save_role_template", Gate::Requires(Action::ManageAdminRelationships)),
    ("delete_role_template", Gate::Requires(Action::ManageAdminRelationships)),
    ("save_invitation_eml", Gate::Requires(Action::RequestRelationship)),
    ("save_gdap_request_eml", Gate::Requires(Action::ManageAdminRelationships)),
    ("reminders_due", Gate::Requires(Action::ViewCustomers)),
    ("set_reminder_days", Gate::Requires(Action::ViewCustomers)),
    ("show_reminder_notice", Gate::Requires(Action::ViewCustomers)),
    ("prepare_reminder", Gate::Requires(Action::RequestRelationship)),
    ("open_reminder_in_mail_app", Gate::Requires(Action::RequestRelationship)),
    ("copy_reminder", Gate::Requires(Action::RequestRelationship)),
    ("save_reminder_eml", Gate::Requires(Action::RequestRelationship)),
    ("send_reminder", Gate::Requires(Action::RequestRelationship)),
    ("prepare_bulk_request", Gate::Requires(Action::RequestRelationship)),
    ("open_bulk_draft_in_mail_app", Gate::Requires(Action::RequestRelationship)),
    ("save_bulk_drafts", Gate::Requires(Action::RequestRelationship)),
    ("record_bulk_request", Gate::Requires(Action::RequestRelationship)),
    ("propose_bulk_gdap", Gate::Requires(Action::ManageAdminRelationships)),
    ("open_microsoft_page", Gate::Requires(Action::ViewCustomers)),
    ("list_subscriptions", Gate::Requires(Action::ViewCustomers)),
    ("add_subscription", Gate::Requires(Action::ManageSubscriptions)),
    ("set_subscription_status", Gate::Requires(Action::ManageSubscriptions)),
    ("list_users", Gate::Requires(Action::ViewCustomers)),
    ("add_user", Gate::Requires(Action::ManageUsers)),
    ("removal_check", Gate::Requires(Action::ViewCustomers)),
    ("termination_notice", Gate::Requires(Action::RemoveRelationship)),
    ("open_notice_in_mail_app", Gate::Requires(Action::RemoveRelationship)),
    ("copy_notice", Gate::Requires(Action::RemoveRelationship)),
    ("remove_relationship", Gate::Requires(Action::RemoveRelationship)),
    ("import_customers", Gate::Requires(Action::RecordAcceptance)),
    ("export_customers", Gate::Requires(Action::ViewCustomers)),
    ("export_activity", Gate::Requires(Action::ViewCustomers)),
    ("customer_counts", Gate::Requires(Action::ViewCustomers)),
    ("record_dap_removed", Gate::Requires(Action::EditCustomer)),
    ("list_backups", Gate::Open("every role may see which backups exist")),
    ("back_up_now", Gate::Open("a copy of the database loses nothing, so every role may make one")),
    ("restore_backup", Gate::Requires(Action::ManageSettings)),
    ("choose_import_file", Gate::Open("picking a file reads and changes nothing; the import itself is gated")),
    ("cancel_import", Gate::Open("stopping a running import changes nothing")),
    ("connecting_status", Gate::Open("says whether the team workspace answered yet, before anyone is known")),
    ("connect_now", Gate::Open("tries the team workspace again; reads and changes nothing")),
    ("list_staff", Gate::Requires(Action::ViewCustomers)),
    ("add_staff_member", Gate::Requires(Action::ManageStaff)),
    ("update_staff_member", Gate::Requires(Action::ManageStaff)),
    ("get_workspace", Gate::Open("shows where one's own Liaison works, which every staff member may know")),
    ("check_workspace", Gate::Open("tries a connection with one's own login; the workspace's own roles apply there")),
    (
        "use_workspace",
        Gate::Open("where one's own Liaison works is one's own choice; each workspace applies its roles"),
    ),
    ("move_to_workspace", Gate::Requires(Action::ManageSettings)),
];

/// The gate of a registered command, if it has one.
pub fn gate(command: &str) -> Option<Gate> {
    COMMAND_GATES.iter().find(|(name, _)| *name == command).map(|(_, gate)| *gate)
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

/// Every action refused, for `reason` (a login that is not, or no longer, a staff member).
pub fn refused(reason: &str) -> Vec<Grant> {
    Action::ALL.into_iter().map(|action| Grant { action, allowed: false, reason: Some(reason.to_owned()) }).collect()
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
            (ManageStaff, [true, false, false, false]),
            (ManageAdminRelationships, [true, true, false, false]),
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

    #[test]
    fn every_command_has_one_gate_and_open_ones_say_why() {
        let mut names: Vec<&str> = COMMAND_GATES.iter().map(|(n, _)| *n).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), COMMAND_GATES.len(), "a command is listed twice");
        for (name, g) in COMMAND_GATES {
            if let Gate::Open(why) = g {
                assert!(why.len() > 20, "{name}: say why it is open to every role");
            }
        }
        assert_eq!(gate("remove_relationship"), Some(Gate::Requires(Action::RemoveRelationship)));
        assert_eq!(gate("no_such_command"), None);
    }
}
