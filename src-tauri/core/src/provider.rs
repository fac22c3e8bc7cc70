//! The indirect providers (distributors) an indirect reseller works with.

use crate::{profile::Checker, validate, Field, Result};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// An indirect provider as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, sqlx::FromRow)]
#[serde(rename_all = "camelCase")]
pub struct IndirectProvider {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    pub tenant_id: String,
    pub partner_id: String,
    pub country: String,
    pub created_at: String,
    pub updated_at: String,
}

/// A provider as typed in its form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ProviderInput {
    pub name: String,
    pub tenant_id: String,
    pub partner_id: String,
    pub country: String,
}

/// A provider input that passed every rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidProvider {
    pub name: String,
    pub tenant_id: String,
    pub partner_id: String,
    pub country: String,
}

impl ProviderInput {
    /// Applies docs/domain.md §8 to every field.
    pub fn validate(&self) -> Result<ValidProvider> {
        let mut c = Checker::default();
        let v = ValidProvider {
            name: c.check(Field::CompanyName, validate::company_name(&self.name)),
            tenant_id: c.check(Field::ProviderTenantId, validate::guid(&self.tenant_id)),
            partner_id: c.check(Field::PartnerId, validate::partner_id(&self.partner_id)),
            country: c.check(Field::Country, validate::country_code(&self.country)),
        };
        c.finish(v)
    }
}
