//! A newer Liaison over an older one's data folder, as installing a newer package over an older
//! one leaves it: the records stay, the database is backed up before it is upgraded, and the
//! first start says which version it moved from, once.

use liaison_core::store::DATABASE_FILE;
use liaison_core::testing;
use liaison_core::updates::VERSION_FILE;
use liaison_core::{CustomerQuery, Relationship};
use liaison_e2e::App;

/// The previous version's records, in its schema.
const OLDER_RECORDS: &str = "\
    INSERT INTO partner_profile (id, company_name, partner_type, tenant_id, partner_id, cloud, country, language, \
     created_at, updated_at) VALUES (1, 'Northwind Partners s.r.o.', 'direct_bill', \
     '3f2504e0-4f89-11d3-9a0c-0305e82c3301', '4812345', 'public', 'CZ', 'en-US', '2026-01-01T00:00:00.000Z', \
     '2026-01-01T00:00:00.000Z');
    INSERT INTO staff_members (name, role, language, login, created_at, updated_at) VALUES ('Jana Dvořáková', \
     'global_admin', 'en-US', 'local', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
    INSERT INTO customers (company_name, company_key, primary_domain, country, contact_name, contact_email, language, \
     notes, created_at, updated_at) VALUES ('Contoso s.r.o.', 'contoso s.r.o.', 'contoso.cz', 'CZ', 'Petra Malá', \
     'petra@contoso.cz', 'cs-CZ', '', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');";

#[test]
fn a_newer_version_keeps_the_records_backs_them_up_first_and_says_which_version_it_moved_from() {
    let mut app = App::start("updated", |data| {
        std::fs::create_dir_all(data).unwrap();
        std::fs::write(data.join(VERSION_FILE), "0.0.9\n").unwrap();
        let rt = tokio::runtime::Runtime::new().unwrap();
        rt.block_on(testing::made_by_the_previous_version(&data.join(DATABASE_FILE), OLDER_RECORDS));
    });
    let s = app.s();
    let backups = app.store(async |st| st.backups().await.unwrap());
    assert_eq!(backups.len(), 1, "one backup, made before the upgrade");
    let bar = s.find("[data-testid=updated]");
    assert_eq!(
        bar.text().unwrap(),
        format!(
            "Liaison was updated from version 0.0.9 to {}. Before moving your records to the new version, it saved \
             a backup of them: {} (Settings › Backups).",
            env!("CARGO_PKG_VERSION"),
            backups[0].name
        )
    );
    app.screenshot("updated");
    // The records are there, in the new schema.
    let q = CustomerQuery { relationship: Relationship::Prospect, ..CustomerQuery::default() };
    let names: Vec<String> =
        app.store(async |st| st.customers(&q).await.unwrap().items.into_iter().map(|c| c.company_name).collect());
    assert_eq!(names, ["Contoso s.r.o."]);
    assert_eq!(std::fs::read_to_string(app.data_dir().join(VERSION_FILE)).unwrap(), env!("CARGO_PKG_VERSION"));

    // Closed, it is gone; and the next start of the same version says nothing.
    s.find("[data-testid=updated-close]").click().unwrap();
    s.wait_until("the notice closed", || s.find_all("[data-testid=updated]").unwrap().is_empty());
    app.restart();
    app.s().find("[data-testid=page-customers]");
    assert!(app.s().find_all("[data-testid=updated]").unwrap().is_empty());
    assert_eq!(app.store(async |st| st.backups().await.unwrap()), backups, "no second backup");
}
