//! Requesting a reseller relationship from many customers at once: one personalized draft
//! each, the customers that cannot be drafted listed with the reason, the drafts handed off as
//! `.eml` files or one by one, and recorded as sent only when the user confirms.

use super::activity::Actor;
use super::customers::customer_in;
use super::invitations::{record_sent, Invitee, PartnerSide, Resolved};
use super::profile::profile_in;
use super::{Sql, Store, Tx};
use crate::invitation::MAX_BULK;
use crate::{
    country, eml, mailto, validate, Action, BulkDraft, BulkRequest, BulkSkip, Customer, CustomerQuery,
    CustomerSelection, CustomerSort, Error, Field, FieldError, Invitation, InvitationStatus, PartnerProfile,
    PreparedBulk, Result, Rule, SavedDraft, SavedDrafts, StateConflict,
};
use std::collections::HashSet;
use std::path::Path;

/// A bulk request checked on the partner's side, with its customers.
struct Bulk {
    actor: Actor,
    profile: PartnerProfile,
    side: PartnerSide,
    customers: Vec<Customer>,
    /// Customers with an invitation still out: they are reminded, not invited again.
    pending: HashSet<i64>,
}

impl Bulk {
    /// One customer's invitation, or why that customer cannot be drafted: no usable contact
    /// email, an invitation still out, or a country outside the partner's market (which the
    /// single request asks about; a bulk request does not go on past it).
    fn one(&self, c: &Customer) -> Result<Resolved> {
        if let Err(rule) = validate::email(&c.contact_email) {
            let rule = if c.contact_email.trim().is_empty() { Rule::Required } else { rule };
            return Err(Error::Invalid(vec![FieldError { field: Field::ContactEmail, rule }]));
        }
        if self.pending.contains(&c.id) {
            return Err(Error::WrongState(StateConflict::InvitationPending));
        }
        if !country::within_market(&self.profile.country, &c.country) {
            return Err(Error::OutsideRegion { customer: c.country.clone(), partner: self.profile.country.clone() });
        }
        Ok(self.side.clone().resolved(
            self.actor.clone(),
            self.profile.clone(),
            Invitee::Existing(c.clone()),
            c.language,
            false,
        ))
    }

    fn customer(&self, id: i64) -> Result<&Customer> {
        self.customers.iter().find(|c| c.id == id).ok_or(Error::CustomerNotFound(id))
    }
}

impl Store {
    /// Checks a bulk request: the role, the kind, the partner's side, and its customers (at
    /// least one, at most [`MAX_BULK`]).
    async fn resolve_bulk(&self, tx: &mut Tx, req: &BulkRequest) -> Result<Bulk> {
        let actor = self.actor_for(tx, Action::RequestRelationship).await?;
        let profile = profile_in(tx).await?.ok_or(Error::ProfileMissing)?;
        req.kind.check(profile.partner_type)?;
        let side = self.partner_side(tx, &profile, req.kind, req.provider_id, req.dap).await?;
        let too_many = || Error::invalid(Field::Customers, Rule::TooMany { max: MAX_BULK });
        let customers = match &req.customers {
            CustomerSelection::Picked { ids } => {
                if ids.len() > MAX_BULK as usize {
                    return Err(too_many());
                }
                let mut customers = Vec::with_capacity(ids.len());
                for id in ids.iter().collect::<std::collections::BTreeSet<_>>() {
                    customers.push(customer_in(tx, *id).await?);
                }
                customers
            }
            CustomerSelection::Matching { search, relationship } => {
                if self.customer_counts(search).await?.of(*relationship) > MAX_BULK {
                    return Err(too_many());
                }
                let q = CustomerQuery {
                    search: search.clone(),
                    relationship: *relationship,
                    sort: CustomerSort::CompanyName,
                    descending: false,
                    offset: 0,
                    limit: MAX_BULK,
                };
                self.customer_rows(&q).await?
            }
        };
        if customers.is_empty() {
            return Err(Error::invalid(Field::Customers, Rule::Required));
        }
        let pending: Vec<(i64,)> = Sql::new("SELECT DISTINCT customer_id FROM invitations WHERE status = ?")
            .bind(InvitationStatus::Sent.as_str())
            .fetch_all(&mut *tx)
            .await?;
        let pending = pending.into_iter().map(|(id,)| id).collect();
        Ok(Bulk { actor, profile, side, customers, pending })
    }

    /// One draft per customer of a bulk request, in each customer's language, and the customers
    /// skipped with the reason; nothing is recorded.
    pub async fn prepare_bulk(&self, req: &BulkRequest) -> Result<PreparedBulk> {
        let lang = self.ui_language().await?;
        let mut tx = self.pool().begin().await?;
        let bulk = self.resolve_bulk(&mut tx, req).await?;
        let (mut drafts, mut skipped) = (Vec::new(), Vec::new());
        for c in &bulk.customers {
            match bulk.one(c) {
                Ok(r) => drafts.push(BulkDraft {
                    customer_id: c.id,
                    customer_name: c.company_name.clone(),
                    draft: r.prepared().draft,
                }),
                Err(e) => skipped.push(BulkSkip {
                    customer_id: c.id,
                    customer_name: c.company_name.clone(),
                    reason: e.to_api(lang).message,
                }),
            }
        }
        let by_name = |a: &str, b: &str| a.to_lowercase().cmp(&b.to_lowercase());
        drafts.sort_by(|a, b| by_name(&a.customer_name, &b.customer_name).then(a.customer_id.cmp(&b.customer_id)));
        skipped.sort_by(|a, b| by_name(&a.customer_name, &b.customer_name).then(a.customer_id.cmp(&b.customer_id)));
        Ok(PreparedBulk { link: bulk.side.link().to_owned(), drafts, skipped })
    }

    /// The `mailto:` URL of one customer's draft of a bulk request.
    pub async fn bulk_draft_mailto(&self, req: &BulkRequest, customer_id: i64) -> Result<String> {
        let mut tx = self.pool().begin().await?;
        let bulk = self.resolve_bulk(&mut tx, req).await?;
        let d = bulk.one(bulk.customer(customer_id)?)?.prepared().draft;
        mailto::mailto(&d.recipient, &d.subject, &d.body)
    }

    /// Saves every draft of a bulk request as an `.eml` file in the folder `dir` (made if
    /// missing; no file there is overwritten), named after its customer. Nothing is recorded.
    pub async fn save_bulk_drafts(&self, req: &BulkRequest, dir: &Path) -> Result<SavedDrafts> {
        let prepared = self.prepare_bulk(req).await?;
        let messages: Vec<(String, String)> =
            prepared.drafts.iter().map(|d| (eml::file_name(&d.customer_name), eml::eml(&d.draft))).collect();
        let folder = dir.to_owned();
        let used = tokio::task::spawn_blocking(move || eml::save_all(&folder, messages))
            .await
            .map_err(|e| Error::Io(std::io::Error::other(e)))??;
        let files =
            prepared.drafts.iter().zip(used).map(|(d, file)| SavedDraft { customer_id: d.customer_id, file }).collect();
        Ok(SavedDrafts { folder: dir.display().to_string(), files })
    }

    /// Records the drafts of `customer_ids` as sent, all or none: each customer's invitation as
    /// its draft says, the customer as invited, and an activity line each.
    pub async fn record_bulk(&self, req: &BulkRequest, customer_ids: &[i64]) -> Result<Vec<Invitation>> {
        let lang = self.ui_language().await?;
        let mut tx = self.write().await?;
        let bulk = self.resolve_bulk(&mut tx, req).await?;
        let mut ids = Vec::with_capacity(customer_ids.len());
        for id in customer_ids.iter().collect::<std::collections::BTreeSet<_>>() {
            let r = bulk.one(bulk.customer(*id)?)?;
            let d = r.prepared().draft;
            ids.push(record_sent(&mut tx, &r, &d, lang).await?);
        }
        let mut sent = Vec::with_capacity(ids.len());
        for id in ids {
            sent.push(super::invitations::invitation_in(&mut tx, id).await?);
        }
        tx.commit().await?;
        Ok(sent)
    }
}
