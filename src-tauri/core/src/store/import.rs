//! Reconciling Partner Center's `Customers.csv` with Liaison's customers and pending
//! invitations, and exporting customers and the activity log as CSV.
//!
//! A preview reads in a read transaction, so other writes go on meanwhile; applying plans the
//! file again inside the one write transaction that carries it out, so nothing that changed since
//! the preview is overwritten unseen.

use super::activity::{details_of, Actor, Line};
use super::customers::{
    insert_customers, insert_tags, replace_tags, tidy_after_bulk_write, IndexesSetAside, BATCH_ROWS, TIDIED_AFTER_ROWS,
};
use super::db::{Chunks, Keyed};
use super::invitations::{accept_in, invitation_in};
use super::profile::profile_in;
use super::{Sql, Store, Tx};
use crate::csv::{FileFormat, Sheet};
use crate::error::field_message;
use crate::{
    csv, i18n, validate, Action, ActivityAction, Error, Field, InvitationStatus, Language, PartnerProfile,
    Relationship, Result, Rule, ValidCustomer,
};
use fluent_bundle::FluentArgs;
use serde::{Deserialize, Serialize};
// A fast hash, seeded at random all the same, for the maps an import builds of every row and
// customer: the standard SipHash was a visible share of matching the rows.
use foldhash::HashMap;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use ts_rs::TS;

/// What an import did, or would do when only previewed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportReport {
    /// False for a preview: nothing was written.
    pub applied: bool,
    /// The file's encoding and delimiter, as detected.
    pub format: FileFormat,
    pub added: u32,
    pub updated: u32,
    pub unchanged: u32,
    /// Pending invitations marked accepted because their customer is now listed.
    pub matched: u32,
    /// Customers whose relationship was removed in Liaison but whom the file lists as resellers:
    /// importing marks their relationship Reseller again, each with its own activity line.
    pub restored: Vec<ListedRow>,
    pub rejected: Vec<RejectedRow>,
}

/// A row of the file, named by its line and company.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ListedRow {
    pub line: u32,
    pub company: String,
}

/// A row that was not imported, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RejectedRow {
    pub line: u32,
    pub company: String,
    pub reasons: Vec<String>,
}

/// How far an import has come: `done` of `total` steps (each row is read, and then, when
/// applying, written).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportProgress {
    pub done: u32,
    pub total: u32,
}

/// One value an import changed, kept as data so that its line is worded in the reader's
/// language. Relationships are kept by their stored names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct FieldChange {
    field: Field,
    from: String,
    to: String,
}

/// An import's counts, kept as data on its activity line.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct ImportCounts {
    added: u32,
    updated: u32,
    unchanged: u32,
    matched: u32,
    restored: u32,
    rejected: u32,
}

/// The detail of an activity line written from its data (what an import changed, or its
/// counts) in `lang`; `None` for lines that keep no such data.
pub(crate) fn detail_from_data(
    lang: Language,
    changes: &[FieldChange],
    counts: Option<&ImportCounts>,
) -> Option<String> {
    if let Some(c) = counts {
        let mut args = FluentArgs::new();
        args.set("added", c.added);
        args.set("updated", c.updated);
        args.set("unchanged", c.unchanged);
        args.set("matched", c.matched);
        args.set("restored", c.restored);
        args.set("rejected", c.rejected);
        return Some(i18n::text(lang, "import-summary-counts", Some(&args)));
    }
    if changes.is_empty() {
        return None;
    }
    let value = |field: Field, v: &str| match field {
        _ if v.is_empty() => "—".to_owned(),
        Field::Relationship => i18n::text(lang, &format!("relationship-{v}"), None),
        _ => v.to_owned(),
    };
    let lines: Vec<String> = changes
        .iter()
        .map(|c| {
            let mut args = FluentArgs::new();
            args.set("field", i18n::text(lang, &c.field.message_id(), None));
            args.set("from", value(c.field, &c.from));
            args.set("to", value(c.field, &c.to));
            i18n::text(lang, "activity-change", Some(&args))
        })
        .collect();
    Some(lines.join("; "))
}

/// The columns of Partner Center's customer list, by their message ids; all but Tags required.
pub(crate) const COLUMNS: [&str; 5] =
    ["csv-col-microsoft-id", "csv-col-company", "csv-col-domain", "csv-col-relationship", "csv-col-tags"];
const REQUIRED: usize = 4;

/// What Partner Center's own export writes for a reseller relationship (its documentation's
/// example); Liaison's own words for each relationship are recognised in every language.
const PARTNER_CENTER_RESELLER: &[&str] = &["Cloud Reseller"];

/// Where each known column is in a header row; its name may be in any of Liaison's languages.
fn column_positions(header: &[&str]) -> [Option<usize>; 5] {
    let names: Vec<String> = header.iter().map(|h| csv::unguard(h.trim()).to_lowercase()).collect();
    COLUMNS.map(|id| {
        i18n::available()
            .into_iter()
            .map(|lang| i18n::text(lang, id, None).to_lowercase())
            .find_map(|name| names.iter().position(|n| *n == name))
    })
}

/// Every way a file may word a relationship (in any of Liaison's languages or as Partner
/// Center does), by [`relationship_key`]; built once an import.
fn relationship_names() -> HashMap<String, Relationship> {
    let mut names = HashMap::default();
    for r in PARTNER_CENTER_RESELLER {
        names.insert(relationship_key(r), Relationship::Reseller);
    }
    for r in Relationship::ALL.iter().copied() {
        for lang in i18n::available() {
            names.entry(relationship_key(&r.name(lang))).or_insert(r);
        }
    }
    names
}

/// A relationship's wording without case or spaces, as files differ in both.
fn relationship_key(value: &str) -> String {
    value.chars().filter(|c| !c.is_whitespace()).flat_map(char::to_lowercase).collect()
}

/// One row of the file: its cells trimmed and any spreadsheet formula guard undone.
struct Row {
    line: u32,
    cells: [String; 5],
}

/// Reads the header and rows of `sheet`.
fn read_rows(sheet: &Sheet, lang: Language) -> Result<Vec<Row>> {
    let mut positions = None;
    let mut rows = Vec::new();
    sheet.for_each(|line, fields| {
        let Some(pos) = positions else {
            let found = column_positions(fields);
            let missing: Vec<String> = COLUMNS[..REQUIRED]
                .iter()
                .zip(&found)
                .filter(|(_, p)| p.is_none())
                .map(|(id, _)| i18n::text(lang, id, None))
                .collect();
            if !missing.is_empty() {
                return Err(Error::CsvColumns(missing));
            }
            positions = Some(found);
            return Ok(());
        };
        let cell = |p: Option<usize>| {
            p.and_then(|p| fields.get(p)).map(|s| csv::unguard(s.trim()).trim().to_owned()).unwrap_or_default()
        };
        rows.push(Row { line, cells: pos.map(cell) });
        Ok(())
    })?;
    if positions.is_none() {
        return Err(Error::CsvColumns(COLUMNS[..REQUIRED].iter().map(|id| i18n::text(lang, id, None)).collect()));
    }
    Ok(rows)
}

/// What one valid row does to an existing customer.
struct Update {
    id: i64,
    name: String,
    domain: String,
    mid: Option<String>,
    tags: TagsWrite,
    relationship: Relationship,
    /// Pending invitations the row accepts.
    accept: Vec<i64>,
    restored: bool,
    changes: Vec<FieldChange>,
}

/// What an update writes of the customer's tags.
enum TagsWrite {
    Keep,
    /// The tags the row adds: the customer keeps its own, stored as the rules leave them.
    Add(Vec<String>),
    /// All of them, for a customer whose stored tags the rules would change (written by hand
    /// into the database): they are stored as the rules leave them.
    Replace(Vec<String>),
}

enum Step {
    Reject(RejectedRow),
    Add(ValidCustomer, Relationship),
    Update(Update),
    Unchanged,
}

/// Keeps an import's progress reports to about a hundred, and stops it when cancelled.
struct Watch<'a> {
    progress: &'a (dyn Fn(ImportProgress) + Send + Sync),
    cancel: &'a AtomicBool,
    total: u32,
    done: u32,
    every: u32,
}

impl Watch<'_> {
    fn step(&mut self) -> Result<()> {
        self.advance(1)
    }

    /// `steps` more are done.
    fn advance(&mut self, steps: usize) -> Result<()> {
        if self.cancel.load(Ordering::Relaxed) {
            return Err(Error::Cancelled);
        }
        let before = self.done / self.every;
        self.done = (self.done + steps as u32).min(self.total);
        if self.done / self.every != before || self.done == self.total {
            (self.progress)(ImportProgress { done: self.done, total: self.total });
        }
        Ok(())
    }
}

/// A customer as an import matches rows against it: its columns [`KNOWN_COLUMNS`] in order,
/// and its tags.
#[derive(sqlx::FromRow, serde::Deserialize)]
struct KnownCustomer {
    id: i64,
    company_name: String,
    primary_domain: String,
    microsoft_id: Option<String>,
    #[sqlx(try_from = "String")]
    relationship: Relationship,
    #[sqlx(skip)]
    #[serde(skip)]
    tags: Vec<String>,
}

const KNOWN_COLUMNS: &str = "id, company_name, primary_domain, microsoft_id, relationship";

/// How many known customers are read at once.
const KNOWN_A_CHUNK: u32 = 5_000;

impl Keyed for KnownCustomer {
    fn key(&self) -> i64 {
        self.id
    }
}

/// What the database holds that rows are matched against, read once at the start: every
/// customer with its tags, and the pending invitations of each. Planning then reads nothing
/// more, so its time does not grow with round trips to the database.
struct Known {
    /// By ascending id.
    customers: Vec<KnownCustomer>,
    /// Pending invitations of each customer, oldest first.
    pending: HashMap<i64, Vec<i64>>,
}

impl Known {
    async fn read(tx: &mut Tx) -> Result<Known> {
        let mut customers: Vec<KnownCustomer> = Vec::new();
        let mut chunks = Chunks::new(KNOWN_COLUMNS, false, KNOWN_A_CHUNK);
        while let Some(chunk) = chunks.next::<KnownCustomer>(&mut *tx, Sql::new(" FROM customers WHERE 1 = 1")).await? {
            customers.extend(chunk);
        }
        // Held through the whole import: without the room its growth left (up to a third).
        customers.shrink_to_fit();
        // In the order a customer's tags are read everywhere else (select_customer).
        Sql::new("SELECT customer_id, tag FROM customer_tags ORDER BY customer_id, tag")
            .for_each(&mut *tx, |(id, tag): (i64, String)| {
                if let Ok(i) = customers.binary_search_by_key(&id, |c| c.id) {
                    customers[i].tags.push(tag);
                }
                Ok(())
            })
            .await?;
        let mut pending: HashMap<i64, Vec<i64>> = HashMap::default();
        Sql::new("SELECT id, customer_id FROM invitations WHERE status = ? ORDER BY id")
            .bind(InvitationStatus::Sent.as_str())
            .for_each(&mut *tx, |(id, customer): (i64, i64)| {
                pending.entry(customer).or_default().push(id);
                Ok(())
            })
            .await?;
        Ok(Known { customers, pending })
    }
}

impl ImportReport {
    /// Counts what `step` does to the row on `line`.
    fn tally(&mut self, line: u32, step: &Step) {
        match step {
            Step::Reject(r) => self.rejected.push(r.clone()),
            Step::Add(..) => self.added += 1,
            Step::Unchanged => self.unchanged += 1,
            Step::Update(u) => {
                self.matched += u.accept.len() as u32;
                if u.restored {
                    self.restored.push(ListedRow { line, company: u.name.clone() });
                } else {
                    self.updated += 1;
                }
            }
        }
    }
}

impl Store {
    /// Reads the `Customers.csv` at `path` (any of the encodings and delimiters of
    /// [`crate::csv`]): adds new customers, updates known ones (found by Microsoft ID, then by
    /// primary domain), accepts the pending invitations of customers listed as resellers, and
    /// marks Reseller again those removed in Liaison whom the file lists as resellers. Only if
    /// `apply`, all valid rows are written in one transaction; rejected rows are reported with
    /// their reasons. `progress` hears how far it has come; setting `cancel` stops it with
    /// [`Error::Cancelled`] and nothing written.
    pub async fn import_customers(
        &self,
        path: &Path,
        apply: bool,
        progress: &(dyn Fn(ImportProgress) + Send + Sync),
        cancel: &AtomicBool,
    ) -> Result<ImportReport> {
        let lang = self.ui_language().await?;
        // The file's text is let go once its rows are read.
        let (format, rows) = {
            let sheet = Sheet::open(path, lang)?;
            (sheet.format, read_rows(&sheet, lang)?)
        };
        let count = rows.len() as u32;
        let total = if apply { count * 2 } else { count };
        let mut watch = Watch { progress, cancel, total, done: 0, every: (total / 100).max(1) };
        let mut tx = if apply { self.write().await? } else { self.pool().begin().await? };
        let actor = self.actor_for(&mut tx, Action::RecordAcceptance).await?;
        let profile = profile_in(&mut tx).await?.ok_or(Error::ProfileMissing)?;
        let known = Known::read(&mut tx).await?;
        let aside = if apply { Some(IndexesSetAside::before_writing(&mut tx, rows.len()).await?) } else { None };
        let checked = check_all(lang, rows, &mut watch)?;
        let mut planner = Planner::new(lang, &profile, &known);
        let mut report = ImportReport {
            applied: apply,
            format,
            added: 0,
            updated: 0,
            unchanged: 0,
            matched: 0,
            restored: Vec::new(),
            rejected: Vec::new(),
        };
        // Each step is written, a batch at a time, as soon as it is planned: a file's steps are
        // never all held at once (they were most of an import's memory).
        let mut batch = Batch::default();
        for checked in checked.iter().flatten() {
            let step = planner.step(checked);
            report.tally(checked.line, &step);
            if apply {
                batch.push(&mut tx, &actor, step, &mut watch).await?;
            }
        }
        if !apply {
            tx.rollback().await?;
            return Ok(report);
        }
        batch.finish(&mut tx, &actor, &mut watch).await?;
        if report.added + report.updated + report.matched >= TIDIED_AFTER_ROWS {
            tidy_after_bulk_write(&mut tx).await?;
        }
        let counts = ImportCounts {
            added: report.added,
            updated: report.updated,
            unchanged: report.unchanged,
            matched: report.matched,
            restored: report.restored.len() as u32,
            rejected: report.rejected.len() as u32,
        };
        let details = serde_json::json!({ "counts": counts });
        actor.record_data(&mut tx, ActivityAction::CustomersImported, None, "Customers.csv", details).await?;
        if let Some(aside) = aside {
            aside.rebuild(&mut tx).await?;
        }
        tx.commit().await?;
        Ok(report)
    }
}

/// A row's cells as the rules take them, with the reasons (in the user's language) it breaks
/// them; a cell that breaks a rule is empty, or none. The row's line and company cell as the
/// file has them name it if it is rejected.
struct Checked {
    line: u32,
    company: String,
    mid: Option<String>,
    name: String,
    domain: String,
    listed: Option<Relationship>,
    tags: Option<Vec<String>>,
    reasons: Vec<String>,
}

/// Checks every row against the rules on as many threads as the machine has cores: the rules
/// (Unicode normalisation, IDNA) were most of the time an import planned. The rows come back in
/// order, in one part a thread (not copied into one list); progress is reported as the threads
/// go, and all of them stop when the import is cancelled. The rows are let go once checked.
fn check_all(lang: Language, mut rows: Vec<Row>, watch: &mut Watch<'_>) -> Result<Vec<Vec<Checked>>> {
    let names = &relationship_names();
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
    let part = rows.len().div_ceil(threads).max(1);
    let (cancel, every) = (watch.cancel, watch.every.max(1) as usize);
    let (done, progress) = std::sync::mpsc::channel::<usize>();
    std::thread::scope(|s| {
        let parts: Vec<_> = rows
            .chunks_mut(part)
            .map(|rows| {
                let done = done.clone();
                s.spawn(move || {
                    let mut checked = Vec::with_capacity(rows.len());
                    for piece in rows.chunks_mut(every) {
                        if cancel.load(Ordering::Relaxed) {
                            break;
                        }
                        checked.extend(piece.iter_mut().map(|row| check(lang, names, row)));
                        // The receiver outlives every sender.
                        let _ = done.send(piece.len());
                    }
                    checked
                })
            })
            .collect();
        drop(done);
        let mut watched = Ok(());
        for checked in progress {
            if watched.is_ok() {
                watched = watch.advance(checked);
            }
        }
        watched?;
        // Threads that saw the cancel before sending again leave no report to notice it by,
        // and parts short of their rows: never hand those on as if all were checked.
        if cancel.load(Ordering::Relaxed) {
            return Err(Error::Cancelled);
        }
        Ok(parts.into_iter().map(|part| part.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))).collect())
    })
}

/// Checks one row against the rules, on its own (not against the other rows or the database),
/// taking its cells.
fn check(lang: Language, names: &HashMap<String, Relationship>, row: &mut Row) -> Checked {
    let [mid, company, domain, relationship, tags] = row.cells.each_mut().map(std::mem::take);
    let mut reasons = Vec::new();
    let mid = validate::optional_guid(&mid)
        .map_err(|rule| reasons.push(field_message(lang, Field::MicrosoftId, rule)))
        .unwrap_or_default();
    let mut check = |field, r: std::result::Result<String, Rule>| {
        r.map_err(|rule| reasons.push(field_message(lang, field, rule))).unwrap_or_default()
    };
    let name = check(Field::CompanyName, validate::company_name(&company));
    let domain = check(Field::PrimaryDomain, validate::primary_domain(&domain));
    let listed = names.get(&relationship_key(&relationship)).copied();
    if listed.is_none() && relationship.is_empty() {
        reasons.push(field_message(lang, Field::Relationship, Rule::Required));
    } else if listed.is_none() {
        let mut args = FluentArgs::new();
        args.set("field", i18n::text(lang, &Field::Relationship.message_id(), None));
        args.set("value", relationship);
        reasons.push(i18n::text(lang, "import-relationship-unknown", Some(&args)));
    }
    let raw_tags: Vec<String> = tags.split([';', ',']).map(str::to_owned).collect();
    let tags = validate::tags(&raw_tags).map_err(|rule| reasons.push(field_message(lang, Field::Tags, rule))).ok();
    Checked { line: row.line, company, mid, name, domain, listed, tags, reasons }
}

/// Decides what each row does from what the database held at the start. Rows repeating a
/// Microsoft ID or domain of an earlier row, or naming the same customer, are rejected, so the
/// steps never collide.
struct Planner<'a> {
    lang: Language,
    profile: &'a PartnerProfile,
    known: &'a Known,
    /// Known customers by Microsoft ID and by primary domain.
    by_microsoft_id: HashMap<&'a str, usize>,
    by_domain: HashMap<&'a str, usize>,
    /// The line of the first row holding each Microsoft ID, domain and known customer.
    seen_mid: HashMap<&'a str, u32>,
    seen_domain: HashMap<&'a str, u32>,
    seen_customer: HashMap<i64, u32>,
}

impl<'a> Planner<'a> {
    fn new(lang: Language, profile: &'a PartnerProfile, known: &'a Known) -> Planner<'a> {
        let customers = known.customers.iter().enumerate();
        Planner {
            lang,
            profile,
            known,
            by_microsoft_id: customers.clone().filter_map(|(i, c)| c.microsoft_id.as_deref().map(|m| (m, i))).collect(),
            by_domain: customers.map(|(i, c)| (c.primary_domain.as_str(), i)).collect(),
            seen_mid: HashMap::default(),
            seen_domain: HashMap::default(),
            seen_customer: HashMap::default(),
        }
    }

    /// What the row `checked` does, given the rows planned before it.
    fn step(&mut self, checked: &'a Checked) -> Step {
        let lang = self.lang;
        let Checked { line, company, mid, name, domain, listed, tags, reasons } = checked;
        let mut reasons = reasons.clone();
        let mut repeated = |field: Field, seen: &mut HashMap<&'a str, u32>, value: &'a str| {
            if value.is_empty() {
                return;
            }
            if let Some(first) = seen.get(value) {
                let mut args = FluentArgs::new();
                args.set("field", i18n::text(lang, &field.message_id(), None));
                args.set("line", *first);
                reasons.push(i18n::text(lang, "import-repeated", Some(&args)));
            } else {
                seen.insert(value, *line);
            }
        };
        repeated(Field::MicrosoftId, &mut self.seen_mid, mid.as_deref().unwrap_or_default());
        repeated(Field::PrimaryDomain, &mut self.seen_domain, domain);
        let reject = |reasons| Step::Reject(RejectedRow { line: *line, company: company.clone(), reasons });
        let (Some(listed), Some(tags), true) = (*listed, tags, reasons.is_empty()) else {
            return reject(reasons);
        };
        // A customer not yet connected (as Liaison exports them) has no Microsoft ID to match by.
        let by_id = mid.as_deref().and_then(|m| self.by_microsoft_id.get(m)).copied();
        let by_domain = self.by_domain.get(domain.as_str()).copied();
        let Some(at) = by_id.or(by_domain) else {
            let v = ValidCustomer {
                company_name: name.clone(),
                primary_domain: domain.clone(),
                microsoft_id: mid.clone(),
                country: self.profile.country.clone(),
                contact_name: String::new(),
                contact_email: String::new(),
                language: self.profile.language,
                tags: tags.clone(),
                notes: String::new(),
            };
            // Only Partner Center's word establishes a relationship; anything else is a prospect.
            let relationship = if listed == Relationship::Reseller { listed } else { Relationship::Prospect };
            return Step::Add(v, relationship);
        };
        if by_domain.is_some_and(|d| d != at) {
            return reject(vec![field_message(lang, Field::PrimaryDomain, Rule::Taken)]);
        }
        let c = &self.known.customers[at];
        if let Some(first) = self.seen_customer.insert(c.id, *line) {
            let mut args = FluentArgs::new();
            args.set("line", first);
            return reject(vec![i18n::text(lang, "import-same-customer", Some(&args))]);
        }
        // The file's tags join the customer's, under the same rule (duplicates, limit) as its own.
        let merged = match validate::tags(&[c.tags.as_slice(), tags].concat()) {
            Ok(merged) => merged,
            Err(rule) => return reject(vec![field_message(lang, Field::Tags, rule)]),
        };
        let pending = self.known.pending.get(&c.id).map_or(&[][..], Vec::as_slice);
        update_of(c, pending, listed, name.clone(), domain.clone(), mid.clone(), merged)
    }
}

/// What a valid row listing the customer `c` (with its `pending` invitations) as `listed`
/// changes; `merged` is the customer's tags with the row's added.
fn update_of(
    c: &KnownCustomer,
    pending: &[i64],
    listed: Relationship,
    name: String,
    domain: String,
    mid: Option<String>,
    merged: Vec<String>,
) -> Step {
    // A row without a Microsoft ID keeps the one Liaison knows.
    let mid = mid.or_else(|| c.microsoft_id.clone());
    // The file only ever establishes a relationship; ending one is the attested removal's.
    let relationship = if listed == Relationship::Reseller { listed } else { c.relationship };
    let accept = if relationship == Relationship::Reseller { pending.to_vec() } else { Vec::new() };
    let restored = c.relationship == Relationship::Removed && relationship == Relationship::Reseller;
    let mut changes = Vec::new();
    let mut change = |field, from: &str, to: &str| {
        if from != to {
            changes.push(FieldChange { field, from: from.to_owned(), to: to.to_owned() });
        }
    };
    change(Field::CompanyName, &c.company_name, &name);
    change(Field::PrimaryDomain, &c.primary_domain, &domain);
    change(Field::MicrosoftId, c.microsoft_id.as_deref().unwrap_or_default(), mid.as_deref().unwrap_or_default());
    change(Field::Tags, &c.tags.join(", "), &merged.join(", "));
    // An accepted invitation and a restored relationship have lines of their own.
    if accept.is_empty() && !restored {
        change(Field::Relationship, c.relationship.as_str(), relationship.as_str());
    }
    if changes.is_empty() && accept.is_empty() && !restored {
        return Step::Unchanged;
    }
    // The rules keep the customer's tags first, so what follows them is what the row adds.
    let tags = match merged.strip_prefix(c.tags.as_slice()) {
        Some([]) => TagsWrite::Keep,
        Some(added) => TagsWrite::Add(added.to_vec()),
        None => TagsWrite::Replace(merged),
    };
    Step::Update(Update { id: c.id, name, domain, mid, tags, relationship, accept, restored, changes })
}

/// Planned steps waiting to be written, [`BATCH_ROWS`] rows to a statement, each customer added
/// or changed with its activity lines.
#[derive(Default)]
struct Batch {
    adds: Vec<(ValidCustomer, Relationship)>,
    updates: Vec<Update>,
}

impl Batch {
    /// Takes the next planned step, writing the adds or the updates once a statement's worth of
    /// them is waiting.
    async fn push(&mut self, tx: &mut Tx, actor: &Actor, step: Step, watch: &mut Watch<'_>) -> Result<()> {
        match step {
            Step::Add(v, relationship) => {
                self.adds.push((v, relationship));
                if self.adds.len() == BATCH_ROWS {
                    self.write_adds(tx, actor, watch).await?;
                }
            }
            Step::Update(u) => {
                self.updates.push(u);
                if self.updates.len() == BATCH_ROWS {
                    self.write_updates(tx, actor, watch).await?;
                }
            }
            Step::Reject(_) | Step::Unchanged => watch.step()?,
        }
        Ok(())
    }

    /// Writes what is still waiting.
    async fn finish(mut self, tx: &mut Tx, actor: &Actor, watch: &mut Watch<'_>) -> Result<()> {
        self.write_adds(tx, actor, watch).await?;
        self.write_updates(tx, actor, watch).await
    }

    async fn write_adds(&mut self, tx: &mut Tx, actor: &Actor, watch: &mut Watch<'_>) -> Result<()> {
        if self.adds.is_empty() {
            return Ok(());
        }
        let customers: Vec<(&ValidCustomer, Relationship)> = self.adds.iter().map(|(v, r)| (v, *r)).collect();
        let ids = insert_customers(tx, &customers).await?;
        let lines: Vec<Line> = ids
            .iter()
            .zip(&self.adds)
            .map(|(id, (v, _))| Line {
                action: ActivityAction::CustomerAdded,
                customer_id: Some(*id),
                subject: &v.company_name,
                details: details_of(&[], None),
            })
            .collect();
        actor.record_lines(tx, &lines).await?;
        watch.advance(self.adds.len())?;
        self.adds.clear();
        Ok(())
    }

    async fn write_updates(&mut self, tx: &mut Tx, actor: &Actor, watch: &mut Watch<'_>) -> Result<()> {
        if self.updates.is_empty() {
            return Ok(());
        }
        for u in &self.updates {
            for inv in &u.accept {
                let inv = invitation_in(tx, *inv).await?;
                accept_in(tx, actor, &inv, u.mid.as_deref()).await?;
            }
        }
        update_customers(tx, &self.updates).await?;
        let (mut replaced, mut added) = (Vec::new(), Vec::new());
        for u in &self.updates {
            match &u.tags {
                TagsWrite::Keep => {}
                TagsWrite::Add(t) => added.push((u.id, t.as_slice())),
                TagsWrite::Replace(t) => replaced.push((u.id, t.as_slice())),
            }
        }
        replace_tags(tx, &replaced).await?;
        insert_tags(tx, &added).await?;
        let lines: Vec<Line> = self.updates.iter().filter_map(update_line).collect();
        actor.record_lines(tx, &lines).await?;
        watch.advance(self.updates.len())?;
        self.updates.clear();
        Ok(())
    }
}

/// Writes the names, domains, Microsoft IDs and relationships of updated customers, one
/// statement for all of `updates`.
async fn update_customers(tx: &mut Tx, updates: &[Update]) -> Result<()> {
    let now = tx.dialect().now();
    // Both engines name the columns of a VALUES list column1, column2, …
    let mut sql = Sql::new(format!(
        "UPDATE customers SET company_name = v.column2, company_key = v.column3, primary_domain = v.column4, \
         microsoft_id = v.column5, relationship = v.column6, updated_at = {now}, version = customers.version + 1 \
         FROM (VALUES "
    ));
    for (i, u) in updates.iter().enumerate() {
        sql.push(if i == 0 { "(?, ?, ?, ?, ?, ?)" } else { ", (?, ?, ?, ?, ?, ?)" });
        sql = sql
            .bind(u.id)
            .bind(&u.name)
            .bind(u.name.to_lowercase())
            .bind(&u.domain)
            .bind(&u.mid)
            .bind(u.relationship.as_str());
    }
    // The ids again, as a condition on the customers alone: joined to the values only, the
    // server read every customer for each statement (a third of its time at 100,000).
    sql.push(") AS v WHERE customers.id = v.column1 AND customers.id IN (");
    for (i, u) in updates.iter().enumerate() {
        sql.push(if i == 0 { "?" } else { ", ?" });
        sql = sql.bind(u.id);
    }
    sql.push(")");
    sql.execute(tx).await?;
    Ok(())
}

/// The activity line of an update: a restored relationship, or the fields it changed; none
/// when it only accepted invitations (they have lines of their own).
fn update_line(u: &Update) -> Option<Line<'_>> {
    let action = if u.restored {
        ActivityAction::RelationshipRestored
    } else if !u.changes.is_empty() {
        ActivityAction::CustomerUpdated
    } else {
        return None;
    };
    let changed: Vec<Field> = u.changes.iter().map(|c| c.field).collect();
    let details = serde_json::json!({ "changed": changed, "changes": u.changes });
    Some(Line { action, customer_id: Some(u.id), subject: &u.name, details })
}

/// Imports `text` written to a file, as the app imports the file the user picked.
#[cfg(test)]
pub(crate) async fn import_text(store: &Store, text: &str, apply: bool) -> Result<ImportReport> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("Customers.csv");
    std::fs::write(&path, text)?;
    store.import_customers(&path, apply, &|_| {}, &AtomicBool::new(false)).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::customer::tests::input as customer;
    use crate::profile::tests::input as profile;
    use crate::store::fixture::Fixture;
    use crate::store::tests::store;
    use crate::{ActivityEntry, ActivityQuery, Customer, CustomerInput, CustomerQuery, CustomerSort, ErrorCode};
    use std::sync::Mutex;

    const HEADER: &str = "Microsoft ID,Company name,Primary domain name,Relationship,Tags\r\n";

    async fn partner() -> (Store, Fixture) {
        let (store, dir) = store().await;
        store.save_profile(&profile()).await.unwrap();
        (store, dir)
    }

    fn fixture(name: &str) -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/csv").join(name)
    }

    async fn import_file(store: &Store, path: &Path, apply: bool) -> Result<ImportReport> {
        store.import_customers(path, apply, &|_| {}, &AtomicBool::new(false)).await
    }

    /// Every customer of every view (the Customers page shows one relationship at a time), by name.
    async fn everyone(store: &Store) -> Vec<Customer> {
        let mut all = Vec::new();
        for relationship in Relationship::ALL.iter().copied() {
            let q = CustomerQuery { relationship, limit: CustomerQuery::MAX_LIMIT, ..CustomerQuery::default() };
            all.extend(store.customers(&q).await.unwrap().items);
        }
        all.sort_by(|a, b| a.company_name.cmp(&b.company_name));
        all
    }

    async fn names(store: &Store) -> Vec<String> {
        everyone(store).await.into_iter().map(|c| c.company_name).collect()
    }

    async fn lines_of(store: &Store, customer_id: i64) -> Vec<ActivityEntry> {
        let q = ActivityQuery { customer_id: Some(customer_id), ..ActivityQuery::default() };
        store.activity(&q).await.unwrap().items
    }

    /// Every row of every table an import can touch, to compare before and after.
    async fn snapshot(store: &Store) -> Vec<String> {
        let mut all = Vec::new();
        for sql in [
            "SELECT id || '|' || company_name || '|' || primary_domain || '|' || coalesce(microsoft_id, '') || '|' \
             || relationship || '|' || updated_at FROM customers ORDER BY id",
            "SELECT customer_id || '|' || tag FROM customer_tags ORDER BY 1",
            "SELECT id || '|' || status || '|' || status_at FROM invitations ORDER BY id",
            "SELECT id || '|' || action || '|' || details FROM activity ORDER BY id",
        ] {
            all.extend(Sql::new(sql).scalars::<String>(store.pool()).await.unwrap());
        }
        all.extend(indexes(store).await);
        all
    }

    /// The definitions of the database's indexes, by name.
    async fn indexes(store: &Store) -> Vec<String> {
        let sql = match store.engine() {
            crate::Engine::Sqlite => {
                "SELECT sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"
            }
            crate::Engine::Postgres => {
                "SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname"
            }
        };
        Sql::new(sql).scalars::<String>(store.pool()).await.unwrap()
    }

    #[tokio::test]
    async fn excel_files_in_every_language_keep_their_names_exactly() {
        let (store, _dir) = partner().await;
        let cases = [
            (Language::CsCz, "excel-cs-windows-1250.csv", &["Žluťoučký kůň s.r.o.", "Dvořák; synové a.s."][..]),
            (Language::PlPl, "excel-pl-windows-1250.csv", &["Łódź Sp. z o.o."]),
            (Language::HuHu, "excel-hu-windows-1250.csv", &["Árvíztűrő Kft."]),
            (Language::RuRu, "excel-ru-windows-1251.csv", &["ООО Ромашка", "АО \"Василёк\""]),
        ];
        for (lang, file, expected) in cases {
            store.set_ui_language(lang).await.unwrap();
            let report = import_file(&store, &fixture(file), true).await.unwrap();
            assert_eq!(report.rejected, vec![], "{file}");
            assert_eq!(report.added as usize, expected.len(), "{file}");
            assert_eq!(report.format.delimiter, csv::Delimiter::Semicolon, "{file}");
            let encoding = if lang == Language::RuRu { "windows1251" } else { "windows1250" };
            assert_eq!(serde_json::to_value(report.format.encoding).unwrap(), encoding, "{file}");
            let now = names(&store).await;
            for name in expected {
                assert!(now.iter().any(|n| n == name), "{file}: {name} not in {now:?}");
            }
        }
        let kun = store.customers(&CustomerQuery { search: "kun.cz".into(), ..CustomerQuery::default() }).await;
        let kun = &kun.unwrap().items[0];
        assert_eq!(kun.tags, ["VIP", "zlatý"], "a quoted field keeps its semicolon");
        assert_eq!(kun.relationship, Relationship::Reseller, "“Prodejce” is read as Reseller");
    }

    #[tokio::test]
    async fn unicode_and_tab_separated_files_are_read() {
        let (store, _dir) = partner().await;
        for file in ["unicode-text-utf-16le.csv", "utf-16be-commas.csv"] {
            let report = import_file(&store, &fixture(file), false).await.unwrap();
            assert_eq!((report.added, report.rejected.len()), (2, 0), "{file}");
        }
        let report = import_file(&store, &fixture("unicode-text-utf-16le.csv"), true).await.unwrap();
        assert_eq!(
            (serde_json::to_value(report.format).unwrap()),
            serde_json::json!({ "encoding": "utf16-le", "delimiter": "tab" })
        );
        let report = import_file(&store, &fixture("tab-separated-utf-8.csv"), true).await.unwrap();
        assert_eq!((report.added, report.format.delimiter), (1, csv::Delimiter::Tab));
        assert_eq!(names(&store).await, ["Árvíztűrő Kft.", "Žluťoučký kůň s.r.o.", "ООО Ромашка"]);
    }

    #[tokio::test]
    async fn a_damaged_file_is_refused_with_its_line_and_nothing_written() {
        let (store, _dir) = partner().await;
        let before = snapshot(&store).await;
        let unclosed = import_file(&store, &fixture("unclosed-quote.csv"), true).await.unwrap_err();
        assert!(matches!(unclosed, Error::Csv(csv::CsvProblem::UnclosedQuote { line: 3 })), "{unclosed:?}");
        let api = unclosed.to_api(Language::EnUs);
        assert_eq!(api.code, ErrorCode::Csv);
        assert!(api.message.starts_with("Line 3 opens a quotation mark"), "{}", api.message);

        let dir = tempfile::tempdir().unwrap();
        let wide = dir.path().join("wide.csv");
        std::fs::write(&wide, format!("{HEADER}{}\r\n", ",".repeat(200_000))).unwrap();
        let err = import_file(&store, &wide, true).await.unwrap_err();
        assert!(matches!(err, Error::Csv(csv::CsvProblem::TooManyColumns { line: 2 })), "{err:?}");
        assert!(err.to_api(Language::EnUs).message.contains("64 columns"));
        assert_eq!(snapshot(&store).await, before);
    }

    #[tokio::test]
    async fn the_relationship_column_is_read_not_assumed() {
        let (store, _dir) = partner().await;
        let csv = format!(
            "{HEADER}11111111-2222-4333-8444-555555555555,Contoso,contoso.cz,Not invited yet,\r\n\
             22222222-2222-4333-8444-555555555555,Fabrikam,fabrikam.cz,Cloud Reseller,\r\n\
             33333333-2222-4333-8444-555555555555,Adatum   Corporation,adatum.cz,Distributor,\r\n\
             44444444-2222-4333-8444-555555555555,Litware,litware.cz,,\r\n"
        );
        let report = import_text(&store, &csv, true).await.unwrap();
        assert_eq!(report.added, 2);
        let reasons: Vec<&str> = report.rejected.iter().map(|r| r.reasons[0].as_str()).collect();
        assert_eq!(reasons.len(), 2);
        assert!(reasons[0].starts_with("Relationship: “Distributor”"), "{reasons:?}");
        assert!(reasons[1].starts_with("Relationship: ") && reasons[1] != reasons[0], "{reasons:?}");
        // Named as the file has them, whether or not the rules would write the name otherwise.
        let companies: Vec<&str> = report.rejected.iter().map(|r| r.company.as_str()).collect();
        assert_eq!(companies, ["Adatum   Corporation", "Litware"]);
        let page = everyone(&store).await;
        let rel: Vec<(&str, Relationship)> = page.iter().map(|c| (c.company_name.as_str(), c.relationship)).collect();
        assert_eq!(rel, [("Contoso", Relationship::Prospect), ("Fabrikam", Relationship::Reseller)]);

        let missing = import_text(&store, "Microsoft ID,Company name,Primary domain name\r\n", false).await;
        assert!(matches!(missing, Err(Error::CsvColumns(c)) if c == ["Relationship"]));
    }

    #[tokio::test]
    async fn a_customer_removed_in_liaison_is_its_own_category_and_line() {
        let (store, _dir) = partner().await;
        let c = store.add_customer(&customer("Contoso", "contoso.cz")).await.unwrap();
        Sql::new("UPDATE customers SET relationship = ? WHERE id = ?")
            .bind(Relationship::Removed.as_str())
            .bind(c.id)
            .execute(store.pool())
            .await
            .unwrap();
        let csv = format!("{HEADER}11111111-2222-4333-8444-555555555555,Contoso,contoso.cz,Reseller,\r\n");
        let preview = import_text(&store, &csv, false).await.unwrap();
        assert_eq!(preview.restored, [ListedRow { line: 2, company: "Contoso".into() }]);
        assert_eq!((preview.updated, preview.added, preview.unchanged), (0, 0, 0));
        assert_eq!(store.customer(c.id).await.unwrap().relationship, Relationship::Removed, "a preview writes nothing");

        let done = import_text(&store, &csv, true).await.unwrap();
        assert_eq!(done.restored.len(), 1);
        assert_eq!(store.customer(c.id).await.unwrap().relationship, Relationship::Reseller);
        let lines = lines_of(&store, c.id).await;
        assert_eq!(lines[0].action, ActivityAction::RelationshipRestored);
        assert!(lines[0].description.contains("Contoso"), "{}", lines[0].description);
        assert_eq!(lines[0].detail.as_deref(), Some("Microsoft ID: — → 11111111-2222-4333-8444-555555555555"));
        let again = import_text(&store, &csv, true).await.unwrap();
        assert_eq!((again.unchanged, again.restored.len()), (1, 0));
    }

    #[tokio::test]
    async fn every_change_is_a_line_naming_old_and_new_in_the_readers_language() {
        let (store, _dir) = partner().await;
        let c =
            store.add_customer(&CustomerInput { tags: vec!["eu".into()], ..customer("Contoso", "contoso.cz") }).await;
        let c = c.unwrap();
        let csv =
            format!("{HEADER}11111111-2222-4333-8444-555555555555,\"Contoso, a.s.\",contoso.cz,Reseller,gold\r\n");
        import_text(&store, &csv, true).await.unwrap();
        let line = &lines_of(&store, c.id).await[0];
        assert_eq!(line.action, ActivityAction::CustomerUpdated);
        assert_eq!(line.changed, [Field::CompanyName, Field::MicrosoftId, Field::Tags, Field::Relationship]);
        assert_eq!(
            line.detail.as_deref(),
            Some(
                "Company name: Contoso → Contoso, a.s.; Microsoft ID: — → 11111111-2222-4333-8444-555555555555; \
                 Tags: eu → eu, gold; Relationship: Not invited yet → Reseller"
            )
        );

        // The lines are worded when read: after a language switch, in the new language.
        store.set_ui_language(Language::CsCz).await.unwrap();
        assert!(lines_of(&store, c.id).await[0]
            .detail
            .as_deref()
            .unwrap()
            .ends_with("Vztah: Zatím nepozván → Prodejce"));
        let q = ActivityQuery { action: Some(ActivityAction::CustomersImported), ..ActivityQuery::default() };
        let summary = store.activity(&q).await.unwrap().items[0].detail.clone().unwrap();
        assert!(summary.starts_with("Noví: 0 · Aktualizovaní: 1"), "{summary}");
        store.set_ui_language(Language::EnUs).await.unwrap();
        let summary = store.activity(&q).await.unwrap().items[0].detail.clone().unwrap();
        assert!(summary.starts_with("New: 0 · Updated: 1"), "{summary}");
    }

    #[tokio::test]
    async fn a_rows_tags_join_the_customers_own_and_those_written_by_hand_are_stored_as_the_rules_leave_them() {
        let (store, _dir) = partner().await;
        let tags = |t: &[&str]| t.iter().map(|t| t.to_string()).collect::<Vec<_>>();
        let input = CustomerInput { tags: tags(&["eu", "Gold"]), ..customer("Contoso", "contoso.cz") };
        let kept = store.add_customer(&input).await.unwrap();
        let input = CustomerInput { tags: tags(&["eu"]), ..customer("Fabrikam", "fabrikam.cz") };
        let by_hand = store.add_customer(&input).await.unwrap();
        // Written into the database by hand, with spaces the rules take away.
        Sql::new("UPDATE customer_tags SET tag = ' big   deal ' WHERE customer_id = ?")
            .bind(by_hand.id)
            .execute(store.pool())
            .await
            .unwrap();
        let csv =
            format!("{HEADER},Contoso,contoso.cz,Reseller,gold;new\r\n,Fabrikam,fabrikam.cz,Reseller,Big Deal;new\r\n");
        assert_eq!(import_text(&store, &csv, true).await.unwrap().updated, 2);
        let tags_of = |c: Customer| {
            let mut t = c.tags;
            t.sort();
            t
        };
        assert_eq!(tags_of(store.customer(kept.id).await.unwrap()), ["Gold", "eu", "new"]);
        assert_eq!(tags_of(store.customer(by_hand.id).await.unwrap()), ["big deal", "new"]);
    }

    #[tokio::test]
    async fn a_row_whose_tags_would_take_a_customer_past_the_limit_is_rejected() {
        let (store, _dir) = partner().await;
        let full: Vec<String> = (0..validate::MAX_TAGS).map(|i| format!("t{i}")).collect();
        store.add_customer(&CustomerInput { tags: full, ..customer("Contoso", "contoso.cz") }).await.unwrap();
        // A tag the customer has (in another case) adds nothing; a new one is one too many.
        let known = format!("{HEADER},Contoso,contoso.cz,Reseller,T1\r\n");
        assert!(import_text(&store, &known, false).await.unwrap().rejected.is_empty());
        let new = format!("{HEADER},Contoso,contoso.cz,Reseller,gold\r\n");
        let report = import_text(&store, &new, false).await.unwrap();
        assert_eq!(report.rejected.len(), 1, "{report:?}");
        assert!(report.rejected[0].reasons[0].starts_with("Tags: "), "{:?}", report.rejected[0].reasons);
        assert!(report.rejected[0].reasons[0].contains("150"), "{:?}", report.rejected[0].reasons);
    }

    #[tokio::test]
    async fn export_then_import_changes_nothing_even_for_formula_like_names() {
        let (store, _dir) = partner().await;
        let names_in = ["@Home Networks", "=Equals Ltd.", "+420 Telecom", "-Minus s.r.o.", "'Quoted Kft.", "Plain"];
        for (i, name) in names_in.iter().enumerate() {
            store.add_customer(&customer(name, &format!("c{i}.cz"))).await.unwrap();
        }
        let exported = store.export_customers(Relationship::Prospect).await.unwrap();
        assert!(exported.contains("'@Home Networks"), "the spreadsheet guard stays on export");
        let before = names(&store).await;
        let report = import_text(&store, &exported, true).await.unwrap();
        assert_eq!((report.unchanged, report.updated, report.added, report.rejected.len()), (6, 0, 0, 0));
        assert_eq!(names(&store).await, before);
        assert!(before.contains(&"@Home Networks".to_owned()));
    }

    /// A file of `rows` new customers.
    fn many(rows: usize) -> String {
        let mut csv = String::from(HEADER);
        for i in 0..rows {
            csv.push_str(&format!("{i:08x}-0000-4000-8000-{i:012x},Company {i},company{i}.cz,Reseller,\r\n"));
        }
        csv
    }

    #[tokio::test]
    async fn a_sales_agents_large_import_leaves_the_search_ready_at_once() {
        let (owner, f) = partner().await;
        // The least role that imports, on a team workspace through its own login.
        let agent = match f.url() {
            Some(_) => {
                let login = f.login("petr").await;
                let petr = crate::staff::tests::input("Petr Novák", &login, crate::Role::SalesAgent);
                owner.add_staff_member(&petr).await.unwrap();
                Some(Store::connect(&f.url_as(&login).unwrap()).await.unwrap())
            }
            None => None,
        };
        let store = agent.as_ref().unwrap_or(&owner);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("many.csv");
        let rows = TIDIED_AFTER_ROWS as usize;
        std::fs::write(&path, many(rows)).unwrap();
        assert_eq!(import_file(store, &path, true).await.unwrap().added as usize, rows);
        let q = CustomerQuery { search: "company 777".into(), ..CustomerQuery::default() };
        assert_eq!(store.customers(&q).await.unwrap().items.len(), 1);
        if owner.engine() == crate::Engine::Postgres {
            // Nothing left set aside in the trigram indexes, and the planner knows the rows.
            let set_aside = "SELECT gin_clean_pending_list('customers_search_name'::regclass) \
                             + gin_clean_pending_list('customers_search_domain'::regclass)";
            assert_eq!(Sql::new(set_aside).scalar::<i64>(owner.pool()).await.unwrap(), 0);
            let known = "SELECT CAST(reltuples AS BIGINT) FROM pg_class WHERE relname = 'customers'";
            assert_eq!(Sql::new(known).scalar::<i64>(owner.pool()).await.unwrap() as usize, rows);
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_preview_writes_nothing_and_lets_other_writes_through() {
        let (store, _db) = partner().await;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("many.csv");
        std::fs::write(&path, many(2_000)).unwrap();
        let before = snapshot(&store).await;
        let written = Mutex::new(None);
        let write_meanwhile = |p: ImportProgress| {
            let mut slot = written.lock().unwrap();
            if slot.is_none() && p.done >= 100 {
                // Another connection writes while the preview's transaction is open.
                let input = customer("Meanwhile", "meanwhile.cz");
                let add = store.add_customer(&input);
                let handle = tokio::runtime::Handle::current();
                *slot = Some((p.done, tokio::task::block_in_place(|| handle.block_on(add)).map(|c| c.id)));
            }
        };
        let preview = store.import_customers(&path, false, &write_meanwhile, &AtomicBool::new(false)).await.unwrap();
        let (at, result) = written.lock().unwrap().take().expect("progress was reported");
        assert!(at < 2_000, "the write happened during the preview");
        let id = result.expect("a write succeeds while a preview runs");
        assert_eq!(preview.added, 2_000);
        assert_eq!(names(&store).await, ["Meanwhile"], "the preview itself wrote nothing");
        let after = snapshot(&store).await;
        assert_eq!(after.len(), before.len() + 2, "{after:?}");
        assert!(after.iter().any(|row| row.starts_with(&format!("{id}|Meanwhile|"))));
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn an_import_is_never_seen_half_applied_and_a_colleague_keeps_working_meanwhile() {
        let (store, _db) = partner().await;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("many.csv");
        std::fs::write(&path, many(2_000)).unwrap();
        let resellers = CustomerQuery { relationship: Relationship::Reseller, ..Default::default() };
        let seen = Mutex::new(None);
        let meanwhile = Mutex::new(None);
        let on_server = store.engine() == crate::Engine::Postgres;
        // Half-way through writing (planning is the first 2,000 steps of 4,000).
        let progress = |p: ImportProgress| {
            if p.done < 3_000 || seen.lock().unwrap().is_some() {
                return;
            }
            let handle = tokio::runtime::Handle::current();
            let listed = tokio::task::block_in_place(|| handle.block_on(store.customers(&resellers))).unwrap().total;
            *seen.lock().unwrap() = Some(listed);
            let colleague = store.clone();
            let add = tokio::spawn(async move { colleague.add_customer(&customer("Meanwhile", "meanwhile.cz")).await });
            if on_server {
                // On a server, rows are locked, not the table: the colleague's save does not wait.
                let waited = tokio::task::block_in_place(|| {
                    handle.block_on(tokio::time::timeout(std::time::Duration::from_secs(5), add))
                });
                let added = waited.expect("the colleague's save waited for the import").unwrap();
                *meanwhile.lock().unwrap() = Some(Ok(added.map(|c| c.id)));
            } else {
                // A file has one writer at a time: the save waits for the import's commit (its
                // busy timeout outlasts an import) and then succeeds.
                *meanwhile.lock().unwrap() = Some(Err(add));
            }
        };
        let report = store.import_customers(&path, true, &progress, &AtomicBool::new(false)).await.unwrap();
        assert_eq!(report.added, 2_000);
        assert_eq!(seen.into_inner().unwrap(), Some(0), "half an import was visible");
        let added = match meanwhile.into_inner().unwrap().expect("the colleague saved during the import") {
            Ok(added) => added,
            Err(waiting) => waiting.await.unwrap().map(|c| c.id),
        };
        let id = added.expect("the colleague's save succeeded");
        assert_eq!(store.customer(id).await.unwrap().company_name, "Meanwhile");
        assert_eq!(store.customers(&resellers).await.unwrap().total, 2_000);
    }

    #[tokio::test]
    async fn a_preview_cancelled_while_its_rows_are_checked_stops_there() {
        let (store, _db) = partner().await;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("many.csv");
        std::fs::write(&path, many(2_000)).unwrap();
        let cancel = AtomicBool::new(false);
        let reports = Mutex::new(Vec::new());
        let progress = |p: ImportProgress| {
            reports.lock().unwrap().push(p);
            cancel.store(true, Ordering::Relaxed);
        };
        let err = store.import_customers(&path, false, &progress, &cancel).await.unwrap_err();
        assert!(matches!(err, Error::Cancelled), "{err:?}");
        let reports = reports.into_inner().unwrap();
        assert_eq!(reports.len(), 1, "no progress after the cancel: {reports:?}");
        assert!(reports[0].done < 2_000, "{reports:?}");
    }

    #[tokio::test]
    async fn an_import_into_an_empty_database_leaves_its_indexes_as_they_were_with_their_pages_filled() {
        let (store, _db) = partner().await;
        let before = indexes(&store).await;
        assert!(before.len() > 10, "{before:?}");
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("many.csv");
        std::fs::write(&path, many(5_000)).unwrap();
        assert_eq!(import_file(&store, &path, true).await.unwrap().added, 5_000);
        assert_eq!(indexes(&store).await, before);
        // They answer, the unique ones included.
        let q = CustomerQuery { sort: CustomerSort::PrimaryDomain, descending: true, ..CustomerQuery::default() };
        assert_eq!(store.customers(&q).await.unwrap().items[0].primary_domain, "company999.cz");
        let err = store.add_customer(&customer("Company 4242 again", "company4242.cz")).await.unwrap_err();
        assert!(matches!(err, Error::Invalid(_)), "{err:?}");
        if store.engine() == crate::Engine::Sqlite {
            // Written row by row, an index's pages are left about an eighth empty.
            let unused = "SELECT CAST(100 * sum(unused) / sum(pgsize) AS INTEGER) FROM dbstat \
                          WHERE name = ? AND pagetype = 'leaf'";
            for index in ["customers_by_domain", "customers_by_relationship", "activity_by_customer"] {
                let percent: i64 = Sql::new(unused).bind(index).scalar(store.pool()).await.unwrap();
                assert!(percent < 4, "{index}: {percent}% of its pages unused");
            }
        }
    }

    #[tokio::test]
    async fn a_cancelled_import_leaves_the_database_exactly_as_it_was() {
        let (store, _db) = partner().await;
        let c = store.add_customer(&customer("Company 3", "company3.cz")).await.unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("many.csv");
        std::fs::write(&path, many(500)).unwrap();
        let before = snapshot(&store).await;
        let cancel = AtomicBool::new(false);
        let reports = Mutex::new(Vec::new());
        let progress = |p: ImportProgress| {
            reports.lock().unwrap().push(p);
            // Half-way through writing.
            if p.done >= 750 {
                cancel.store(true, Ordering::Relaxed);
            }
        };
        let err = store.import_customers(&path, true, &progress, &cancel).await.unwrap_err();
        assert!(matches!(err, Error::Cancelled), "{err:?}");
        assert_eq!(err.to_api(Language::EnUs).message, "The import was cancelled. Nothing was changed.");
        assert_eq!(snapshot(&store).await, before);
        assert_eq!(store.customer(c.id).await.unwrap().relationship, Relationship::Prospect);
        let reports = reports.into_inner().unwrap();
        assert!(reports.len() >= 7 && reports.len() <= 101, "{}", reports.len());
        assert!(reports.windows(2).all(|w| w[0].done < w[1].done && w[0].total == 1_000));
    }
}
