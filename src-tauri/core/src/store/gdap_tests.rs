//! GDAP admin relationships through the store, on real SQLite files and PostgreSQL databases:
//! the request and its hand-off, its life from pending to ended, the overview, role templates.

use super::gdap::status_sql;
use super::Sql;
use crate::gdap::{default_roles, GLOBAL_ADMINISTRATOR};
use crate::profile::tests::input as profile;
use crate::store::fixture::Fixture;
use crate::store::tests::{act_as, store};
use crate::store::workflow_tests::connected;
use crate::*;
use time::macros::date;
use time::Date;

const ID: &str = "5d027261-d21f-4aa9-b7db-7fa1f56fb163";
const LINK: &str =
    "https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/5d027261-d21f-4aa9-b7db-7fa1f56fb163";

async fn partner() -> (Store, Fixture) {
    let (store, f) = store().await;
    store.save_profile(&profile()).await.unwrap();
    (store, f)
}

/// A request for `customer_id` named `name`, with the relationship ID `id` in its link.
fn request(customer_id: i64, name: &str, id: &str) -> GdapRequest {
    GdapRequest {
        customer_id,
        terms: GdapTerms {
            name: name.into(),
            duration_days: 730,
            roles: default_roles(PartnerType::DirectBill),
            auto_extend: true,
        },
        approval_link: LINK.replace(ID, id),
        template_name: Some("Default GDAP roles".into()),
        language: None,
    }
}

/// A relationship ID for the `n`th request of a test.
fn nth(n: u32) -> String {
    format!("5d027261-d21f-4aa9-b7db-{n:012x}")
}

async fn sent_on(store: &Store, req: &GdapRequest, today: Date) -> AdminRelationship {
    let p = store.prepare_gdap_request(req).await.unwrap();
    store.send_gdap_request_on(req, &p.draft, today).await.unwrap()
}

#[tokio::test]
async fn a_request_is_drafted_in_the_customers_language_and_recorded_pending() {
    let (store, _f) = partner().await;
    let c = connected(&store, "Contoso", "contoso.cz").await;
    let req = request(c.id, "Contoso_Default-GDAP", ID);
    let p = store.prepare_gdap_request(&req).await.unwrap();
    assert_eq!((p.link.as_str(), p.relationship_id.as_str()), (LINK, ID));
    assert_eq!((p.draft.language, p.draft.recipient.as_str()), (Language::CsCz, "it@contoso.cz"));
    assert!(p.draft.body.lines().any(|l| l == LINK), "the link on its own line:\n{}", p.draft.body);
    assert!(p.draft.body.contains("Directory Readers") && p.draft.body.contains("730"), "{}", p.draft.body);
    assert!(p.draft.subject.contains("Contoso") && p.draft.subject.contains("Northwind"), "{}", p.draft.subject);

    // The link edited away: refused by every hand-off, and nothing recorded.
    let edited = Draft { body: p.draft.body.replace(LINK, "(link)"), ..p.draft.clone() };
    assert!(matches!(store.gdap_request_mailto(&req, &edited).await, Err(Error::LinkRemoved)));
    assert!(matches!(store.gdap_request_clipboard(&req, &edited).await, Err(Error::LinkRemoved)));
    assert!(matches!(store.gdap_request_eml(&req, &edited).await, Err(Error::LinkRemoved)));
    assert!(matches!(store.send_gdap_request(&req, &edited).await, Err(Error::LinkRemoved)));
    assert!(store.admin_relationships(Some(c.id)).await.unwrap().is_empty());

    let url = store.gdap_request_mailto(&req, &p.draft).await.unwrap();
    assert!(url.starts_with("mailto:it@contoso.cz?subject="), "{url}");
    let (file, message) = store.gdap_request_eml(&req, &p.draft).await.unwrap();
    assert_eq!(file, "Contoso.eml");
    let parsed = mail_parser::MessageParser::default().parse(message.as_bytes()).unwrap();
    assert_eq!(parsed.subject(), Some(p.draft.subject.as_str()));
    let clip = store.gdap_request_clipboard(&req, &p.draft).await.unwrap();
    assert!(clip.starts_with(&p.draft.subject) && clip.contains(LINK));

    let today = date!(2026 - 01 - 31);
    let r = store.send_gdap_request_on(&req, &p.draft, today).await.unwrap();
    assert_eq!(r.status, GdapStatus::PendingApproval);
    assert_eq!((r.requested_on.as_str(), r.expires_on.as_str()), ("2026-01-31", "2026-05-01"));
    assert_eq!((r.name.as_str(), r.relationship_id.as_str(), r.link.as_str()), ("Contoso_Default-GDAP", ID, LINK));
    assert_eq!(r.roles, default_roles(PartnerType::DirectBill));
    assert_eq!((r.sent_by_name.as_str(), r.sent_by_role), ("Jana Dvořáková", Role::GlobalAdmin));
    assert_eq!(r.template_name.as_deref(), Some("Default GDAP roles"));
    assert_eq!(r.body, p.draft.body);
    let log = store.activity(&ActivityQuery { customer_id: Some(c.id), ..Default::default() }).await.unwrap();
    assert_eq!(log.items[0].action, ActivityAction::GdapRequested);
    assert_eq!(log.items[0].description, "Requested the admin relationship Contoso_Default-GDAP");
    assert_eq!(log.items[0].detail.as_deref(), Some("Contoso"));

    // The name (in any case) and the link are this relationship's now.
    let again = request(c.id, "contoso_default-gdap", ID);
    let Err(Error::Invalid(e)) = store.prepare_gdap_request(&again).await else { panic!("accepted twice") };
    let got: Vec<(Field, Rule)> = e.iter().map(|e| (e.field, e.rule)).collect();
    assert_eq!(
        got,
        [(Field::RelationshipName, Rule::RelationshipTaken), (Field::ApprovalLink, Rule::ApprovalLinkTaken)]
    );
}

#[tokio::test]
async fn the_proposed_name_is_one_no_other_relationship_has() {
    let (store, _f) = partner().await;
    let c = connected(&store, "Contoso", "contoso.cz").await;
    assert_eq!(store.proposed_gdap_name(c.id).await.unwrap(), "Contoso-GDAP");
    sent_on(&store, &request(c.id, "contoso-gdap", &nth(1)), date!(2026 - 01 - 05)).await;
    assert_eq!(store.proposed_gdap_name(c.id).await.unwrap(), "Contoso-GDAP-2", "names are compared without case");
}

#[tokio::test]
async fn every_broken_rule_of_a_request_is_named_and_nothing_is_recorded() {
    let (store, _f) = partner().await;
    let c = connected(&store, "Contoso", "contoso.cz").await;
    let mut req = request(c.id, "Contoso helpdesk", ID);
    req.terms.duration_days = 731;
    req.terms.roles = vec![GLOBAL_ADMINISTRATOR.into()];
    req.approval_link = LINK.replace("admin.microsoft.com", "portal.partner.microsoftonline.cn");
    let Err(Error::Invalid(e)) = store.prepare_gdap_request(&req).await else { panic!("accepted") };
    let got: Vec<(Field, Rule)> = e.iter().map(|e| (e.field, e.rule)).collect();
    assert_eq!(
        got,
        [
            (Field::RelationshipName, Rule::RelationshipName),
            (Field::DurationDays, Rule::DurationDays),
            (Field::AutoExtend, Rule::AutoExtendGlobalAdmin),
            (Field::ApprovalLink, Rule::ApprovalLink { cloud: Cloud::Public }),
        ]
    );
    let api = Error::Invalid(e).to_api(Language::CsCz);
    assert_eq!(api.fields.len(), 4);
    // A customer whose relationship was removed is invited anew first.
    let removed = connected(&store, "Fabrikam", "fabrikam.cz").await;
    let check = store.removal_check(removed.id).await.unwrap();
    store.remove_relationship(removed.id, &check.attestation).await.unwrap();
    let r = store.prepare_gdap_request(&request(removed.id, "Fabrikam", &nth(2))).await;
    assert!(matches!(r, Err(Error::WrongState(StateConflict::CustomerRemoved))), "{r:?}");
    assert!(store.admin_relationships(None).await.unwrap().is_empty());
}

#[tokio::test]
async fn a_relationship_lives_from_pending_to_active_to_ended() {
    let (store, _f) = partner().await;
    let c = connected(&store, "Contoso", "contoso.cz").await;
    let mut req = request(c.id, "Contoso-1", &nth(1));
    req.terms.auto_extend = false;
    req.terms.duration_days = 30;
    let r = sent_on(&store, &req, date!(2024 - 01 - 31)).await;

    // Approved: not before the request, not in the future, not after it expired.
    for bad in ["2024-01-30", "2024-04-30", "2024-13-01", ""] {
        let refused = store.approve_gdap_on(r.id, bad, date!(2024 - 04 - 29)).await;
        assert!(matches!(&refused, Err(Error::Invalid(e)) if e[0].field == Field::ApprovedOn), "{bad}: {refused:?}");
    }
    // On the day it expired, it is no longer waiting to be approved.
    let late = store.approve_gdap_on(r.id, "2024-02-01", date!(2024 - 04 - 30)).await;
    assert!(matches!(late, Err(Error::WrongState(StateConflict::GdapNotPending))), "{late:?}");
    let future = store.approve_gdap_on(r.id, "2024-02-10", date!(2024 - 02 - 09)).await;
    assert!(matches!(future, Err(Error::Invalid(e)) if e[0].rule == Rule::ApprovalDate));
    let a = store.approve_gdap_on(r.id, "2024-02-01", date!(2024 - 02 - 05)).await.unwrap();
    assert_eq!(
        (a.status, a.approved_on.as_deref(), a.ends_on.as_deref()),
        (GdapStatus::Active, Some("2024-02-01"), Some("2024-03-02"))
    );
    let again = store.approve_gdap_on(r.id, "2024-02-01", date!(2024 - 02 - 05)).await;
    assert!(matches!(again, Err(Error::WrongState(StateConflict::GdapNotPending))));

    // Its end passes without auto-extend: expired, and no longer to be ended.
    let later = store.admin_relationships_on(Some(c.id), date!(2024 - 03 - 02)).await.unwrap();
    assert_eq!(later[0].status, GdapStatus::Expired);
    let ended = store.terminate_gdap_on(r.id, "No longer needed", date!(2024 - 03 - 02)).await;
    assert!(matches!(ended, Err(Error::WrongState(StateConflict::GdapEnded))));

    // Another, ended while active, with its reason.
    let r2 = sent_on(&store, &request(c.id, "Contoso-2", &nth(2)), date!(2024 - 01 - 31)).await;
    store.approve_gdap_on(r2.id, "2024-01-31", date!(2024 - 01 - 31)).await.unwrap();
    let blank = store.terminate_gdap_on(r2.id, "  ", date!(2024 - 02 - 10)).await;
    assert!(
        matches!(blank, Err(Error::Invalid(e)) if e[0] == FieldError { field: Field::TerminationReason, rule: Rule::Required })
    );
    let t =
        store.terminate_gdap_on(r2.id, "The customer moved to another partner", date!(2024 - 02 - 10)).await.unwrap();
    assert_eq!((t.status, t.terminated_on.as_deref()), (GdapStatus::Terminated, Some("2024-02-10")));
    assert_eq!(t.termination_reason.as_deref(), Some("The customer moved to another partner"));

    let actions: Vec<ActivityAction> = store
        .activity(&ActivityQuery { customer_id: Some(c.id), ..Default::default() })
        .await
        .unwrap()
        .items
        .iter()
        .map(|l| l.action)
        .take(4)
        .collect();
    use ActivityAction::*;
    assert_eq!(actions, [GdapTerminated, GdapApproved, GdapRequested, GdapApproved]);
}

#[tokio::test]
async fn the_overview_counts_lists_and_names_customers_without_active_gdap() {
    let (store, _f) = partner().await;
    let contoso = connected(&store, "Contoso", "contoso.cz").await;
    let fabrikam = connected(&store, "Fabrikam", "fabrikam.cz").await;
    let adatum = connected(&store, "Adatum", "adatum.cz").await;
    let today = date!(2025 - 06 - 30);
    let ago = |days: i64| today.saturating_sub(time::Duration::days(days));
    let short = |mut req: GdapRequest, days: u32| {
        req.terms.auto_extend = false;
        req.terms.duration_days = days;
        req
    };
    // Contoso: one pending 10 days, one pending 89 days (the older first), one expired unapproved.
    let p10 = sent_on(&store, &request(contoso.id, "P10", &nth(1)), ago(10)).await;
    let p89 = sent_on(&store, &request(contoso.id, "P89", &nth(2)), ago(89)).await;
    sent_on(&store, &request(contoso.id, "P90", &nth(3)), ago(90)).await;
    // Fabrikam: active, ending in 60 days (listed) and one in 61 (not), one auto-extended.
    let e60 = sent_on(&store, &short(request(fabrikam.id, "E60", &nth(4)), 70), ago(10)).await;
    store.approve_gdap_on(e60.id, &gdap::date_text(ago(10)), today).await.unwrap();
    let e61 = sent_on(&store, &short(request(fabrikam.id, "E61", &nth(5)), 71), ago(10)).await;
    store.approve_gdap_on(e61.id, &gdap::date_text(ago(10)), today).await.unwrap();
    let mut auto = request(fabrikam.id, "Auto", &nth(6));
    auto.terms.duration_days = 1;
    let auto = sent_on(&store, &auto, ago(60)).await;
    store.approve_gdap_on(auto.id, &gdap::date_text(ago(60)), today).await.unwrap();
    // Adatum: its only relationship was ended.
    let gone = sent_on(&store, &request(adatum.id, "Gone", &nth(7)), ago(5)).await;
    store.terminate_gdap_on(gone.id, "Wrong roles", today).await.unwrap();

    let o = store.gdap_overview_on(today).await.unwrap();
    let counts: Vec<(GdapStatus, u32)> = o.counts.iter().map(|c| (c.status, c.count)).collect();
    use GdapStatus::*;
    // "Auto" lasted a day, 60 days ago, and is extended: active, and not ending.
    assert_eq!(counts, [(PendingApproval, 2), (Active, 3), (Expired, 1), (Terminated, 1)]);
    let names = |list: &[AdminRelationship]| list.iter().map(|r| r.name.clone()).collect::<Vec<_>>();
    assert_eq!(names(&o.pending), ["P89", "P10"]);
    assert_eq!((o.pending[0].id, o.pending[0].age_days, o.pending[1].id), (p89.id, 89, p10.id));
    assert_eq!(names(&o.ending_soon), ["E60"]);
    assert_eq!(names(&o.expired), ["P90"]);
    let without: Vec<&str> = o.without_active.iter().map(|c| c.company_name.as_str()).collect();
    assert_eq!((without, o.without_active_count), (vec!["Adatum", "Contoso"], 2));
}

#[tokio::test]
async fn the_databases_status_agrees_with_the_cores_on_every_day() {
    let (store, _f) = partner().await;
    let c = connected(&store, "Contoso", "contoso.cz").await;
    let start = date!(2024 - 02 - 28);
    let mut n = 0;
    for auto_extend in [false, true] {
        for (days, approve_after, end_after) in
            [(1, None, None), (30, Some(0), None), (1, Some(89), None), (60, Some(5), Some(20))]
        {
            n += 1;
            let mut req = request(c.id, &format!("R{n}"), &nth(n));
            req.terms.auto_extend = auto_extend;
            req.terms.duration_days = days;
            let r = sent_on(&store, &req, start).await;
            if let Some(after) = approve_after {
                let on = start.saturating_add(time::Duration::days(after));
                store.approve_gdap_on(r.id, &gdap::date_text(on), on).await.unwrap();
            }
            if let Some(after) = end_after {
                store
                    .terminate_gdap_on(r.id, "Ended", start.saturating_add(time::Duration::days(after)))
                    .await
                    .unwrap();
            }
        }
    }
    for offset in [0, 1, 2, 29, 30, 31, 89, 90, 91, 119, 120, 400, 800] {
        let today = start.saturating_add(time::Duration::days(offset));
        let core: Vec<(i64, String)> = store
            .admin_relationships_on(None, today)
            .await
            .unwrap()
            .into_iter()
            .map(|r| (r.id, r.status.as_str().to_owned()))
            .collect();
        let database: Vec<(i64, String)> =
            Sql::new(format!("SELECT r.id, {} FROM admin_relationships r ORDER BY r.id DESC", status_sql()))
                .bind(gdap::date_text(today))
                .fetch_all(store.pool())
                .await
                .unwrap();
        assert_eq!(core, database, "on {today}");
    }
}

#[tokio::test]
async fn role_templates_start_with_microsofts_default_set_and_keep_unique_names() {
    let (store, _f) = partner().await;
    let templates = store.role_templates().await.unwrap();
    assert_eq!(templates.len(), 1);
    assert_eq!((templates[0].id, templates[0].name.as_str()), (None, "Default GDAP roles"));
    assert_eq!(templates[0].roles, default_roles(PartnerType::DirectBill));

    let helpdesk = RoleTemplateInput {
        name: " Helpdesk ".into(),
        roles: vec!["729827e3-9c14-49f7-bb1b-9608f156bbb8".into(), "88d8e3e3-8f55-4a1e-953a-9b9898b8876b".into()],
    };
    let saved = store.save_role_template(None, &helpdesk).await.unwrap();
    assert_eq!(saved.name, "Helpdesk");
    assert_eq!(saved.roles, ["88d8e3e3-8f55-4a1e-953a-9b9898b8876b", "729827e3-9c14-49f7-bb1b-9608f156bbb8"]);
    let security =
        RoleTemplateInput { name: "Security".into(), roles: vec!["194ae4cb-b126-40b2-bd5b-6091b380977d".into()] };
    let sec = store.save_role_template(None, &security).await.unwrap();
    let clash =
        store.save_role_template(sec.id, &RoleTemplateInput { name: "HELPDESK".into(), ..security.clone() }).await;
    assert!(
        matches!(clash, Err(Error::Invalid(e)) if e[0] == FieldError { field: Field::TemplateName, rule: Rule::TemplateTaken })
    );
    let empty = store.save_role_template(None, &RoleTemplateInput { name: String::new(), roles: vec![] }).await;
    let Err(Error::Invalid(e)) = empty else { panic!("saved") };
    let got: Vec<(Field, Rule)> = e.iter().map(|e| (e.field, e.rule)).collect();
    assert_eq!(got, [(Field::TemplateName, Rule::Required), (Field::Roles, Rule::Required)]);
    // Renaming keeps its own name free to keep.
    store.save_role_template(sec.id, &RoleTemplateInput { name: "security".into(), ..security }).await.unwrap();
    let names: Vec<String> = store.role_templates().await.unwrap().into_iter().map(|t| t.name).collect();
    assert_eq!(names, ["Default GDAP roles", "Helpdesk", "security"]);
    store.delete_role_template(saved.id.unwrap()).await.unwrap();
    assert!(matches!(
        store.delete_role_template(saved.id.unwrap()).await,
        Err(Error::NotFound(Entity::RoleTemplate, _))
    ));
    assert_eq!(store.role_templates().await.unwrap().len(), 2);
}

#[tokio::test]
async fn an_indirect_resellers_default_set_lacks_the_application_roles() {
    let (store, _f) = store().await;
    let input = ProfileInput { partner_type: Some(PartnerType::IndirectReseller), ..profile() };
    store.save_profile(&input).await.unwrap();
    assert_eq!(store.role_templates().await.unwrap()[0].roles, default_roles(PartnerType::IndirectReseller));
    assert_eq!(default_roles(PartnerType::IndirectReseller).len(), 9);
}

#[tokio::test]
async fn only_global_and_admin_agents_request_gdap_or_keep_templates() {
    let (store, _f) = partner().await;
    let c = connected(&store, "Contoso", "contoso.cz").await;
    let req = request(c.id, "Contoso", ID);
    let draft = store.prepare_gdap_request(&req).await.unwrap().draft;
    let template = RoleTemplateInput { name: "Helpdesk".into(), roles: default_roles(PartnerType::DirectBill) };
    for role in [Role::SalesAgent, Role::HelpdeskAgent] {
        act_as(&store, role).await;
        for refused in [
            store.prepare_gdap_request(&req).await.map(|_| ()),
            store.send_gdap_request(&req, &draft).await.map(|_| ()),
            store.save_role_template(None, &template).await.map(|_| ()),
        ] {
            assert!(
                matches!(refused, Err(Error::Forbidden { action: Action::ManageAdminRelationships, .. })),
                "{role:?}"
            );
        }
        // Every role sees them.
        assert!(store.gdap_overview().await.is_ok() && store.role_templates().await.is_ok());
    }
    act_as(&store, Role::AdminAgent).await;
    store.send_gdap_request(&req, &draft).await.unwrap();
}
