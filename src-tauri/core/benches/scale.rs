//! `cargo xtask bench`: Liaison at the size of the largest partners, on a real SQLite file and,
//! when `cargo xtask bench` has started its private PostgreSQL server, on a team workspace
//! there too, every figure measured in the same run.
//!
//! The customers arrive the way a partner's would, through Partner Center `Customers.csv`
//! imports: 100,000 into an empty database, then a file of 100,000 rows of which half are new
//! and half update known customers (some of them accepting a pending invitation). Then the list
//! queries the Customers page makes, the exports, and the invitation drafts are timed. List
//! figures are the median of repeated runs; peak memory is the process's high-water mark.

use liaison_core::draft::{self, InvitationWording};
use liaison_core::testing::{self, postgres_url, ServerDatabase};
use liaison_core::{
    link, mailto, ActivityQuery, Cloud, CustomerInput, CustomerQuery, CustomerSort, Draft, Engine, InvitationKind,
    InvitationRequest, Language, PartnerType, ProfileInput, Relationship, Role, Store,
};
use std::path::Path;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

const CUSTOMERS: usize = 100_000;
const RUNS: usize = 25;
/// Pending invitations the second import reconciles.
const INVITED: usize = 200;
const DRAFTS: usize = 10_000;

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn line(label: &str, figure: String) {
    println!("  {label:<52} {figure}");
}

/// The process's peak resident memory since the last [`reset_peak_memory`], in MiB.
fn peak_memory_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

/// Starts the peak from the memory in use now (Linux: writing 5 to clear_refs).
fn reset_peak_memory() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

fn main() {
    let rt = tokio::runtime::Runtime::new().expect("tokio");
    rt.block_on(async {
        println!("Liaison at {CUSTOMERS} customers (lists: median of {RUNS} runs, 50 rows a page)");
        drafts();
        let dir = tempfile::tempdir().expect("temp dir");
        println!("\nSQLite (a local file)");
        let store = Store::open_in(dir.path()).await.expect("open");
        scenario(&store, dir.path()).await;
        store.close().await;
        match postgres_url() {
            Some(url) => {
                println!(
                    "\nPostgreSQL (a team workspace on the private server of `cargo xtask bench`, as a Global admin's login)"
                );
                let db = ServerDatabase::create(&url).await;
                let store = staff_login(&db).await;
                scenario(&store, dir.path()).await;
                store.close().await;
            }
            None => println!("\nPostgreSQL: no server given (LIAISON_TEST_POSTGRES_URL), not measured"),
        }
    });
}

/// The workspace as a staff member works in it: their own login, a Global admin's, whose every
/// write the database checks and signs, where the owner's login (the DBA's) is exempt.
async fn staff_login(db: &ServerDatabase) -> Store {
    let owner = Store::connect(&db.url()).await.expect("connect as the owner");
    owner.save_profile(&profile()).await.expect("profile");
    let login = db.colleague(&owner, "bench", "Bench", Role::GlobalAdmin).await;
    owner.close().await;
    Store::connect(&db.url_as(&login)).await.expect("connect as the staff member")
}

/// 10,000 personalized invitations (link, subject, body, `mailto:`), in turn in each language.
fn drafts() {
    let profile = liaison_core::PartnerProfile {
        company_name: "Northwind Partners".into(),
        partner_type: PartnerType::DirectBill,
        tenant_id: "3f2504e0-4f89-11d3-9a0c-0305e82c3301".into(),
        partner_id: "4812345".into(),
        cloud: Cloud::Public,
        country: "CZ".into(),
        language: Language::CsCz,
        updated_at: String::new(),
    };
    let host = profile.cloud.default_link_host();
    let t = Instant::now();
    let mut bytes = 0;
    for i in 0..DRAFTS {
        let language = Language::ALL[i % Language::ALL.len()];
        let link = link::invitation_link(&profile, host, InvitationKind::Reseller, i % 2 == 0, None).expect("link");
        let (contact, company) = (format!("Jana Nováková {i}"), format!("Company {i:06} s.r.o."));
        let (subject, body) = draft::invitation(&InvitationWording {
            language,
            contact_name: &contact,
            customer_company: &company,
            partner_company: &profile.company_name,
            provider_name: None,
            staff_name: "Petra Svobodová",
            cloud: profile.cloud,
            dap: i % 2 == 0,
            link: &link,
        });
        let url = mailto::mailto(&format!("it{i}@company{i:06}.cz"), &subject, &body).expect("mailto");
        bytes += url.len();
    }
    line(
        &format!("{DRAFTS} invitation drafts, five languages (target 500)"),
        format!("{:>9.1} ms ({} KiB of mailto: URLs)", ms(t.elapsed()), bytes / 1024),
    );
}

fn profile() -> ProfileInput {
    ProfileInput {
        company_name: "Northwind Partners".into(),
        partner_type: Some(PartnerType::DirectBill),
        tenant_id: "3f2504e0-4f89-11d3-9a0c-0305e82c3301".into(),
        partner_id: "4812345".into(),
        cloud: Some(Cloud::Public),
        country: "CZ".into(),
        staff_name: "Bench".into(),
        staff_role: Some(Role::GlobalAdmin),
        language: Some(Language::EnUs),
    }
}

async fn import(store: &Store, file: &Path, apply: bool) -> (liaison_core::ImportReport, Duration) {
    let t = Instant::now();
    let report = store.import_customers(file, apply, &|_| {}, &AtomicBool::new(false)).await.expect("import");
    (report, t.elapsed())
}

async fn scenario(store: &Store, dir: &Path) {
    store.save_profile(&profile()).await.expect("profile");

    let first = dir.join("first.csv");
    std::fs::write(&first, testing::customers_csv(0, CUSTOMERS, false)).expect("write Customers.csv");
    reset_peak_memory();
    let (report, took) = import(store, &first, true).await;
    assert_eq!(report.added as usize, CUSTOMERS);
    line("import 100,000 new customers (empty database)", format!("{:>9.1} ms", ms(took)));
    if let Some(mib) = peak_memory_mib() {
        line("  peak memory of the process during it (target 150)", format!("{mib:>9.1} MiB"));
    }
    if store.engine() == Engine::Sqlite {
        let file = store.file().expect("a local file").to_owned();
        let mib = checkpointed_size(&file).await;
        line("database file after a checkpoint (target 64)", format!("{mib:>9.1} MiB"));
    }
    list_queries(store).await;

    // Pending invitations for prospects that the second file lists as resellers.
    let prospects = store
        .customers(&CustomerQuery {
            relationship: Relationship::Prospect,
            offset: (CUSTOMERS / 200) as u32,
            limit: INVITED as u32,
            ..CustomerQuery::default()
        })
        .await
        .expect("prospects");
    for c in &prospects.items {
        let input = CustomerInput {
            company_name: c.company_name.clone(),
            primary_domain: c.primary_domain.clone(),
            microsoft_id: c.microsoft_id.clone().unwrap_or_default(),
            country: c.country.clone(),
            contact_name: "Jana Nováková".into(),
            contact_email: format!("it@{}", c.primary_domain),
            language: Some(c.language),
            tags: c.tags.clone(),
            notes: String::new(),
        };
        store.update_customer(c.id, c.version, &input).await.expect("contact");
        let req = InvitationRequest {
            customer_id: Some(c.id),
            new_customer: None,
            kind: InvitationKind::Reseller,
            provider_id: None,
            dap: false,
            language: None,
            outside_region_confirmed: false,
        };
        let prepared = store.prepare_invitation(&req).await.expect("prepare");
        let draft: Draft = prepared.draft;
        store.send_invitation(&req, &draft).await.expect("send");
    }

    let second = dir.join("second.csv");
    std::fs::write(&second, testing::customers_csv(CUSTOMERS / 2, CUSTOMERS * 3 / 2, true))
        .expect("write Customers.csv");
    let (preview, took) = import(store, &second, false).await;
    line("preview of 100,000 rows, half new (target 1,000)", format!("{:>9.1} ms (writes nothing)", ms(took)));
    reset_peak_memory();
    let (report, took) = import(store, &second, true).await;
    assert_eq!((report.added, report.updated, report.matched), (preview.added, preview.updated, preview.matched));
    assert_eq!(report.added as usize, CUSTOMERS / 2);
    let target = if store.engine() == Engine::Sqlite { "2,000" } else { "4,000" };
    line(
        &format!("import 100,000 rows, half new, half updates (target {target})"),
        format!(
            "{:>9.1} ms ({} added, {} updated, {} invitations accepted)",
            ms(took),
            report.added,
            report.updated,
            report.matched
        ),
    );
    if let Some(mib) = peak_memory_mib() {
        line("  peak memory of the process during it (target 150)", format!("{mib:>9.1} MiB"));
    }

    let out = tempfile::tempdir().expect("temp dir");
    let dest = out.path().join("Customers.csv");
    let t = Instant::now();
    let rows = store.export_customers_to(Relationship::Reseller, &dest).await.expect("export");
    let took = t.elapsed();
    line(
        "export the Reseller view to a file (target 500 per 100,000)",
        format!("{:>9.1} ms ({rows} rows, {:.1} ms per 100,000)", ms(took), ms(took) * 100_000.0 / rows as f64),
    );

    // Two more imports rename every customer and back: 300,000 more activity lines.
    let all = CUSTOMERS * 3 / 2;
    let renamed = dir.join("renamed.csv");
    std::fs::write(&renamed, testing::customers_csv(0, all, true).replace(" a.s.,", " Ltd,")).expect("write");
    let (report, took) = import(store, &renamed, true).await;
    line(
        &format!("import {all} rows that all rename a customer"),
        format!("{:>9.1} ms ({} updated)", ms(took), report.updated),
    );
    let back = dir.join("back.csv");
    std::fs::write(&back, testing::customers_csv(0, all, true)).expect("write");
    import(store, &back, true).await;
    let dest = out.path().join("Activity.csv");
    let t = Instant::now();
    let lines = store.export_activity_to(&ActivityQuery::default(), &dest).await.expect("export activity");
    let took = t.elapsed();
    line(
        "export the whole activity log to a file (target 500 per 100,000)",
        format!("{:>9.1} ms ({lines} lines, {:.1} ms per 100,000)", ms(took), ms(took) * 100_000.0 / lines as f64),
    );
}

/// The list queries the Customers page makes at 100,000 customers.
async fn list_queries(store: &Store) {
    let queries: [(&str, CustomerQuery); 6] = [
        ("first page by company name", CustomerQuery::default()),
        ("page 1,000 by company name", CustomerQuery { offset: 50_000, ..CustomerQuery::default() }),
        (
            "by primary domain, descending",
            CustomerQuery { sort: CustomerSort::PrimaryDomain, descending: true, ..CustomerQuery::default() },
        ),
        ("search \"ny 04217\" (target 2)", CustomerQuery { search: "ny 04217".into(), ..CustomerQuery::default() }),
        ("search \"42\" (two characters)", CustomerQuery { search: "42".into(), ..CustomerQuery::default() }),
        (
            "relationship filter, sorted by date added",
            CustomerQuery {
                relationship: Relationship::Reseller,
                sort: CustomerSort::CreatedAt,
                ..CustomerQuery::default()
            },
        ),
    ];
    for (name, q) in &queries {
        let mut samples = Vec::with_capacity(RUNS);
        for _ in 0..RUNS {
            let t = Instant::now();
            let page = store.customers(q).await.expect("query");
            samples.push(t.elapsed());
            assert!(!page.items.is_empty(), "{name} found nothing");
        }
        line(&format!("list: {name}"), format!("{:>9.2} ms", ms(median(samples))));
    }
}

/// The size of the SQLite file at `file` once its write-ahead log is checkpointed into it.
async fn checkpointed_size(file: &Path) -> f64 {
    use sqlx::{ConnectOptions, Connection};
    let mut conn = sqlx::sqlite::SqliteConnectOptions::new().filename(file).connect().await.expect("open the file");
    sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(&mut conn).await.expect("checkpoint");
    conn.close().await.expect("close");
    std::fs::metadata(file).map(|m| m.len()).unwrap_or(0) as f64 / 1_048_576.0
}
