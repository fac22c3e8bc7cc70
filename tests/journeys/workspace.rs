//! A team workspace on PostgreSQL, end to end: the app is Petr's, connected with his own login;
//! Jana, the workspace's owner and Global admin, works beside him through the core.

use crate::tour::open_record;
use liaison_core::{CustomerInput, CustomerQuery, InvitationRequest, PartnerType, Relationship, Role, Store};
use liaison_e2e::app::{customer, show_view};
use liaison_e2e::{App, Cable};
use sqlx::{Connection, PgConnection};
use std::time::Duration;

fn with_contact(name: &str, domain: &str) -> CustomerInput {
    CustomerInput { contact_email: format!("it@{domain}"), ..customer(name, domain) }
}

/// Invites the customer called `name` as Jana, through the core; accepts it too if `accept`.
async fn invite(jana: &Store, name: &str, accept: bool) {
    let q = CustomerQuery { search: name.into(), relationship: Relationship::Prospect, ..Default::default() };
    let c = jana.customers(&q).await.unwrap().items.remove(0);
    let req = InvitationRequest { customer_id: Some(c.id), dap: true, ..Default::default() };
    let draft = jana.prepare_invitation(&req).await.unwrap().draft;
    let sent = jana.send_invitation(&req, &draft).await.unwrap();
    if accept {
        jana.accept_invitation(sent.id, "").await.unwrap();
    }
}

#[test]
fn a_colleagues_invitation_and_new_customer_appear_without_a_reload() {
    let app = App::on_workspace("workspace-live", PartnerType::DirectBill, Role::SalesAgent, async |jana| {
        jana.add_customer(&with_contact("Contoso", "contoso.cz")).await.unwrap();
    });
    let s = app.s();
    let signed_in = s.find("[data-testid=signed-in]").text().unwrap();
    assert!(signed_in.contains("Petr Novák") && signed_in.contains("Sales agent"), "{signed_in}");
    app.open_page("invitations");
    s.find("[data-testid=invitations-empty]");

    // Jana sends an invitation on her own machine; Petr's open list shows it by itself.
    app.store(async |jana| invite(jana, "Contoso", false).await);
    s.wait_until("Jana's invitation in Petr's list", || s.texts("[data-testid=invitation-customer]") == ["Contoso"]);
    assert!(s.find("[data-testid=invitation-row]").text().unwrap().contains("Jana Dvořáková"));

    // A customer she adds appears in his open Customers page too.
    app.open_page("customers");
    show_view(s, "prospect");
    app.store(async |jana| {
        jana.add_customer(&with_contact("Fabrikam", "fabrikam.cz")).await.unwrap();
    });
    s.wait_until("Jana's new customer in Petr's list", || s.texts("[data-testid=customer-name]") == ["Fabrikam"]);
    app.screenshot("live");
}

#[test]
fn a_sales_agent_sees_removal_disabled_with_the_reason_and_the_database_refuses_it_anyway() {
    let app = App::on_workspace("workspace-sales", PartnerType::DirectBill, Role::SalesAgent, async |jana| {
        jana.add_customer(&with_contact("Contoso", "contoso.cz")).await.unwrap();
        invite(jana, "Contoso", true).await;
    });
    let s = app.s();
    open_record(s, "Contoso");
    let remove = s
        .execute(
            "const b = document.querySelector('[data-testid=record-remove]'); \
             return [b.disabled || b.getAttribute('aria-disabled') === 'true', b.dataset.reason || ''];",
            vec![],
        )
        .unwrap();
    assert_eq!(remove[0], true, "Remove customer relationship is enabled for a Sales agent");
    assert!(remove[1].as_str().unwrap().contains("Sales agent"), "{remove}");
    app.screenshot("remove-disabled");

    // Petr's own login, used directly as in psql, is refused by the database itself.
    let ws = app.workspace();
    let refused = tokio::runtime::Runtime::new().unwrap().block_on(async {
        let mut petr = PgConnection::connect(&ws.url_as(&ws.login)).await.unwrap();
        sqlx::query("UPDATE customers SET relationship = 'removed' WHERE company_name = 'Contoso'")
            .execute(&mut petr)
            .await
    });
    let Err(sqlx::Error::Database(e)) = refused else { panic!("the database let a Sales agent remove: {refused:?}") };
    assert_eq!(e.code().as_deref(), Some("42501"), "{e}");
    let listed = app.store(async |jana| jana.customers(&CustomerQuery::default()).await.unwrap());
    assert_eq!(listed.items[0].relationship, Relationship::Reseller);
}

#[test]
fn a_conflicting_edit_on_a_workspace_names_the_colleague_and_keeps_what_was_typed() {
    let app = App::on_workspace("workspace-conflict", PartnerType::DirectBill, Role::SalesAgent, async |jana| {
        jana.add_customer(&customer("Contoso", "contoso.cz")).await.unwrap();
    });
    let s = app.s();
    show_view(s, "prospect");
    s.wait_until("Contoso listed", || s.texts("[data-testid=customer-name]") == ["Contoso"]);
    s.find("[data-testid=customer-expand]").click().unwrap();
    s.click_until("[data-testid=record-edit]", "[data-testid=customer-form]");
    let notes = s.find("[data-testid=customer-notes]");
    notes.type_text("Petr called them").unwrap();

    let prospects = CustomerQuery { relationship: Relationship::Prospect, ..Default::default() };
    app.store(async |jana| {
        let c = jana.customers(&prospects).await.unwrap().items.remove(0);
        let hers = CustomerInput { notes: "Jana's note".into(), ..customer("Contoso", "contoso.cz") };
        jana.update_customer(c.id, c.version, &hers).await.unwrap();
    });

    s.find("[data-testid=customer-save]").click().unwrap();
    s.wait_until("the conflict message", || {
        s.texts("[data-testid=customer-error]").first().is_some_and(|t| t.contains("by Jana Dvořáková"))
    });
    assert_eq!(notes.property("value").unwrap(), "Petr called them", "the typed notes were kept");
    app.screenshot("conflict");
    let stored = app.store(async |jana| jana.customers(&prospects).await.unwrap().items.remove(0));
    assert_eq!(stored.notes, "Jana's note", "nothing was overwritten");
}

/// Long enough for the app's own patience with a server that is away (ten seconds for a
/// connection) and its back-off after it.
const SERVER_AWAY: Duration = Duration::from_secs(90);

#[test]
fn a_server_away_at_start_and_mid_session_is_waited_for_and_nothing_typed_or_saved_is_lost() {
    let cable = Cable::to(&liaison_core::testing::postgres_url().expect("a PostgreSQL server: run `cargo xtask test`"));
    let app = App::on_workspace_through(
        Some(&cable),
        "workspace-offline",
        PartnerType::DirectBill,
        Role::AdminAgent,
        async |jana| {
            jana.add_customer(&with_contact("Contoso", "contoso.cz")).await.unwrap();
        },
    );
    let s = app.s();

    // At start the server does not answer: the window says so, names the server, and counts
    // down to its next attempt.
    s.wait_up_to(SERVER_AWAY, "the countdown to the next attempt", || {
        s.count("[data-testid=workspace-connecting-next]") == 1
    });
    let waiting = s.find("[data-testid=workspace-connecting]").text().unwrap();
    assert!(waiting.contains("does not answer") && waiting.contains("Server: 127.0.0.1:"), "{waiting}");
    app.screenshot("waiting");

    // The server is back: Liaison opens by itself (Try again only hurries it).
    cable.plug();
    let again = s.find("[data-testid=workspace-connect-now]");
    if again.is_enabled().unwrap_or(false) {
        let _ = again.click();
    }
    s.wait_up_to(SERVER_AWAY, "the app opened by itself", || s.count("[data-testid=signed-in]") == 1);
    show_view(s, "prospect");
    s.wait_until("Contoso listed", || s.texts("[data-testid=customer-name]") == ["Contoso"]);

    // Mid-session, while Petr types a new customer, the server goes away: the banner says so
    // and what he typed stays, through a save that could not reach the server.
    s.click_until("[data-testid=customers-add]", "[data-testid=customer-form]");
    s.find("[data-testid=customer-companyName]").type_text("Fabrikam").unwrap();
    s.find("[data-testid=customer-primaryDomain]").type_text("fabrikam.cz").unwrap();
    s.find("[data-testid=customer-country]").choose("CZ").unwrap();
    cable.unplug();
    s.wait_up_to(SERVER_AWAY, "the banner", || s.count("[data-testid=workspace-unreachable]") == 1);
    s.find("[data-testid=customer-save]").click().unwrap();
    s.wait_up_to(SERVER_AWAY, "the save refused as unreachable", || {
        s.texts("[data-testid=customer-error]").first().is_some_and(|t| t.contains("does not answer"))
    });
    assert_eq!(s.find("[data-testid=customer-companyName]").property("value").unwrap(), "Fabrikam");
    assert_eq!(s.find("[data-testid=customer-primaryDomain]").property("value").unwrap(), "fabrikam.cz");
    assert!(s.find("[data-testid=customer-save]").is_enabled().unwrap(), "Save can be tried again");
    app.screenshot("server-away");

    // It comes back: the banner goes by itself, the same form saves, and the list is live again.
    cable.plug();
    s.wait_up_to(SERVER_AWAY, "the banner gone", || s.count("[data-testid=workspace-unreachable]") == 0);
    s.find("[data-testid=customer-save]").click().unwrap();
    s.wait_until("the dialog to close", || s.count("[data-testid=customer-form]") == 0);
    s.wait_until("Fabrikam listed", || s.texts("[data-testid=customer-name]") == ["Contoso", "Fabrikam"]);
    app.store(async |jana| {
        jana.add_customer(&with_contact("Northwind", "northwind.cz")).await.unwrap();
    });
    s.wait_up_to(SERVER_AWAY, "Jana's customer, told live again", || {
        s.texts("[data-testid=customer-name]") == ["Contoso", "Fabrikam", "Northwind"]
    });
    let stored = app.store(async |jana| {
        let q = CustomerQuery { relationship: Relationship::Prospect, ..Default::default() };
        jana.customers(&q).await.unwrap().items.into_iter().map(|c| c.company_name).collect::<Vec<_>>()
    });
    assert_eq!(stored, ["Contoso", "Fabrikam", "Northwind"]);
}

/// The test server's host, port and the administrator's login and password.
fn server_parts() -> (String, String, String, String) {
    let admin = liaison_core::testing::postgres_url().expect("a PostgreSQL server: run `cargo xtask test`");
    let rest = admin.strip_prefix("postgres://").unwrap();
    let (credentials, rest) = rest.split_once('@').unwrap();
    let (user, password) = credentials.split_once(':').unwrap();
    let (server, _) = rest.split_once('/').unwrap();
    let (host, port) = server.rsplit_once(':').unwrap();
    (host.to_owned(), port.to_owned(), user.to_owned(), password.to_owned())
}

/// A new, empty database on the test server, and its name.
fn empty_database() -> (liaison_core::testing::ServerDatabase, String) {
    let admin = liaison_core::testing::postgres_url().expect("a PostgreSQL server: run `cargo xtask test`");
    let target =
        tokio::runtime::Runtime::new().unwrap().block_on(liaison_core::testing::ServerDatabase::create(&admin));
    let database = target.url().rsplit_once('/').unwrap().1.to_owned();
    (target, database)
}

fn fill_workspace(s: &liaison_e2e::Session, host: &str, port: &str, database: &str, user: &str) {
    for (field, value) in [("host", host), ("port", port), ("database", database), ("user", user)] {
        let input = s.find(&format!("[data-testid=workspace-{field}]"));
        input.clear_text().unwrap();
        input.type_text(value).unwrap();
    }
    s.find("[data-testid=workspace-tls]").choose("disable").unwrap();
}

#[test]
fn a_global_admin_tests_addresses_and_moves_the_local_file_into_an_empty_workspace_from_settings() {
    let (host, port, owner, password) = server_parts();
    let (target, database) = empty_database();
    // The owner's password comes from PostgreSQL's own convention, as a user would set it.
    let app = App::prepared_with_env(
        "workspace-move",
        &[("PGPASSWORD", password.as_str())],
        PartnerType::DirectBill,
        Role::GlobalAdmin,
        async |store| {
            store.add_customer(&with_contact("Contoso", "contoso.cz")).await.unwrap();
            store.add_customer(&with_contact("Fabrikam", "fabrikam.cz")).await.unwrap();
            invite(store, "Contoso", false).await;
        },
    );
    let s = app.s();
    app.open_page("settings");
    assert!(s.find("[data-testid=workspace-where]").text().unwrap().contains("local file"));

    // A port nobody listens on: the test says exactly that, and nothing can be moved there.
    fill_workspace(s, &host, "1", &database, &owner);
    s.find("[data-testid=workspace-test]").click().unwrap();
    s.wait_until("the unreachable server explained", || {
        s.texts("[data-testid=workspace-error]").first().is_some_and(|t| t.contains("does not answer"))
    });
    assert!(!s.find("[data-testid=workspace-move]").is_enabled().unwrap());

    // The real address: connected, then the move.
    fill_workspace(s, &host, &port, &database, &owner);
    s.find("[data-testid=workspace-test]").click().unwrap();
    s.wait_until("the connection confirmed", || s.count("[data-testid=workspace-ok]") == 1);
    assert!(s.find("[data-testid=workspace-ok]").text().unwrap().contains("empty"));
    s.find("[data-testid=workspace-move]").click().unwrap();
    s.wait_until("the move reported", || s.count("[data-testid=workspace-moved]") == 1);
    let report = s.find("[data-testid=workspace-moved]").text().unwrap();
    assert!(report.contains("customers 2") && report.contains("invitations 1"), "{report}");
    app.screenshot("moved");

    // Everything is in the workspace, signed as it was; the local file is as it was.
    let moved = tokio::runtime::Runtime::new().unwrap().block_on(async {
        let ws = Store::connect(&target.url()).await.unwrap();
        let all = CustomerQuery { relationship: Relationship::Prospect, ..Default::default() };
        let prospects = ws.customers(&all).await.unwrap().total;
        let invited = ws.customers(&CustomerQuery { relationship: Relationship::Invited, ..all }).await.unwrap().total;
        let log = ws.activity(&liaison_core::ActivityQuery::default()).await.unwrap();
        ws.close().await;
        (prospects, invited, log.items.iter().any(|l| l.actor_name == "Jana Dvořáková"))
    });
    assert_eq!(moved, (1, 1, true));
    let local = app.store(async |st| {
        st.customers(&CustomerQuery { relationship: Relationship::Prospect, ..Default::default() }).await.unwrap().total
    });
    assert_eq!(local, 1);
    drop(app);
    drop(target);
}

#[test]
fn a_password_typed_in_settings_is_kept_in_the_keychain_only_and_opens_the_workspace_after_a_restart() {
    let (host, port, owner, password) = server_parts();
    let (target, database) = empty_database();
    // No PGPASSWORD and no .pgpass: the password is only what the user types.
    let mut app = App::prepared("workspace-keychain", PartnerType::DirectBill, Role::GlobalAdmin, async |store| {
        store.add_customer(&with_contact("Contoso", "contoso.cz")).await.unwrap();
    });
    let s = app.s();
    app.open_page("settings");
    fill_workspace(s, &host, &port, &database, &owner);
    s.find("[data-testid=workspace-test]").click().unwrap();
    s.wait_until("the login refused without a password", || {
        s.texts("[data-testid=workspace-error]").first().is_some_and(|t| t.contains("refused this login"))
    });
    s.find("[data-testid=workspace-password]").type_text(&password).unwrap();
    s.find("[data-testid=workspace-test]").click().unwrap();
    s.wait_until("the connection confirmed", || s.count("[data-testid=workspace-ok]") == 1);
    s.find("[data-testid=workspace-move]").click().unwrap();
    s.wait_until("the move reported", || s.count("[data-testid=workspace-moved]") == 1);
    app.screenshot("moved");

    // The session's keychain keeps the password, as any program of the session reads it; no file
    // of Liaison's holds it.
    let address = liaison_core::WorkspaceInput {
        host: host.clone(),
        port: port.clone(),
        database: database.clone(),
        user: owner.clone(),
        tls: Some(liaison_core::TlsMode::Disable),
        password: None,
    }
    .validate()
    .unwrap();
    assert_eq!(liaison_core::keychain::recall(&address).as_deref(), Some(password.as_str()));
    // What *Switch to this workspace* saves before Liaison restarts itself (a restart WebDriver
    // cannot follow, so the journey restarts the app).
    liaison_core::workspace::save(&app.data_dir(), Some(&address)).unwrap();
    app.restart();
    let s = app.s();
    s.wait_up_to(SERVER_AWAY, "the team workspace opened with the kept password", || {
        s.count("[data-testid=signed-in]") == 1
    });
    app.open_page("settings");
    let where_ = s.find("[data-testid=workspace-where]").text().unwrap();
    assert!(where_.contains(&database) && where_.contains(&owner), "{where_}");
    assert_eq!(s.find("[data-testid=workspace-password]").property("value").unwrap(), "", "never shown again");
    for file in files_under(&app.data_dir()) {
        let bytes = std::fs::read(&file).unwrap();
        assert!(
            !bytes.windows(password.len()).any(|w| w == password.as_bytes()),
            "{} holds the password",
            file.display()
        );
    }
    drop(app);
    drop(target);
}

fn files_under(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(files_under(&path));
        } else {
            files.push(path);
        }
    }
    files
}

#[test]
fn an_import_cancelled_while_it_writes_leaves_the_workspace_exactly_as_it_was() {
    let app = App::on_workspace("workspace-import", PartnerType::DirectBill, Role::GlobalAdmin, async |jana| {
        jana.add_customer(&with_contact("Contoso", "contoso.cz")).await.unwrap();
    });
    let s = app.s();
    let before = app.store(async |jana| {
        (jana.customer_counts("").await.unwrap(), jana.activity(&Default::default()).await.unwrap().total)
    });
    // 400 new customers, and Contoso listed as a reseller with a new tag.
    let mut csv = String::from("Microsoft ID,Company name,Primary domain name,Relationship,Tags\r\n");
    csv.push_str(",Contoso,contoso.cz,Reseller,renewed\r\n");
    for i in 0..399 {
        csv.push_str(&format!("{i:08x}-0000-4000-8000-{i:012x},Company {i},company{i}.cz,Reseller,\r\n"));
    }
    let file = app.write_file("Customers.csv", csv);
    s.find("[data-testid=customers-import]").click().unwrap();
    s.find("[data-testid=import-choose]").click().unwrap();
    app.choose_in_file_dialog("Customers.csv", &file);
    s.wait_until("the preview", || s.count("[data-testid=import-report]") == 1);

    // A colleague's transaction holds writes to the customers: the import reads and plans every
    // row (half its steps), then waits at its first write, where Cancel is pressed.
    let held = app.workspace().hold_customer_writes();
    s.find("[data-testid=import-apply]").click().unwrap();
    s.wait_until("the import waiting at its first write", || {
        s.count("[data-testid=import-progress]") == 1 && s.body_text().contains("400 of 800")
    });
    app.screenshot("progress");
    s.find("[data-testid=import-cancel]").click().unwrap();
    held.release();
    s.wait_until("the cancellation", || {
        s.texts("[data-testid=import-error]") == ["The import was cancelled. Nothing was changed."]
    });
    assert_eq!(s.count("[data-testid=import-progress]"), 0);
    let after = app.store(async |jana| {
        (jana.customer_counts("").await.unwrap(), jana.activity(&Default::default()).await.unwrap().total)
    });
    assert_eq!(after, before);
    let contoso = app.store(async |jana| {
        let q = CustomerQuery { search: "Contoso".into(), relationship: Relationship::Prospect, ..Default::default() };
        jana.customers(&q).await.unwrap().items
    });
    assert_eq!(contoso.len(), 1);
    assert!(contoso[0].tags.is_empty(), "{contoso:?}");
}
