use liaison_core::{PartnerType, Role};
use liaison_e2e::app::{customer, show_view};
use liaison_e2e::App;

#[test]
fn every_page_of_the_menu_opens_and_is_pictured() {
    let seeded = [
        customer("Contoso", "contoso.onmicrosoft.com"),
        customer("Fabrikam", "fabrikam.cz"),
        customer("Žluťoučký kůň a.s.", "kun.cz"),
    ];
    let app = App::with_data("pages", PartnerType::IndirectReseller, Role::GlobalAdmin, &seeded);
    let s = app.s();
    show_view(s, "prospect");
    s.wait_until("the customers", || s.count("[data-testid=customer-row]") == 3);
    app.screenshot("customers");
    for page in ["indirect-providers", "invitations", "gdap", "activity", "settings"] {
        app.open_page(page);
        app.screenshot(page);
    }
    assert!(s.body_text().contains("Partner profile"));
    // Even the only Global admin sees their own role read-only, with the reason.
    let role = s.find("[data-testid=profile-staffRole]");
    assert!(!role.is_enabled().unwrap(), "the role can be changed in Settings");
    let hint = s.texts("[data-testid=profile-form] .fui-Field__hint");
    assert!(hint.iter().any(|h| h.contains("Nobody can change their own role")), "{hint:?}");
    assert!(s.find("[data-testid=profile-companyName]").is_enabled().unwrap(), "the rest stays editable");
}

#[test]
fn a_direct_partner_has_no_indirect_providers_menu() {
    let app = App::with_data("direct-menu", PartnerType::DirectBill, Role::GlobalAdmin, &[]);
    let s = app.s();
    s.find("[data-testid=nav-customers]");
    assert_eq!(s.count("[data-testid=nav-indirect-providers]"), 0);
}
