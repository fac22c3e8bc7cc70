//! Bulk requests in the real app: three customers in three languages picked on the Customers
//! page, one without an email skipped with the reason, the drafts read one by one, saved as
//! `.eml` files through the system's save dialog (each file read back by a mail parser), and
//! recorded as sent once the user confirms.

use liaison_core::{
    BulkRequest, CustomerInput, CustomerSelection, InvitationKind, Language, PartnerType, Relationship, Role, Store,
};
use liaison_e2e::app::{customer, show_view};
use liaison_e2e::App;
use mail_parser::MessageParser;

fn prospect(name: &str, domain: &str, email: &str, country: &str, language: Language) -> CustomerInput {
    CustomerInput {
        contact_email: email.into(),
        country: country.into(),
        language: Some(language),
        ..customer(name, domain)
    }
}

async fn seed(st: &Store) {
    for c in [
        prospect("Contoso s.r.o.", "contoso.cz", "jana@contoso.cz", "CZ", Language::CsCz),
        prospect("Fabrikam Kft.", "fabrikam.hu", "anna@fabrikam.hu", "HU", Language::HuHu),
        prospect("ООО «Контосо»", "kontoso.ru", "ivan@kontoso.ru", "PL", Language::RuRu),
        prospect("Adatum", "adatum.cz", "", "CZ", Language::CsCz),
    ] {
        st.add_customer(&c).await.unwrap();
    }
}

#[test]
fn a_bulk_request_for_three_customers_in_three_languages_is_saved_as_email_files_and_recorded() {
    let app = App::prepared("bulk", PartnerType::DirectBill, Role::SalesAgent, seed);
    let s = app.s();
    show_view(s, "prospect");
    s.wait_until("the four prospects", || s.count("[data-testid=customer-row]") == 4);
    s.find("[data-testid=customers-select-page]").click().unwrap();
    s.wait_until("all four selected", || s.texts("[data-testid=customers-selected]") == ["4 customers selected"]);
    s.click_until("[data-testid=customers-request-selected]", "[data-testid=bulk-dialog]");
    s.click_until("[data-testid=bulk-next]", "[data-testid=bulk-drafts]");
    assert_eq!(
        s.texts("[data-testid=bulk-draft-customer]"),
        ["Contoso s.r.o.", "Fabrikam Kft.", "ООО «Контосо»"],
        "one draft each, by name"
    );
    assert_eq!(s.texts("[data-testid=bulk-skipped-customer]"), ["Adatum"]);
    let reason = s.texts("[data-testid=bulk-skipped-reason]").remove(0);
    assert!(reason.contains("Contact email"), "{reason}");

    // One by one: each draft whole, in its customer's language.
    s.find("[data-testid=bulk-view]").choose("one").unwrap();
    s.wait_until("the first draft", || s.texts("[data-testid=bulk-position]") == ["Draft 1 of 3"]);
    let body = |s: &liaison_e2e::Session| {
        s.find("[data-testid=bulk-one-body]").property("value").unwrap().as_str().unwrap_or_default().to_owned()
    };
    assert!(body(s).starts_with("Dobrý den,"), "{}", body(s));
    s.find("[data-testid=bulk-next-draft]").click().unwrap();
    s.wait_until("the Hungarian draft", || {
        s.texts("[data-testid=bulk-position]") == ["Draft 2 of 3"] && body(s).starts_with("Tisztelt")
    });
    app.screenshot("bulk-one-by-one");
    s.find("[data-testid=bulk-view]").choose("list").unwrap();
    s.find("[data-testid=bulk-drafts]");

    // Saved as email files in a new folder through the system's save dialog; nothing recorded yet.
    let folder = app.data_dir().join("Invitations to send");
    s.find("[data-testid=bulk-save]").click().unwrap();
    app.save_in_file_dialog("Save the drafts in a new folder", &folder);
    s.wait_until("the files saved", || {
        s.texts("[data-testid=bulk-result]").first().is_some_and(|t| t.starts_with("3 email files were saved in"))
    });
    app.screenshot("bulk-saved");
    let request = BulkRequest {
        customers: CustomerSelection::Matching { search: String::new(), relationship: Relationship::Prospect },
        kind: InvitationKind::Reseller,
        provider_id: None,
        dap: true,
        gdap: None,
    };
    let expected = app.store(async |st| st.prepare_bulk(&request).await.unwrap());
    assert_eq!(app.store(async |st| st.invitations(&Default::default()).await.unwrap().total), 0);
    let mut files: Vec<_> = std::fs::read_dir(&folder).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    assert_eq!(files.len(), 3, "{files:?}");
    for d in &expected.drafts {
        let path = folder.join(liaison_core::eml::file_name(&d.customer_name));
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let message = MessageParser::default().parse(&bytes).unwrap();
        let to = message.to().and_then(|a| a.first()).and_then(|a| a.address()).unwrap_or_default();
        assert_eq!(to, d.draft.recipient);
        assert_eq!(message.subject(), Some(d.draft.subject.as_str()));
        assert_eq!(message.body_text(0).unwrap().replace("\r\n", "\n").trim_end(), d.draft.body);
        assert_eq!(message.header_raw("X-Unsent").map(str::trim), Some("1"), "opens as a draft");
        assert!(d.draft.body.lines().any(|l| l == d.link));
    }
    let languages: Vec<Language> = expected.drafts.iter().map(|d| d.draft.language).collect();
    assert_eq!(languages, [Language::CsCz, Language::HuHu, Language::RuRu]);

    // Recorded only when the user confirms: every draft, each an invitation in its language.
    s.click_until("[data-testid=bulk-record-all]", "[data-testid=bulk-confirm-record]");
    s.find("[data-testid=bulk-confirm-record]").click().unwrap();
    s.wait_until("every draft recorded", || s.count("[data-testid=bulk-row-recorded]") == 3);
    let sent = app.store(async |st| st.invitations(&Default::default()).await.unwrap().items);
    let mut recorded: Vec<(String, Language)> = sent.iter().map(|i| (i.customer_name.clone(), i.language)).collect();
    recorded.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(
        recorded,
        [
            ("Contoso s.r.o.".to_owned(), Language::CsCz),
            ("Fabrikam Kft.".to_owned(), Language::HuHu),
            ("ООО «Контосо»".to_owned(), Language::RuRu),
        ]
    );
    s.find("[data-testid=bulk-close]").click().unwrap();
    s.wait_until("the dialog closed and the selection cleared", || {
        s.count("[data-testid=bulk-dialog]") == 0 && s.count("[data-testid=customers-selection]") == 0
    });
    show_view(s, "invited");
    s.wait_until("the three invited", || s.count("[data-testid=customer-row]") == 3);
}

#[test]
fn a_draft_too_long_for_a_mailto_url_is_saved_as_an_email_file_and_recorded() {
    let app = App::prepared("eml-single", PartnerType::DirectBill, Role::SalesAgent, async |st: &Store| {
        let c = prospect("ООО «Контосо»", "kontoso.ru", "ivan@kontoso.ru", "PL", Language::RuRu);
        st.add_customer(&c).await.unwrap();
    });
    let s = app.s();
    show_view(s, "prospect");
    crate::tour::open_record(s, "ООО «Контосо»");
    s.click_until("[data-testid=record-request]", "[data-testid=request-dialog]");
    s.click_until("[data-testid=request-next]", "[data-testid=request-link]");
    // A Russian invitation with a longer note: each Cyrillic letter is six characters in a
    // mailto: URL, and this one is past what any platform hands over whole.
    let note = "Просим Вас обратить внимание на условия сотрудничества. ".repeat(15);
    s.find("[data-testid=request-draft-body]").paste(&format!("\n\n{note}")).unwrap();
    s.find("[data-testid=request-open-email]").click().unwrap();
    s.wait_until("the draft refused as too long", || {
        s.count("[data-testid=request-error][data-code=mailtoTooLong]") == 1
    });
    assert!(app.mail_log().is_empty(), "nothing cut short reached the mail application");
    let path = app.data_dir().join("Kontoso invitation.eml");
    s.find("[data-testid=request-save-eml]").click().unwrap();
    app.save_in_file_dialog("Save the draft as an email file", &path);
    s.find("[data-testid=request-saved]");
    let value = |css: &str| s.find(css).property("value").unwrap().as_str().unwrap_or_default().to_owned();
    let (subject, body) = (value("[data-testid=request-draft-subject]"), value("[data-testid=request-draft-body]"));
    let bytes = std::fs::read(&path).unwrap();
    let message = MessageParser::default().parse(&bytes).unwrap();
    assert_eq!(message.to().and_then(|a| a.first()).and_then(|a| a.address()), Some("ivan@kontoso.ru"));
    assert_eq!(message.subject(), Some(subject.as_str()));
    assert_eq!(message.body_text(0).unwrap().replace("\r\n", "\n").trim_end(), body.trim_end());
    assert!(body.contains("Просим Вас обратить внимание"), "{body}");
    s.find("[data-testid=request-done]").click().unwrap();
    s.wait_until("the invitation recorded", || s.count("[data-testid=request-dialog]") == 0);
    let sent = app.store(async |st| st.invitations(&Default::default()).await.unwrap().items);
    assert_eq!((sent.len(), sent[0].body.as_str()), (1, body.as_str()));
}

/// A reseller customer with a contact, invited and accepted.
async fn connected(st: &Store, name: &str, domain: &str, language: Language) {
    let c = st.add_customer(&prospect(name, domain, &format!("it@{domain}"), "CZ", language)).await.unwrap();
    let req = liaison_core::InvitationRequest { customer_id: Some(c.id), ..Default::default() };
    let p = st.prepare_invitation(&req).await.unwrap();
    let inv = st.send_invitation(&req, &p.draft).await.unwrap();
    st.accept_invitation(inv.id, "").await.unwrap();
}

fn approval_link(n: u32) -> String {
    format!("https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/5d027261-d21f-4aa9-b7db-{n:012}")
}

#[test]
fn gdap_for_two_customers_from_one_template_each_with_its_own_link_is_recorded_pending() {
    let app = App::prepared("bulk-gdap", PartnerType::DirectBill, Role::AdminAgent, async |st: &Store| {
        connected(st, "Contoso", "contoso.cz", Language::CsCz).await;
        connected(st, "Fabrikam", "fabrikam.pl", Language::PlPl).await;
    });
    let s = app.s();
    show_view(s, "reseller");
    s.wait_until("the two customers", || s.count("[data-testid=customer-row]") == 2);
    s.find("[data-testid=customers-select-page]").click().unwrap();
    s.click_until("[data-testid=customers-request-selected]", "[data-testid=bulk-dialog]");
    s.find("[data-testid=bulk-what-gdap]").click().unwrap();
    s.wait_until("a name proposed for each", || {
        let names: Vec<String> = s
            .find_all("[data-testid=bulk-gdap-name]")
            .unwrap()
            .iter()
            .map(|e| e.property("value").unwrap().as_str().unwrap_or_default().to_owned())
            .collect();
        names == ["Contoso-GDAP", "Fabrikam-GDAP"]
    });
    // One link forgotten: that customer is skipped with the reason; pasted, both are drafted.
    s.find_all("[data-testid=bulk-gdap-link]").unwrap()[0].type_text(&approval_link(1)).unwrap();
    s.click_until("[data-testid=bulk-next]", "[data-testid=bulk-drafts]");
    assert_eq!(s.texts("[data-testid=bulk-draft-customer]"), ["Contoso"]);
    assert_eq!(s.texts("[data-testid=bulk-skipped-customer]"), ["Fabrikam"]);
    assert!(s.texts("[data-testid=bulk-skipped-reason]")[0].contains("Approval link"));
    s.click_until("[data-testid=bulk-back]", "[data-testid=bulk-gdap-relationships]");
    s.find_all("[data-testid=bulk-gdap-link]").unwrap()[1].type_text(&approval_link(2)).unwrap();
    s.click_until("[data-testid=bulk-next]", "[data-testid=bulk-drafts]");
    s.wait_until("both drafted", || s.texts("[data-testid=bulk-draft-customer]") == ["Contoso", "Fabrikam"]);
    app.screenshot("bulk-gdap");
    s.find_all("[data-testid=bulk-row-open]").unwrap()[1].click().unwrap();
    let (to, _, body) = liaison_e2e::app::decode_mailto(&app.wait_for_mail(1));
    assert_eq!(to, "it@fabrikam.pl");
    assert!(body.starts_with("Szanowni Państwo") || body.contains("GDAP"), "{body}");
    assert!(body.contains(&approval_link(2)), "its own link: {body}");
    s.click_until("[data-testid=bulk-record-all]", "[data-testid=bulk-confirm-record]");
    s.find("[data-testid=bulk-confirm-record]").click().unwrap();
    s.wait_until("both recorded", || s.count("[data-testid=bulk-row-recorded]") == 2);
    let made = app.store(async |st| st.admin_relationships(None).await.unwrap());
    let mut names: Vec<&str> = made.iter().map(|r| r.name.as_str()).collect();
    names.sort();
    assert_eq!(names, ["Contoso-GDAP", "Fabrikam-GDAP"]);
    assert!(made.iter().all(|r| r.template_name.as_deref() == Some("Default GDAP roles")));
    s.find("[data-testid=bulk-close]").click().unwrap();
    app.open_page("gdap");
    s.wait_until("both pending on the GDAP page", || {
        s.texts("[data-testid=gdap-count-pending_approval] [data-testid=gdap-count]") == ["2"]
    });
}
