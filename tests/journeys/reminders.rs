//! Reminders in the real app: an invitation waiting longer than a week is counted in the menu,
//! announced once a day by a desktop notification, flagged on the Invitations page, and its
//! reminder drafted in the customer's language with the same link, handed to the mail
//! application and recorded.

use liaison_core::testing::{backdate, Sent};
use liaison_core::{ActivityAction, CustomerInput, InvitationRequest, PartnerType, Role, Store};
use liaison_e2e::app::{customer, decode_mailto};
use liaison_e2e::{notifications, App, Session};

/// Invites a Czech customer; `days_ago` moves the invitation back, as if sent then.
async fn invite(st: &Store, name: &str, domain: &str, days_ago: i64) {
    let c = st
        .add_customer(&CustomerInput {
            contact_name: "Jana Nováková".into(),
            contact_email: format!("jana@{domain}"),
            ..customer(name, domain)
        })
        .await
        .unwrap();
    let req = InvitationRequest { customer_id: Some(c.id), dap: false, ..Default::default() };
    let p = st.prepare_invitation(&req).await.unwrap();
    let inv = st.send_invitation(&req, &p.draft).await.unwrap();
    backdate(st, Sent::Invitation(inv.id), days_ago).await;
}

async fn seed(st: &Store) {
    invite(st, "Contoso", "contoso.cz", 10).await;
    invite(st, "Fabrikam", "fabrikam.cz", 2).await;
}

fn notice_answered(s: &Session) -> String {
    let answer = s.execute("return document.documentElement.dataset.reminderNotice ?? ''", vec![]).unwrap();
    answer.as_str().unwrap_or_default().to_owned()
}

#[test]
fn an_invitation_waiting_over_a_week_is_counted_notified_once_a_day_and_reminded() {
    notifications::listen();
    let mut app = App::prepared("reminders", PartnerType::DirectBill, Role::SalesAgent, seed);
    let s = app.s();
    s.wait_until("the start-up notification", || notice_answered(s) == "shown");
    let shown = notifications::shown();
    assert_eq!(shown.len(), 1, "{shown:?}");
    assert_eq!(shown[0].summary, "Liaison: reminders due");
    assert_eq!(shown[0].body, "1 invitation or GDAP request has been waiting for the customer for 7 days or more.");
    s.wait_until("the menu's count", || s.count("[data-testid=nav-invitations-due][data-count='1']") > 0);
    assert_eq!(s.count("[data-testid=nav-gdap-due]"), 0);

    app.open_page("invitations");
    s.wait_until("both invitations, the old one flagged", || {
        s.count("[data-testid=invitation-row]") == 2 && s.count("[data-testid=invitation-reminder-due]") == 1
    });
    s.find("[data-testid=invitations-due-only]").click().unwrap();
    s.wait_until("only the one due", || s.texts("[data-testid=invitation-customer]") == ["Contoso"]);
    app.screenshot("reminder-due");

    s.click_until("[data-testid=invitation-remind]", "[data-testid=reminder-dialog]");
    let value = |css: &str| s.find(css).property("value").unwrap().as_str().unwrap_or_default().to_owned();
    s.wait_until("the reminder's draft", || !value("[data-testid=reminder-draft-body]").is_empty());
    let link = app.store(async |st| st.invitations(&Default::default()).await.unwrap().items[1].link.clone());
    let (subject, body) = (value("[data-testid=reminder-draft-subject]"), value("[data-testid=reminder-draft-body]"));
    assert!(subject.starts_with("Připomínka:") && subject.contains("Contoso"), "{subject}");
    assert!(body.starts_with("Vážená paní Nováková,") || body.starts_with("Dobrý den"), "{body}");
    assert!(body.contains("Dne "), "the day it was sent: {body}");
    assert!(body.lines().any(|l| l == link), "the same link, on its own line: {body}");
    app.screenshot("reminder-draft");

    s.find("[data-testid=reminder-open-email]").click().unwrap();
    let (to, mail_subject, mail_body) = decode_mailto(&app.wait_for_mail(1));
    assert_eq!((to.as_str(), mail_subject.as_str()), ("jana@contoso.cz", subject.as_str()));
    assert_eq!(mail_body, body.replace('\n', "\r\n"));
    s.find("[data-testid=reminder-handed-off]");
    s.find("[data-testid=reminder-done]").click().unwrap();
    s.wait_until("the reminder recorded and nothing left due", || {
        s.count("[data-testid=reminder-dialog]") == 0
            && s.count("[data-testid=invitation-row]") == 0
            && s.count("[data-testid=nav-invitations-due]") == 0
    });
    let log = app.store(async |st| st.activity(&Default::default()).await.unwrap().items);
    assert_eq!((log[0].action, log[0].subject.as_str()), (ActivityAction::InvitationReminded, "Contoso"));

    // At most once a day: started again with something due, no second notification.
    app.store(async |st| {
        let fabrikam = st.invitations(&Default::default()).await.unwrap().items[0].id;
        backdate(st, Sent::Invitation(fabrikam), 9).await;
    });
    app.restart();
    let s = app.s();
    s.wait_until("the start-up check", || notice_answered(s) == "none");
    s.wait_until("the menu's count", || s.count("[data-testid=nav-invitations-due][data-count='1']") > 0);
    assert_eq!(notifications::shown().len(), 1);
}
