//! On a team workspace the database itself enforces the Partner Center roles: each test
//! connects as a staff member's own login, directly (as `psql` would) and through Liaison, and
//! proves each refusal. These need a PostgreSQL server; on a plain `cargo test` (no
//! `LIAISON_TEST_POSTGRES_URL`) there is no server to prove anything on, and they return.

use crate::customer::tests::input as customer;
use crate::profile::tests::input as profile;
use crate::staff::tests::input as member;
use crate::store::fixture::{self, Fixture};
use crate::store::workflow_tests::connected;
use crate::*;
use sqlx::{Connection, PgConnection};

/// A workspace set up by its owner (Jana, Global admin) with one connected customer, and a
/// colleague with `role` whose own login is returned with a raw connection on it.
async fn workspace_with(role: Role) -> Option<(Store, Fixture, Customer, String, PgConnection)> {
    fixture::postgres_url()?;
    let (owner, f) = fixture::store().await;
    owner.save_profile(&profile()).await.unwrap();
    let c = connected(&owner, "Contoso", "contoso.cz").await;
    let login = f.login("petr").await;
    owner.add_staff_member(&member("Petr Novák", &login, role)).await.unwrap();
    let conn = PgConnection::connect(&f.url_as(&login).unwrap()).await.unwrap();
    Some((owner, f, c, login, conn))
}

/// Whether `sql` is refused for lack of rights (a grant, a policy or a rule's trigger).
async fn refused(conn: &mut PgConnection, sql: &str) -> bool {
    match sqlx::query(sql).execute(&mut *conn).await {
        Err(sqlx::Error::Database(db)) => db.code().as_deref() == Some("42501"),
        Err(e) => panic!("{sql}: {e}"),
        Ok(_) => false,
    }
}

#[tokio::test]
async fn a_sales_agents_own_login_cannot_do_what_the_role_forbids_even_in_psql() {
    let Some((owner, _f, c, login, mut petr)) = workspace_with(Role::SalesAgent).await else { return };
    let id = c.id;
    assert!(refused(&mut petr, &format!("UPDATE customers SET relationship = 'removed' WHERE id = {id}")).await);
    assert!(refused(&mut petr, "UPDATE partner_profile SET company_name = 'Mine now'").await);
    assert!(
        refused(&mut petr, &format!("UPDATE staff_members SET role = 'global_admin' WHERE login = '{login}'")).await
    );
    assert!(refused(&mut petr, "UPDATE staff_members SET name = 'Someone' WHERE role = 'global_admin'").await);
    assert!(refused(&mut petr, "UPDATE activity SET subject = 'nothing happened'").await);
    assert!(refused(&mut petr, "DELETE FROM activity").await);
    assert!(
        refused(
            &mut petr,
            "INSERT INTO indirect_providers (name, tenant_id, partner_id, country, created_at, updated_at) \
                                VALUES ('X', 'x', '1', 'CZ', '', '')"
        )
        .await
    );
    // What the role may do, it may: edit details, and its own language.
    sqlx::query(&format!("UPDATE customers SET notes = 'called' WHERE id = {id}")).execute(&mut petr).await.unwrap();
    sqlx::query("UPDATE staff_members SET language = 'cs-CZ' WHERE login = session_user")
        .execute(&mut petr)
        .await
        .unwrap();
    assert_eq!(owner.customer(id).await.unwrap().relationship, Relationship::Reseller);
}

#[tokio::test]
async fn a_line_naming_anyone_but_the_sessions_staff_member_at_the_servers_time_is_refused() {
    let Some((owner, _f, c, login, mut petr)) = workspace_with(Role::SalesAgent).await else { return };
    let now = "to_char(statement_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";
    let line = |at: &str, name: &str, role: &str| {
        format!(
            "INSERT INTO activity (at, actor_name, actor_role, action, customer_id, subject, details) \
             VALUES ({now}, 'Petr Novák', 'sales_agent', 'customer_updated', {id}, 'Contoso', '{{}}'), \
                    ({at}, '{name}', '{role}', 'customer_updated', {id}, 'Contoso', '{{}}')",
            id = c.id
        )
    };
    // One line of a statement in another's name, role or time refuses the whole statement.
    assert!(refused(&mut petr, &line(now, "Jana Dvořáková", "sales_agent")).await);
    assert!(refused(&mut petr, &line(now, "Petr Novák", "global_admin")).await);
    assert!(refused(&mut petr, &line("'2001-01-01T00:00:00.000Z'", "Petr Novák", "sales_agent")).await);
    let before = owner.activity(&ActivityQuery::default()).await.unwrap().items.len();
    // Signed as Petr at the server's time, it is written.
    sqlx::query(&line(now, "Petr Novák", "sales_agent")).execute(&mut petr).await.unwrap();
    let log = owner.activity(&ActivityQuery::default()).await.unwrap();
    assert_eq!(log.items.len(), before + 2);
    assert!(log.items[..2].iter().all(|l| (l.actor_name.as_str(), l.actor_role) == ("Petr Novák", Role::SalesAgent)));
    // Deactivated, Petr's login writes no line at all, even one signed as himself.
    let me = owner.staff().await.unwrap().into_iter().find(|m| m.name == "Petr Novák").unwrap();
    let inactive = StaffInput { active: false, ..member("Petr Novák", &login, Role::SalesAgent) };
    owner.update_staff_member(me.id, &inactive).await.unwrap();
    assert!(refused(&mut petr, &line(now, "Petr Novák", "sales_agent")).await);
}

#[tokio::test]
async fn through_liaison_a_sales_agent_sees_removal_refused_with_the_reason_and_the_database_agrees() {
    let Some((_owner, f, c, login, _petr)) = workspace_with(Role::SalesAgent).await else { return };
    let petr = Store::connect(&f.url_as(&login).unwrap()).await.unwrap();
    let session = petr.session().await.unwrap();
    assert_eq!(session.me.as_ref().map(|m| m.name.as_str()), Some("Petr Novák"));
    let remove = session.grants.iter().find(|g| g.action == Action::RemoveRelationship).unwrap();
    // In Petr's own language, which his staff record says is Czech.
    let why = Action::RemoveRelationship.forbidden_reason(Language::CsCz, Role::SalesAgent);
    assert_eq!((remove.allowed, remove.reason.as_deref()), (false, Some(why.as_str())));
    let check = petr.removal_check(c.id).await.unwrap();
    assert!(!check.allowed);
    assert!(matches!(petr.remove_relationship(c.id, &check.attestation).await, Err(Error::Forbidden { .. })));
    // What the role allows works through Liaison, signed by Petr.
    let added = petr.add_customer(&customer("Fabrikam", "fabrikam.cz")).await.unwrap();
    let log = petr.activity(&ActivityQuery { customer_id: Some(added.id), ..Default::default() }).await.unwrap();
    assert_eq!(log.items[0].actor_name, "Petr Novák");
}

#[tokio::test]
async fn each_role_gets_exactly_its_rights_from_the_database() {
    // (role, may add a customer, may remove a relationship, may edit the profile)
    let table = [
        (Role::GlobalAdmin, true, true, true),
        (Role::AdminAgent, true, true, false),
        (Role::SalesAgent, true, false, false),
        (Role::HelpdeskAgent, false, false, false),
    ];
    for (role, add, remove, profile_edit) in table {
        let Some((_owner, _f, c, _login, mut conn)) = workspace_with(role).await else { return };
        let insert = "INSERT INTO customers (company_name, company_key, primary_domain, country, contact_name, \
                      contact_email, language, notes, created_at, updated_at) \
                      VALUES ('Litware', 'litware', 'litware.cz', 'CZ', '', '', 'cs-CZ', '', '', '')";
        assert_eq!(!refused(&mut conn, insert).await, add, "{role:?} adding");
        let removal = format!("UPDATE customers SET relationship = 'removed' WHERE id = {}", c.id);
        assert_eq!(!refused(&mut conn, &removal).await, remove, "{role:?} removing");
        assert_eq!(
            !refused(&mut conn, "UPDATE partner_profile SET partner_id = '99'").await,
            profile_edit,
            "{role:?} profile"
        );
        // Nobody, whatever the role, rewrites the log.
        assert!(refused(&mut conn, "DELETE FROM activity").await, "{role:?} deleting the log");
    }
}

#[tokio::test]
async fn nobody_changes_their_own_role_and_a_workspace_keeps_an_active_global_admin() {
    let Some((_owner, f, _c, petr_login, mut petr)) = workspace_with(Role::GlobalAdmin).await else { return };
    // Petr, a Global admin, cannot demote or deactivate himself in psql either.
    assert!(refused(&mut petr, "UPDATE staff_members SET role = 'sales_agent' WHERE login = session_user").await);
    assert!(refused(&mut petr, "UPDATE staff_members SET active = FALSE WHERE login = session_user").await);
    // Through Liaison he adds Anna, another Global admin; Liaison grants her login the role.
    let anna_login = f.login("anna").await;
    let as_petr = Store::connect(&f.url_as(&petr_login).unwrap()).await.unwrap();
    as_petr.add_staff_member(&member("Anna Malá", &anna_login, Role::GlobalAdmin)).await.unwrap();
    // In psql he deactivates Jana and makes Anna an Admin agent: he remains the one Global admin.
    sqlx::query("UPDATE staff_members SET active = FALSE WHERE name = 'Jana Dvořáková'")
        .execute(&mut petr)
        .await
        .unwrap();
    let demote_anna = format!("UPDATE staff_members SET role = 'admin_agent' WHERE login = '{anna_login}'");
    sqlx::query(&demote_anna).execute(&mut petr).await.unwrap();
    // Anna's login still holds the database role, but cannot demote the last active Global admin.
    let mut anna = PgConnection::connect(&f.url_as(&anna_login).unwrap()).await.unwrap();
    let demote_petr = format!("UPDATE staff_members SET role = 'admin_agent' WHERE login = '{petr_login}'");
    assert!(refused(&mut anna, &demote_petr).await);
    let petr_member = as_petr.me().await.unwrap().unwrap();
    assert_eq!(petr_member.role, Role::GlobalAdmin);
}

#[tokio::test]
async fn a_login_that_is_no_staff_member_may_do_nothing() {
    let Some((_owner, f, _c, _login, _petr)) = workspace_with(Role::SalesAgent).await else { return };
    // A login without any of the roles cannot even read the workspace.
    let stranger = f.login("stranger").await;
    let refused = Store::connect(&f.url_as(&stranger).unwrap()).await;
    assert!(matches!(refused, Err(Error::WrongState(StateConflict::NotStaff))), "{refused:?}");
    // One given a role by hand, but no staff member, reads nothing through Liaison.
    let unlisted = f.login("unlisted").await;
    let admin = fixture::postgres_url().unwrap();
    let mut conn = PgConnection::connect(&admin).await.unwrap();
    sqlx::query(&format!("GRANT liaison_sales_agent TO \"{unlisted}\"")).execute(&mut conn).await.unwrap();
    let store = Store::connect(&f.url_as(&unlisted).unwrap()).await.unwrap();
    let session = store.session().await.unwrap();
    assert!(session.me.is_none() && session.grants.iter().all(|g| !g.allowed));
    let listed = store.customers(&CustomerQuery::default()).await;
    assert!(matches!(listed, Err(Error::WrongState(StateConflict::NotStaff))), "{listed:?}");
    let message = Error::WrongState(StateConflict::NotStaff).to_api(Language::EnUs).message;
    assert!(session.grants[0].reason.as_deref() == Some(message.as_str()));
}

#[tokio::test]
async fn only_global_and_admin_agents_write_admin_relationships_and_role_templates_and_each_is_signed() {
    let insert = |customer: i64, n: u32| {
        format!(
            "INSERT INTO admin_relationships (customer_id, name, relationship_id, link, duration_days, auto_extend, \
             roles, recipient, language, subject, body, sent_by_name, sent_by_role, sent_at, requested_on, \
             expires_on, status_at) VALUES ({customer}, 'R{n}', 'id-{n}', 'link', 730, FALSE, \
             '88d8e3e3-8f55-4a1e-953a-9b9898b8876b', 'it@contoso.cz', 'cs-CZ', 'S', 'B', 'Jana Dvořáková', \
             'global_admin', '', '2026-01-01', '2026-04-01', '')"
        )
    };
    let template = "INSERT INTO role_templates (name, roles, created_at, updated_at) VALUES ('T', 'x', '', '')";
    for (n, (role, may)) in
        [(Role::GlobalAdmin, true), (Role::AdminAgent, true), (Role::SalesAgent, false), (Role::HelpdeskAgent, false)]
            .into_iter()
            .enumerate()
    {
        let Some((owner, _f, c, _login, mut conn)) = workspace_with(role).await else { return };
        assert_eq!(!refused(&mut conn, &insert(c.id, n as u32)).await, may, "{role:?} requesting");
        assert_eq!(!refused(&mut conn, template).await, may, "{role:?} keeping templates");
        if may {
            // Signed by the session's staff member, whatever the client wrote.
            let r = &owner.admin_relationships(Some(c.id)).await.unwrap()[0];
            assert_eq!((r.sent_by_name.as_str(), r.sent_by_role), ("Petr Novák", role));
        }
    }
}
