//! A team workspace on PostgreSQL, end to end: the app is Petr's, connected with his own login;
//! Jana, the workspace's owner and Global admin, works beside him through the core.

use crate::tour::open_record;
use liaison_core::{CustomerInput, CustomerQuery, InvitationRequest, PartnerType, Relationship, Role, Store};
use liaison_e2e::app::{customer, show_view};
use liaison_e2e::App;
use sqlx::{Connection, PgConnection};

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
