//! The people who work for the partner (docs/domain.md §5): each with their own name, email,
//! Partner Center role and language, bound to one database login. A local file has exactly one;
//! a team workspace as many as its Global admins add.

use crate::profile::Checker;
use crate::{validate, Field, Language, Result, Role, Rule};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The login of the one staff member of a local file, which has no database logins.
pub const LOCAL_LOGIN: &str = "local";

/// The longest PostgreSQL identifier (NAMEDATALEN - 1).
const MAX_LOGIN: usize = 63;

/// A staff member of the partner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, sqlx::FromRow)]
#[serde(rename_all = "camelCase")]
pub struct StaffMember {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    /// Empty when not given (a local file's staff member needs none).
    pub email: String,
    #[sqlx(try_from = "String")]
    pub role: Role,
    /// The language of their screens.
    #[sqlx(try_from = "String")]
    pub language: Language,
    /// A deactivated staff member keeps their name on what they did, and can do nothing more.
    pub active: bool,
    /// The database login they connect with (`local` in a file).
    pub login: String,
    /// After how many days their pending invitations and requests are flagged for a reminder.
    #[sqlx(try_from = "i64")]
    #[serde(default = "default_reminder_days")]
    pub reminder_days: u32,
}

fn default_reminder_days() -> u32 {
    crate::reminder::DEFAULT_REMINDER_DAYS
}

/// A staff member as a Global admin types them in Settings.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StaffInput {
    pub name: String,
    pub email: String,
    pub role: Option<Role>,
    pub language: Option<Language>,
    pub login: String,
    pub active: bool,
}

/// A staff input that passed every rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidStaff {
    pub name: String,
    pub email: String,
    pub role: Role,
    pub language: Language,
    pub login: String,
    pub active: bool,
}

impl StaffInput {
    /// Every rule at once, as every form does.
    pub fn validate(&self) -> Result<ValidStaff> {
        let mut c = Checker::default();
        let v = ValidStaff {
            name: c.check(Field::MemberName, validate::person_name(&self.name)),
            email: c.check(Field::MemberEmail, validate::email(&self.email)),
            role: c.chosen(Field::MemberRole, self.role, Role::HelpdeskAgent),
            language: c.chosen(Field::Language, self.language, Language::EnUs),
            login: c.check(Field::Login, login(&self.login)),
            active: self.active,
        };
        c.finish(v)
    }
}

/// A database login as PostgreSQL folds an unquoted one: a letter or `_`, then letters, digits,
/// `_` or `$`, at most 63 characters, lower-case. Liaison quotes it anyway; the rule keeps it
/// what a DBA can type in `psql` without quotes.
pub fn login(raw: &str) -> std::result::Result<String, Rule> {
    let login = raw.trim().to_lowercase();
    if login.is_empty() {
        return Err(Rule::Required);
    }
    let mut chars = login.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_ascii_lowercase() || c == '_');
    let rest_ok = chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '$');
    if !first_ok || !rest_ok || login.chars().count() > MAX_LOGIN || login.starts_with("pg_") {
        return Err(Rule::Login);
    }
    Ok(login)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub fn input(name: &str, login: &str, role: Role) -> StaffInput {
        crate::testing::staff_member(name, login, role, Language::CsCz)
    }

    #[test]
    fn a_login_is_what_psql_takes_unquoted() {
        assert_eq!(login(" Petr_Novak "), Ok("petr_novak".into()));
        assert_eq!(login("jana$2"), Ok("jana$2".into()));
        for bad in ["2petr", "petr.novak", "petr novak", "pg_monitor", "jana;drop", &"x".repeat(64)] {
            assert_eq!(login(bad), Err(Rule::Login), "{bad}");
        }
        assert_eq!(login(""), Err(Rule::Required));
    }

    #[test]
    fn every_broken_rule_is_reported_at_once() {
        let bad =
            StaffInput { name: String::new(), email: "nope".into(), role: None, ..input("x", "2x", Role::SalesAgent) };
        let Err(crate::Error::Invalid(e)) = bad.validate() else { panic!("accepted") };
        let fields: Vec<Field> = e.iter().map(|e| e.field).collect();
        assert_eq!(fields, [Field::MemberName, Field::MemberEmail, Field::MemberRole, Field::Login]);
    }
}
