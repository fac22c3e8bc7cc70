use liaison_core::{CustomerInput, Language, PartnerType, Role};
use liaison_e2e::app::{customer, decode_mailto, show_view};
use liaison_e2e::checks::{layout_problems, wait_until_still};
use liaison_e2e::{App, Session};
use serde_json::json;
use std::time::{Duration, Instant};

use crate::tour;

/// WebDriver's Tab key.
const TAB: &str = "\u{E004}";

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
    assert_eq!(value(s, "[data-testid=setup-language]"), "ru-RU");
    // One language choice at first run: the profile takes the setup's own.
    assert_eq!(s.count("[data-testid=profile-language]"), 0);
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
    // Saving an invalid form changes nothing, so a click that went unanswered may be repeated.
    s.click_until("[data-testid=customer-save]", "[data-testid=customer-form] .fui-Field__validationMessage");
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

const LANGUAGES: [(&str, &str); 5] =
    [("en-US", "Customers"), ("cs-CZ", "Zákazníci"), ("pl-PL", "Klienci"), ("hu-HU", "Ügyfelek"), ("ru-RU", "Клиенты")];

/// The two window sizes every view must fit: a common laptop's and a small one.
const SIZES: [(u32, u32); 2] = [(1280, 800), (1024, 700)];

/// Fails unless the view settles into a layout without problems. It is measured only once
/// nothing moves (a tab's indicator sliding overflows its tab for a moment, and on a loaded
/// machine that moment is long), and again after each new settling for a while: Fluent's
/// message bars and dialogs lay themselves out again a moment after they appear (a message bar
/// first tries one line).
fn assert_fits(app: &App, what: &str) {
    let start = Instant::now();
    wait_until_still(app.s());
    let mut problems = layout_problems(app.s());
    while !problems.is_empty() && start.elapsed() < Duration::from_secs(5) {
        wait_until_still(app.s());
        problems = layout_problems(app.s());
    }
    if !problems.is_empty() {
        app.screenshot(&what.replace(' ', "-"));
    }
    assert!(problems.is_empty(), "{what}: {problems:#?}");
}

#[test]
fn first_run_setup_switches_its_own_language_and_fits_in_every_language_at_both_sizes() {
    let app = App::fresh("setup-layout");
    let s = app.s();
    s.find("[data-testid=first-run]");
    s.find("[data-testid=profile-companyName]").type_text("Northwind Partners s.r.o.").unwrap();
    // A full GUID, as Partner Center shows it, fits the field.
    s.find("[data-testid=profile-tenantId]").type_text("{3F2504E0-4F89-11D3-9A0C-0305E82C3301}").unwrap();
    for (tag, _) in LANGUAGES {
        s.find("[data-testid=setup-language]").choose(tag).unwrap();
        s.wait_until(&format!("setup in {tag}"), || {
            s.execute("return document.documentElement.lang;", vec![]).is_ok_and(|v| v == tag)
        });
        assert_eq!(value(s, "[data-testid=profile-companyName]"), "Northwind Partners s.r.o.", "what was typed stays");
        for (w, h) in SIZES {
            s.set_window_size(w, h);
            assert_fits(&app, &format!("setup {tag} {w}x{h}"));
            app.screenshot(&format!("setup-{tag}-{w}x{h}"));
        }
    }
    assert!(s.body_text().contains("Добро пожаловать в Liaison"), "{}", s.body_text());
}

#[test]
fn every_page_and_dialog_fits_in_every_language_at_both_sizes() {
    let app = tour::app("layout");
    let s = app.s();
    for (tag, menu) in LANGUAGES {
        switch_to(&app, tag, menu);
        for (w, h) in SIZES {
            s.set_window_size(w, h);
            tour::every_view(&app, |view| {
                assert_fits(&app, &format!("{view} {tag} {w}x{h}"));
                if w == 1024 {
                    app.screenshot(&format!("{view}-{tag}"));
                }
                if view == "removal-dialog" {
                    let shown = s
                        .execute(
                            "const c = document.querySelector('[data-testid=removal-attest]').getBoundingClientRect(); \
                             const box = document.querySelector('[data-testid=removal-dialog]').getBoundingClientRect(); \
                             return c.top >= box.top && c.bottom <= box.bottom;",
                            vec![],
                        )
                        .unwrap();
                    assert_eq!(shown, json!(true), "{tag} {w}x{h}: the attestation is in view without scrolling");
                }
            });
        }
    }
}

#[test]
fn activity_dates_are_written_and_read_in_the_users_language_and_empty_until_set() {
    let app = tour::app("activity-dates");
    let s = app.s();
    switch_to(&app, "cs-CZ", "Zákazníci");
    app.open_page("activity");
    s.wait_until("activity rows", || s.count("[data-testid=activity-row]") > 0);
    let rows = s.count("[data-testid=activity-row]");
    assert_eq!(value(s, "[data-testid=activity-from]"), "", "an unset date is empty, not today");
    let placeholder = s.find("[data-testid=activity-from]").property("placeholder").unwrap();
    assert_eq!(placeholder, json!("DD.MM.RRRR"));
    // Typed the Czech way: day, month, year.
    let from = s.find("[data-testid=activity-from]");
    from.click().unwrap();
    from.type_text("1.2.2020").unwrap();
    // Tab leaves the field (a key, not text the field keeps), and the date picker writes the date
    // its own way.
    s.press(TAB).unwrap();
    let czech = |y: u32, m: u32, d: u32| {
        s.execute(
            "return new Intl.DateTimeFormat('cs-CZ', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(...arguments));",
            vec![json!(y), json!(m - 1), json!(d)],
        )
        .unwrap()
    };
    let (feb, jan) = (czech(2020, 2, 1), czech(2021, 1, 1));
    s.wait_until(&format!("the date written the Czech way, {feb}"), || {
        json!(value(s, "[data-testid=activity-from]")) == feb
    });
    s.wait_until("every line still listed (all are after 1 February 2020)", || {
        s.count("[data-testid=activity-row]") == rows
    });
    let to = s.find("[data-testid=activity-to]");
    to.click().unwrap();
    to.type_text("1.1.2021").unwrap();
    s.press(TAB).unwrap();
    s.wait_until(&format!("the date written the Czech way, {jan}"), || {
        json!(value(s, "[data-testid=activity-to]")) == jan
    });
    s.wait_until("no line between February 2020 and January 2021", || s.count("[data-testid=activity-row]") == 0);
}
