//! Partner Center's rules as a user meets them: an indirect reseller's own request from
//! Customers, the country or region warning, the Customers page's views, and a request dialog that
//! neither drafts to nobody nor loses a handed-off invitation.

use liaison_core::{
    ActivityAction, ActivityQuery, CustomerCounts, CustomerInput, InvitationKind, InvitationQuery, InvitationRequest,
    PartnerType, ProviderInput, Role, Store,
};
use liaison_e2e::app::{customer, decode_mailto, show_view};
use liaison_e2e::{App, Session};

const OWN_LINK: &str = "https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship\
                        &partnerId=3f2504e0-4f89-11d3-9a0c-0305e82c3301&msppId=0&DAP=true#/BillingAccounts/partner-invitation";

fn value(s: &Session, css: &str) -> String {
    s.find(css).property("value").unwrap().as_str().unwrap_or_default().to_owned()
}

/// Customers → Request a reseller relationship, for a new contact in `country`.
fn request_new_contact(s: &Session, company: &str, domain: &str, country: &str, email: &str) {
    s.click_until("[data-testid=customers-request]", "[data-testid=request-dialog]");
    s.find("[data-testid=request-companyName]").type_text(company).unwrap();
    s.find("[data-testid=request-primaryDomain]").type_text(domain).unwrap();
    s.find("[data-testid=request-country]").choose(country).unwrap();
    if !email.is_empty() {
        s.find("[data-testid=request-contactEmail]").type_text(email).unwrap();
    }
}

#[test]
fn an_indirect_reseller_requests_a_relationship_with_itself_from_customers() {
    let app = App::prepared("own-request", PartnerType::IndirectReseller, Role::AdminAgent, async |st: &Store| {
        st.add_provider(&ProviderInput {
            name: "Tailspin Distribution".into(),
            tenant_id: "abd71061-1c2e-4c53-9a51-0d3f9e8b7a10".into(),
            partner_id: "601089".into(),
            country: "CZ".into(),
        })
        .await
        .unwrap();
    });
    let s = app.s();
    request_new_contact(s, "Contoso s.r.o.", "contoso.cz", "CZ", "it@contoso.cz");
    // The Customers flow asks for a relationship with the reseller alone: no provider to choose.
    assert_eq!(s.count("[data-testid=request-provider]"), 0);
    s.click_until("[data-testid=request-next]", "[data-testid=request-link]");
    assert_eq!(value(s, "[data-testid=request-link]"), OWN_LINK);
    let body = value(s, "[data-testid=request-draft-body]");
    assert!(body.lines().any(|l| l == OWN_LINK) && !body.contains("Tailspin"), "{body}");
    app.screenshot("own-request");

    s.find("[data-testid=request-open-email]").click().unwrap();
    let (to, _, mail_body) = decode_mailto(&app.wait_for_mail(1));
    assert_eq!(to, "it@contoso.cz");
    assert!(mail_body.contains(OWN_LINK), "{mail_body}");
    s.find("[data-testid=request-copy]").click().unwrap();
    s.wait_until("the single-party link on the clipboard", || app.clipboard().contains(OWN_LINK));
    s.find("[data-testid=request-done]").click().unwrap();
    s.wait_until("the dialog to close", || s.count("[data-testid=request-dialog]") == 0);

    let sent = app.store(async |st| st.invitations(&InvitationQuery::default()).await.unwrap());
    assert_eq!(sent.total, 1);
    assert_eq!((sent.items[0].kind, sent.items[0].provider_id), (InvitationKind::Reseller, None));
    assert_eq!(sent.items[0].link, OWN_LINK);
    // The two-party invitation stays where Partner Center has it.
    app.open_page("indirect-providers");
    s.find("[data-testid=provider-invite]");
}

#[test]
fn a_customer_outside_the_country_and_region_is_warned_about_before_any_draft() {
    let app = App::with_data("country-warning", PartnerType::DirectBill, Role::GlobalAdmin, &[]);
    let s = app.s();
    // The partner is in Czechia (Europe); the United States is a region of its own.
    request_new_contact(s, "Fabrikam Inc.", "fabrikam.com", "US", "it@fabrikam.com");
    s.click_until("[data-testid=request-next]", "[data-testid=request-outside-region]");
    let warning = s.find("[data-testid=request-outside-region]").text().unwrap();
    assert!(warning.contains("a customer in your country or in the same region"), "{warning}");
    assert!(warning.contains("United States"), "the customer's country is named: {warning}");
    assert_eq!(s.count("[data-testid=request-link]"), 0, "no draft exists before the user goes on");
    assert_eq!(s.count("[data-testid=request-error]"), 0, "a warning, not an error");
    app.screenshot("warning");

    s.click_until("[data-testid=request-outside-region-go-on]", "[data-testid=request-link]");
    s.find("[data-testid=request-done]").click().unwrap();
    s.wait_until("the dialog to close", || s.count("[data-testid=request-dialog]") == 0);

    let q = ActivityQuery { action: Some(ActivityAction::InvitationSent), ..Default::default() };
    let line = app.store(async |st| st.activity(&q).await.unwrap().items.remove(0));
    let detail = line.detail.unwrap_or_default();
    assert!(detail.contains("Sent after the warning") && detail.contains("(US)"), "{detail}");
    app.open_page("activity");
    s.wait_until("the warning on the activity line", || s.body_text().contains("Sent after the warning"));
}

#[test]
fn the_customers_page_lists_reseller_customers_with_the_other_views_one_click_away() {
    let app = App::prepared("views", PartnerType::DirectBill, Role::GlobalAdmin, async |st: &Store| {
        let invite = async |c: CustomerInput| {
            let c = st
                .add_customer(&CustomerInput { contact_email: format!("it@{}", c.primary_domain), ..c })
                .await
                .unwrap();
            let req = InvitationRequest { customer_id: Some(c.id), dap: true, ..Default::default() };
            let p = st.prepare_invitation(&req).await.unwrap();
            st.send_invitation(&req, &p.draft).await.unwrap()
        };
        let accepted = invite(customer("Contoso", "contoso.cz")).await;
        st.accept_invitation(accepted.id, "").await.unwrap();
        let removed = invite(customer("Adatum", "adatum.cz")).await;
        st.accept_invitation(removed.id, "").await.unwrap();
        let attestation = st.removal_check(removed.customer_id).await.unwrap().attestation;
        st.remove_relationship(removed.customer_id, &attestation).await.unwrap();
        invite(customer("Fabrikam", "fabrikam.cz")).await;
        st.add_customer(&customer("Tailspin", "tailspin.cz")).await.unwrap();
    });
    let s = app.s();
    let tabs = |s: &Session| s.texts("[data-testid=customers-views] [role=tab]");
    s.wait_until("the views with their counts", || {
        tabs(s) == ["Customers (1)", "Invited (1)", "Prospects (1)", "Removed (1)"]
    });
    s.wait_until("only the reseller customer", || s.texts("[data-testid=customer-name]") == ["Contoso"]);
    app.screenshot("views");
    for (view, name) in
        [("invited", "Fabrikam"), ("prospect", "Tailspin"), ("removed", "Adatum"), ("reseller", "Contoso")]
    {
        show_view(s, view);
        s.wait_until(&format!("{name} in the {view} view"), || s.texts("[data-testid=customer-name]") == [name]);
    }

    // A prospect added from the Customers page is found at once, in its own view.
    s.find("[data-testid=customers-add]").click().unwrap();
    s.find("[data-testid=customer-companyName]").type_text("Wingtip Toys").unwrap();
    s.find("[data-testid=customer-primaryDomain]").type_text("wingtip.cz").unwrap();
    s.find("[data-testid=customer-country]").choose("CZ").unwrap();
    s.find("[data-testid=customer-save]").click().unwrap();
    s.wait_until("the new prospect in sight", || {
        s.count("[data-testid=customers-view-prospect][aria-selected=true]") == 1
            && s.texts("[data-testid=customer-name]") == ["Tailspin", "Wingtip Toys"]
            && tabs(s)[2] == "Prospects (2)"
    });
    // The counts follow the search, so a match in another view is not lost.
    s.find("[data-testid=customers-search]").type_text("Adatum").unwrap();
    s.wait_until("the search counted per view", || {
        tabs(s) == ["Customers (0)", "Invited (0)", "Prospects (0)", "Removed (1)"]
    });
}

#[test]
fn the_request_dialog_drafts_to_nobody_never_and_asks_before_losing_a_hand_off() {
    let app = App::with_data("request-flow", PartnerType::DirectBill, Role::GlobalAdmin, &[]);
    let s = app.s();
    request_new_contact(s, "Fabrikam s.r.o.", "fabrikam.cz", "CZ", "");
    // One language field: the new contact's own language is the draft's.
    assert_eq!(s.count("[data-testid=request-contact-language]"), 1);
    assert_eq!(s.count("[data-testid=request-language]"), 0);
    s.find("[data-testid=request-next]").click().unwrap();
    let email = s.find("[data-testid=request-contactEmail]");
    s.wait_until("Contact email's message", || email.field_message().starts_with("Contact email:"));
    assert_eq!(s.count("[data-testid=request-link]"), 0, "no draft to nobody");
    assert_eq!(s.count("[data-testid=request-error]"), 0, "the message is shown once, beside its field");

    email.type_text("it@fabrikam.cz").unwrap();
    s.click_until("[data-testid=request-next]", "[data-testid=request-link]");
    s.find("[data-testid=request-open-email]").click().unwrap();
    app.wait_for_mail(1);
    s.find("[data-testid=request-handed-off]");
    s.find("[data-testid=request-cancel]").click().unwrap();
    s.find("[data-testid=request-leave]");
    app.screenshot("leave");
    s.find("[data-testid=request-leave-keep]").click().unwrap();
    s.wait_until("back to the draft", || s.count("[data-testid=request-leave]") == 0);
    assert_eq!(value(s, "[data-testid=request-draft-recipient]"), "it@fabrikam.cz", "nothing was lost");
    s.find("[data-testid=request-cancel]").click().unwrap();
    s.find("[data-testid=request-leave-discard]").click().unwrap();
    s.wait_until("the dialog to close", || s.count("[data-testid=request-dialog]") == 0);
    assert_eq!(app.store(async |st| st.invitations(&InvitationQuery::default()).await.unwrap().total), 0);
    assert_eq!(app.store(async |st| st.customer_counts("").await.unwrap()), CustomerCounts::default());
}

#[test]
fn a_customer_taking_admin_privileges_back_is_noted_on_its_account() {
    let app = App::prepared("dap-removed", PartnerType::DirectBill, Role::AdminAgent, async |st: &Store| {
        let c = st
            .add_customer(&CustomerInput { contact_email: "it@contoso.cz".into(), ..customer("Contoso", "contoso.cz") })
            .await
            .unwrap();
        let req = InvitationRequest { customer_id: Some(c.id), dap: true, ..Default::default() };
        let p = st.prepare_invitation(&req).await.unwrap();
        let inv = st.send_invitation(&req, &p.draft).await.unwrap();
        st.accept_invitation(inv.id, "").await.unwrap();
    });
    let s = app.s();
    s.wait_until("Contoso listed", || s.texts("[data-testid=customer-name]") == ["Contoso"]);
    s.find("[data-testid=customer-expand]").click().unwrap();
    s.wait_until("privileges granted", || s.texts("[data-testid=record-dap]") == ["Yes"]);
    s.find("[data-testid=record-dap-removed]").click().unwrap();
    s.wait_until("the note on the account", || {
        s.texts("[data-testid=record-dap]").first().is_some_and(|t| t.starts_with("Removed by the customer"))
    });
    let dap = s.find("[data-testid=record-dap]").text().unwrap();
    assert!(dap.ends_with("by Jana Dvořáková"), "who recorded it: {dap}");
    let support = s.find("[data-testid=record-dap-support]").text().unwrap();
    assert!(support.contains("you remain responsible for customer support"), "{support}");
    assert_eq!(s.count("[data-testid=record-dap-removed]"), 0, "noted once");
    app.screenshot("noted");
    let q = ActivityQuery { action: Some(ActivityAction::DapRemoved), ..Default::default() };
    assert_eq!(app.store(async |st| st.activity(&q).await.unwrap().total), 1);
}
