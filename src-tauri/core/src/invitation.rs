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
}

/// A page of invitations, newest first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct InvitationQuery {
    pub status: Option<InvitationStatus>,
    #[ts(type = "number | null")]
    pub customer_id: Option<i64>,
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
