//! `cargo xtask bench`: Liaison at 100,000 customers, on a real SQLite file.
//!
//! The customers arrive the way a partner's would, through a Partner Center `Customers.csv`
//! import (one transaction); then the list queries the Customers page makes are timed. Each
//! figure is the median of repeated runs. Peak memory is the process's high-water mark.

use liaison_core::{
    Cloud, CustomerQuery, CustomerSort, Language, PartnerType, ProfileInput, Relationship, Role, Store,
};
use std::time::{Duration, Instant};

const CUSTOMERS: usize = 100_000;
const RUNS: usize = 25;

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn peak_memory_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

fn main() {
    let rt = tokio::runtime::Runtime::new().expect("tokio");
    rt.block_on(run());
}

async fn run() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open_in(dir.path()).await.expect("open");
    store
        .save_profile(&ProfileInput {
            company_name: "Northwind Partners".into(),
            partner_type: Some(PartnerType::DirectBill),
            tenant_id: "3f2504e0-4f89-11d3-9a0c-0305e82c3301".into(),
            partner_id: "4812345".into(),
            cloud: Some(Cloud::Public),
            country: "CZ".into(),
            staff_name: "Bench".into(),
            staff_role: Some(Role::GlobalAdmin),
            language: Some(Language::EnUs),
        })
        .await
        .expect("profile");

    let mut csv = String::from("Microsoft ID,Company name,Primary domain name,Relationship,Tags\r\n");
    for i in 0..CUSTOMERS {
        csv.push_str(&format!(
            "{:08x}-0000-4000-8000-{:012x},Company {i:06} s.r.o.,company{i:06}.onmicrosoft.com,Reseller,tier{}\r\n",
            i,
            i,
            i % 7
        ));
    }
    let file = dir.path().join("Customers.csv");
    std::fs::write(&file, &csv).expect("write Customers.csv");
    let started = Instant::now();
    let report =
        store.import_customers(&file, true, &|_| {}, &std::sync::atomic::AtomicBool::new(false)).await.expect("import");
    let import = started.elapsed();
    assert_eq!(report.added as usize, CUSTOMERS);

    let queries: [(&str, CustomerQuery); 6] = [
        ("first page by company name", CustomerQuery::default()),
        ("page 1,000 by company name", CustomerQuery { offset: 50_000, ..CustomerQuery::default() }),
        (
            "by primary domain, descending",
            CustomerQuery { sort: CustomerSort::PrimaryDomain, descending: true, ..CustomerQuery::default() },
        ),
        (
            "search \"ny 04217\" (trigram index)",
            CustomerQuery { search: "ny 04217".into(), ..CustomerQuery::default() },
        ),
        ("search \"42\" (two characters, scan)", CustomerQuery { search: "42".into(), ..CustomerQuery::default() }),
        (
            "relationship filter, sorted",
            CustomerQuery {
                relationship: Relationship::Reseller,
                sort: CustomerSort::CreatedAt,
                ..CustomerQuery::default()
            },
        ),
    ];
    println!("Liaison at {CUSTOMERS} customers (median of {RUNS} runs; 50 rows a page)");
    println!("  import Customers.csv, one transaction   {:>9.1} ms", import.as_secs_f64() * 1000.0);
    for (name, q) in &queries {
        let mut samples = Vec::with_capacity(RUNS);
        for _ in 0..RUNS {
            let t = Instant::now();
            let page = store.customers(q).await.expect("query");
            samples.push(t.elapsed());
            assert!(!page.items.is_empty(), "{name} found nothing");
        }
        println!("  {name:<40} {:>9.2} ms", median(samples).as_secs_f64() * 1000.0);
    }
    let out = tempfile::tempdir().expect("temp dir");
    let dest = out.path().join("Customers.csv");
    let t = Instant::now();
    let exported = store.export_customers_to(Relationship::Reseller, &dest).await.expect("export");
    println!(
        "  export Customers.csv to a file          {:>9.1} ms ({exported} rows, {} KiB)",
        t.elapsed().as_secs_f64() * 1000.0,
        std::fs::metadata(&dest).map(|m| m.len()).unwrap_or(0) / 1024
    );
    let size = std::fs::metadata(store.file().expect("a local file")).map(|m| m.len()).unwrap_or(0)
        + std::fs::metadata(store.file().expect("a local file").with_extension("sqlite3-wal"))
            .map(|m| m.len())
            .unwrap_or(0);
    println!("  database file                           {:>9.1} MiB", size as f64 / 1_048_576.0);
    if let Some(mib) = peak_memory_mib() {
        println!("  peak memory of the benchmark process    {mib:>9.1} MiB");
    }
    store.close().await;
}
