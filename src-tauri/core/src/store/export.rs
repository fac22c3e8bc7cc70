//! Customers and the activity log as CSV: streamed from the database (customers row by row, the
//! log a chunk at a time), so memory does not grow with the rows, into a file that appears under its name only once it is complete.

use super::activity::{activity_chunks, ActivityRow};
use super::customers::{push_filter, tags_joined, tags_of_customer};
use super::db::CustomerSearch;
use super::import::COLUMNS;
use super::{Sql, Store};
use crate::{csv, i18n, Action, ActivityQuery, Relationship, Result, Role};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// CSV rows written one by one to `out`, each formatted in one reused line.
struct CsvRows<W: Write> {
    out: W,
    line: String,
}

impl<W: Write> CsvRows<W> {
    /// Starts with the byte order mark Excel needs to read UTF-8, and the `header`.
    fn start(mut out: W, header: &[String]) -> Result<CsvRows<W>> {
        out.write_all(csv::BOM.encode_utf8(&mut [0; 4]).as_bytes())?;
        let mut rows = CsvRows { out, line: String::new() };
        rows.row(&header.iter().map(String::as_str).collect::<Vec<_>>())?;
        Ok(rows)
    }

    fn row(&mut self, cells: &[&str]) -> Result<()> {
        self.line.clear();
        csv::write_row(&mut self.line, cells);
        self.out.write_all(self.line.as_bytes())?;
        Ok(())
    }
}

/// A file being written at `dest`: into a temporary file beside it, flushed to the disk and
/// renamed over `dest` by [`AtomicFile::finish`], so a crash or an error never leaves half a file
/// under that name. Dropped unfinished, it removes the temporary file and leaves `dest` as it was.
struct AtomicFile {
    out: BufWriter<tempfile::NamedTempFile>,
    dest: PathBuf,
}

impl AtomicFile {
    fn create(dest: &Path) -> Result<AtomicFile> {
        let dir = dest.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
        Ok(AtomicFile { out: BufWriter::new(tempfile::NamedTempFile::new_in(dir)?), dest: dest.to_owned() })
    }

    fn finish(self) -> Result<()> {
        let file = self.out.into_inner().map_err(|e| e.into_error())?;
        file.as_file().sync_all()?;
        file.persist(&self.dest).map_err(|e| e.error)?;
        Ok(())
    }
}

/// A customer as `Customers.csv` holds it.
#[derive(sqlx::FromRow)]
struct ExportRow {
    microsoft_id: Option<String>,
    company_name: String,
    primary_domain: String,
    #[sqlx(try_from = "String")]
    relationship: Relationship,
    tags: Option<String>,
}

/// Each value of a small enum with its name in the file's language, formatted once per export
/// rather than once per row.
struct Names<T>(Vec<(T, String)>);

impl<T: Copy + PartialEq> Names<T> {
    fn build(all: &[T], name: impl Fn(T) -> String) -> Names<T> {
        Names(all.iter().map(|&v| (v, name(v))).collect())
    }

    fn name_of(&self, value: T) -> &str {
        self.0.iter().find(|(v, _)| *v == value).map_or("", |(_, n)| n)
    }
}

/// How many activity lines are read at once (see [`super::db::Chunks`]).
const LINES_A_CHUNK: u32 = 2_000;

/// Where rows go: a file or memory.
type Sink = dyn Write + Send;

impl Store {
    /// `Ok` if the staff member may export customers or the activity log; asked before the save
    /// dialog too, so that a refusal never comes after the user has chosen a file.
    pub async fn require_export(&self) -> Result<()> {
        self.require(Action::ViewCustomers).await.map(|_| ())
    }

    /// Every customer of one view (the Customers page's reseller customers, or invited,
    /// prospects, removed), as Partner Center's `Customers.csv` (UTF-8 with BOM), with headers and
    /// relationships in the user's language.
    pub async fn export_customers(&self, view: Relationship) -> Result<String> {
        let mut out = Vec::new();
        self.write_customers(view, &mut out).await?;
        Ok(String::from_utf8_lossy(&out).into_owned())
    }

    /// As [`Store::export_customers`], streamed into the file `dest`, which appears only once
    /// complete; returns how many customers it holds.
    pub async fn export_customers_to(&self, view: Relationship, dest: &Path) -> Result<u64> {
        let mut file = AtomicFile::create(dest)?;
        let written = self.write_customers(view, &mut file.out).await?;
        file.finish()?;
        Ok(written)
    }

    async fn write_customers(&self, view: Relationship, out: &mut Sink) -> Result<u64> {
        self.require_export().await?;
        let lang = self.ui_language().await?;
        let header: Vec<String> = COLUMNS.iter().map(|id| i18n::text(lang, id, None)).collect();
        let mut rows = CsvRows::start(out, &header)?;
        let relationships = Names::build(Relationship::ALL, |r| r.name(lang));
        let dialect = self.pool().dialect();
        // Only the file's columns: every column more is copied out of the database 100,000 times.
        let mut select = Sql::new(format!(
            "SELECT c.microsoft_id, c.company_name, c.primary_domain, c.relationship, {} AS tags FROM customers c",
            tags_of_customer(dialect)
        ));
        push_filter(&mut select, view, &CustomerSearch::none(), dialect);
        select.push(" ORDER BY c.company_key, c.id");
        let written = select
            .for_each(self.pool(), |c: ExportRow| {
                rows.row(&[
                    c.microsoft_id.as_deref().unwrap_or(""),
                    &c.company_name,
                    &c.primary_domain,
                    relationships.name_of(c.relationship),
                    &tags_joined(c.tags.as_deref(), ";"),
                ])
            })
            .await?;
        rows.out.flush()?;
        Ok(written)
    }

    /// The activity lines `q` selects (all of them, newest first; its paging is ignored), as CSV
    /// in the user's language.
    pub async fn export_activity(&self, q: &ActivityQuery) -> Result<String> {
        let mut out = Vec::new();
        self.write_activity(q, &mut out).await?;
        Ok(String::from_utf8_lossy(&out).into_owned())
    }

    /// As [`Store::export_activity`], streamed into the file `dest`, which appears only once
    /// complete; returns how many lines it holds.
    pub async fn export_activity_to(&self, q: &ActivityQuery, dest: &Path) -> Result<u64> {
        let mut file = AtomicFile::create(dest)?;
        let written = self.write_activity(q, &mut file.out).await?;
        file.finish()?;
        Ok(written)
    }

    async fn write_activity(&self, q: &ActivityQuery, out: &mut Sink) -> Result<u64> {
        self.write_activity_in_chunks(q, out, LINES_A_CHUNK).await
    }

    /// As [`Store::write_activity`], the lines read `chunk` at a time.
    async fn write_activity_in_chunks(&self, q: &ActivityQuery, out: &mut Sink, chunk: u32) -> Result<u64> {
        self.require_export().await?;
        let lang = self.ui_language().await?;
        let header: Vec<String> =
            ["activity-col-when", "activity-col-who", "field-staff-role", "activity-col-what", "activity-col-detail"]
                .iter()
                .map(|id| i18n::text(lang, id, None))
                .collect();
        let mut rows = CsvRows::start(out, &header)?;
        let roles = Names::build(Role::ALL, |r| r.name(lang));
        let dialect = self.pool().dialect();
        let (mut chunks, from) = activity_chunks(q, dialect, chunk);
        let mut written = 0;
        while let Some(lines) = chunks.next::<ActivityRow>(self.pool(), from.clone()).await? {
            for line in lines {
                let e = line.entry(lang);
                let role = roles.name_of(e.actor_role);
                rows.row(&[&e.at, &e.actor_name, role, &e.description, e.detail.as_deref().unwrap_or("")])?;
                written += 1;
            }
        }
        rows.out.flush()?;
        Ok(written)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::customer::tests::input as customer;
    use crate::profile::tests::input as profile;
    use crate::store::tests::store;
    use crate::CustomerInput;

    fn names_in(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> =
            std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        names.sort();
        names
    }

    #[tokio::test]
    async fn a_failed_write_leaves_the_old_file_and_no_partial_one() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("Customers.csv");
        std::fs::write(&dest, "the file from last week").unwrap();
        let mut half = AtomicFile::create(&dest).unwrap();
        half.out.write_all(b"half a file").unwrap();
        half.out.flush().unwrap();
        drop(half);
        assert_eq!(std::fs::read_to_string(&dest).unwrap(), "the file from last week");
        assert_eq!(names_in(dir.path()), ["Customers.csv"], "a temporary file was left behind");
        let mut whole = AtomicFile::create(&dest).unwrap();
        whole.out.write_all(b"new").unwrap();
        whole.finish().unwrap();
        assert_eq!(std::fs::read_to_string(&dest).unwrap(), "new");
        assert_eq!(names_in(dir.path()), ["Customers.csv"]);
    }

    #[tokio::test]
    async fn nobody_may_export_before_setup_has_said_who_they_are() {
        let (store, _db) = store().await;
        assert!(store.require_export().await.is_err());
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("Customers.csv");
        assert!(store.export_customers_to(Relationship::Reseller, &dest).await.is_err());
        assert!(!dest.exists(), "a refused export leaves no file");
        store.save_profile(&profile()).await.unwrap();
        store.require_export().await.unwrap();
    }

    #[tokio::test]
    async fn a_file_export_streams_every_row_in_name_order_and_matches_the_text_one() {
        let (store, _db) = store().await;
        store.save_profile(&profile()).await.unwrap();
        // More rows than a page of the list, added out of order.
        for i in (0..1_200).rev() {
            let tags = if i == 0 { vec!["vip".into(), "brno".into(), "audit".into()] } else { Vec::new() };
            let input = CustomerInput { tags, ..customer(&format!("Company {i:04}"), &format!("company{i}.cz")) };
            store.add_customer(&input).await.unwrap();
        }
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("Customers.csv");
        let written = store.export_customers_to(Relationship::Prospect, &dest).await.unwrap();
        assert_eq!(written, 1_200);
        let file = std::fs::read_to_string(&dest).unwrap();
        assert_eq!(file, store.export_customers(Relationship::Prospect).await.unwrap());
        let lines: Vec<&str> = file.lines().collect();
        assert_eq!(lines.len(), 1_201);
        assert!(lines[1].contains("Company 0000") && lines[1_200].contains("Company 1199"), "{}", lines[1]);
        assert!(lines[1].ends_with(",audit;brno;vip"), "tags in name order: {}", lines[1]);
        assert!(lines[2].ends_with(','), "no tags, an empty cell: {}", lines[2]);

        let activity = dir.path().join("Activity.csv");
        let lines_written = store.export_activity_to(&ActivityQuery::default(), &activity).await.unwrap();
        assert_eq!(lines_written, 1_201, "each customer added and the profile");
        let text = std::fs::read_to_string(&activity).unwrap();
        assert_eq!(text, store.export_activity(&ActivityQuery::default()).await.unwrap());
        assert!(text.starts_with(csv::BOM));
        let lines: Vec<&str> = text.lines().collect();
        assert!(
            lines[1].contains("Company 0000") && lines[1_200].contains("Company 1199"),
            "newest first: {}",
            lines[1]
        );
        assert!(lines[1_201].contains("Set up the partner profile"), "{}", lines[1_201]);
        // Read a few lines at a time, across many chunks and with a last one that is full.
        for chunk in [7, 1_201] {
            let mut small = Vec::new();
            store.write_activity_in_chunks(&ActivityQuery::default(), &mut small, chunk).await.unwrap();
            assert_eq!(String::from_utf8(small).unwrap(), text, "{chunk} lines at a time");
        }
        let one = ActivityQuery { customer_id: Some(2), ..ActivityQuery::default() };
        let mut only = Vec::new();
        assert_eq!(store.write_activity_in_chunks(&one, &mut only, 7).await.unwrap(), 1, "the query's filter holds");
    }
}
