//! Granular delegated admin privileges (docs/domain.md §1.7): the admin relationship a partner
//! requests per customer, limited in time, with Microsoft Entra built-in roles; its rules, its
//! approval link, and its dates.
//!
//! Liaison works offline: the relationship is created in Partner Center (or through Graph), and
//! the user brings its approval link here, where the request email is drafted and the
//! relationship is tracked until it ends.

use crate::validate::{self, Lines};
use crate::{Cloud, Draft, Field, FieldError, Language, PartnerType, Role, Rule};
use serde::{Deserialize, Serialize};
use time::{Date, Duration, Month};
use ts_rs::TS;

/// The longest admin relationship name Microsoft accepts (`displayName`, "Maximum length is 50").
pub const MAX_NAME_CHARS: usize = 50;
/// The shortest and longest duration Partner Center offers, in days (`P1D` to `P2Y`).
pub const DURATION_DAYS: std::ops::RangeInclusive<u32> = 1..=730;
/// How long a request waits for the customer before Microsoft lets it expire.
pub const REQUEST_DAYS: i64 = 90;
/// How far an auto-extended relationship's end moves each time it is reached.
pub const EXTENSION_MONTHS: u8 = 6;
/// How close an end must be for the overview to list the relationship as ending soon.
pub const ENDING_SOON_DAYS: i64 = 60;
/// Global Administrator's template ID: never auto-extended.
pub const GLOBAL_ADMINISTRATOR: &str = "62e90394-69f5-4237-9190-012177145e10";

/// A Microsoft Entra built-in role a GDAP relationship can grant (custom roles cannot be).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EntraRole {
    /// The role's template ID, the same in every tenant.
    pub id: &'static str,
    /// Microsoft's name, shown as it is in every language: Graph and the current localized
    /// permissions reference give the built-in roles' names in English, and the translations
    /// Microsoft once published varied from one revision to the next, so only the English name
    /// is one the customer can match in their admin center. The ID is shown beside it.
    pub name: &'static str,
    /// The partner types whose customers get the role in Microsoft's *Default GDAP* set.
    default_for: &'static [PartnerType],
}

const ALL_TYPES: &[PartnerType] =
    &[PartnerType::DirectBill, PartnerType::IndirectProvider, PartnerType::IndirectReseller];
const DIRECT_AND_PROVIDERS: &[PartnerType] = &[PartnerType::DirectBill, PartnerType::IndirectProvider];

const fn role(id: &'static str, name: &'static str, default_for: &'static [PartnerType]) -> EntraRole {
    EntraRole { id, name, default_for }
}

/// The roles Liaison offers, Microsoft's *Default GDAP* set first (Partner Center's GDAP FAQ;
/// template IDs from Microsoft Entra's permissions reference), then the others partners ask for
/// most, by name.
pub const ENTRA_ROLES: &[EntraRole] = &[
    role("88d8e3e3-8f55-4a1e-953a-9b9898b8876b", "Directory Readers", ALL_TYPES),
    role("9360feb5-f418-4baa-8175-e2a00bac4301", "Directory Writers", ALL_TYPES),
    role("4d6ac14f-3453-41d0-bef9-a3e0c569773a", "License Administrator", ALL_TYPES),
    role("f023fd81-a637-4b56-95fd-791ac0226033", "Service Support Administrator", ALL_TYPES),
    role("fe930be7-5e62-47db-91af-98c3a49a38b1", "User Administrator", ALL_TYPES),
    role("e8611ab8-c189-46e8-94e1-60213ab1f814", "Privileged Role Administrator", ALL_TYPES),
    role("729827e3-9c14-49f7-bb1b-9608f156bbb8", "Helpdesk Administrator", ALL_TYPES),
    role("7be44c8a-adaf-4e2a-84d6-ab2649e08a13", "Privileged Authentication Administrator", ALL_TYPES),
    role("158c047a-c907-4556-b7ef-446551a6b5f7", "Cloud Application Administrator", DIRECT_AND_PROVIDERS),
    role("9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3", "Application Administrator", DIRECT_AND_PROVIDERS),
    role("f2ef992c-3afb-46b9-b7cf-a126ee74c451", "Global Reader", ALL_TYPES),
    role("c4e39bd9-1100-46d3-8c65-fb160da0071f", "Authentication Administrator", &[]),
    role("b0f54661-2d74-4c50-afa3-1ec803f12efe", "Billing Administrator", &[]),
    role("7698a772-787b-4ac8-901f-60d6b08affd2", "Cloud Device Administrator", &[]),
    role("17315797-102d-40b4-93e0-432062caca18", "Compliance Administrator", &[]),
    role("b1be1c3e-b65d-4f19-8427-f6fa0d97feb9", "Conditional Access Administrator", &[]),
    role("8329153b-31d0-4727-b945-745eb3bc5f31", "Domain Name Administrator", &[]),
    role("44367163-eba1-44c3-98af-f5787879f96a", "Dynamics 365 Administrator", &[]),
    role("29232cdf-9323-42fd-ade2-1d097af3e4de", "Exchange Administrator", &[]),
    role("be2f45a1-457d-42af-a067-6ec1fa63bc45", "External Identity Provider Administrator", &[]),
    role(GLOBAL_ADMINISTRATOR, "Global Administrator", &[]),
    role("fdd7a751-b60b-444a-984c-02652fe8fa1c", "Groups Administrator", &[]),
    role("3a2c62db-5318-420d-8d74-23affee5d9d5", "Intune Administrator", &[]),
    role("790c1fb9-7f7d-4f88-86a1-ef1f95c05c1b", "Message Center Reader", &[]),
    role("2b745bdf-0803-4d80-aa65-822c4493daac", "Office Apps Administrator", &[]),
    role("11648597-926c-4cf3-9c36-bcebb0ba8dcc", "Power Platform Administrator", &[]),
    role("4a5d8f65-41da-4de4-8968-e035b65339cf", "Reports Reader", &[]),
    role("194ae4cb-b126-40b2-bd5b-6091b380977d", "Security Administrator", &[]),
    role("5d6b6bb7-de71-4623-b4af-96380a352509", "Security Reader", &[]),
    role("f28a1f50-f6e7-4571-818b-6a12f2af6b6c", "SharePoint Administrator", &[]),
    role("69091246-20e8-4a56-aa4d-066075b2a7a8", "Teams Administrator", &[]),
    role("11451d60-acb2-45eb-a7d6-43d0f0125c13", "Windows 365 Administrator", &[]),
];

impl EntraRole {
    /// The role with template ID `id` (any case, braces allowed), if Liaison offers it.
    pub fn by_id(id: &str) -> Option<&'static EntraRole> {
        let id = validate::guid(id).ok()?;
        ENTRA_ROLES.iter().find(|r| r.id == id)
    }

    /// Whether Microsoft's *Default GDAP* set for customers of a `partner_type` holds the role.
    pub fn in_default_set(&self, partner_type: PartnerType) -> bool {
        self.default_for.contains(&partner_type)
    }
}

/// The template IDs of Microsoft's *Default GDAP* role set for a partner of `partner_type`
/// (the two application administrator roles are not in an indirect reseller's).
pub fn default_roles(partner_type: PartnerType) -> Vec<String> {
    ENTRA_ROLES.iter().filter(|r| r.in_default_set(partner_type)).map(|r| r.id.to_owned()).collect()
}

/// An admin relationship's name, as Microsoft allows it: 1 to 50 letters, digits, hyphens and
/// underscores (it is shown to the customer in the Microsoft 365 admin center).
pub fn relationship_name(raw: &str) -> Result<String, Rule> {
    let name = raw.trim();
    if name.is_empty() {
        return Err(Rule::Required);
    }
    if !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
        return Err(Rule::RelationshipName);
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(Rule::TooLong { max: MAX_NAME_CHARS as u32 });
    }
    Ok(name.to_owned())
}

/// A name to propose for a new relationship with `company`: its letters without accents and its
/// digits, the rest folded into single hyphens, then `-GDAP` (`Contoso-s-r-o-GDAP`); with `n` > 1,
/// `-GDAP-n` for the next when that is taken. Always a valid [`relationship_name`].
pub fn proposed_name(company: &str, n: u32) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut stem = String::new();
    for c in company.nfd().filter(|c| !unicode_normalization::char::is_combining_mark(*c)) {
        if c.is_ascii_alphanumeric() {
            stem.push(c);
        } else if !stem.is_empty() && !stem.ends_with('-') {
            stem.push('-');
        }
    }
    let suffix = if n > 1 { format!("-GDAP-{n}") } else { "-GDAP".to_owned() };
    let room = MAX_NAME_CHARS - suffix.len();
    let stem: String = stem.chars().take(room).collect();
    let stem = stem.trim_end_matches('-');
    format!("{}{suffix}", if stem.is_empty() { "Customer" } else { stem })
}

/// A duration in days, 1 to 730.
pub fn duration_days(days: u32) -> Result<u32, Rule> {
    if DURATION_DAYS.contains(&days) {
        Ok(days)
    } else {
        Err(Rule::DurationDays)
    }
}

/// The roles chosen, as template IDs in the catalogue's order without repeats: at least one,
/// each a role Liaison offers.
pub fn roles(ids: &[String]) -> Result<Vec<String>, Rule> {
    let mut chosen = Vec::with_capacity(ids.len());
    for id in ids {
        chosen.push(EntraRole::by_id(id).ok_or(Rule::Choice)?);
    }
    if chosen.is_empty() {
        return Err(Rule::Required);
    }
    Ok(ENTRA_ROLES.iter().filter(|r| chosen.contains(r)).map(|r| r.id.to_owned()).collect())
}

/// Auto-extend is refused when Global Administrator is among the roles (Microsoft: "Don't
/// autoextend GDAP with Global Administrator").
pub fn auto_extend(auto_extend: bool, roles: &[String]) -> Result<bool, Rule> {
    if auto_extend && roles.iter().any(|r| r == GLOBAL_ADMINISTRATOR) {
        Err(Rule::AutoExtendGlobalAdmin)
    } else {
        Ok(auto_extend)
    }
}

/// What a request asks for, as the user chose it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GdapTerms {
    pub name: String,
    pub duration_days: u32,
    /// Role template IDs.
    pub roles: Vec<String>,
    pub auto_extend: bool,
}

/// [`GdapTerms`] checked, in stored form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidTerms {
    pub name: String,
    pub duration_days: u32,
    pub roles: Vec<String>,
    pub auto_extend: bool,
}

impl GdapTerms {
    /// Every rule of the terms, each broken one named with its field.
    pub fn validate(&self) -> Result<ValidTerms, Vec<FieldError>> {
        let name = relationship_name(&self.name);
        let shared = self.validate_shared();
        match (name, shared) {
            (Ok(name), Ok(shared)) => Ok(ValidTerms { name, ..shared }),
            (name, shared) => {
                let mut broken: Vec<FieldError> =
                    name.err().map(|rule| FieldError { field: Field::RelationshipName, rule }).into_iter().collect();
                broken.extend(shared.err().unwrap_or_default());
                Err(broken)
            }
        }
    }

    /// The rules of the terms many relationships share (all but the name, which is each one's
    /// own): duration, roles and auto-extend. The valid terms' name is left empty.
    pub fn validate_shared(&self) -> Result<ValidTerms, Vec<FieldError>> {
        fn check<T>(broken: &mut Vec<FieldError>, field: Field, r: Result<T, Rule>) -> Option<T> {
            r.map_err(|rule| broken.push(FieldError { field, rule })).ok()
        }
        let mut broken = Vec::new();
        let duration_days = check(&mut broken, Field::DurationDays, duration_days(self.duration_days));
        let roles = check(&mut broken, Field::Roles, roles(&self.roles));
        let auto_extend =
            check(&mut broken, Field::AutoExtend, auto_extend(self.auto_extend, roles.as_deref().unwrap_or_default()));
        match (duration_days, roles, auto_extend) {
            (Some(duration_days), Some(roles), Some(auto_extend)) => {
                Ok(ValidTerms { name: String::new(), duration_days, roles, auto_extend })
            }
            _ => Err(broken),
        }
    }
}

/// A GDAP approval link as Partner Center or Graph gives it, and the relationship it names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApprovalLink {
    /// The link as it goes into the email: `https://<host>/AdminPortal/Home#/partners/invitation/granularAdminRelationships/<id>`.
    pub link: String,
    /// The admin relationship's ID, lower case: a GUID, or two joined by a hyphen.
    pub relationship_id: String,
}

/// The fragment's path before the relationship ID.
const APPROVAL_PATH: &str = "/partners/invitation/granularAdminRelationships/";

/// `raw` as the approval link of a GDAP relationship of the partner's `cloud`: `https` on one of
/// the cloud's admin portal hosts, the admin portal's home page, and a fragment naming a
/// relationship ID. Anything else (a reseller invitation link, another cloud's host, a link with
/// a query or credentials, a broken ID) is [`Rule::ApprovalLink`].
pub fn approval_link(raw: &str, cloud: Cloud) -> Result<ApprovalLink, Rule> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err(Rule::Required);
    }
    if let Some(c) = validate::hidden_character(raw, Lines::One) {
        return Err(Rule::HiddenCharacter { code_point: c as u32 });
    }
    let wrong = Rule::ApprovalLink { cloud };
    let url = url::Url::parse(raw).map_err(|_| wrong)?;
    let host = url.host_str().ok_or(wrong)?;
    let host = cloud.acceptance_hosts().iter().map(|h| h.host).find(|h| *h == host).ok_or(wrong)?;
    let plain = url.scheme() == "https"
        && url.username().is_empty()
        && url.password().is_none()
        && url.port().is_none()
        && url.query().is_none()
        && url.path().eq_ignore_ascii_case("/adminportal/home");
    let fragment = url.fragment().filter(|_| plain).ok_or(wrong)?;
    let id = fragment
        .get(..APPROVAL_PATH.len())
        .filter(|p| p.eq_ignore_ascii_case(APPROVAL_PATH))
        .map(|_| &fragment[APPROVAL_PATH.len()..])
        .ok_or(wrong)?;
    let relationship_id = relationship_id(id).ok_or(wrong)?;
    Ok(ApprovalLink {
        link: format!("https://{host}/AdminPortal/Home#{APPROVAL_PATH}{relationship_id}"),
        relationship_id,
    })
}

/// An admin relationship ID in lower case: one GUID, or two joined by a hyphen (the form Graph
/// gives a relationship created for a named customer).
fn relationship_id(raw: &str) -> Option<String> {
    let is_guid = |s: &str| {
        s.len() == 36
            && s.char_indices()
                .all(|(i, c)| if [8, 13, 18, 23].contains(&i) { c == '-' } else { c.is_ascii_hexdigit() })
    };
    let id = raw.to_ascii_lowercase();
    let whole = match id.len() {
        36 => is_guid(&id),
        73 => is_guid(&id[..36]) && id.as_bytes()[36] == b'-' && is_guid(&id[37..]),
        _ => false,
    };
    (whole && validate::guid(&id[..36]).is_ok()).then_some(id)
}

/// Where a relationship stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum GdapStatus {
    /// Sent to the customer, not yet approved, not yet expired.
    PendingApproval,
    Active,
    /// Not approved within 90 days, or past its end without auto-extend.
    Expired,
    /// Ended by the partner or the customer before its time.
    Terminated,
}

impl GdapStatus {
    /// Every status, in the overview's order.
    pub const ALL: [GdapStatus; 4] =
        [GdapStatus::PendingApproval, GdapStatus::Active, GdapStatus::Expired, GdapStatus::Terminated];

    /// The name it is counted by (its serialized name).
    pub fn as_str(self) -> &'static str {
        match self {
            GdapStatus::PendingApproval => "pending_approval",
            GdapStatus::Active => "active",
            GdapStatus::Expired => "expired",
            GdapStatus::Terminated => "terminated",
        }
    }

    /// The FTL message of its name.
    pub fn message_id(self) -> &'static str {
        match self {
            GdapStatus::PendingApproval => "gdap-status-pending-approval",
            GdapStatus::Active => "gdap-status-active",
            GdapStatus::Expired => "gdap-status-expired",
            GdapStatus::Terminated => "gdap-status-terminated",
        }
    }
}

/// The dates a relationship's status follows from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lifecycle {
    pub requested_on: Date,
    pub duration_days: u32,
    pub auto_extend: bool,
    pub approved_on: Option<Date>,
    pub terminated_on: Option<Date>,
}

impl Lifecycle {
    /// The day a request still waiting for approval expires: 90 days after it was sent.
    pub fn request_expires_on(&self) -> Date {
        self.requested_on.saturating_add(Duration::days(REQUEST_DAYS))
    }

    /// The day an approved relationship ends, first: approval plus its duration.
    pub fn first_end(&self) -> Option<Date> {
        self.approved_on.map(|a| a.saturating_add(Duration::days(i64::from(self.duration_days))))
    }

    /// The day the relationship ends as it stands on `today`: an auto-extended one has moved
    /// its end on by six months each time the end came.
    pub fn ends_on(&self, today: Date) -> Option<Date> {
        let mut end = self.first_end()?;
        while self.auto_extend && end <= today {
            end = add_months(end, EXTENSION_MONTHS);
        }
        Some(end)
    }

    /// The status on `today`.
    pub fn status(&self, today: Date) -> GdapStatus {
        if self.terminated_on.is_some() {
            return GdapStatus::Terminated;
        }
        match self.ends_on(today) {
            Some(end) if end > today => GdapStatus::Active,
            Some(_) => GdapStatus::Expired,
            None if self.request_expires_on() > today => GdapStatus::PendingApproval,
            None => GdapStatus::Expired,
        }
    }

    /// Checks an approval date: not before the request, not after `today`, and before the
    /// request expired.
    pub fn check_approval(&self, approved_on: Date, today: Date) -> Result<(), Rule> {
        if approved_on < self.requested_on || approved_on > today || approved_on >= self.request_expires_on() {
            Err(Rule::ApprovalDate)
        } else {
            Ok(())
        }
    }
}

/// A request for an admin relationship with a customer: its terms, the approval link Partner
/// Center gave for it, and the draft's language (the customer's own when not chosen).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GdapRequest {
    #[ts(type = "number")]
    pub customer_id: i64,
    pub terms: GdapTerms,
    pub approval_link: String,
    /// The role template the roles were taken from, recorded with the request.
    pub template_name: Option<String>,
    pub language: Option<Language>,
}

/// A request ready for review: the approval link and the draft, editable but for the link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PreparedGdapRequest {
    pub link: String,
    pub relationship_id: String,
    pub draft: Draft,
}

/// An admin relationship as Liaison tracks it, with its status on the day it is read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AdminRelationship {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub customer_id: i64,
    pub customer_name: String,
    pub name: String,
    pub relationship_id: String,
    pub link: String,
    pub duration_days: u32,
    pub auto_extend: bool,
    /// Role template IDs, in the catalogue's order.
    pub roles: Vec<String>,
    pub template_name: Option<String>,
    pub recipient: String,
    pub language: Language,
    pub subject: String,
    pub body: String,
    pub sent_by_name: String,
    pub sent_by_role: Role,
    pub sent_at: String,
    /// `YYYY-MM-DD`, as every day below.
    pub requested_on: String,
    /// When a request not yet approved expires.
    pub expires_on: String,
    pub approved_on: Option<String>,
    /// When an approved relationship ends, as it stands today (auto-extend moves it on).
    pub ends_on: Option<String>,
    pub terminated_on: Option<String>,
    pub termination_reason: Option<String>,
    pub status: GdapStatus,
    /// Whole days since it was requested.
    pub age_days: u32,
    /// When a reminder was last sent, if one was.
    pub reminded_at: Option<String>,
    /// Whether a reminder is due, after the staff member's number of days (in lists only).
    pub reminder_due: bool,
}

/// A named set of roles to request GDAP with. The built-in one is Microsoft's *Default GDAP*
/// set for the partner's type; it has no ID and cannot be changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RoleTemplate {
    #[ts(type = "number | null")]
    pub id: Option<i64>,
    pub name: String,
    pub roles: Vec<String>,
}

/// A role template as the user types it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RoleTemplateInput {
    pub name: String,
    pub roles: Vec<String>,
}

impl RoleTemplateInput {
    /// The name (one line, at most 50 characters) and the roles, checked.
    pub fn validate(&self) -> Result<RoleTemplateInput, Vec<FieldError>> {
        let mut broken = Vec::new();
        let name = match validate::one_line(&self.name, MAX_NAME_CHARS) {
            Ok(n) if n.is_empty() => Err(Rule::Required),
            other => other,
        }
        .map_err(|rule| broken.push(FieldError { field: Field::TemplateName, rule }))
        .unwrap_or_default();
        let roles = roles(&self.roles).map_err(|rule| broken.push(FieldError { field: Field::Roles, rule }));
        match roles {
            Ok(roles) if broken.is_empty() => Ok(RoleTemplateInput { name, roles }),
            _ => Err(broken),
        }
    }
}

/// How many relationships stand in one status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StatusCount {
    pub status: GdapStatus,
    pub count: u32,
}

/// A customer named in the overview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, sqlx::FromRow)]
#[serde(rename_all = "camelCase")]
pub struct CustomerRef {
    #[ts(type = "number")]
    pub id: i64,
    pub company_name: String,
}

/// The GDAP overview, like Partner Center's GDAP analytics: counts per status, requests waiting
/// for approval (oldest first), relationships ending within 60 days, expired ones, and the
/// reseller customers with no active relationship. Each list holds at most [`OVERVIEW_ROWS`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GdapOverview {
    pub counts: Vec<StatusCount>,
    pub pending: Vec<AdminRelationship>,
    pub ending_soon: Vec<AdminRelationship>,
    pub expired: Vec<AdminRelationship>,
    pub without_active: Vec<CustomerRef>,
    /// How many reseller customers have no active relationship, listed or not.
    pub without_active_count: u32,
}

/// The most rows each list of the overview holds.
pub const OVERVIEW_ROWS: u32 = 100;

/// `date` moved on by `months` calendar months, kept within the month it lands in (31 August
/// plus six months is the last day of February).
pub fn add_months(date: Date, months: u8) -> Date {
    let index = date.month() as u32 - 1 + u32::from(months);
    let year = date.year() + (index / 12) as i32;
    let month = Month::try_from((index % 12 + 1) as u8).unwrap_or(Month::December);
    let day = date.day().min(month.length(year));
    Date::from_calendar_date(year, month, day).unwrap_or(date)
}

/// A day as stored and exchanged: `YYYY-MM-DD`.
pub fn date_text(date: Date) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month() as u8, date.day())
}

/// A `YYYY-MM-DD` day, or [`Rule::Date`].
pub fn parse_date(raw: &str) -> Result<Date, Rule> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err(Rule::Required);
    }
    let format = time::macros::format_description!("[year]-[month]-[day]");
    Date::parse(raw, &format).map_err(|_| Rule::Date)
}

/// Today in UTC, the day every stored date is counted in.
pub fn today() -> Date {
    time::OffsetDateTime::now_utc().date()
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    const ID: &str = "5d027261-d21f-4aa9-b7db-7fa1f56fb163";
    const COMPOSITE: &str = "5d027261-d21f-4aa9-b7db-7fa1f56fb163-8777b240-c6f0-4469-9e98-a3205431b836";

    #[test]
    fn a_proposed_name_is_always_one_microsoft_accepts() {
        assert_eq!(proposed_name("Contoso s.r.o.", 1), "Contoso-s-r-o-GDAP");
        assert_eq!(proposed_name("Árvíztűrő Kft.", 2), "Arvizturo-Kft-GDAP-2");
        assert_eq!(proposed_name("Žluťoučký kůň a.s.", 1), "Zlutoucky-kun-a-s-GDAP");
        assert_eq!(proposed_name("  Árvíztűrő 2026 Kft. ", 1), "Arvizturo-2026-Kft-GDAP");
        for company in ["x".repeat(80), "Adatum ".repeat(20), "a—b—c".repeat(30)] {
            let name = proposed_name(&company, 1);
            assert!(name.len() <= MAX_NAME_CHARS && !name.contains("--"), "{name}");
            assert_eq!(relationship_name(&name), Ok(name.clone()));
        }
        assert_eq!(proposed_name("ООО «Контосо»", 1), "Customer-GDAP");
        let long = proposed_name(&"Ab ".repeat(40), 12);
        assert!(long.len() <= MAX_NAME_CHARS && long.ends_with("-GDAP-12"), "{long}");
        for name in [long, proposed_name("---", 1)] {
            assert_eq!(relationship_name(&name), Ok(name.clone()));
        }
    }

    #[test]
    fn a_name_is_letters_digits_hyphens_and_underscores_up_to_50() {
        assert_eq!(relationship_name("  Contoso_Helpdesk-2026 "), Ok("Contoso_Helpdesk-2026".into()));
        assert_eq!(relationship_name(&"a".repeat(50)), Ok("a".repeat(50)));
        assert_eq!(relationship_name(&"a".repeat(51)), Err(Rule::TooLong { max: 50 }));
        assert_eq!(relationship_name(""), Err(Rule::Required));
        for bad in ["Contoso helpdesk", "Žluťoučký", "a.b", "a/b", "Контосо", "a\u{202e}b", "a,b"] {
            assert_eq!(relationship_name(bad), Err(Rule::RelationshipName), "{bad}");
        }
    }

    #[test]
    fn a_duration_is_one_to_730_days() {
        assert_eq!(duration_days(0), Err(Rule::DurationDays));
        assert_eq!(duration_days(1), Ok(1));
        assert_eq!(duration_days(730), Ok(730));
        assert_eq!(duration_days(731), Err(Rule::DurationDays));
    }

    #[test]
    fn roles_are_known_unique_and_in_the_catalogues_order() {
        let chosen = vec![
            "{29232CDF-9323-42FD-ADE2-1D097AF3E4DE}".to_owned(),
            "88d8e3e3-8f55-4a1e-953a-9b9898b8876b".to_owned(),
            "29232cdf-9323-42fd-ade2-1d097af3e4de".to_owned(),
        ];
        assert_eq!(
            roles(&chosen),
            Ok(vec![
                "88d8e3e3-8f55-4a1e-953a-9b9898b8876b".to_owned(),
                "29232cdf-9323-42fd-ade2-1d097af3e4de".to_owned()
            ])
        );
        assert_eq!(roles(&[]), Err(Rule::Required));
        // A custom role's ID, or any ID Microsoft's built-in list lacks.
        assert_eq!(roles(&["3f2504e0-4f89-11d3-9a0c-0305e82c3301".to_owned()]), Err(Rule::Choice));
        assert_eq!(roles(&["Global Administrator".to_owned()]), Err(Rule::Choice));
    }

    #[test]
    fn the_catalogue_has_each_role_once_with_a_well_formed_id() {
        for (i, r) in ENTRA_ROLES.iter().enumerate() {
            assert_eq!(validate::guid(r.id).as_deref(), Ok(r.id), "{}", r.name);
            assert!(ENTRA_ROLES[i + 1..].iter().all(|o| o.id != r.id && o.name != r.name), "{} twice", r.name);
        }
    }

    #[test]
    fn the_default_set_is_microsofts_for_each_partner_type() {
        let names =
            |t| default_roles(t).iter().map(|id| EntraRole::by_id(id).unwrap().name).collect::<Vec<_>>().join(", ");
        let eleven = "Directory Readers, Directory Writers, License Administrator, Service Support Administrator, \
                      User Administrator, Privileged Role Administrator, Helpdesk Administrator, \
                      Privileged Authentication Administrator, Cloud Application Administrator, \
                      Application Administrator, Global Reader";
        assert_eq!(names(PartnerType::DirectBill), eleven);
        assert_eq!(names(PartnerType::IndirectProvider), eleven);
        assert_eq!(
            names(PartnerType::IndirectReseller),
            eleven.replace("Cloud Application Administrator, Application Administrator, ", "")
        );
        assert!(!default_roles(PartnerType::DirectBill).contains(&GLOBAL_ADMINISTRATOR.to_owned()));
    }

    #[test]
    fn auto_extend_is_refused_with_global_administrator() {
        let with_ga = vec![GLOBAL_ADMINISTRATOR.to_owned()];
        assert_eq!(auto_extend(true, &with_ga), Err(Rule::AutoExtendGlobalAdmin));
        assert_eq!(auto_extend(false, &with_ga), Ok(false));
        assert_eq!(auto_extend(true, &default_roles(PartnerType::DirectBill)), Ok(true));
        let terms = GdapTerms {
            name: "bad name".into(),
            duration_days: 731,
            roles: vec![GLOBAL_ADMINISTRATOR.to_uppercase()],
            auto_extend: true,
        };
        let broken: Vec<(Field, Rule)> = terms.validate().unwrap_err().iter().map(|e| (e.field, e.rule)).collect();
        assert_eq!(
            broken,
            [
                (Field::RelationshipName, Rule::RelationshipName),
                (Field::DurationDays, Rule::DurationDays),
                (Field::AutoExtend, Rule::AutoExtendGlobalAdmin)
            ]
        );
        let ok = GdapTerms { name: "Contoso-GA".into(), duration_days: 730, auto_extend: false, ..terms };
        assert_eq!(ok.validate().unwrap().roles, [GLOBAL_ADMINISTRATOR]);
    }

    #[test]
    fn an_approval_link_of_the_partners_cloud_gives_its_relationship_id() {
        let link = format!(
            "https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/{ID}"
        );
        let got = approval_link(&format!("  {link}\n"), Cloud::Public).unwrap();
        assert_eq!(got, ApprovalLink { link: link.clone(), relationship_id: ID.into() });
        // Case of the path and the ID, and the composite ID Graph gives for a named customer.
        let loud = format!(
            "https://admin.microsoft.com/adminportal/home#/Partners/Invitation/GranularAdminRelationships/{}",
            COMPOSITE.to_uppercase()
        );
        assert_eq!(approval_link(&loud, Cloud::Public).unwrap().relationship_id, COMPOSITE);
        assert!(approval_link(&loud, Cloud::Public).unwrap().link.ends_with(COMPOSITE));
        // The newer admin host of the public cloud, and a national cloud's own host.
        assert!(approval_link(&link.replace("admin.microsoft.com", "admin.cloud.microsoft"), Cloud::Public).is_ok());
        let gov = link.replace("admin.microsoft.com", "portal.office365.us");
        assert_eq!(approval_link(&gov, Cloud::UsGovernment).unwrap().link, gov);
    }

    #[test]
    fn anything_else_is_refused_naming_the_cloud() {
        let good = format!(
            "https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/{ID}"
        );
        let wrong = Err(Rule::ApprovalLink { cloud: Cloud::Public });
        for bad in [
            good.replace("https:", "http:"),
            good.replace("admin.microsoft.com", "admin.microsoft.com.evil.example"),
            good.replace("admin.microsoft.com", "evil.example"),
            good.replace("admin.microsoft.com", "user@admin.microsoft.com"),
            good.replace("admin.microsoft.com", "admin.microsoft.com:8443"),
            good.replace("/Home#", "/Home?x=1#"),
            good.replace("/AdminPortal/Home", "/AdminPortal/Other"),
            good.replace("granularAdminRelationships", "resellerRelationships"),
            good.replace(ID, "5d027261-d21f-4aa9-b7db"),
            good.replace(ID, "00000000-0000-0000-0000-000000000000"),
            format!("{good}/extra"),
            format!("{good}-"),
            "https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=3f2504e0-4f89-11d3-9a0c-0305e82c3301&msppId=0&DAP=true#/BillingAccounts/partner-invitation".into(),
            "not a link".into(),
        ] {
            assert_eq!(approval_link(&bad, Cloud::Public), wrong, "{bad}");
        }
        assert_eq!(
            approval_link(&good, Cloud::China),
            Err(Rule::ApprovalLink { cloud: Cloud::China }),
            "the public cloud's host is not the 21Vianet cloud's"
        );
        assert_eq!(approval_link(" ", Cloud::Public), Err(Rule::Required));
        assert_eq!(
            approval_link(&format!("{good}\u{200b}"), Cloud::Public),
            Err(Rule::HiddenCharacter { code_point: 0x200b })
        );
    }

    fn lifecycle(requested_on: Date, duration_days: u32, auto_extend: bool, approved_on: Option<Date>) -> Lifecycle {
        Lifecycle { requested_on, duration_days, auto_extend, approved_on, terminated_on: None }
    }

    #[test]
    fn a_request_expires_90_days_after_it_was_sent() {
        let l = lifecycle(date!(2024 - 12 - 15), 730, false, None);
        assert_eq!(l.request_expires_on(), date!(2025 - 03 - 15));
        assert_eq!(l.status(date!(2025 - 03 - 14)), GdapStatus::PendingApproval);
        assert_eq!(l.status(date!(2025 - 03 - 15)), GdapStatus::Expired);
        // Across February of a leap year.
        assert_eq!(lifecycle(date!(2024 - 01 - 31), 1, false, None).request_expires_on(), date!(2024 - 04 - 30));
        assert_eq!(lifecycle(date!(2023 - 01 - 31), 1, false, None).request_expires_on(), date!(2023 - 05 - 01));
    }

    #[test]
    fn an_active_relationship_ends_after_its_duration() {
        // 730 days from 29 February 2024 cross one 28-day February.
        let l = lifecycle(date!(2024 - 02 - 01), 730, false, Some(date!(2024 - 02 - 29)));
        assert_eq!(l.first_end(), Some(date!(2026 - 02 - 28)));
        assert_eq!(l.status(date!(2026 - 02 - 27)), GdapStatus::Active);
        assert_eq!(l.status(date!(2026 - 02 - 28)), GdapStatus::Expired);
        let one_day = lifecycle(date!(2025 - 12 - 31), 1, false, Some(date!(2025 - 12 - 31)));
        assert_eq!(one_day.ends_on(date!(2025 - 12 - 31)), Some(date!(2026 - 01 - 01)));
        assert_eq!(one_day.status(date!(2025 - 12 - 31)), GdapStatus::Active);
    }

    #[test]
    fn auto_extend_moves_the_end_by_six_calendar_months_each_time() {
        let l = lifecycle(date!(2023 - 08 - 01), 30, true, Some(date!(2023 - 08 - 01)));
        assert_eq!(l.first_end(), Some(date!(2023 - 08 - 31)));
        assert_eq!(l.ends_on(date!(2023 - 08 - 30)), Some(date!(2023 - 08 - 31)));
        // 31 August + 6 months: the last day of February 2024, a leap year.
        assert_eq!(l.ends_on(date!(2023 - 08 - 31)), Some(date!(2024 - 02 - 29)));
        assert_eq!(l.ends_on(date!(2024 - 02 - 29)), Some(date!(2024 - 08 - 29)));
        assert_eq!(l.status(date!(2030 - 01 - 01)), GdapStatus::Active);
        assert_eq!(add_months(date!(2024 - 08 - 31), 6), date!(2025 - 02 - 28));
        assert_eq!(add_months(date!(2025 - 10 - 31), 6), date!(2026 - 04 - 30));
        assert_eq!(add_months(date!(2025 - 07 - 15), 6), date!(2026 - 01 - 15));
    }

    #[test]
    fn a_terminated_relationship_stays_terminated() {
        let mut l = lifecycle(date!(2025 - 01 - 01), 730, true, Some(date!(2025 - 01 - 02)));
        l.terminated_on = Some(date!(2025 - 03 - 01));
        assert_eq!(l.status(date!(2025 - 03 - 01)), GdapStatus::Terminated);
        let mut pending = lifecycle(date!(2025 - 01 - 01), 730, false, None);
        pending.terminated_on = Some(date!(2025 - 01 - 05));
        assert_eq!(pending.status(date!(2025 - 06 - 01)), GdapStatus::Terminated);
    }

    #[test]
    fn approval_falls_between_the_request_and_its_expiry_and_not_in_the_future() {
        let l = lifecycle(date!(2025 - 01 - 10), 730, false, None);
        let today = date!(2025 - 06 - 01);
        assert_eq!(l.check_approval(date!(2025 - 01 - 10), today), Ok(()));
        assert_eq!(l.check_approval(date!(2025 - 04 - 09), today), Ok(()));
        assert_eq!(l.check_approval(date!(2025 - 04 - 10), today), Err(Rule::ApprovalDate));
        assert_eq!(l.check_approval(date!(2025 - 01 - 09), today), Err(Rule::ApprovalDate));
        assert_eq!(l.check_approval(date!(2025 - 01 - 12), date!(2025 - 01 - 11)), Err(Rule::ApprovalDate));
    }

    #[test]
    fn dates_are_read_and_written_as_iso_days() {
        assert_eq!(parse_date("2024-02-29"), Ok(date!(2024 - 02 - 29)));
        assert_eq!(parse_date("2023-02-29"), Err(Rule::Date));
        assert_eq!(parse_date("29.2.2024"), Err(Rule::Date));
        assert_eq!(parse_date(""), Err(Rule::Required));
        assert_eq!(date_text(date!(2024 - 02 - 09)), "2024-02-09");
    }

    #[test]
    fn every_status_has_its_name_in_every_language() {
        for lang in crate::i18n::available() {
            for s in GdapStatus::ALL {
                assert_ne!(crate::i18n::text(lang, s.message_id(), None), s.message_id());
            }
        }
    }
}
