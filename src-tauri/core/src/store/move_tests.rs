//! Moving a local file's records into a team workspace. A move needs a PostgreSQL server
//! (`LIAISON_TEST_POSTGRES_URL`); without one those tests return, and only the refusals a file
//! alone can show run.

use super::move_to_team::{read_tables, without_password, Column, Kind, TableData, TABLES};
use super::{Sql, DATABASE_FILE};
use crate::customer::tests::input as customer;
use crate::profile::tests::input as profile;
use crate::store::tests::act_as;
use crate::testing::{postgres_url, ServerDatabase};
use crate::*;
use sqlx::{Connection, PgConnection};
use std::collections::BTreeMap;

async fn run(url: &str, sql: &str) {
    let mut conn = PgConnection::connect(url).await.unwrap();
    sqlx::raw_sql(sql).execute(&mut conn).await.unwrap();
    conn.close().await.unwrap();
}

fn conflict<T: std::fmt::Debug>(r: Result<T>) -> StateConflict {
    match r {
        Err(Error::WrongState(c)) => c,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

async fn local() -> (Store, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    (Store::open_in(dir.path()).await.unwrap(), dir)
}

/// The customers of a seeded file.
struct Seeded {
    contoso: i64,
    fabrikam: i64,
}

/// A local file of an indirect reseller: a provider, a non-default link host, Contoso with tags,
/// Fabrikam invited with the provider and accepted (version above 1) with a subscription and a
/// user, then its privileges noted as taken back, Adatum accepted with a Microsoft ID, and
/// Litware's invitation still out.
async fn seeded() -> (Store, tempfile::TempDir, Seeded) {
    let (store, dir) = local().await;
    let input = ProfileInput { partner_type: Some(PartnerType::IndirectReseller), ..profile() };
    store.save_profile(&input).await.unwrap();
    store.set_ui_language(Language::CsCz).await.unwrap();
    store.set_link_host(Cloud::Public, "admin.cloud.microsoft").await.unwrap();
    let provider = store
        .add_provider(&ProviderInput {
            name: "Tailspin Distribution".into(),
            tenant_id: "abd71061-1c2e-4c53-9a51-0d3f9e8b7a10".into(),
            partner_id: "601089".into(),
            country: "CZ".into(),
        })
        .await
        .unwrap();
    let with_email = |name: &str, domain: &str| CustomerInput {
        contact_name: "Karel Dvořák".into(),
        contact_email: format!("it@{domain}"),
        notes: format!("{name}: notes\nwith a second line"),
        ..customer(name, domain)
    };
    let contoso = store
        .add_customer(&CustomerInput {
            tags: vec!["vip".into(), "praha".into()],
            ..with_email("Contoso", "contoso.cz")
        })
        .await
        .unwrap();
    let invite = |id: i64, kind: InvitationKind| InvitationRequest {
        customer_id: Some(id),
        kind,
        provider_id: (kind == InvitationKind::ResellerWithProvider).then_some(provider.id),
        dap: true,
        ..InvitationRequest::default()
    };
    let fabrikam = store.add_customer(&with_email("Fabrikam", "fabrikam.cz")).await.unwrap();
    let req = invite(fabrikam.id, InvitationKind::ResellerWithProvider);
    let draft = store.prepare_invitation(&req).await.unwrap().draft;
    let sent = store.send_invitation(&req, &draft).await.unwrap();
    store.accept_invitation(sent.id, "").await.unwrap();
    let sub = SubscriptionInput { offer: "Microsoft 365 E3".into(), quantity: 12 };
    store.add_subscription(fabrikam.id, &sub).await.unwrap();
    let user = UserInput {
        display_name: "Eva Malá".into(),
        user_principal_name: "eva@fabrikam.cz".into(),
        licences: vec!["Microsoft 365 E3".into(), "Visio Plan 2".into()],
    };
    store.add_user(fabrikam.id, &user).await.unwrap();
    store.record_dap_removed(fabrikam.id).await.unwrap();

    let adatum = store.add_customer(&with_email("Adatum", "adatum.cz")).await.unwrap();
    let req = invite(adatum.id, InvitationKind::Reseller);
    let draft = store.prepare_invitation(&req).await.unwrap().draft;
    let sent = store.send_invitation(&req, &draft).await.unwrap();
    store.accept_invitation(sent.id, "aaaaaaaa-1111-4222-8333-444444444444").await.unwrap();

    let litware = store.add_customer(&with_email("Litware", "litware.cz")).await.unwrap();
    let req = invite(litware.id, InvitationKind::Reseller);
    let draft = store.prepare_invitation(&req).await.unwrap().draft;
    store.send_invitation(&req, &draft).await.unwrap();

    // A role template of its own, and two admin relationships of Adatum: one approved, one ended.
    let roles = vec!["729827e3-9c14-49f7-bb1b-9608f156bbb8".to_owned()];
    store.save_role_template(None, &RoleTemplateInput { name: "Helpdesk".into(), roles: roles.clone() }).await.unwrap();
    for (n, name) in ["Adatum-Helpdesk", "Adatum-Old"].iter().enumerate() {
        let req = GdapRequest {
            customer_id: adatum.id,
            terms: GdapTerms { name: (*name).into(), duration_days: 365, roles: roles.clone(), auto_extend: n == 0 },
            approval_link: format!(
                "https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/\
                 5d027261-d21f-4aa9-b7db-00000000000{n}"
            ),
            template_name: Some("Helpdesk".into()),
            language: None,
        };
        let draft = store.prepare_gdap_request(&req).await.unwrap().draft;
        let r = store.send_gdap_request(&req, &draft).await.unwrap();
        if n == 0 {
            store.approve_gdap(r.id, &r.requested_on).await.unwrap();
        } else {
            store.terminate_gdap(r.id, "Replaced by Adatum-Helpdesk").await.unwrap();
        }
    }
    (store, dir, Seeded { contoso: contoso.id, fabrikam: fabrikam.id })
}

/// Everything a staff member can see of a store, through the commands.
#[derive(Debug, PartialEq)]
struct Seen {
    profile: Option<PartnerProfile>,
    staff: Vec<StaffMember>,
    customers: Vec<Customer>,
    invitations: Vec<Invitation>,
    activity: ActivityPage,
    providers: Vec<IndirectProvider>,
    subscriptions: Vec<Subscription>,
    users: Vec<CustomerUser>,
    link_host: String,
    role_templates: Vec<RoleTemplate>,
    admin_relationships: Vec<AdminRelationship>,
}

async fn seen(store: &Store, fabrikam: i64) -> Seen {
    let mut customers = Vec::new();
    for relationship in Relationship::ALL {
        let q = CustomerQuery { relationship: *relationship, limit: CustomerQuery::MAX_LIMIT, ..Default::default() };
        customers.extend(store.customers(&q).await.unwrap().items);
    }
    customers.sort_by_key(|c| c.id);
    Seen {
        profile: store.profile().await.unwrap(),
        staff: store.staff().await.unwrap(),
        customers,
        invitations: store.invitations(&InvitationQuery { limit: 500, ..Default::default() }).await.unwrap().items,
        activity: store.activity(&ActivityQuery { limit: 500, ..Default::default() }).await.unwrap(),
        providers: store.providers().await.unwrap(),
        subscriptions: store.subscriptions(fabrikam).await.unwrap(),
        users: store.users(fabrikam).await.unwrap(),
        link_host: store.link_host(Cloud::Public).await.unwrap(),
        role_templates: store.role_templates().await.unwrap(),
        admin_relationships: store.admin_relationships(None).await.unwrap(),
    }
}

/// The first `rows` values of each column.
fn first_rows(data: &TableData, rows: usize) -> Vec<Column> {
    data.columns
        .iter()
        .map(|c| match c {
            Column::Int(v) => Column::Int(v[..rows].to_vec()),
            Column::Text(v) => Column::Text(v[..rows].to_vec()),
            Column::Bool(v) => Column::Bool(v[..rows].to_vec()),
        })
        .collect()
}

fn table_index(name: &str) -> usize {
    TABLES.iter().position(|t| t.name == name).unwrap()
}

#[tokio::test]
async fn a_local_file_moves_into_an_empty_workspace_with_every_row_and_value() {
    let Some(admin) = postgres_url() else { return };
    let (store, dir, seeded) = seeded().await;
    let here = seen(&store, seeded.fabrikam).await;
    let tables = read_tables(store.pool()).await.unwrap();
    let db = ServerDatabase::create(&admin).await;
    // The owner chose a language before anything was set up: the workspace is still empty.
    let owner = Store::connect(&db.url()).await.unwrap();
    owner.set_ui_language(Language::HuHu).await.unwrap();

    let report = store.move_to_workspace(&db.url()).await.unwrap();
    assert_eq!(
        report,
        MoveReport {
            settings: 1,
            staff_members: 1,
            providers: 1,
            customers: 4,
            tags: 2,
            invitations: 3,
            subscriptions: 1,
            users: 1,
            role_templates: 1,
            admin_relationships: 2,
            activity_lines: here.activity.total,
        }
    );
    let counted = |name: &str| u32::try_from(tables[table_index(name)].counted).unwrap();
    assert_eq!((report.customers, report.invitations), (counted("customers"), counted("invitations")));
    assert_eq!(report.activity_lines, counted("activity"));

    // Everything arrived, as the staff member sees it…
    let there = seen(&owner, seeded.fabrikam).await;
    let login: String = Sql::new("SELECT CAST(session_user AS TEXT)").scalar(owner.pool()).await.unwrap();
    let me = StaffMember { login: login.clone(), ..here.staff[0].clone() };
    assert_eq!((me.role, me.language), (Role::GlobalAdmin, Language::CsCz));
    assert_eq!(there.staff, std::slice::from_ref(&me));
    assert_eq!(owner.me().await.unwrap(), Some(me));
    assert_eq!(there.profile, here.profile);
    assert_eq!(there.customers, here.customers);
    let fabrikam = there.customers.iter().find(|c| c.id == seeded.fabrikam).unwrap();
    assert!(fabrikam.version > 1 && fabrikam.dap_removal.is_some() && fabrikam.provider_id.is_some());
    let contoso = there.customers.iter().find(|c| c.id == seeded.contoso).unwrap();
    assert_eq!(contoso.tags, ["praha", "vip"]);
    assert_eq!(there.invitations, here.invitations);
    assert_eq!(there.providers, here.providers);
    assert_eq!(there.role_templates, here.role_templates);
    assert_eq!(there.admin_relationships, here.admin_relationships);
    assert_eq!(there.admin_relationships.len(), 2);
    assert_eq!((&there.subscriptions, &there.users), (&here.subscriptions, &here.users));
    assert_eq!(there.link_host, "admin.cloud.microsoft");
    // …the history with its own actors and times, and the move on top of it.
    assert_eq!(there.activity.total, here.activity.total + 1);
    assert_eq!(there.activity.items[1..], here.activity.items[..]);
    let moved = &there.activity.items[0];
    assert_eq!(
        (moved.action, moved.subject.as_str(), moved.actor_name.as_str(), moved.actor_role),
        (ActivityAction::MovedToWorkspace, DATABASE_FILE, "Jana Dvořáková", Role::GlobalAdmin)
    );
    assert_eq!(moved.id, here.activity.items[0].id + 1);
    assert!(moved.description.contains(DATABASE_FILE), "{}", moved.description);

    // …and row by row, every column of every table.
    let copied = read_tables(owner.pool()).await.unwrap();
    for ((table, before), after) in TABLES.iter().zip(&tables).zip(&copied) {
        let mut expected = before.clone();
        if table.name == "staff_members" {
            expected.set_text(table, "login", &login);
        }
        if table.name == "activity" {
            assert_eq!((after.rows, after.counted), (before.rows + 1, before.counted + 1));
            assert_eq!(first_rows(after, before.rows), expected.columns, "{}", table.name);
        } else {
            assert_eq!(after, &expected, "{}", table.name);
        }
    }

    // The file is as it was, remembers where its records went (without the password), and opens.
    assert_eq!(seen(&store, seeded.fabrikam).await, here);
    assert_eq!(read_tables(store.pool()).await.unwrap(), tables);
    let moved_to = store.moved_to().await.unwrap().unwrap();
    assert_eq!(moved_to, without_password(&db.url()));
    assert!(moved_to.ends_with(db.url().rsplit_once('@').unwrap().1), "{moved_to}");
    store.close().await;
    let reopened = Store::open(&dir.path().join(DATABASE_FILE)).await.unwrap();
    assert_eq!(seen(&reopened, seeded.fabrikam).await, here);

    // New records in the workspace take ids after the copied ones.
    let added = owner.add_customer(&customer("Northwind Traders", "northwind-traders.cz")).await.unwrap();
    assert_eq!(added.id, here.customers.iter().map(|c| c.id).max().unwrap() + 1);
    let provider = owner
        .add_provider(&ProviderInput {
            name: "Fourth Coffee Distribution".into(),
            tenant_id: "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d".into(),
            partner_id: "4567890".into(),
            country: "CZ".into(),
        })
        .await
        .unwrap();
    assert_eq!(provider.id, here.providers[0].id + 1);
    let log = owner.activity(&ActivityQuery::default()).await.unwrap();
    assert_eq!(log.items[0].id, moved.id + 2);
}

#[tokio::test]
async fn a_file_moves_once_and_says_so_without_the_password() {
    let Some(admin) = postgres_url() else { return };
    let (store, _dir) = local().await;
    store.save_profile(&profile()).await.unwrap();
    let first = ServerDatabase::create(&admin).await;
    let report = store.move_to_workspace(&first.url()).await.unwrap();
    assert_eq!((report.staff_members, report.customers, report.activity_lines), (1, 0, 1));
    let second = ServerDatabase::create(&admin).await;
    assert_eq!(conflict(store.move_to_workspace(&second.url()).await), StateConflict::AlreadyMoved);
    // Refused before connecting: the second database was not even given the schema.
    let mut conn = PgConnection::connect(&second.url()).await.unwrap();
    let tables: i64 =
        sqlx::query_scalar("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")
            .fetch_one(&mut conn)
            .await
            .unwrap();
    assert_eq!(tables, 0);
    conn.close().await.unwrap();
    let password = admin.split_once("://").and_then(|(_, r)| r.split_once('@')).and_then(|(u, _)| u.split_once(':'));
    let moved_to = store.moved_to().await.unwrap().unwrap();
    for lang in Language::ALL {
        let message = Error::WrongState(StateConflict::AlreadyMoved).to_api(lang).message;
        assert!(!message.contains("postgres"), "{lang:?}: {message}");
        if let Some((_, password)) = password {
            assert!(!message.contains(password) && !moved_to.contains(password), "{moved_to}");
        }
    }
}

#[tokio::test]
async fn a_workspace_that_holds_records_is_refused_and_left_as_it_was() {
    let Some(admin) = postgres_url() else { return };
    let (store, _dir, _) = seeded().await;
    let db = ServerDatabase::create(&admin).await;
    let owner = Store::connect(&db.url()).await.unwrap();
    let theirs =
        ProfileInput { company_name: "Fourth Coffee s.r.o.".into(), staff_name: "Eva Malá".into(), ..profile() };
    owner.save_profile(&theirs).await.unwrap();
    let before = read_tables(owner.pool()).await.unwrap();
    assert_eq!(conflict(store.move_to_workspace(&db.url()).await), StateConflict::WorkspaceNotEmpty);
    assert_eq!(read_tables(owner.pool()).await.unwrap(), before);
    assert_eq!(owner.profile().await.unwrap().unwrap().company_name, "Fourth Coffee s.r.o.");
    assert_eq!(store.moved_to().await.unwrap(), None, "the file can still be moved elsewhere");
}

#[tokio::test]
async fn a_staff_login_may_not_move_records_in() {
    let Some(admin) = postgres_url() else { return };
    let (store, _dir, _) = seeded().await;
    let db = ServerDatabase::create(&admin).await;
    let owner = Store::connect(&db.url()).await.unwrap();
    let petr = db.login("petr").await;
    run(&db.url(), &format!("GRANT liaison_sales_agent TO \"{petr}\"")).await;
    assert_eq!(conflict(store.move_to_workspace(&db.url_as(&petr)).await), StateConflict::MoveNeedsOwner);
    assert!(read_tables(owner.pool()).await.unwrap().iter().all(|t| t.rows == 0), "nothing was copied");
    assert_eq!(store.moved_to().await.unwrap(), None);
}

#[tokio::test]
async fn a_copy_that_does_not_count_the_same_is_rolled_back() {
    let Some(admin) = postgres_url() else { return };
    let (store, _dir, _) = seeded().await;
    let db = ServerDatabase::create(&admin).await;
    let owner = Store::connect(&db.url()).await.unwrap();
    // A server that silently drops a row.
    run(
        &db.url(),
        "CREATE FUNCTION lose_a_tag() RETURNS trigger LANGUAGE plpgsql AS $$ \
         BEGIN IF NEW.tag = 'vip' THEN RETURN NULL; END IF; RETURN NEW; END $$; \
         CREATE TRIGGER lose_a_tag BEFORE INSERT ON customer_tags FOR EACH ROW EXECUTE FUNCTION lose_a_tag();",
    )
    .await;
    assert_eq!(conflict(store.move_to_workspace(&db.url()).await), StateConflict::MoveMismatch);
    assert!(read_tables(owner.pool()).await.unwrap().iter().all(|t| t.rows == 0), "nothing was kept");
    assert_eq!(store.moved_to().await.unwrap(), None);
}

#[tokio::test]
async fn only_a_global_admin_moves_a_local_file_that_has_a_profile() {
    // Refused before any server is asked: the address leads nowhere.
    let nowhere = "postgres://nobody:secret@127.0.0.1:1/nowhere";
    let (store, _dir) = local().await;
    assert!(matches!(store.move_to_workspace(nowhere).await, Err(Error::ProfileMissing)));
    store.save_profile(&profile()).await.unwrap();
    act_as(&store, Role::SalesAgent).await;
    assert!(matches!(
        store.move_to_workspace(nowhere).await,
        Err(Error::Forbidden { action: Action::ManageSettings, role: Role::SalesAgent })
    ));
    assert_eq!(store.moved_to().await.unwrap(), None);

    let Some(admin) = postgres_url() else { return };
    let db = ServerDatabase::create(&admin).await;
    let workspace = Store::connect(&db.url()).await.unwrap();
    workspace.save_profile(&profile()).await.unwrap();
    assert_eq!(conflict(workspace.move_to_workspace(nowhere).await), StateConflict::MoveNeedsFile);
}

#[tokio::test]
async fn every_column_of_every_table_is_moved() {
    let (store, _dir) = local().await;
    let sqlite_kind = |t: &str| match t {
        "INTEGER" => Some([Kind::Int, Kind::Bool]),
        "TEXT" => Some([Kind::Text, Kind::Text]),
        _ => None,
    };
    let names: Vec<String> = Sql::new(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' \
         AND name NOT LIKE 'customer_search%' AND name <> '_sqlx_migrations' ORDER BY name",
    )
    .scalars(store.pool())
    .await
    .unwrap();
    let mut listed: Vec<&str> = TABLES.iter().map(|t| t.name).collect();
    listed.sort_unstable();
    assert_eq!(names, listed, "the tables of a file");
    for table in TABLES {
        let columns: Vec<(String, String)> = Sql::new("SELECT name, type FROM pragma_table_info(?) ORDER BY name")
            .bind(table.name)
            .fetch_all(store.pool())
            .await
            .unwrap();
        let mut expected: Vec<(&str, Kind)> = table.columns.to_vec();
        expected.sort_unstable_by_key(|(n, _)| *n);
        assert_eq!(columns.len(), expected.len(), "{}: {columns:?}", table.name);
        for ((name, ty), (listed, kind)) in columns.iter().zip(&expected) {
            assert_eq!(name, listed, "{}", table.name);
            assert!(sqlite_kind(ty).is_some_and(|k| k.contains(kind)), "{}.{name}: {ty}", table.name);
        }
    }

    let Some(admin) = postgres_url() else { return };
    let db = ServerDatabase::create(&admin).await;
    let workspace = Store::connect(&db.url()).await.unwrap();
    let rows: Vec<(String, String, String)> = Sql::new(
        "SELECT CAST(table_name AS TEXT), CAST(column_name AS TEXT), CAST(data_type AS TEXT) \
         FROM information_schema.columns WHERE table_schema = current_schema() AND table_name <> '_sqlx_migrations'",
    )
    .fetch_all(workspace.pool())
    .await
    .unwrap();
    let mut there: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for (table, column, ty) in rows {
        there.entry(table).or_default().insert(column, ty);
    }
    assert_eq!(there.keys().map(String::as_str).collect::<Vec<_>>(), listed, "the tables of a workspace");
    for table in TABLES {
        let expected: BTreeMap<String, String> = table
            .columns
            .iter()
            .map(|(n, k)| {
                let ty = match k {
                    Kind::Int => "bigint",
                    Kind::Text => "text",
                    Kind::Bool => "boolean",
                };
                ((*n).to_owned(), ty.to_owned())
            })
            .collect();
        assert_eq!(there[table.name], expected, "{}", table.name);
    }
}

#[test]
fn a_workspace_is_remembered_without_its_password() {
    assert_eq!(
        without_password("postgres://jana:s3cr%40t@db.example:5432/liaison?sslmode=require&password=x"),
        "postgres://jana@db.example:5432/liaison?sslmode=require"
    );
    assert_eq!(without_password("postgresql://db.example/liaison"), "postgresql://db.example/liaison");
    assert_eq!(
        without_password("postgres://jana@db.example/liaison?password=x#top"),
        "postgres://jana@db.example/liaison"
    );
    assert_eq!(
        without_password("postgres://:pw@/liaison?host=/run/postgresql&sslpassword=y"),
        "postgres://@/liaison?host=/run/postgresql"
    );
    assert_eq!(without_password("not a url"), "");
}

#[test]
fn every_refusal_of_a_move_and_its_line_have_words_in_every_language() {
    let conflicts = [
        StateConflict::MoveNeedsFile,
        StateConflict::MoveNeedsOwner,
        StateConflict::WorkspaceNotEmpty,
        StateConflict::AlreadyMoved,
        StateConflict::MoveMismatch,
    ];
    for lang in Language::ALL {
        let mut seen = Vec::new();
        for conflict in conflicts {
            let text = Error::WrongState(conflict).to_api(lang).message;
            assert!(!text.starts_with("error-") && !seen.contains(&text), "{lang:?}: {text}");
            seen.push(text);
        }
        for id in ["activity-action-moved_to_workspace", "activity-moved_to_workspace"] {
            assert!(!i18n::text(lang, id, None).starts_with("activity-"), "{lang:?}: {id}");
        }
    }
}
