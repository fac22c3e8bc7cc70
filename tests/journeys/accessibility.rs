use liaison_core::{CustomerInput, PartnerType, Role};
use liaison_e2e::app::{customer, show_view};
use liaison_e2e::checks::axe_violations;
use liaison_e2e::webdriver::ESCAPE;
use liaison_e2e::App;

use crate::tour;

fn assert_axe_clean(app: &App, view: &str) {
    let violations = axe_violations(app.s());
    if !violations.is_empty() {
        app.screenshot(&format!("axe-{view}"));
    }
    assert!(violations.is_empty(), "axe-core on {view}:\n{}", violations.join("\n"));
}

#[test]
fn every_page_and_dialog_passes_axe() {
    let setup = App::fresh("axe-setup");
    setup.s().find("[data-testid=first-run]");
    assert_axe_clean(&setup, "first-run setup");
    drop(setup);

    let app = tour::app("axe");
    tour::every_view(&app, |view| assert_axe_clean(&app, view));
}

#[test]
fn focus_returns_to_the_opener_and_stays_in_the_dialog_after_next_copy_and_open_in_email() {
    let contoso = CustomerInput {
        contact_name: "Jana Nováková".into(),
        contact_email: "jana@contoso.cz".into(),
        ..customer("Contoso", "contoso.cz")
    };
    let app = App::with_data("focus", PartnerType::DirectBill, Role::GlobalAdmin, &[contoso]);
    let s = app.s();
    let focus_on = |testid: &str| {
        s.wait_until(&format!("focus on {testid} (it is on {:?})", s.focus()), || s.focus().0 == testid);
    };
    let focus_in_dialog = |after: &str| {
        s.wait_until(&format!("focus in the dialog after {after} (it is on {:?})", s.focus()), || s.focus().1);
    };

    // Escape closes a dialog, and focus goes back to the button that opened it.
    s.click_until("[data-testid=customers-add]", "[data-testid=customer-form]");
    focus_in_dialog("opening");
    s.press(ESCAPE).unwrap();
    s.wait_until("the dialog to close", || s.count("[data-testid=customer-form]") == 0);
    focus_on("customers-add");

    // Contoso has not been invited yet: it is among the prospects, not on the Customers page proper.
    show_view(s, "prospect");
    tour::open_record(s, "Contoso");
    s.click_until("[data-testid=record-request]", "[data-testid=request-dialog]");
    s.click_until("[data-testid=request-next]", "[data-testid=request-link]");
    focus_in_dialog("Next");

    s.find("[data-testid=request-copy]").click().unwrap();
    s.find("[data-testid=request-copied]");
    focus_in_dialog("Copy to clipboard");
    let copied = s.texts("[data-testid=request-copied]").remove(0);
    s.wait_until("the live region to say it was copied", || s.texts("[data-testid=live-region]") == [copied.clone()]);
    let region = s
        .execute("const r = document.querySelector('[data-testid=live-region]'); return [r.getAttribute('role'), r.getAttribute('aria-live'), r.closest('[aria-hidden=true]') === null];", vec![])
        .unwrap();
    assert_eq!(
        region,
        serde_json::json!(["status", "polite", true]),
        "a live region that a modal dialog does not hide"
    );

    s.find("[data-testid=request-open-email]").click().unwrap();
    app.wait_for_mail(1);
    focus_in_dialog("Open in email");

    // Escape still reaches the dialog. The draft left the app without Done, so it first asks
    // before the draft is lost, with focus in that question; discarding closes both, and focus
    // returns to the record's Request button.
    s.press(ESCAPE).unwrap();
    s.find("[data-testid=request-leave]").settle().unwrap();
    focus_in_dialog("Escape, asking before the handed-off draft is lost");
    s.find("[data-testid=request-leave-discard]").click().unwrap();
    s.wait_until("the request dialog to close", || s.count("[data-testid=request-dialog]") == 0);
    focus_on("record-request");

    // After Done too.
    s.click_until("[data-testid=record-request]", "[data-testid=request-dialog]");
    s.click_until("[data-testid=request-next]", "[data-testid=request-link]");
    s.find("[data-testid=request-done]").click().unwrap();
    s.wait_until("the request dialog to close", || s.count("[data-testid=request-dialog]") == 0);
    focus_on("record-request");
}
