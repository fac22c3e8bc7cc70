//! The partner running Liaison (docs/domain.md §1); its people are in [`crate::staff`].

use crate::{validate, Error, Field, FieldError, Language, Result, Rule};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// How the partner does business in CSP.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PartnerType {
    DirectBill,
    IndirectProvider,
    IndirectReseller,
}

/// The Microsoft cloud the partner's tenant lives in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Cloud {
    Public,
    UsGovernment,
    Germany,
    /// Operated by 21Vianet.
    China,
}

/// The staff member's Partner Center role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    GlobalAdmin,
    AdminAgent,
    SalesAgent,
    HelpdeskAgent,
}

impl PartnerType {
    /// Every partner type.
    pub const ALL: &'static [PartnerType] =
        &[PartnerType::DirectBill, PartnerType::IndirectProvider, PartnerType::IndirectReseller];
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            PartnerType::DirectBill => "direct_bill",
            PartnerType::IndirectProvider => "indirect_provider",
            PartnerType::IndirectReseller => "indirect_reseller",
        }
    }
}

impl Cloud {
    /// Every cloud.
    pub const ALL: &'static [Cloud] = &[Cloud::Public, Cloud::UsGovernment, Cloud::Germany, Cloud::China];
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Cloud::Public => "public",
            Cloud::UsGovernment => "us_government",
            Cloud::Germany => "germany",
            Cloud::China => "china",
        }
    }

    /// The cloud's name in `lang`, as the interface shows it.
    pub fn name(self, lang: Language) -> String {
        crate::i18n::text(lang, &format!("cloud-{}", self.as_str().replace('_', "-")), None)
    }
}

impl Role {
    /// Every role, most powerful first.
    pub const ALL: &'static [Role] = &[Role::GlobalAdmin, Role::AdminAgent, Role::SalesAgent, Role::HelpdeskAgent];
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::GlobalAdmin => "global_admin",
            Role::AdminAgent => "admin_agent",
            Role::SalesAgent => "sales_agent",
            Role::HelpdeskAgent => "helpdesk_agent",
        }
    }

    /// The role as Partner Center names it, in `lang`.
    pub fn name(self, lang: crate::Language) -> String {
        crate::i18n::text(lang, &format!("role-{}", self.as_str().replace('_', "-")), None)
    }
}

/// Parses a stored enum name back; the schema's CHECK constraints keep it valid.
pub(crate) fn parse_stored<T: serde::de::DeserializeOwned>(s: &str) -> Result<T> {
    serde_json::from_value(serde_json::Value::String(s.to_owned()))
        .map_err(|e| Error::Storage(sqlx::Error::Decode(Box::new(e))))
}

/// Lets a row type read these stored names straight into their enums
/// (`#[sqlx(try_from = "String")]`).
macro_rules! read_stored {
    ($($t:ty),+) => {$(
        impl TryFrom<String> for $t {
            type Error = Error;
            fn try_from(s: String) -> Result<$t> {
                parse_stored(&s)
            }
        }
    )+};
}
read_stored!(
    PartnerType,
    Cloud,
    Role,
    Language,
    crate::Relationship,
    crate::InvitationStatus,
    crate::InvitationKind,
    crate::SubscriptionStatus,
    crate::ActivityAction
);

/// The partner profile as saved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, sqlx::FromRow)]
#[serde(rename_all = "camelCase")]
pub struct PartnerProfile {
    pub company_name: String,
    #[sqlx(try_from = "String")]
    pub partner_type: PartnerType,
    /// The partner's Microsoft Entra tenant ID, lower-case canonical GUID.
    pub tenant_id: String,
    /// The Partner ID (formerly MPN ID).
    pub partner_id: String,
    #[sqlx(try_from = "String")]
    pub cloud: Cloud,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// The partner's default language, for drafts to customers who have none of their own.
    #[sqlx(try_from = "String")]
    pub language: Language,
    pub updated_at: String,
}

/// The profile as typed in first-run setup or Settings; choices not made yet are `None`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ProfileInput {
    pub company_name: String,
    pub partner_type: Option<PartnerType>,
    pub tenant_id: String,
    pub partner_id: String,
    pub cloud: Option<Cloud>,
    pub country: String,
    pub staff_name: String,
    pub staff_role: Option<Role>,
    pub language: Option<Language>,
}

/// A profile input that passed every rule, in canonical form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidProfile {
    pub company_name: String,
    pub partner_type: PartnerType,
    pub tenant_id: String,
    pub partner_id: String,
    pub cloud: Cloud,
    pub country: String,
    pub staff_name: String,
    pub staff_role: Role,
    pub language: Language,
}

/// Collects every broken rule of a form, so the user sees them all at once.
#[derive(Default)]
pub(crate) struct Checker(Vec<FieldError>);

impl Checker {
    /// The value, or a note of the broken rule and `T::default()`.
    pub fn check<T: Default>(&mut self, field: Field, r: std::result::Result<T, Rule>) -> T {
        r.unwrap_or_else(|rule| {
            self.0.push(FieldError { field, rule });
            T::default()
        })
    }

    /// A choice that must be made.
    pub fn chosen<T: Copy>(&mut self, field: Field, v: Option<T>, default: T) -> T {
        v.unwrap_or_else(|| {
            self.0.push(FieldError { field, rule: Rule::Required });
            default
        })
    }

    /// `value` if nothing was broken.
    pub fn finish<T>(self, value: T) -> Result<T> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            Err(Error::Invalid(self.0))
        }
    }
}

impl ProfileInput {
    /// Applies docs/domain.md §8 to every field; all broken rules are reported together.
    pub fn validate(&self) -> Result<ValidProfile> {
        let mut c = Checker::default();
        let v = ValidProfile {
            company_name: c.check(Field::CompanyName, validate::company_name(&self.company_name)),
            partner_type: c.chosen(Field::PartnerType, self.partner_type, PartnerType::DirectBill),
            tenant_id: c.check(Field::TenantId, validate::guid(&self.tenant_id)),
            partner_id: c.check(Field::PartnerId, validate::partner_id(&self.partner_id)),
            cloud: c.chosen(Field::Cloud, self.cloud, Cloud::Public),
            country: c.check(Field::Country, validate::country_code(&self.country)),
            staff_name: c.check(Field::StaffName, validate::person_name(&self.staff_name)),
            staff_role: c.chosen(Field::StaffRole, self.staff_role, Role::HelpdeskAgent),
            language: c.chosen(Field::Language, self.language, Language::EnUs),
        };
        c.finish(v)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn every_cloud_is_named_in_every_language() {
        for lang in crate::i18n::available() {
            for cloud in Cloud::ALL {
                let name = cloud.name(lang);
                assert!(!name.is_empty() && !name.starts_with("cloud-"), "{lang:?} {cloud:?}: {name}");
            }
        }
        assert_eq!(Cloud::UsGovernment.name(Language::EnUs), "Microsoft Cloud for US Government");
    }

    /// A valid first-run profile of a direct-bill partner.
    pub fn input() -> ProfileInput {
        ProfileInput {
            company_name: "Northwind Partners s.r.o.".into(),
            partner_type: Some(PartnerType::DirectBill),
            tenant_id: "{3F2504E0-4F89-11D3-9A0C-0305E82C3301}".into(),
            partner_id: "4812345".into(),
            cloud: Some(Cloud::Public),
            country: "cz".into(),
            staff_name: "Jana Dvořáková".into(),
            staff_role: Some(Role::GlobalAdmin),
            language: Some(Language::EnUs),
        }
    }

    #[test]
    fn a_valid_profile_is_normalised() {
        let v = input().validate().unwrap();
        assert_eq!(v.tenant_id, "3f2504e0-4f89-11d3-9a0c-0305e82c3301");
        assert_eq!(v.country, "CZ");
    }

    #[test]
    fn every_broken_rule_is_reported_at_once() {
        let bad = ProfileInput { tenant_id: "3f2504e0".into(), partner_id: "MPN1".into(), staff_role: None, ..input() };
        let Err(Error::Invalid(errors)) = bad.validate() else { panic!("accepted") };
        let fields: Vec<Field> = errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, vec![Field::TenantId, Field::PartnerId, Field::StaffRole]);
        assert_eq!(errors[0].rule, Rule::Guid);
    }

    #[test]
    fn stored_names_parse_back() {
        for t in PartnerType::ALL {
            assert_eq!(parse_stored::<PartnerType>(t.as_str()).unwrap(), *t);
        }
        for c in Cloud::ALL {
            assert_eq!(parse_stored::<Cloud>(c.as_str()).unwrap(), *c);
        }
        for r in Role::ALL {
            assert_eq!(parse_stored::<Role>(r.as_str()).unwrap(), *r);
        }
        assert!(parse_stored::<Role>("owner").is_err());
        // The store's rows read these straight into their enums.
        for r in crate::Relationship::ALL {
            assert_eq!(crate::Relationship::try_from(r.as_str().to_owned()).unwrap(), *r);
        }
        for s in crate::InvitationStatus::ALL {
            assert_eq!(crate::InvitationStatus::try_from(s.as_str().to_owned()).unwrap(), *s);
        }
        for k in [crate::InvitationKind::Reseller, crate::InvitationKind::ResellerWithProvider] {
            assert_eq!(crate::InvitationKind::try_from(k.as_str().to_owned()).unwrap(), k);
        }
        for s in [crate::SubscriptionStatus::Active, crate::SubscriptionStatus::Suspended] {
            assert_eq!(crate::SubscriptionStatus::try_from(s.as_str().to_owned()).unwrap(), s);
        }
        for a in crate::ActivityAction::ALL {
            assert_eq!(crate::ActivityAction::try_from(a.as_str().to_owned()).unwrap(), *a);
        }
        assert!(crate::Relationship::try_from("customer".to_owned()).is_err());
    }
}
