//! Every command the shell registers, called through its real core function on a real SQLite file
//! as every role and before setup: exactly the roles its gate names are refused.

use crate::customer::tests::input as customer;
use crate::permissions::{Gate, COMMAND_GATES};
use crate::profile::tests::input as profile;
use crate::store::tests::{act_as, store};
use crate::*;

/// What the calls act on: a connected customer with a subscription, a customer with a pending
/// invitation, a provider, and the drafts a staff member would have on screen.
struct Fixture {
    connected: i64,
    invited: i64,
    invitation: i64,
    subscription: i64,
    provider: i64,
    request: InvitationRequest,
    draft: Draft,
    notice: Draft,
    /// A second GDAP request of the connected customer, its draft, the pending first one, and a
    /// saved role template.
    gdap: GdapRequest,
    gdap_draft: Draft,
    admin_relationship: i64,
    template: i64,
    /// The reminder of the pending invitation, and a bulk request for the connected customer.
    reminder: Draft,
    bulk: BulkRequest,
}

/// A GDAP request of `customer` whose name and relationship ID end in `n`.
fn gdap_request(customer: i64, n: u32) -> GdapRequest {
    GdapRequest {
        customer_id: customer,
        terms: GdapTerms {
            name: format!("Contoso-GDAP-{n}"),
            duration_days: 730,
            roles: gdap::default_roles(PartnerType::DirectBill),
            auto_extend: false,
        },
        approval_link: format!(
            "https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/\
             5d027261-d21f-4aa9-b7db-{n:012}"
        ),
        template_name: None,
        language: None,
    }
}

fn bulk_request(customer: i64) -> BulkRequest {
    BulkRequest {
        customers: CustomerSelection::Picked { ids: vec![customer] },
        kind: InvitationKind::Reseller,
        provider_id: None,
        dap: true,
        gdap: None,
    }
}

fn template() -> RoleTemplateInput {
    RoleTemplateInput { name: "Helpdesk".into(), roles: vec!["729827e3-9c14-49f7-bb1b-9608f156bbb8".into()] }
}

impl Fixture {
    /// Ids that exist nowhere, for a store that has not been set up.
    fn none() -> Fixture {
        let draft = Draft {
            language: Language::EnUs,
            recipient: "it@contoso.cz".into(),
            subject: "Subject".into(),
            body: "Body".into(),
        };
        Fixture {
            connected: 1,
            invited: 2,
            invitation: 1,
            subscription: 1,
            provider: 1,
            request: InvitationRequest { customer_id: Some(2), dap: true, ..Default::default() },
            gdap: gdap_request(1, 2),
            gdap_draft: draft.clone(),
            draft: draft.clone(),
            notice: draft.clone(),
            admin_relationship: 1,
            template: 1,
            reminder: draft.clone(),
            bulk: bulk_request(1),
        }
    }

    /// Seeds a direct-bill partner's records as its Global admin.
    async fn seed(store: &Store) -> Fixture {
        store.save_profile(&profile()).await.unwrap();
        let with_contact = |name: &str, domain: &str| CustomerInput {
            contact_email: format!("it@{domain}"),
            ..customer(name, domain)
        };
        let c = store.add_customer(&with_contact("Contoso", "contoso.cz")).await.unwrap();
        let req = InvitationRequest { customer_id: Some(c.id), dap: true, ..Default::default() };
        let p = store.prepare_invitation(&req).await.unwrap();
        let inv = store.send_invitation(&req, &p.draft).await.unwrap();
        store.accept_invitation(inv.id, "").await.unwrap();
        let sub = SubscriptionInput { offer: "Microsoft 365 E3".into(), quantity: 5 };
        let subscription = store.add_subscription(c.id, &sub).await.unwrap().id;
        let notice = store.termination_notice(c.id, None, NoticeParty::Customer).await.unwrap();

        let b = store.add_customer(&with_contact("Fabrikam", "fabrikam.cz")).await.unwrap();
        let request = InvitationRequest { customer_id: Some(b.id), dap: true, ..Default::default() };
        let draft = store.prepare_invitation(&request).await.unwrap().draft;
        let invitation = store.send_invitation(&request, &draft).await.unwrap().id;
        let provider = store.add_provider(&provider("abd71061-1c2e-4c53-9a51-0d3f9e8b7a10")).await.unwrap().id;
        let first = gdap_request(c.id, 1);
        let first_draft = store.prepare_gdap_request(&first).await.unwrap().draft;
        let admin_relationship = store.send_gdap_request(&first, &first_draft).await.unwrap().id;
        let gdap = gdap_request(c.id, 2);
        let gdap_draft = store.prepare_gdap_request(&gdap).await.unwrap().draft;
        let template = store.save_role_template(None, &template()).await.unwrap().id.unwrap_or_default();
        let reminder = store.prepare_reminder(ReminderOf::Invitation(invitation)).await.unwrap().draft;
        Fixture {
            connected: c.id,
            invited: b.id,
            invitation,
            subscription,
            provider,
            request,
            draft,
            notice,
            gdap,
            gdap_draft,
            admin_relationship,
            template,
            reminder,
            bulk: bulk_request(c.id),
        }
    }
}

fn provider(tenant: &str) -> ProviderInput {
    ProviderInput {
        name: "Tailspin Distribution".into(),
        tenant_id: tenant.into(),
        partner_id: "601089".into(),
        country: "CZ".into(),
    }
}

const CSV: &str = "Microsoft ID,Company name,Primary domain name,Relationship,Tags\r\n\
                   aaaaaaaa-1111-4222-8333-444444444444,Contoso,contoso.cz,Reseller,\r\n";

/// Calls the core function behind `command`, as the shell's adapter does; the staff role is
/// the stored one.
async fn call(store: &Store, command: &str, f: &Fixture, role: Role) -> Result<()> {
    fn ok<T>(_: T) {}
    match command {
        "load_translations" => {
            assert!(!i18n::translations(Language::CsCz).sources.is_empty());
            Ok(())
        }
        // Only writes a line to the shell's log: nothing of the store to reach.
        "window_ready" => Ok(()),
        "get_session" => store.session().await.map(ok),
        "save_profile" => store.save_profile(&ProfileInput { staff_role: Some(role), ..profile() }).await.map(ok),
        "set_ui_language" => store.set_ui_language(Language::EnUs).await.map(ok),
        "list_customers" => store.customers(&CustomerQuery::default()).await.map(ok),
        "get_customer" => store.customer(f.connected).await.map(ok),
        "add_customer" => store.add_customer(&customer("Adatum", "adatum.hu")).await.map(ok),
        "update_customer" => {
            let version = store.customer(f.invited).await.map_or(1, |c| c.version);
            store.update_customer(f.invited, version, &customer("Fabrikam a.s.", "fabrikam.cz")).await.map(ok)
        }
        "list_activity" => store.activity(&ActivityQuery::default()).await.map(ok),
        "list_providers" => store.providers().await.map(ok),
        "add_provider" => store.add_provider(&provider("bbd71061-1c2e-4c53-9a51-0d3f9e8b7a10")).await.map(ok),
        "update_provider" => {
            store.update_provider(f.provider, &provider("abd71061-1c2e-4c53-9a51-0d3f9e8b7a10")).await.map(ok)
        }
        "get_link_host" => store.link_host_setting(Cloud::Public).await.map(ok),
        "set_link_host" => store.set_link_host(Cloud::Public, "admin.microsoft.com").await.map(ok),
        "prepare_invitation" => store.prepare_invitation(&f.request).await.map(ok),
        "open_invitation_in_mail_app" => store.invitation_mailto(&f.request, &f.draft).await.map(ok),
        "copy_invitation" => store.invitation_clipboard(&f.request, &f.draft).await.map(ok),
        "send_invitation" => store.send_invitation(&f.request, &f.draft).await.map(ok),
        "list_invitations" => store.invitations(&InvitationQuery::default()).await.map(ok),
        "reopen_invitation_in_mail_app" => store.sent_invitation_mailto(f.invitation).await.map(ok),
        "copy_sent_invitation" => store.sent_invitation_clipboard(f.invitation).await.map(ok),
        "accept_invitation" => store.accept_invitation(f.invitation, "").await.map(ok),
        "cancel_invitation" => store.cancel_invitation(f.invitation).await.map(ok),
        "list_admin_relationships" => store.admin_relationships(Some(f.connected)).await.map(ok),
        "propose_gdap_name" => store.proposed_gdap_name(f.connected).await.map(ok),
        "prepare_gdap_request" => store.prepare_gdap_request(&f.gdap).await.map(ok),
        "open_gdap_request_in_mail_app" => store.gdap_request_mailto(&f.gdap, &f.gdap_draft).await.map(ok),
        "copy_gdap_request" => store.gdap_request_clipboard(&f.gdap, &f.gdap_draft).await.map(ok),
        "send_gdap_request" => store.send_gdap_request(&f.gdap, &f.gdap_draft).await.map(ok),
        "approve_gdap" => store.approve_gdap(f.admin_relationship, &gdap::date_text(gdap::today())).await.map(ok),
        "terminate_gdap" => store.terminate_gdap(f.admin_relationship, "Replaced").await.map(ok),
        "gdap_overview" => store.gdap_overview().await.map(ok),
        "list_role_templates" => store.role_templates().await.map(ok),
        "save_role_template" => {
            store.save_role_template(None, &RoleTemplateInput { name: "Security".into(), ..template() }).await.map(ok)
        }
        "delete_role_template" => store.delete_role_template(f.template).await.map(ok),
        "save_gdap_request_eml" => store.gdap_request_eml(&f.gdap, &f.gdap_draft).await.map(ok),
        "save_invitation_eml" => store.invitation_eml(&f.request, &f.draft).await.map(ok),
        "reminders_due" => store.reminders_due().await.map(ok),
        "set_reminder_days" => store.set_reminder_days(14).await.map(ok),
        "show_reminder_notice" => store.reminder_notice().await.map(ok),
        "prepare_reminder" => store.prepare_reminder(ReminderOf::Invitation(f.invitation)).await.map(ok),
        "open_reminder_in_mail_app" => {
            store.reminder_mailto(ReminderOf::Invitation(f.invitation), &f.reminder).await.map(ok)
        }
        "copy_reminder" => store.reminder_clipboard(ReminderOf::Invitation(f.invitation), &f.reminder).await.map(ok),
        "save_reminder_eml" => store.reminder_eml(ReminderOf::Invitation(f.invitation), &f.reminder).await.map(ok),
        "send_reminder" => store.send_reminder(ReminderOf::Invitation(f.invitation), &f.reminder).await.map(ok),
        "prepare_bulk_request" => store.prepare_bulk(&f.bulk).await.map(ok),
        "open_bulk_draft_in_mail_app" => store.bulk_draft_mailto(&f.bulk, f.connected).await.map(ok),
        "save_bulk_drafts" => {
            let dir = tempfile::tempdir()?;
            store.save_bulk_drafts(&f.bulk, dir.path()).await.map(ok)
        }
        "propose_bulk_gdap" => store.propose_bulk_gdap(&f.bulk.customers).await.map(ok),
        "record_bulk_request" => store.record_bulk(&f.bulk, &[f.connected]).await.map(ok),
        "open_microsoft_page" => store.microsoft_page(MicrosoftPage::PartnerCenterCustomers, None).await.map(ok),
        "list_subscriptions" => store.subscriptions(f.connected).await.map(ok),
        "add_subscription" => {
            let sub = SubscriptionInput { offer: "Microsoft 365 E5".into(), quantity: 1 };
            store.add_subscription(f.connected, &sub).await.map(ok)
        }
        "set_subscription_status" => {
            store.set_subscription_status(f.subscription, SubscriptionStatus::Suspended).await.map(ok)
        }
        "list_users" => store.users(f.connected).await.map(ok),
        "add_user" => {
            let user = UserInput {
                display_name: "Eva Malá".into(),
                user_principal_name: "eva@contoso.cz".into(),
                licences: vec!["Microsoft 365 E3".into()],
            };
            store.add_user(f.connected, &user).await.map(ok)
        }
        "removal_check" => store.removal_check(f.connected).await.map(ok),
        "termination_notice" => store.termination_notice(f.connected, None, NoticeParty::Customer).await.map(ok),
        "open_notice_in_mail_app" => store.notice_mailto(&f.notice).await.map(ok),
        "copy_notice" => store.notice_clipboard(&f.notice).await.map(ok),
        "remove_relationship" => {
            let attestation = store.removal_check(f.connected).await.map(|c| c.attestation).unwrap_or_default();
            store.remove_relationship(f.connected, &attestation).await.map(ok)
        }
        "import_customers" => crate::store::import::import_text(store, CSV, false).await.map(ok),
        "export_customers" => store.export_customers(Relationship::Reseller).await.map(ok),
        "customer_counts" => store.customer_counts("").await.map(ok),
        "record_dap_removed" => store.record_dap_removed(f.connected).await.map(ok),
        "list_backups" => store.backups().await.map(ok),
        "back_up_now" => store.back_up().await.map(ok),
        // Shell-only: the file dialog, the cancel flag and the saved workspace reach no store.
        "choose_import_file" | "cancel_import" | "get_workspace" | "use_workspace" | "connecting_status"
        | "connect_now" => Ok(()),
        // An address no server answers at: a connection fault, never a refusal for a role.
        "move_to_workspace" => {
            store.move_to_workspace("postgres://petr@127.0.0.1:1/liaison").await.map(ok).or_else(|e| match e {
                Error::Workspace(..) => Ok(()),
                e => Err(e),
            })
        }
        "check_workspace" => {
            let nowhere = crate::WorkspaceInput {
                host: "127.0.0.1".into(),
                port: "1".into(),
                database: "liaison".into(),
                user: "petr".into(),
                tls: Some(crate::TlsMode::Disable),
                password: None,
            };
            Store::check_workspace(&nowhere).await.map(ok).or_else(|e| match e {
                Error::Workspace(..) => Ok(()),
                e => Err(e),
            })
        }
        "restore_backup" => {
            let name = store.backups().await.ok().and_then(|b| b.first().map(|b| b.name.clone())).unwrap_or_default();
            store.restore_backup(&name).await.map(ok)
        }
        "export_activity" => store.export_activity(&ActivityQuery::default()).await.map(ok),
        "list_staff" => store.staff().await.map(ok),
        "add_staff_member" => {
            let petr = crate::staff::tests::input("Petr Novák", "petr_novak", Role::SalesAgent);
            store.add_staff_member(&petr).await.map(ok)
        }
        "update_staff_member" => {
            // Oneself, unchanged but for the email: allowed to a Global admin only.
            let me = store.me().await.ok().flatten();
            let input = StaffInput {
                name: "Jana Dvořáková".into(),
                email: "jana@northwind.example".into(),
                role: Some(me.as_ref().map_or(Role::GlobalAdmin, |m| m.role)),
                language: Some(Language::EnUs),
                login: me.as_ref().map_or("jana".into(), |m| m.login.clone()),
                active: true,
            };
            store.update_staff_member(me.map_or(1, |m| m.id), &input).await.map(ok)
        }
        other => panic!("{other} is registered but has no call here: add one, so its gate is tested"),
    }
}

/// What `result` of `command` should have been for `role`, if it was something else.
fn mismatch(command: &str, gate: Gate, role: Role, result: &Result<()>) -> Option<String> {
    let action = match gate {
        Gate::Requires(a) | Gate::SetupThen(a) => Some(a),
        Gate::Open(_) => None,
    };
    let refused = |e: &Result<()>| matches!(e, Err(Error::Forbidden { .. }) | Err(Error::ProfileMissing));
    match action {
        Some(a) if !a.allowed_for(role) => match result {
            Err(Error::Forbidden { action, role: r }) if *action == a && *r == role => None,
            other => Some(format!("{command} as {role:?}: expected a refusal of {a:?}, got {other:?}")),
        },
        _ if refused(result) => Some(format!("{command} as {role:?}: refused although allowed: {result:?}")),
        _ => None,
    }
}

#[tokio::test]
async fn every_gated_command_refuses_exactly_the_roles_its_action_excludes() {
    let mut wrong = Vec::new();
    for role in Role::ALL.iter().copied() {
        let (store, _dir) = store().await;
        let fixture = Fixture::seed(&store).await;
        act_as(&store, role).await;
        for (command, gate) in COMMAND_GATES {
            let result = call(&store, command, &fixture, role).await;
            wrong.extend(mismatch(command, *gate, role, &result));
        }
        // A refused write wrote nothing: the role's own lines are only from allowed calls.
        if role == Role::HelpdeskAgent {
            let q = ActivityQuery::default();
            let by_helpdesk = store.activity(&q).await.unwrap().items.iter().filter(|e| e.actor_role == role).count();
            // update_customer and record_dap_removed (a Helpdesk agent edits customer details) and,
            // on a local file, back_up_now (open to every role; a server's backups are its own).
            let allowed_writes = if store.engine() == crate::store::Engine::Sqlite { 3 } else { 2 };
            assert_eq!(by_helpdesk, allowed_writes, "{:?}", store.activity(&q).await.unwrap().items);
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[tokio::test]
async fn before_setup_only_the_open_commands_and_setup_itself_answer() {
    let (store, _dir) = store().await;
    let fixture = Fixture::none();
    let mut wrong = Vec::new();
    // Setup last: it creates the profile the other calls must find missing.
    let (setup, others): (Vec<_>, Vec<_>) =
        COMMAND_GATES.iter().partition(|(_, gate)| matches!(gate, Gate::SetupThen(_)));
    for (command, gate) in others.into_iter().chain(setup) {
        let result = call(&store, command, &fixture, Role::GlobalAdmin).await;
        let ok = match gate {
            Gate::Requires(_) => matches!(result, Err(Error::ProfileMissing)),
            // A team workspace answers a backup with why it has none of Liaison's.
            Gate::SetupThen(_) | Gate::Open(_) => {
                result.is_ok() || matches!(result, Err(Error::WrongState(crate::StateConflict::ServerBackups)))
            }
        };
        if !ok {
            wrong.push(format!("{command} before setup ({gate:?}): {result:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert!(store.profile().await.unwrap().is_some(), "setup saved the profile");
}
