//! Partner Center's relationship rules through the store, on real SQLite files and PostgreSQL databases: which invitation a
//! partner sends from where, the country or region rule, the attestation kept word for word,
//! delegated admin privileges taken back, and the customer list's views.

use crate::customer::tests::input as customer;
use crate::profile::tests::input as profile;
use crate::store::tests::store;
use crate::store::workflow_tests::connected;
use crate::*;

const PARTNER_TENANT: &str = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";

async fn partner(partner_type: PartnerType) -> (Store, crate::store::fixture::Fixture) {
    let (store, dir) = store().await;
    store.save_profile(&ProfileInput { partner_type: Some(partner_type), ..profile() }).await.unwrap();
    (store, dir)
}

/// A Customers-page request for an existing customer.
fn own_request(id: i64) -> InvitationRequest {
    InvitationRequest { customer_id: Some(id), dap: true, ..InvitationRequest::default() }
}

async fn with_email(store: &Store, name: &str, domain: &str, country: &str) -> Customer {
    store
        .add_customer(&CustomerInput {
            contact_email: format!("it@{domain}"),
            country: country.into(),
            ..customer(name, domain)
        })
        .await
        .unwrap()
}

#[tokio::test]
async fn an_indirect_reseller_requests_a_relationship_with_itself_from_customers() {
    let (store, _dir) = partner(PartnerType::IndirectReseller).await;
    let c = with_email(&store, "Contoso", "contoso.cz", "CZ").await;
    let req = own_request(c.id);
    let p = store.prepare_invitation(&req).await.unwrap();
    assert_eq!(p.kind, InvitationKind::Reseller);
    assert_eq!(
        p.link,
        format!(
            "https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId={PARTNER_TENANT}\
             &msppId=0&DAP=true#/BillingAccounts/partner-invitation"
        )
    );
    assert!(!p.draft.subject.contains("provider") && p.draft.body.lines().any(|l| l == p.link));
    let inv = store.send_invitation(&req, &p.draft).await.unwrap();
    assert_eq!((inv.kind, inv.provider_id), (InvitationKind::Reseller, None));
    let session = store.session().await.unwrap();
    assert_eq!(session.invitation_kinds, vec![InvitationKind::Reseller, InvitationKind::ResellerWithProvider]);
}

#[tokio::test]
async fn the_two_party_kind_is_only_an_indirect_resellers_and_needs_a_provider() {
    let (direct, _d1) = partner(PartnerType::DirectBill).await;
    let c = with_email(&direct, "Contoso", "contoso.cz", "CZ").await;
    let two_party = InvitationRequest { kind: InvitationKind::ResellerWithProvider, ..own_request(c.id) };
    assert!(matches!(
        direct.prepare_invitation(&two_party).await,
        Err(Error::WrongState(StateConflict::ProviderInvitationNotOffered))
    ));
    assert_eq!(direct.session().await.unwrap().invitation_kinds, vec![InvitationKind::Reseller]);

    let (reseller, _d2) = partner(PartnerType::IndirectReseller).await;
    let c = with_email(&reseller, "Contoso", "contoso.cz", "CZ").await;
    let two_party = InvitationRequest { kind: InvitationKind::ResellerWithProvider, ..own_request(c.id) };
    let Err(Error::Invalid(e)) = reseller.prepare_invitation(&two_party).await else { panic!("no provider accepted") };
    assert_eq!(e.iter().map(|e| (e.field, e.rule)).collect::<Vec<_>>(), vec![(Field::Provider, Rule::Required)]);
}

#[tokio::test]
async fn a_new_contact_needs_its_email_before_any_draft_named_once() {
    let (store, _dir) = partner(PartnerType::DirectBill).await;
    let new = |email: &str, name: &str| InvitationRequest {
        new_customer: Some(CustomerInput { contact_email: email.into(), ..customer(name, "fabrikam.cz") }),
        dap: true,
        ..InvitationRequest::default()
    };
    let Err(Error::Invalid(e)) = store.prepare_invitation(&new("", "Fabrikam")).await else { panic!("drafted") };
    assert_eq!(e.iter().map(|e| (e.field, e.rule)).collect::<Vec<_>>(), vec![(Field::ContactEmail, Rule::Required)]);
    // With other broken fields, the email is still named, and only once.
    let Err(Error::Invalid(e)) = store.prepare_invitation(&new("", "!")).await else { panic!("drafted") };
    assert_eq!(e.iter().filter(|e| e.field == Field::ContactEmail).count(), 1, "{e:?}");
    assert!(e.iter().any(|e| e.field == Field::CompanyName));
    assert_eq!(
        store.prepare_invitation(&new("jana@fabrikam.cz", "Fabrikam")).await.unwrap().draft.recipient,
        "jana@fabrikam.cz"
    );
}

#[tokio::test]
async fn the_country_warning_comes_before_any_draft_and_going_on_is_recorded() {
    // The partner is in CZ (Europe).
    let (store, _dir) = partner(PartnerType::DirectBill).await;
    let inside = with_email(&store, "Contoso", "contoso.sk", "SK").await;
    let outside = with_email(&store, "Fabrikam", "fabrikam.ru", "RU").await;

    let p = store.prepare_invitation(&own_request(inside.id)).await.unwrap();
    let sent = store.send_invitation(&own_request(inside.id), &p.draft).await.unwrap();
    assert_eq!(sent.customer_id, inside.id);

    let warned = store.prepare_invitation(&own_request(outside.id)).await;
    assert!(
        matches!(&warned, Err(Error::OutsideRegion { customer, partner }) if customer == "RU" && partner == "CZ"),
        "{warned:?}"
    );
    let api = warned.unwrap_err().to_api(Language::EnUs);
    assert_eq!(api.code, ErrorCode::OutsideRegion);
    assert!(api.message.contains("in your country or in the same region"), "{}", api.message);
    // Done without having gone on is refused too: nothing is recorded past the warning.
    assert!(matches!(
        store.send_invitation(&own_request(outside.id), &p.draft).await,
        Err(Error::OutsideRegion { .. })
    ));

    let go_on = InvitationRequest { outside_region_confirmed: true, ..own_request(outside.id) };
    let p = store.prepare_invitation(&go_on).await.unwrap();
    store.send_invitation(&go_on, &p.draft).await.unwrap();

    let sent_lines = ActivityQuery { action: Some(ActivityAction::InvitationSent), ..Default::default() };
    let log = store.activity(&sent_lines).await.unwrap();
    let detail = |id: i64| log.items.iter().find(|e| e.customer_id == Some(id)).unwrap().detail.clone().unwrap();
    assert_eq!(detail(inside.id), "DAP");
    let noted = detail(outside.id);
    assert!(
        noted.starts_with("DAP · Sent after the warning") && noted.contains("(RU)") && noted.contains("(CZ)"),
        "{noted}"
    );
}

#[tokio::test]
async fn the_attestation_is_partner_centers_whole_statement_and_the_log_keeps_the_text_shown() {
    let (store, _dir) = partner(PartnerType::DirectBill).await;
    let c = connected(&store, "Contoso", "contoso.cz").await;
    let en = store.removal_check(c.id).await.unwrap().attestation;
    for part in [
        "Northwind Partners s.r.o.",
        "good faith",
        "legitimate business purpose",
        "in accordance with our agreement with our customer or partner",
        "defend and hold Microsoft harmless from and against any third-party claims to the contrary",
    ] {
        assert!(en.contains(part), "{part} missing from: {en}");
    }
    store.set_ui_language(Language::CsCz).await.unwrap();
    let cs = store.removal_check(c.id).await.unwrap().attestation;
    assert!(cs.contains("v dobré víře") && cs.contains("zákazníkem nebo partnerem"), "{cs}");

    // Nothing, or a statement the core never issued, is no attestation.
    for wrong in ["", "I attest.", &en.replace("good faith", "bad faith")] {
        assert!(
            matches!(store.remove_relationship(c.id, wrong).await, Err(Error::Invalid(e)) if e[0].field == Field::Attestation),
            "{wrong}"
        );
    }
    store.remove_relationship(c.id, &cs).await.unwrap();
    let q = ActivityQuery { action: Some(ActivityAction::RelationshipRemoved), ..Default::default() };
    let line = &store.activity(&q).await.unwrap().items[0];
    assert_eq!(line.detail.as_deref(), Some(cs.as_str()), "the exact text shown, in the language shown");
}

#[tokio::test]
async fn the_notice_draft_is_for_the_customer_or_the_partner() {
    let (store, _dir) = partner(PartnerType::DirectBill).await;
    let c = connected(&store, "Contoso", "contoso.cz").await;
    let to_customer = store.termination_notice(c.id, Some(Language::EnUs), NoticeParty::Customer).await.unwrap();
    assert_eq!(to_customer.recipient, "it@contoso.cz");
    let to_partner = store.termination_notice(c.id, Some(Language::EnUs), NoticeParty::Partner).await.unwrap();
    assert_eq!(to_partner.recipient, "", "a partner's address is not kept");
    assert!(to_partner.body.contains("As our agreement requires") && to_partner.body.contains("Contoso"));
    assert_ne!(to_partner.subject, "");
    for lang in i18n::available() {
        let d = store.termination_notice(c.id, Some(lang), NoticeParty::Partner).await.unwrap();
        assert!(d.body.contains("Northwind Partners s.r.o.") && d.body.contains("Contoso"), "{lang:?}: {}", d.body);
    }
}

#[tokio::test]
async fn the_partner_notice_names_the_customers_indirect_provider() {
    let (store, _dir) = partner(PartnerType::IndirectReseller).await;
    let provider = store
        .add_provider(&ProviderInput {
            name: "Adatum Distribution".into(),
            tenant_id: "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d".into(),
            partner_id: "4567890".into(),
            country: "CZ".into(),
        })
        .await
        .unwrap();
    let c = with_email(&store, "Contoso", "contoso.cz", "CZ").await;
    let req = InvitationRequest {
        kind: InvitationKind::ResellerWithProvider,
        provider_id: Some(provider.id),
        ..own_request(c.id)
    };
    let p = store.prepare_invitation(&req).await.unwrap();
    let inv = store.send_invitation(&req, &p.draft).await.unwrap();
    store.accept_invitation(inv.id, "").await.unwrap();
    for lang in i18n::available() {
        let d = store.termination_notice(c.id, Some(lang), NoticeParty::Partner).await.unwrap();
        let greeting = d.body.lines().next().unwrap_or_default();
        assert!(!greeting.contains("draft-"), "{lang:?}: a message id instead of words: {greeting}");
        assert!(d.body.contains("Adatum Distribution") && d.body.contains("Contoso"), "{lang:?}: {}", d.body);
    }
}

#[tokio::test]
async fn a_customer_taking_admin_privileges_back_is_noted_with_who_and_when() {
    let (store, _dir) = partner(PartnerType::DirectBill).await;
    let prospect = with_email(&store, "Fabrikam", "fabrikam.cz", "CZ").await;
    assert!(matches!(
        store.record_dap_removed(prospect.id).await,
        Err(Error::WrongState(StateConflict::NoDapToRemove))
    ));
    let c = connected(&store, "Contoso", "contoso.cz").await;
    assert!(c.dap_granted && c.dap_removal.is_none());
    let noted = store.record_dap_removed(c.id).await.unwrap();
    assert!(!noted.dap_granted);
    let removal = noted.dap_removal.clone().unwrap();
    assert_eq!(removal.by, "Jana Dvořáková");
    assert!(removal.at.ends_with('Z'));
    assert_eq!(noted.relationship, Relationship::Reseller, "the relationship itself stays");
    assert!(matches!(store.record_dap_removed(c.id).await, Err(Error::WrongState(StateConflict::NoDapToRemove))));
    let q = ActivityQuery { action: Some(ActivityAction::DapRemoved), ..Default::default() };
    let log = store.activity(&q).await.unwrap();
    assert_eq!((log.total, log.items[0].customer_id), (1, Some(c.id)));
    assert_eq!(log.items[0].description, "Noted that Contoso removed delegated admin privileges");

    // Privileges granted again through a new invitation replace the note.
    let req = own_request(c.id);
    let p = store.prepare_invitation(&req).await.unwrap();
    let inv = store.send_invitation(&req, &p.draft).await.unwrap();
    store.accept_invitation(inv.id, "").await.unwrap();
    let again = store.customer(c.id).await.unwrap();
    assert!(again.dap_granted && again.dap_removal.is_none());
}

#[tokio::test]
async fn the_customers_page_lists_reseller_customers_and_every_other_view_is_counted() {
    let (store, _dir) = partner(PartnerType::DirectBill).await;
    let reseller = connected(&store, "Contoso", "contoso.cz").await;
    let removed = connected(&store, "Adatum", "adatum.cz").await;
    store.remove_relationship(removed.id, &store.removal_check(removed.id).await.unwrap().attestation).await.unwrap();
    let invited = with_email(&store, "Fabrikam", "fabrikam.cz", "CZ").await;
    let p = store.prepare_invitation(&own_request(invited.id)).await.unwrap();
    store.send_invitation(&own_request(invited.id), &p.draft).await.unwrap();
    let prospect = store.add_customer(&customer("Tailspin", "tailspin.cz")).await.unwrap();
    store.add_customer(&customer("Tailwind", "tailwind.cz")).await.unwrap();

    let counts = store.customer_counts("").await.unwrap();
    assert_eq!(counts, CustomerCounts { reseller: 1, invited: 1, prospect: 2, removed: 1 });
    let names = |p: CustomerPage| p.items.into_iter().map(|c| c.company_name).collect::<Vec<_>>();
    let view = |relationship| CustomerQuery { relationship, ..CustomerQuery::default() };
    assert_eq!(names(store.customers(&CustomerQuery::default()).await.unwrap()), ["Contoso"], "the Customers page");
    assert_eq!(names(store.customers(&view(Relationship::Invited)).await.unwrap()), ["Fabrikam"]);
    assert_eq!(names(store.customers(&view(Relationship::Prospect)).await.unwrap()), ["Tailspin", "Tailwind"]);
    assert_eq!(names(store.customers(&view(Relationship::Removed)).await.unwrap()), ["Adatum"]);
    for r in Relationship::ALL {
        assert_eq!(store.customers(&view(*r)).await.unwrap().total, counts.of(*r), "{r:?}");
    }
    // The counts follow the search, so a match in another view is not lost.
    let found = store.customer_counts("tail").await.unwrap();
    assert_eq!(found, CustomerCounts { prospect: 2, ..CustomerCounts::default() });
    assert_eq!(store.customer_counts("contoso").await.unwrap().reseller, 1);
    // A newly added prospect is in its view at once.
    let q = CustomerQuery { search: "Tailspin".into(), ..view(Relationship::Prospect) };
    assert_eq!(store.customers(&q).await.unwrap().items[0].id, prospect.id);
    assert_eq!(reseller.relationship, Relationship::Reseller);
}

#[tokio::test]
async fn export_follows_the_view() {
    let (store, _dir) = partner(PartnerType::DirectBill).await;
    connected(&store, "Contoso", "contoso.cz").await;
    store.add_customer(&customer("Tailspin", "tailspin.cz")).await.unwrap();
    let rows = |csv: String| csv.lines().skip(1).map(str::to_owned).collect::<Vec<_>>();
    let customers = rows(store.export_customers(Relationship::Reseller).await.unwrap());
    assert_eq!(customers.len(), 1);
    assert!(customers[0].contains("Contoso") && customers[0].ends_with(",Reseller,"), "{customers:?}");
    let prospects = rows(store.export_customers(Relationship::Prospect).await.unwrap());
    assert_eq!(prospects, vec![",Tailspin,tailspin.cz,Not invited yet,".to_owned()]);
    assert!(rows(store.export_customers(Relationship::Removed).await.unwrap()).is_empty());
}
