//! Moving a local file's records into an empty team workspace: one PostgreSQL transaction copies
//! every row with its id, the counts are checked before it commits, and the file is left as it
//! was, as the backup, remembering only where its records went.
//!
//! The copy is made by the workspace's owner: the database refuses a staff login's activity
//! lines in anyone else's name and signs its invitations with its own staff member, so a staff
//! login could not copy a history of many hands.

use super::activity::Actor;
use super::customers::tidy_after_bulk_write;
use super::profile::set_setting;
use super::{count_of, Engine, Pool, Sql, Store};
use crate::{Action, ActivityAction, Error, Result, StateConflict};
use serde::Serialize;
use sqlx::{FromRow, PgConnection, Row, ValueRef};
use ts_rs::TS;

/// The setting of a local file whose records were moved: the workspace's URL, without its
/// password.
pub(crate) const MOVED_TO: &str = "moved_to";

/// Rows sent to PostgreSQL in one statement (each column is one array parameter); the tests
/// send a few at a time, so that their small files cross chunk boundaries too.
const CHUNK: usize = if cfg!(test) { 3 } else { 5_000 };

/// What a move copied into the workspace, table by table (the same counts on both sides).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MoveReport {
    /// Settings such as the invitation link hosts (not the file's own interface language).
    pub settings: u32,
    pub staff_members: u32,
    pub providers: u32,
    pub customers: u32,
    pub tags: u32,
    pub invitations: u32,
    pub subscriptions: u32,
    pub users: u32,
    pub role_templates: u32,
    pub admin_relationships: u32,
    /// The file's activity log; the line recording the move itself is not counted.
    pub activity_lines: u32,
}

/// A column's type on both engines. A boolean is an INTEGER 0/1 in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Int,
    Text,
    Bool,
}

use Kind::{Bool, Int, Text};

impl Kind {
    /// The PostgreSQL type of an array of it.
    fn array(self) -> &'static str {
        match self {
            Int => "bigint[]",
            Text => "text[]",
            Bool => "boolean[]",
        }
    }
}

/// A table that moves, with every column it has on both engines.
#[derive(Debug)]
pub(super) struct Table {
    pub name: &'static str,
    /// Which rows move: the interface language and `moved_to` belong to the file alone.
    pub filter: &'static str,
    pub order: &'static str,
    pub columns: &'static [(&'static str, Kind)],
    /// Whether `id` is an identity column, whose sequence must then pass the copied ids.
    pub identity: bool,
}

impl Table {
    fn select(&self) -> String {
        let names: Vec<&str> = self.columns.iter().map(|(name, _)| *name).collect();
        format!("SELECT {} FROM {}{} ORDER BY {}", names.join(", "), self.name, self.filter, self.order)
    }

    fn count(&self) -> String {
        format!("SELECT count(*) FROM {}{}", self.name, self.filter)
    }
}

/// The tables in the order their foreign keys allow inserting them.
pub(super) const TABLES: &[Table] = &[
    Table {
        name: "partner_profile",
        filter: "",
        order: "id",
        columns: &[
            ("id", Int),
            ("company_name", Text),
            ("partner_type", Text),
            ("tenant_id", Text),
            ("partner_id", Text),
            ("cloud", Text),
            ("country", Text),
            ("language", Text),
            ("created_at", Text),
            ("updated_at", Text),
        ],
        identity: false,
    },
    Table {
        name: "settings",
        filter: " WHERE key NOT IN ('ui_language', 'moved_to')",
        order: "key",
        columns: &[("key", Text), ("value", Text)],
        identity: false,
    },
    Table {
        name: "staff_members",
        filter: "",
        order: "id",
        columns: &[
            ("id", Int),
            ("name", Text),
            ("email", Text),
            ("role", Text),
            ("language", Text),
            ("active", Bool),
            ("login", Text),
            ("created_at", Text),
            ("updated_at", Text),
            ("reminder_days", Int),
            ("reminders_notified_on", Text),
        ],
        identity: true,
    },
    Table {
        name: "indirect_providers",
        filter: "",
        order: "id",
        columns: &[
            ("id", Int),
            ("name", Text),
            ("tenant_id", Text),
            ("partner_id", Text),
            ("country", Text),
            ("created_at", Text),
            ("updated_at", Text),
        ],
        identity: true,
    },
    Table {
        name: "customers",
        filter: "",
        order: "id",
        columns: &[
            ("id", Int),
            ("company_name", Text),
            ("company_key", Text),
            ("primary_domain", Text),
            ("microsoft_id", Text),
            ("country", Text),
            ("contact_name", Text),
            ("contact_email", Text),
            ("language", Text),
            ("notes", Text),
            ("relationship", Text),
            ("dap_granted", Bool),
            ("created_at", Text),
            ("updated_at", Text),
            ("provider_id", Int),
            ("dap_removed_at", Text),
            ("dap_removed_by", Text),
            ("version", Int),
        ],
        identity: true,
    },
    Table {
        name: "customer_tags",
        filter: "",
        order: "customer_id, tag",
        columns: &[("customer_id", Int), ("tag", Text)],
        identity: false,
    },
    Table {
        name: "invitations",
        filter: "",
        order: "id",
        columns: &[
            ("id", Int),
            ("customer_id", Int),
            ("kind", Text),
            ("dap", Bool),
            ("provider_id", Int),
            ("link", Text),
            ("recipient", Text),
            ("language", Text),
            ("subject", Text),
            ("body", Text),
            ("sent_by_name", Text),
            ("sent_by_role", Text),
            ("sent_at", Text),
            ("status", Text),
            ("status_at", Text),
            ("reminded_at", Text),
        ],
        identity: true,
    },
    Table {
        name: "subscriptions",
        filter: "",
        order: "id",
        columns: &[
            ("id", Int),
            ("customer_id", Int),
            ("offer", Text),
            ("quantity", Int),
            ("status", Text),
            ("created_at", Text),
            ("updated_at", Text),
        ],
        identity: true,
    },
    Table {
        name: "customer_users",
        filter: "",
        order: "id",
        columns: &[
            ("id", Int),
            ("customer_id", Int),
            ("display_name", Text),
            ("user_principal_name", Text),
            ("licences", Text),
            ("created_at", Text),
        ],
        identity: true,
    },
    Table {
        name: "role_templates",
        filter: "",
        order: "id",
        columns: &[("id", Int), ("name", Text), ("roles", Text), ("created_at", Text), ("updated_at", Text)],
        identity: true,
    },
    Table {
        name: "admin_relationships",
        filter: "",
        order: "id",
        columns: &[
            ("id", Int),
            ("customer_id", Int),
            ("name", Text),
            ("relationship_id", Text),
            ("link", Text),
            ("duration_days", Int),
            ("auto_extend", Bool),
            ("roles", Text),
            ("template_name", Text),
            ("recipient", Text),
            ("language", Text),
            ("subject", Text),
            ("body", Text),
            ("sent_by_name", Text),
            ("sent_by_role", Text),
            ("sent_at", Text),
            ("requested_on", Text),
            ("expires_on", Text),
            ("approved_on", Text),
            ("ends_on", Text),
            ("terminated_on", Text),
            ("termination_reason", Text),
            ("status_at", Text),
            ("reminded_at", Text),
        ],
        identity: true,
    },
    Table {
        name: "activity",
        filter: "",
        order: "id",
        columns: &[
            ("id", Int),
            ("at", Text),
            ("actor_name", Text),
            ("actor_role", Text),
            ("action", Text),
            ("customer_id", Int),
            ("subject", Text),
            ("details", Text),
        ],
        identity: true,
    },
];

/// One value as either engine stores it.
enum Cell {
    Null,
    Int(i64),
    Bool(bool),
    Text(String),
}

/// A row of any table, read by the values' own types.
struct Cells(Vec<Cell>);

// One reading for both engines: an integer first (SQLite keeps booleans as integers, which the
// target's types turn back), then a boolean (PostgreSQL's own), then text.
impl<'r, R: Row> FromRow<'r, R> for Cells
where
    usize: sqlx::ColumnIndex<R>,
    i64: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    bool: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    String: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
{
    fn from_row(row: &'r R) -> sqlx::Result<Cells> {
        (0..row.len())
            .map(|i| {
                if row.try_get_raw(i)?.is_null() {
                    Ok(Cell::Null)
                } else if let Ok(n) = row.try_get(i) {
                    Ok(Cell::Int(n))
                } else if let Ok(b) = row.try_get(i) {
                    Ok(Cell::Bool(b))
                } else {
                    row.try_get(i).map(Cell::Text)
                }
            })
            .collect::<sqlx::Result<_>>()
            .map(Cells)
    }
}

/// A table's values, column by column, as PostgreSQL takes them in arrays.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Column {
    Int(Vec<Option<i64>>),
    Text(Vec<Option<String>>),
    Bool(Vec<Option<bool>>),
}

impl Column {
    fn new(kind: Kind, rows: usize) -> Column {
        match kind {
            Int => Column::Int(Vec::with_capacity(rows)),
            Text => Column::Text(Vec::with_capacity(rows)),
            Bool => Column::Bool(Vec::with_capacity(rows)),
        }
    }

    /// Adds a value of this column's type; `false` for any other.
    fn push(&mut self, cell: Cell) -> bool {
        match (self, cell) {
            (Column::Int(v), Cell::Int(n)) => v.push(Some(n)),
            (Column::Int(v), Cell::Null) => v.push(None),
            (Column::Text(v), Cell::Text(s)) => v.push(Some(s)),
            (Column::Text(v), Cell::Null) => v.push(None),
            (Column::Bool(v), Cell::Bool(b)) => v.push(Some(b)),
            (Column::Bool(v), Cell::Int(n)) => v.push(Some(n != 0)),
            (Column::Bool(v), Cell::Null) => v.push(None),
            _ => return false,
        }
        true
    }
}

/// One table as read: its columns and how many rows the database counted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct TableData {
    pub columns: Vec<Column>,
    pub rows: usize,
    pub counted: i64,
}

impl TableData {
    /// Replaces every value of the text column `name`.
    pub(super) fn set_text(&mut self, table: &Table, name: &str, value: &str) {
        let at = table.columns.iter().position(|(n, _)| *n == name);
        if let Some(Column::Text(values)) = at.and_then(|i| self.columns.get_mut(i)) {
            values.iter_mut().for_each(|v| *v = Some(value.to_owned()));
        }
    }
}

/// Every table of [`TABLES`] as one read transaction sees it.
pub(super) async fn read_tables(pool: &Pool) -> Result<Vec<TableData>> {
    let mut tx = pool.begin().await?;
    let mut tables = Vec::with_capacity(TABLES.len());
    for table in TABLES {
        let rows: Vec<Cells> = Sql::new(table.select()).fetch_all(&mut tx).await?;
        let counted: i64 = Sql::new(table.count()).scalar(&mut tx).await?;
        let mut columns: Vec<Column> = table.columns.iter().map(|(_, kind)| Column::new(*kind, rows.len())).collect();
        let n = rows.len();
        for row in rows {
            for ((column, cell), (name, _)) in columns.iter_mut().zip(row.0).zip(table.columns) {
                if !column.push(cell) {
                    let what = format!("{}.{name} holds a value of another type", table.name);
                    return Err(Error::Storage(sqlx::Error::Decode(what.into())));
                }
            }
        }
        tables.push(TableData { columns, rows: n, counted });
    }
    tx.rollback().await?;
    Ok(tables)
}

/// Inserts a table's rows, `CHUNK` at a time, each column bound as one array.
async fn insert(conn: &mut PgConnection, table: &Table, data: &TableData) -> Result<()> {
    let names: Vec<&str> = table.columns.iter().map(|(name, _)| *name).collect();
    let arrays: Vec<String> =
        table.columns.iter().enumerate().map(|(i, (_, kind))| format!("${}::{}", i + 1, kind.array())).collect();
    let statement =
        format!("INSERT INTO {} ({}) SELECT * FROM UNNEST({})", table.name, names.join(", "), arrays.join(", "));
    for start in (0..data.rows).step_by(CHUNK) {
        let rows = start..(start + CHUNK).min(data.rows);
        let mut query = sqlx::query(&statement);
        for column in &data.columns {
            query = match column {
                Column::Int(v) => query.bind(&v[rows.clone()]),
                Column::Text(v) => query.bind(&v[rows.clone()]),
                Column::Bool(v) => query.bind(&v[rows.clone()]),
            };
        }
        query.execute(&mut *conn).await?;
    }
    Ok(())
}

/// `url` without its password (in the user part or as a `password` parameter), safe to keep
/// and show.
pub(crate) fn without_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else { return String::new() };
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    let authority = match authority.rsplit_once('@') {
        Some((user, host)) => format!("{}@{host}", user.split_once(':').map_or(user, |(name, _)| name)),
        None => authority.to_owned(),
    };
    let tail = tail.split_once('#').map_or(tail, |(before, _)| before);
    let tail = match tail.split_once('?') {
        Some((path, query)) => {
            let kept: Vec<&str> = query
                .split('&')
                .filter(|p| !p.is_empty() && !matches!(p.split('=').next(), Some("password" | "sslpassword")))
                .collect();
            if kept.is_empty() {
                path.to_owned()
            } else {
                format!("{path}?{}", kept.join("&"))
            }
        }
        None => tail.to_owned(),
    };
    format!("{scheme}://{authority}{tail}")
}

impl Store {
    /// Where this local file's records were moved (the workspace's URL without its password),
    /// if they were.
    pub async fn moved_to(&self) -> Result<Option<String>> {
        Sql::new("SELECT value FROM settings WHERE key = ?").bind(MOVED_TO).scalar_optional(self.pool()).await
    }

    /// Moves this local file's records into the empty team workspace at `url` (a Global admin
    /// only), connecting as the workspace's owner: every row keeps its id and values, the
    /// history its actors and times, and the staff member becomes the owner login's. It is one
    /// transaction on the server, committed only if every table counts the same on both sides.
    /// The file stays as it was, as the backup, and remembers where its records went, so they
    /// are not moved twice.
    pub async fn move_to_workspace(&self, url: &str) -> Result<MoveReport> {
        // Who may comes first, as for every gated command; then what the store is.
        let me = self.require(Action::ManageSettings).await?;
        if self.engine() != Engine::Sqlite {
            return Err(Error::WrongState(StateConflict::MoveNeedsFile));
        }
        if self.moved_to().await?.is_some() {
            return Err(Error::WrongState(StateConflict::AlreadyMoved));
        }
        let subject = self.file()?.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let workspace = Store::connect(url).await?;
        let copied = self.copy_into(&workspace, &Actor::from(&me), &subject).await;
        workspace.close().await;
        let report = copied?;
        let mut tx = self.write().await?;
        set_setting(&mut tx, MOVED_TO, &without_password(url)).await?;
        tx.commit().await?;
        tracing::info!(customers = report.customers, activity = report.activity_lines, "moved to a team workspace");
        Ok(report)
    }

    /// The move's one transaction on `workspace`.
    async fn copy_into(&self, workspace: &Store, actor: &Actor, subject: &str) -> Result<MoveReport> {
        let mut tx = workspace.write().await?;
        if Sql::new("SELECT liaison_is_staff_login()").scalar::<bool>(&mut tx).await? {
            return Err(Error::WrongState(StateConflict::MoveNeedsOwner));
        }
        for table in TABLES {
            let found = format!("SELECT EXISTS (SELECT 1 FROM {}{})", table.name, table.filter);
            if Sql::new(found).scalar::<bool>(&mut tx).await? {
                return Err(Error::WrongState(StateConflict::WorkspaceNotEmpty));
            }
        }
        let owner: String = Sql::new("SELECT CAST(session_user AS TEXT)").scalar(&mut tx).await?;
        let mut tables = read_tables(self.pool()).await?;
        for (table, data) in TABLES.iter().zip(&mut tables) {
            if table.name == "staff_members" {
                // `local` means nothing on a server: the staff member is whoever owns it.
                data.set_text(table, "login", &owner);
            }
            let conn = tx.postgres().ok_or(Error::Storage(sqlx::Error::Protocol("not a team workspace".into())))?;
            insert(conn, table, data).await?;
        }
        for table in TABLES.iter().filter(|t| t.identity) {
            Sql::new(format!(
                "SELECT setval(pg_get_serial_sequence('{0}', 'id'), max(id)) FROM {0} HAVING count(*) > 0",
                table.name
            ))
            .execute(&mut tx)
            .await?;
        }
        let mut counts = Vec::with_capacity(TABLES.len());
        for (table, data) in TABLES.iter().zip(&tables) {
            let there: i64 = Sql::new(table.count()).scalar(&mut tx).await?;
            if there != data.counted || i64::try_from(data.rows).ok() != Some(data.counted) {
                tracing::error!(table = table.name, here = data.counted, there, "the moved copy does not match");
                tx.rollback().await?;
                return Err(Error::WrongState(StateConflict::MoveMismatch));
            }
            counts.push((table.name, count_of(there)));
        }
        actor.record(&mut tx, ActivityAction::MovedToWorkspace, None, subject, &[]).await?;
        tidy_after_bulk_write(&mut tx).await?;
        tx.commit().await?;
        let count = |name: &str| counts.iter().find(|(n, _)| *n == name).map_or(0, |(_, c)| *c);
        Ok(MoveReport {
            settings: count("settings"),
            staff_members: count("staff_members"),
            providers: count("indirect_providers"),
            customers: count("customers"),
            tags: count("customer_tags"),
            invitations: count("invitations"),
            subscriptions: count("subscriptions"),
            users: count("customer_users"),
            role_templates: count("role_templates"),
            admin_relationships: count("admin_relationships"),
            activity_lines: count("activity"),
        })
    }
}
