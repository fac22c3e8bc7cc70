//! Reminders for what is still pending: reseller invitations not yet accepted and GDAP
//! requests not yet approved, chased after a number of days each staff member sets.

use crate::{Draft, Rule};
use serde::{Deserialize, Serialize};
use time::Date;
use ts_rs::TS;

/// The number of days a pending invitation or request waits before its reminder is due, until
/// the staff member sets another.
pub const DEFAULT_REMINDER_DAYS: u32 = 7;

/// The most days a staff member may set: a year.
pub const MAX_REMINDER_DAYS: u32 = 365;

/// A number of days for reminders, 1 to [`MAX_REMINDER_DAYS`].
pub fn reminder_days(days: u32) -> Result<u32, Rule> {
    if (1..=MAX_REMINDER_DAYS).contains(&days) {
        Ok(days)
    } else {
        Err(Rule::ReminderDays)
    }
}

/// The day something was last sent to the customer: the last reminder's, else the first
/// message's (stored as RFC 3339 UTC; its day is what counts).
pub fn last_contact(sent_at: &str, reminded_at: Option<&str>) -> Option<Date> {
    crate::gdap::parse_date(reminded_at.unwrap_or(sent_at).get(..10)?).ok()
}

/// The last day of contact for which a reminder is due on `today` after `threshold` days: due
/// when the last contact was on this day or before (the store's SQL compares with it).
pub fn cutoff(today: Date, threshold: u32) -> Date {
    today.saturating_sub(time::Duration::days(i64::from(threshold)))
}

/// Whether a reminder is due on `today` for something still pending whose last contact was on
/// `last_contact`, when reminders come after `threshold` days.
pub fn is_due(pending: bool, last_contact: Option<Date>, today: Date, threshold: u32) -> bool {
    pending && last_contact.is_some_and(|day| day <= cutoff(today, threshold))
}

/// Whether the start-up notification is to be shown on `today`: reminders are due and the staff
/// member was not told yet today (at most once a day).
pub fn notify_today(due: &RemindersDue, last_notified: Option<Date>, today: Date) -> bool {
    due.total() > 0 && last_notified != Some(today)
}

/// What a reminder is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", tag = "kind", content = "id")]
pub enum ReminderOf {
    /// A reseller invitation still out.
    Invitation(#[ts(type = "number")] i64),
    /// A GDAP request still waiting for the customer's approval.
    AdminRelationship(#[ts(type = "number")] i64),
}

/// A reminder's draft, in the customer's language, with the same link as the first message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PreparedReminder {
    pub customer_name: String,
    pub link: String,
    pub draft: Draft,
}

/// How many reminders are due for the staff member, and after how many days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RemindersDue {
    pub invitations: u32,
    pub admin_relationships: u32,
    pub days: u32,
}

impl RemindersDue {
    /// Every reminder due.
    pub fn total(&self) -> u32 {
        self.invitations + self.admin_relationships
    }
}

/// The start-up notification's words, in the staff member's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReminderNotice {
    pub title: String,
    pub body: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn days_run_from_one_to_a_year() {
        assert_eq!(reminder_days(0), Err(Rule::ReminderDays));
        assert_eq!(reminder_days(1), Ok(1));
        assert_eq!(reminder_days(7), Ok(7));
        assert_eq!(reminder_days(365), Ok(365));
        assert_eq!(reminder_days(366), Err(Rule::ReminderDays));
    }

    #[test]
    fn a_reminder_is_due_once_the_pending_item_has_been_quiet_long_enough() {
        let today = date!(2026 - 03 - 02);
        let sent = |at: &str| last_contact(at, None);
        assert_eq!(sent("2026-02-23T23:59:59.000Z"), Some(date!(2026 - 02 - 23)));
        assert!(!is_due(true, sent("2026-02-24T00:00:00.000Z"), today, 7), "six days across a month end");
        assert!(is_due(true, sent("2026-02-23T23:59:59.000Z"), today, 7), "seven calendar days");
        assert!(is_due(true, sent("2025-12-01T08:00:00.000Z"), today, 7));
        assert!(!is_due(false, sent("2025-12-01T08:00:00.000Z"), today, 7), "nothing is chased once it is answered");
        let reminded = last_contact("2025-12-01T08:00:00.000Z", Some("2026-02-28T10:00:00.000Z"));
        assert!(!is_due(true, reminded, today, 7), "a reminder starts the days again");
        assert!(is_due(true, reminded, today, 1));
        assert!(!is_due(true, last_contact("garbage", None), today, 1), "an unreadable day is never due");
    }

    #[test]
    fn the_notification_comes_at_most_once_a_day_and_only_when_something_is_due() {
        let due = RemindersDue { invitations: 1, admin_relationships: 0, days: 7 };
        let none = RemindersDue { invitations: 0, admin_relationships: 0, days: 7 };
        let today = date!(2026 - 11 - 23);
        assert!(notify_today(&due, None, today));
        assert!(notify_today(&due, Some(date!(2026 - 11 - 22)), today));
        assert!(!notify_today(&due, Some(today), today));
        assert!(!notify_today(&none, None, today));
    }
}
