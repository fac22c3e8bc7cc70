//! Requesting a reseller relationship: preparing the link and draft, handing it to the mail
//! application or the clipboard, recording it as sent, and recording its outcome.

use super::activity::Actor;
use super::customers::{customer_in, ensure_unique, insert_customer};
use super::profile::profile_in;
use super::providers::provider_in;
use super::{count_of, Dialect, Sql, Store, Tx};
use crate::draft::{self, InvitationWording};
use crate::reminder;
use crate::{
    country, i18n, link, mailto, validate, Action, ActivityAction, Customer, Draft, Entity, Error, Field, FieldError,
    IndirectProvider, Invitation, InvitationKind, InvitationPage, InvitationQuery, InvitationRequest, InvitationStatus,
    Language, PartnerLink, PartnerProfile, PreparedInvitation, Relationship, Result, Rule, StateConflict,
    ValidCustomer,
};

/// The customer an invitation is for: one already listed, or a contact to add when it is sent.
pub(super) enum Invitee {
    Existing(Customer),
    New(ValidCustomer),
}

impl Invitee {
    fn company(&self) -> &str {
        match self {
            Invitee::Existing(c) => &c.company_name,
            Invitee::New(v) => &v.company_name,
        }
    }

    fn contact(&self) -> (&str, &str, Language) {
        match self {
            Invitee::Existing(c) => (&c.contact_name, &c.contact_email, c.language),
            Invitee::New(v) => (&v.contact_name, &v.contact_email, v.language),
        }
    }

    fn country(&self) -> &str {
        match self {
            Invitee::Existing(c) => &c.country,
            Invitee::New(v) => &v.country,
        }
    }
}

/// The partner's side of a request: the same for every customer it goes to.
#[derive(Clone)]
pub(super) struct PartnerSide {
    kind: InvitationKind,
    provider: Option<IndirectProvider>,
    link: String,
    dap: bool,
}

impl PartnerSide {
    /// The personalized link every draft carries.
    pub(super) fn link(&self) -> &str {
        &self.link
    }

    pub(super) fn resolved(
        self,
        actor: Actor,
        profile: PartnerProfile,
        invitee: Invitee,
        language: Language,
        outside_region: bool,
    ) -> Resolved {
        let PartnerSide { kind, provider, link, dap } = self;
        Resolved { actor, profile, invitee, provider, kind, link, dap, language, outside_region }
    }
}

/// Everything a request resolves to, checked.
pub(super) struct Resolved {
    actor: Actor,
    profile: PartnerProfile,
    invitee: Invitee,
    provider: Option<IndirectProvider>,
    kind: InvitationKind,
    link: String,
    dap: bool,
    language: Language,
    /// The customer is outside the partner's country and region, and the user went on.
    outside_region: bool,
}

impl Resolved {
    pub(super) fn prepared(&self) -> PreparedInvitation {
        let (contact_name, contact_email, _) = self.invitee.contact();
        let (subject, body) = draft::invitation(&InvitationWording {
            language: self.language,
            contact_name,
            customer_company: self.invitee.company(),
            partner_company: &self.profile.company_name,
            provider_name: self.provider.as_ref().map(|p| p.name.as_str()),
            staff_name: &self.actor.name,
            cloud: self.profile.cloud,
            dap: self.dap,
            link: &self.link,
        });
        PreparedInvitation {
            kind: self.kind,
            link: self.link.clone(),
            dap: self.dap,
            dap_forced: self.profile.cloud.dap_forced(),
            draft: Draft { language: self.language, recipient: contact_email.to_owned(), subject, body },
        }
    }

    /// The edited draft, if it may leave the app.
    pub(super) fn check_outgoing(&self, d: &Draft) -> Result<Draft> {
        outgoing(d, &self.link)
    }
}

/// An edited draft, if it may leave the app (for an invitation or a GDAP request alike): a
/// recipient, a subject, no hidden characters, and the exact `link`.
pub(super) fn outgoing(d: &Draft, link: &str) -> Result<Draft> {
    let mut broken = Vec::new();
    let recipient = validate::email(&d.recipient).unwrap_or_else(|rule| {
        broken.push(FieldError { field: Field::Recipient, rule });
        String::new()
    });
    if d.subject.trim().is_empty() {
        broken.push(FieldError { field: Field::Subject, rule: Rule::Required });
    }
    if !broken.is_empty() {
        return Err(Error::Invalid(broken));
    }
    draft::ensure_visible(&d.subject, &d.body)?;
    draft::ensure_link_kept(&d.body, link)?;
    Ok(Draft { language: d.language, recipient, subject: d.subject.trim().to_owned(), body: d.body.clone() })
}

/// `sql` with a sent draft's columns bound in their order (`recipient, language, subject, body,
/// sent_by_name, sent_by_role`), as invitations and GDAP requests both keep them.
pub(super) fn bind_sent(sql: Sql, d: &Draft, actor: &Actor) -> Sql {
    sql.bind(&d.recipient)
        .bind(d.language.tag())
        .bind(&d.subject)
        .bind(&d.body)
        .bind(&actor.name)
        .bind(actor.role.as_str())
}

/// The clipboard text of an edited draft, if it may leave the app: no hidden characters, and
/// the exact `link` (the recipient is the user's to paste).
pub(super) fn clipboard(d: &Draft, link: &str) -> Result<String> {
    draft::ensure_visible(&d.subject, &d.body)?;
    draft::ensure_link_kept(&d.body, link)?;
    Ok(draft::clipboard_text(&d.subject, &d.body))
}

/// The detail of an "invitation sent" line: DAP if requested, and that the user went on after
/// the country warning (in the user's language, as they read it then).
fn sent_detail(r: &Resolved, lang: Language) -> String {
    let mut parts = Vec::new();
    if r.dap {
        parts.push("DAP".to_owned());
    }
    if r.outside_region {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("customer", r.invitee.country().to_owned());
        args.set("partner", r.profile.country.clone());
        parts.push(i18n::text(lang, "activity-outside-region-confirmed", Some(&args)));
    }
    parts.join(" · ")
}

fn select_invitation(dialect: Dialect) -> String {
    let age_days = dialect.days_since("i.sent_at");
    format!(
        "SELECT i.id, i.customer_id, c.company_name AS customer_name, \
         c.relationship AS customer_relationship, i.kind, i.dap, \
         i.provider_id, p.name AS provider_name, i.link, i.recipient, i.language, i.subject, i.body, i.sent_by_name, \
         i.sent_by_role, i.sent_at, i.status, i.status_at, {age_days} AS age_days, i.reminded_at \
         FROM invitations i JOIN customers c ON c.id = i.customer_id \
         LEFT JOIN indirect_providers p ON p.id = i.provider_id"
    )
}

/// Records a checked invitation as sent with its outgoing draft `d` (adding a new contact to
/// the customers) and the customer as invited; its ID. `lang` words the activity line's detail.
pub(super) async fn record_sent(tx: &mut Tx, r: &Resolved, d: &Draft, lang: Language) -> Result<i64> {
    let customer_id = match &r.invitee {
        Invitee::New(v) => {
            let mut v = v.clone();
            if v.contact_email.is_empty() {
                v.contact_email = d.recipient.clone();
            }
            let id = insert_customer(tx, &v, Relationship::Invited).await?;
            r.actor.record(tx, ActivityAction::CustomerAdded, Some(id), &v.company_name, &[]).await?;
            id
        }
        Invitee::Existing(c) => {
            let now = tx.dialect().now();
            Sql::new(format!(
                "UPDATE customers SET relationship = CASE WHEN relationship = ? THEN relationship ELSE ? END, \
                     contact_email = CASE contact_email WHEN '' THEN ? ELSE contact_email END, \
                     updated_at = {now} WHERE id = ?"
            ))
            .bind(Relationship::Reseller.as_str())
            .bind(Relationship::Invited.as_str())
            .bind(&d.recipient)
            .bind(c.id)
            .execute(&mut *tx)
            .await?;
            c.id
        }
    };
    let now = tx.dialect().now();
    let sql = Sql::new(format!(
        "INSERT INTO invitations (customer_id, kind, dap, provider_id, link, recipient, language, subject, body, \
             sent_by_name, sent_by_role, sent_at, status, status_at) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, {now}, ?, {now}) RETURNING id"
    ))
    .bind(customer_id)
    .bind(r.kind.as_str())
    .bind(r.dap)
    .bind(r.provider.as_ref().map(|p| p.id))
    .bind(&r.link);
    let id: i64 = bind_sent(sql, d, &r.actor).bind(InvitationStatus::Sent.as_str()).scalar(&mut *tx).await?;
    let detail = sent_detail(r, lang);
    r.actor
        .record_detail(tx, ActivityAction::InvitationSent, Some(customer_id), r.invitee.company(), &[], Some(&detail))
        .await?;
    Ok(id)
}

pub(crate) async fn invitation_in(tx: &mut Tx, id: i64) -> Result<Invitation> {
    let select = select_invitation(tx.dialect());
    Sql::new(format!("{select} WHERE i.id = ?"))
        .bind(id)
        .fetch_optional(tx)
        .await?
        .ok_or(Error::NotFound(Entity::Invitation, id))
}

/// Records acceptance: the customer becomes a reseller customer with the invitation's DAP and
/// provider, and its Microsoft ID if one is given.
pub(crate) async fn accept_in(tx: &mut Tx, actor: &Actor, inv: &Invitation, microsoft_id: Option<&str>) -> Result<()> {
    if inv.status != InvitationStatus::Sent {
        return Err(Error::WrongState(StateConflict::InvitationClosed));
    }
    let now = tx.dialect().now();
    Sql::new(format!("UPDATE invitations SET status = ?, status_at = {now} WHERE id = ?"))
        .bind(InvitationStatus::Accepted.as_str())
        .bind(inv.id)
        .execute(&mut *tx)
        .await?;
    // Privileges granted anew replace a note that the customer had taken them back.
    Sql::new(format!(
        "UPDATE customers SET relationship = ?5, dap_granted = (dap_granted OR ?1), \
         dap_removed_at = CASE WHEN ?1 THEN NULL ELSE dap_removed_at END, \
         dap_removed_by = CASE WHEN ?1 THEN NULL ELSE dap_removed_by END, \
         provider_id = coalesce(?2, provider_id), microsoft_id = coalesce(?3, microsoft_id), updated_at = {now} \
         WHERE id = ?4"
    ))
    .bind(inv.dap)
    .bind(inv.provider_id)
    .bind(microsoft_id)
    .bind(inv.customer_id)
    .bind(Relationship::Reseller.as_str())
    .execute(&mut *tx)
    .await?;
    actor.record(tx, ActivityAction::InvitationAccepted, Some(inv.customer_id), &inv.customer_name, &[]).await
}

impl Store {
    /// Checks a request: the role, the kind for the partner's type, the customer or new contact
    /// (whose email is needed before any draft), the provider, the link; then the country rule,
    /// unless the user chose to go on after its warning.
    async fn resolve(&self, tx: &mut Tx, req: &InvitationRequest) -> Result<Resolved> {
        let actor = self.actor_for(tx, Action::RequestRelationship).await?;
        let profile = profile_in(tx).await?.ok_or(Error::ProfileMissing)?;
        let kind = req.kind;
        kind.check(profile.partner_type)?;
        let mut broken = Vec::new();
        let invitee = match (req.customer_id, &req.new_customer) {
            (Some(id), _) => Some(Invitee::Existing(customer_in(tx, id).await?)),
            (None, Some(input)) => match input.validate() {
                Ok(v) if v.contact_email.is_empty() => {
                    // The form asks for it: a draft to nobody would only fail later.
                    broken.push(FieldError { field: Field::ContactEmail, rule: Rule::Required });
                    None
                }
                Ok(v) => match ensure_unique(tx, &v, None).await {
                    Ok(()) => Some(Invitee::New(v)),
                    Err(Error::Invalid(e)) => {
                        broken.extend(e);
                        None
                    }
                    Err(e) => return Err(e),
                },
                Err(Error::Invalid(mut e)) => {
                    if input.contact_email.trim().is_empty() {
                        e.push(FieldError { field: Field::ContactEmail, rule: Rule::Required });
                    }
                    broken.extend(e);
                    None
                }
                Err(e) => return Err(e),
            },
            (None, None) => {
                broken.push(FieldError { field: Field::CompanyName, rule: Rule::Required });
                None
            }
        };
        let partner = match self.partner_side(tx, &profile, kind, req.provider_id, req.dap).await {
            Ok(side) => Some(side),
            Err(Error::Invalid(e)) => {
                broken.extend(e);
                None
            }
            Err(e) => return Err(e),
        };
        let (Some(invitee), Some(partner), true) = (invitee, partner, broken.is_empty()) else {
            return Err(Error::Invalid(broken));
        };
        let outside_region = !country::within_market(&profile.country, invitee.country());
        if outside_region && !req.outside_region_confirmed {
            return Err(Error::OutsideRegion {
                customer: invitee.country().to_owned(),
                partner: profile.country.clone(),
            });
        }
        let language = req.language.unwrap_or(invitee.contact().2);
        Ok(partner.resolved(actor, profile, invitee, language, outside_region))
    }

    /// The partner's side of a request, the same for every customer: the provider (if the kind
    /// needs one) and the personalized link, with DAP as asked or as the cloud forces.
    pub(super) async fn partner_side(
        &self,
        tx: &mut Tx,
        profile: &PartnerProfile,
        kind: InvitationKind,
        provider_id: Option<i64>,
        dap: bool,
    ) -> Result<PartnerSide> {
        let mut broken = Vec::new();
        let provider = match (kind, provider_id) {
            (InvitationKind::ResellerWithProvider, Some(id)) => Some(provider_in(tx, id).await?),
            (InvitationKind::ResellerWithProvider, None) => {
                broken.push(FieldError { field: Field::Provider, rule: Rule::Required });
                None
            }
            (InvitationKind::Reseller, _) => None,
        };
        let host = self.link_host(profile.cloud).await?;
        let provider_tenant = provider.as_ref().map(|p| p.tenant_id.as_str());
        let dap = dap || profile.cloud.dap_forced();
        match link::invitation_link(profile, &host, kind, dap, provider_tenant) {
            Ok(link) if broken.is_empty() => Ok(PartnerSide { kind, provider, link, dap }),
            Ok(_) => Err(Error::Invalid(broken)),
            Err(Error::Invalid(e)) => {
                broken.extend(e.into_iter().filter(|e| e.field != Field::ProviderTenantId || provider.is_some()));
                Err(Error::Invalid(broken))
            }
            Err(e) => Err(e),
        }
    }

    /// The partner's personalized link alone, as Partner Center's *Request a reseller
    /// relationship* shows it: for the partner alone or with the indirect provider `provider_id`,
    /// with DAP as asked or as the cloud forces. Whoever may request a relationship may see it.
    pub async fn partner_link(&self, kind: InvitationKind, provider_id: Option<i64>, dap: bool) -> Result<PartnerLink> {
        self.require(Action::RequestRelationship).await?;
        let mut tx = self.pool().begin().await?;
        let profile = profile_in(&mut tx).await?.ok_or(Error::ProfileMissing)?;
        kind.check(profile.partner_type)?;
        let side = self.partner_side(&mut tx, &profile, kind, provider_id, dap).await?;
        Ok(PartnerLink { link: side.link, dap: side.dap, dap_forced: profile.cloud.dap_forced() })
    }

    /// The link and the draft for a request, without recording anything.
    pub async fn prepare_invitation(&self, req: &InvitationRequest) -> Result<PreparedInvitation> {
        let mut tx = self.pool().begin().await?;
        Ok(self.resolve(&mut tx, req).await?.prepared())
    }

    /// The `mailto:` URL for the edited draft of a request, refused if the link was removed.
    pub async fn invitation_mailto(&self, req: &InvitationRequest, edited: &Draft) -> Result<String> {
        let mut tx = self.pool().begin().await?;
        let d = self.resolve(&mut tx, req).await?.check_outgoing(edited)?;
        mailto::mailto(&d.recipient, &d.subject, &d.body)
    }

    /// The clipboard text for the edited draft of a request, refused if the link was removed.
    pub async fn invitation_clipboard(&self, req: &InvitationRequest, edited: &Draft) -> Result<String> {
        let mut tx = self.pool().begin().await?;
        let r = self.resolve(&mut tx, req).await?;
        clipboard(edited, &r.link)
    }

    /// The edited draft of a request as an `.eml` message with a file name for it: the hand-off
    /// of a draft too long for a `mailto:` URL.
    pub async fn invitation_eml(&self, req: &InvitationRequest, edited: &Draft) -> Result<(String, String)> {
        let mut tx = self.pool().begin().await?;
        let r = self.resolve(&mut tx, req).await?;
        let d = r.check_outgoing(edited)?;
        Ok((crate::eml::file_name(r.invitee.company()), crate::eml::eml(&d)))
    }

    /// Done: records the invitation as sent (adding a new contact to the customers) and the
    /// customer as invited.
    pub async fn send_invitation(&self, req: &InvitationRequest, edited: &Draft) -> Result<Invitation> {
        let mut tx = self.write().await?;
        let r = self.resolve(&mut tx, req).await?;
        let d = r.check_outgoing(edited)?;
        let lang = self.ui_language().await?;
        let id = record_sent(&mut tx, &r, &d, lang).await?;
        let inv = invitation_in(&mut tx, id).await?;
        tx.commit().await?;
        Ok(inv)
    }

    /// A page of invitations, newest first, each flagged when its reminder is due.
    pub async fn invitations(&self, q: &InvitationQuery) -> Result<InvitationPage> {
        let me = self.require(Action::ViewCustomers).await?;
        let today = crate::gdap::today();
        let limit = match q.limit {
            0 => 100,
            n => n.min(500),
        };
        let last_contact = super::reminders::last_contact_sql("i");
        let filter = format!(
            "WHERE (?1 IS NULL OR i.status = ?1) AND (?2 IS NULL OR i.customer_id = ?2) \
             AND (NOT ?3 OR (i.status = ?4 AND {last_contact} <= ?5)) \
             AND (?6 IS NULL OR substr(i.sent_at, 1, 10) <= ?6)"
        );
        let cutoff = crate::gdap::date_text(reminder::cutoff(today, me.reminder_days));
        // Sent that many calendar days ago or earlier, counted as reminders count them.
        let sent_by = q.older_than_days.map(|days| crate::gdap::date_text(reminder::cutoff(today, days)));
        let filtered = |sql: &str| {
            Sql::new(sql.to_owned())
                .bind(q.status.map(|s| s.as_str()))
                .bind(q.customer_id)
                .bind(q.reminder_due)
                .bind(InvitationStatus::Sent.as_str())
                .bind(cutoff.clone())
                .bind(sent_by.clone())
        };
        let select = select_invitation(self.pool().dialect());
        let mut items: Vec<Invitation> = filtered(&format!("{select} {filter} ORDER BY i.id DESC LIMIT ?7 OFFSET ?8"))
            .bind(limit)
            .bind(q.offset)
            .fetch_all(self.pool())
            .await?;
        for inv in &mut items {
            let last = reminder::last_contact(&inv.sent_at, inv.reminded_at.as_deref());
            inv.reminder_due = reminder::is_due(inv.status == InvitationStatus::Sent, last, today, me.reminder_days);
        }
        let total: i64 = filtered(&format!("SELECT count(*) FROM invitations i {filter}")).scalar(self.pool()).await?;
        let total = count_of(total);
        Ok(InvitationPage { items, total, offset: q.offset })
    }

    /// One invitation, exactly as sent.
    pub async fn invitation(&self, id: i64) -> Result<Invitation> {
        self.require(Action::ViewCustomers).await?;
        let mut tx = self.pool().begin().await?;
        invitation_in(&mut tx, id).await
    }

    /// The `mailto:` URL that opens a sent invitation again: sending it again is requesting.
    pub async fn sent_invitation_mailto(&self, id: i64) -> Result<String> {
        self.require(Action::RequestRelationship).await?;
        let inv = self.invitation(id).await?;
        mailto::mailto(&inv.recipient, &inv.subject, &inv.body)
    }

    /// The clipboard text of a sent invitation, to send it again.
    pub async fn sent_invitation_clipboard(&self, id: i64) -> Result<String> {
        self.require(Action::RequestRelationship).await?;
        let inv = self.invitation(id).await?;
        Ok(draft::clipboard_text(&inv.subject, &inv.body))
    }

    /// Marks a pending invitation accepted, optionally with the customer's Microsoft ID.
    pub async fn accept_invitation(&self, id: i64, microsoft_id: &str) -> Result<Invitation> {
        let mid = validate::optional_guid(microsoft_id).map_err(|rule| Error::invalid(Field::MicrosoftId, rule))?;
        let mut tx = self.write().await?;
        let actor = self.actor_for(&mut tx, Action::RecordAcceptance).await?;
        let inv = invitation_in(&mut tx, id).await?;
        if let Some(mid) = &mid {
            let other: Option<i64> = Sql::new("SELECT id FROM customers WHERE microsoft_id = ? AND id <> ?")
                .bind(mid)
                .bind(inv.customer_id)
                .scalar_optional(&mut tx)
                .await?;
            if other.is_some() {
                return Err(Error::invalid(Field::MicrosoftId, Rule::Taken));
            }
        }
        accept_in(&mut tx, &actor, &inv, mid.as_deref()).await?;
        let inv = invitation_in(&mut tx, id).await?;
        tx.commit().await?;
        Ok(inv)
    }

    /// Cancels a pending invitation; a customer with nothing else pending is no longer invited.
    pub async fn cancel_invitation(&self, id: i64) -> Result<Invitation> {
        let mut tx = self.write().await?;
        let actor = self.actor_for(&mut tx, Action::RequestRelationship).await?;
        let inv = invitation_in(&mut tx, id).await?;
        if inv.status != InvitationStatus::Sent {
            return Err(Error::WrongState(StateConflict::InvitationClosed));
        }
        let now = tx.dialect().now();
        Sql::new(format!("UPDATE invitations SET status = ?, status_at = {now} WHERE id = ?"))
            .bind(InvitationStatus::Cancelled.as_str())
            .bind(id)
            .execute(&mut tx)
            .await?;
        Sql::new(format!(
            "UPDATE customers SET relationship = ?, updated_at = {now} WHERE id = ? AND relationship = ? \
             AND NOT EXISTS (SELECT 1 FROM invitations WHERE customer_id = ? AND status = ?)"
        ))
        .bind(Relationship::Prospect.as_str())
        .bind(inv.customer_id)
        .bind(Relationship::Invited.as_str())
        .bind(inv.customer_id)
        .bind(InvitationStatus::Sent.as_str())
        .execute(&mut tx)
        .await?;
        actor
            .record(&mut tx, ActivityAction::InvitationCancelled, Some(inv.customer_id), &inv.customer_name, &[])
            .await?;
        let inv = invitation_in(&mut tx, id).await?;
        tx.commit().await?;
        Ok(inv)
    }
}
