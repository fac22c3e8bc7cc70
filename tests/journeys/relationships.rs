use liaison_core::{
    CustomerInput, CustomerQuery, InvitationQuery, InvitationRequest, InvitationStatus, Language, PartnerType,
    ProviderInput, Relationship, Role, Store, SubscriptionInput,
};
use liaison_e2e::app::{customer, decode_mailto, show_view};
use liaison_e2e::{App, Session};

const PARTNER_TENANT: &str = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
const PROVIDER_TENANT: &str = "abd71061-1c2e-4c53-9a51-0d3f9e8b7a10";

fn direct_link(dap: bool) -> String {
    format!(
        "https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId={PARTNER_TENANT}\
         &msppId=0&DAP={dap}#/BillingAccounts/partner-invitation"
    )
}

fn value(s: &Session, css: &str) -> String {
    s.find(css).property("value").unwrap().as_str().unwrap_or_default().to_owned()
}

fn contoso() -> CustomerInput {
    CustomerInput {
        contact_name: "Jana Nováková".into(),
        contact_email: "jana@contoso.cz".into(),
        ..customer("Contoso", "contoso.cz")
    }
}

fn open_record(s: &Session, name: &str) {
    s.wait_until(&format!("{name} listed"), || s.texts("[data-testid=customer-name]").contains(&name.to_owned()));
    let index = s.texts("[data-testid=customer-name]").iter().position(|n| n == name).unwrap();
    s.find_all("[data-testid=customer-expand]").unwrap()[index].click().unwrap();
    s.find("[data-testid=customer-record]");
}

#[test]
fn a_direct_partner_requests_with_dap_through_the_mail_app_and_the_clipboard() {
    let app = App::with_data("request-dap", PartnerType::DirectBill, Role::SalesAgent, &[contoso()]);
    let s = app.s();
    // Not invited yet: a prospect, not on the Customers page proper.
    show_view(s, "prospect");
    open_record(s, "Contoso");
    s.click_until("[data-testid=record-request]", "[data-testid=request-dialog]");
    assert_eq!(s.find("[data-testid=request-dap]").property("checked").unwrap(), true, "DAP is checked by default");
    s.click_until("[data-testid=request-next]", "[data-testid=request-link]");
    assert_eq!(value(s, "[data-testid=request-link]"), direct_link(true));
    let subject = value(s, "[data-testid=request-draft-subject]");
    let body = value(s, "[data-testid=request-draft-body]");
    // The Czech customer is greeted formally, without a name Czech would have to decline.
    assert!(
        body.starts_with("Dobrý den,\n") && body.contains("společnosti Contoso ") && body.contains(&direct_link(true)),
        "{body}"
    );
    app.screenshot("draft");

    s.find("[data-testid=request-open-email]").click().unwrap();
    let (to, mail_subject, mail_body) = decode_mailto(&app.wait_for_mail(1));
    assert_eq!(to, "jana@contoso.cz");
    assert_eq!(mail_subject, subject);
    assert_eq!(mail_body, body.replace('\n', "\r\n"), "the body arrives whole, with CRLF line breaks");
    assert!(mail_body.contains(&direct_link(true)));
    let handed_off = s.find("[data-testid=request-handed-off]").text().unwrap();
    assert!(handed_off.contains("choose “Done” to record the invitation"), "{handed_off}");

    s.find("[data-testid=request-copy]").click().unwrap();
    s.find("[data-testid=request-copied]");
    assert_eq!(app.clipboard(), format!("{subject}\n\n{body}"));

    s.find("[data-testid=request-done]").click().unwrap();
    s.wait_until("the dialog to close", || s.count("[data-testid=request-dialog]") == 0);
    let invited = CustomerQuery { relationship: Relationship::Invited, ..Default::default() };
    let c = app.store(async |st| st.customers(&invited).await.unwrap().items.remove(0));
    assert_eq!(c.relationship, Relationship::Invited);
    s.wait_until("the Invited view showing Contoso", || {
        s.count("[data-testid=customers-view-invited][aria-selected=true]") == 1
            && s.texts("[data-testid=customer-name]") == ["Contoso"]
    });
    let sent = app.store(async |st| st.invitations(&InvitationQuery::default()).await.unwrap());
    assert_eq!((sent.total, sent.items[0].dap, sent.items[0].body.as_str()), (1, true, body.as_str()));
}

#[test]
fn a_draft_whose_link_was_edited_away_is_refused_until_the_link_is_back() {
    let app = App::with_data("link-removed", PartnerType::DirectBill, Role::GlobalAdmin, &[contoso()]);
    let s = app.s();
    show_view(s, "prospect");
    open_record(s, "Contoso");
    s.click_until("[data-testid=record-request]", "[data-testid=request-dialog]");
    s.click_until("[data-testid=request-next]", "[data-testid=request-link]");
    let body = s.find("[data-testid=request-draft-body]");
    body.clear_text().unwrap();
    body.type_text("Please accept our invitation in the admin center.").unwrap();
    for button in ["request-open-email", "request-copy", "request-done"] {
        // The refusal of the previous button is still shown: mark it, so only a new one counts.
        s.execute(
            "document.querySelectorAll('[data-testid=request-error]').forEach(e => e.dataset.seen = 'true');",
            vec![],
        )
        .unwrap();
        s.find(&format!("[data-testid={button}]")).click().unwrap();
        let fresh = "[data-testid=request-error][data-code=linkRemoved]:not([data-seen])";
        s.wait_until(&format!("{button} refused"), || s.texts(fresh).iter().any(|m| m.contains("link must stay")));
    }
    app.screenshot("refused");
    assert!(app.mail_log().is_empty(), "nothing was handed to the mail app");
    assert_eq!(app.store(async |st| st.invitations(&InvitationQuery::default()).await.unwrap().total), 0);

    s.find("[data-testid=request-restore-link]").click().unwrap();
    assert!(value(s, "[data-testid=request-draft-body]").ends_with(&format!("\n\n{}\n", direct_link(true))));
    s.find("[data-testid=request-done]").click().unwrap();
    s.wait_until("the dialog to close", || s.count("[data-testid=request-dialog]") == 0);
    assert_eq!(app.store(async |st| st.invitations(&InvitationQuery::default()).await.unwrap().total), 1);
}

#[test]
fn a_new_contact_is_invited_without_dap() {
    let app = App::with_data("request-no-dap", PartnerType::DirectBill, Role::GlobalAdmin, &[]);
    let s = app.s();
    s.click_until("[data-testid=customers-request]", "[data-testid=request-dialog]");
    s.find("[data-testid=request-companyName]").type_text("Fabrikam s.r.o.").unwrap();
    s.find("[data-testid=request-primaryDomain]").type_text("fabrikam.cz").unwrap();
    s.find("[data-testid=request-country]").choose("CZ").unwrap();
    s.find("[data-testid=request-contactEmail]").type_text("it@fabrikam.cz").unwrap();
    s.find("[data-testid=request-dap]").click().unwrap();
    s.wait_until("DAP unchecked", || s.find("[data-testid=request-dap]").property("checked").unwrap() == false);
    s.click_until("[data-testid=request-next]", "[data-testid=request-link]");
    assert_eq!(value(s, "[data-testid=request-link]"), direct_link(false));
    assert!(!value(s, "[data-testid=request-draft-body]").contains("delegated administration"));
    s.find("[data-testid=request-open-email]").click().unwrap();
    let (to, _, body) = decode_mailto(&app.wait_for_mail(1));
    assert_eq!(to, "it@fabrikam.cz");
    assert!(body.contains(&direct_link(false)), "{body}");
    s.find("[data-testid=request-done]").click().unwrap();
    s.wait_until("the new customer listed", || s.texts("[data-testid=customer-name]") == ["Fabrikam s.r.o."]);
    assert!(s.find("[data-testid=customer-row]").text().unwrap().contains("Invited"));
}

fn tailspin() -> ProviderInput {
    ProviderInput {
        name: "Tailspin Distribution".into(),
        tenant_id: PROVIDER_TENANT.into(),
        partner_id: "601089".into(),
        country: "CZ".into(),
    }
}

#[test]
fn an_indirect_reseller_invites_with_its_provider_and_records_acceptance() {
    let app = App::prepared("indirect", PartnerType::IndirectReseller, Role::AdminAgent, async |st: &Store| {
        st.add_provider(&tailspin()).await.unwrap();
    });
    let s = app.s();
    app.open_page("indirect-providers");
    s.click_until("[data-testid=provider-invite]", "[data-testid=request-dialog]");
    s.find("[data-testid=request-companyName]").type_text("Adatum Kft.").unwrap();
    s.find("[data-testid=request-primaryDomain]").type_text("adatum.onmicrosoft.com").unwrap();
    s.find("[data-testid=request-country]").choose("HU").unwrap();
    s.find("[data-testid=request-contactEmail]").type_text("it@adatum.hu").unwrap();
    s.click_until("[data-testid=request-next]", "[data-testid=request-link]");
    let link = value(s, "[data-testid=request-link]");
    assert_eq!(
        link,
        format!(
            "https://admin.microsoft.com/Adminportal/Home?invType=IndirectResellerRelationship&partnerId={PARTNER_TENANT}\
             &msppId=4812345&indirectCSPId={PROVIDER_TENANT}&DAP=true#/BillingAccounts/partner-invitation"
        )
    );
    let body = value(s, "[data-testid=request-draft-body]");
    assert!(body.contains("Tailspin Distribution") && body.contains("Northwind Partners"), "{body}");
    app.screenshot("two-party");
    s.find("[data-testid=request-done]").click().unwrap();
    s.wait_until("the dialog to close", || s.count("[data-testid=request-dialog]") == 0);

    app.open_page("invitations");
    s.wait_until("the invitation", || s.texts("[data-testid=invitation-customer]") == ["Adatum Kft."]);
    assert!(s.find("[data-testid=invitation-row]").text().unwrap().contains("Tailspin Distribution"));
    s.click_until("[data-testid=invitation-customer]", "[data-testid=invitation-dialog]");
    s.find("[data-testid=invitation-microsoft-id]").type_text("{11111111-2222-4333-8444-555555555555}").unwrap();
    s.find("[data-testid=invitation-accept]").click().unwrap();
    s.wait_until("the dialog to close", || s.count("[data-testid=invitation-dialog]") == 0);
    s.wait_until("accepted", || s.texts("[data-testid=invitation-status]") == ["Accepted"]);

    // Accepted: now on the Customers page proper, which lists reseller customers.
    app.open_page("customers");
    s.wait_until("Adatum among reseller customers", || s.texts("[data-testid=customer-name]") == ["Adatum Kft."]);
    open_record(s, "Adatum Kft.");
    assert_eq!(s.find("[data-testid=record-relationship]").text().unwrap(), "Reseller");
    let record = s.find("[data-testid=customer-record]").text().unwrap();
    assert!(
        record.contains("Tailspin Distribution") && record.contains("11111111-2222-4333-8444-555555555555"),
        "{record}"
    );
    // The activity log filtered to this customer.
    s.find("[data-testid=record-tab-activity]").click().unwrap();
    s.find("[data-testid=record-show-activity]").click().unwrap();
    assert_eq!(s.find("[data-testid=activity-customer]").text().unwrap(), "Adatum Kft.");
    s.wait_until("only Adatum's lines", || {
        let rows = s.texts("[data-testid=activity-row]");
        rows.len() == 3 && rows.iter().all(|r| r.contains("Adatum Kft."))
    });
    s.find("[data-testid=activity-customer]").click().unwrap();
    s.wait_until("every line again", || s.count("[data-testid=activity-row]") > 3);
}

#[test]
fn importing_partner_centers_customer_list_reconciles_a_pending_invitation() {
    let app = App::prepared("import", PartnerType::DirectBill, Role::GlobalAdmin, async |st: &Store| {
        let c = st.add_customer(&contoso()).await.unwrap();
        let req = InvitationRequest { customer_id: Some(c.id), dap: true, ..Default::default() };
        let p = st.prepare_invitation(&req).await.unwrap();
        st.send_invitation(&req, &p.draft).await.unwrap();
    });
    let s = app.s();
    let csv = app.write_file(
        "Customers.csv",
        "\u{feff}Microsoft ID,Company name,Primary domain name,Relationship,Tags\r\n\
         aaaaaaaa-1111-4222-8333-444444444444,\"Contoso, a.s.\",contoso.cz,Reseller,gold\r\n\
         bbbbbbbb-1111-4222-8333-444444444444,Wingtip Toys,wingtip.onmicrosoft.com,Reseller,\r\n\
         not-a-guid,Broken,broken.cz,Reseller,\r\n",
    );
    s.find("[data-testid=customers-import]").click().unwrap();
    assert_eq!(s.find("[data-testid=import-file-name]").text().unwrap(), "No file chosen");
    // The system's own file dialog, not a file input of the web page.
    s.find("[data-testid=import-choose]").click().unwrap();
    app.choose_in_file_dialog("Customers.csv", &csv);
    s.wait_until("the preview", || s.count("[data-testid=import-report]") == 1);
    assert_eq!(s.find("[data-testid=import-file-name]").text().unwrap(), "Customers.csv");
    let preview = s.find("[data-testid=import-report]").text().unwrap();
    assert!(
        preview.contains("New: 1") && preview.contains("Updated: 1") && preview.contains("accepted: 1"),
        "{preview}"
    );
    assert_eq!(
        s.find("[data-testid=import-format]").text().unwrap(),
        "Read as UTF-8 with byte-order mark, separated by commas."
    );
    assert!(s.find("[data-testid=import-rejected]").text().unwrap().contains("Line 4"));
    let counts = app.store(async |st| st.customer_counts("").await.unwrap());
    assert_eq!((counts.invited, counts.reseller), (1, 0), "a preview writes nothing");
    app.screenshot("preview");
    s.find("[data-testid=import-apply]").click().unwrap();
    s.wait_until("the import", || s.texts("[data-testid=import-report]").iter().any(|t| t.starts_with("Imported")));
    s.find("[data-testid=import-close]").click().unwrap();
    s.wait_until("both customers", || s.texts("[data-testid=customer-name]") == ["Contoso, a.s.", "Wingtip Toys"]);
    let sent = InvitationQuery { status: Some(InvitationStatus::Accepted), ..Default::default() };
    assert_eq!(app.store(async |st| st.invitations(&sent).await.unwrap().total), 1);
    let rows = s.texts("[data-testid=customer-row]");
    assert!(rows.iter().all(|r| r.contains("Reseller")), "{rows:?}");
}

#[test]
fn a_czech_excel_file_is_read_as_saved_and_its_line_follows_a_language_switch() {
    let app = App::prepared("import-excel", PartnerType::DirectBill, Role::GlobalAdmin, async |st: &Store| {
        st.set_ui_language(Language::CsCz).await.unwrap();
    });
    let s = app.s();
    s.find("[data-testid=customers-import]").click().unwrap();

    // Czech Excel saves Partner Center's list with semicolons in Windows-1250.
    let excel =
        std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../src-tauri/core/fixtures/csv/excel-cs-windows-1250.csv"));
    let excel = app.write_file("Customers.csv", excel.unwrap());
    s.find("[data-testid=import-choose]").click().unwrap();
    app.choose_in_file_dialog("Customers.csv", &excel);
    s.wait_until("the preview", || s.count("[data-testid=import-report]") == 1);
    assert_eq!(
        s.find("[data-testid=import-format]").text().unwrap(),
        "Načteno v kódování Windows-1250, hodnoty oddělené středníky."
    );
    s.find("[data-testid=import-apply]").click().unwrap();
    s.wait_until("the import", || s.find("[data-testid=import-report]").text().unwrap().starts_with("Importováno"));
    s.find("[data-testid=import-close]").click().unwrap();
    s.wait_until("both customers, named exactly", || {
        s.texts("[data-testid=customer-name]") == ["Dvořák; synové a.s.", "Žluťoučký kůň s.r.o."]
    });

    // The import's line is worded when shown, so it follows a language switch.
    let lines_with =
        |s: &Session, text: &str| s.texts("[data-testid=activity-row]").iter().filter(|r| r.contains(text)).count();
    app.open_page("activity");
    s.wait_until("the import's line in Czech", || lines_with(s, "Noví: 2 · Aktualizovaní: 0") == 1);
    app.open_page("settings");
    s.find("[data-testid=settings-language]").choose("en-US").unwrap();
    s.wait_until("English", || s.texts("[data-testid=nav-activity]").first().is_some_and(|t| t.contains("Activity")));
    app.open_page("activity");
    s.wait_until("the import's line in English", || {
        lines_with(s, "New: 2 · Updated: 0") == 1 && lines_with(s, "Noví") == 0
    });
}

#[test]
fn removal_is_blocked_by_an_active_subscription_then_done_with_attestation() {
    let app = App::prepared("removal", PartnerType::DirectBill, Role::GlobalAdmin, async |st: &Store| {
        let c = st.add_customer(&contoso()).await.unwrap();
        let req = InvitationRequest { customer_id: Some(c.id), dap: true, ..Default::default() };
        let p = st.prepare_invitation(&req).await.unwrap();
        let inv = st.send_invitation(&req, &p.draft).await.unwrap();
        st.accept_invitation(inv.id, "").await.unwrap();
        st.add_subscription(c.id, &SubscriptionInput { offer: "Microsoft 365 Business Premium".into(), quantity: 10 })
            .await
            .unwrap();
    });
    let s = app.s();
    open_record(s, "Contoso");
    let blocked = s.find("[data-testid=record-remove-blocked]").text().unwrap();
    assert!(blocked.contains("Microsoft 365 Business Premium") && blocked.contains("Suspend"), "{blocked}");
    let remove = s.find("[data-testid=record-remove]");
    assert!(!remove.is_enabled().unwrap(), "removal is disabled while a subscription is active");
    s.execute(
        "document.querySelector('[data-testid=record-remove-blocked]').scrollIntoView({block: 'center'}); return true;",
        vec![],
    )
    .unwrap();
    app.screenshot("blocked");

    s.find("[data-testid=record-tab-subscriptions]").click().unwrap();
    s.find("[data-testid=subscription-suspend]").click().unwrap();
    s.find("[data-testid=subscription-reactivate]");
    s.find("[data-testid=record-tab-account]").click().unwrap();
    s.wait_until("removal enabled", || s.count("[data-testid=record-remove-blocked]") == 0);
    s.click_until("[data-testid=record-remove]", "[data-testid=removal-dialog]");
    assert!(s.find("[data-testid=removal-dap]").text().unwrap().contains("remain unchanged"));
    s.find("[data-testid=removal-notice]").click().unwrap();
    assert!(value(s, "[data-testid=notice-subject]").starts_with("Výpověď"), "the notice is in the customer's Czech");
    s.find("[data-testid=notice-copy]").click().unwrap();
    s.wait_until("the notice on the clipboard", || app.clipboard().starts_with("Výpověď"));
    assert!(!s.find("[data-testid=removal-confirm]").is_enabled().unwrap(), "the attestation is required");
    app.screenshot("notice");
    s.find("[data-testid=removal-attest-label]").click().unwrap();
    s.wait_until("the confirmation enabled", || s.find("[data-testid=removal-confirm]").is_enabled().unwrap());
    app.screenshot("confirm");
    s.find("[data-testid=removal-confirm]").click().unwrap();
    s.wait_until("the customer to leave the list", || s.count("[data-testid=customer-name]") == 0);

    let c = app.store(async |st| {
        st.customers(&CustomerQuery { relationship: Relationship::Removed, ..Default::default() }).await.unwrap()
    });
    assert_eq!(c.total, 1, "the record stays");
    app.open_page("activity");
    s.wait_until("the removal in the log", || s.body_text().contains("Removed the reseller relationship with Contoso"));
    assert!(s.body_text().contains("good faith"), "the attestation is recorded");
}

#[test]
fn a_helpdesk_agent_sees_request_and_remove_disabled_with_the_reason() {
    // A Helpdesk agent can neither add nor connect a customer: the connected one is fixture data.
    let app = App::with_fixture(
        "helpdesk-relationships",
        PartnerType::DirectBill,
        Role::HelpdeskAgent,
        "INSERT INTO customers (company_name, company_key, primary_domain, country, contact_name, contact_email, \
         language, notes, relationship, dap_granted, created_at, updated_at) \
         VALUES ('Contoso', 'contoso', 'contoso.cz', 'CZ', 'Jana Nováková', 'jana@contoso.cz', 'cs-CZ', '', \
         'reseller', 1, '2026-11-02T09:00:00.000Z', '2026-11-02T09:00:00.000Z');",
    );
    let s = app.s();
    open_record(s, "Contoso");
    for control in ["customers-request", "record-request", "record-remove", "customers-import", "customers-add"] {
        let reason = s
            .execute(&format!("const b = document.querySelector('[data-testid={control}]'); return [b.disabled || b.getAttribute('aria-disabled') === 'true', b.dataset.reason || ''];"), vec![])
            .unwrap();
        assert_eq!(reason[0], true, "{control} is enabled");
        assert!(reason[1].as_str().unwrap().contains("Helpdesk agent"), "{control}: {reason}");
    }
    app.screenshot("disabled");
}
