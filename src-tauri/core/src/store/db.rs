//! One statement for both engines. The store writes each query once, in the SQL that SQLite and
//! PostgreSQL share, with `?` placeholders; this layer binds the values, numbers the placeholders
//! for PostgreSQL (`$1`, `$2`, …) and maps rows with the types' derived `FromRow`, which serves
//! both engines. The few phrases the engines spell differently live in [`Dialect`].
//!
//! Why not sqlx's `Any` driver: it decodes SQLite values by their runtime type, so a stored
//! boolean (an integer in SQLite) cannot be read as `bool`, and it offers no way to set SQLite's
//! pragmas; binding through the native drivers keeps each engine's own types.

use super::changes::Change;
use crate::Result;
use sqlx::encode::IsNull;
use sqlx::error::BoxDynError;
use sqlx::postgres::{PgArgumentBuffer, PgConnection, PgPool, PgRow, PgTypeInfo};
use sqlx::sqlite::{SqliteArgumentValue, SqliteConnection, SqlitePool, SqliteRow, SqliteTypeInfo};
use sqlx::{Decode, Encode, FromRow, Postgres, Sqlite, Transaction, Type};
use tokio::sync::broadcast;

/// The engine behind a store: where the records live.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum Engine {
    /// A local file, one staff member.
    Sqlite,
    /// A team workspace on a PostgreSQL server.
    Postgres,
}

/// A connection pool on either engine.
#[derive(Debug, Clone)]
pub(crate) enum Pool {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// An open transaction on either engine, and what it changed, told to every open Liaison on
/// the workspace when it commits.
pub(crate) struct Tx {
    conn: TxConn,
    changes: Vec<Change>,
    /// Where a file's changes are told; a server tells them with NOTIFY, which every Liaison
    /// connected to it (this one too) listens to.
    told: Option<broadcast::Sender<Change>>,
}

enum TxConn {
    Sqlite(Transaction<'static, Sqlite>),
    Postgres(Transaction<'static, Postgres>),
}

impl Pool {
    pub fn engine(&self) -> Engine {
        match self {
            Pool::Sqlite(_) => Engine::Sqlite,
            Pool::Postgres(_) => Engine::Postgres,
        }
    }

    pub fn dialect(&self) -> Dialect {
        Dialect(self.engine())
    }

    /// Closes every connection, and returns once none is open. A restore renames another file
    /// into place after this, so a connection still open then would later delete the new
    /// database's write-ahead log as its own.
    pub async fn close(&self) {
        match self {
            Pool::Sqlite(p) => {
                // sqlx's close can return with a connection that was on its way back to the
                // pool when it began: that one then waits idle, open. Closing again closes it.
                p.close().await;
                while p.size() > 0 {
                    tokio::time::sleep(std::time::Duration::from_millis(1)).await;
                    p.close().await;
                }
            }
            Pool::Postgres(p) => p.close().await,
        }
    }

    /// A read transaction: it sees one state of the database throughout, and on SQLite it
    /// takes no write lock, so writes on other connections go on meanwhile.
    pub async fn begin(&self) -> Result<Tx> {
        Ok(Tx::new(
            match self {
                Pool::Sqlite(p) => TxConn::Sqlite(p.begin().await?),
                Pool::Postgres(p) => TxConn::Postgres(p.begin().await.map_err(from_server)?),
            },
            None,
        ))
    }

    /// A write transaction whose changes are told on `told` when it commits. On SQLite it holds
    /// the write lock from its first statement, so a read followed by a write inside it cannot
    /// be overtaken. On PostgreSQL it lets the server keep the plans of prepared statements, which
    /// the session otherwise plans for each run's values (see `server::SESSION_SETTINGS`): a
    /// write runs the server's own statements for every row it checks (each foreign key's check,
    /// the roles' triggers), and planning those again for each row was a quarter of an import's
    /// writes. Liaison's searches read through the pool, never inside a write.
    pub async fn begin_write(&self, told: broadcast::Sender<Change>) -> Result<Tx> {
        Ok(Tx::new(
            match self {
                Pool::Sqlite(p) => TxConn::Sqlite(p.begin_with("BEGIN IMMEDIATE").await?),
                Pool::Postgres(p) => TxConn::Postgres(
                    p.begin_with("BEGIN; SET LOCAL plan_cache_mode = auto").await.map_err(from_server)?,
                ),
            },
            Some(told),
        ))
    }
}

/// More changes than this in one transaction are told as [`Change::EVERYTHING`]: reloading
/// everything once is cheaper than hearing of each customer.
const MANY_CHANGES: usize = 32;

impl Tx {
    fn new(conn: TxConn, told: Option<broadcast::Sender<Change>>) -> Tx {
        Tx { conn, changes: Vec::new(), told }
    }

    pub fn engine(&self) -> Engine {
        match self.conn {
            TxConn::Sqlite(_) => Engine::Sqlite,
            TxConn::Postgres(_) => Engine::Postgres,
        }
    }

    /// Notes a change, told to everyone once the transaction commits. A transaction of many
    /// changes (an import) is told as one: anything may have changed.
    pub fn changed(&mut self, change: Change) {
        if self.changes.first() == Some(&Change::EVERYTHING) || self.changes.contains(&change) {
            return;
        }
        if self.changes.len() == MANY_CHANGES {
            self.changes = vec![Change::EVERYTHING];
        } else {
            self.changes.push(change);
        }
    }

    pub fn dialect(&self) -> Dialect {
        Dialect(self.engine())
    }

    /// The PostgreSQL connection of this transaction, for what only a server has (grants).
    pub fn postgres(&mut self) -> Option<&mut PgConnection> {
        match &mut self.conn {
            TxConn::Sqlite(_) => None,
            TxConn::Postgres(t) => Some(t),
        }
    }

    /// Commits, then tells what changed. On a server the NOTIFY is part of the transaction, so
    /// it is delivered exactly when the change is visible.
    pub async fn commit(self) -> Result<()> {
        match self.conn {
            TxConn::Sqlite(t) => {
                t.commit().await?;
                if let Some(told) = &self.told {
                    for change in self.changes {
                        // Nobody listening is not an error.
                        let _ = told.send(change);
                    }
                }
            }
            TxConn::Postgres(mut t) => {
                for change in &self.changes {
                    sqlx::query("SELECT pg_notify($1, $2)")
                        .bind(super::changes::CHANNEL)
                        .bind(serde_json::to_string(change).unwrap_or_default())
                        .execute(&mut *t)
                        .await
                        .map_err(from_server)?;
                }
                t.commit().await.map_err(from_server)?;
            }
        }
        Ok(())
    }

    /// Ends the transaction, undoing what it did (as dropping it does, but waiting for it).
    pub async fn rollback(self) -> Result<()> {
        match self.conn {
            TxConn::Sqlite(t) => t.rollback().await?,
            TxConn::Postgres(t) => t.rollback().await?,
        }
        Ok(())
    }
}

/// Where a statement runs: a pool, or the connection of an open transaction.
pub(crate) enum Target<'a> {
    SqlitePool(&'a SqlitePool),
    Sqlite(&'a mut SqliteConnection),
    PostgresPool(&'a PgPool),
    Postgres(&'a mut PgConnection),
}

impl<'a> From<&'a Pool> for Target<'a> {
    fn from(pool: &'a Pool) -> Target<'a> {
        match pool {
            Pool::Sqlite(p) => Target::SqlitePool(p),
            Pool::Postgres(p) => Target::PostgresPool(p),
        }
    }
}

impl<'a> From<&'a mut Tx> for Target<'a> {
    fn from(tx: &'a mut Tx) -> Target<'a> {
        match &mut tx.conn {
            TxConn::Sqlite(t) => Target::Sqlite(t),
            TxConn::Postgres(t) => Target::Postgres(t),
        }
    }
}

/// A value bound to a statement.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    Int(Option<i64>),
    Text(Option<String>),
    Bool(bool),
}

impl From<i64> for Value {
    fn from(v: i64) -> Value {
        Value::Int(Some(v))
    }
}
impl From<u32> for Value {
    fn from(v: u32) -> Value {
        Value::Int(Some(v.into()))
    }
}
impl From<Option<i64>> for Value {
    fn from(v: Option<i64>) -> Value {
        Value::Int(v)
    }
}
impl From<bool> for Value {
    fn from(v: bool) -> Value {
        Value::Bool(v)
    }
}
impl From<&str> for Value {
    fn from(v: &str) -> Value {
        Value::Text(Some(v.to_owned()))
    }
}
impl From<String> for Value {
    fn from(v: String) -> Value {
        Value::Text(Some(v))
    }
}
impl From<&String> for Value {
    fn from(v: &String) -> Value {
        Value::Text(Some(v.clone()))
    }
}
impl From<Option<String>> for Value {
    fn from(v: Option<String>) -> Value {
        Value::Text(v)
    }
}
impl From<Option<&str>> for Value {
    fn from(v: Option<&str>) -> Value {
        Value::Text(v.map(str::to_owned))
    }
}
impl From<&Option<String>> for Value {
    fn from(v: &Option<String>) -> Value {
        Value::Text(v.clone())
    }
}

impl Type<Sqlite> for Value {
    fn type_info() -> SqliteTypeInfo {
        <String as Type<Sqlite>>::type_info()
    }
}

impl<'q> Encode<'q, Sqlite> for Value {
    fn encode_by_ref(&self, buf: &mut Vec<SqliteArgumentValue<'q>>) -> std::result::Result<IsNull, BoxDynError> {
        match self {
            Value::Int(v) => <Option<i64> as Encode<Sqlite>>::encode_by_ref(v, buf),
            Value::Text(v) => <Option<String> as Encode<Sqlite>>::encode_by_ref(v, buf),
            Value::Bool(v) => <bool as Encode<Sqlite>>::encode_by_ref(v, buf),
        }
    }
}

impl Type<Postgres> for Value {
    fn type_info() -> PgTypeInfo {
        <String as Type<Postgres>>::type_info()
    }
}

impl Encode<'_, Postgres> for Value {
    fn encode_by_ref(&self, buf: &mut PgArgumentBuffer) -> std::result::Result<IsNull, BoxDynError> {
        match self {
            Value::Int(v) => <Option<i64> as Encode<Postgres>>::encode_by_ref(v, buf),
            Value::Text(v) => <Option<String> as Encode<Postgres>>::encode_by_ref(v, buf),
            Value::Bool(v) => <bool as Encode<Postgres>>::encode_by_ref(v, buf),
        }
    }

    // PostgreSQL is told each value's own type, so one `Value` type can carry them all.
    fn produces(&self) -> Option<PgTypeInfo> {
        Some(match self {
            Value::Int(_) => <i64 as Type<Postgres>>::type_info(),
            Value::Text(_) => <String as Type<Postgres>>::type_info(),
            Value::Bool(_) => <bool as Type<Postgres>>::type_info(),
        })
    }
}

/// A row type both engines can map: derive `sqlx::FromRow` on it.
pub(crate) trait Record: for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin {}
impl<T> Record for T where T: for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin {}

/// A single column's type both engines can decode.
pub(crate) trait Scalar:
    for<'r> Decode<'r, Sqlite> + Type<Sqlite> + for<'r> Decode<'r, Postgres> + Type<Postgres> + Send + Unpin
{
}
impl<T> Scalar for T where
    T: for<'r> Decode<'r, Sqlite> + Type<Sqlite> + for<'r> Decode<'r, Postgres> + Type<Postgres> + Send + Unpin
{
}

/// A statement and its values.
#[derive(Debug, Clone, Default)]
pub(crate) struct Sql {
    text: String,
    args: Vec<Value>,
}

/// Runs `$body` with `$e` bound to the native executor of `$target` and `$text` to the
/// statement as that engine spells its placeholders.
macro_rules! on_engine {
    ($target:expr, $sql:expr, |$e:ident, $text:ident, $args:ident| $body:expr) => {{
        let Sql { text: sql_text, args: $args } = $sql;
        match $target {
            Target::SqlitePool($e) => {
                let $text = sql_text.as_str();
                $body.map_err(crate::Error::from)
            }
            Target::Sqlite($e) => {
                let $text = sql_text.as_str();
                $body.map_err(crate::Error::from)
            }
            Target::PostgresPool($e) => {
                let numbered = number_placeholders(&sql_text);
                let $text = numbered.as_str();
                $body.map_err(from_server)
            }
            Target::Postgres($e) => {
                let numbered = number_placeholders(&sql_text);
                let $text = numbered.as_str();
                $body.map_err(from_server)
            }
        }
    }};
}

/// A server's error as Liaison tells it: a lost connection is the workspace being unreachable
/// (the UI says so and keeps trying), anything else a storage error.
pub(crate) fn from_server(e: sqlx::Error) -> crate::Error {
    match crate::WorkspaceFault::of(&e) {
        Some(fault @ crate::WorkspaceFault::Unreachable) => crate::Error::Workspace(fault, e.to_string()),
        _ => crate::Error::Storage(e),
    }
}

/// Binds every value of `args` to a native query.
macro_rules! bound {
    ($query:expr, $args:expr) => {{
        let mut q = $query;
        for v in $args {
            q = q.bind(v);
        }
        q
    }};
}

impl Sql {
    /// A statement; `?` marks each value, bound in order.
    pub fn new(text: impl Into<String>) -> Sql {
        Sql { text: text.into(), args: Vec::new() }
    }

    /// Binds the next `?`.
    pub fn bind(mut self, v: impl Into<Value>) -> Sql {
        self.args.push(v.into());
        self
    }

    /// This statement behind `text`, such as `EXPLAIN`.
    pub fn behind(mut self, text: &str) -> Sql {
        self.text.insert_str(0, text);
        self
    }

    /// Appends text.
    pub fn push(&mut self, text: impl AsRef<str>) -> &mut Sql {
        self.text.push_str(text.as_ref());
        self
    }

    /// Appends a `?` and binds it.
    pub fn push_bind(&mut self, v: impl Into<Value>) -> &mut Sql {
        self.text.push('?');
        self.args.push(v.into());
        self
    }

    /// Runs the statement; returns the number of rows it changed.
    pub async fn execute<'a>(self, db: impl Into<Target<'a>>) -> Result<u64> {
        on_engine!(db.into(), self, |e, text, args| bound!(sqlx::query(text), args)
            .execute(e)
            .await
            .map(|r| r.rows_affected()))
    }

    /// Every row.
    pub async fn fetch_all<'a, T: Record>(self, db: impl Into<Target<'a>>) -> Result<Vec<T>> {
        on_engine!(db.into(), self, |e, text, args| bound!(sqlx::query_as(text), args).fetch_all(e).await)
    }

    /// Every row, handed to `each` as it arrives, so memory does not grow with the rows; stops
    /// at the first error `each` returns. Returns how many rows were handed over.
    pub async fn for_each<'a, T: Record>(
        self,
        db: impl Into<Target<'a>>,
        mut each: impl FnMut(T) -> Result<()>,
    ) -> Result<u64> {
        use futures_util::TryStreamExt;
        let mut refused = None;
        let handed = on_engine!(db.into(), self, |e, text, args| async {
            let mut rows = bound!(sqlx::query_as::<_, T>(text), args).fetch(e);
            let mut handed = 0;
            while let Some(row) = rows.try_next().await? {
                if let Err(error) = each(row) {
                    refused = Some(error);
                    break;
                }
                handed += 1;
            }
            Ok::<u64, sqlx::Error>(handed)
        }
        .await)?;
        refused.map_or(Ok(handed), Err)
    }

    /// The one row, if any.
    pub async fn fetch_optional<'a, T: Record>(self, db: impl Into<Target<'a>>) -> Result<Option<T>> {
        on_engine!(db.into(), self, |e, text, args| bound!(sqlx::query_as(text), args).fetch_optional(e).await)
    }

    /// The first column of the one row, which must exist.
    pub async fn scalar<'a, T: Scalar>(self, db: impl Into<Target<'a>>) -> Result<T> {
        on_engine!(db.into(), self, |e, text, args| bound!(sqlx::query_scalar(text), args).fetch_one(e).await)
    }

    /// The first column of the one row, if any.
    pub async fn scalar_optional<'a, T: Scalar>(self, db: impl Into<Target<'a>>) -> Result<Option<T>> {
        on_engine!(db.into(), self, |e, text, args| bound!(sqlx::query_scalar(text), args).fetch_optional(e).await)
    }

    /// The first column of every row.
    pub async fn scalars<'a, T: Scalar>(self, db: impl Into<Target<'a>>) -> Result<Vec<T>> {
        on_engine!(db.into(), self, |e, text, args| bound!(sqlx::query_scalar(text), args).fetch_all(e).await)
    }
}

/// A query read a chunk of rows at a time, in the order of its first column, an integer key
/// (such as an ID), so that memory does not grow with the rows. On SQLite each chunk is one JSON
/// array of rows, each row an array of its columns, that the database builds: read as rows, each
/// value of each row is handed over from SQLite's thread on its own, which costs more than most
/// uses of the row. PostgreSQL's driver reads rows off the connection quicker than the server
/// builds such arrays (about twice, for the activity export), so there a chunk is plain rows.
pub(crate) struct Chunks {
    columns: &'static str,
    descending: bool,
    size: u32,
    /// The key of the last row read, if any.
    after: Option<i64>,
    done: bool,
}

/// A row read by [`Chunks`]: its key, the value of its first column.
pub(crate) trait Keyed {
    fn key(&self) -> i64;
}

impl Chunks {
    /// Reads `columns` (comma-separated, the key first), `size` rows at a time, by ascending key
    /// or, if `descending`, descending.
    pub fn new(columns: &'static str, descending: bool, size: u32) -> Chunks {
        Chunks { columns, descending, size, after: None, done: false }
    }

    /// The next chunk's rows from `from` (the statement's `FROM` and `WHERE` clauses, which it
    /// adds to with `AND`; no ordering); none once the last chunk has been read.
    pub async fn next<'a, T>(&mut self, db: impl Into<Target<'a>>, from: Sql) -> Result<Option<Vec<T>>>
    where
        T: Record + serde::de::DeserializeOwned + Keyed,
    {
        if self.done {
            return Ok(None);
        }
        let db = db.into();
        let key = self.columns.split(',').next().unwrap_or_default().trim();
        let (dir, past) = if self.descending { ("DESC", "<") } else { ("ASC", ">") };
        let mut query = from.behind(&format!("SELECT {}", self.columns));
        if let Some(after) = self.after {
            query.push(format!(" AND {key} {past} ")).push_bind(after);
        }
        query.push(format!(" ORDER BY {key} {dir} LIMIT ")).push_bind(self.size);
        let rows: Vec<T> = match db {
            Target::SqlitePool(_) | Target::Sqlite(_) => {
                // Over no rows, `[]`.
                let rows = format!("json_group_array(json_array({}) ORDER BY {key} {dir})", self.columns);
                let mut chunk = query.behind(&format!("SELECT {rows} FROM ("));
                chunk.push(") AS chunk");
                let json: String = chunk.scalar(db).await?;
                serde_json::from_str(&json).map_err(|e| sqlx::Error::Decode(Box::new(e)))?
            }
            Target::PostgresPool(_) | Target::Postgres(_) => query.fetch_all(db).await?,
        };
        self.done = rows.len() < self.size as usize;
        self.after = rows.last().map(Keyed::key).or(self.after);
        Ok(Some(rows))
    }
}

/// Renumbers `?` and `?N` placeholders as PostgreSQL's `$N`, leaving quoted text alone.
pub(crate) fn number_placeholders(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut next = 0u32;
    let mut chars = text.chars().peekable();
    let mut quote: Option<char> = None;
    while let Some(c) = chars.next() {
        match quote {
            Some(q) => {
                out.push(c);
                if c == q {
                    quote = None;
                }
            }
            None if c == '\'' || c == '"' => {
                quote = Some(c);
                out.push(c);
            }
            None if c == '?' => {
                let mut digits = String::new();
                while let Some(d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    digits.push(*d);
                    chars.next();
                }
                out.push('$');
                if digits.is_empty() {
                    next += 1;
                    out.push_str(&next.to_string());
                } else {
                    out.push_str(&digits);
                }
            }
            None => out.push(c),
        }
    }
    out
}

/// The phrases SQLite and PostgreSQL spell differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Dialect(pub Engine);

/// Search terms shorter than a trigram cannot use SQLite's search index and scan instead.
const TRIGRAM_CHARS: usize = 3;

/// A customer search as the queries run it: the term in the forms it is looked for in, and
/// what narrows the customers down before each is tested.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CustomerSearch {
    forms: Vec<String>,
    narrowed: Narrowed,
}

/// What a customer search tests its term in.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Narrowed {
    /// Every customer of the view, row by row.
    Not,
    /// The customers SQLite's search index finds holding every trigram of the term.
    ByIndex,
    /// These customers (their IDs, comma-separated), which the index found earlier.
    Among(String),
}

impl CustomerSearch {
    /// No search: every customer.
    pub fn none() -> CustomerSearch {
        CustomerSearch { forms: Vec::new(), narrowed: Narrowed::Not }
    }

    /// A search for `term` that tests customers row by row.
    pub fn row_by_row(term: &str) -> CustomerSearch {
        // Stored text is NFC, and a domain is stored with U-labels: look for the term in those forms.
        CustomerSearch { forms: crate::validate::search_forms(term), narrowed: Narrowed::Not }
    }

    /// The same search driven by SQLite's search index, if `engine` is SQLite and the term is
    /// long enough to have trigrams; otherwise none.
    pub fn by_index(&self, engine: Engine) -> Option<CustomerSearch> {
        (engine == Engine::Sqlite && uses_search_index(&self.forms))
            .then(|| CustomerSearch { forms: self.forms.clone(), narrowed: Narrowed::ByIndex })
    }

    /// The same search among the customers that hold every trigram of its term (in one of its
    /// forms), found once by SQLite's search index and kept, if there are at most `most` of
    /// them; none if there are more. A quick question either way: the index is asked to hand
    /// over no more than one more, and they come back in one value. Only for a search
    /// [`CustomerSearch::by_index`] gave.
    pub async fn among_candidates(&self, pool: &Pool, most: i64) -> Result<Option<CustomerSearch>> {
        let ids: Option<String> = Sql::new(
            "SELECT group_concat(rowid) FROM \
             (SELECT rowid FROM customer_search WHERE customer_search MATCH ? LIMIT ?)",
        )
        .bind(trigram_query(&self.forms))
        .bind(most.saturating_add(1))
        .scalar(pool)
        .await?;
        let ids = ids.unwrap_or_default();
        let candidates = if ids.is_empty() { 0 } else { ids.matches(',').count() + 1 };
        Ok((i64::try_from(candidates).unwrap_or(i64::MAX) <= most)
            .then(|| CustomerSearch { forms: self.forms.clone(), narrowed: Narrowed::Among(ids) }))
    }
}

/// Whether a search for `forms` can use SQLite's trigram index: each form has a trigram.
fn uses_search_index(forms: &[String]) -> bool {
    !forms.is_empty() && forms.iter().all(|f| f.chars().count() >= TRIGRAM_CHARS)
}

/// The FTS5 query finding the customers that hold every trigram of one of `forms`: each
/// trigram a quoted string, which the index's own tokenizer folds as it folded the names.
fn trigram_query(forms: &[String]) -> String {
    let each_form: Vec<String> = forms
        .iter()
        .map(|form| {
            let chars: Vec<char> = form.chars().collect();
            let mut trigrams: Vec<String> = chars.windows(TRIGRAM_CHARS).map(|w| w.iter().collect()).collect();
            trigrams.sort_unstable();
            trigrams.dedup();
            let quoted: Vec<String> = trigrams.iter().map(|t| format!("\"{}\"", t.replace('"', "\"\""))).collect();
            format!("({})", quoted.join(" AND "))
        })
        .collect();
    each_form.join(" OR ")
}

/// A LIKE pattern finding `needle` anywhere, its own `%`, `_` and `\` taken literally.
fn contains_pattern(needle: &str) -> String {
    let mut pattern = String::with_capacity(needle.len() + 2);
    pattern.push('%');
    for c in needle.chars() {
        if matches!(c, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('%');
    pattern
}

impl Dialect {
    /// The database's clock as Liaison stores time: UTC, RFC 3339 with milliseconds.
    pub fn now(self) -> &'static str {
        match self.0 {
            Engine::Sqlite => "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
            Engine::Postgres => {
                "to_char(statement_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"
            }
        }
    }

    /// The values of `column` over a group, joined by the unit separator (U+001F).
    pub fn join_units(self, column: &str) -> String {
        match self.0 {
            Engine::Sqlite => format!("group_concat({column}, char(31))"),
            Engine::Postgres => format!("string_agg({column}, chr(31))"),
        }
    }

    /// Whole days from the stored time `column` to now; none for a time not reached yet (a
    /// clock set back).
    pub fn days_since(self, column: &str) -> String {
        match self.0 {
            Engine::Sqlite => format!("max(0, CAST(julianday('now') - julianday({column}) AS BIGINT))"),
            Engine::Postgres => format!(
                "GREATEST(0, CAST(EXTRACT(DAY FROM (statement_timestamp() - CAST({column} AS timestamptz))) AS BIGINT))"
            ),
        }
    }

    /// The login of whoever is connected: the session's on PostgreSQL, the one local staff
    /// member's in a file.
    pub fn current_login(self) -> &'static str {
        match self.0 {
            Engine::Sqlite => "'local'",
            Engine::Postgres => "session_user",
        }
    }

    /// The day after a bound `YYYY-MM-DD` date, as `YYYY-MM-DD` text (`?` marks the date).
    pub fn next_day(self) -> &'static str {
        match self.0 {
            Engine::Sqlite => "date(?, '+1 day')",
            Engine::Postgres => "to_char(CAST(? AS date) + 1, 'YYYY-MM-DD')",
        }
    }

    /// The relationship column of customer `c` as a list filters its view by. When SQLite's
    /// search index drives `search`, its few matches should drive the query: the unary `+` keeps
    /// SQLite from walking the view's index in list order instead and testing every row of the
    /// view. PostgreSQL's planner weighs the two by their statistics.
    pub fn customer_view_column(self, search: &CustomerSearch) -> &'static str {
        match self.0 {
            Engine::Sqlite if search.narrowed != Narrowed::Not => "+c.relationship",
            _ => "c.relationship",
        }
    }

    /// ` AND` customer `c`'s company name or primary domain contains the term of `search` (in
    /// one of the forms `validate::search_forms` spells it), or its Microsoft ID starts with the
    /// term, ignoring case; nothing for an empty term. Both engines find the same customers. A
    /// Microsoft ID is matched from its start so that its unique index serves the search and no
    /// search index has to hold every fragment of every ID.
    pub fn push_customer_search(self, b: &mut Sql, search: &CustomerSearch) {
        let forms = &search.forms;
        let term = forms.first().map_or("", String::as_str);
        if term.is_empty() {
            return;
        }
        let needle = term.to_lowercase();
        // Every ID starting with the needle sorts between it and it followed by the last code
        // point (both engines compare these columns byte by byte).
        let id_end = format!("{needle}{}", char::MAX);
        match self.0 {
            Engine::Sqlite => {
                b.push(" AND ((");
                // The index knows which customers hold each trigram, not where: it narrows the
                // customers down, and the test below finds the term in them.
                match &search.narrowed {
                    Narrowed::Not => {}
                    Narrowed::ByIndex => {
                        b.push("c.id IN (SELECT rowid FROM customer_search WHERE customer_search MATCH ");
                        b.push_bind(trigram_query(forms));
                        b.push(") AND ");
                    }
                    Narrowed::Among(ids) => {
                        b.push("c.id IN (SELECT value FROM json_each(").push_bind(format!("[{ids}]"));
                        b.push(")) AND ");
                    }
                }
                b.push("(");
                for (i, form) in forms.iter().enumerate() {
                    let form = form.to_lowercase();
                    b.push(if i == 0 { "" } else { " OR " });
                    b.push("instr(c.company_key, ").push_bind(form.clone());
                    b.push(") > 0 OR instr(c.primary_domain, ").push_bind(form);
                    b.push(") > 0");
                }
                b.push("))");
            }
            Engine::Postgres => {
                // pg_trgm's indexes serve these patterns. The name is matched by its lower-cased
                // key and the needle is lower-cased here, as SQLite's instr does: the columns use
                // the "C" collation, whose ILIKE folds ASCII only, so the server's locale decides
                // nothing.
                b.push(" AND (");
                for (i, form) in forms.iter().enumerate() {
                    let pattern = contains_pattern(&form.to_lowercase());
                    b.push(if i == 0 { "" } else { " OR " });
                    b.push("c.company_key ILIKE ").push_bind(pattern.clone());
                    b.push(" OR c.primary_domain ILIKE ").push_bind(pattern);
                }
            }
        }
        b.push(" OR (c.microsoft_id >= ").push_bind(needle);
        b.push(" AND c.microsoft_id < ").push_bind(id_end);
        b.push("))");
    }
}

#[cfg(test)]
mod tests {
    use super::{contains_pattern, number_placeholders};

    #[test]
    fn a_like_pattern_takes_the_needles_wildcards_literally() {
        assert_eq!(contains_pattern("a.s."), "%a.s.%");
        assert_eq!(contains_pattern("50%_off\\"), "%50\\%\\_off\\\\%");
    }

    #[test]
    fn placeholders_are_numbered_for_postgres_outside_quotes() {
        assert_eq!(number_placeholders("a = ? AND b = ? AND c = '?'"), "a = $1 AND b = $2 AND c = '?'");
        assert_eq!(number_placeholders("coalesce(?2, x) = ?1"), "coalesce($2, x) = $1");
        assert_eq!(number_placeholders("\"we?ird\" = ?"), "\"we?ird\" = $1");
    }

    /// The files under `dir` this process has open (Linux lists them in /proc).
    #[cfg(target_os = "linux")]
    fn open_files_under(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
        let fds = std::fs::read_dir("/proc/self/fd").unwrap().flatten();
        fds.filter_map(|fd| std::fs::read_link(fd.path()).ok()).filter(|target| target.starts_with(dir)).collect()
    }

    #[cfg(target_os = "linux")]
    #[tokio::test]
    async fn closing_leaves_no_connection_open_even_one_on_its_way_back_to_the_pool() {
        let dir = tempfile::tempdir().unwrap();
        let dir_path = std::fs::canonicalize(dir.path()).unwrap();
        let options =
            sqlx::sqlite::SqliteConnectOptions::new().filename(dir_path.join("a.sqlite3")).create_if_missing(true);
        let pool = super::Pool::Sqlite(
            sqlx::sqlite::SqlitePoolOptions::new().max_connections(4).connect_with(options).await.unwrap(),
        );
        let super::Pool::Sqlite(sqlite) = &pool else { unreachable!() };
        let conn = sqlite.acquire().await.unwrap();
        // Let go just before the close: the pool tests the connection on another thread and
        // puts it back idle while the close is already waiting.
        drop(conn);
        tokio::task::yield_now().await;
        pool.close().await;
        assert_eq!(open_files_under(&dir_path), Vec::<std::path::PathBuf>::new());
    }
}
