//! Two staff members at work on the same records at the same moment, on both engines: a save
//! over a change made meanwhile is refused and names who made it; simultaneous invitations and
//! additions each end in a correct record or a clear refusal.

use crate::customer::tests::input as customer;
use crate::profile::tests::input as profile;
use crate::store::tests::store;
use crate::*;

async fn partner() -> (Store, crate::store::fixture::Fixture) {
    let (store, fixture) = store().await;
    store.save_profile(&profile()).await.unwrap();
    (store, fixture)
}

fn with_notes(name: &str, notes: &str) -> CustomerInput {
    CustomerInput { notes: notes.into(), ..customer(name, "contoso.cz") }
}

#[tokio::test]
async fn a_save_over_a_change_made_meanwhile_is_refused_and_names_who_made_it() {
    let (store, _f) = partner().await;
    let opened = store.add_customer(&customer("Contoso", "contoso.cz")).await.unwrap();
    let first = store.update_customer(opened.id, opened.version, &with_notes("Contoso", "Petr's note")).await.unwrap();
    assert!(first.version > opened.version);

    let late = store.update_customer(opened.id, opened.version, &with_notes("Contoso a.s.", "Jana's note")).await;
    let Err(e @ Error::EditedMeanwhile { .. }) = late else { panic!("saved over a change: {late:?}") };
    let Error::EditedMeanwhile { by, at } = &e else { unreachable!() };
    assert_eq!(by, "Jana Dvořáková");
    assert!(at.starts_with("20") && at.ends_with('Z'), "{at}");
    let message = e.to_api(Language::CsCz).message;
    assert!(message.contains("kdo: Jana Dvořáková") && message.contains(&at[..16].replace('T', " ")), "{message}");
    assert_eq!(e.to_api(Language::EnUs).code, ErrorCode::EditedMeanwhile);
    // Nothing of the late save was written.
    let now = store.customer(opened.id).await.unwrap();
    assert_eq!((now.company_name.as_str(), now.notes.as_str()), ("Contoso", "Petr's note"));
    let log = store.activity(&ActivityQuery { customer_id: Some(opened.id), ..Default::default() }).await.unwrap();
    assert_eq!(log.total, 2);

    // Saved again from the current version, it replaces that change.
    let again =
        store.update_customer(opened.id, now.version, &with_notes("Contoso a.s.", "Jana's note")).await.unwrap();
    assert_eq!(again.notes, "Jana's note");
}

#[tokio::test]
async fn every_change_to_a_customer_raises_its_version() {
    let (store, _f) = partner().await;
    let c = store
        .add_customer(&CustomerInput { contact_email: "it@contoso.cz".into(), ..customer("Contoso", "contoso.cz") })
        .await
        .unwrap();
    let req = InvitationRequest { customer_id: Some(c.id), dap: true, ..InvitationRequest::default() };
    let p = store.prepare_invitation(&req).await.unwrap();
    let inv = store.send_invitation(&req, &p.draft).await.unwrap();
    let invited = store.customer(c.id).await.unwrap();
    assert!(invited.version > c.version, "sending");
    store.accept_invitation(inv.id, "").await.unwrap();
    let accepted = store.customer(c.id).await.unwrap();
    assert!(accepted.version > invited.version, "accepting");
    // A form opened before the acceptance cannot undo it unseen.
    let stale = store.update_customer(c.id, c.version, &with_notes("Contoso", "typed before")).await;
    assert!(matches!(stale, Err(Error::EditedMeanwhile { .. })), "{stale:?}");
}

#[tokio::test]
async fn two_simultaneous_saves_of_one_version_let_exactly_one_through() {
    let (store, _f) = partner().await;
    let c = store.add_customer(&customer("Contoso", "contoso.cz")).await.unwrap();
    let (petr, jana) = (store.clone(), store.clone());
    let (by_petr, by_jana) = (with_notes("Contoso", "Petr"), with_notes("Contoso", "Jana"));
    let (a, b) =
        tokio::join!(petr.update_customer(c.id, c.version, &by_petr), jana.update_customer(c.id, c.version, &by_jana),);
    let (saved, refused): (Vec<_>, Vec<_>) = [a, b].into_iter().partition(|r| r.is_ok());
    assert_eq!(saved.len(), 1, "{saved:?} {refused:?}");
    assert!(matches!(refused[0], Err(Error::EditedMeanwhile { .. })), "{refused:?}");
    let winner = saved[0].as_ref().unwrap();
    assert_eq!(store.customer(c.id).await.unwrap().notes, winner.notes);
}

#[tokio::test]
async fn two_simultaneous_invitations_of_one_customer_are_two_records() {
    let (store, _f) = partner().await;
    let c = store
        .add_customer(&CustomerInput { contact_email: "it@contoso.cz".into(), ..customer("Contoso", "contoso.cz") })
        .await
        .unwrap();
    let req = InvitationRequest { customer_id: Some(c.id), dap: true, ..InvitationRequest::default() };
    let draft = store.prepare_invitation(&req).await.unwrap().draft;
    let (petr, jana) = (store.clone(), store.clone());
    let (a, b) = tokio::join!(petr.send_invitation(&req, &draft), jana.send_invitation(&req, &draft));
    let (a, b) = (a.unwrap(), b.unwrap());
    assert_ne!(a.id, b.id);
    let q = InvitationQuery { customer_id: Some(c.id), ..Default::default() };
    let listed = store.invitations(&q).await.unwrap();
    assert_eq!(listed.total, 2);
    assert!(listed.items.iter().all(|i| i.status == InvitationStatus::Sent && i.link == a.link));
    assert_eq!(store.customer(c.id).await.unwrap().relationship, Relationship::Invited);
    let sent = ActivityQuery { action: Some(ActivityAction::InvitationSent), ..Default::default() };
    assert_eq!(store.activity(&sent).await.unwrap().total, 2);
}

#[tokio::test]
async fn two_simultaneous_additions_of_one_domain_add_it_once_and_say_why() {
    let (store, _f) = partner().await;
    let (petr, jana) = (store.clone(), store.clone());
    let (by_petr, by_jana) = (customer("Contoso", "contoso.cz"), customer("Contoso s.r.o.", "contoso.cz"));
    let (a, b) = tokio::join!(petr.add_customer(&by_petr), jana.add_customer(&by_jana));
    let (added, refused): (Vec<_>, Vec<_>) = [a, b].into_iter().partition(|r| r.is_ok());
    assert_eq!(added.len(), 1, "{added:?} {refused:?}");
    let Err(Error::Invalid(e)) = &refused[0] else { panic!("{refused:?}") };
    assert_eq!((e[0].field, e[0].rule), (Field::PrimaryDomain, Rule::Taken));
    assert_eq!(store.customer_counts("").await.unwrap().prospect, 1);
}
