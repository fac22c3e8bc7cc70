use liaison_core::{CustomerInput, Language, PartnerType, Role};
use liaison_e2e::app::{customer, decode_mailto, show_view};
use liaison_e2e::{App, Session};

const LINK: &str = "https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship\
                    &partnerId=3f2504e0-4f89-11d3-9a0c-0305e82c3301&msppId=0&DAP=true#/BillingAccounts/partner-invitation";

fn value(s: &Session, css: &str) -> String {
    s.find(css).property("value").unwrap().as_str().unwrap_or_default().to_owned()
}

fn switch_to(app: &App, tag: &str, customers_menu: &str) {
    app.open_page("settings");
    app.s().find("[data-testid=settings-language]").choose(tag).unwrap();
    app.s().wait_until(&format!("the menu in {tag}"), || {
        app.s().texts("[data-testid=nav-customers]").first().is_some_and(|t| t.contains(customers_menu))
    });
}

fn open_request_for(s: &Session, company: &str) {
    // The list loads anew on every visit to the page.
    s.wait_until(&format!("{company} listed"), || s.texts("[data-testid=customer-name]").iter().any(|n| n == company));
    let index = s.texts("[data-testid=customer-name]").iter().position(|n| n == company).unwrap();
    s.find_all("[data-testid=customer-expand]").unwrap()[index].click().unwrap();
    s.click_until("[data-testid=record-request]", "[data-testid=request-dialog]");
    s.click_until("[data-testid=request-next]", "[data-testid=request-link], [data-testid=request-outside-region]");
    // A customer outside the partner's country and region is warned about first; these journeys
    // go on to the draft.
    if s.count("[data-testid=request-outside-region]") > 0 {
        s.click_until("[data-testid=request-outside-region-go-on]", "[data-testid=request-link]");
    }
}

fn close_dialog(s: &Session) {
    s.find("[data-testid=request-cancel]").click().unwrap();
    // After a hand-off without Done, closing asks first; these journeys record nothing.
    s.wait_until("the dialog to close or ask", || {
        s.count("[data-testid=request-dialog]") == 0 || s.count("[data-testid=request-leave-discard]") == 1
    });
    if s.count("[data-testid=request-leave-discard]") == 1 {
        s.find("[data-testid=request-leave-discard]").click().unwrap();
    }
    s.wait_until("the dialog to close", || s.count("[data-testid=request-dialog]") == 0);
}

/// Buttons, tabs, labels and column headers whose text does not fit their box.
fn clipped(s: &Session) -> Vec<String> {
    let v = s
        .execute(
            "return [...document.querySelectorAll('button, [role=tab], label, th, h1, h2')]\
             .filter(e => e.offsetParent !== null && e.scrollWidth > e.clientWidth + 1)\
             .map(e => e.innerText);",
            vec![],
        )
        .unwrap();
    serde_json::from_value(v).unwrap()
}

fn contacts() -> Vec<CustomerInput> {
    vec![
        CustomerInput {
            contact_name: "Jana Nováková".into(),
            contact_email: "jana@contoso.cz".into(),
            ..customer("Contoso", "contoso.cz")
        },
        CustomerInput {
            contact_name: "Анна Смирнова".into(),
            contact_email: "anna@romashka.ru".into(),
            country: "RU".into(),
            language: Some(Language::RuRu),
            ..customer("Ромашка", "romashka.ru")
        },
    ]
}

#[test]
fn first_run_proposes_the_systems_language() {
    let app = App::fresh_in_locale("os-language", "ru_RU.UTF-8");
    let s = app.s();
    s.find("[data-testid=first-run]");
    assert!(s.body_text().contains("Добро пожаловать в Liaison"), "{}", s.body_text());
    assert_eq!(value(s, "[data-testid=profile-language]"), "ru-RU");
    s.find("[data-testid=profile-tenantId]").type_text("не GUID").unwrap();
    s.find("[data-testid=profile-submit]").click().unwrap();
    let tenant = s.find("[data-testid=profile-tenantId]");
    s.wait_until("a Russian message", || {
        tenant.field_message().starts_with("Идентификатор арендатора партнера: введите GUID")
    });
    app.screenshot("ru");
}

#[test]
fn czech_then_russian_without_a_restart_with_drafts_in_each_customers_language() {
    let app = App::with_data("languages", PartnerType::DirectBill, Role::GlobalAdmin, &contacts());
    let s = app.s();

    switch_to(&app, "cs-CZ", "Zákazníci");
    assert_eq!(s.texts("[data-testid=nav-settings]"), ["Nastavení"]);
    app.open_page("customers");
    // A validation message in Czech.
    s.click_until("[data-testid=customers-add]", "[data-testid=customer-form]");
    s.find("[data-testid=customer-companyName]").type_text("X").unwrap();
    s.find("[data-testid=customer-save]").click().unwrap();
    let name = s.find("[data-testid=customer-companyName]");
    s.wait_until("a Czech message", || {
        name.field_message().starts_with("Název společnosti: zadejte skutečný název společnosti")
    });
    s.execute(
        "document.querySelector('[data-testid=customer-form]').querySelector('.fui-DialogActions button').click();",
        vec![],
    )
    .unwrap();
    s.wait_until("the form to close", || s.count("[data-testid=customer-form]") == 0);

    // The Russian customer's draft is Russian, in a Czech interface, with the link intact.
    show_view(s, "prospect");
    open_request_for(s, "Ромашка");
    let subject = value(s, "[data-testid=request-draft-subject]");
    let body = value(s, "[data-testid=request-draft-body]");
    assert_eq!(
        subject,
        "Компания Northwind Partners s.r.o. приглашает компанию Ромашка установить отношения торгового посредника"
    );
    assert!(body.starts_with("Здравствуйте, Анна Смирнова!") && body.lines().any(|l| l == LINK), "{body}");
    s.find("[data-testid=request-open-email]").click().unwrap();
    let (to, mail_subject, mail_body) = decode_mailto(&app.wait_for_mail(1));
    assert_eq!((to.as_str(), mail_subject.as_str()), ("anna@romashka.ru", subject.as_str()));
    assert_eq!(mail_body, body.replace('\n', "\r\n"), "Cyrillic survives the hand-off byte for byte");
    s.find("[data-testid=request-copy]").click().unwrap();
    s.find("[data-testid=request-copied]");
    assert_eq!(app.clipboard(), format!("{subject}\n\n{body}"));
    assert!(!app.clipboard().contains('\u{2068}'), "no isolation marks leave the app");
    close_dialog(s);

    switch_to(&app, "ru-RU", "Клиенты");
    app.open_page("customers");
    show_view(s, "prospect");
    open_request_for(s, "Contoso");
    let body = value(s, "[data-testid=request-draft-body]");
    assert!(
        body.starts_with("Dobrý den,\n") && body.contains("společnosti Contoso ") && body.contains(LINK),
        "the Czech customer's draft is Czech: {body}"
    );
}

#[test]
fn every_language_lays_out_the_customers_page_and_the_request_dialog() {
    let app = App::with_data("layout", PartnerType::DirectBill, Role::GlobalAdmin, &contacts());
    let s = app.s();
    for (tag, menu) in [
        ("en-US", "Customers"),
        ("cs-CZ", "Zákazníci"),
        ("pl-PL", "Klienci"),
        ("hu-HU", "Ügyfelek"),
        ("ru-RU", "Клиенты"),
    ] {
        switch_to(&app, tag, menu);
        app.open_page("customers");
        show_view(s, "prospect");
        s.wait_until("both customers", || s.count("[data-testid=customer-row]") == 2);
        app.screenshot(&format!("customers-{tag}"));
        let page = clipped(s);
        assert!(page.is_empty(), "{tag}: clipped on the Customers page: {page:?}");
        open_request_for(s, "Contoso");
        app.screenshot(&format!("request-{tag}"));
        let dialog = clipped(s);
        assert!(dialog.is_empty(), "{tag}: clipped in the request dialog: {dialog:?}");
        close_dialog(s);
    }
}
