//! GDAP admin relationships and role templates: requesting one with its draft (handed off as
//! the reseller invitation is), recording its approval or end, and the overview.

use super::activity::Actor;
use super::customers::customer_in;
use super::invitations::{bind_sent, clipboard, outgoing};
use super::profile::profile_in;
use super::{count_of, Sql, Store, Tx};
use crate::draft::{self, GdapWording, Parties};
use crate::gdap::{
    self, ApprovalLink, CustomerRef, EntraRole, GdapOverview, Lifecycle, StatusCount, ValidTerms, OVERVIEW_ROWS,
};
use crate::reminder;
use crate::{
    eml, mailto, validate, Action, ActivityAction, AdminRelationship, Customer, Draft, Entity, Error, Field,
    FieldError, GdapRequest, GdapStatus, Language, PartnerProfile, PreparedGdapRequest, Relationship, Result, Role,
    RoleTemplate, RoleTemplateInput, Rule, StateConflict,
};
use time::Date;

/// The longest reason for ending a relationship.
const MAX_REASON_CHARS: usize = 500;

/// Everything a request resolves to, checked.
pub(super) struct Resolved {
    actor: Actor,
    profile: PartnerProfile,
    customer: Customer,
    terms: ValidTerms,
    approval: ApprovalLink,
    template_name: Option<String>,
    language: Language,
}

impl Resolved {
    /// The relationship's name, as checked.
    pub(super) fn name(&self) -> &str {
        &self.terms.name
    }

    /// The relationship's ID, from its approval link.
    pub(super) fn relationship_id(&self) -> &str {
        &self.approval.relationship_id
    }

    pub(super) fn prepared(&self) -> PreparedGdapRequest {
        let names: Vec<&str> = self.terms.roles.iter().filter_map(|id| EntraRole::by_id(id)).map(|r| r.name).collect();
        let (subject, body) = draft::gdap_request(&GdapWording {
            to: Parties {
                language: self.language,
                contact_name: &self.customer.contact_name,
                customer_company: &self.customer.company_name,
                partner_company: &self.profile.company_name,
                staff_name: &self.actor.name,
                cloud: self.profile.cloud,
            },
            duration_days: self.terms.duration_days,
            roles: &names,
            auto_extend: self.terms.auto_extend,
            link: &self.approval.link,
        });
        PreparedGdapRequest {
            link: self.approval.link.clone(),
            relationship_id: self.approval.relationship_id.clone(),
            draft: Draft { language: self.language, recipient: self.customer.contact_email.clone(), subject, body },
        }
    }
}

/// A stored relationship as read, before its status is worked out for a day.
#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    customer_id: i64,
    customer_name: String,
    name: String,
    relationship_id: String,
    link: String,
    duration_days: i64,
    auto_extend: bool,
    roles: String,
    template_name: Option<String>,
    recipient: String,
    #[sqlx(try_from = "String")]
    language: Language,
    subject: String,
    body: String,
    sent_by_name: String,
    #[sqlx(try_from = "String")]
    sent_by_role: Role,
    sent_at: String,
    requested_on: String,
    expires_on: String,
    approved_on: Option<String>,
    terminated_on: Option<String>,
    termination_reason: Option<String>,
    reminded_at: Option<String>,
}

/// A stored day; Liaison writes only valid ones, so one that is not is logged and read as `or`.
fn day(stored: &str, or: Date) -> Date {
    gdap::parse_date(stored).unwrap_or_else(|_| {
        tracing::warn!(stored, "an admin relationship holds a day that is not YYYY-MM-DD");
        or
    })
}

impl Row {
    fn lifecycle(&self, today: Date) -> Lifecycle {
        Lifecycle {
            requested_on: day(&self.requested_on, today),
            duration_days: u32::try_from(self.duration_days).unwrap_or(1),
            auto_extend: self.auto_extend,
            approved_on: self.approved_on.as_deref().map(|d| day(d, today)),
            terminated_on: self.terminated_on.as_deref().map(|d| day(d, today)),
        }
    }

    fn on(self, today: Date) -> AdminRelationship {
        let life = self.lifecycle(today);
        let age = (today - life.requested_on).whole_days().max(0);
        AdminRelationship {
            status: life.status(today),
            ends_on: life.ends_on(today).map(gdap::date_text),
            age_days: u32::try_from(age).unwrap_or(u32::MAX),
            id: self.id,
            customer_id: self.customer_id,
            customer_name: self.customer_name,
            name: self.name,
            relationship_id: self.relationship_id,
            link: self.link,
            duration_days: life.duration_days,
            auto_extend: self.auto_extend,
            roles: self.roles.split(',').filter(|r| !r.is_empty()).map(str::to_owned).collect(),
            template_name: self.template_name,
            recipient: self.recipient,
            language: self.language,
            subject: self.subject,
            body: self.body,
            sent_by_name: self.sent_by_name,
            sent_by_role: self.sent_by_role,
            sent_at: self.sent_at,
            requested_on: self.requested_on,
            expires_on: self.expires_on,
            approved_on: self.approved_on,
            terminated_on: self.terminated_on,
            termination_reason: self.termination_reason,
            reminded_at: self.reminded_at,
            // Set by the lists, which know whose number of days counts.
            reminder_due: false,
        }
    }
}

const SELECT: &str = "SELECT r.id, r.customer_id, c.company_name AS customer_name, r.name, r.relationship_id, r.link, \
     r.duration_days, r.auto_extend, r.roles, r.template_name, r.recipient, r.language, r.subject, r.body, \
     r.sent_by_name, r.sent_by_role, r.sent_at, r.requested_on, r.expires_on, r.approved_on, r.terminated_on, \
     r.termination_reason, r.reminded_at FROM admin_relationships r JOIN customers c ON c.id = r.customer_id";

/// A relationship's status on the day bound as `?1`, in SQL, for counting and filtering many at
/// once. It follows [`Lifecycle::status`] from the days stored with it (a test holds the two
/// equal): an approved one with auto-extend never expires while it is on.
pub(super) fn status_sql() -> String {
    use GdapStatus::*;
    format!(
        "CASE WHEN r.terminated_on IS NOT NULL THEN '{}' \
         WHEN r.approved_on IS NOT NULL AND (r.auto_extend OR r.ends_on > ?1) THEN '{}' \
         WHEN r.approved_on IS NULL AND r.expires_on > ?1 THEN '{}' \
         ELSE '{}' END",
        Terminated.as_str(),
        Active.as_str(),
        PendingApproval.as_str(),
        Expired.as_str()
    )
}

async fn row_in(tx: &mut Tx, id: i64) -> Result<Row> {
    Sql::new(format!("{SELECT} WHERE r.id = ?"))
        .bind(id)
        .fetch_optional(tx)
        .await?
        .ok_or(Error::NotFound(Entity::AdminRelationship, id))
}

pub(super) async fn relationship_in(tx: &mut Tx, id: i64, today: Date) -> Result<AdminRelationship> {
    Ok(row_in(tx, id).await?.on(today))
}

/// The end of every change to one relationship: its activity line (`action`, with `detail`),
/// then the relationship as it now stands, read back in the same transaction before it commits.
async fn recorded(
    mut tx: Tx,
    actor: &Actor,
    action: ActivityAction,
    id: i64,
    detail: &str,
    today: Date,
) -> Result<AdminRelationship> {
    let rel = relationship_in(&mut tx, id, today).await?;
    actor.record_detail(&mut tx, action, Some(rel.customer_id), &rel.name, &[], Some(detail)).await?;
    tx.commit().await?;
    Ok(rel)
}

/// Records a checked request as sent on `today` with its outgoing draft `d`, pending the
/// customer's approval, with its activity line; its ID.
pub(super) async fn record_request(tx: &mut Tx, r: &Resolved, d: &Draft, today: Date) -> Result<i64> {
    let life = Lifecycle {
        requested_on: today,
        duration_days: r.terms.duration_days,
        auto_extend: r.terms.auto_extend,
        approved_on: None,
        terminated_on: None,
    };
    let now = tx.dialect().now();
    let sql = Sql::new(format!(
        "INSERT INTO admin_relationships (customer_id, name, relationship_id, link, duration_days, auto_extend, \
             roles, template_name, recipient, language, subject, body, sent_by_name, sent_by_role, sent_at, \
             requested_on, expires_on, status_at) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, {now}, ?, ?, {now}) RETURNING id"
    ))
    .bind(r.customer.id)
    .bind(&r.terms.name)
    .bind(&r.approval.relationship_id)
    .bind(&r.approval.link)
    .bind(r.terms.duration_days)
    .bind(r.terms.auto_extend)
    .bind(r.terms.roles.join(","))
    .bind(r.template_name.clone());
    let id: i64 = bind_sent(sql, d, &r.actor)
        .bind(gdap::date_text(today))
        .bind(gdap::date_text(life.request_expires_on()))
        .scalar(&mut *tx)
        .await?;
    r.actor
        .record_detail(
            tx,
            ActivityAction::GdapRequested,
            Some(r.customer.id),
            &r.terms.name,
            &[],
            Some(&r.customer.company_name),
        )
        .await?;
    Ok(id)
}

/// The relationships `sql` selects (it starts with [`SELECT`]), each on `today` and flagged when
/// its reminder is due after `reminder_days`.
async fn relationships(store: &Store, sql: Sql, today: Date, reminder_days: u32) -> Result<Vec<AdminRelationship>> {
    let rows: Vec<Row> = sql.fetch_all(store.pool()).await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let mut rel = r.on(today);
            let last = reminder::last_contact(&rel.sent_at, rel.reminded_at.as_deref());
            rel.reminder_due = reminder::is_due(rel.status == GdapStatus::PendingApproval, last, today, reminder_days);
            rel
        })
        .collect())
}

/// Whether a relationship of the partner has `name` (compared without case).
pub(super) async fn name_taken(tx: &mut Tx, name: &str) -> Result<bool> {
    let found: Option<i64> = Sql::new("SELECT id FROM admin_relationships WHERE lower(name) = lower(?)")
        .bind(name)
        .scalar_optional(tx)
        .await?;
    Ok(found.is_some())
}

/// `Ok` unless another relationship has `name` (any case) or `relationship_id`.
async fn ensure_unique(tx: &mut Tx, name: &str, relationship_id: &str) -> Result<()> {
    let mut broken = Vec::new();
    let checks = [
        ("lower(name) = lower(?)", name, Field::RelationshipName, Rule::RelationshipTaken),
        ("relationship_id = ?", relationship_id, Field::ApprovalLink, Rule::ApprovalLinkTaken),
    ];
    for (condition, value, field, rule) in checks {
        let other: Option<i64> = Sql::new(format!("SELECT id FROM admin_relationships WHERE {condition}"))
            .bind(value)
            .scalar_optional(&mut *tx)
            .await?;
        if other.is_some() {
            broken.push(FieldError { field, rule });
        }
    }
    if broken.is_empty() {
        Ok(())
    } else {
        Err(Error::Invalid(broken))
    }
}

impl Store {
    /// Checks a request: the role, the customer (not one whose relationship was removed), the
    /// terms, the approval link for the partner's cloud, and that neither the name nor the link
    /// is another relationship's.
    pub(super) async fn resolve_gdap(&self, tx: &mut Tx, req: &GdapRequest) -> Result<Resolved> {
        let actor = self.actor_for(tx, Action::ManageAdminRelationships).await?;
        let profile = profile_in(tx).await?.ok_or(Error::ProfileMissing)?;
        let customer = customer_in(tx, req.customer_id).await?;
        if customer.relationship == Relationship::Removed {
            return Err(Error::WrongState(StateConflict::CustomerRemoved));
        }
        let mut broken = req.terms.validate().err().unwrap_or_default();
        let approval = gdap::approval_link(&req.approval_link, profile.cloud)
            .map_err(|rule| broken.push(FieldError { field: Field::ApprovalLink, rule }))
            .ok();
        let template_name = req
            .template_name
            .as_deref()
            .map(|n| validate::one_line(n, gdap::MAX_NAME_CHARS))
            .transpose()
            .map_err(|rule| broken.push(FieldError { field: Field::TemplateName, rule }))
            .ok()
            .flatten()
            .filter(|n| !n.is_empty());
        let (Ok(terms), Some(approval), true) = (req.terms.validate(), approval, broken.is_empty()) else {
            return Err(Error::Invalid(broken));
        };
        ensure_unique(tx, &terms.name, &approval.relationship_id).await?;
        let language = req.language.unwrap_or(customer.language);
        Ok(Resolved { actor, profile, customer, terms, approval, template_name, language })
    }

    /// A name for a new relationship with the customer, made from its company name and used by
    /// no other relationship of the partner.
    pub async fn proposed_gdap_name(&self, customer_id: i64) -> Result<String> {
        self.require(Action::ViewCustomers).await?;
        let mut tx = self.pool().begin().await?;
        let customer = customer_in(&mut tx, customer_id).await?;
        let mut n = 1;
        loop {
            let name = gdap::proposed_name(&customer.company_name, n);
            if !name_taken(&mut tx, &name).await? {
                return Ok(name);
            }
            n += 1;
        }
    }

    /// The approval link checked and the draft of a request, without recording anything.
    pub async fn prepare_gdap_request(&self, req: &GdapRequest) -> Result<PreparedGdapRequest> {
        let mut tx = self.pool().begin().await?;
        Ok(self.resolve_gdap(&mut tx, req).await?.prepared())
    }

    /// The `mailto:` URL for the edited draft of a request, refused if the link was removed.
    pub async fn gdap_request_mailto(&self, req: &GdapRequest, edited: &Draft) -> Result<String> {
        let mut tx = self.pool().begin().await?;
        let r = self.resolve_gdap(&mut tx, req).await?;
        let d = outgoing(edited, &r.approval.link)?;
        mailto::mailto(&d.recipient, &d.subject, &d.body)
    }

    /// The clipboard text for the edited draft of a request, refused if the link was removed.
    pub async fn gdap_request_clipboard(&self, req: &GdapRequest, edited: &Draft) -> Result<String> {
        let mut tx = self.pool().begin().await?;
        let r = self.resolve_gdap(&mut tx, req).await?;
        clipboard(edited, &r.approval.link)
    }

    /// The edited draft of a request as an `.eml` message with a file name for it, for a draft
    /// too long for `mailto:`.
    pub async fn gdap_request_eml(&self, req: &GdapRequest, edited: &Draft) -> Result<(String, String)> {
        let mut tx = self.pool().begin().await?;
        let r = self.resolve_gdap(&mut tx, req).await?;
        Ok((eml::file_name(&r.customer.company_name), eml::eml(&outgoing(edited, &r.approval.link)?)))
    }

    /// Done: records the request as sent today, pending the customer's approval.
    pub async fn send_gdap_request(&self, req: &GdapRequest, edited: &Draft) -> Result<AdminRelationship> {
        self.send_gdap_request_on(req, edited, gdap::today()).await
    }

    pub(crate) async fn send_gdap_request_on(
        &self,
        req: &GdapRequest,
        edited: &Draft,
        today: Date,
    ) -> Result<AdminRelationship> {
        let mut tx = self.write().await?;
        let r = self.resolve_gdap(&mut tx, req).await?;
        let d = outgoing(edited, &r.approval.link)?;
        let id = record_request(&mut tx, &r, &d, today).await?;
        let made = relationship_in(&mut tx, id, today).await?;
        tx.commit().await?;
        Ok(made)
    }

    /// Every admin relationship of a customer (or of all customers), newest first.
    pub async fn admin_relationships(&self, customer_id: Option<i64>) -> Result<Vec<AdminRelationship>> {
        self.admin_relationships_on(customer_id, gdap::today()).await
    }

    pub(crate) async fn admin_relationships_on(
        &self,
        customer_id: Option<i64>,
        today: Date,
    ) -> Result<Vec<AdminRelationship>> {
        let me = self.require(Action::ViewCustomers).await?;
        let sql =
            Sql::new(format!("{SELECT} WHERE (?1 IS NULL OR r.customer_id = ?1) ORDER BY r.id DESC")).bind(customer_id);
        relationships(self, sql, today, me.reminder_days).await
    }

    /// Records that the customer approved a pending request on `approved_on` (`YYYY-MM-DD`):
    /// the relationship is active from that day for its duration.
    pub async fn approve_gdap(&self, id: i64, approved_on: &str) -> Result<AdminRelationship> {
        self.approve_gdap_on(id, approved_on, gdap::today()).await
    }

    pub(crate) async fn approve_gdap_on(&self, id: i64, approved_on: &str, today: Date) -> Result<AdminRelationship> {
        let approved = gdap::parse_date(approved_on).map_err(|rule| Error::invalid(Field::ApprovedOn, rule))?;
        let mut tx = self.write().await?;
        let actor = self.actor_for(&mut tx, Action::ManageAdminRelationships).await?;
        let life = row_in(&mut tx, id).await?.lifecycle(today);
        if life.status(today) != GdapStatus::PendingApproval {
            return Err(Error::WrongState(StateConflict::GdapNotPending));
        }
        life.check_approval(approved, today).map_err(|rule| Error::invalid(Field::ApprovedOn, rule))?;
        let approved_life = Lifecycle { approved_on: Some(approved), ..life };
        let now = tx.dialect().now();
        Sql::new(format!(
            "UPDATE admin_relationships SET approved_on = ?, ends_on = ?, status_at = {now} WHERE id = ?"
        ))
        .bind(gdap::date_text(approved))
        .bind(approved_life.first_end().map(gdap::date_text))
        .bind(id)
        .execute(&mut tx)
        .await?;
        recorded(tx, &actor, ActivityAction::GdapApproved, id, approved_on, today).await
    }

    /// Records that a pending or active relationship ended today, and why.
    pub async fn terminate_gdap(&self, id: i64, reason: &str) -> Result<AdminRelationship> {
        self.terminate_gdap_on(id, reason, gdap::today()).await
    }

    pub(crate) async fn terminate_gdap_on(&self, id: i64, reason: &str, today: Date) -> Result<AdminRelationship> {
        let reason = match validate::free_text(reason, MAX_REASON_CHARS) {
            Ok(r) if r.is_empty() => Err(Rule::Required),
            other => other,
        }
        .map_err(|rule| Error::invalid(Field::TerminationReason, rule))?;
        let mut tx = self.write().await?;
        let actor = self.actor_for(&mut tx, Action::ManageAdminRelationships).await?;
        let rel = relationship_in(&mut tx, id, today).await?;
        if !matches!(rel.status, GdapStatus::PendingApproval | GdapStatus::Active) {
            return Err(Error::WrongState(StateConflict::GdapEnded));
        }
        let now = tx.dialect().now();
        Sql::new(format!(
            "UPDATE admin_relationships SET terminated_on = ?, termination_reason = ?, status_at = {now} WHERE id = ?"
        ))
        .bind(gdap::date_text(today))
        .bind(&reason)
        .bind(id)
        .execute(&mut tx)
        .await?;
        recorded(tx, &actor, ActivityAction::GdapTerminated, id, &reason, today).await
    }

    /// The GDAP overview on today.
    pub async fn gdap_overview(&self) -> Result<GdapOverview> {
        self.gdap_overview_on(gdap::today()).await
    }

    pub(crate) async fn gdap_overview_on(&self, today: Date) -> Result<GdapOverview> {
        let days = self.require(Action::ViewCustomers).await?.reminder_days;
        let on = gdap::date_text(today);
        let soon = gdap::date_text(today.saturating_add(time::Duration::days(gdap::ENDING_SOON_DAYS)));
        let status = status_sql();
        let counted: Vec<(String, i64)> = Sql::new(format!(
            "SELECT status, count(*) FROM (SELECT {status} AS status FROM admin_relationships r) s GROUP BY status"
        ))
        .bind(on.as_str())
        .fetch_all(self.pool())
        .await?;
        let counts = GdapStatus::ALL
            .iter()
            .map(|s| StatusCount {
                status: *s,
                count: counted.iter().find(|(n, _)| n == s.as_str()).map_or(0, |(_, c)| count_of(*c)),
            })
            .collect();
        let listed = |filter: &str, order: &str| {
            Sql::new(format!("{SELECT} WHERE {status} = ?2 {filter} ORDER BY {order} LIMIT {OVERVIEW_ROWS}"))
                .bind(on.as_str())
        };
        let pending = relationships(
            self,
            listed("", "r.requested_on, r.id").bind(GdapStatus::PendingApproval.as_str()),
            today,
            days,
        )
        .await?;
        let ending_soon = relationships(
            self,
            listed("AND NOT r.auto_extend AND r.ends_on <= ?3", "r.ends_on, r.id")
                .bind(GdapStatus::Active.as_str())
                .bind(soon.as_str()),
            today,
            days,
        )
        .await?;
        let expired =
            relationships(self, listed("", "r.id DESC").bind(GdapStatus::Expired.as_str()), today, days).await?;
        let without = format!(
            "FROM customers c WHERE c.relationship = ?2 AND NOT EXISTS \
             (SELECT 1 FROM admin_relationships r WHERE r.customer_id = c.id AND {status} = ?3)"
        );
        let without_active: Vec<CustomerRef> = Sql::new(format!(
            "SELECT c.id, c.company_name {without} ORDER BY c.company_name, c.id LIMIT {OVERVIEW_ROWS}"
        ))
        .bind(on.as_str())
        .bind(Relationship::Reseller.as_str())
        .bind(GdapStatus::Active.as_str())
        .fetch_all(self.pool())
        .await?;
        let without_active_count: i64 = Sql::new(format!("SELECT count(*) {without}"))
            .bind(on.as_str())
            .bind(Relationship::Reseller.as_str())
            .bind(GdapStatus::Active.as_str())
            .scalar(self.pool())
            .await?;
        Ok(GdapOverview {
            counts,
            pending,
            ending_soon,
            expired,
            without_active,
            without_active_count: count_of(without_active_count),
        })
    }

    /// The role templates: Microsoft's *Default GDAP* set for the partner's type first (named in
    /// the user's language), then the saved ones by name.
    pub async fn role_templates(&self) -> Result<Vec<RoleTemplate>> {
        self.require(Action::ViewCustomers).await?;
        let lang = self.ui_language().await?;
        let mut tx = self.pool().begin().await?;
        let profile = profile_in(&mut tx).await?.ok_or(Error::ProfileMissing)?;
        let built_in = RoleTemplate {
            id: None,
            name: crate::i18n::text(lang, "role-template-default", None),
            roles: gdap::default_roles(profile.partner_type),
        };
        let saved: Vec<(i64, String, String)> =
            Sql::new("SELECT id, name, roles FROM role_templates ORDER BY lower(name), id").fetch_all(&mut tx).await?;
        let saved = saved.into_iter().map(|(id, name, roles)| RoleTemplate {
            id: Some(id),
            name,
            roles: roles.split(',').filter(|r| !r.is_empty()).map(str::to_owned).collect(),
        });
        Ok(std::iter::once(built_in).chain(saved).collect())
    }

    /// Saves a role template, new (`id` none) or changed.
    pub async fn save_role_template(&self, id: Option<i64>, input: &RoleTemplateInput) -> Result<RoleTemplate> {
        let valid = input.validate().map_err(Error::Invalid)?;
        let mut tx = self.write().await?;
        let actor = self.actor_for(&mut tx, Action::ManageAdminRelationships).await?;
        let taken: Option<i64> =
            Sql::new("SELECT id FROM role_templates WHERE lower(name) = lower(?) AND (?2 IS NULL OR id <> ?2)")
                .bind(valid.name.as_str())
                .bind(id)
                .scalar_optional(&mut tx)
                .await?;
        if taken.is_some() {
            return Err(Error::invalid(Field::TemplateName, Rule::TemplateTaken));
        }
        let now = tx.dialect().now();
        let roles = valid.roles.join(",");
        let id = match id {
            Some(id) => {
                let changed = Sql::new(format!("UPDATE role_templates SET name = ?, roles = ?, updated_at = {now} WHERE id = ?"))
                    .bind(valid.name.as_str())
                    .bind(roles.as_str())
                    .bind(id)
                    .execute(&mut tx)
                    .await?;
                if changed == 0 {
                    return Err(Error::NotFound(Entity::RoleTemplate, id));
                }
                id
            }
            None => {
                Sql::new(format!(
                    "INSERT INTO role_templates (name, roles, created_at, updated_at) VALUES (?, ?, {now}, {now}) RETURNING id"
                ))
                .bind(valid.name.as_str())
                .bind(roles.as_str())
                .scalar(&mut tx)
                .await?
            }
        };
        actor.record(&mut tx, ActivityAction::RoleTemplateSaved, None, &valid.name, &[]).await?;
        tx.commit().await?;
        Ok(RoleTemplate { id: Some(id), name: valid.name, roles: valid.roles })
    }

    /// Deletes a saved role template; relationships requested from it keep its name.
    pub async fn delete_role_template(&self, id: i64) -> Result<()> {
        let mut tx = self.write().await?;
        let actor = self.actor_for(&mut tx, Action::ManageAdminRelationships).await?;
        let name: String = Sql::new("DELETE FROM role_templates WHERE id = ? RETURNING name")
            .bind(id)
            .scalar_optional(&mut tx)
            .await?
            .ok_or(Error::NotFound(Entity::RoleTemplate, id))?;
        actor.record(&mut tx, ActivityAction::RoleTemplateDeleted, None, &name, &[]).await?;
        tx.commit().await
    }
}
