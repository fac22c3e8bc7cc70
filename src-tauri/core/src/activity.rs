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
}

impl ActivityAction {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            ActivityAction::ProfileCreated => "profile_created",
            ActivityAction::ProfileUpdated => "profile_updated",
            ActivityAction::CustomerAdded => "customer_added",
            ActivityAction::CustomerUpdated => "customer_updated",
        }
    }
}

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
}

/// A page of the activity log, newest first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ActivityQuery {
    /// Only this customer's lines.
    #[ts(type = "number | null")]
    pub customer_id: Option<i64>,
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
