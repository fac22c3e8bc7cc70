//! Liaison's core: the CSP partner's rules, records and words, free of any desktop framework.
//!
//! The Tauri shell only adapts these functions to commands; everything a rule decides is decided
//! here, once, and tested here.

pub mod activity;
pub mod country;
pub mod csv;
pub mod customer;
pub mod draft;
pub mod eml;
pub mod error;
pub mod fault;
pub mod gdap;
pub mod i18n;
pub mod invitation;
pub mod keychain;
pub mod language;
pub mod link;
pub mod link_hosts;
pub mod mailto;
pub mod microsoft_pages;
pub mod permissions;
pub mod profile;
pub mod provider;
pub mod record;
pub mod reminder;
pub mod staff;
pub mod store;
#[cfg(any(test, feature = "test-support"))]
pub mod testing;
pub mod updates;
pub mod validate;
pub mod workspace;

pub use activity::{ActivityAction, ActivityEntry, ActivityPage, ActivityQuery};
pub use customer::{
    Customer, CustomerCounts, CustomerInput, CustomerPage, CustomerQuery, CustomerSort, DapRemoval, Relationship,
    ValidCustomer,
};
pub use draft::Draft;
pub use error::{ApiError, Entity, Error, ErrorCode, Field, FieldError, FieldMessage, Result, Rule, StateConflict};
pub use fault::{FaultChoice, FaultNotice, OpenFailure, OpenFault};
pub use gdap::{
    AdminRelationship, EntraRole, GdapOverview, GdapRequest, GdapStatus, GdapTerms, PreparedGdapRequest, RoleTemplate,
    RoleTemplateInput,
};
pub use i18n::Translations;
pub use invitation::{
    BulkDraft, BulkGdap, BulkGdapRelationship, BulkRequest, BulkSkip, CustomerSelection, Invitation, InvitationPage,
    InvitationQuery, InvitationRequest, InvitationStatus, PartnerLink, PreparedBulk, PreparedInvitation, SavedDraft,
    SavedDrafts,
};
pub use language::Language;
pub use link::InvitationKind;
pub use link_hosts::{AcceptanceHost, LinkHostSetting};
pub use microsoft_pages::MicrosoftPage;
pub use permissions::{Action, Gate, Grant};
pub use profile::{Cloud, PartnerProfile, PartnerType, ProfileInput, Role, ValidProfile};
pub use provider::{IndirectProvider, ProviderInput, ValidProvider};
pub use record::{CustomerUser, Subscription, SubscriptionInput, SubscriptionStatus, UserInput};
pub use reminder::{PreparedReminder, ReminderNotice, ReminderOf, RemindersDue};
pub use staff::{StaffInput, StaffMember, ValidStaff};
pub use store::{
    Backup, BackupReason, Change, Engine, ImportProgress, ImportReport, ListedRow, MoveReport, NoticeParty,
    RejectedRow, RemovalCheck, Session, Store, WorkspaceCheck,
};
pub use workspace::{Connecting, Password, TlsMode, ValidWorkspace, WorkspaceFault, WorkspaceInput, WorkspaceSetting};

#[cfg(test)]
mod bindings;
