//! Bulk requests through the store, on real SQLite files and PostgreSQL databases: one draft
//! per customer in that customer's language, the skipped ones with their reasons, the drafts
//! saved as `.eml` files and read back by a mail parser, and recording all or none.

use crate::customer::tests::input as customer;
use crate::invitation::MAX_BULK;
use crate::profile::tests::input as profile;
use crate::store::fixture::Fixture;
use crate::store::tests::{act_as, store};
use crate::*;
use mail_parser::MessageParser;

async fn partner() -> (Store, Fixture) {
    let (store, f) = store().await;
    store.save_profile(&profile()).await.unwrap();
    (store, f)
}

async fn add(store: &Store, name: &str, domain: &str, email: &str, country: &str, language: Language) -> Customer {
    let input = CustomerInput {
        contact_email: email.into(),
        contact_name: String::new(),
        country: country.into(),
        language: Some(language),
        ..customer(name, domain)
    };
    store.add_customer(&input).await.unwrap()
}

fn picked(customers: &[&Customer]) -> BulkRequest {
    BulkRequest {
        customers: CustomerSelection::Picked { ids: customers.iter().map(|c| c.id).collect() },
        kind: InvitationKind::Reseller,
        provider_id: None,
        dap: false,
        gdap: None,
    }
}

#[tokio::test]
async fn each_customer_gets_a_draft_in_its_language_and_the_rest_are_skipped_with_the_reason() {
    let (store, _f) = partner().await;
    let cz = add(&store, "Contoso s.r.o.", "contoso.cz", "jana@contoso.cz", "CZ", Language::CsCz).await;
    let ru = add(&store, "ООО «Контосо»", "kontoso.ru", "ivan@kontoso.ru", "PL", Language::RuRu).await;
    let hu = add(&store, "Fabrikam Kft.", "fabrikam.hu", "anna@fabrikam.hu", "HU", Language::HuHu).await;
    let no_email = add(&store, "Adatum", "adatum.cz", "", "CZ", Language::CsCz).await;
    let far = add(&store, "Tailspin", "tailspin.com", "bob@tailspin.com", "US", Language::EnUs).await;
    let invited = add(&store, "Woodgrove", "woodgrove.cz", "it@woodgrove.cz", "CZ", Language::CsCz).await;
    let single = InvitationRequest { customer_id: Some(invited.id), ..InvitationRequest::default() };
    let p = store.prepare_invitation(&single).await.unwrap();
    store.send_invitation(&single, &p.draft).await.unwrap();

    let req = picked(&[&cz, &ru, &hu, &no_email, &far, &invited]);
    let bulk = store.prepare_bulk(&req).await.unwrap();
    let drafted: Vec<(&str, Language, &str)> =
        bulk.drafts.iter().map(|d| (d.customer_name.as_str(), d.draft.language, d.draft.recipient.as_str())).collect();
    assert_eq!(
        drafted,
        [
            ("Contoso s.r.o.", Language::CsCz, "jana@contoso.cz"),
            ("Fabrikam Kft.", Language::HuHu, "anna@fabrikam.hu"),
            ("ООО «Контосо»", Language::RuRu, "ivan@kontoso.ru"),
        ]
    );
    for d in &bulk.drafts {
        assert_eq!(Some(&d.link), bulk.link.as_ref());
        assert!(d.draft.body.lines().any(|l| l == d.link), "{}", d.draft.body);
        assert!(d.draft.subject.contains(&d.customer_name), "{}", d.draft.subject);
    }
    let skipped: Vec<&str> = bulk.skipped.iter().map(|s| s.customer_name.as_str()).collect();
    assert_eq!(skipped, ["Adatum", "Tailspin", "Woodgrove"]);
    let reason = |n: usize| bulk.skipped[n].reason.clone();
    assert!(reason(0).contains("Contact email"), "{}", reason(0));
    assert!(reason(1).contains("country") || reason(1).contains("region"), "{}", reason(1));
    assert!(reason(2).contains("reminder"), "{}", reason(2));

    // Saved as `.eml` files: each parses back to exactly its recipient, subject and body.
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("Invitations");
    let saved = store.save_bulk_drafts(&req, &folder).await.unwrap();
    let files: Vec<&str> = saved.files.iter().map(|f| f.file.as_str()).collect();
    assert_eq!(files, ["Contoso-s-r-o.eml", "Fabrikam-Kft.eml", "ООО-Контосо.eml"]);
    for (file, d) in saved.files.iter().zip(&bulk.drafts) {
        assert_eq!(file.customer_id, d.customer_id);
        let bytes = std::fs::read(folder.join(&file.file)).unwrap();
        let message = MessageParser::default().parse(&bytes).unwrap();
        let to = message.to().and_then(|a| a.first()).and_then(|a| a.address()).unwrap();
        assert_eq!(to, d.draft.recipient);
        assert_eq!(message.subject(), Some(d.draft.subject.as_str()));
        assert_eq!(message.body_text(0).unwrap().replace("\r\n", "\n").trim_end(), d.draft.body);
        assert_eq!(message.header_raw("X-Unsent").map(str::trim), Some("1"));
    }
    assert_eq!(store.invitations(&InvitationQuery::default()).await.unwrap().total, 1, "saving records nothing");

    // One by one: a mailto: URL for a drafted customer, refused for a skipped one.
    assert!(store.bulk_draft_mailto(&req, cz.id).await.unwrap().starts_with("mailto:jana@contoso.cz?"));
    assert!(store.bulk_draft_mailto(&req, no_email.id).await.is_err());

    // Recording is all or none: a skipped customer among them records nothing.
    assert!(matches!(store.record_bulk(&req, &[cz.id, far.id]).await, Err(Error::OutsideRegion { .. })));
    assert_eq!(store.invitations(&InvitationQuery::default()).await.unwrap().total, 1);
    assert_eq!(store.record_bulk(&req, &[cz.id, ru.id]).await.unwrap(), [cz.id, ru.id]);
    let sent = store.invitations(&InvitationQuery::default()).await.unwrap().items;
    let names: Vec<&str> = sent.iter().map(|i| i.customer_name.as_str()).collect();
    assert_eq!(names, ["ООО «Контосо»", "Contoso s.r.o.", "Woodgrove"], "newest first");
    assert_eq!(sent[0].language, Language::RuRu);
    assert_eq!(sent[1].subject, bulk.drafts[0].draft.subject);
    assert_eq!(store.customer(ru.id).await.unwrap().relationship, Relationship::Invited);
    let log = store.activity(&ActivityQuery::default()).await.unwrap();
    let lines = log.items.iter().filter(|l| l.action == ActivityAction::InvitationSent).count();
    assert_eq!(lines, 3, "one line per invitation");
    // Now invited, they are skipped by the next bulk request.
    let again = store.prepare_bulk(&req).await.unwrap();
    assert_eq!(again.drafts.len(), 1);
}

#[tokio::test]
async fn all_that_match_a_search_in_a_view_and_at_most_five_hundred() {
    let (store, _f) = partner().await;
    for n in 0..3 {
        add(
            &store,
            &format!("Contoso {n}"),
            &format!("contoso{n}.cz"),
            &format!("it@contoso{n}.cz"),
            "CZ",
            Language::CsCz,
        )
        .await;
    }
    add(&store, "Fabrikam", "fabrikam.cz", "it@fabrikam.cz", "CZ", Language::CsCz).await;
    let req = BulkRequest {
        customers: CustomerSelection::Matching { search: "contoso".into(), relationship: Relationship::Prospect },
        kind: InvitationKind::Reseller,
        provider_id: None,
        dap: true,
        gdap: None,
    };
    let bulk = store.prepare_bulk(&req).await.unwrap();
    let names: Vec<&str> = bulk.drafts.iter().map(|d| d.customer_name.as_str()).collect();
    assert_eq!(names, ["Contoso 0", "Contoso 1", "Contoso 2"]);
    assert!(bulk.link.unwrap().contains("DAP=true"));

    let none = BulkRequest { customers: CustomerSelection::Picked { ids: vec![] }, ..req.clone() };
    match store.prepare_bulk(&none).await {
        Err(Error::Invalid(e)) => assert_eq!((e[0].field, e[0].rule), (Field::Customers, Rule::Required)),
        other => panic!("{other:?}"),
    }
    let many = BulkRequest { customers: CustomerSelection::Picked { ids: (1..=501).collect() }, ..req.clone() };
    match store.prepare_bulk(&many).await {
        Err(Error::Invalid(e)) => {
            assert_eq!((e[0].field, e[0].rule), (Field::Customers, Rule::TooMany { max: MAX_BULK }))
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn only_roles_that_request_relationships_request_them_in_bulk() {
    let (store, _f) = partner().await;
    let c = add(&store, "Contoso", "contoso.cz", "it@contoso.cz", "CZ", Language::CsCz).await;
    act_as(&store, Role::HelpdeskAgent).await;
    let req = picked(&[&c]);
    assert!(matches!(store.prepare_bulk(&req).await, Err(Error::Forbidden { .. })));
    assert!(matches!(store.record_bulk(&req, &[c.id]).await, Err(Error::Forbidden { .. })));
    act_as(&store, Role::SalesAgent).await;
    assert_eq!(store.record_bulk(&req, &[c.id]).await.unwrap(), [c.id]);
}

#[tokio::test]
async fn a_draft_too_long_for_a_mailto_url_is_handed_off_as_an_email_file() {
    let (store, _f) = partner().await;
    let c = add(&store, "ООО «Контосо»", "kontoso.ru", "ivan@kontoso.ru", "PL", Language::RuRu).await;
    let req = InvitationRequest { customer_id: Some(c.id), ..InvitationRequest::default() };
    let p = store.prepare_invitation(&req).await.unwrap();
    // Russian text takes six characters a letter once percent-encoded: a longer note is past
    // any platform's limit.
    let long = Draft {
        body: format!("{}\n\n{}", "Уважаемый клиент. ".repeat(120), p.draft.body), ..p.draft.clone()
    };
    assert!(matches!(store.invitation_mailto(&req, &long).await, Err(Error::MailtoTooLong { .. })));
    let (file, message) = store.invitation_eml(&req, &long).await.unwrap();
    assert_eq!(file, "ООО-Контосо.eml");
    let parsed = MessageParser::default().parse(message.as_bytes()).unwrap();
    assert_eq!(parsed.subject(), Some(long.subject.as_str()));
    assert_eq!(parsed.body_text(0).unwrap().replace("\r\n", "\n").trim_end(), long.body);
    let cut = Draft { body: long.body.replace(&p.link, ""), ..long };
    assert!(matches!(store.invitation_eml(&req, &cut).await, Err(Error::LinkRemoved)));
}

fn gdap_link(n: u32) -> String {
    format!(
        "https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/\
         5d027261-d21f-4aa9-b7db-{n:012}"
    )
}

#[tokio::test]
async fn gdap_for_many_customers_takes_one_template_and_each_customers_own_link() {
    let (store, _f) = partner().await;
    let cz = crate::store::workflow_tests::connected(&store, "Contoso", "contoso.cz").await;
    let hu = crate::store::workflow_tests::connected(&store, "Fabrikam Kft.", "fabrikam.hu").await;
    let ru = crate::store::workflow_tests::connected(&store, "Kontoso", "kontoso.ru").await;
    let selection = CustomerSelection::Picked { ids: vec![cz.id, hu.id, ru.id] };
    let mut proposed = store.propose_bulk_gdap(&selection).await.unwrap();
    let names: Vec<&str> = proposed.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["Contoso-GDAP", "Fabrikam-Kft-GDAP", "Kontoso-GDAP"]);
    proposed[0].approval_link = gdap_link(1);
    proposed[1].approval_link = gdap_link(1); // the same link twice: the second is skipped
    proposed[2].approval_link = "https://example.com/not-an-approval-link".into();
    let terms = GdapTerms {
        name: String::new(),
        duration_days: 365,
        roles: gdap::default_roles(PartnerType::DirectBill),
        auto_extend: false,
    };
    let mut req = BulkRequest {
        customers: selection,
        kind: InvitationKind::Reseller,
        provider_id: None,
        dap: false,
        gdap: Some(BulkGdap { terms, template_name: Some("Default GDAP roles".into()), relationships: proposed }),
    };
    let bulk = store.prepare_bulk(&req).await.unwrap();
    assert_eq!(bulk.link, None, "each relationship has its own link");
    let drafted: Vec<(&str, &str)> = bulk.drafts.iter().map(|d| (d.customer_name.as_str(), d.link.as_str())).collect();
    assert_eq!(drafted, [("Contoso", gdap_link(1).as_str())]);
    assert!(bulk.drafts[0].draft.body.contains("Directory Readers"), "{}", bulk.drafts[0].draft.body);
    let reasons: Vec<(&str, &str)> =
        bulk.skipped.iter().map(|s| (s.customer_name.as_str(), s.reason.as_str())).collect();
    assert_eq!(reasons.len(), 2, "{reasons:?}");
    assert!(reasons[0].0 == "Fabrikam Kft." && reasons[0].1.contains("already recorded"), "{reasons:?}");
    assert!(reasons[1].0 == "Kontoso" && reasons[1].1.contains("Approval link"), "{reasons:?}");

    // Fixed, all three drafted and recorded at once, pending approval with the template's name.
    let g = req.gdap.as_mut().unwrap();
    g.relationships[1].approval_link = gdap_link(2);
    g.relationships[2].approval_link = gdap_link(3);
    let bulk = store.prepare_bulk(&req).await.unwrap();
    assert_eq!((bulk.drafts.len(), bulk.skipped.len()), (3, 0));
    let dir = tempfile::tempdir().unwrap();
    let saved = store.save_bulk_drafts(&req, dir.path()).await.unwrap();
    assert_eq!(saved.files.len(), 3);
    assert_eq!(store.record_bulk(&req, &[cz.id, hu.id, ru.id]).await.unwrap(), [cz.id, hu.id, ru.id]);
    let made = store.admin_relationships(None).await.unwrap();
    assert_eq!(made.len(), 3);
    assert!(made.iter().all(|r| r.status == GdapStatus::PendingApproval && r.duration_days == 365));
    assert!(made.iter().all(|r| r.template_name.as_deref() == Some("Default GDAP roles")));
    // Recorded, the names and links are taken: a second try skips every customer.
    assert_eq!(store.prepare_bulk(&req).await.unwrap().drafts.len(), 0);
    let again = store.propose_bulk_gdap(&req.customers).await.unwrap();
    assert_eq!(again[0].name, "Contoso-GDAP-2");

    // Terms broken for all are refused beside their fields; a Sales agent requests no GDAP.
    let mut broken = req.clone();
    broken.gdap.as_mut().unwrap().terms.duration_days = 0;
    match store.prepare_bulk(&broken).await {
        Err(Error::Invalid(e)) => assert_eq!(e[0].field, Field::DurationDays),
        other => panic!("{other:?}"),
    }
    act_as(&store, Role::SalesAgent).await;
    assert!(matches!(store.prepare_bulk(&req).await, Err(Error::Forbidden { .. })));
    assert!(matches!(store.propose_bulk_gdap(&req.customers).await, Err(Error::Forbidden { .. })));
}
