//! Invitations to a reseller relationship: the request, the prepared draft, and the record of
//! what was sent (docs/domain.md §1, §4.2–§4.4).

use crate::{CustomerInput, Draft, InvitationKind, Language, Role};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Where an invitation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum InvitationStatus {
    /// Out with the customer, waiting for acceptance.
    Sent,
    Accepted,
    Cancelled,
}

impl InvitationStatus {
    /// Every status.
    pub const ALL: &'static [InvitationStatus] =
        &[InvitationStatus::Sent, InvitationStatus::Accepted, InvitationStatus::Cancelled];
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            InvitationStatus::Sent => "sent",
            InvitationStatus::Accepted => "accepted",
            InvitationStatus::Cancelled => "cancelled",
        }
    }
}

/// What the user asks to invite: an existing customer or a new contact, to which kind of
/// relationship (decided by where the user started), with or without delegated admin privileges,
/// through which provider, in which language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct InvitationRequest {
    /// An existing customer…
    #[ts(type = "number | null")]
    pub customer_id: Option<i64>,
    /// …or a new contact, added to the customers when the invitation is sent.
    pub new_customer: Option<CustomerInput>,
    /// With the partner alone (Customers), or with an indirect reseller and its provider
    /// (Indirect providers); the core checks the partner may send it.
    pub kind: InvitationKind,
    /// The indirect provider, required for the two-party kind and ignored otherwise.
    #[ts(type = "number | null")]
    pub provider_id: Option<i64>,
    /// Include delegated admin privileges (forced on in the US Government and Germany clouds).
    pub dap: bool,
    /// The draft's language; the customer's own when not chosen.
    pub language: Option<Language>,
    /// The user saw the warning that the customer is outside the partner's country and region,
    /// and goes on anyway; recorded with the invitation.
    pub outside_region_confirmed: bool,
}

/// The partner's personalized link, without a customer or a draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PartnerLink {
    pub link: String,
    /// The DAP the link carries.
    pub dap: bool,
    /// True where the cloud offers no reseller relationship without DAP.
    pub dap_forced: bool,
}

/// An invitation ready for review: the link and the draft, editable but for the link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PreparedInvitation {
    pub kind: InvitationKind,
    pub link: String,
    /// The DAP the link carries.
    pub dap: bool,
    /// True where the cloud offers no reseller relationship without DAP.
    pub dap_forced: bool,
    pub draft: Draft,
}

/// The most customers one bulk request drafts for.
pub const MAX_BULK: u32 = 500;

/// Which customers a bulk request is for: those picked on the list, or every customer that
/// matches a search in a view.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", tag = "by")]
pub enum CustomerSelection {
    Picked {
        #[ts(type = "number[]")]
        ids: Vec<i64>,
    },
    Matching {
        search: String,
        relationship: crate::Relationship,
    },
}

/// The same request for many customers: one draft each, in each customer's language. A reseller
/// relationship (`kind`, `provider_id`, `dap`), or GDAP when `gdap` is given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BulkRequest {
    pub customers: CustomerSelection,
    pub kind: InvitationKind,
    #[ts(type = "number | null")]
    pub provider_id: Option<i64>,
    pub dap: bool,
    #[serde(default)]
    pub gdap: Option<BulkGdap>,
}

/// GDAP for many customers: the same terms (from one role template) for all, and for each
/// customer the relationship's name and the approval link Partner Center gave for it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BulkGdap {
    /// The duration, roles and auto-extend of every relationship (its `name` is unused).
    pub terms: crate::GdapTerms,
    pub template_name: Option<String>,
    pub relationships: Vec<BulkGdapRelationship>,
}

/// One customer's relationship in a bulk GDAP request.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BulkGdapRelationship {
    #[ts(type = "number")]
    pub customer_id: i64,
    pub customer_name: String,
    pub name: String,
    pub approval_link: String,
}

/// One customer's draft of a bulk request, with the link it carries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BulkDraft {
    #[ts(type = "number")]
    pub customer_id: i64,
    pub customer_name: String,
    pub link: String,
    pub draft: Draft,
}

/// A customer of a bulk request who cannot be drafted, and why (in the user's language).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BulkSkip {
    #[ts(type = "number")]
    pub customer_id: i64,
    pub customer_name: String,
    pub reason: String,
}

/// A bulk request ready for review: the link every draft carries (a reseller relationship's; each
/// GDAP relationship has its own), the drafts by customer name, and the customers skipped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PreparedBulk {
    pub link: Option<String>,
    pub drafts: Vec<BulkDraft>,
    pub skipped: Vec<BulkSkip>,
}

/// Where a bulk request's drafts were saved as `.eml` files.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SavedDrafts {
    pub folder: String,
    /// The file of each draft, by customer.
    pub files: Vec<SavedDraft>,
}

/// One draft saved as a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SavedDraft {
    #[ts(type = "number")]
    pub customer_id: i64,
    pub file: String,
}

/// An invitation as sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, sqlx::FromRow)]
#[serde(rename_all = "camelCase")]
pub struct Invitation {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub customer_id: i64,
    pub customer_name: String,
    /// The customer's relationship now (invited after sending, unless already a reseller), so
    /// the list can show the view the customer is in at once.
    #[sqlx(try_from = "String")]
    pub customer_relationship: crate::Relationship,
    #[sqlx(try_from = "String")]
    pub kind: InvitationKind,
    pub dap: bool,
    #[ts(type = "number | null")]
    pub provider_id: Option<i64>,
    pub provider_name: Option<String>,
    pub link: String,
    pub recipient: String,
    #[sqlx(try_from = "String")]
    pub language: Language,
    pub subject: String,
    pub body: String,
    pub sent_by_name: String,
    #[sqlx(try_from = "String")]
    pub sent_by_role: Role,
    pub sent_at: String,
    #[sqlx(try_from = "String")]
    pub status: InvitationStatus,
    pub status_at: String,
    /// Whole days since it was sent.
    #[sqlx(try_from = "i64")]
    pub age_days: u32,
    /// When a reminder was last sent, if one was.
    pub reminded_at: Option<String>,
    /// Whether a reminder is due, after the staff member's number of days (in lists only).
    #[sqlx(skip)]
    pub reminder_due: bool,
}

/// A page of invitations, newest first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct InvitationQuery {
    pub status: Option<InvitationStatus>,
    #[ts(type = "number | null")]
    pub customer_id: Option<i64>,
    /// Only invitations whose reminder is due.
    #[serde(default)]
    pub reminder_due: bool,
    /// Only invitations sent this many calendar days ago or earlier.
    #[serde(default)]
    #[ts(optional)]
    pub older_than_days: Option<u32>,
    pub offset: u32,
    pub limit: u32,
}

/// A page of invitations and how many match in all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct InvitationPage {
    pub items: Vec<Invitation>,
    pub total: u32,
    pub offset: u32,
}
