//! Reminders: what is due after each staff member's number of days, the reminder's draft and
//! its hand-off (as for the first message), and the start-up notification at most once a day.

use super::activity::Actor;
use super::customers::customer_in;
use super::gdap::{relationship_in, status_sql};
use super::invitations::{clipboard, invitation_in, outgoing};
use super::profile::profile_in;
use super::{count_of, Sql, Store, Tx};
use crate::draft::{self, Parties, ReminderWording};
use crate::reminder::{self, PreparedReminder, ReminderNotice, ReminderOf, RemindersDue};
use crate::{
    eml, gdap, i18n, mailto, Action, ActivityAction, Draft, Error, Field, GdapStatus, InvitationStatus, Result,
    Session, StateConflict,
};
use time::Date;

/// The day (`YYYY-MM-DD`) of the last message to the customer about the row `alias` of invitations
/// or admin relationships, in SQL: [`reminder::last_contact`] for many rows at once.
pub(super) fn last_contact_sql(alias: &str) -> String {
    format!("substr(coalesce({alias}.reminded_at, {alias}.sent_at), 1, 10)")
}

/// A reminder checked: who sends it, its draft, and what its activity line names.
struct Resolved {
    actor: Actor,
    prepared: PreparedReminder,
    customer_id: i64,
    /// The activity line's subject: the customer for an invitation, the relationship's name for
    /// a GDAP request.
    subject: String,
}

impl Store {
    /// Sets after how many days (1 to 365) one's own pending invitations and requests are flagged
    /// for a reminder; every staff member chooses their own.
    pub async fn set_reminder_days(&self, days: u32) -> Result<Session> {
        let days = reminder::reminder_days(days).map_err(|rule| Error::invalid(Field::ReminderDays, rule))?;
        // Any active staff member, for their own row only.
        self.require(Action::ViewCustomers).await?;
        let mut tx = self.write().await?;
        let dialect = tx.dialect();
        Sql::new(format!(
            "UPDATE staff_members SET reminder_days = ?, updated_at = {} WHERE login = {}",
            dialect.now(),
            dialect.current_login()
        ))
        .bind(i64::from(days))
        .execute(&mut tx)
        .await?;
        tx.commit().await?;
        self.session().await
    }

    /// How many reminders are due today for the staff member.
    pub async fn reminders_due(&self) -> Result<RemindersDue> {
        self.reminders_due_on(gdap::today()).await
    }

    pub(crate) async fn reminders_due_on(&self, today: Date) -> Result<RemindersDue> {
        let days = self.require(Action::ViewCustomers).await?.reminder_days;
        let cutoff = gdap::date_text(reminder::cutoff(today, days));
        let invitations: i64 = Sql::new(format!(
            "SELECT count(*) FROM invitations i WHERE i.status = ? AND {} <= ?",
            last_contact_sql("i")
        ))
        .bind(InvitationStatus::Sent.as_str())
        .bind(cutoff.as_str())
        .scalar(self.pool())
        .await?;
        let requests: i64 = Sql::new(format!(
            "SELECT count(*) FROM admin_relationships r WHERE {} = ?2 AND {} <= ?3",
            status_sql(),
            last_contact_sql("r")
        ))
        .bind(gdap::date_text(today))
        .bind(GdapStatus::PendingApproval.as_str())
        .bind(cutoff.as_str())
        .scalar(self.pool())
        .await?;
        Ok(RemindersDue { invitations: count_of(invitations), admin_relationships: count_of(requests), days })
    }

    /// The start-up notification's words when reminders are due and the staff member was not
    /// told yet today; noting that they were told now. `None` otherwise.
    pub async fn reminder_notice(&self) -> Result<Option<ReminderNotice>> {
        self.reminder_notice_on(gdap::today()).await
    }

    pub(crate) async fn reminder_notice_on(&self, today: Date) -> Result<Option<ReminderNotice>> {
        let due = self.reminders_due_on(today).await?;
        let mut tx = self.write().await?;
        let dialect = tx.dialect();
        let last: Option<String> = Sql::new(format!(
            "SELECT reminders_notified_on FROM staff_members WHERE login = {}",
            dialect.current_login()
        ))
        .scalar_optional(&mut tx)
        .await?
        .flatten();
        let last = last.as_deref().and_then(|d| gdap::parse_date(d).ok());
        if !reminder::notify_today(&due, last, today) {
            return Ok(None);
        }
        Sql::new(format!(
            "UPDATE staff_members SET reminders_notified_on = ? WHERE login = {}",
            dialect.current_login()
        ))
        .bind(gdap::date_text(today))
        .execute(&mut tx)
        .await?;
        tx.commit().await?;
        let lang = self.ui_language().await?;
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("count", due.total());
        args.set("days", due.days);
        Ok(Some(ReminderNotice {
            title: i18n::text(lang, "reminders-notice-title", None),
            body: i18n::text(lang, "reminders-notice-body", Some(&args)),
        }))
    }

    /// Checks a reminder: the role (as for the first message), that it is still waiting for the
    /// customer, and its draft: to the first message's recipient, in its language, with its link.
    async fn resolve_reminder(&self, tx: &mut Tx, of: ReminderOf) -> Result<Resolved> {
        let today = gdap::today();
        let profile = profile_in(tx).await?.ok_or(Error::ProfileMissing)?;
        let (actor, customer_id, subject, recipient, language, link, sent_at, gdap) = match of {
            ReminderOf::Invitation(id) => {
                let actor = self.actor_for(tx, Action::RequestRelationship).await?;
                let inv = invitation_in(tx, id).await?;
                if inv.status != InvitationStatus::Sent {
                    return Err(Error::WrongState(StateConflict::ReminderNotPending));
                }
                let name = inv.customer_name.clone();
                (actor, inv.customer_id, name, inv.recipient, inv.language, inv.link, inv.sent_at, false)
            }
            ReminderOf::AdminRelationship(id) => {
                let actor = self.actor_for(tx, Action::ManageAdminRelationships).await?;
                let rel = relationship_in(tx, id, today).await?;
                if rel.status != GdapStatus::PendingApproval {
                    return Err(Error::WrongState(StateConflict::ReminderNotPending));
                }
                (actor, rel.customer_id, rel.name, rel.recipient, rel.language, rel.link, rel.sent_at, true)
            }
        };
        let customer = customer_in(tx, customer_id).await?;
        let sent_on = reminder::last_contact(&sent_at, None).unwrap_or(today);
        let (subject_line, body) = draft::reminder(&ReminderWording {
            to: Parties {
                language,
                contact_name: &customer.contact_name,
                customer_company: &customer.company_name,
                partner_company: &profile.company_name,
                staff_name: &actor.name,
                cloud: profile.cloud,
            },
            gdap,
            sent_on,
            link: &link,
        });
        let prepared = PreparedReminder {
            customer_name: customer.company_name,
            link,
            draft: Draft { language, recipient, subject: subject_line, body },
        };
        Ok(Resolved { actor, prepared, customer_id, subject })
    }

    /// The draft of a reminder, without recording anything.
    pub async fn prepare_reminder(&self, of: ReminderOf) -> Result<PreparedReminder> {
        let mut tx = self.pool().begin().await?;
        Ok(self.resolve_reminder(&mut tx, of).await?.prepared)
    }

    /// The `mailto:` URL for the edited draft of a reminder, refused if the link was removed.
    pub async fn reminder_mailto(&self, of: ReminderOf, edited: &Draft) -> Result<String> {
        let mut tx = self.pool().begin().await?;
        let r = self.resolve_reminder(&mut tx, of).await?;
        let d = outgoing(edited, &r.prepared.link)?;
        mailto::mailto(&d.recipient, &d.subject, &d.body)
    }

    /// The clipboard text for the edited draft of a reminder, refused if the link was removed.
    pub async fn reminder_clipboard(&self, of: ReminderOf, edited: &Draft) -> Result<String> {
        let mut tx = self.pool().begin().await?;
        let r = self.resolve_reminder(&mut tx, of).await?;
        clipboard(edited, &r.prepared.link)
    }

    /// The edited draft of a reminder as an `.eml` message, with a file name for it.
    pub async fn reminder_eml(&self, of: ReminderOf, edited: &Draft) -> Result<(String, String)> {
        let mut tx = self.pool().begin().await?;
        let r = self.resolve_reminder(&mut tx, of).await?;
        let d = outgoing(edited, &r.prepared.link)?;
        Ok((eml::file_name(&r.prepared.customer_name), eml::eml(&d)))
    }

    /// Done: records that the reminder was sent now (its reminder is due again after the
    /// staff member's number of days), with an activity line.
    pub async fn send_reminder(&self, of: ReminderOf, edited: &Draft) -> Result<()> {
        let mut tx = self.write().await?;
        let r = self.resolve_reminder(&mut tx, of).await?;
        let d = outgoing(edited, &r.prepared.link)?;
        let now = tx.dialect().now();
        let (table, id, action) = match of {
            ReminderOf::Invitation(id) => ("invitations", id, ActivityAction::InvitationReminded),
            ReminderOf::AdminRelationship(id) => ("admin_relationships", id, ActivityAction::GdapReminded),
        };
        Sql::new(format!("UPDATE {table} SET reminded_at = {now} WHERE id = ?")).bind(id).execute(&mut tx).await?;
        r.actor.record_detail(&mut tx, action, Some(r.customer_id), &r.subject, &[], Some(&d.recipient)).await?;
        tx.commit().await?;
        Ok(())
    }
}
