//! Requesting a reseller relationship, or GDAP, from many customers at once: one personalized
//! draft each, the customers that cannot be drafted listed with the reason, the drafts handed off
//! as `.eml` files or one by one, and recorded as sent only when the user confirms.

use super::activity::Actor;
use super::customers::customer_in;
use super::gdap::record_request;
use super::invitations::{record_sent, Invitee, PartnerSide};
use super::profile::profile_in;
use super::{Sql, Store, Tx};
use crate::invitation::MAX_BULK;
use crate::{
    country, eml, gdap, mailto, validate, Action, BulkDraft, BulkGdap, BulkGdapRelationship, BulkRequest, BulkSkip,
    Customer, CustomerQuery, CustomerSelection, CustomerSort, Draft, Error, Field, FieldError, GdapRequest, GdapTerms,
    InvitationStatus, PartnerProfile, PreparedBulk, Result, Rule, SavedDraft, SavedDrafts, StateConflict,
};
use std::collections::HashSet;
use std::path::Path;

/// What a bulk request asks every customer for, checked once.
enum Ask {
    /// A reseller relationship: the partner's link, the same for all.
    Reseller { actor: Actor, profile: Box<PartnerProfile>, side: PartnerSide },
    /// GDAP: each customer's own relationship, checked customer by customer.
    Gdap(BulkGdap),
}

/// A bulk request checked on the partner's side, with its customers.
struct Bulk {
    ask: Ask,
    customers: Vec<Customer>,
    /// Customers with an invitation still out: they are reminded, not invited again.
    pending: HashSet<i64>,
}

/// One customer's request, checked: what to record and the draft that goes with it.
enum Checked {
    Reseller(super::invitations::Resolved),
    Gdap(super::gdap::Resolved),
}

impl Checked {
    fn draft(&self) -> (String, Draft) {
        match self {
            Checked::Reseller(r) => {
                let p = r.prepared();
                (p.link, p.draft)
            }
            Checked::Gdap(r) => {
                let p = r.prepared();
                (p.link, p.draft)
            }
        }
    }
}

/// `Ok` if the customer has an email to draft to.
fn has_contact(c: &Customer) -> Result<()> {
    match validate::email(&c.contact_email) {
        Ok(_) => Ok(()),
        Err(rule) => {
            let rule = if c.contact_email.trim().is_empty() { Rule::Required } else { rule };
            Err(Error::Invalid(vec![FieldError { field: Field::ContactEmail, rule }]))
        }
    }
}

impl Bulk {
    fn customer(&self, id: i64) -> Result<&Customer> {
        self.customers.iter().find(|c| c.id == id).ok_or(Error::CustomerNotFound(id))
    }
}

impl Store {
    /// Checks a bulk request: the role (GDAP's or a reseller request's), the partner's side, and
    /// its customers (at least one, at most [`MAX_BULK`]).
    async fn resolve_bulk(&self, tx: &mut Tx, req: &BulkRequest) -> Result<Bulk> {
        let ask = match &req.gdap {
            Some(g) => {
                self.actor_for(tx, Action::ManageAdminRelationships).await?;
                // The terms are the same for all: refused beside their fields, before any customer.
                g.terms.validate_shared().map_err(Error::Invalid)?;
                Ask::Gdap(g.clone())
            }
            None => {
                let actor = self.actor_for(tx, Action::RequestRelationship).await?;
                let profile = profile_in(tx).await?.ok_or(Error::ProfileMissing)?;
                req.kind.check(profile.partner_type)?;
                let side = self.partner_side(tx, &profile, req.kind, req.provider_id, req.dap).await?;
                Ask::Reseller { actor, profile: Box::new(profile), side }
            }
        };
        let customers = self.selected_customers(tx, &req.customers).await?;
        let pending: Vec<(i64,)> = Sql::new("SELECT DISTINCT customer_id FROM invitations WHERE status = ?")
            .bind(InvitationStatus::Sent.as_str())
            .fetch_all(&mut *tx)
            .await?;
        let pending = pending.into_iter().map(|(id,)| id).collect();
        Ok(Bulk { ask, customers, pending })
    }

    /// The customers a selection names, by name.
    async fn selected_customers(&self, tx: &mut Tx, selection: &CustomerSelection) -> Result<Vec<Customer>> {
        let too_many = || Error::invalid(Field::Customers, Rule::TooMany { max: MAX_BULK });
        let customers = match selection {
            CustomerSelection::Picked { ids } => {
                if ids.len() > MAX_BULK as usize {
                    return Err(too_many());
                }
                let mut customers = Vec::with_capacity(ids.len());
                for id in ids.iter().collect::<std::collections::BTreeSet<_>>() {
                    customers.push(customer_in(tx, *id).await?);
                }
                customers.sort_by(|a, b| by_name(&a.company_name, &b.company_name).then(a.id.cmp(&b.id)));
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
        Ok(customers)
    }

    /// Each customer of a bulk request checked, in order: its request, or why it cannot be drafted.
    /// A reseller relationship needs a usable contact email, no invitation still out, and a
    /// country inside the partner's market (the single request asks; a bulk request does not go
    /// on past it). GDAP needs the contact email and a valid name and approval link, used by no
    /// other relationship and by no other customer of the batch.
    async fn check_each(&self, tx: &mut Tx, bulk: &Bulk) -> Result<Vec<(Customer, Result<Checked>)>> {
        let mut out = Vec::with_capacity(bulk.customers.len());
        let (mut names, mut links) = (HashSet::new(), HashSet::new());
        for c in &bulk.customers {
            let checked = match &bulk.ask {
                Ask::Reseller { actor, profile, side } => has_contact(c).and_then(|()| {
                    if bulk.pending.contains(&c.id) {
                        return Err(Error::WrongState(StateConflict::InvitationPending));
                    }
                    if !country::within_market(&profile.country, &c.country) {
                        return Err(Error::OutsideRegion {
                            customer: c.country.clone(),
                            partner: profile.country.clone(),
                        });
                    }
                    let invitee = Invitee::Existing(c.clone());
                    Ok(Checked::Reseller(side.clone().resolved(
                        actor.clone(),
                        PartnerProfile::clone(profile),
                        invitee,
                        c.language,
                        false,
                    )))
                }),
                Ask::Gdap(g) => match has_contact(c) {
                    Err(e) => Err(e),
                    Ok(()) => self.check_gdap(tx, g, c, &mut names, &mut links).await,
                },
            };
            out.push((c.clone(), checked));
        }
        Ok(out)
    }

    /// One customer's GDAP request of a bulk request, checked as a single request is, and against
    /// the names and relationship IDs of the customers before it.
    async fn check_gdap(
        &self,
        tx: &mut Tx,
        g: &BulkGdap,
        c: &Customer,
        names: &mut HashSet<String>,
        ids: &mut HashSet<String>,
    ) -> Result<Checked> {
        let mine = g.relationships.iter().find(|r| r.customer_id == c.id);
        let Some(BulkGdapRelationship { name, approval_link, .. }) = mine else {
            return Err(Error::invalid(Field::ApprovalLink, Rule::Required));
        };
        let single = GdapRequest {
            customer_id: c.id,
            terms: GdapTerms { name: name.clone(), ..g.terms.clone() },
            approval_link: approval_link.clone(),
            template_name: g.template_name.clone(),
            language: None,
        };
        let r = self.resolve_gdap(tx, &single).await?;
        let mut broken = Vec::new();
        if !names.insert(r.name().to_lowercase()) {
            broken.push(FieldError { field: Field::RelationshipName, rule: Rule::RelationshipTaken });
        }
        if !ids.insert(r.relationship_id().to_owned()) {
            broken.push(FieldError { field: Field::ApprovalLink, rule: Rule::ApprovalLinkTaken });
        }
        if broken.is_empty() {
            Ok(Checked::Gdap(r))
        } else {
            Err(Error::Invalid(broken))
        }
    }

    /// One draft per customer of a bulk request, in each customer's language, and the customers
    /// skipped with the reason; nothing is recorded.
    pub async fn prepare_bulk(&self, req: &BulkRequest) -> Result<PreparedBulk> {
        let lang = self.ui_language().await?;
        let mut tx = self.pool().begin().await?;
        let bulk = self.resolve_bulk(&mut tx, req).await?;
        let (mut drafts, mut skipped) = (Vec::new(), Vec::new());
        for (c, checked) in self.check_each(&mut tx, &bulk).await? {
            match checked {
                Ok(r) => {
                    let (link, draft) = r.draft();
                    drafts.push(BulkDraft { customer_id: c.id, customer_name: c.company_name, link, draft });
                }
                Err(e) => skipped.push(BulkSkip {
                    customer_id: c.id,
                    customer_name: c.company_name,
                    reason: e.to_api(lang).message,
                }),
            }
        }
        let link = match &bulk.ask {
            Ask::Reseller { side, .. } => Some(side.link().to_owned()),
            Ask::Gdap(_) => None,
        };
        Ok(PreparedBulk { link, drafts, skipped })
    }

    /// Proposed names for a bulk GDAP request, one per customer of the selection: made from each
    /// company name, used by no relationship of the partner nor by another customer of the batch.
    pub async fn propose_bulk_gdap(&self, customers: &CustomerSelection) -> Result<Vec<BulkGdapRelationship>> {
        let mut tx = self.pool().begin().await?;
        self.actor_for(&mut tx, Action::ManageAdminRelationships).await?;
        let customers = self.selected_customers(&mut tx, customers).await?;
        let mut taken = HashSet::new();
        let mut out = Vec::with_capacity(customers.len());
        for c in customers {
            let mut n = 1;
            let name = loop {
                let name = gdap::proposed_name(&c.company_name, n);
                if !taken.contains(&name.to_lowercase()) && !super::gdap::name_taken(&mut tx, &name).await? {
                    break name;
                }
                n += 1;
            };
            taken.insert(name.to_lowercase());
            out.push(BulkGdapRelationship {
                customer_id: c.id,
                customer_name: c.company_name,
                name,
                approval_link: String::new(),
            });
        }
        Ok(out)
    }

    /// The `mailto:` URL of one customer's draft of a bulk request.
    pub async fn bulk_draft_mailto(&self, req: &BulkRequest, customer_id: i64) -> Result<String> {
        let mut tx = self.pool().begin().await?;
        let bulk = self.resolve_bulk(&mut tx, req).await?;
        bulk.customer(customer_id)?;
        let checked = self.check_each(&mut tx, &bulk).await?;
        let (_, mine) =
            checked.into_iter().find(|(c, _)| c.id == customer_id).ok_or(Error::CustomerNotFound(customer_id))?;
        let (_, d) = mine?.draft();
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

    /// Records the drafts of `customer_ids` as sent, all or none: each customer's invitation (and
    /// the customer as invited) or GDAP request as its draft says, with an activity line each.
    /// Returns the customers recorded.
    pub async fn record_bulk(&self, req: &BulkRequest, customer_ids: &[i64]) -> Result<Vec<i64>> {
        let lang = self.ui_language().await?;
        let today = gdap::today();
        let mut tx = self.write().await?;
        let bulk = self.resolve_bulk(&mut tx, req).await?;
        for id in customer_ids {
            bulk.customer(*id)?;
        }
        let wanted: HashSet<i64> = customer_ids.iter().copied().collect();
        let mut recorded = Vec::new();
        for (c, checked) in self.check_each(&mut tx, &bulk).await? {
            if !wanted.contains(&c.id) {
                continue;
            }
            let checked = checked?;
            let (_, d) = checked.draft();
            match &checked {
                Checked::Reseller(r) => record_sent(&mut tx, r, &d, lang).await?,
                Checked::Gdap(r) => record_request(&mut tx, r, &d, today).await?,
            };
            recorded.push(c.id);
        }
        tx.commit().await?;
        Ok(recorded)
    }
}

fn by_name(a: &str, b: &str) -> std::cmp::Ordering {
    a.to_lowercase().cmp(&b.to_lowercase())
}
