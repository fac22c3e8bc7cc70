//! Staff members on both engines: the one of a local file, colleagues on a team workspace, and
//! the rules no Global admin can break.

use crate::profile::tests::input as profile;
use crate::staff::tests::input as member;
use crate::store::fixture::Fixture;
use crate::store::tests::{act_as, store};
use crate::*;

async fn partner() -> (Store, Fixture) {
    let (store, fixture) = store().await;
    store.save_profile(&profile()).await.unwrap();
    (store, fixture)
}

fn as_input(m: &StaffMember) -> StaffInput {
    StaffInput {
        name: m.name.clone(),
        email: if m.email.is_empty() { "jana@northwind.example".into() } else { m.email.clone() },
        role: Some(m.role),
        language: Some(m.language),
        login: m.login.clone(),
        active: m.active,
    }
}

#[tokio::test]
async fn first_run_setup_makes_whoever_runs_it_the_first_staff_member() {
    let (store, _f) = partner().await;
    let me = store.me().await.unwrap().expect("a staff member");
    assert_eq!((me.name.as_str(), me.role, me.active), ("Jana Dvořáková", Role::GlobalAdmin, true));
    if store.engine() == Engine::Sqlite {
        assert_eq!(me.login, staff::LOCAL_LOGIN);
    }
    let session = store.session().await.unwrap();
    assert_eq!(session.me.as_ref(), Some(&me));
    assert_eq!(session.engine, store.engine());
    assert_eq!(store.staff().await.unwrap(), [me]);
    // Renaming oneself in the profile form renames the staff member, not the partner.
    let renamed = ProfileInput { staff_name: "Jana Nováková".into(), ..profile() };
    let session = store.save_profile(&renamed).await.unwrap();
    assert_eq!(session.me.unwrap().name, "Jana Nováková");
    assert_eq!(session.profile.unwrap().company_name, "Northwind Partners s.r.o.");
    let log = store.activity(&ActivityQuery::default()).await.unwrap();
    assert_eq!(log.items[0].actor_name, "Jana Nováková");
}

#[tokio::test]
async fn the_interface_language_is_the_staff_members_own() {
    let (store, _f) = partner().await;
    let session = store.set_ui_language(Language::HuHu).await.unwrap();
    assert_eq!((session.ui_language, session.me.unwrap().language), (Language::HuHu, Language::HuHu));
}

#[tokio::test]
async fn a_global_admin_adds_and_edits_colleagues_on_a_team_workspace_only() {
    let (store, f) = partner().await;
    let petr = member("Petr Novák", &f.login("petr").await, Role::SalesAgent);
    let added = store.add_staff_member(&petr).await;
    if store.engine() == Engine::Sqlite {
        assert!(matches!(added, Err(Error::WrongState(StateConflict::SingleStaff))), "{added:?}");
        assert_eq!(store.staff().await.unwrap().len(), 1);
        return;
    }
    let added = added.unwrap();
    assert_eq!((added.role, added.login.as_str(), added.active), (Role::SalesAgent, petr.login.as_str(), true));
    assert_eq!(store.staff().await.unwrap().len(), 2);
    let promoted = StaffInput { role: Some(Role::AdminAgent), ..petr.clone() };
    assert_eq!(store.update_staff_member(added.id, &promoted).await.unwrap().role, Role::AdminAgent);
    let log = store.activity(&ActivityQuery::default()).await.unwrap();
    assert_eq!(
        (log.items[0].action, log.items[0].changed.as_slice()),
        (ActivityAction::StaffUpdated, [Field::MemberRole].as_slice())
    );
    assert_eq!(log.items[1].action, ActivityAction::StaffAdded);
    // A login names one staff member.
    let twin = member("Petr Dvořák", &petr.login.to_uppercase(), Role::SalesAgent);
    let Err(Error::Invalid(e)) = store.add_staff_member(&twin).await else { panic!("a login twice") };
    assert_eq!((e[0].field, e[0].rule), (Field::Login, Rule::LoginTaken));
    // The login must exist on the server: the database administrator creates it.
    let stranger = member("Eva Malá", "nobody_has_this_login", Role::SalesAgent);
    let Err(Error::Invalid(e)) = store.add_staff_member(&stranger).await else { panic!("a login that is not there") };
    assert_eq!((e[0].field, e[0].rule), (Field::Login, Rule::NoSuchLogin));
    assert_eq!(store.staff().await.unwrap().len(), 2, "nothing of it was saved");
    // A deactivated colleague stays listed, last.
    let gone = StaffInput { active: false, ..promoted };
    store.update_staff_member(added.id, &gone).await.unwrap();
    let listed = store.staff().await.unwrap();
    assert_eq!((listed[1].name.as_str(), listed[1].active), ("Petr Novák", false));
}

#[tokio::test]
async fn nobody_changes_their_own_role_or_deactivates_themselves() {
    let (store, _f) = partner().await;
    let me = store.me().await.unwrap().unwrap();
    let demoted = StaffInput { role: Some(Role::SalesAgent), active: false, ..as_input(&me) };
    let Err(Error::Invalid(e)) = store.update_staff_member(me.id, &demoted).await else { panic!("saved") };
    let broken: Vec<(Field, Rule)> = e.iter().map(|e| (e.field, e.rule)).collect();
    assert_eq!(broken, [(Field::MemberRole, Rule::OwnRole), (Field::Active, Rule::OwnRole)]);
    assert_eq!(store.me().await.unwrap().unwrap(), me);
    let message = Error::Invalid(e).to_api(Language::CsCz).message;
    assert!(!message.is_empty());
    // Everything else of one's own may change.
    let renamed = StaffInput { name: "Jana Nováková".into(), ..as_input(&me) };
    assert_eq!(store.update_staff_member(me.id, &renamed).await.unwrap().name, "Jana Nováková");
}

#[tokio::test]
async fn only_a_global_admin_manages_staff_and_every_word_is_in_every_language() {
    let (store, _f) = partner().await;
    act_as(&store, Role::AdminAgent).await;
    let petr = member("Petr Novák", "petr_novak", Role::SalesAgent);
    assert!(matches!(
        store.add_staff_member(&petr).await,
        Err(Error::Forbidden { action: Action::ManageStaff, role: Role::AdminAgent })
    ));
    for lang in Language::ALL {
        for rule in [Rule::Login, Rule::LoginTaken, Rule::OwnRole, Rule::LastGlobalAdmin] {
            let text = Error::invalid(Field::Login, rule).to_api(lang).message;
            assert!(!text.contains("rule-") && !text.contains("field-"), "{lang:?}: {text}");
        }
        for conflict in [StateConflict::NotStaff, StateConflict::Deactivated, StateConflict::SingleStaff] {
            let text = Error::WrongState(conflict).to_api(lang).message;
            assert!(!text.starts_with("error-"), "{lang:?}: {text}");
        }
    }
}
