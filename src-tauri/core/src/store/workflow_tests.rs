//! The relationship workflows end to end through the store, on real SQLite files and PostgreSQL databases.

use crate::customer::tests::input as customer;
use crate::profile::tests::input as profile;
use crate::store::tests::{act_as, store};
use crate::*;

/// A store whose first-run setup was made by a staff member with `role`.
async fn partner(partner_type: PartnerType, cloud: Cloud, role: Role) -> (Store, crate::store::fixture::Fixture) {
    let (store, dir) = store().await;
    let input =
        ProfileInput { partner_type: Some(partner_type), cloud: Some(cloud), staff_role: Some(role), ..profile() };
    store.save_profile(&input).await.unwrap();
    (store, dir)
}

fn for_customer(id: i64, dap: bool) -> InvitationRequest {
    InvitationRequest { customer_id: Some(id), dap, ..InvitationRequest::default() }
}

fn with_recipient(d: &Draft, to: &str) -> Draft {
    Draft { recipient: to.into(), ..d.clone() }
}

#[tokio::test]
async fn a_direct_partner_invites_and_records_acceptance() {
    let (store, _dir) = partner(PartnerType::DirectBill, Cloud::Public, Role::GlobalAdmin).await;
    let c = store.add_customer(&customer("Contoso", "contoso.cz")).await.unwrap();
    let req = for_customer(c.id, false);
    let p = store.prepare_invitation(&req).await.unwrap();
    assert!(
        p.link.contains("invType=ResellerRelationship")
            && p.link.ends_with("&DAP=false#/BillingAccounts/partner-invitation")
    );
    assert_eq!(p.draft.language, Language::CsCz, "the customer's language");
    assert_eq!(p.draft.recipient, "", "no contact email yet");
    assert!(!p.dap_forced);

    // No recipient: named; link edited away: refused, and nothing recorded.
    let no_to = store.send_invitation(&req, &p.draft).await;
    assert!(matches!(no_to, Err(Error::Invalid(e)) if e[0].field == Field::Recipient));
    let edited = Draft { body: p.draft.body.replace(&p.link, "(link)"), ..with_recipient(&p.draft, "it@contoso.cz") };
    assert!(matches!(store.send_invitation(&req, &edited).await, Err(Error::LinkRemoved)));
    assert!(matches!(store.invitation_mailto(&req, &edited).await, Err(Error::LinkRemoved)));
    assert!(matches!(store.invitation_clipboard(&req, &edited).await, Err(Error::LinkRemoved)));
    // A direction override typed into the subject: named, and nothing leaves.
    let reversed =
        Draft { subject: format!("{}\u{202e}", p.draft.subject), ..with_recipient(&p.draft, "it@contoso.cz") };
    for refused in [
        store.send_invitation(&req, &reversed).await.map(|_| ()),
        store.invitation_mailto(&req, &reversed).await.map(|_| ()),
        store.invitation_clipboard(&req, &reversed).await.map(|_| ()),
    ] {
        assert!(matches!(&refused, Err(Error::Invalid(e)) if e[0].field == Field::Subject), "{refused:?}");
    }
    assert_eq!(store.invitations(&InvitationQuery::default()).await.unwrap().total, 0);

    let draft = with_recipient(&p.draft, "it@contoso.cz");
    let url = store.invitation_mailto(&req, &draft).await.unwrap();
    assert!(url.starts_with("mailto:it@contoso.cz?subject="));
    let inv = store.send_invitation(&req, &draft).await.unwrap();
    assert_eq!((inv.status, inv.dap, inv.age_days), (InvitationStatus::Sent, false, 0));
    assert_eq!(inv.link, p.link);
    let c = store.customer(c.id).await.unwrap();
    assert_eq!((c.relationship, c.contact_email.as_str()), (Relationship::Invited, "it@contoso.cz"));

    let mid = "{AAAAAAAA-1111-4222-8333-444444444444}";
    let accepted = store.accept_invitation(inv.id, mid).await.unwrap();
    assert_eq!(accepted.status, InvitationStatus::Accepted);
    let c = store.customer(c.id).await.unwrap();
    assert_eq!(c.relationship, Relationship::Reseller);
    assert_eq!(c.microsoft_id.as_deref(), Some("aaaaaaaa-1111-4222-8333-444444444444"));
    assert!(!c.dap_granted);
    assert!(matches!(
        store.accept_invitation(inv.id, "").await,
        Err(Error::WrongState(StateConflict::InvitationClosed))
    ));
    let sent = InvitationQuery { status: Some(InvitationStatus::Sent), ..Default::default() };
    assert_eq!(store.invitations(&sent).await.unwrap().total, 0);
}

#[tokio::test]
async fn a_new_contact_becomes_a_customer_only_when_the_invitation_is_sent() {
    let (store, _dir) = partner(PartnerType::IndirectProvider, Cloud::Public, Role::SalesAgent).await;
    let new = CustomerInput {
        contact_name: "Jana Nováková".into(),
        contact_email: "jana@fabrikam.cz".into(),
        ..customer("Fabrikam", "fabrikam.cz")
    };
    let req = InvitationRequest { new_customer: Some(new), dap: true, ..Default::default() };
    let p = store.prepare_invitation(&req).await.unwrap();
    // The new contact is the draft's recipient (a Czech greeting names nobody: no safe vocative).
    assert_eq!(p.draft.recipient, "jana@fabrikam.cz");
    assert!(p.draft.body.contains("Fabrikam"), "{}", p.draft.body);
    assert_eq!(store.customer_counts("").await.unwrap(), CustomerCounts::default());
    store.send_invitation(&req, &p.draft).await.unwrap();
    let invited = CustomerQuery { relationship: Relationship::Invited, ..CustomerQuery::default() };
    let list = store.customers(&invited).await.unwrap();
    assert_eq!(list.items[0].relationship, Relationship::Invited);
    // The same contact cannot be added twice.
    assert!(
        matches!(store.prepare_invitation(&req).await, Err(Error::Invalid(e)) if e[0].field == Field::PrimaryDomain)
    );
}

#[tokio::test]
async fn an_indirect_reseller_invites_with_its_provider() {
    let (store, _dir) = partner(PartnerType::IndirectReseller, Cloud::Public, Role::GlobalAdmin).await;
    let c = store
        .add_customer(&CustomerInput { contact_email: "it@adatum.hu".into(), ..customer("Adatum", "adatum.hu") })
        .await
        .unwrap();
    let two_party = InvitationRequest { kind: InvitationKind::ResellerWithProvider, ..for_customer(c.id, true) };
    let no_provider = store.prepare_invitation(&two_party).await;
    assert!(matches!(no_provider, Err(Error::Invalid(e)) if e[0].field == Field::Provider));
    let provider = store
        .add_provider(&ProviderInput {
            name: "Tailspin Distribution".into(),
            tenant_id: "ABD71061-1C2E-4C53-9A51-0D3F9E8B7A10".into(),
            partner_id: "601089".into(),
            country: "HU".into(),
        })
        .await
        .unwrap();
    let req = InvitationRequest { provider_id: Some(provider.id), ..two_party };
    let p = store.prepare_invitation(&req).await.unwrap();
    assert_eq!(p.kind, InvitationKind::ResellerWithProvider);
    assert!(p.link.contains("invType=IndirectResellerRelationship&partnerId=3f2504e0-4f89-11d3-9a0c-0305e82c3301&msppId=4812345&indirectCSPId=abd71061-1c2e-4c53-9a51-0d3f9e8b7a10&DAP=true"));
    assert!(p.draft.body.contains("Tailspin Distribution") && p.draft.subject.contains("Tailspin Distribution"));
    let inv = store.send_invitation(&req, &p.draft).await.unwrap();
    assert_eq!(inv.provider_name.as_deref(), Some("Tailspin Distribution"));
    store.accept_invitation(inv.id, "").await.unwrap();
    let c = store.customer(c.id).await.unwrap();
    assert_eq!((c.provider_name.as_deref(), c.dap_granted), (Some("Tailspin Distribution"), true));
}

#[tokio::test]
async fn the_germany_cloud_always_requests_dap_at_its_own_host() {
    let (store, _dir) = partner(PartnerType::DirectBill, Cloud::Germany, Role::GlobalAdmin).await;
    let c = store.add_customer(&customer("Contoso", "contoso.de")).await.unwrap();
    let p = store.prepare_invitation(&for_customer(c.id, false)).await.unwrap();
    assert!(p.dap && p.dap_forced);
    assert!(p.link.starts_with("https://portal.office.de/Adminportal/Home?") && p.link.contains("DAP=true"));
    assert!(p.draft.body.contains("Microsoft Cloud Německo"), "in the customer's Czech: {}", p.draft.body);
}

#[tokio::test]
async fn cancelling_the_only_invitation_makes_the_customer_a_prospect_again() {
    let (store, _dir) = partner(PartnerType::DirectBill, Cloud::Public, Role::GlobalAdmin).await;
    let c = store
        .add_customer(&CustomerInput { contact_email: "a@contoso.cz".into(), ..customer("Contoso", "contoso.cz") })
        .await
        .unwrap();
    let req = for_customer(c.id, true);
    let p = store.prepare_invitation(&req).await.unwrap();
    let inv = store.send_invitation(&req, &p.draft).await.unwrap();
    store.cancel_invitation(inv.id).await.unwrap();
    assert_eq!(store.customer(c.id).await.unwrap().relationship, Relationship::Prospect);
    assert!(store.sent_invitation_clipboard(inv.id).await.unwrap().starts_with(&inv.subject));
}

#[tokio::test]
async fn a_helpdesk_agent_may_not_invite_or_remove() {
    let (admin, dir) = partner(PartnerType::DirectBill, Cloud::Public, Role::GlobalAdmin).await;
    let c = admin.add_customer(&customer("Contoso", "contoso.cz")).await.unwrap();
    act_as(&admin, Role::HelpdeskAgent).await;
    let r = admin.prepare_invitation(&for_customer(c.id, true)).await;
    assert!(matches!(r, Err(Error::Forbidden { action: Action::RequestRelationship, .. })));
    assert!(matches!(admin.remove_relationship(c.id, "").await, Err(Error::Forbidden { .. })));
    let check = admin.removal_check(c.id).await.unwrap();
    assert!(!check.allowed && check.reason.unwrap().contains("Helpdesk agent"));
    drop(dir);
}

/// A customer in the partner's country with a contact, invited and accepted: a reseller customer.
pub(super) async fn connected(store: &Store, name: &str, domain: &str) -> Customer {
    let c = store
        .add_customer(&CustomerInput { contact_email: format!("it@{domain}"), ..customer(name, domain) })
        .await
        .unwrap();
    let req = for_customer(c.id, true);
    let p = store.prepare_invitation(&req).await.unwrap();
    let inv = store.send_invitation(&req, &p.draft).await.unwrap();
    store.accept_invitation(inv.id, "").await.unwrap();
    store.customer(c.id).await.unwrap()
}

#[tokio::test]
async fn removal_waits_for_suspended_subscriptions_and_an_attestation() {
    let (store, _dir) = partner(PartnerType::DirectBill, Cloud::Public, Role::AdminAgent).await;
    let c = connected(&store, "Contoso", "contoso.cz").await;
    let sub = store
        .add_subscription(c.id, &SubscriptionInput { offer: "Microsoft 365 Business Premium".into(), quantity: 25 })
        .await
        .unwrap();
    assert!(store.add_subscription(c.id, &SubscriptionInput { offer: "".into(), quantity: 0 }).await.is_err());

    let check = store.removal_check(c.id).await.unwrap();
    assert!(!check.allowed);
    assert_eq!(check.active_subscriptions.len(), 1);
    assert!(check.reason.unwrap().contains("Microsoft 365 Business Premium"));
    assert!(matches!(
        store.remove_relationship(c.id, &check.attestation).await,
        Err(Error::ActiveSubscriptions(s)) if s.len() == 1
    ));

    store.set_subscription_status(sub.id, SubscriptionStatus::Suspended).await.unwrap();
    let check = store.removal_check(c.id).await.unwrap();
    assert!(check.allowed && check.attestation.contains("good faith"));
    assert!(
        matches!(store.remove_relationship(c.id, "").await, Err(Error::Invalid(e)) if e[0].field == Field::Attestation)
    );
    store.remove_relationship(c.id, &check.attestation).await.unwrap();

    assert_eq!(store.customers(&CustomerQuery::default()).await.unwrap().total, 0, "left the Customers page");
    assert_eq!(store.customer(c.id).await.unwrap().relationship, Relationship::Removed, "the record stays");
    let log = store.activity(&ActivityQuery { customer_id: Some(c.id), ..Default::default() }).await.unwrap();
    let removal = &log.items[0];
    assert_eq!(removal.action, ActivityAction::RelationshipRemoved);
    assert!(removal.detail.as_deref().unwrap().contains("good faith"));
    assert_eq!(removal.actor_role, Role::AdminAgent);
    assert!(log.total >= 5, "its history stays");
}

#[tokio::test]
async fn the_notice_draft_names_both_parties_and_keeps_dap_in_place() {
    let (store, _dir) = partner(PartnerType::DirectBill, Cloud::Public, Role::GlobalAdmin).await;
    let c = connected(&store, "Contoso", "contoso.cz").await;
    let notice = store.termination_notice(c.id, Some(Language::EnUs), NoticeParty::Customer).await.unwrap();
    assert!(notice.subject.contains("Contoso") && notice.subject.contains("Northwind"));
    assert!(notice.body.contains("remain in place"));
    assert!(store.notice_mailto(&notice).await.unwrap().starts_with("mailto:it@contoso.cz?"));
}

#[tokio::test]
async fn users_and_licences() {
    let (store, _dir) = partner(PartnerType::DirectBill, Cloud::Public, Role::GlobalAdmin).await;
    let c = connected(&store, "Contoso", "contoso.cz").await;
    let u = UserInput {
        display_name: "Eva Malá".into(),
        user_principal_name: "eva@Contoso.CZ".into(),
        licences: vec!["Microsoft 365 E3".into()],
    };
    let added = store.add_user(c.id, &u).await.unwrap();
    assert_eq!((added.user_principal_name.as_str(), added.licences.len()), ("eva@contoso.cz", 1));
    assert!(matches!(store.add_user(c.id, &u).await, Err(Error::Invalid(e)) if e[0].rule == Rule::UserTaken));
}

#[tokio::test]
async fn importing_customers_csv_reconciles_a_pending_invitation() {
    let (store, _dir) = partner(PartnerType::DirectBill, Cloud::Public, Role::SalesAgent).await;
    let pending = store
        .add_customer(&CustomerInput { contact_email: "it@contoso.cz".into(), ..customer("Contoso", "contoso.cz") })
        .await
        .unwrap();
    let req = for_customer(pending.id, true);
    let p = store.prepare_invitation(&req).await.unwrap();
    store.send_invitation(&req, &p.draft).await.unwrap();
    store.add_customer(&customer("Fabrikam", "fabrikam.cz")).await.unwrap();

    // A BOM, columns in another order, quoted commas, CRLF, and two bad rows.
    let csv = "\u{feff}Company name,Primary domain name,Microsoft ID,Relationship,Tags\r\n\
        \"Contoso, a.s.\",contoso.cz,11111111-2222-4333-8444-555555555555,Reseller,gold\r\n\
        Fabrikam,fabrikam.cz,22222222-2222-4333-8444-555555555555,Reseller,\r\n\
        Adatum Kft.,adatum.onmicrosoft.com,33333333-2222-4333-8444-555555555555,Reseller,\"eu;vip\"\r\n\
        Broken,broken.cz,not-a-guid,Reseller,\r\n\
        X,,44444444-2222-4333-8444-555555555555,Reseller,\r\n";
    let preview = super::import::import_text(&store, csv, false).await.unwrap();
    assert!(!preview.applied);
    assert_eq!((preview.added, preview.updated, preview.matched, preview.rejected.len()), (1, 2, 1, 2));
    let counts = store.customer_counts("").await.unwrap();
    assert_eq!((counts.invited, counts.prospect, counts.reseller), (1, 1, 0), "a preview writes nothing");

    let done = super::import::import_text(&store, csv, true).await.unwrap();
    assert_eq!((done.added, done.updated, done.matched), (1, 2, 1));
    assert_eq!(done.rejected[0].line, 5);
    assert!(done.rejected[0].reasons[0].starts_with("Microsoft ID:"), "{:?}", done.rejected[0]);
    assert_eq!(done.rejected[1].reasons.len(), 2, "{:?}", done.rejected[1]);
    let contoso = store.customer(pending.id).await.unwrap();
    assert_eq!(contoso.relationship, Relationship::Reseller);
    assert!(contoso.dap_granted);
    assert_eq!(contoso.company_name, "Contoso, a.s.");
    assert_eq!(contoso.microsoft_id.as_deref(), Some("11111111-2222-4333-8444-555555555555"));
    let sent = InvitationQuery { status: Some(InvitationStatus::Sent), ..Default::default() };
    assert_eq!(store.invitations(&sent).await.unwrap().total, 0);

    let again = super::import::import_text(&store, csv, true).await.unwrap();
    assert_eq!((again.added, again.updated, again.unchanged), (0, 0, 3));

    let missing = super::import::import_text(&store, "Name,Domain\r\nA,b.cz\r\n", true).await;
    assert!(matches!(missing, Err(Error::CsvColumns(c)) if c.len() == 4));

    let exported = store.export_customers(Relationship::Reseller).await.unwrap();
    assert!(exported.starts_with("\u{feff}Microsoft ID,Company name,Primary domain name,Relationship,Tags\r\n"));
    assert!(exported.contains("11111111-2222-4333-8444-555555555555,\"Contoso, a.s.\",contoso.cz,Reseller,gold\r\n"));
    assert!(exported.contains("Adatum Kft.,adatum.onmicrosoft.com,Reseller,eu;vip") || exported.contains("eu;vip"));
    // What Liaison exports it can import again, unchanged.
    assert_eq!(super::import::import_text(&store, &exported, false).await.unwrap().unchanged, 3);
}

#[tokio::test]
async fn the_activity_log_filters_and_exports() {
    let (store, _dir) = partner(PartnerType::DirectBill, Cloud::Public, Role::GlobalAdmin).await;
    let a = store.add_customer(&customer("Contoso", "contoso.cz")).await.unwrap();
    store.add_customer(&customer("Fabrikam", "fabrikam.cz")).await.unwrap();
    let added = ActivityQuery { action: Some(ActivityAction::CustomerAdded), ..Default::default() };
    assert_eq!(store.activity(&added).await.unwrap().total, 2);
    let one = ActivityQuery { customer_id: Some(a.id), ..Default::default() };
    assert_eq!(store.activity(&one).await.unwrap().items[0].description, "Added customer Contoso");
    let future = ActivityQuery { from: Some("2999-01-01".into()), ..Default::default() };
    assert_eq!(store.activity(&future).await.unwrap().total, 0);
    let today = store.activity(&ActivityQuery::default()).await.unwrap().items[0].at[..10].to_owned();
    let day = ActivityQuery { from: Some(today.clone()), to: Some(today), ..Default::default() };
    assert_eq!(store.activity(&day).await.unwrap().total, 3);
    let csv = store.export_activity(&added).await.unwrap();
    assert!(csv.starts_with("\u{feff}When,Who,"));
    assert_eq!(csv.lines().count(), 3);
}

#[tokio::test]
async fn the_session_tells_the_ui_what_the_partners_invitations_are() {
    let (store, _dir) = store().await;
    let before = store.session().await.unwrap();
    assert_eq!((before.invitation_kinds, before.dap_forced), (vec![], false));
    let (germany, _d1) = partner(PartnerType::DirectBill, Cloud::Germany, Role::GlobalAdmin).await;
    let s = germany.session().await.unwrap();
    assert_eq!((s.invitation_kinds, s.dap_forced), (vec![InvitationKind::Reseller], true));
    let (reseller, _d2) = partner(PartnerType::IndirectReseller, Cloud::Public, Role::GlobalAdmin).await;
    let s = reseller.session().await.unwrap();
    assert_eq!(
        (s.invitation_kinds, s.dap_forced),
        (vec![InvitationKind::Reseller, InvitationKind::ResellerWithProvider], false)
    );
}
