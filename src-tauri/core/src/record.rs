//! What the partner manages for a connected customer: subscriptions, users and their licences.

use crate::{profile::Checker, validate, Field, Result, Rule};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Whether a subscription is in use. An active subscription blocks removing the relationship.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SubscriptionStatus {
    Active,
    Suspended,
}

impl SubscriptionStatus {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            SubscriptionStatus::Active => "active",
            SubscriptionStatus::Suspended => "suspended",
        }
    }
}

/// A customer's subscription.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, sqlx::FromRow)]
#[serde(rename_all = "camelCase")]
pub struct Subscription {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub customer_id: i64,
    pub offer: String,
    #[sqlx(try_from = "i64")]
    pub quantity: u32,
    #[sqlx(try_from = "String")]
    pub status: SubscriptionStatus,
    pub created_at: String,
    pub updated_at: String,
}

/// A subscription as typed in its form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SubscriptionInput {
    pub offer: String,
    pub quantity: u32,
}

impl SubscriptionInput {
    /// The offer named, a quantity of 1 to 100,000.
    pub fn validate(&self) -> Result<(String, u32)> {
        let mut c = Checker::default();
        let offer = c.check(Field::Offer, validate::one_line(&self.offer, 120).and_then(required));
        let quantity = c.check(
            Field::Quantity,
            if (1..=100_000).contains(&self.quantity) { Ok(self.quantity) } else { Err(Rule::Quantity) },
        );
        c.finish((offer, quantity))
    }
}

/// A user of the customer's organization and the licences assigned to them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CustomerUser {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub customer_id: i64,
    pub display_name: String,
    pub user_principal_name: String,
    pub licences: Vec<String>,
    pub created_at: String,
}

/// A user as typed in its form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct UserInput {
    pub display_name: String,
    pub user_principal_name: String,
    pub licences: Vec<String>,
}

/// A user input that passed every rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidUser {
    pub display_name: String,
    pub user_principal_name: String,
    pub licences: Vec<String>,
}

impl UserInput {
    /// A name, a sign-in name shaped like an email address, licence names as tags are.
    pub fn validate(&self) -> Result<ValidUser> {
        let mut c = Checker::default();
        let v = ValidUser {
            display_name: c.check(Field::DisplayName, validate::person_name(&self.display_name)),
            user_principal_name: c
                .check(Field::UserPrincipalName, validate::user_principal_name(&self.user_principal_name)),
            licences: c.check(Field::Licences, validate::tags(&self.licences)),
        };
        c.finish(v)
    }
}

fn required(s: String) -> std::result::Result<String, Rule> {
    if s.is_empty() {
        Err(Rule::Required)
    } else {
        Ok(s)
    }
}
