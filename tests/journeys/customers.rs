use liaison_core::{CustomerCounts, CustomerInput, CustomerQuery, PartnerType, Relationship, Role};
use liaison_e2e::app::{customer, show_view, COMPOSITING_VAR};
use liaison_e2e::webdriver::ESCAPE;
use liaison_e2e::{App, Session};

fn listed_names(s: &Session) -> Vec<String> {
    s.texts("[data-testid=customer-name]")
}

fn add_customer(s: &Session, name: &str, domain: &str) {
    s.click_until("[data-testid=customers-add]", "[data-testid=customer-form]");
    s.find("[data-testid=customer-companyName]").type_text(name).unwrap();
    s.find("[data-testid=customer-primaryDomain]").type_text(domain).unwrap();
    s.find("[data-testid=customer-country]").choose("CZ").unwrap();
    s.find("[data-testid=customer-tags]").type_text("gold, EU").unwrap();
    s.find("[data-testid=customer-save]").click().unwrap();
    s.wait_until("the dialog to close", || s.count("[data-testid=customer-form]") == 0);
}

#[test]
fn an_added_customer_is_still_listed_after_a_restart() {
    let mut app = App::with_data("customers", PartnerType::DirectBill, Role::GlobalAdmin, &[]);
    let s = app.s();
    // The empty Customers page points to the primary action it has.
    let empty = s.find("[data-testid=customers-empty]").text().unwrap();
    assert!(empty.contains("Request a reseller relationship"), "{empty}");
    add_customer(s, "Contoso Ltd.", "contoso.onmicrosoft.com");
    // A customer added without an invitation is a prospect: its view is shown at once.
    s.wait_until("the new customer among prospects", || {
        listed_names(s) == ["Contoso Ltd."] && s.count("[data-testid=customers-view-prospect][aria-selected=true]") == 1
    });
    app.screenshot("after-add");

    app.restart();
    let s = app.s();
    show_view(s, "prospect");
    s.wait_until("the customer after a restart", || listed_names(s) == ["Contoso Ltd."]);
    let row = s.find("[data-testid=customer-row]").text().unwrap();
    assert!(row.contains("contoso.onmicrosoft.com") && row.contains("gold"), "{row}");
    let prospects = CustomerQuery { relationship: Relationship::Prospect, ..Default::default() };
    let stored = app.store(async |st| st.customers(&prospects).await.unwrap());
    assert_eq!(stored.items[0].tags, vec!["EU", "gold"]);
}

#[test]
fn an_invalid_customer_gets_field_messages_and_saves_nothing() {
    let app = App::with_data("customer-invalid", PartnerType::DirectBill, Role::GlobalAdmin, &[]);
    let s = app.s();
    s.click_until("[data-testid=customers-add]", "[data-testid=customer-form]");
    s.find("[data-testid=customer-companyName]").type_text("Contoso").unwrap();
    let domain = s.find("[data-testid=customer-primaryDomain]");
    domain.type_text("contoso").unwrap();
    let email = s.find("[data-testid=customer-contactEmail]");
    email.type_text("someone@microsoft.com").unwrap();
    s.find("[data-testid=customer-save]").click().unwrap();
    s.wait_until("the domain's message", || domain.field_message().starts_with("Primary domain:"));
    assert!(email.field_message().starts_with("Contact email:"), "{}", email.field_message());
    app.screenshot("invalid");
    assert_eq!(app.store(async |st| st.customer_counts("").await.unwrap()), CustomerCounts::default());
}

#[test]
fn a_company_name_with_a_direction_override_is_refused_with_its_field_named() {
    let app = App::with_data("customer-bidi", PartnerType::DirectBill, Role::GlobalAdmin, &[]);
    let s = app.s();
    s.find("[data-testid=customers-add]").click().unwrap();
    let name = s.find("[data-testid=customer-companyName]");
    name.type_text("\u{202E}exe.Contoso").unwrap();
    assert_eq!(name.property("value").unwrap(), "\u{202E}exe.Contoso", "the override was not typed");
    s.find("[data-testid=customer-primaryDomain]").type_text("contoso.cz").unwrap();
    s.find("[data-testid=customer-country]").choose("CZ").unwrap();
    s.find("[data-testid=customer-save]").click().unwrap();
    s.wait_until("the company name's message", || !name.field_message().is_empty());
    assert_eq!(
        name.field_message(),
        "Company name: contains an invisible or text-direction control character (U+202E); remove it."
    );
    app.screenshot("override-refused");
    assert_eq!(app.store(async |st| st.customers(&CustomerQuery::default()).await.unwrap().total), 0);

    // A right-to-left name without controls is a name like any other, isolated where it is shown.
    name.clear_text().unwrap();
    name.type_text("שלום בע\"מ").unwrap();
    s.find("[data-testid=customer-save]").click().unwrap();
    s.wait_until("the dialog to close", || s.count("[data-testid=customer-form]") == 0);
    s.wait_until("the customer listed", || listed_names(s) == ["שלום בע\"מ"]);
    assert_eq!(s.find("[data-testid=customer-name]").property("dir").unwrap(), "auto");
}

#[test]
fn search_narrows_the_list() {
    // Drawn as the app chooses for this machine (without OpenGL compositing where there is no
    // graphics card, as on the test machines), where every other journey asks for compositing
    // to take its screenshots: the list, its search, sorting and a dialog work drawn either way.
    let seeded = [
        customer("Contoso", "contoso.onmicrosoft.com"),
        customer("Fabrikam", "fabrikam.cz"),
        customer("Adatum", "adatum.hu"),
    ];
    let app = App::prepared_with_env(
        "search",
        &[(COMPOSITING_VAR, "auto")],
        PartnerType::DirectBill,
        Role::GlobalAdmin,
        async |store| {
            for c in &seeded {
                store.add_customer(c).await.expect("seed customer");
            }
        },
    );
    let s = app.s();
    show_view(s, "prospect");
    s.wait_until("all three customers", || listed_names(s) == ["Adatum", "Contoso", "Fabrikam"]);
    let search = s.find("[data-testid=customers-search]");
    search.type_text("brik").unwrap();
    s.wait_until("only Fabrikam", || listed_names(s) == ["Fabrikam"]);
    search.clear_text().unwrap();
    search.type_text(".cz").unwrap();
    s.wait_until("the .cz domain", || listed_names(s) == ["Fabrikam"]);
    search.clear_text().unwrap();
    search.type_text("nothing like it").unwrap();
    s.find("[data-testid=customers-empty]");
    search.clear_text().unwrap();
    s.wait_until("everyone again", || listed_names(s).len() == 3);
    s.find("[data-testid=sort-companyName]").click().unwrap();
    s.wait_until("descending order", || listed_names(s) == ["Fabrikam", "Contoso", "Adatum"]);
    s.click_until("[data-testid=customers-add]", "[data-testid=customer-form]");
    s.press(ESCAPE).unwrap();
    s.wait_until("the dialog to close", || s.count("[data-testid=customer-form]") == 0);
}

#[test]
fn a_name_made_of_markup_is_shown_as_text_and_runs_nothing() {
    let app = App::with_data("markup", PartnerType::DirectBill, Role::GlobalAdmin, &[]);
    let s = app.s();
    let name = "<img src=x onerror=alert(1)>";
    add_customer(s, name, "evil.example");
    s.wait_until("the customer listed", || listed_names(s) == [name]);
    assert!(s.alert_text().is_none(), "an alert opened");
    let images =
        s.execute("return document.querySelectorAll('[data-testid=customers-table] img').length;", vec![]).unwrap();
    assert_eq!(images, 0);
    app.open_page("activity");
    s.wait_until("the activity line", || s.body_text().contains(&format!("Added customer {name}")));
    assert!(s.alert_text().is_none(), "an alert opened");
}

#[test]
fn a_helpdesk_agent_cannot_add_customers_and_is_told_why() {
    let app = App::with_data("helpdesk", PartnerType::DirectBill, Role::HelpdeskAgent, &[]);
    let s = app.s();
    let add = s.find("[data-testid=customers-add]");
    assert!(!add.is_enabled().unwrap() || add.property("ariaDisabled").unwrap() == "true");
    let reason =
        s.execute("return document.querySelector('[data-testid=customers-add]').dataset.reason;", vec![]).unwrap();
    assert!(reason.as_str().unwrap_or_default().contains("Helpdesk agent"), "{reason}");
    app.open_page("settings");
    assert!(s.find("[data-testid=settings-profile-locked]").text().unwrap().contains("Global admin"));
}

#[test]
fn a_save_over_a_change_made_meanwhile_names_who_made_it_and_keeps_what_was_typed() {
    let app = App::with_data(
        "customer-conflict",
        PartnerType::DirectBill,
        Role::GlobalAdmin,
        &[customer("Contoso", "contoso.cz")],
    );
    let s = app.s();
    show_view(s, "prospect");
    s.wait_until("Contoso listed", || listed_names(s) == ["Contoso"]);
    s.find("[data-testid=customer-expand]").click().unwrap();
    s.click_until("[data-testid=record-edit]", "[data-testid=customer-form]");
    let notes = s.find("[data-testid=customer-notes]");
    notes.type_text("Call after the audit").unwrap();

    // Meanwhile the same customer is saved elsewhere, through the core on the same database.
    let prospects = CustomerQuery { relationship: Relationship::Prospect, ..Default::default() };
    app.store(async |st| {
        let c = st.customers(&prospects).await.unwrap().items.remove(0);
        let elsewhere = CustomerInput { contact_name: "Petr Novák".into(), ..customer("Contoso", "contoso.cz") };
        st.update_customer(c.id, c.version, &elsewhere).await.unwrap();
    });

    s.find("[data-testid=customer-save]").click().unwrap();
    s.wait_until("the conflict message", || {
        s.texts("[data-testid=customer-error]")
            .first()
            .is_some_and(|t| t.starts_with("This customer was changed after"))
    });
    let message = s.find("[data-testid=customer-error]").text().unwrap();
    assert!(message.contains("by Jana Dvořáková, at 20"), "{message}");
    assert_eq!(notes.property("value").unwrap(), "Call after the audit", "the typed notes were kept");
    app.screenshot("conflict");
    let stored = app.store(async |st| st.customers(&prospects).await.unwrap().items.remove(0));
    assert_eq!((stored.notes.as_str(), stored.contact_name.as_str()), ("", "Petr Novák"), "nothing was overwritten");

    // Saving again knowingly replaces that change with what was typed.
    s.find("[data-testid=customer-save]").click().unwrap();
    s.wait_until("the form to close", || s.count("[data-testid=customer-form]") == 0);
    let stored = app.store(async |st| st.customers(&prospects).await.unwrap().items.remove(0));
    assert_eq!(stored.notes, "Call after the audit");
}

#[test]
fn a_view_and_the_activity_log_are_exported_where_the_user_chooses() {
    let app = App::with_data(
        "export",
        PartnerType::DirectBill,
        Role::GlobalAdmin,
        &[customer("Fabrikam", "fabrikam.cz"), customer("Contoso", "contoso.cz")],
    );
    let s = app.s();
    show_view(s, "prospect");
    s.wait_until("both listed", || listed_names(s).len() == 2);
    let dest = app.data_dir().with_file_name("Prospects.csv");
    s.find("[data-testid=customers-export]").click().unwrap();
    app.save_in_file_dialog("Export customers", &dest);
    s.wait_until("the saved file reported", || s.body_text().contains("Prospects.csv"));
    let file = std::fs::read_to_string(&dest).unwrap();
    let lines: Vec<&str> = file.lines().collect();
    assert_eq!(lines.len(), 3, "{file}");
    assert!(lines[1].contains("Contoso,contoso.cz") && lines[2].contains("Fabrikam,fabrikam.cz"), "{file}");
    assert_eq!(file, app.store(async |st| st.export_customers(Relationship::Prospect).await.unwrap()));

    app.open_page("activity");
    let log = app.data_dir().with_file_name("Activity.csv");
    s.find("[data-testid=activity-export]").click().unwrap();
    app.save_in_file_dialog("Export CSV", &log);
    s.wait_until("the saved log reported", || s.body_text().contains("Activity.csv"));
    let text = std::fs::read_to_string(&log).unwrap();
    assert_eq!(text.lines().count(), 4, "the header, the profile and two customers: {text}");
    assert!(text.contains("Contoso") && text.contains("Fabrikam"), "{text}");
}
