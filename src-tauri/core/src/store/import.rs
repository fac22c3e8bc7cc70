//! Reconciling Partner Center's `Customers.csv` with Liaison's customers and pending
//! invitations, and exporting customers and the activity log as CSV.

use super::activity::Actor;
use super::customers::{customer_in, insert_customer, write_tags};
use super::invitations::{accept_in, invitation_in};
use super::profile::profile_in;
use super::{Store, NOW};
use crate::error::field_message;
use crate::{
    csv, i18n, validate, Action, ActivityAction, ActivityQuery, CustomerQuery, Error, Field, Language, Relationship,
    Result, Rule, ValidCustomer,
};
use fluent_bundle::FluentArgs;
use serde::Serialize;
use ts_rs::TS;

/// What an import did, or would do when only previewed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportReport {
    /// False for a preview: nothing was written.
    pub applied: bool,
    pub added: u32,
    pub updated: u32,
    pub unchanged: u32,
    /// Pending invitations marked accepted because their customer is now listed.
    pub matched: u32,
    pub rejected: Vec<RejectedRow>,
}

/// A row that was not imported, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RejectedRow {
    pub line: u32,
    pub company: String,
    pub reasons: Vec<String>,
}

/// The columns of Partner Center's customer list, by their message ids.
const COLUMNS: [&str; 5] =
    ["csv-col-microsoft-id", "csv-col-company", "csv-col-domain", "csv-col-relationship", "csv-col-tags"];

/// Where each known column is in a header row; its name may be in any of Liaison's languages.
fn column_positions(header: &[String]) -> [Option<usize>; 5] {
    let names: Vec<String> = header.iter().map(|h| h.trim().to_lowercase()).collect();
    COLUMNS.map(|id| {
        i18n::available()
            .into_iter()
            .map(|lang| i18n::text(lang, id, None).to_lowercase())
            .find_map(|name| names.iter().position(|n| *n == name))
    })
}

impl Store {
    /// Reads a `Customers.csv`: adds new customers, updates known ones (found by Microsoft ID,
    /// then by primary domain), and accepts their pending invitations. All valid rows are applied
    /// in one transaction, and only if `apply`; rejected rows are reported with their reasons.
    pub async fn import_customers(&self, text: &str, apply: bool) -> Result<ImportReport> {
        let lang = self.ui_language().await?;
        let rows = csv::parse(text);
        let Some(((_, header), rows)) = rows.split_first() else {
            return Err(Error::CsvColumns(COLUMNS[..3].iter().map(|id| i18n::text(lang, id, None)).collect()));
        };
        let pos = column_positions(header);
        let missing: Vec<String> = COLUMNS[..3]
            .iter()
            .zip(&pos)
            .filter(|(_, p)| p.is_none())
            .map(|(id, _)| i18n::text(lang, id, None))
            .collect();
        if !missing.is_empty() {
            return Err(Error::CsvColumns(missing));
        }
        let cell =
            |row: &[String], i: usize| pos[i].and_then(|p| row.get(p)).map(|s| s.trim().to_owned()).unwrap_or_default();

        let mut tx = self.write().await?;
        let actor = self.actor_for(&mut tx, Action::RecordAcceptance).await?;
        let profile = profile_in(&mut tx).await?.ok_or(Error::ProfileMissing)?;
        let mut report = ImportReport { applied: apply, ..ImportReport::default() };
        for (line, row) in rows {
            let company = cell(row, 1);
            let mut reasons = Vec::new();
            let mut check = |field, r: std::result::Result<String, Rule>| {
                r.map_err(|rule| reasons.push(field_message(lang, field, rule))).unwrap_or_default()
            };
            let mid = check(Field::MicrosoftId, validate::guid(&cell(row, 0)));
            let name = check(Field::CompanyName, validate::company_name(&company));
            let domain = check(Field::PrimaryDomain, validate::primary_domain(&cell(row, 2)));
            let raw_tags: Vec<String> = cell(row, 4).split([';', ',']).map(str::to_owned).collect();
            let tags = validate::tags(&raw_tags).map_err(|rule| reasons.push(field_message(lang, Field::Tags, rule)));
            if !reasons.is_empty() {
                report.rejected.push(RejectedRow { line: *line, company, reasons });
                continue;
            }
            let tags = tags.unwrap_or_default();
            match reconcile(&mut tx, &actor, &profile.country, profile.language, &mid, &name, &domain, &tags).await? {
                Outcome::Added => report.added += 1,
                Outcome::Updated(n) => {
                    report.updated += 1;
                    report.matched += n;
                }
                Outcome::Unchanged(n) => {
                    report.unchanged += 1;
                    report.matched += n;
                }
                Outcome::DomainTaken => report.rejected.push(RejectedRow {
                    line: *line,
                    company,
                    reasons: vec![field_message(lang, Field::PrimaryDomain, Rule::Taken)],
                }),
                Outcome::TooManyTags => report.rejected.push(RejectedRow {
                    line: *line,
                    company,
                    reasons: vec![field_message(lang, Field::Tags, Rule::TooMany { max: validate::MAX_TAGS as u32 })],
                }),
            }
        }
        if apply {
            let mut args = FluentArgs::new();
            args.set("added", report.added);
            args.set("updated", report.updated);
            args.set("matched", report.matched);
            args.set("rejected", report.rejected.len());
            let summary = i18n::text(lang, "import-summary", Some(&args));
            actor
                .record_detail(&mut tx, ActivityAction::CustomersImported, None, "Customers.csv", &[], Some(&summary))
                .await?;
            tx.commit().await?;
        } else {
            tx.rollback().await?;
        }
        Ok(report)
    }

    /// Every customer of one view (the Customers page's reseller customers, or invited,
    /// prospects, removed), as Partner Center's `Customers.csv` (UTF-8 with BOM), with headers and
    /// relationships in the user's language.
    pub async fn export_customers(&self, view: Relationship) -> Result<String> {
        self.require(Action::ViewCustomers).await?;
        let lang = self.ui_language().await?;
        let mut out = String::from(csv::BOM);
        let header: Vec<String> = COLUMNS.iter().map(|id| i18n::text(lang, id, None)).collect();
        csv::write_row(&mut out, &header.iter().map(String::as_str).collect::<Vec<_>>());
        let mut offset = 0;
        loop {
            let q = CustomerQuery {
                relationship: view,
                offset,
                limit: CustomerQuery::MAX_LIMIT,
                ..CustomerQuery::default()
            };
            let page = self.customers(&q).await?;
            for c in &page.items {
                let relationship = i18n::text(lang, &format!("relationship-{}", c.relationship.as_str()), None);
                let tags = c.tags.join(";");
                csv::write_row(
                    &mut out,
                    &[
                        c.microsoft_id.as_deref().unwrap_or(""),
                        &c.company_name,
                        &c.primary_domain,
                        &relationship,
                        &tags,
                    ],
                );
            }
            offset += page.items.len() as u32;
            if page.items.is_empty() || offset >= page.total {
                return Ok(out);
            }
        }
    }

    /// The activity lines `q` selects (every page), as CSV in the user's language.
    pub async fn export_activity(&self, q: &ActivityQuery) -> Result<String> {
        self.require(Action::ViewCustomers).await?;
        let lang = self.ui_language().await?;
        let mut out = String::from(csv::BOM);
        let header: Vec<String> =
            ["activity-col-when", "activity-col-who", "field-staff-role", "activity-col-what", "activity-col-detail"]
                .iter()
                .map(|id| i18n::text(lang, id, None))
                .collect();
        csv::write_row(&mut out, &header.iter().map(String::as_str).collect::<Vec<_>>());
        let mut q = ActivityQuery { offset: 0, limit: 500, ..q.clone() };
        loop {
            let page = self.activity(&q).await?;
            for e in &page.items {
                let role = i18n::text(lang, &format!("role-{}", e.actor_role.as_str().replace('_', "-")), None);
                csv::write_row(
                    &mut out,
                    &[&e.at, &e.actor_name, &role, &e.description, e.detail.as_deref().unwrap_or("")],
                );
            }
            q.offset += page.items.len() as u32;
            if page.items.is_empty() || q.offset >= page.total {
                return Ok(out);
            }
        }
    }
}

enum Outcome {
    Added,
    /// Changed, and how many pending invitations were accepted.
    Updated(u32),
    Unchanged(u32),
    DomainTaken,
    /// The customer's tags and the row's together would be more than a customer may have.
    TooManyTags,
}

#[allow(clippy::too_many_arguments)]
async fn reconcile(
    tx: &mut sqlx::Transaction<'static, sqlx::Sqlite>,
    actor: &Actor,
    country: &str,
    language: Language,
    mid: &str,
    name: &str,
    domain: &str,
    tags: &[String],
) -> Result<Outcome> {
    let by_id: Option<i64> = sqlx::query_scalar("SELECT id FROM customers WHERE microsoft_id = ?")
        .bind(mid)
        .fetch_optional(&mut **tx)
        .await?;
    let by_domain: Option<i64> = sqlx::query_scalar("SELECT id FROM customers WHERE primary_domain = ?")
        .bind(domain)
        .fetch_optional(&mut **tx)
        .await?;
    let Some(id) = by_id.or(by_domain) else {
        let v = ValidCustomer {
            company_name: name.to_owned(),
            primary_domain: domain.to_owned(),
            microsoft_id: Some(mid.to_owned()),
            country: country.to_owned(),
            contact_name: String::new(),
            contact_email: String::new(),
            language,
            tags: tags.to_vec(),
            notes: String::new(),
        };
        let id = insert_customer(tx, &v, Relationship::Reseller).await?;
        actor.record(tx, ActivityAction::CustomerAdded, Some(id), name, &[]).await?;
        return Ok(Outcome::Added);
    };
    if by_domain.is_some_and(|d| d != id) {
        return Ok(Outcome::DomainTaken);
    }
    if !tags.is_empty() {
        let current: Vec<String> = sqlx::query_scalar("SELECT tag FROM customer_tags WHERE customer_id = ?")
            .bind(id)
            .fetch_all(&mut **tx)
            .await?;
        let new = tags.iter().filter(|t| !current.iter().any(|c| c.to_lowercase() == t.to_lowercase())).count();
        if current.len() + new > validate::MAX_TAGS {
            return Ok(Outcome::TooManyTags);
        }
    }
    let pending: Vec<i64> = sqlx::query_scalar("SELECT id FROM invitations WHERE customer_id = ? AND status = 'sent'")
        .bind(id)
        .fetch_all(&mut **tx)
        .await?;
    for inv in &pending {
        let inv = invitation_in(tx, *inv).await?;
        accept_in(tx, actor, &inv, Some(mid)).await?;
    }
    let c = customer_in(tx, id).await?;
    let mut merged = c.tags.clone();
    for t in tags {
        if !merged.iter().any(|m| m.to_lowercase() == t.to_lowercase()) {
            merged.push(t.clone());
        }
    }
    let changed: Vec<Field> = [
        (Field::CompanyName, c.company_name != name),
        (Field::PrimaryDomain, c.primary_domain != domain),
        (Field::MicrosoftId, c.microsoft_id.as_deref() != Some(mid)),
        (Field::Tags, merged.len() != c.tags.len()),
    ]
    .into_iter()
    .filter_map(|(f, ch)| ch.then_some(f))
    .collect();
    let relationship_changed = c.relationship != Relationship::Reseller;
    if changed.is_empty() && !relationship_changed {
        return Ok(Outcome::Unchanged(pending.len() as u32));
    }
    sqlx::query(&format!(
        "UPDATE customers SET company_name = ?, company_key = ?, primary_domain = ?, microsoft_id = ?, \
         relationship = 'reseller', updated_at = {NOW} WHERE id = ?"
    ))
    .bind(name)
    .bind(name.to_lowercase())
    .bind(domain)
    .bind(mid)
    .bind(id)
    .execute(&mut **tx)
    .await?;
    write_tags(tx, id, &merged).await?;
    if !changed.is_empty() {
        actor.record(tx, ActivityAction::CustomerUpdated, Some(id), name, &changed).await?;
    }
    Ok(Outcome::Updated(pending.len() as u32))
}
