//! A walk through every page and every dialog of the app, for checks that hold everywhere
//! (accessibility, layout). The data gives each view something to show: an indirect provider, a
//! customer with a long name, a pending invitation, a reseller customer that can be removed.

use liaison_core::testing::{backdate, Sent};
use liaison_core::{
    CustomerInput, GdapRequest, GdapTerms, InvitationRequest, Language, PartnerType, ProviderInput, Role, Store,
};
use liaison_e2e::app::{customer, show_view};
use liaison_e2e::{App, Session};

/// A company name longer than any column gives it.
pub const LONG_NAME: &str = "Žluťoučký kůň — Mezinárodní distribuce zdravotnického a laboratorního materiálu a.s.";

fn tailspin() -> ProviderInput {
    ProviderInput {
        name: "Tailspin Distribution".into(),
        tenant_id: "abd71061-1c2e-4c53-9a51-0d3f9e8b7a10".into(),
        partner_id: "601089".into(),
        country: "CZ".into(),
    }
}

/// An indirect reseller's app with data for every view.
pub fn app(name: &str) -> App {
    App::prepared(name, PartnerType::IndirectReseller, Role::GlobalAdmin, async |st: &Store| {
        let provider = st.add_provider(&tailspin()).await.unwrap();
        let contoso = st
            .add_customer(&CustomerInput {
                contact_name: "Jana Nováková".into(),
                contact_email: "jana@contoso.cz".into(),
                microsoft_id: "0d0b8a8e-6a57-4a5c-9d5e-3c6f1b2a4e77".into(),
                ..customer("Contoso", "contoso.cz")
            })
            .await
            .unwrap();
        let fabrikam = st
            .add_customer(&CustomerInput {
                contact_email: "it@fabrikam.pl".into(),
                language: Some(Language::PlPl),
                country: "PL".into(),
                ..customer("Fabrikam", "fabrikam.pl")
            })
            .await
            .unwrap();
        st.add_customer(&customer(LONG_NAME, "kun.cz")).await.unwrap();
        for (c, accept) in [(contoso.id, false), (fabrikam.id, true)] {
            let req = InvitationRequest {
                customer_id: Some(c),
                provider_id: Some(provider.id),
                dap: true,
                ..Default::default()
            };
            let p = st.prepare_invitation(&req).await.unwrap();
            let inv = st.send_invitation(&req, &p.draft).await.unwrap();
            if accept {
                st.accept_invitation(inv.id, "").await.unwrap();
            } else {
                // Waiting for ten days: its reminder is due.
                backdate(st, Sent::Invitation(inv.id), 10).await;
            }
        }
        // A GDAP request of Fabrikam's, waiting for approval.
        let gdap = GdapRequest {
            customer_id: fabrikam.id,
            terms: GdapTerms {
                name: "Fabrikam-GDAP".into(),
                duration_days: 730,
                roles: liaison_core::gdap::default_roles(PartnerType::IndirectReseller),
                auto_extend: true,
            },
            approval_link: "https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/\
                            granularAdminRelationships/5d027261-d21f-4aa9-b7db-7fa1f56fb163"
                .into(),
            template_name: None,
            language: None,
        };
        let p = st.prepare_gdap_request(&gdap).await.unwrap();
        let request = st.send_gdap_request(&gdap, &p.draft).await.unwrap();
        backdate(st, Sent::AdminRelationship(request.id), 10).await;
    })
}

/// Clicks the first element matching `css` whose text contains `text`.
fn click_with_text(s: &Session, css: &str, text: &str) {
    s.wait_until(&format!("{css} with {text:?}"), || s.texts(css).iter().any(|t| t.contains(text)));
    let index = s.texts(css).iter().position(|t| t.contains(text)).unwrap();
    s.find_all(css).unwrap()[index].click().unwrap();
}

/// Expands the record of the customer named `name`.
pub fn open_record(s: &Session, name: &str) {
    s.wait_until(&format!("{name} listed"), || s.texts("[data-testid=customer-name]").contains(&name.to_owned()));
    let index = s.texts("[data-testid=customer-name]").iter().position(|n| n == name).unwrap();
    s.find_all("[data-testid=customer-expand]").unwrap()[index].click().unwrap();
    s.find("[data-testid=customer-record]");
}

/// Closes the open dialog with its first action (Cancel or Close) and waits until it is gone.
pub fn close_dialog(s: &Session) {
    s.execute("document.querySelector('.fui-DialogSurface .fui-DialogActions button').click();", vec![]).unwrap();
    s.wait_until("the dialog to close", || s.count(".fui-DialogSurface") == 0);
}

fn dialog(app: &App, opener: &str, shown: &str, check: &mut impl FnMut(&str), view: &str) {
    let s = app.s();
    s.click_until(opener, shown);
    check(view);
    close_dialog(s);
}

/// Visits every page and dialog of `app` (made by [`app`]), calling `check` with the view's name
/// once it is shown.
pub fn every_view(app: &App, mut check: impl FnMut(&str)) {
    let s = app.s();
    app.open_page("customers");
    // The Customers page proper lists the reseller customer; the long name waits among the prospects.
    show_view(s, "prospect");
    s.wait_until("the prospect with the long name", || s.count("[data-testid=customer-row]") == 1);
    check("customers-prospects");
    show_view(s, "reseller");
    s.wait_until("the reseller customer", || s.count("[data-testid=customer-row]") == 1);
    check("customers");
    // The reseller customer picked for a bulk request, drafted.
    s.find("[data-testid=customer-select]").click().unwrap();
    s.find("[data-testid=customers-selection]");
    check("customers-selected");
    s.click_until("[data-testid=customers-request-selected]", "[data-testid=bulk-dialog]");
    check("bulk-dialog");
    s.click_until("[data-testid=bulk-what-gdap]", "[data-testid=bulk-gdap-row]");
    check("bulk-gdap");
    s.click_until("[data-testid=bulk-what-reseller]", "[data-testid=bulk-dap]");
    s.click_until("[data-testid=bulk-next]", "[data-testid=bulk-drafts]");
    check("bulk-drafts");
    close_dialog(s);
    s.wait_until("the selection cleared", || s.count("[data-testid=customers-selection]") == 0);
    dialog(app, "[data-testid=customers-add]", "[data-testid=customer-form]", &mut check, "customer-dialog");
    dialog(app, "[data-testid=customers-import]", "[data-testid=import-dialog]", &mut check, "import-dialog");

    open_record(s, "Fabrikam");
    check("customer-record");
    dialog(app, "[data-testid=record-remove]", "[data-testid=removal-dialog]", &mut check, "removal-dialog");
    s.click_until("[data-testid=record-request]", "[data-testid=request-dialog]");
    check("request-dialog");
    if s.count("[data-testid=request-provider]") > 0 {
        s.find("[data-testid=request-provider]").choose("1").unwrap();
    }
    s.click_until("[data-testid=request-next]", "[data-testid=request-link]");
    check("request-draft");
    close_dialog(s);

    s.click_until("[data-testid=record-tab-gdap]", "[data-testid=gdap-table]");
    check("customer-record-gdap");
    s.click_until("[data-testid=gdap-request]", "[data-testid=gdap-dialog]");
    s.wait_until("the roles of the default template", || s.count("[data-testid=gdap-roles] input:checked") > 0);
    check("gdap-dialog");
    close_dialog(s);
    dialog(
        app,
        "[data-testid=gdap-mark-approved]",
        "[data-testid=gdap-approve-dialog]",
        &mut check,
        "gdap-approve-dialog",
    );
    dialog(app, "[data-testid=gdap-end-open]", "[data-testid=gdap-end-dialog]", &mut check, "gdap-end-dialog");

    app.open_page("indirect-providers");
    s.find("[data-testid=provider-row]");
    check("indirect-providers");
    dialog(app, "[data-testid=providers-add]", "[data-testid=provider-form]", &mut check, "provider-dialog");
    dialog(app, "[data-testid=provider-invite]", "[data-testid=request-dialog]", &mut check, "provider-invite-dialog");

    app.open_page("invitations");
    s.wait_until("the invitations", || s.count("[data-testid=invitation-row]") == 2);
    check("invitations");
    click_with_text(s, "[data-testid=invitation-customer]", "Contoso");
    s.find("[data-testid=invitation-dialog]");
    check("invitation-dialog");
    close_dialog(s);
    s.click_until("[data-testid=invitation-remind]", "[data-testid=reminder-draft-body]");
    check("reminder-dialog");
    close_dialog(s);

    app.open_page("gdap");
    s.find("[data-testid=gdap-overview-row]");
    check("gdap");
    s.click_until("[data-testid=gdap-overview-remind]", "[data-testid=reminder-draft-body]");
    check("gdap-reminder-dialog");
    close_dialog(s);

    app.open_page("activity");
    s.find("[data-testid=activity-row]");
    check("activity");

    app.open_page("settings");
    check("settings");
}
