//! A connected customer's record: subscriptions, users and licences, and ending the relationship.

use super::customers::customer_in;
use super::db::Target;
use super::profile::profile_in;
use super::{Sql, Store};
use crate::draft::{self, Parties, PartnerNoticeWording};
use crate::{
    i18n, mailto, validate, Action, ActivityAction, CustomerUser, Draft, Entity, Error, Field, InvitationStatus,
    Language, Relationship, Result, Rule, StateConflict, Subscription, SubscriptionInput, SubscriptionStatus,
    UserInput,
};
use fluent_bundle::FluentArgs;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Who a termination notice is for: Partner Center says legal notice goes "to your customer or
/// partner" if the agreement requires it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum NoticeParty {
    #[default]
    Customer,
    /// The partner the agreement is with (for an indirect reseller, its indirect provider).
    Partner,
}

/// Whether a relationship may be removed now, and what stands in the way.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RemovalCheck {
    pub allowed: bool,
    /// Why not, in the user's language.
    pub reason: Option<String>,
    /// The subscriptions to suspend first.
    pub active_subscriptions: Vec<Subscription>,
    /// The statement the partner attests, in the user's language; the removal records exactly
    /// this text.
    pub attestation: String,
    /// The customer's indirect provider, if any: the partner a notice may also be owed to.
    pub provider_name: Option<String>,
}

/// The one read of a subscription.
const SELECT_SUBSCRIPTION: &str =
    "SELECT id, customer_id, offer, quantity, status, created_at, updated_at FROM subscriptions";

/// A subscription as stored, read inside a transaction or on the pool.
async fn subscription_in<'a>(db: impl Into<Target<'a>>, id: i64) -> Result<Subscription> {
    Sql::new(format!("{SELECT_SUBSCRIPTION} WHERE id = ?"))
        .bind(id)
        .fetch_optional(db)
        .await?
        .ok_or(Error::NotFound(Entity::Subscription, id))
}

#[derive(sqlx::FromRow)]
struct UserRow {
    id: i64,
    customer_id: i64,
    display_name: String,
    user_principal_name: String,
    licences: String,
    created_at: String,
}

const SEPARATOR: char = '\u{1f}';

impl Store {
    /// A customer's subscriptions, active first.
    pub async fn subscriptions(&self, customer_id: i64) -> Result<Vec<Subscription>> {
        self.require(Action::ViewCustomers).await?;
        Sql::new(format!("{SELECT_SUBSCRIPTION} WHERE customer_id = ? ORDER BY status, lower(offer), id"))
            .bind(customer_id)
            .fetch_all(self.pool())
            .await
    }

    /// Adds an active subscription to a connected customer.
    pub async fn add_subscription(&self, customer_id: i64, input: &SubscriptionInput) -> Result<Subscription> {
        let (offer, quantity) = input.validate()?;
        let mut tx = self.write().await?;
        let actor = self.actor_for(&mut tx, Action::ManageSubscriptions).await?;
        let customer = customer_in(&mut tx, customer_id).await?;
        if customer.relationship != Relationship::Reseller {
            return Err(Error::WrongState(StateConflict::NoRelationship));
        }
        let now = tx.dialect().now();
        let id: i64 = Sql::new(format!(
            "INSERT INTO subscriptions (customer_id, offer, quantity, status, created_at, updated_at) \
             VALUES (?, ?, ?, ?, {now}, {now}) RETURNING id"
        ))
        .bind(customer_id)
        .bind(&offer)
        .bind(quantity)
        .bind(SubscriptionStatus::Active.as_str())
        .scalar(&mut tx)
        .await?;
        actor
            .record_detail(
                &mut tx,
                ActivityAction::SubscriptionAdded,
                Some(customer_id),
                &customer.company_name,
                &[],
                Some(&offer),
            )
            .await?;
        tx.commit().await?;
        self.subscription(id).await
    }

    async fn subscription(&self, id: i64) -> Result<Subscription> {
        subscription_in(self.pool(), id).await
    }

    /// Suspends or reactivates a subscription.
    pub async fn set_subscription_status(&self, id: i64, status: SubscriptionStatus) -> Result<Subscription> {
        let mut tx = self.write().await?;
        let actor = self.actor_for(&mut tx, Action::ManageSubscriptions).await?;
        let current = subscription_in(&mut tx, id).await?;
        if current.status != status {
            let customer_id = current.customer_id;
            let customer = customer_in(&mut tx, customer_id).await?;
            let now = tx.dialect().now();
            Sql::new(format!("UPDATE subscriptions SET status = ?, updated_at = {now} WHERE id = ?"))
                .bind(status.as_str())
                .bind(id)
                .execute(&mut tx)
                .await?;
            let action = match status {
                SubscriptionStatus::Active => ActivityAction::SubscriptionReactivated,
                SubscriptionStatus::Suspended => ActivityAction::SubscriptionSuspended,
            };
            let offer = Some(current.offer.as_str());
            actor.record_detail(&mut tx, action, Some(customer_id), &customer.company_name, &[], offer).await?;
        }
        tx.commit().await?;
        self.subscription(id).await
    }

    /// A customer's users and their licences.
    pub async fn users(&self, customer_id: i64) -> Result<Vec<CustomerUser>> {
        self.require(Action::ViewCustomers).await?;
        let rows: Vec<UserRow> = Sql::new(
            "SELECT id, customer_id, display_name, user_principal_name, licences, created_at FROM customer_users \
             WHERE customer_id = ? ORDER BY lower(display_name), id",
        )
        .bind(customer_id)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| CustomerUser {
                id: r.id,
                customer_id: r.customer_id,
                display_name: r.display_name,
                user_principal_name: r.user_principal_name,
                licences: r.licences.split(SEPARATOR).filter(|l| !l.is_empty()).map(str::to_owned).collect(),
                created_at: r.created_at,
            })
            .collect())
    }

    /// Adds a user with licences to a customer; a sign-in name is unique within the customer.
    pub async fn add_user(&self, customer_id: i64, input: &UserInput) -> Result<CustomerUser> {
        let v = input.validate()?;
        let mut tx = self.write().await?;
        let actor = self.actor_for(&mut tx, Action::ManageUsers).await?;
        let customer = customer_in(&mut tx, customer_id).await?;
        let taken: Option<i64> =
            Sql::new("SELECT id FROM customer_users WHERE customer_id = ? AND user_principal_name = ?")
                .bind(customer_id)
                .bind(&v.user_principal_name)
                .scalar_optional(&mut tx)
                .await?;
        if taken.is_some() {
            return Err(Error::invalid(Field::UserPrincipalName, Rule::UserTaken));
        }
        let now = tx.dialect().now();
        Sql::new(format!(
            "INSERT INTO customer_users (customer_id, display_name, user_principal_name, licences, created_at) \
             VALUES (?, ?, ?, ?, {now})"
        ))
        .bind(customer_id)
        .bind(&v.display_name)
        .bind(&v.user_principal_name)
        .bind(v.licences.join(&SEPARATOR.to_string()))
        .execute(&mut tx)
        .await?;
        actor
            .record_detail(
                &mut tx,
                ActivityAction::UserAdded,
                Some(customer_id),
                &customer.company_name,
                &[],
                Some(&v.display_name),
            )
            .await?;
        tx.commit().await?;
        let users = self.users(customer_id).await?;
        users
            .into_iter()
            .find(|u| u.user_principal_name == v.user_principal_name)
            .ok_or(Error::CustomerNotFound(customer_id))
    }

    /// Partner Center's whole statement, in `lang`, made on behalf of the partner `company`: good
    /// faith, a legitimate business purpose, in accordance with the agreement with the customer or
    /// partner, and defending and holding Microsoft harmless against third-party claims.
    fn attestation(lang: Language, company: &str) -> String {
        let mut args = FluentArgs::new();
        args.set("partner", company.to_owned());
        i18n::text(lang, "removal-attestation", Some(&args))
    }

    /// Whether the relationship with a customer may be removed now, and the attestation to give.
    pub async fn removal_check(&self, customer_id: i64) -> Result<RemovalCheck> {
        let me = self.require(Action::ViewCustomers).await?;
        let lang = self.ui_language().await?;
        let mut tx = self.pool().begin().await?;
        let profile = profile_in(&mut tx).await?.ok_or(Error::ProfileMissing)?;
        let customer = customer_in(&mut tx, customer_id).await?;
        drop(tx);
        let active: Vec<Subscription> = self
            .subscriptions(customer_id)
            .await?
            .into_iter()
            .filter(|s| s.status == SubscriptionStatus::Active)
            .collect();
        let reason = if let Err(e) = Action::RemoveRelationship.check(me.role) {
            Some(e.to_api(lang).message)
        } else if customer.relationship != Relationship::Reseller {
            Some(Error::WrongState(StateConflict::NoRelationship).to_api(lang).message)
        } else if !active.is_empty() {
            Some(Error::ActiveSubscriptions(active.iter().map(|s| s.offer.clone()).collect()).to_api(lang).message)
        } else {
            None
        };
        Ok(RemovalCheck {
            allowed: reason.is_none(),
            reason,
            active_subscriptions: active,
            attestation: Store::attestation(lang, &profile.company_name),
            provider_name: customer.provider_name,
        })
    }

    /// The draft of a termination notice to the customer or to the partner, in `language` (the
    /// customer's own when not given). A partner's address is not kept, so its recipient is left
    /// for the user to fill in.
    pub async fn termination_notice(
        &self,
        customer_id: i64,
        language: Option<Language>,
        to: NoticeParty,
    ) -> Result<Draft> {
        let me = self.require(Action::RemoveRelationship).await?;
        let mut tx = self.pool().begin().await?;
        let profile = profile_in(&mut tx).await?.ok_or(Error::ProfileMissing)?;
        let c = customer_in(&mut tx, customer_id).await?;
        let lang = language.unwrap_or(c.language);
        if to == NoticeParty::Partner {
            // No address is kept for a partner: the user fills it in.
            let (subject, body) = draft::partner_notice(&PartnerNoticeWording {
                language: lang,
                customer_company: &c.company_name,
                partner_company: &profile.company_name,
                provider_name: c.provider_name.as_deref(),
                staff_name: &me.name,
            });
            return Ok(Draft { language: lang, recipient: String::new(), subject, body });
        }
        let (subject, body) = draft::notice(&Parties {
            language: lang,
            contact_name: &c.contact_name,
            customer_company: &c.company_name,
            partner_company: &profile.company_name,
            staff_name: &me.name,
            cloud: profile.cloud,
        });
        Ok(Draft { language: lang, recipient: c.contact_email, subject, body })
    }

    /// The `mailto:` URL of an edited notice draft.
    pub async fn notice_mailto(&self, notice: &Draft) -> Result<String> {
        self.require(Action::RemoveRelationship).await?;
        let recipient = validate::email(&notice.recipient).map_err(|rule| Error::invalid(Field::Recipient, rule))?;
        mailto::mailto(&recipient, &notice.subject, &notice.body)
    }

    /// The clipboard text of an edited notice draft.
    pub async fn notice_clipboard(&self, notice: &Draft) -> Result<String> {
        self.require(Action::RemoveRelationship).await?;
        Ok(draft::clipboard_text(&notice.subject, &notice.body))
    }

    /// Removes the reseller relationship: only without active subscriptions and with the
    /// partner's attestation. `attestation` is the statement exactly as the user read and
    /// confirmed it (in whichever language it was shown); it must be the core's own statement,
    /// and it is what the activity log keeps, with who gave it. The customer leaves the Customers
    /// page; its record and history stay.
    pub async fn remove_relationship(&self, customer_id: i64, attestation: &str) -> Result<()> {
        let mut tx = self.write().await?;
        let actor = self.actor_for(&mut tx, Action::RemoveRelationship).await?;
        let profile = profile_in(&mut tx).await?.ok_or(Error::ProfileMissing)?;
        let customer = customer_in(&mut tx, customer_id).await?;
        if customer.relationship != Relationship::Reseller {
            return Err(Error::WrongState(StateConflict::NoRelationship));
        }
        let active: Vec<String> =
            Sql::new("SELECT offer FROM subscriptions WHERE customer_id = ? AND status = ? ORDER BY offer")
                .bind(customer_id)
                .bind(SubscriptionStatus::Active.as_str())
                .scalars(&mut tx)
                .await?;
        if !active.is_empty() {
            return Err(Error::ActiveSubscriptions(active));
        }
        let issued = i18n::available().into_iter().any(|l| Store::attestation(l, &profile.company_name) == attestation);
        if !issued {
            return Err(Error::invalid(Field::Attestation, Rule::Attest));
        }
        let now = tx.dialect().now();
        Sql::new(format!("UPDATE customers SET relationship = ?, updated_at = {now} WHERE id = ?"))
            .bind(Relationship::Removed.as_str())
            .bind(customer_id)
            .execute(&mut tx)
            .await?;
        Sql::new(format!("UPDATE invitations SET status = ?, status_at = {now} WHERE customer_id = ? AND status = ?"))
            .bind(InvitationStatus::Cancelled.as_str())
            .bind(customer_id)
            .bind(InvitationStatus::Sent.as_str())
            .execute(&mut tx)
            .await?;
        actor
            .record_detail(
                &mut tx,
                ActivityAction::RelationshipRemoved,
                Some(customer_id),
                &customer.company_name,
                &[],
                Some(attestation),
            )
            .await?;
        tx.commit().await?;
        Ok(())
    }
}
