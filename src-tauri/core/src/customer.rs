//! Customers: their record, its rules, and how the list is asked for (docs/domain.md §1, §4.1).

use crate::{profile::Checker, validate, Field, Language, Result};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Where a customer stands with the partner. It is also the view of the customer list: Partner
/// Center's Customers page lists only reseller customers ("after the customer accepts your
/// invitation, they'll appear on your Customers page"); the other states are views of their own.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Relationship {
    /// Added to Liaison, not invited yet.
    Prospect,
    /// An invitation is out.
    Invited,
    /// Accepted: a reseller relationship exists. The Customers page proper.
    #[default]
    Reseller,
    /// Ended; the record and its history stay.
    Removed,
}

impl Relationship {
    /// Every state.
    pub const ALL: &'static [Relationship] =
        &[Relationship::Prospect, Relationship::Invited, Relationship::Reseller, Relationship::Removed];
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Relationship::Prospect => "prospect",
            Relationship::Invited => "invited",
            Relationship::Reseller => "reseller",
            Relationship::Removed => "removed",
        }
    }

    /// The relationship as the Customers page and `Customers.csv` name it, in `lang`.
    pub fn name(self, lang: crate::Language) -> String {
        crate::i18n::text(lang, &format!("relationship-{}", self.as_str()), None)
    }
}

/// A customer as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Customer {
    #[ts(type = "number")]
    pub id: i64,
    pub company_name: String,
    pub primary_domain: String,
    /// The customer's tenant ID, once known.
    pub microsoft_id: Option<String>,
    pub country: String,
    pub contact_name: String,
    pub contact_email: String,
    pub language: Language,
    pub tags: Vec<String>,
    pub notes: String,
    pub relationship: Relationship,
    pub dap_granted: bool,
    /// When the customer took delegated admin privileges back, as noted in Liaison (Partner
    /// Center's help: customers may remove them in their admin portal; the partner's support duty
    /// remains).
    pub dap_removal: Option<DapRemoval>,
    /// The indirect provider also connected with the customer.
    #[ts(type = "number | null")]
    pub provider_id: Option<i64>,
    pub provider_name: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    /// Raised by every change; an edit names the version it started from (see
    /// [`Error::EditedMeanwhile`](crate::Error::EditedMeanwhile)).
    #[ts(type = "number")]
    pub version: i64,
}

/// The note that a customer removed the delegated admin privileges it had granted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DapRemoval {
    /// When it was recorded (UTC, RFC 3339).
    pub at: String,
    /// The staff member who recorded it.
    pub by: String,
}

/// A customer as typed in the add or edit form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CustomerInput {
    pub company_name: String,
    pub primary_domain: String,
    /// Empty when not known yet.
    pub microsoft_id: String,
    pub country: String,
    pub contact_name: String,
    /// Empty when not known yet; needed before an invitation is sent.
    pub contact_email: String,
    pub language: Option<Language>,
    pub tags: Vec<String>,
    pub notes: String,
}

/// A customer input that passed every rule, in canonical form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidCustomer {
    pub company_name: String,
    pub primary_domain: String,
    pub microsoft_id: Option<String>,
    pub country: String,
    pub contact_name: String,
    pub contact_email: String,
    pub language: Language,
    pub tags: Vec<String>,
    pub notes: String,
}

impl CustomerInput {
    /// Applies docs/domain.md §8; the contact's name and email may wait until the invitation.
    pub fn validate(&self) -> Result<ValidCustomer> {
        let mut c = Checker::default();
        let contact_name = if self.contact_name.trim().is_empty() {
            String::new()
        } else {
            c.check(Field::ContactName, validate::person_name(&self.contact_name))
        };
        let v = ValidCustomer {
            company_name: c.check(Field::CompanyName, validate::company_name(&self.company_name)),
            primary_domain: c.check(Field::PrimaryDomain, validate::primary_domain(&self.primary_domain)),
            microsoft_id: c.check(Field::MicrosoftId, validate::optional_guid(&self.microsoft_id)),
            country: c.check(Field::Country, validate::country_code(&self.country)),
            contact_name,
            contact_email: c.check(Field::ContactEmail, validate::optional_email(&self.contact_email)),
            language: c.chosen(Field::Language, self.language, Language::EnUs),
            tags: c.check(Field::Tags, validate::tags(&self.tags)),
            notes: c.check(Field::Notes, validate::free_text(&self.notes, 4000)),
        };
        c.finish(v)
    }
}

/// A column the customer list can be sorted by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum CustomerSort {
    #[default]
    CompanyName,
    PrimaryDomain,
    MicrosoftId,
    Relationship,
    CreatedAt,
}

/// One page of the customer list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CustomerQuery {
    /// Part of a company name, domain or Microsoft ID; empty lists everyone.
    pub search: String,
    /// The view: reseller customers (the Customers page, by default), invited, prospects or
    /// removed.
    pub relationship: Relationship,
    pub sort: CustomerSort,
    pub descending: bool,
    pub offset: u32,
    /// At most [`CustomerQuery::MAX_LIMIT`]; 0 means the default page size.
    pub limit: u32,
}

impl CustomerQuery {
    /// The most rows one page returns.
    pub const MAX_LIMIT: u32 = 500;
    /// The page size when none is asked for.
    pub const DEFAULT_LIMIT: u32 = 50;

    /// The page size to use.
    pub fn page_size(&self) -> u32 {
        match self.limit {
            0 => Self::DEFAULT_LIMIT,
            n => n.min(Self::MAX_LIMIT),
        }
    }
}

/// A page of customers and how many match in all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CustomerPage {
    pub items: Vec<Customer>,
    pub total: u32,
    pub offset: u32,
}

/// How many customers each view holds, for the view switch.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CustomerCounts {
    pub reseller: u32,
    pub invited: u32,
    pub prospect: u32,
    pub removed: u32,
}

impl CustomerCounts {
    /// The count of one view.
    pub fn of(&self, view: Relationship) -> u32 {
        match view {
            Relationship::Reseller => self.reseller,
            Relationship::Invited => self.invited,
            Relationship::Prospect => self.prospect,
            Relationship::Removed => self.removed,
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::{Error, Rule};

    /// A valid customer named `name` at `domain`.
    pub fn input(name: &str, domain: &str) -> CustomerInput {
        CustomerInput {
            company_name: name.into(),
            primary_domain: domain.into(),
            country: "CZ".into(),
            language: Some(Language::CsCz),
            ..CustomerInput::default()
        }
    }

    #[test]
    fn contact_details_may_wait() {
        let v = input("Contoso", "contoso.onmicrosoft.com").validate().unwrap();
        assert_eq!(v.contact_email, "");
        assert_eq!(v.microsoft_id, None);
    }

    #[test]
    fn every_broken_rule_is_named() {
        let bad = CustomerInput {
            microsoft_id: "123".into(),
            contact_email: "x@microsoft.com".into(),
            ..input("!", "contoso")
        };
        let Err(Error::Invalid(errors)) = bad.validate() else { panic!("accepted") };
        let got: Vec<(Field, Rule)> = errors.iter().map(|e| (e.field, e.rule)).collect();
        assert_eq!(
            got,
            vec![
                (Field::CompanyName, Rule::CompanyName),
                (Field::PrimaryDomain, Rule::DomainName),
                (Field::MicrosoftId, Rule::Guid),
                (Field::ContactEmail, Rule::EmailMicrosoft),
            ]
        );
    }

    #[test]
    fn page_size_is_bounded() {
        let q = |limit| CustomerQuery { limit, ..CustomerQuery::default() }.page_size();
        assert_eq!((q(0), q(20), q(100_000)), (50, 20, 500));
    }
}
