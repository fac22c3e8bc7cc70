//! The one error type of Liaison, and its form across IPC: `{ code, message, field?, fields }`
//! with every message already in the user's language.

use crate::{i18n, Action, Cloud, Language, Role};
use fluent_bundle::FluentArgs;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// An input field a rule can be broken in; serialized as the input's own property name so the
/// UI can put the message beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Field {
    CompanyName,
    PartnerType,
    TenantId,
    PartnerId,
    Cloud,
    Country,
    StaffName,
    StaffRole,
    Language,
    PrimaryDomain,
    MicrosoftId,
    ContactName,
    ContactEmail,
    Tags,
    Notes,
    Provider,
    ProviderTenantId,
    LinkHost,
    Subject,
    Body,
    Attestation,
    Offer,
    Quantity,
    DisplayName,
    UserPrincipalName,
    Licences,
    /// The "To" of a draft about to leave the app (not the customer record's contact email).
    Recipient,
    /// A customer's relationship, as an import reads and changes it.
    Relationship,
    /// A staff member's name, email and role as a Global admin types them (not one's own).
    MemberName,
    MemberEmail,
    MemberRole,
    /// The database login a staff member connects with.
    Login,
    /// Whether a staff member may still work in the workspace.
    Active,
    /// A team workspace's server, port, database and encryption.
    Host,
    Port,
    Database,
    Tls,
    /// A team workspace login's password.
    Password,
    /// A GDAP admin relationship's name, duration, roles, auto-extend and approval link.
    RelationshipName,
    DurationDays,
    Roles,
    AutoExtend,
    ApprovalLink,
    /// The day the customer approved an admin relationship.
    ApprovedOn,
    /// Why an admin relationship was ended.
    TerminationReason,
    /// A role template's name.
    TemplateName,
    /// A staff member's number of days before a reminder is due.
    ReminderDays,
    /// The customers chosen for a bulk request.
    Customers,
}

impl Field {
    /// Every field, for completeness tests of its messages.
    pub const ALL: [Field; 48] = [
        Field::CompanyName,
        Field::PartnerType,
        Field::TenantId,
        Field::PartnerId,
        Field::Cloud,
        Field::Country,
        Field::StaffName,
        Field::StaffRole,
        Field::Language,
        Field::PrimaryDomain,
        Field::MicrosoftId,
        Field::ContactName,
        Field::ContactEmail,
        Field::Tags,
        Field::Notes,
        Field::Provider,
        Field::ProviderTenantId,
        Field::LinkHost,
        Field::Subject,
        Field::Body,
        Field::Attestation,
        Field::Offer,
        Field::Quantity,
        Field::DisplayName,
        Field::UserPrincipalName,
        Field::Licences,
        Field::Recipient,
        Field::Relationship,
        Field::MemberName,
        Field::MemberEmail,
        Field::MemberRole,
        Field::Login,
        Field::Active,
        Field::Host,
        Field::Port,
        Field::Database,
        Field::Tls,
        Field::Password,
        Field::RelationshipName,
        Field::DurationDays,
        Field::Roles,
        Field::AutoExtend,
        Field::ApprovalLink,
        Field::ApprovedOn,
        Field::TerminationReason,
        Field::TemplateName,
        Field::ReminderDays,
        Field::Customers,
    ];

    /// The FTL message that labels this field.
    pub fn message_id(self) -> String {
        let camel = serde_json::to_value(self).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
        let mut id = String::from("field-");
        for c in camel.chars() {
            if c.is_ascii_uppercase() {
                id.push('-');
            }
            id.push(c.to_ascii_lowercase());
        }
        id
    }
}

/// A value rule of docs/domain.md §8 that an input broke.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    Required,
    TooLong {
        max: u32,
    },
    TooMany {
        max: u32,
    },
    Guid,
    PartnerId,
    CompanyName,
    DomainName,
    OnMicrosoftPrefix,
    Email,
    EmailMicrosoft,
    Choice,
    Tag,
    /// Another customer already has this value.
    Taken,
    /// Another indirect provider already has this tenant ID.
    ProviderTaken,
    /// The customer already has a user with this user name.
    UserTaken,
    Quantity,
    /// The attestation must be given.
    Attest,
    /// The text holds a character that is invisible or turns the text's direction.
    HiddenCharacter {
        code_point: u32,
    },
    /// The nil GUID (all zeros) names no tenant.
    NilGuid,
    /// A Partner ID is not 0 and has no leading zeros.
    PartnerIdZero,
    /// `onmicrosoft.com` alone is nobody's domain.
    OnMicrosoftBare,
    /// The partner's own tenant ID where another partner's is needed.
    OwnTenant,
    /// An indirect provider's tenant ID where the partner's own is needed.
    ProviderTenant,
    /// A link host that is not one of the acceptance hosts Microsoft publishes for the cloud.
    KnownHost {
        cloud: Cloud,
    },
    /// Chosen once at first-run setup, never changed afterwards (the staff member's own role).
    Fixed,
    /// A database login as `psql` takes it unquoted.
    Login,
    /// Another staff member already has this login.
    LoginTaken,
    /// Nobody changes their own role or deactivates themselves.
    OwnRole,
    /// The workspace keeps at least one active Global admin.
    LastGlobalAdmin,
    /// No database login of this name exists on the server.
    NoSuchLogin,
    /// A server's name or IP address.
    ServerHost,
    /// A TCP port, 1 to 65535.
    Port,
    /// A database name usable in a URL as it is.
    DatabaseName,
    /// The system's keychain could not keep a password.
    Keychain,
    /// An admin relationship's name: letters, digits, hyphens and underscores.
    RelationshipName,
    /// Another admin relationship already has this name.
    RelationshipTaken,
    /// A GDAP duration: 1 to 730 days.
    DurationDays,
    /// Auto-extend is not allowed with Global Administrator among the roles.
    AutoExtendGlobalAdmin,
    /// Not a GDAP approval link of the partner's cloud.
    ApprovalLink {
        cloud: Cloud,
    },
    /// This approval link is recorded for another admin relationship already.
    ApprovalLinkTaken,
    /// An approval day outside the request's life: before it, after today, or after it expired.
    ApprovalDate,
    /// A day written `YYYY-MM-DD`.
    Date,
    /// Another role template already has this name.
    TemplateTaken,
    /// Days before a reminder: 1 to 365.
    ReminderDays,
}

impl Rule {
    /// Every rule, for completeness tests of its messages.
    pub const ALL: [Rule; 44] = [
        Rule::Required,
        Rule::TooLong { max: 1 },
        Rule::TooMany { max: 1 },
        Rule::Guid,
        Rule::PartnerId,
        Rule::CompanyName,
        Rule::DomainName,
        Rule::OnMicrosoftPrefix,
        Rule::Email,
        Rule::EmailMicrosoft,
        Rule::Choice,
        Rule::Tag,
        Rule::Taken,
        Rule::ProviderTaken,
        Rule::UserTaken,
        Rule::Quantity,
        Rule::Attest,
        Rule::HiddenCharacter { code_point: 0x202e },
        Rule::NilGuid,
        Rule::PartnerIdZero,
        Rule::OnMicrosoftBare,
        Rule::OwnTenant,
        Rule::ProviderTenant,
        Rule::KnownHost { cloud: Cloud::Public },
        Rule::Fixed,
        Rule::Login,
        Rule::LoginTaken,
        Rule::OwnRole,
        Rule::LastGlobalAdmin,
        Rule::NoSuchLogin,
        Rule::ServerHost,
        Rule::Port,
        Rule::DatabaseName,
        Rule::Keychain,
        Rule::RelationshipName,
        Rule::RelationshipTaken,
        Rule::DurationDays,
        Rule::AutoExtendGlobalAdmin,
        Rule::ApprovalLink { cloud: Cloud::Public },
        Rule::ApprovalLinkTaken,
        Rule::ApprovalDate,
        Rule::Date,
        Rule::TemplateTaken,
        Rule::ReminderDays,
    ];

    fn message(self, lang: Language) -> String {
        let mut args = FluentArgs::new();
        let id = match self {
            Rule::Required => "rule-required",
            Rule::TooLong { max } => {
                args.set("max", max);
                "rule-too-long"
            }
            Rule::TooMany { max } => {
                args.set("max", max);
                "rule-too-many"
            }
            Rule::Guid => "rule-guid",
            Rule::PartnerId => "rule-partner-id",
            Rule::CompanyName => "rule-company-name",
            Rule::DomainName => "rule-domain-name",
            Rule::OnMicrosoftPrefix => "rule-onmicrosoft-prefix",
            Rule::Email => "rule-email",
            Rule::EmailMicrosoft => "rule-email-microsoft",
            Rule::Choice => "rule-choice",
            Rule::Tag => "rule-tag",
            Rule::Taken => "rule-taken",
            Rule::ProviderTaken => "rule-taken-provider",
            Rule::UserTaken => "rule-taken-user",
            Rule::Quantity => "rule-quantity",
            Rule::Attest => "rule-attest",
            Rule::HiddenCharacter { code_point } => {
                args.set("char", format!("U+{code_point:04X}"));
                "rule-hidden-character"
            }
            Rule::NilGuid => "rule-nil-guid",
            Rule::PartnerIdZero => "rule-partner-id-zero",
            Rule::OnMicrosoftBare => "rule-onmicrosoft-bare",
            Rule::OwnTenant => "rule-own-tenant",
            Rule::ProviderTenant => "rule-provider-tenant",
            Rule::KnownHost { cloud } => {
                args.set("cloud", cloud.name(lang));
                args.set("hosts", cloud.acceptance_hosts().iter().map(|h| h.host).collect::<Vec<_>>().join(", "));
                "rule-known-host"
            }
            Rule::Fixed => "rule-fixed",
            Rule::Login => "rule-login",
            Rule::LoginTaken => "rule-login-taken",
            Rule::OwnRole => "rule-own-role",
            Rule::LastGlobalAdmin => "rule-last-global-admin",
            Rule::NoSuchLogin => "rule-no-such-login",
            Rule::ServerHost => "rule-server-host",
            Rule::Port => "rule-port",
            Rule::DatabaseName => "rule-database-name",
            Rule::Keychain => "rule-keychain",
            Rule::RelationshipName => "rule-relationship-name",
            Rule::RelationshipTaken => "rule-relationship-taken",
            Rule::DurationDays => "rule-duration-days",
            Rule::AutoExtendGlobalAdmin => "rule-auto-extend-global-admin",
            Rule::ApprovalLink { cloud } => {
                args.set("cloud", cloud.name(lang));
                args.set("hosts", cloud.acceptance_hosts().iter().map(|h| h.host).collect::<Vec<_>>().join(", "));
                "rule-approval-link"
            }
            Rule::ApprovalLinkTaken => "rule-approval-link-taken",
            Rule::ApprovalDate => "rule-approval-date",
            Rule::Date => "rule-date",
            Rule::TemplateTaken => "rule-template-taken",
            Rule::ReminderDays => "rule-reminder-days",
        };
        i18n::text(lang, id, Some(&args))
    }
}

/// One broken rule in one field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub rule: Rule,
}

/// What Liaison refuses or fails to do.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// One or more inputs broke a rule; nothing was saved.
    #[error("invalid input: {0:?}")]
    Invalid(Vec<FieldError>),
    /// The record asked for does not exist.
    #[error("customer {0} not found")]
    CustomerNotFound(i64),
    /// The staff member's Partner Center role does not allow the action.
    #[error("a {role:?} may not {action:?}")]
    Forbidden { action: Action, role: Role },
    /// The record asked for does not exist.
    #[error("{0:?} {1} not found")]
    NotFound(Entity, i64),
    /// The draft's text no longer holds the exact invitation link.
    #[error("the invitation link was removed or altered")]
    LinkRemoved,
    /// The draft is too long for a `mailto:` URL that mail handlers keep whole.
    #[error("mailto URL of {length} characters, over {limit}")]
    MailtoTooLong { length: u32, limit: u32 },
    /// The relationship cannot be removed while these subscriptions are active.
    #[error("active subscriptions: {0:?}")]
    ActiveSubscriptions(Vec<String>),
    /// The action does not fit where the record stands now (an invitation already accepted, a
    /// relationship not yet established).
    #[error("not possible now: {0:?}")]
    WrongState(StateConflict),
    /// A team workspace could not be reached or used; `detail` is the driver's own words, for the log.
    #[error("team workspace: {0:?}: {1}")]
    Workspace(crate::WorkspaceFault, String),
    /// The record changed after the form was opened (by `by`, at `at`); nothing was written,
    /// so that change is not silently undone.
    #[error("changed meanwhile by {by} at {at}")]
    EditedMeanwhile { by: String, at: String },
    /// The operating system could not open the mail application or a web page.
    #[error("could not open: {0}")]
    OpenFailed(String),
    /// The clipboard could not be written.
    #[error("clipboard: {0}")]
    Clipboard(String),
    /// A CSV file lacks columns Liaison needs.
    #[error("CSV columns missing: {0:?}")]
    CsvColumns(Vec<String>),
    /// A CSV file cannot be read, or breaks a limit.
    #[error("CSV file: {0:?}")]
    Csv(crate::csv::CsvProblem),
    /// The user stopped the work; nothing was changed.
    #[error("cancelled")]
    Cancelled,
    /// The action needs the partner profile, which first-run setup has not saved yet.
    #[error("the partner profile has not been set up")]
    ProfileMissing,
    /// The customer's country or region is outside the partner's country and its CSP region
    /// (Partner Center: "a customer in your country or in the same region"); the user may go on
    /// after this warning.
    #[error("customer in {customer}, outside the market of a partner in {partner}")]
    OutsideRegion { customer: String, partner: String },
    #[error("storage: {0}")]
    Storage(#[from] sqlx::Error),
    /// The database could not be opened; it was left as it was.
    #[error("cannot open {}: {:?}: {}", .0.path.display(), .0.fault, .0.detail)]
    CannotOpen(Box<crate::OpenFailure>),
    #[error("database upgrade: {0}")]
    Migration(#[from] sqlx::migrate::MigrateError),
    #[error("file system: {0}")]
    Io(#[from] std::io::Error),
}

impl Error {
    /// A single broken rule.
    pub fn invalid(field: Field, rule: Rule) -> Error {
        Error::Invalid(vec![FieldError { field, rule }])
    }

    /// The stable code of this case.
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::Invalid(_) => ErrorCode::Invalid,
            Error::CustomerNotFound(_) | Error::NotFound(..) => ErrorCode::NotFound,
            Error::LinkRemoved => ErrorCode::LinkRemoved,
            Error::MailtoTooLong { .. } => ErrorCode::MailtoTooLong,
            Error::ActiveSubscriptions(_) => ErrorCode::ActiveSubscriptions,
            Error::WrongState(_) => ErrorCode::WrongState,
            Error::EditedMeanwhile { .. } => ErrorCode::EditedMeanwhile,
            Error::Workspace(crate::WorkspaceFault::Unreachable, _) => ErrorCode::Unreachable,
            Error::Workspace(..) => ErrorCode::Workspace,
            Error::OpenFailed(_) | Error::Clipboard(_) => ErrorCode::Handoff,
            Error::CsvColumns(_) | Error::Csv(_) => ErrorCode::Csv,
            Error::Cancelled => ErrorCode::Cancelled,
            Error::Forbidden { .. } => ErrorCode::Forbidden,
            Error::ProfileMissing => ErrorCode::ProfileMissing,
            Error::OutsideRegion { .. } => ErrorCode::OutsideRegion,
            Error::Storage(_) | Error::Migration(_) | Error::CannotOpen(_) => ErrorCode::Storage,
            Error::Io(_) => ErrorCode::FileSystem,
        }
    }

    /// The error as the UI receives it, in `lang`.
    pub fn to_api(&self, lang: Language) -> ApiError {
        let code = self.code();
        match self {
            Error::Invalid(errors) => {
                let fields: Vec<FieldMessage> = errors
                    .iter()
                    .map(|e| FieldMessage { field: e.field, message: field_message(lang, e.field, e.rule) })
                    .collect();
                let message = match fields.as_slice() {
                    [one] => one.message.clone(),
                    many => {
                        let mut args = FluentArgs::new();
                        args.set("count", many.len());
                        i18n::text(lang, "error-invalid-many", Some(&args))
                    }
                };
                ApiError { code, message, field: fields.first().map(|f| f.field), fields }
            }
            Error::Forbidden { action, role } => ApiError::plain(code, action.forbidden_reason(lang, *role)),
            Error::CustomerNotFound(_) => ApiError::plain(code, i18n::text(lang, "error-customer-not-found", None)),
            Error::NotFound(entity, _) => ApiError::plain(code, i18n::text(lang, entity.not_found_id(), None)),
            Error::LinkRemoved => ApiError {
                field: Some(Field::Body),
                fields: vec![FieldMessage {
                    field: Field::Body,
                    message: i18n::text(lang, "error-link-removed", None),
                }],
                ..ApiError::plain(code, i18n::text(lang, "error-link-removed", None))
            },
            Error::MailtoTooLong { length, limit } => {
                let mut args = FluentArgs::new();
                args.set("length", *length);
                args.set("limit", *limit);
                ApiError::plain(code, i18n::text(lang, "error-mailto-too-long", Some(&args)))
            }
            Error::ActiveSubscriptions(names) => {
                let mut args = FluentArgs::new();
                args.set("count", names.len());
                args.set("subscriptions", names.join(", "));
                ApiError::plain(code, i18n::text(lang, "error-active-subscriptions", Some(&args)))
            }
            Error::WrongState(conflict) => ApiError::plain(code, i18n::text(lang, conflict.message_id(), None)),
            Error::Workspace(fault, _) => ApiError::plain(code, i18n::text(lang, fault.message_id(), None)),
            Error::EditedMeanwhile { by, at } => {
                let mut args = FluentArgs::new();
                args.set("by", by.clone());
                // Stored as RFC 3339 UTC; shown to the minute.
                args.set("at", at.get(..16).unwrap_or(at).replace('T', " "));
                ApiError::plain(code, i18n::text(lang, "error-edited-meanwhile", Some(&args)))
            }
            Error::OpenFailed(e) => ApiError::plain(code, with_detail(lang, "error-open-failed", e)),
            Error::Clipboard(e) => ApiError::plain(code, with_detail(lang, "error-clipboard", e)),
            Error::CsvColumns(missing) => {
                ApiError::plain(code, with_detail(lang, "error-csv-columns", &missing.join(", ")))
            }
            Error::Csv(problem) => ApiError::plain(code, problem.message(lang)),
            Error::Cancelled => ApiError::plain(code, i18n::text(lang, "error-cancelled", None)),
            Error::ProfileMissing => ApiError::plain(code, i18n::text(lang, "error-profile-missing", None)),
            Error::OutsideRegion { .. } => ApiError::plain(code, i18n::text(lang, "request-outside-region", None)),
            Error::Storage(e) => ApiError::plain(code, with_detail(lang, "error-storage", e)),
            Error::Migration(e) => ApiError::plain(code, with_detail(lang, "error-storage", e)),
            Error::CannotOpen(failure) => ApiError::plain(code, failure.notice(lang).message),
            Error::Io(e) => ApiError::plain(code, with_detail(lang, "error-file-system", e)),
        }
    }
}

/// A kind of record, for "not found".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entity {
    Provider,
    Invitation,
    Subscription,
    Backup,
    StaffMember,
    AdminRelationship,
    RoleTemplate,
}

impl Entity {
    fn not_found_id(self) -> &'static str {
        match self {
            Entity::Provider => "error-provider-not-found",
            Entity::Invitation => "error-invitation-not-found",
            Entity::Subscription => "error-subscription-not-found",
            Entity::Backup => "error-backup-not-found",
            Entity::StaffMember => "error-staff-not-found",
            Entity::AdminRelationship => "error-admin-relationship-not-found",
            Entity::RoleTemplate => "error-role-template-not-found",
        }
    }
}

/// Why an action does not fit a record's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StateConflict {
    /// Only an invitation still out can be accepted or cancelled.
    InvitationClosed,
    /// Only a customer with a reseller relationship can have it removed.
    NoRelationship,
    /// A removed customer is invited anew, not edited into a relationship.
    CustomerRemoved,
    /// Only an indirect reseller invites a customer together with an indirect provider.
    ProviderInvitationNotOffered,
    /// Only privileges the customer granted can be noted as taken back, and only once.
    NoDapToRemove,
    /// A backup is being restored; another restore waits for it to finish.
    RestoreRunning,
    /// A team workspace lives on a server; its backups are the server's, not Liaison's files.
    ServerBackups,
    /// The login connected to a team workspace is no staff member of it.
    NotStaff,
    /// The staff member was deactivated by a Global admin.
    Deactivated,
    /// A local file has exactly one staff member; colleagues need a team workspace.
    SingleStaff,
    /// The database has tables, but not Liaison's.
    NotAWorkspace,
    /// A newer Liaison upgraded the workspace.
    WorkspaceNewer,
    /// The workspace needs an upgrade that only its owner's login may make.
    WorkspaceBehind,
    /// Only a local file's records move into a team workspace.
    MoveNeedsFile,
    /// Records move into a workspace only as its owner: the database signs what a staff login
    /// writes with that login's own staff member.
    MoveNeedsOwner,
    /// Records move only into a workspace that holds none yet.
    WorkspaceNotEmpty,
    /// This file's records were already moved to a team workspace.
    AlreadyMoved,
    /// The copy in the workspace did not count the same as the file; nothing was moved.
    MoveMismatch,
    /// Only a request still waiting for the customer can be marked approved.
    GdapNotPending,
    /// Only a pending or active admin relationship can be ended.
    GdapEnded,
    /// Liaison knows Partner Center's address in the public cloud only.
    PartnerCenterElsewhere,
    /// Only an invitation or a GDAP request still waiting for the customer is chased.
    ReminderNotPending,
    /// A customer with an invitation still out is reminded, not invited again.
    InvitationPending,
}

impl StateConflict {
    fn message_id(self) -> &'static str {
        match self {
            StateConflict::InvitationClosed => "error-invitation-closed",
            StateConflict::NoRelationship => "error-no-relationship",
            StateConflict::CustomerRemoved => "error-customer-removed",
            StateConflict::ProviderInvitationNotOffered => "error-provider-invitation-not-offered",
            StateConflict::NoDapToRemove => "error-no-dap-to-remove",
            StateConflict::RestoreRunning => "error-restore-running",
            StateConflict::ServerBackups => "error-server-backups",
            StateConflict::NotStaff => "error-not-staff",
            StateConflict::Deactivated => "error-deactivated",
            StateConflict::SingleStaff => "error-single-staff",
            StateConflict::NotAWorkspace => "error-not-a-workspace",
            StateConflict::WorkspaceNewer => "error-workspace-newer",
            StateConflict::WorkspaceBehind => "error-workspace-behind",
            StateConflict::MoveNeedsFile => "error-move-needs-file",
            StateConflict::MoveNeedsOwner => "error-move-needs-owner",
            StateConflict::WorkspaceNotEmpty => "error-workspace-not-empty",
            StateConflict::AlreadyMoved => "error-already-moved",
            StateConflict::MoveMismatch => "error-move-mismatch",
            StateConflict::GdapNotPending => "error-gdap-not-pending",
            StateConflict::GdapEnded => "error-gdap-ended",
            StateConflict::PartnerCenterElsewhere => "error-partner-center-elsewhere",
            StateConflict::ReminderNotPending => "error-reminder-not-pending",
            StateConflict::InvitationPending => "error-invitation-pending",
        }
    }
}

/// `Field: rule`, the sentence shown beside an input and in error banners.
pub fn field_message(lang: Language, field: Field, rule: Rule) -> String {
    let mut args = FluentArgs::new();
    args.set("field", i18n::text(lang, &field.message_id(), None));
    args.set("rule", rule.message(lang));
    i18n::text(lang, "error-invalid-field", Some(&args))
}

fn with_detail(lang: Language, id: &str, detail: &dyn std::fmt::Display) -> String {
    let mut args = FluentArgs::new();
    args.set("detail", detail.to_string());
    i18n::text(lang, id, Some(&args))
}

/// The stable code of an [`Error`], for the UI to branch on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ErrorCode {
    Invalid,
    NotFound,
    Forbidden,
    ProfileMissing,
    LinkRemoved,
    MailtoTooLong,
    ActiveSubscriptions,
    WrongState,
    /// Someone saved the record after the form was opened; the form keeps what was typed.
    EditedMeanwhile,
    /// The team workspace's server does not answer (now); Liaison keeps trying.
    Unreachable,
    /// The team workspace refused the connection (login, encryption, database).
    Workspace,
    Handoff,
    Csv,
    Cancelled,
    Storage,
    FileSystem,
    /// A warning, not a refusal: the customer is outside the partner's country and region.
    OutsideRegion,
}

/// A field's message, in the user's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FieldMessage {
    pub field: Field,
    pub message: String,
}

/// An error as it crosses IPC.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ApiError {
    pub code: ErrorCode,
    /// The whole story in the user's language.
    pub message: String,
    /// The first field at fault, if the error is about input.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<Field>,
    /// Every field at fault with its own message.
    pub fields: Vec<FieldMessage>,
}

impl ApiError {
    fn plain(code: ErrorCode, message: String) -> ApiError {
        ApiError { code, message, field: None, fields: Vec::new() }
    }
}

/// Liaison's result.
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_ids_are_kebab_case() {
        assert_eq!(Field::TenantId.message_id(), "field-tenant-id");
        assert_eq!(Field::CompanyName.message_id(), "field-company-name");
        assert_eq!(Field::Tags.message_id(), "field-tags");
    }

    #[test]
    fn invalid_input_names_the_field_and_the_rule() {
        let api = Error::invalid(Field::TenantId, Rule::Guid).to_api(Language::EnUs);
        assert_eq!(api.code, ErrorCode::Invalid);
        assert_eq!(api.field, Some(Field::TenantId));
        assert!(api.message.starts_with("Partner tenant ID: "), "{}", api.message);
        assert!(api.message.contains("GUID"), "{}", api.message);
        let json = serde_json::to_value(&api).unwrap();
        assert_eq!(json["code"], "invalid");
        assert_eq!(json["field"], "tenantId");
    }

    #[test]
    fn a_hidden_character_is_named_by_its_code_point() {
        let api =
            Error::invalid(Field::CompanyName, Rule::HiddenCharacter { code_point: 0x202e }).to_api(Language::EnUs);
        assert_eq!(
            api.message,
            "Company name: contains an invisible or text-direction control character (U+202E); remove it."
        );
        let tag = Error::invalid(Field::Tags, Rule::HiddenCharacter { code_point: 0xe0041 }).to_api(Language::CsCz);
        assert!(tag.message.contains("U+E0041"), "{}", tag.message);
    }

    #[test]
    fn an_unknown_link_host_names_the_hosts_allowed() {
        let api =
            Error::invalid(Field::LinkHost, Rule::KnownHost { cloud: Cloud::UsGovernment }).to_api(Language::EnUs);
        assert!(api.message.starts_with("Link host: "), "{}", api.message);
        assert!(api.message.contains("portal.office365.us, portal.apps.mil"), "{}", api.message);
        assert!(api.message.contains("US Government"), "{}", api.message);
    }

    #[test]
    fn several_invalid_fields_are_counted() {
        let api = Error::Invalid(vec![
            FieldError { field: Field::CompanyName, rule: Rule::Required },
            FieldError { field: Field::PartnerId, rule: Rule::PartnerId },
        ])
        .to_api(Language::EnUs);
        assert_eq!(api.fields.len(), 2);
        assert!(api.message.contains('2'), "{}", api.message);
    }

    #[test]
    fn a_drafts_recipient_is_named_as_the_draft_labels_it() {
        for lang in crate::i18n::available() {
            let label = crate::i18n::text(lang, "draft-recipient", None);
            let message = field_message(lang, Field::Recipient, Rule::Email);
            assert!(message.starts_with(&format!("{label}: ")), "{lang:?}: {message}");
            assert!(!message.starts_with(&crate::i18n::text(lang, "field-contact-email", None)), "{lang:?}: {message}");
        }
    }

    #[test]
    fn each_taken_rule_says_who_has_the_value() {
        for lang in crate::i18n::available() {
            let [customer, provider, user] =
                [Rule::Taken, Rule::ProviderTaken, Rule::UserTaken].map(|r| r.message(lang));
            assert!(
                customer != provider && provider != user && user != customer,
                "{lang:?}: {customer} / {provider} / {user}"
            );
        }
        let api = Error::invalid(Field::ProviderTenantId, Rule::ProviderTaken).to_api(Language::EnUs);
        assert_eq!(api.message, "Provider tenant ID: another indirect provider already has this tenant ID.");
        let api = Error::invalid(Field::UserPrincipalName, Rule::UserTaken).to_api(Language::EnUs);
        assert_eq!(api.message, "User name: this customer already has a user with this user name.");
    }

    #[test]
    fn every_field_and_rule_has_words_in_every_language() {
        for lang in crate::i18n::available() {
            for field in Field::ALL {
                for rule in Rule::ALL {
                    let m = field_message(lang, field, rule);
                    assert!(!m.contains("field-") && !m.contains("rule-"), "{lang:?}: {m}");
                }
            }
        }
    }
}
