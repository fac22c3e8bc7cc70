//! The append-only activity log: who changed what, when, and for which customer.

use crate::{Field, Role};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What an activity line records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ActivityAction {
    ProfileCreated,
    ProfileUpdated,
    CustomerAdded,
    CustomerUpdated,
    ProviderAdded,
    ProviderUpdated,
    InvitationSent,
    InvitationAccepted,
    InvitationCancelled,
    CustomersImported,
    SubscriptionAdded,
    SubscriptionSuspended,
    SubscriptionReactivated,
    UserAdded,
    RelationshipRemoved,
    LinkHostChanged,
    /// The customer took back the delegated admin privileges it had granted.
    DapRemoved,
    BackupCreated,
    BackupRestored,
    /// A customer removed in Liaison whom Partner Center's list shows as a reseller again.
    RelationshipRestored,
    StaffAdded,
    StaffUpdated,
    /// A local file's records were moved into this team workspace.
    MovedToWorkspace,
    GdapRequested,
    GdapApproved,
    GdapTerminated,
    RoleTemplateSaved,
    RoleTemplateDeleted,
    InvitationReminded,
    GdapReminded,
}

impl ActivityAction {
    /// Every action, for filters.
    pub const ALL: &'static [ActivityAction] = &[
        ActivityAction::ProfileCreated,
        ActivityAction::ProfileUpdated,
        ActivityAction::CustomerAdded,
        ActivityAction::CustomerUpdated,
        ActivityAction::ProviderAdded,
        ActivityAction::ProviderUpdated,
        ActivityAction::InvitationSent,
        ActivityAction::InvitationAccepted,
        ActivityAction::InvitationCancelled,
        ActivityAction::CustomersImported,
        ActivityAction::SubscriptionAdded,
        ActivityAction::SubscriptionSuspended,
        ActivityAction::SubscriptionReactivated,
        ActivityAction::UserAdded,
        ActivityAction::RelationshipRemoved,
        ActivityAction::LinkHostChanged,
        ActivityAction::DapRemoved,
        ActivityAction::BackupCreated,
        ActivityAction::BackupRestored,
        ActivityAction::RelationshipRestored,
        ActivityAction::StaffAdded,
        ActivityAction::StaffUpdated,
        ActivityAction::MovedToWorkspace,
        ActivityAction::GdapRequested,
        ActivityAction::GdapApproved,
        ActivityAction::GdapTerminated,
        ActivityAction::RoleTemplateSaved,
        ActivityAction::RoleTemplateDeleted,
        ActivityAction::InvitationReminded,
        ActivityAction::GdapReminded,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        STORED[self as usize]
    }
}

/// Stored names in declaration order; a test keeps them equal to the serialized names.
const STORED: &[&str] = &[
    "profile_created",
    "profile_updated",
    "customer_added",
    "customer_updated",
    "provider_added",
    "provider_updated",
    "invitation_sent",
    "invitation_accepted",
    "invitation_cancelled",
    "customers_imported",
    "subscription_added",
    "subscription_suspended",
    "subscription_reactivated",
    "user_added",
    "relationship_removed",
    "link_host_changed",
    "dap_removed",
    "backup_created",
    "backup_restored",
    "relationship_restored",
    "staff_added",
    "staff_updated",
    "moved_to_workspace",
    "gdap_requested",
    "gdap_approved",
    "gdap_terminated",
    "role_template_saved",
    "role_template_deleted",
    "invitation_reminded",
    "gdap_reminded",
];

/// One line of the activity log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ActivityEntry {
    #[ts(type = "number")]
    pub id: i64,
    /// UTC, RFC 3339.
    pub at: String,
    pub actor_name: String,
    pub actor_role: Role,
    pub action: ActivityAction,
    #[ts(type = "number | null")]
    pub customer_id: Option<i64>,
    /// What the line is about, named as it was then.
    pub subject: String,
    /// The fields an update changed.
    pub changed: Vec<Field>,
    /// More about the change, as recorded then (an attestation, an import's counts).
    pub detail: Option<String>,
    /// The line in words, in the user's language.
    pub description: String,
}

/// A page of the activity log, newest first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ActivityQuery {
    /// Only this customer's lines.
    #[ts(type = "number | null")]
    pub customer_id: Option<i64>,
    /// Only lines of this action.
    pub action: Option<ActivityAction>,
    /// From this day (`YYYY-MM-DD`, UTC), inclusive.
    pub from: Option<String>,
    /// To this day (`YYYY-MM-DD`, UTC), inclusive.
    pub to: Option<String>,
    pub offset: u32,
    /// 0 means the default page size; at most 500.
    pub limit: u32,
}

/// A page of activity and how many lines match in all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ActivityPage {
    pub items: Vec<ActivityEntry>,
    pub total: u32,
    pub offset: u32,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_names_are_serde_names() {
        assert_eq!(STORED.len(), ActivityAction::ALL.len());
        for a in ActivityAction::ALL {
            assert_eq!(serde_json::to_value(a).unwrap(), a.as_str());
        }
    }
}
