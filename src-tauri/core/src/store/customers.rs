//! Adding, editing, reading and listing customers.

use super::db::{CustomerSearch, Target};
use super::{count_of, Dialect, Sql, Store, Tx};
use crate::{
    Action, ActivityAction, Customer, CustomerCounts, CustomerInput, CustomerPage, CustomerQuery, CustomerSort,
    DapRemoval, Engine, Error, Field, FieldError, Language, Relationship, Result, Rule, StateConflict, ValidCustomer,
};
use std::collections::HashMap;

#[derive(sqlx::FromRow)]
pub(crate) struct CustomerRow {
    id: i64,
    company_name: String,
    primary_domain: String,
    microsoft_id: Option<String>,
    country: String,
    contact_name: String,
    contact_email: String,
    #[sqlx(try_from = "String")]
    language: Language,
    notes: String,
    #[sqlx(try_from = "String")]
    relationship: Relationship,
    dap_granted: bool,
    dap_removed_at: Option<String>,
    dap_removed_by: Option<String>,
    provider_id: Option<i64>,
    provider_name: Option<String>,
    created_at: String,
    updated_at: String,
    version: i64,
    tags: Option<String>,
}

/// What a stored customer keeps in several columns (its DAP removal) or joined in one (its tags).
impl From<CustomerRow> for Customer {
    fn from(r: CustomerRow) -> Customer {
        Customer {
            id: r.id,
            company_name: r.company_name,
            primary_domain: r.primary_domain,
            microsoft_id: r.microsoft_id,
            country: r.country,
            contact_name: r.contact_name,
            contact_email: r.contact_email,
            language: r.language,
            tags: r.tags.map(|t| t.split(TAG_SEPARATOR).map(str::to_owned).collect()).unwrap_or_default(),
            notes: r.notes,
            relationship: r.relationship,
            dap_granted: r.dap_granted,
            dap_removal: r.dap_removed_at.map(|at| DapRemoval { at, by: r.dap_removed_by.unwrap_or_default() }),
            provider_id: r.provider_id,
            provider_name: r.provider_name,
            created_at: r.created_at,
            updated_at: r.updated_at,
            version: r.version,
        }
    }
}

/// How many customers one view holds.
#[derive(sqlx::FromRow)]
struct ViewCount {
    #[sqlx(try_from = "String")]
    relationship: Relationship,
    customers: i64,
}

/// Joins a customer's tags in one column; a control character no tag can contain.
const TAG_SEPARATOR: char = '\u{1f}';

/// The customers `c` with their provider's name and their tags, in order, in one column.
pub(crate) fn select_customer(dialect: Dialect) -> String {
    select_customer_from(dialect, "customers c")
}

/// As [`select_customer`], from `from`: the customers table or a part of it, named `c`.
fn select_customer_from(dialect: Dialect, from: &str) -> String {
    format!(
        "SELECT c.id, c.company_name, c.primary_domain, c.microsoft_id, c.country, \
         c.contact_name, c.contact_email, c.language, c.notes, c.relationship, c.dap_granted, c.dap_removed_at, \
         c.dap_removed_by, c.provider_id, \
         (SELECT name FROM indirect_providers p WHERE p.id = c.provider_id) AS provider_name, c.created_at, \
         c.updated_at, c.version, {} AS tags \
         FROM {from}",
        tags_of_customer(dialect)
    )
}

/// The tags of the customer `c`, in name order, joined by [`TAG_SEPARATOR`] (none if it has none).
pub(crate) fn tags_of_customer(dialect: Dialect) -> String {
    format!(
        "(SELECT {} FROM (SELECT tag FROM customer_tags t WHERE t.customer_id = c.id ORDER BY tag) AS ordered)",
        dialect.join_units("tag")
    )
}

/// Tags as [`tags_of_customer`] reads them, joined by `separator` instead.
pub(crate) fn tags_joined(stored: Option<&str>, separator: &str) -> String {
    stored.map(|t| t.replace(TAG_SEPARATOR, separator)).unwrap_or_default()
}

// How a customer search runs on SQLite, by how many customers hold the term's trigrams (the
// search index hands them over, no more than it is asked for).

/// At most this many customers holding a search term's trigrams, a page of its matches is found
/// among them at once.
const FEW_CANDIDATES: i64 = 2_000;

/// How many of a view's first rows, in list order, are tested for a term more customers hold
/// before its search index is asked instead: a term held that widely usually fills a page from
/// far fewer.
const WALKED_ROWS: u32 = 2_000;

/// At most this many, a count of a term's matches tests only the customers the search index
/// hands over. Past that, testing every customer row by row is quicker than looking each one up.
const COUNTED_BY_INDEX: i64 = 20_000;

impl Store {
    /// Adds a customer; the staff member must be allowed to.
    pub async fn add_customer(&self, input: &CustomerInput) -> Result<Customer> {
        let valid = input.validate()?;
        let mut tx = self.write().await?;
        let actor = self.actor_for(&mut tx, Action::AddCustomer).await?;
        ensure_unique(&mut tx, &valid, None).await?;
        let id = insert_customer(&mut tx, &valid, Relationship::Prospect).await?;
        actor.record(&mut tx, ActivityAction::CustomerAdded, Some(id), &valid.company_name, &[]).await?;
        tx.commit().await?;
        self.customer(id).await
    }

    /// Saves an edited customer; only what changed is logged, and an unchanged save writes nothing.
    /// `version` is the one the edit started from: if the customer changed since, nothing is
    /// written and [`Error::EditedMeanwhile`] says who changed it and when.
    pub async fn update_customer(&self, id: i64, version: i64, input: &CustomerInput) -> Result<Customer> {
        let valid = input.validate()?;
        let mut tx = self.write().await?;
        let actor = self.actor_for(&mut tx, Action::EditCustomer).await?;
        let current = customer_in(&mut tx, id).await?;
        ensure_unique(&mut tx, &valid, Some(id)).await?;
        let changed = changed_fields(&current, &valid);
        if changed.is_empty() {
            return Ok(current);
        }
        if current.version != version {
            return Err(edited_meanwhile(&mut tx, id).await);
        }
        let now = tx.dialect().now();
        let sql = Sql::new(format!(
            "UPDATE customers SET company_name = ?, company_key = ?, primary_domain = ?, microsoft_id = ?, \
             country = ?, contact_name = ?, contact_email = ?, language = ?, notes = ?, updated_at = {now} \
             WHERE id = ? AND version = ?"
        ));
        // On PostgreSQL another save may commit between the read above and this write; the
        // version in the WHERE clause then matches nothing.
        if bind_fields(sql, &valid).bind(id).bind(version).execute(&mut tx).await.map_err(taken)? == 0 {
            return Err(edited_meanwhile(&mut tx, id).await);
        }
        write_tags(&mut tx, id, &valid.tags).await?;
        actor.record(&mut tx, ActivityAction::CustomerUpdated, Some(id), &valid.company_name, &changed).await?;
        tx.commit().await?;
        self.customer(id).await
    }

    /// One customer.
    pub async fn customer(&self, id: i64) -> Result<Customer> {
        self.require(Action::ViewCustomers).await?;
        fetch_customer(self.pool(), self.pool().dialect(), id).await
    }

    /// The customers that `text` names exactly, in any view: by number, company name, primary
    /// domain or Microsoft ID, ignoring case. One is the customer meant; none or several is for
    /// the caller to tell.
    pub async fn find_customer(&self, text: &str) -> Result<Vec<Customer>> {
        let text = text.trim();
        if let Ok(id) = text.parse::<i64>() {
            match self.customer(id).await {
                Ok(c) => return Ok(vec![c]),
                Err(Error::CustomerNotFound(_)) => {}
                Err(e) => return Err(e),
            }
        }
        let wanted = text.to_lowercase();
        let mut found = Vec::new();
        for &relationship in Relationship::ALL {
            let q = CustomerQuery {
                search: text.to_owned(),
                relationship,
                limit: CustomerQuery::MAX_LIMIT,
                ..CustomerQuery::default()
            };
            found.extend(self.customer_rows(&q).await?.into_iter().filter(|c| {
                c.company_name.to_lowercase() == wanted
                    || c.primary_domain.to_lowercase() == wanted
                    || c.microsoft_id.as_deref().is_some_and(|m| m.to_lowercase() == wanted)
            }));
        }
        Ok(found)
    }

    /// A page of customers, searched, filtered and sorted in the database, and how many match
    /// in all.
    pub async fn customers(&self, q: &CustomerQuery) -> Result<CustomerPage> {
        let items = self.customer_rows(q).await?;
        // A page that is not full and not past the end is the last one: it tells the total, and
        // a search with few matches needs one query, not two.
        let shown = count_of(i64::try_from(items.len()).unwrap_or(i64::MAX));
        let total = if shown < q.page_size() && (shown > 0 || q.offset == 0) {
            q.offset.saturating_add(shown)
        } else {
            self.customer_counts(&q.search).await?.of(q.relationship)
        };
        Ok(CustomerPage { items, total, offset: q.offset })
    }

    /// A page of customers, searched, filtered and sorted in the database, without their total
    /// ([`Store::customer_counts`] tells it): a list shows its rows without waiting for every
    /// match of a search to be counted.
    pub async fn customer_rows(&self, q: &CustomerQuery) -> Result<Vec<Customer>> {
        self.require(Action::ViewCustomers).await?;
        let search = CustomerSearch::row_by_row(&q.search);
        let Some(indexed) = search.by_index(self.pool().engine()) else {
            return self.page_of(q, &search, None).await;
        };
        // A term few customers hold is found by the search index. One many hold usually fills
        // the page from the view's first rows in list order, long before the index has handed
        // over every candidate to be sorted; if not (its matches come later), the index finds it.
        if let Some(few) = indexed.among_candidates(self.pool(), FEW_CANDIDATES).await? {
            return self.page_of(q, &few, None).await;
        }
        let first = self.page_of(q, &search, Some(WALKED_ROWS)).await?;
        if count_of(i64::try_from(first.len()).unwrap_or(i64::MAX)) == q.page_size() {
            return Ok(first);
        }
        self.page_of(q, &indexed, None).await
    }

    /// The page `q` asks for, of the customers matching `search`; only among the view's first
    /// `q.offset + walked` rows in list order, if `walked` is given.
    async fn page_of(&self, q: &CustomerQuery, search: &CustomerSearch, walked: Option<u32>) -> Result<Vec<Customer>> {
        let rows: Vec<CustomerRow> =
            page_query(q, search, walked, self.pool().dialect()).fetch_all(self.pool()).await?;
        Ok(rows.into_iter().map(Customer::from).collect())
    }

    /// How many customers match `search` in each view, so the view switch can say where they are.
    pub async fn customer_counts(&self, search: &str) -> Result<CustomerCounts> {
        self.require(Action::ViewCustomers).await?;
        let dialect = self.pool().dialect();
        let search = CustomerSearch::row_by_row(search);
        let search = match search.by_index(self.pool().engine()) {
            Some(indexed) => indexed.among_candidates(self.pool(), COUNTED_BY_INDEX).await?.unwrap_or(search),
            None => search,
        };
        let mut b = Sql::new("SELECT c.relationship, count(*) AS customers FROM customers c WHERE 1 = 1");
        dialect.push_customer_search(&mut b, &search);
        b.push(" GROUP BY c.relationship");
        let rows: Vec<ViewCount> = b.fetch_all(self.pool()).await?;
        let mut counts = CustomerCounts::default();
        for ViewCount { relationship, customers } in rows {
            let n = count_of(customers);
            match relationship {
                Relationship::Reseller => counts.reseller = n,
                Relationship::Invited => counts.invited = n,
                Relationship::Prospect => counts.prospect = n,
                Relationship::Removed => counts.removed = n,
            }
        }
        Ok(counts)
    }

    /// Notes that the customer removed the delegated admin privileges it had granted (Partner
    /// Center's help: customers can do so in their admin portal; the partner stays responsible for support under
    /// its agreement). Who recorded it and when are kept, with an activity line.
    pub async fn record_dap_removed(&self, id: i64) -> Result<Customer> {
        let mut tx = self.write().await?;
        let actor = self.actor_for(&mut tx, Action::EditCustomer).await?;
        let c = customer_in(&mut tx, id).await?;
        if !c.dap_granted || c.dap_removal.is_some() {
            return Err(Error::WrongState(StateConflict::NoDapToRemove));
        }
        let now = tx.dialect().now();
        Sql::new(format!(
            "UPDATE customers SET dap_granted = FALSE, dap_removed_at = {now}, dap_removed_by = ?, \
             updated_at = {now} WHERE id = ?"
        ))
        .bind(&actor.name)
        .bind(id)
        .execute(&mut tx)
        .await?;
        actor.record(&mut tx, ActivityAction::DapRemoved, Some(id), &c.company_name, &[]).await?;
        tx.commit().await?;
        self.customer(id).await
    }
}

/// The query of [`Store::page_of`].
fn page_query(q: &CustomerQuery, search: &CustomerSearch, walked: Option<u32>, dialect: Dialect) -> Sql {
    let dir = if q.descending { "DESC" } else { "ASC" };
    let order = match q.sort {
        CustomerSort::CompanyName => format!("c.company_key {dir}, c.id {dir}"),
        CustomerSort::PrimaryDomain => format!("c.primary_domain {dir}"),
        // Customers whose Microsoft ID is not known yet come last either way.
        CustomerSort::MicrosoftId => format!("c.microsoft_id IS NULL, c.microsoft_id {dir}, c.company_key"),
        CustomerSort::Relationship => format!("c.relationship {dir}, c.company_key, c.id"),
        CustomerSort::CreatedAt => format!("c.created_at {dir}, c.id {dir}"),
    };
    let mut select = match walked {
        None => Sql::new(select_customer(dialect)),
        Some(walked) => {
            let mut first = Sql::new(select_customer_from(dialect, "(SELECT * FROM customers c"));
            push_filter(&mut first, q.relationship, &CustomerSearch::none(), dialect);
            first.push(format!(" ORDER BY {order} LIMIT "));
            first.push_bind(q.offset.saturating_add(walked));
            first.push(") c");
            first
        }
    };
    push_filter(&mut select, q.relationship, search, dialect);
    select.push(format!(" ORDER BY {order} LIMIT "));
    select.push_bind(q.page_size());
    select.push(" OFFSET ");
    select.push_bind(q.offset);
    select
}

/// ` WHERE` the customer is in the view `relationship` and matches `search`.
pub(crate) fn push_filter(b: &mut Sql, relationship: Relationship, search: &CustomerSearch, dialect: Dialect) {
    b.push(" WHERE ").push(dialect.customer_view_column(search)).push(" = ");
    b.push_bind(relationship.as_str());
    dialect.push_customer_search(b, search);
}

/// Who made the customer's latest change, and when, from its newest activity line.
async fn edited_meanwhile(tx: &mut Tx, id: i64) -> Error {
    let last: Result<Option<(String, String)>> =
        Sql::new("SELECT actor_name, at FROM activity WHERE customer_id = ? ORDER BY id DESC LIMIT 1")
            .bind(id)
            .fetch_optional(tx)
            .await;
    match last {
        Ok(last) => {
            let (by, at) = last.unwrap_or_default();
            Error::EditedMeanwhile { by, at }
        }
        Err(e) => e,
    }
}

/// How many rows one statement of a bulk write carries: the widest row written in bulk binds
/// 10 values, so 20,000 a statement, under both engines' limits (SQLite 32,766, PostgreSQL
/// 65,535). Fewer, larger statements matter on SQLite: its search index flushes after each.
pub(crate) const BATCH_ROWS: usize = 2_000;

/// How many customers one write must add or change before [`tidy_after_bulk_write`] is worth
/// its time: it reads a sample of every customer.
pub(crate) const TIDIED_AFTER_ROWS: u32 = 1_000;

/// After many customers are written at once, on PostgreSQL: the trigram indexes take in the
/// entries they set aside to write quickly, and the planner learns the customers' new number and
/// values. Autovacuum would do both up to a minute later; until then every search read the
/// set-aside entries one by one and was planned for the table as it was (54 ms instead of 1.4 ms
/// at 100,000 customers). It runs as the workspace's owner, who alone may, through a function
/// the staff roles that write customers in bulk may call. SQLite needs neither: its search index
/// merges as it is written, and Liaison's queries there are planned by their indexes.
pub(crate) async fn tidy_after_bulk_write(tx: &mut Tx) -> Result<()> {
    if tx.dialect() == Dialect(Engine::Postgres) {
        Sql::new("SELECT liaison_tidy_customers()").execute(tx).await?;
    }
    Ok(())
}

/// The tables a bulk write of customers adds rows to.
const BULK_TABLES: [&str; 3] = ["customers", "customer_tags", "activity"];

/// The indexes of the tables a bulk write may more than double, dropped while it writes and built
/// again before it commits (SQLite only). SQLite fills the pages of an index it builds in key
/// order, where rows written one at a time leave them about seven eighths full: an import into
/// an empty database leaves a file a sixteenth smaller, in about the same time. It is all one
/// transaction: a cancel or a failure brings the indexes back as they were, other connections
/// go on reading the last committed schema, and a unique index built again refuses the write if
/// it was broken. On PostgreSQL dropping an index would lock colleagues out of the table until
/// the import ends, so nothing is set aside there.
pub(crate) struct IndexesSetAside(Vec<String>);

impl IndexesSetAside {
    /// Sets aside the indexes of each bulk table holding fewer rows than `rows`, the most a write
    /// adds to it. A table already as large keeps them: building them again from all its rows
    /// would cost more than the write saves.
    pub(crate) async fn before_writing(tx: &mut Tx, rows: usize) -> Result<IndexesSetAside> {
        let mut definitions = Vec::new();
        if tx.engine() != Engine::Sqlite {
            return Ok(IndexesSetAside(definitions));
        }
        for table in BULK_TABLES {
            let held: i64 = Sql::new(format!("SELECT count(*) FROM {table}")).scalar(&mut *tx).await?;
            if usize::try_from(held).unwrap_or(usize::MAX) >= rows {
                continue;
            }
            // An index a constraint made has no definition of its own (it goes with its table).
            let indexes: Vec<(String, String)> = Sql::new(
                "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
            )
            .bind(table)
            .fetch_all(&mut *tx)
            .await?;
            for (name, definition) in indexes {
                Sql::new(format!("DROP INDEX \"{name}\"")).execute(&mut *tx).await?;
                definitions.push(definition);
            }
        }
        Ok(IndexesSetAside(definitions))
    }

    /// Builds the indexes set aside again, from the rows now written.
    pub(crate) async fn rebuild(self, tx: &mut Tx) -> Result<()> {
        for definition in self.0 {
            Sql::new(definition).execute(&mut *tx).await?;
        }
        Ok(())
    }
}

/// Inserts a valid customer in `relationship` with its tags; the caller checked uniqueness.
pub(crate) async fn insert_customer(tx: &mut Tx, valid: &ValidCustomer, relationship: Relationship) -> Result<i64> {
    let ids = insert_customers(tx, &[(valid, relationship)]).await?;
    ids.first().copied().ok_or(Error::Storage(sqlx::Error::RowNotFound))
}

/// Inserts valid customers, each in its relationship, with their tags, [`BATCH_ROWS`] to a
/// statement; the caller checked uniqueness. Their ids, in the order given.
pub(crate) async fn insert_customers(tx: &mut Tx, customers: &[(&ValidCustomer, Relationship)]) -> Result<Vec<i64>> {
    let now = tx.dialect().now();
    let mut ids = Vec::with_capacity(customers.len());
    for chunk in customers.chunks(BATCH_ROWS) {
        let mut sql = Sql::new(
            "INSERT INTO customers (company_name, company_key, primary_domain, microsoft_id, country, \
             contact_name, contact_email, language, notes, relationship, created_at, updated_at) VALUES ",
        );
        for (i, (valid, relationship)) in chunk.iter().enumerate() {
            sql.push(if i == 0 { "" } else { ", " });
            sql.push(format!("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, {now}, {now})"));
            sql = bind_fields(sql, valid).bind(relationship.as_str());
        }
        sql.push(" RETURNING id, primary_domain");
        // Neither engine promises RETURNING's order; the domain names each new row.
        let inserted: HashMap<String, i64> = sql
            .fetch_all::<(i64, String)>(&mut *tx)
            .await
            .map_err(taken)?
            .into_iter()
            .map(|(id, domain)| (domain, id))
            .collect();
        let chunk_ids = chunk
            .iter()
            .map(|(v, _)| inserted.get(&v.primary_domain).copied().ok_or(Error::Storage(sqlx::Error::RowNotFound)))
            .collect::<Result<Vec<i64>>>()?;
        let tags: Vec<(i64, &[String])> =
            chunk_ids.iter().zip(chunk).map(|(id, (v, _))| (*id, v.tags.as_slice())).collect();
        insert_tags(tx, &tags).await?;
        ids.extend(chunk_ids);
    }
    Ok(ids)
}

/// A unique index refusing what [`ensure_unique`] found free: another staff member's save
/// committed in between (PostgreSQL reads only committed rows; SQLite's write lock rules this
/// out). Said as the same field message.
fn taken(e: Error) -> Error {
    if let Error::Storage(sqlx::Error::Database(db)) = &e {
        if db.is_unique_violation() {
            let field = match db.constraint() {
                Some("customers_by_microsoft_id") => Field::MicrosoftId,
                _ => Field::PrimaryDomain,
            };
            return Error::invalid(field, Rule::Taken);
        }
    }
    e
}

/// Binds a customer's own columns in the order INSERT and UPDATE both list them.
fn bind_fields(q: Sql, v: &ValidCustomer) -> Sql {
    q.bind(&v.company_name)
        .bind(v.company_name.to_lowercase())
        .bind(&v.primary_domain)
        .bind(&v.microsoft_id)
        .bind(&v.country)
        .bind(&v.contact_name)
        .bind(&v.contact_email)
        .bind(v.language.tag())
        .bind(&v.notes)
}

pub(crate) async fn customer_in(tx: &mut Tx, id: i64) -> Result<Customer> {
    let dialect = tx.dialect();
    fetch_customer(tx, dialect, id).await
}

async fn fetch_customer<'a>(db: impl Into<Target<'a>>, dialect: Dialect, id: i64) -> Result<Customer> {
    let row: Option<CustomerRow> =
        Sql::new(format!("{} WHERE c.id = ?", select_customer(dialect))).bind(id).fetch_optional(db).await?;
    row.map(Customer::from).ok_or(Error::CustomerNotFound(id))
}

/// A primary domain or Microsoft ID names one tenant, so two customers cannot share one.
pub(crate) async fn ensure_unique(tx: &mut Tx, v: &ValidCustomer, except: Option<i64>) -> Result<()> {
    let mut taken = Vec::new();
    let domain: Option<i64> = Sql::new("SELECT id FROM customers WHERE primary_domain = ? AND id IS DISTINCT FROM ?")
        .bind(&v.primary_domain)
        .bind(except)
        .scalar_optional(&mut *tx)
        .await?;
    if domain.is_some() {
        taken.push(FieldError { field: Field::PrimaryDomain, rule: Rule::Taken });
    }
    if let Some(mid) = &v.microsoft_id {
        let other: Option<i64> = Sql::new("SELECT id FROM customers WHERE microsoft_id = ? AND id IS DISTINCT FROM ?")
            .bind(mid)
            .bind(except)
            .scalar_optional(&mut *tx)
            .await?;
        if other.is_some() {
            taken.push(FieldError { field: Field::MicrosoftId, rule: Rule::Taken });
        }
    }
    if taken.is_empty() {
        Ok(())
    } else {
        Err(Error::Invalid(taken))
    }
}

/// Replaces a customer's tags.
pub(crate) async fn write_tags(tx: &mut Tx, id: i64, tags: &[String]) -> Result<()> {
    replace_tags(tx, &[(id, tags)]).await
}

/// Replaces the tags of each customer given, [`BATCH_ROWS`] customers to a statement.
pub(crate) async fn replace_tags(tx: &mut Tx, tags: &[(i64, &[String])]) -> Result<()> {
    for chunk in tags.chunks(BATCH_ROWS) {
        let mut sql = Sql::new("DELETE FROM customer_tags WHERE customer_id IN (");
        for (i, (id, _)) in chunk.iter().enumerate() {
            sql.push(if i == 0 { "?" } else { ", ?" });
            sql = sql.bind(*id);
        }
        sql.push(")");
        sql.execute(&mut *tx).await?;
        insert_tags(tx, chunk).await?;
    }
    Ok(())
}

/// Adds the tags of each customer given (none of which it holds yet), [`BATCH_ROWS`] tags to a
/// statement.
pub(crate) async fn insert_tags(tx: &mut Tx, tags: &[(i64, &[String])]) -> Result<()> {
    let pairs: Vec<(i64, &String)> = tags.iter().flat_map(|(id, t)| t.iter().map(move |tag| (*id, tag))).collect();
    for chunk in pairs.chunks(BATCH_ROWS) {
        let mut sql = Sql::new("INSERT INTO customer_tags (customer_id, tag) VALUES ");
        for (i, (id, tag)) in chunk.iter().enumerate() {
            sql.push(if i == 0 { "(?, ?)" } else { ", (?, ?)" });
            sql = sql.bind(*id).bind(*tag);
        }
        sql.execute(&mut *tx).await?;
    }
    Ok(())
}

fn changed_fields(c: &Customer, v: &ValidCustomer) -> Vec<Field> {
    let mut tags_now = c.tags.clone();
    let mut tags_new = v.tags.clone();
    tags_now.sort();
    tags_new.sort();
    [
        (Field::CompanyName, c.company_name != v.company_name),
        (Field::PrimaryDomain, c.primary_domain != v.primary_domain),
        (Field::MicrosoftId, c.microsoft_id != v.microsoft_id),
        (Field::Country, c.country != v.country),
        (Field::ContactName, c.contact_name != v.contact_name),
        (Field::ContactEmail, c.contact_email != v.contact_email),
        (Field::Language, c.language != v.language),
        (Field::Tags, tags_now != tags_new),
        (Field::Notes, c.notes != v.notes),
    ]
    .into_iter()
    .filter_map(|(f, changed)| changed.then_some(f))
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::customer::tests::input;
    use crate::profile::tests::input as profile;
    use crate::store::fixture::Fixture;
    use crate::store::tests::store;
    use crate::store::Engine;
    use crate::{ActivityQuery, ProfileInput, Relationship, Role};

    async fn ready() -> (Store, Fixture) {
        let (store, dir) = store().await;
        store.save_profile(&profile()).await.unwrap();
        (store, dir)
    }

    #[tokio::test]
    async fn chunks_hand_over_every_row_once_in_key_order_either_way() {
        use crate::store::db::{Chunks, Keyed};
        #[derive(sqlx::FromRow, serde::Deserialize)]
        struct Named(i64, String);
        impl Keyed for Named {
            fn key(&self) -> i64 {
                self.0
            }
        }
        let (store, _dir) = ready().await;
        store.add_customer(&input("Someone else", "else.cz")).await.unwrap();
        for i in 0..10 {
            store.add_customer(&input(&format!("Chunked {i}"), &format!("chunked{i}.cz"))).await.unwrap();
        }
        let ids: Vec<i64> = Sql::new("SELECT id FROM customers WHERE company_name LIKE 'Chunked%' ORDER BY id")
            .scalars(store.pool())
            .await
            .unwrap();
        for (descending, size, queries) in [(false, 4, 3), (true, 4, 3), (false, 5, 3), (true, 10, 2), (false, 11, 1)] {
            let mut chunks = Chunks::new("id, company_name", descending, size);
            let (mut read, mut asked) = (Vec::new(), 0);
            let from = || Sql::new(" FROM customers WHERE company_name LIKE 'Chunked%'");
            while let Some(chunk) = chunks.next::<Named>(store.pool(), from()).await.unwrap() {
                read.extend(chunk);
                asked += 1;
            }
            let mut expected = ids.clone();
            if descending {
                expected.reverse();
            }
            assert_eq!(
                read.iter().map(|n| n.0).collect::<Vec<_>>(),
                expected,
                "{size} a chunk, descending {descending}"
            );
            assert!(read.iter().all(|n| n.1.starts_with("Chunked")));
            assert_eq!(asked, queries, "{size} a chunk: a last, empty chunk only after a full one");
        }
    }

    #[tokio::test]
    async fn adding_needs_a_profile() {
        let (store, _dir) = store().await;
        let r = store.add_customer(&input("Contoso", "contoso.com")).await;
        assert!(matches!(r, Err(Error::ProfileMissing)));
    }

    #[tokio::test]
    async fn add_then_read_back_with_tags_and_an_activity_line() {
        let (store, _dir) = ready().await;
        let c = store
            .add_customer(&CustomerInput {
                tags: vec!["gold".into(), "EU".into()],
                microsoft_id: "{AAAAAAAA-0B6D-4E3F-9A1B-2C3D4E5F6A7B}".into(),
                ..input("Contoso", "Contoso.COM")
            })
            .await
            .unwrap();
        assert_eq!(c.primary_domain, "contoso.com");
        assert_eq!(c.microsoft_id.as_deref(), Some("aaaaaaaa-0b6d-4e3f-9a1b-2c3d4e5f6a7b"));
        assert_eq!(c.tags, vec!["EU", "gold"]);
        assert_eq!(c.relationship, Relationship::Prospect);
        assert_eq!(store.customer(c.id).await.unwrap(), c);
        let log = store.activity(&ActivityQuery { customer_id: Some(c.id), ..Default::default() }).await.unwrap();
        assert_eq!(log.total, 1);
        assert_eq!(log.items[0].action, ActivityAction::CustomerAdded);
        assert_eq!(log.items[0].subject, "Contoso");
    }

    #[tokio::test]
    async fn a_domain_or_microsoft_id_belongs_to_one_customer() {
        let (store, _dir) = ready().await;
        let mid = "aaaaaaaa-0b6d-4e3f-9a1b-2c3d4e5f6a7b";
        store
            .add_customer(&CustomerInput { microsoft_id: mid.into(), ..input("Contoso", "contoso.com") })
            .await
            .unwrap();
        let dup = CustomerInput { microsoft_id: mid.to_uppercase(), ..input("Other", "CONTOSO.com") };
        let Err(Error::Invalid(e)) = store.add_customer(&dup).await else { panic!("accepted a duplicate") };
        let fields: Vec<Field> = e.iter().map(|e| e.field).collect();
        assert_eq!(fields, vec![Field::PrimaryDomain, Field::MicrosoftId]);
        assert!(e.iter().all(|e| e.rule == Rule::Taken));
        assert_eq!(store.customer_counts("").await.unwrap().prospect, 1);
    }

    #[tokio::test]
    async fn edits_log_what_changed_and_nothing_when_nothing_did() {
        let (store, _dir) = ready().await;
        let c = store.add_customer(&input("Contoso", "contoso.com")).await.unwrap();
        let same = store.update_customer(c.id, c.version, &input("Contoso", "contoso.com")).await.unwrap();
        assert_eq!(same.updated_at, c.updated_at);
        let edited = CustomerInput {
            contact_email: "it@contoso.com".into(),
            tags: vec!["vip".into()],
            ..input("Contoso a.s.", "contoso.com")
        };
        let c2 = store.update_customer(c.id, c.version, &edited).await.unwrap();
        assert_eq!(c2.company_name, "Contoso a.s.");
        let log = store.activity(&ActivityQuery { customer_id: Some(c.id), ..Default::default() }).await.unwrap();
        assert_eq!(log.total, 2);
        assert_eq!(log.items[0].changed, vec![Field::CompanyName, Field::ContactEmail, Field::Tags]);
        // The renamed company is found by its new name.
        let q = CustomerQuery { search: "a.s.".into(), relationship: Relationship::Prospect, ..Default::default() };
        assert_eq!(store.customers(&q).await.unwrap().total, 1);
    }

    #[tokio::test]
    async fn both_spellings_of_an_internationalized_domain_are_one_customer() {
        let (store, _dir) = ready().await;
        let c = store.add_customer(&input("Bücher GmbH", "XN--BCHER-KVA.de.")).await.unwrap();
        assert_eq!(c.primary_domain, "bücher.de");
        let dup = store.add_customer(&input("Bücher Zwei", "BÜCHER.de")).await;
        assert!(
            matches!(dup, Err(Error::Invalid(e)) if e[0].field == Field::PrimaryDomain && e[0].rule == Rule::Taken)
        );
        let ru = store.add_customer(&input("Пример", "xn--e1afmkfd.xn--p1ai")).await.unwrap();
        assert_eq!(ru.primary_domain, "пример.рф");
        let q = |search: &str| CustomerQuery {
            search: search.into(),
            relationship: Relationship::Prospect,
            ..Default::default()
        };
        for term in ["bücher.de", "xn--bcher-kva.de", "XN--BCHER-KVA", "bu\u{308}cher"] {
            let found = store.customers(&q(term)).await.unwrap();
            assert_eq!(found.items.iter().map(|c| c.id).collect::<Vec<_>>(), [c.id], "{term}");
        }
        for term in ["пример.рф", "xn--e1afmkfd.xn--p1ai", "ПРИМЕР"] {
            assert_eq!(store.customers(&q(term)).await.unwrap().total, 1, "{term}");
        }
    }

    #[tokio::test]
    async fn an_internationalized_domain_survives_export_and_import() {
        let (store, _dir) = ready().await;
        let mid = "aaaaaaaa-0b6d-4e3f-9a1b-2c3d4e5f6a7b";
        store.add_customer(&CustomerInput { microsoft_id: mid.into(), ..input("Пример", "пример.рф") }).await.unwrap();
        let exported = store.export_customers(Relationship::Prospect).await.unwrap();
        assert!(exported.contains("пример.рф"), "{exported}");
        let again = crate::store::import::import_text(&store, &exported, false).await.unwrap();
        assert_eq!((again.added, again.rejected.len()), (0, 0), "{again:?}");
        // Partner Center's file may carry the A-label form of the same domain.
        let csv = format!(
            "Microsoft ID,Company name,Primary domain name,Relationship\n{mid},Пример,XN--E1AFMKFD.XN--P1AI,Reseller\n"
        );
        let report = crate::store::import::import_text(&store, &csv, true).await.unwrap();
        assert_eq!((report.added, report.rejected.len()), (0, 0), "{report:?}");
        assert_eq!(store.customers(&CustomerQuery::default()).await.unwrap().total, 1);
        // A row whose company name hides a direction override is rejected with its field named.
        let other = "bbbbbbbb-0b6d-4e3f-9a1b-2c3d4e5f6a7b";
        let csv = format!(
            "Microsoft ID,Company name,Primary domain name,Relationship\n{other},\u{202e}exe.Evil,evil.cz,Reseller\n"
        );
        let report = crate::store::import::import_text(&store, &csv, true).await.unwrap();
        assert_eq!(report.added, 0);
        assert!(
            report.rejected[0].reasons[0].starts_with("Company name: ")
                && report.rejected[0].reasons[0].contains("U+202E")
        );
    }

    #[tokio::test]
    async fn a_hidden_character_is_refused_and_nothing_is_saved() {
        let (store, _dir) = ready().await;
        let evil = CustomerInput { notes: "fine\r\nlines".into(), ..input("\u{202e}evil.exe", "contoso.cz") };
        let Err(Error::Invalid(e)) = store.add_customer(&evil).await else { panic!("accepted") };
        assert_eq!((e[0].field, e[0].rule), (Field::CompanyName, Rule::HiddenCharacter { code_point: 0x202e }));
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(store.customers(&CustomerQuery::default()).await.unwrap().total, 0);
        let tagged = CustomerInput { tags: vec!["gold\u{e0067}".into()], ..input("Contoso", "contoso.cz") };
        let Err(Error::Invalid(e)) = store.add_customer(&tagged).await else { panic!("accepted") };
        assert_eq!((e[0].field, e[0].rule), (Field::Tags, Rule::HiddenCharacter { code_point: 0xe0067 }));
    }

    #[tokio::test]
    async fn a_customer_keeps_partner_centers_150_tags_of_50_characters() {
        let (store, _dir) = ready().await;
        let tags: Vec<String> = (0..150).map(|i| format!("{i:0>3}{}", "ž".repeat(47))).collect();
        let c =
            store.add_customer(&CustomerInput { tags: tags.clone(), ..input("Contoso", "contoso.cz") }).await.unwrap();
        assert_eq!(c.tags, tags);
        let more = CustomerInput { tags: [tags, vec!["one more".into()]].concat(), ..input("Contoso", "contoso.cz") };
        let Err(Error::Invalid(e)) = store.update_customer(c.id, c.version, &more).await else { panic!("accepted") };
        assert_eq!((e[0].field, e[0].rule), (Field::Tags, Rule::TooMany { max: 150 }));
        // An import that would take the customer past the limit is rejected for that row.
        let csv = "Microsoft ID,Company name,Primary domain name,Relationship,Tags\n\
                   cccccccc-0b6d-4e3f-9a1b-2c3d4e5f6a7b,Contoso,contoso.cz,Reseller,extra\n";
        let report = crate::store::import::import_text(&store, csv, true).await.unwrap();
        assert_eq!(report.rejected.len(), 1, "{report:?}");
        assert!(report.rejected[0].reasons[0].starts_with("Tags: "), "{report:?}");
        assert_eq!(store.customer(c.id).await.unwrap().tags.len(), 150);
    }

    #[tokio::test]
    async fn an_invalid_edit_loses_nothing() {
        let (store, _dir) = ready().await;
        let c = store.add_customer(&input("Contoso", "contoso.com")).await.unwrap();
        assert!(store.update_customer(c.id, c.version, &input("", "contoso.com")).await.is_err());
        assert_eq!(store.customer(c.id).await.unwrap(), c);
        assert!(matches!(
            store.update_customer(999, 1, &input("X Y", "x.com")).await,
            Err(Error::CustomerNotFound(999))
        ));
    }

    #[tokio::test]
    async fn roles_are_enforced_for_customers() {
        let (store, _dir) = store().await;
        store.save_profile(&ProfileInput { staff_role: Some(Role::HelpdeskAgent), ..profile() }).await.unwrap();
        let r = store.add_customer(&input("Contoso", "contoso.com")).await;
        assert!(matches!(r, Err(Error::Forbidden { action: Action::AddCustomer, .. })));
    }

    #[tokio::test]
    async fn search_sort_and_page_in_sqlite() {
        let (store, _dir) = ready().await;
        for (name, domain, mid) in [
            ("Contoso", "contoso.onmicrosoft.com", ""),
            ("Fabrikam", "fabrikam.cz", "bbbbbbbb-0000-4000-8000-000000000001"),
            ("Žluťoučký kůň", "kun.cz", ""),
            ("Adatum", "adatum.hu", "aaaaaaaa-0000-4000-8000-000000000002"),
            ("Cont Onto", "nto.hu", ""),
        ] {
            store.add_customer(&CustomerInput { microsoft_id: mid.into(), ..input(name, domain) }).await.unwrap();
        }
        let names = |p: CustomerPage| p.items.into_iter().map(|c| c.company_name).collect::<Vec<_>>();
        let q = |search: &str| CustomerQuery {
            search: search.into(),
            relationship: Relationship::Prospect,
            ..Default::default()
        };
        assert_eq!(
            names(store.customers(&q("")).await.unwrap()),
            ["Adatum", "Cont Onto", "Contoso", "Fabrikam", "Žluťoučký kůň"]
        );
        assert_eq!(names(store.customers(&q("brik")).await.unwrap()), ["Fabrikam"]);
        // "Cont Onto" holds every trigram of "conto" (con, ont, nto), but not the term itself;
        // nor is a term found across the name and the domain.
        assert_eq!(names(store.customers(&q("conto")).await.unwrap()), ["Contoso"]);
        assert_eq!(names(store.customers(&q("ontonto")).await.unwrap()), Vec::<String>::new());
        assert_eq!(names(store.customers(&q("ŽLUŤ")).await.unwrap()), ["Žluťoučký kůň"]);
        assert_eq!(names(store.customers(&q(".cz")).await.unwrap()), ["Fabrikam", "Žluťoučký kůň"]);
        assert_eq!(names(store.customers(&q("ON")).await.unwrap()), ["Cont Onto", "Contoso"]);
        assert_eq!(names(store.customers(&q("bbbbbbbb-0000")).await.unwrap()), ["Fabrikam"]);
        // A Microsoft ID is found from its start, in either case, and not by a fragment of its middle.
        assert_eq!(names(store.customers(&q("AAAA")).await.unwrap()), ["Adatum"]);
        assert_eq!(names(store.customers(&q("4000-8000")).await.unwrap()), Vec::<String>::new());
        assert_eq!(names(store.customers(&q("\"quoted\"")).await.unwrap()), Vec::<String>::new());
        // A wildcard in the term is a character like any other; case is ignored in every script.
        assert_eq!(names(store.customers(&q("%")).await.unwrap()), Vec::<String>::new());
        assert_eq!(names(store.customers(&q("f_b")).await.unwrap()), Vec::<String>::new());
        assert_eq!(names(store.customers(&q("ŽL")).await.unwrap()), ["Žluťoučký kůň"]);
        let by_id = CustomerQuery { sort: CustomerSort::MicrosoftId, ..q("") };
        assert_eq!(
            names(store.customers(&by_id).await.unwrap()),
            ["Adatum", "Fabrikam", "Cont Onto", "Contoso", "Žluťoučký kůň"]
        );
        let desc = CustomerQuery { sort: CustomerSort::PrimaryDomain, descending: true, limit: 2, offset: 1, ..q("") };
        let page = store.customers(&desc).await.unwrap();
        assert_eq!((page.total, page.offset), (5, 1));
        assert_eq!(names(page), ["Žluťoučký kůň", "Fabrikam"]);
        // The total is right on a last page that is not full, past the end, and for a search.
        for (offset, total, shown) in [(4, 5, 1), (5, 5, 0), (9, 5, 0)] {
            let page = store.customers(&CustomerQuery { limit: 2, offset, ..desc.clone() }).await.unwrap();
            assert_eq!((page.total, page.items.len()), (total, shown), "offset {offset}");
        }
        assert_eq!(store.customers(&q("conto")).await.unwrap().total, 1);
        assert_eq!(store.customers(&q("nothing like it")).await.unwrap().total, 0);
        // The Customers page proper lists reseller customers only: none yet.
        assert_eq!(store.customers(&CustomerQuery::default()).await.unwrap().total, 0);
    }

    /// Thousands of customers across the views, with fresh statistics: PostgreSQL's planner
    /// chooses by them, so an empty table would say nothing about the plans at scale.
    async fn fill_for_plans(store: &Store) {
        Sql::new(
            "INSERT INTO customers (company_name, company_key, primary_domain, country, contact_name, \
             contact_email, language, notes, relationship, created_at, updated_at) \
             SELECT 'Company ' || i, 'company ' || i, 'company' || i || '.cz', 'CZ', '', '', 'en-US', '', \
             (ARRAY[?, ?, ?, ?])[1 + i % 4], \
             to_char(TIMESTAMP '2026-01-01' + i * INTERVAL '1 minute', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), '2026-01-01' \
             FROM generate_series(1, 5000) AS i",
        )
        .bind(Relationship::Prospect.as_str())
        .bind(Relationship::Invited.as_str())
        .bind(Relationship::Reseller.as_str())
        .bind(Relationship::Removed.as_str())
        .execute(store.pool())
        .await
        .unwrap();
        Sql::new("VACUUM ANALYZE customers").execute(store.pool()).await.unwrap();
    }

    /// `select` explained: SQLite's EXPLAIN QUERY PLAN, or PostgreSQL's EXPLAIN.
    fn explain(store: &Store, select: &str) -> Sql {
        Sql::new(select).behind(explaining(store))
    }

    /// What asks the engine of `store` for a statement's plan.
    fn explaining(store: &Store) -> &'static str {
        match store.engine() {
            Engine::Sqlite => "EXPLAIN QUERY PLAN ",
            Engine::Postgres => "EXPLAIN ",
        }
    }

    /// The lines of a plan `explain` asked for.
    async fn plan_of(store: &Store, explain: Sql) -> Vec<String> {
        match store.engine() {
            Engine::Sqlite => {
                let plan: Vec<(i64, i64, i64, String)> = explain.fetch_all(store.pool()).await.unwrap();
                plan.into_iter().map(|r| r.3).collect()
            }
            Engine::Postgres => explain.scalars(store.pool()).await.unwrap(),
        }
    }

    #[tokio::test]
    async fn the_list_query_uses_indexes() {
        let (store, _dir) = ready().await;
        if store.engine() == Engine::Postgres {
            fill_for_plans(&store).await;
        }
        for (sort, index) in [
            ("c.company_key ASC, c.id ASC", "customers_by_relationship"),
            ("c.created_at DESC, c.id DESC", "customers_by_relationship_created"),
            ("c.primary_domain DESC", "customers_by_relationship_domain"),
        ] {
            let select = format!("SELECT c.id FROM customers c WHERE c.relationship = ? ORDER BY {sort} LIMIT 50");
            let text = plan_of(&store, explain(&store, &select).bind(Relationship::Reseller.as_str())).await;
            if store.engine() == Engine::Postgres {
                // Its planner picks among the indexes that give this order by their statistics
                // (by creation time, say, when the views are evenly mixed): any one will do.
                assert!(
                    text.iter().any(|l| l.contains("Index Scan") || l.contains("Index Only Scan")),
                    "{sort}: {text:?}"
                );
            } else {
                assert!(text.iter().any(|l| l.contains(index)), "{sort}: {text:?}");
            }
            // SQLite's temporary b-tree and PostgreSQL's Sort node: the view sorted in memory.
            let sorts = |l: &String| l.contains("TEMP B-TREE") || l.contains("Sort");
            assert!(!text.iter().any(sorts), "{sort} sorts in memory: {text:?}");
        }
    }

    #[tokio::test]
    async fn a_trigram_search_is_driven_by_its_matches_not_by_the_views_index() {
        let (store, _dir) = ready().await;
        let postgres = store.engine() == Engine::Postgres;
        if postgres {
            fill_for_plans(&store).await;
        }
        let text = page_plan(&store, "ny 04217", None).await;
        if postgres {
            for index in ["customers_search_name", "customers_search_domain", "customers_by_microsoft_id"] {
                assert!(text.iter().any(|l| l.contains(index)), "{index}: {text:?}");
            }
        } else {
            assert!(text.iter().any(|l| l.contains("VIRTUAL TABLE")), "{text:?}");
            assert!(text.iter().any(|l| l.starts_with("SEARCH c USING INTEGER PRIMARY KEY")), "{text:?}");
            // As the page runs it: among the few candidates the index handed over before.
            let search = CustomerSearch::row_by_row("ny 04217").by_index(store.engine()).unwrap();
            let few = search.among_candidates(store.pool(), FEW_CANDIDATES).await.unwrap().expect("few candidates");
            let q = CustomerQuery { search: "ny 04217".into(), ..CustomerQuery::default() };
            let among = plan_of(&store, page_query(&q, &few, None, Dialect(Engine::Sqlite)).behind(explaining(&store)));
            let among = among.await;
            assert!(among.iter().any(|l| l.starts_with("SEARCH c USING INTEGER PRIMARY KEY")), "{among:?}");
            assert!(!among.iter().any(|l| l.contains("customers_by_relationship")), "walks the view: {among:?}");
        }
        assert!(!text.iter().any(|l| l.contains("customers_by_relationship")), "walks the whole view: {text:?}");
    }

    /// The plan of the first page of the Customers view searched for `term`, found by the search
    /// index where there is one, or only among the view's first `walked` rows.
    async fn page_plan(store: &Store, term: &str, walked: Option<u32>) -> Vec<String> {
        let search = CustomerSearch::row_by_row(term);
        let search = match walked {
            None => search.by_index(store.engine()).unwrap_or(search),
            Some(_) => search,
        };
        let q = CustomerQuery { search: term.into(), ..CustomerQuery::default() };
        plan_of(store, page_query(&q, &search, walked, store.pool().dialect()).behind(explaining(store))).await
    }

    #[tokio::test]
    async fn a_term_many_customers_hold_fills_its_page_from_the_views_first_rows_and_finds_the_same() {
        let (store, _dir) = ready().await;
        // More customers than the first rows walked hold "company"; more than the index hands
        // over at once hold "late", but only after those rows in list order.
        let many = if store.engine() == Engine::Postgres {
            "SELECT i FROM generate_series(1, 6000) AS i"
        } else {
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 6000) SELECT i FROM n"
        };
        Sql::new(format!(
            "INSERT INTO customers (company_name, company_key, primary_domain, country, contact_name, \
             contact_email, language, notes, relationship, created_at, updated_at) \
             SELECT 'Company ' || lpad_i, 'company ' || lpad_i, 'c' || lpad_i || CASE WHEN lpad_i > '03000' THEN '.late.cz' ELSE '.cz' END, 'CZ', '', '', \
             'en-US', '', 'reseller', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z' \
             FROM (SELECT substr('0000' || i, length('0000' || i) - 4, 5) AS lpad_i FROM ({many}) AS n) AS numbered"
        ))
        .execute(store.pool())
        .await
        .unwrap();
        if store.engine() == Engine::Sqlite {
            let text = page_plan(&store, "company", Some(WALKED_ROWS)).await;
            assert!(!text.iter().any(|l| l.contains("VIRTUAL TABLE")), "{text:?}");
            assert!(text.iter().any(|l| l.contains("customers_by_relationship")), "{text:?}");
        }

        let view = |search: &str, offset: u32| CustomerQuery {
            search: search.into(),
            relationship: Relationship::Reseller,
            offset,
            ..CustomerQuery::default()
        };
        let names = |page: &[Customer]| page.iter().map(|c| c.company_name.clone()).collect::<Vec<_>>();
        let page = store.customers(&view("COMPANY", 0)).await.unwrap();
        assert_eq!((page.total, page.items.len(), page.items[0].company_name.as_str()), (6_000, 50, "Company 00001"));
        let page = store.customers(&view("company", 5_950)).await.unwrap();
        assert_eq!((page.total, page.items.len(), page.items[0].company_name.as_str()), (6_000, 50, "Company 05951"));
        let late = store.customers(&view("late", 50)).await.unwrap();
        let expected: Vec<String> = (3_051..3_101).map(|i| format!("Company 0{i}")).collect();
        assert_eq!((late.total, names(&late.items)), (3_000, expected));
        let few = store.customers(&view("pany 0421", 0)).await.unwrap();
        let expected: Vec<String> = (4_210..4_220).map(|i| format!("Company 0{i}")).collect();
        assert_eq!((few.total, names(&few.items)), (10, expected));
        let none = store.customers(&view("pany 9", 0)).await.unwrap();
        assert_eq!((none.total, none.items.len()), (0, 0), "no customer holds the term's trigrams");
        assert_eq!(store.customer_counts("pany 9").await.unwrap().of(Relationship::Reseller), 0);
        let counts = store.customer_counts("ny 0").await.unwrap();
        assert_eq!((counts.of(Relationship::Reseller), counts.of(Relationship::Prospect)), (6_000, 0));
    }
}
