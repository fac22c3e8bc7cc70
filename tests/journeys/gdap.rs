//! GDAP admin relationships in the real app: a request from a role template through the mail
//! hand-off, recorded, marked approved, and counted on the GDAP page.

use liaison_core::{CustomerInput, GdapStatus, InvitationRequest, PartnerType, Role, RoleTemplateInput, Store};
use liaison_e2e::app::{customer, decode_mailto, show_view};
use liaison_e2e::{App, Session};

use crate::tour::open_record;

const ID: &str = "5d027261-d21f-4aa9-b7db-7fa1f56fb163";
const HELPDESK_ADMINISTRATOR: &str = "729827e3-9c14-49f7-bb1b-9608f156bbb8";
const DIRECTORY_READERS: &str = "88d8e3e3-8f55-4a1e-953a-9b9898b8876b";

fn link() -> String {
    format!("https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/{ID}")
}

fn value(s: &Session, css: &str) -> String {
    s.find(css).property("value").unwrap().as_str().unwrap_or_default().to_owned()
}

/// Contoso, a reseller customer with a contact, and a "Helpdesk" role template.
async fn seed(st: &Store) {
    let c = st
        .add_customer(&CustomerInput {
            contact_name: "Jana Nováková".into(),
            contact_email: "jana@contoso.cz".into(),
            ..customer("Contoso", "contoso.cz")
        })
        .await
        .unwrap();
    let req = InvitationRequest { customer_id: Some(c.id), dap: false, ..Default::default() };
    let p = st.prepare_invitation(&req).await.unwrap();
    let inv = st.send_invitation(&req, &p.draft).await.unwrap();
    st.accept_invitation(inv.id, "").await.unwrap();
    let helpdesk = RoleTemplateInput {
        name: "Helpdesk".into(),
        roles: vec![HELPDESK_ADMINISTRATOR.into(), DIRECTORY_READERS.into()],
    };
    st.save_role_template(None, &helpdesk).await.unwrap();
}

#[test]
fn a_gdap_request_from_a_template_goes_through_the_mail_app_is_approved_and_counted() {
    let app = App::prepared("gdap", PartnerType::DirectBill, Role::AdminAgent, seed);
    let s = app.s();
    show_view(s, "reseller");
    open_record(s, "Contoso");
    s.click_until("[data-testid=record-tab-gdap]", "[data-testid=gdap-empty]");
    s.click_until("[data-testid=gdap-request]", "[data-testid=gdap-dialog]");
    // Microsoft's default set first, then the saved template, which the user picks.
    s.wait_until("the templates", || s.texts("[data-testid=gdap-template] option").len() == 2);
    s.find("[data-testid=gdap-template]").choose("1").unwrap();
    s.wait_until("the template's two roles", || s.texts("[data-testid=gdap-roles-count]") == ["2 roles"]);
    s.wait_until("a name Microsoft accepts, proposed", || value(s, "[data-testid=gdap-name]") == "Contoso-GDAP");

    // Partner Center, where the request is created, and Microsoft's help, open in the browser.
    s.find("[data-testid=gdap-open-partner-center]").click().unwrap();
    assert_eq!(app.wait_for_page(1), "https://partner.microsoft.com/dashboard/v2/customers/list");
    s.find("[data-testid=gdap-help]").click().unwrap();
    assert_eq!(
        app.wait_for_page(2),
        "https://learn.microsoft.com/en-us/partner-center/customers/gdap-obtain-admin-permissions-to-manage-customer"
    );

    // A reseller invitation link is no approval link: named beside its field, nothing drafted.
    let reseller_link = "https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship\
                         &partnerId=3f2504e0-4f89-11d3-9a0c-0305e82c3301&msppId=0&DAP=false#/BillingAccounts/partner-invitation";
    s.find("[data-testid=gdap-link]").type_text(reseller_link).unwrap();
    s.find("[data-testid=gdap-next]").click().unwrap();
    s.wait_until("the link's rule", || {
        s.texts(".fui-Field__validationMessage").iter().any(|t| t.contains("paste the approval link"))
    });
    s.find("[data-testid=gdap-link]").clear_text().unwrap();
    s.find("[data-testid=gdap-link]").type_text(&link()).unwrap();
    s.click_until("[data-testid=gdap-next]", "[data-testid=gdap-review-link]");
    assert_eq!(value(s, "[data-testid=gdap-review-link]"), link());
    let subject = value(s, "[data-testid=gdap-draft-subject]");
    let body = value(s, "[data-testid=gdap-draft-body]");
    // Czech, the customer's language, with the two roles one to a line and the link on its own.
    assert!(body.starts_with("Dobrý den,\n"), "{body}");
    assert!(body.contains("\n• Directory Readers\n• Helpdesk Administrator\n"), "{body}");
    assert!(body.lines().any(|l| l == link()), "{body}");
    app.screenshot("gdap-draft");

    s.find("[data-testid=gdap-open-email]").click().unwrap();
    let (to, mail_subject, mail_body) = decode_mailto(&app.wait_for_mail(1));
    assert_eq!((to.as_str(), mail_subject.as_str()), ("jana@contoso.cz", subject.as_str()));
    assert_eq!(mail_body, body.replace('\n', "\r\n"));
    s.find("[data-testid=gdap-handed-off]");
    s.find("[data-testid=gdap-done]").click().unwrap();
    s.wait_until("the dialog to close", || s.count("[data-testid=gdap-dialog]") == 0);
    s.wait_until("the pending request listed", || {
        s.texts("[data-testid=gdap-row-name]") == ["Contoso-GDAP"]
            && s.count("[data-testid=gdap-status][data-status=pending_approval]") == 1
    });
    let recorded = app.store(async |st| st.admin_relationships(None).await.unwrap().remove(0));
    assert_eq!(recorded.template_name.as_deref(), Some("Helpdesk"));
    assert_eq!(recorded.roles, [DIRECTORY_READERS, HELPDESK_ADMINISTRATOR]);
    assert_eq!((recorded.relationship_id.as_str(), recorded.body.as_str()), (ID, body.as_str()));

    // Approved today (the day the dialog proposes): active from today for 730 days.
    s.click_until("[data-testid=gdap-mark-approved]", "[data-testid=gdap-approve-dialog]");
    s.find("[data-testid=gdap-approve-save]").click().unwrap();
    s.wait_until("the relationship active", || {
        s.count("[data-testid=gdap-approve-dialog]") == 0
            && s.count("[data-testid=gdap-status][data-status=active]") == 1
    });
    let approved = app.store(async |st| st.admin_relationships(None).await.unwrap().remove(0));
    assert_eq!(
        (approved.status, approved.approved_on.as_deref()),
        (GdapStatus::Active, Some(approved.requested_on.as_str()))
    );

    app.open_page("gdap");
    s.wait_until("the overview's counts", || {
        s.texts("[data-testid=gdap-count-active] [data-testid=gdap-count]") == ["1"]
            && s.texts("[data-testid=gdap-count-pending_approval] [data-testid=gdap-count]") == ["0"]
    });
    let without = s.find("[data-testid=gdap-without-active]").text().unwrap();
    assert!(without.contains("None.") && !without.contains("Contoso"), "{without}");
    s.find("[data-testid=gdap-open-partner-center]").click().unwrap();
    assert_eq!(app.wait_for_page(3), "https://partner.microsoft.com/dashboard/v2/customers/granularadminaccess/list");
    let templates = s.texts("[data-testid=gdap-template-name]");
    assert_eq!(templates, ["Default GDAP roles", "Helpdesk"]);
    app.screenshot("gdap-overview");
}
