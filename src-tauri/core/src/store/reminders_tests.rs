//! Reminders through the store, on real SQLite files and PostgreSQL databases: what is due
//! after the staff member's number of days, the reminder's draft and hand-off, recording it, the
//! start-up notification at most once a day, and who may.

use crate::customer::tests::input as customer;
use crate::gdap::default_roles;
use crate::profile::tests::input as profile;
use crate::store::fixture::{self, Fixture};
use crate::store::tests::{act_as, store};
use crate::testing::{backdate, Sent};
use crate::*;

const GDAP_LINK: &str =
    "https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/5d027261-d21f-4aa9-b7db-7fa1f56fb163";

async fn partner() -> (Store, Fixture) {
    let (store, f) = store().await;
    store.save_profile(&profile()).await.unwrap();
    (store, f)
}

/// An invitation to a new Czech customer, sent `days_ago` days before today.
async fn invitation_sent(store: &Store, name: &str, days_ago: i64) -> Invitation {
    let domain = format!("{}.cz", name.to_lowercase());
    let c = store
        .add_customer(&CustomerInput { contact_email: format!("it@{domain}"), ..customer(name, &domain) })
        .await
        .unwrap();
    let req = InvitationRequest { customer_id: Some(c.id), dap: false, ..InvitationRequest::default() };
    let p = store.prepare_invitation(&req).await.unwrap();
    let inv = store.send_invitation(&req, &p.draft).await.unwrap();
    backdate(store, Sent::Invitation(inv.id), days_ago).await;
    inv
}

async fn due_only(store: &Store) -> Vec<String> {
    let q = InvitationQuery { reminder_due: true, ..InvitationQuery::default() };
    store.invitations(&q).await.unwrap().items.into_iter().map(|i| i.customer_name).collect()
}

#[tokio::test]
async fn an_invitation_waiting_a_week_is_flagged_and_its_reminder_recorded_once_sent() {
    let (store, _f) = partner().await;
    let old = invitation_sent(&store, "Contoso", 7).await;
    invitation_sent(&store, "Fabrikam", 6).await;
    let page = store.invitations(&InvitationQuery::default()).await.unwrap();
    let flags: Vec<(&str, bool)> = page.items.iter().map(|i| (i.customer_name.as_str(), i.reminder_due)).collect();
    assert_eq!(flags, [("Fabrikam", false), ("Contoso", true)]);
    assert_eq!(due_only(&store).await, ["Contoso"]);
    let due = store.reminders_due().await.unwrap();
    assert_eq!((due.invitations, due.admin_relationships, due.days), (1, 0, 7));

    // The reminder: to the same recipient, in the customer's language, with the same link on a
    // line of its own and the day the invitation was sent.
    let of = ReminderOf::Invitation(old.id);
    let r = store.prepare_reminder(of).await.unwrap();
    assert_eq!((r.draft.recipient.as_str(), r.draft.language), ("it@contoso.cz", Language::CsCz));
    assert_eq!(r.link, old.link);
    assert!(r.draft.body.lines().any(|l| l == old.link), "{}", r.draft.body);
    assert!(r.draft.subject.contains("Contoso") && r.draft.subject != old.subject, "{}", r.draft.subject);
    let sent = gdap::today().saturating_sub(time::Duration::days(7));
    assert!(r.draft.body.contains(&draft::letter_date(Language::CsCz, sent)), "{}", r.draft.body);

    // Every hand-off refuses a draft without the link; nothing is recorded.
    let edited = Draft { body: r.draft.body.replace(&old.link, "(link)"), ..r.draft.clone() };
    assert!(matches!(store.reminder_mailto(of, &edited).await, Err(Error::LinkRemoved)));
    assert!(matches!(store.reminder_clipboard(of, &edited).await, Err(Error::LinkRemoved)));
    assert!(matches!(store.reminder_eml(of, &edited).await, Err(Error::LinkRemoved)));
    assert!(matches!(store.send_reminder(of, &edited).await, Err(Error::LinkRemoved)));
    assert_eq!(due_only(&store).await, ["Contoso"]);

    assert!(store.reminder_mailto(of, &r.draft).await.unwrap().starts_with("mailto:it@contoso.cz?subject="));
    let (file, message) = store.reminder_eml(of, &r.draft).await.unwrap();
    assert_eq!(file, "Contoso.eml");
    let parsed = mail_parser::MessageParser::default().parse(message.as_bytes()).unwrap();
    assert_eq!(parsed.subject(), Some(r.draft.subject.as_str()));

    store.send_reminder(of, &r.draft).await.unwrap();
    assert!(due_only(&store).await.is_empty(), "a reminder starts the days again");
    let inv = store.invitation(old.id).await.unwrap();
    assert!(inv.reminded_at.is_some());
    assert_eq!(inv.status, InvitationStatus::Sent, "still waiting for the customer");
    let log = store.activity(&ActivityQuery::default()).await.unwrap();
    let line = &log.items[0];
    assert_eq!((line.action, line.subject.as_str()), (ActivityAction::InvitationReminded, "Contoso"));
    assert_eq!(store.reminders_due().await.unwrap().invitations, 0);

    // Once accepted, nothing is chased.
    store.accept_invitation(old.id, "").await.unwrap();
    assert!(matches!(store.prepare_reminder(of).await, Err(Error::WrongState(StateConflict::ReminderNotPending))));
}

#[tokio::test]
async fn each_staff_member_sets_their_own_number_of_days() {
    let (store, _f) = partner().await;
    invitation_sent(&store, "Contoso", 10).await;
    assert_eq!(store.session().await.unwrap().me.unwrap().reminder_days, 7, "a week until set");
    for bad in [0, 366] {
        match store.set_reminder_days(bad).await {
            Err(Error::Invalid(e)) => assert_eq!((e[0].field, e[0].rule), (Field::ReminderDays, Rule::ReminderDays)),
            other => panic!("{bad}: {other:?}"),
        }
    }
    let session = store.set_reminder_days(30).await.unwrap();
    assert_eq!(session.me.unwrap().reminder_days, 30);
    assert!(due_only(&store).await.is_empty());
    assert_eq!(store.reminders_due().await.unwrap(), RemindersDue { invitations: 0, admin_relationships: 0, days: 30 });
    store.set_reminder_days(10).await.unwrap();
    assert_eq!(due_only(&store).await, ["Contoso"]);
}

#[tokio::test]
async fn a_gdap_request_waiting_is_flagged_and_reminded_until_approved() {
    let (store, _f) = partner().await;
    let c = crate::store::workflow_tests::connected(&store, "Contoso", "contoso.cz").await;
    let req = GdapRequest {
        customer_id: c.id,
        terms: GdapTerms {
            name: "Contoso_Helpdesk".into(),
            duration_days: 180,
            roles: default_roles(PartnerType::DirectBill),
            auto_extend: false,
        },
        approval_link: GDAP_LINK.into(),
        template_name: None,
        language: Some(Language::RuRu),
    };
    let p = store.prepare_gdap_request(&req).await.unwrap();
    let rel = store.send_gdap_request(&req, &p.draft).await.unwrap();
    assert!(!store.gdap_overview().await.unwrap().pending[0].reminder_due);
    backdate(&store, Sent::AdminRelationship(rel.id), 8).await;
    assert!(store.gdap_overview().await.unwrap().pending[0].reminder_due);
    assert!(store.admin_relationships(Some(c.id)).await.unwrap()[0].reminder_due);
    assert_eq!(store.reminders_due().await.unwrap().admin_relationships, 1);

    let of = ReminderOf::AdminRelationship(rel.id);
    let r = store.prepare_reminder(of).await.unwrap();
    assert_eq!(r.draft.language, Language::RuRu, "the language the request was sent in");
    assert!(r.draft.body.lines().any(|l| l == GDAP_LINK), "{}", r.draft.body);
    assert!(r.draft.subject.contains("GDAP"), "{}", r.draft.subject);
    store.send_reminder(of, &r.draft).await.unwrap();
    assert_eq!(store.reminders_due().await.unwrap().admin_relationships, 0);
    let log = store.activity(&ActivityQuery::default()).await.unwrap();
    assert_eq!(
        (log.items[0].action, log.items[0].subject.as_str()),
        (ActivityAction::GdapReminded, "Contoso_Helpdesk")
    );

    store.approve_gdap(rel.id, &gdap::date_text(gdap::today())).await.unwrap();
    assert!(matches!(store.prepare_reminder(of).await, Err(Error::WrongState(StateConflict::ReminderNotPending))));
}

#[tokio::test]
async fn the_start_up_notice_comes_once_a_day_and_only_when_something_is_due() {
    let (store, _f) = partner().await;
    let today = gdap::today();
    assert_eq!(store.reminder_notice_on(today).await.unwrap(), None, "nothing due");
    invitation_sent(&store, "Contoso", 9).await;
    invitation_sent(&store, "Fabrikam", 12).await;
    let notice = store.reminder_notice_on(today).await.unwrap().expect("told once");
    assert!(notice.body.contains('2') && notice.body.contains('7'), "{notice:?}");
    assert_eq!(store.reminder_notice_on(today).await.unwrap(), None, "not twice a day");
    let tomorrow = today.next_day().unwrap();
    assert!(store.reminder_notice_on(tomorrow).await.unwrap().is_some(), "again the next day");
}

#[tokio::test]
async fn reminders_are_sent_by_those_who_may_send_the_first_message() {
    let (store, _f) = partner().await;
    let inv = invitation_sent(&store, "Contoso", 8).await;
    act_as(&store, Role::HelpdeskAgent).await;
    let of = ReminderOf::Invitation(inv.id);
    assert!(matches!(store.prepare_reminder(of).await, Err(Error::Forbidden { .. })));
    // Everyone sees what is due and sets their own number of days.
    assert_eq!(store.reminders_due().await.unwrap().invitations, 1);
    store.set_reminder_days(3).await.unwrap();
    act_as(&store, Role::SalesAgent).await;
    let r = store.prepare_reminder(of).await.unwrap();
    store.send_reminder(of, &r.draft).await.unwrap();
}

#[tokio::test]
async fn on_a_team_workspace_every_role_sets_its_own_days_and_is_told_through_its_own_login() {
    if fixture::postgres_url().is_none() {
        return;
    }
    let (owner, f) = partner().await;
    invitation_sent(&owner, "Contoso", 8).await;
    for (n, role) in [Role::AdminAgent, Role::SalesAgent, Role::HelpdeskAgent].into_iter().enumerate() {
        let login = f.login(&format!("m{n}")).await;
        owner.add_staff_member(&crate::staff::tests::input("Petr Novák", &login, role)).await.unwrap();
        let petr = Store::connect(&f.url_as(&login).unwrap()).await.unwrap();
        assert_eq!(petr.set_reminder_days(5).await.unwrap().me.unwrap().reminder_days, 5, "{role:?}");
        assert!(petr.reminder_notice().await.unwrap().is_some(), "{role:?}");
        assert_eq!(petr.reminder_notice().await.unwrap(), None, "{role:?}");
        petr.close().await;
    }
    assert_eq!(owner.session().await.unwrap().me.unwrap().reminder_days, 7, "one's own row only");
}
