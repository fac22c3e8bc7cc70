//! Liaison's core: the CSP partner's rules, records and words, free of any desktop framework.
//!
//! The Tauri shell only adapts these functions to commands; everything a rule decides is decided
//! here, once, and tested here.

pub mod activity;
pub mod country;
pub mod customer;
pub mod error;
pub mod i18n;
pub mod language;
pub mod permissions;
pub mod profile;
pub mod store;
pub mod validate;

pub use activity::{ActivityAction, ActivityEntry, ActivityPage, ActivityQuery};
pub use customer::{Customer, CustomerInput, CustomerPage, CustomerQuery, CustomerSort, Relationship, ValidCustomer};
pub use error::{ApiError, Error, ErrorCode, Field, FieldError, FieldMessage, Result, Rule};
pub use i18n::Translations;
pub use language::Language;
pub use permissions::{Action, Grant};
pub use profile::{Cloud, PartnerProfile, PartnerType, ProfileInput, Role, ValidProfile};
pub use store::{Session, Store};

#[cfg(test)]
mod bindings;
