use liaison_e2e::App;

#[test]
fn first_run_rejects_a_malformed_tenant_id_then_accepts_a_valid_profile() {
    let app = App::fresh("first-run");
    let s = app.s();
    s.find("[data-testid=first-run]");
    s.find("[data-testid=profile-companyName]").type_text("Northwind Partners s.r.o.").unwrap();
    s.find("[data-testid=profile-partnerType]").choose("direct_bill").unwrap();
    let tenant = s.find("[data-testid=profile-tenantId]");
    tenant.type_text("3f2504e0-4f89-11d3-9a0c").unwrap();
    s.find("[data-testid=profile-partnerId]").type_text("4812345").unwrap();
    s.find("[data-testid=profile-country]").choose("CZ").unwrap();
    s.find("[data-testid=profile-staffName]").type_text("Jana Dvořáková").unwrap();
    s.find("[data-testid=profile-staffRole]").choose("global_admin").unwrap();
    s.find("[data-testid=profile-submit]").click().unwrap();

    s.wait_until("the tenant ID's message", || !tenant.field_message().is_empty());
    let message = tenant.field_message();
    assert!(message.starts_with("Partner tenant ID:") && message.contains("GUID"), "{message}");
    assert_eq!(s.find("[data-testid=profile-error]").text().unwrap(), message);
    app.screenshot("invalid-tenant");
    // Nothing was saved, and nothing typed was lost.
    assert!(app.store(async |st| st.profile().await.unwrap()).is_none());
    assert_eq!(s.find("[data-testid=profile-companyName]").property("value").unwrap(), "Northwind Partners s.r.o.");

    tenant.clear_text().unwrap();
    tenant.type_text("{3F2504E0-4F89-11D3-9A0C-0305E82C3301}").unwrap();
    s.find("[data-testid=profile-submit]").click().unwrap();
    s.find("[data-testid=page-customers]");
    assert_eq!(s.find("[data-testid=partner-name]").text().unwrap(), "Northwind Partners s.r.o.");
    assert!(s.find("[data-testid=signed-in]").text().unwrap().contains("Global admin"));
    let saved = app.store(async |st| st.profile().await.unwrap()).expect("profile saved");
    assert_eq!(saved.tenant_id, "3f2504e0-4f89-11d3-9a0c-0305e82c3301");
}
