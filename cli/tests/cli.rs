//! The real `liaison-cli` binary against real databases: a SQLite file by default, a fresh
//! database on the test server when `LIAISON_TEST_POSTGRES_URL` is set (as `cargo xtask test`
//! does for its second pass), so the same tests prove both.

use liaison_core::testing::{act_as, backdate, postgres_url, Sent, ServerDatabase};
use liaison_core::*;
use std::path::PathBuf;
use std::process::{Command, Output};

/// A partner's workspace with a profile, and how to point the tool at it.
struct Workspace {
    store: Store,
    dir: tempfile::TempDir,
    server: Option<ServerDatabase>,
    /// The login the tool connects as (on the server), or `None` for the owner.
    login: Option<String>,
}

fn profile(role: Role) -> ProfileInput {
    ProfileInput {
        company_name: "Northwind Partners s.r.o.".into(),
        partner_type: Some(PartnerType::DirectBill),
        tenant_id: "3f2504e0-4f89-11d3-9a0c-0305e82c3301".into(),
        partner_id: "4812345".into(),
        cloud: Some(Cloud::Public),
        country: "cz".into(),
        staff_name: "Jana Dvořáková".into(),
        staff_role: Some(role),
        language: Some(Language::EnUs),
    }
}

const LINK: &str = "https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=3f2504e0-4f89-11d3-9a0c-0305e82c3301&msppId=0&DAP=false#/BillingAccounts/partner-invitation";

impl Workspace {
    async fn new() -> Workspace {
        let dir = tempfile::tempdir().expect("temp dir");
        let (store, server) = match postgres_url() {
            Some(admin) => {
                let db = ServerDatabase::create(&admin).await;
                (Store::connect(&db.url()).await.expect("connect"), Some(db))
            }
            None => (Store::open_in(dir.path()).await.expect("open"), None),
        };
        store.save_profile(&profile(Role::GlobalAdmin)).await.expect("profile");
        Workspace { store, dir, server, login: None }
    }

    /// The same workspace as a Helpdesk agent: the file's one staff member demoted, or a
    /// colleague's own login on the server.
    async fn with_helpdesk_agent(mut self) -> Workspace {
        match &self.server {
            None => {
                act_as(&self.store, Role::HelpdeskAgent).await;
            }
            Some(db) => {
                let login = db.colleague(&self.store, "pavel", "Pavel Novák", Role::HelpdeskAgent).await;
                self.login = Some(login);
            }
        }
        self
    }

    fn cli(&self, args: &[&str]) -> Output {
        self.cli_in("C.UTF-8", args)
    }

    /// Runs the tool with the system's locale `locale`.
    fn cli_in(&self, locale: &str, args: &[&str]) -> Output {
        let mut c = Command::new(env!("CARGO_BIN_EXE_liaison-cli"));
        c.args(args).env("LIAISON_DATA_DIR", self.dir.path()).env("LC_ALL", locale).env("LANG", locale);
        c.env_remove("LIAISON_DATABASE_URL");
        if let Some(db) = &self.server {
            let url = match &self.login {
                Some(login) => db.url_as(login),
                None => db.url(),
            };
            c.env("LIAISON_DATABASE_URL", url);
        }
        c.output().expect("run liaison-cli")
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    async fn customer(&self, name: &str, domain: &str, email: &str) -> Customer {
        let input = CustomerInput {
            company_name: name.into(),
            primary_domain: domain.into(),
            country: "CZ".into(),
            contact_name: "Petra Malá".into(),
            contact_email: email.into(),
            language: Some(Language::CsCz),
            ..CustomerInput::default()
        };
        self.store.add_customer(&input).await.expect("add a customer")
    }
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[track_caller]
fn ok(o: Output) -> String {
    assert!(o.status.success(), "exit {:?}\nstdout: {}\nstderr: {}", o.status.code(), stdout(&o), stderr(&o));
    stdout(&o)
}

#[track_caller]
fn fails(o: &Output, code: i32) -> String {
    assert_eq!(o.status.code(), Some(code), "stdout: {}\nstderr: {}", stdout(o), stderr(o));
    stderr(o)
}

fn json(o: Output) -> serde_json::Value {
    serde_json::from_str(&ok(o)).expect("JSON on stdout")
}

#[tokio::test]
async fn link_prints_the_partners_personalized_link_with_or_without_dap() {
    let w = Workspace::new().await;
    assert_eq!(ok(w.cli(&["link"])), format!("{LINK}\n"));
    assert_eq!(ok(w.cli(&["link", "--no-dap"])), format!("{LINK}\n"));
    assert_eq!(ok(w.cli(&["link", "--dap"])), format!("{}\n", LINK.replace("DAP=false", "DAP=true")));
    let j = json(w.cli(&["link", "--dap", "--json"]));
    assert_eq!((j["dap"].as_bool(), j["dapForced"].as_bool()), (Some(true), Some(false)));
    assert_eq!(j["link"].as_str(), Some(LINK.replace("DAP=false", "DAP=true").as_str()));

    // A provider that is not there is named with the ones that are; both DAP options at once
    // are a wrong command line.
    let o = w.cli(&["link", "--provider", "Nowhere Distribution"]);
    assert!(fails(&o, 5).contains("“Nowhere Distribution”"), "{}", stderr(&o));
    let o = w.cli(&["link", "--dap", "--no-dap"]);
    assert!(fails(&o, 2).contains("--no-dap"), "{}", stderr(&o));
}

#[tokio::test]
async fn customers_are_added_listed_searched_exported_and_imported() {
    let w = Workspace::new().await;
    // Every broken rule named by its option, and nothing added.
    let o = w.cli(&["customers", "add", "--name", "C", "--domain", "contoso", "--email", "nobody"]);
    let err = fails(&o, 3);
    assert!(err.starts_with("Error: 5 fields need your attention.\n"), "{err}");
    for expected in [
        "--name: Company name: enter a real company name",
        "--domain: Primary domain: enter a domain name",
        "--email: Contact email: enter one email address",
        "--country: Country/region: this is required.",
        "--language: Language: this is required.",
    ] {
        assert!(err.contains(expected), "{expected} in {err}");
    }
    assert_eq!(ok(w.cli(&["customers", "list", "--view", "prospects"])).lines().count(), 1);

    let o = w.cli(&[
        "customers",
        "add",
        "--name",
        "Contoso s.r.o.",
        "--domain",
        "contoso.cz",
        "--country",
        "cz",
        "--email",
        "it@contoso.cz",
        "--language",
        "cs",
        "--tag",
        "praha",
        "--tag",
        "m365",
        "--json",
    ]);
    let added = json(o);
    assert_eq!(added["companyName"], "Contoso s.r.o.");
    assert_eq!(added["language"], "cs-CZ");
    assert_eq!(added["tags"], serde_json::json!(["m365", "praha"]));
    let o = w.cli(&[
        "customers",
        "add",
        "--name",
        "Contoso",
        "--domain",
        "contoso.cz",
        "--country",
        "CZ",
        "--language",
        "cs",
    ]);
    assert!(
        fails(&o, 3).contains("--domain: Primary domain: another customer already has this value."),
        "{}",
        stderr(&o)
    );

    let listed = json(w.cli(&["customers", "list", "--view", "prospects", "--json"]));
    assert_eq!(listed.as_array().map(Vec::len), Some(1));
    let table = ok(w.cli(&["customers", "search", "conto"]));
    let lines: Vec<&str> = table.lines().collect();
    assert!(lines[0].starts_with("Number") && lines[0].contains("Company name"), "{table}");
    assert!(lines[1].contains("Contoso s.r.o.") && lines[1].contains("contoso.cz"), "{table}");
    assert!(lines[1].contains("Not invited yet") && lines[1].contains("m365, praha"), "{table}");
    assert_eq!(ok(w.cli(&["customers", "search", "fabrikam"])), "No customers match “fabrikam”.\n");
    let o = w.cli(&["customers", "list", "--view", "everyone"]);
    assert!(fails(&o, 3).contains("--view: “everyone” is not one of reseller, invited, prospects, removed"));

    // Partner Center's file: the preview writes nothing, the import everything.
    let csv = w.path("Customers.csv");
    std::fs::write(&csv, liaison_core::testing::customers_csv(1, 4, false)).unwrap();
    let csv = csv.to_string_lossy().into_owned();
    let preview = ok(w.cli(&["customers", "import", &csv, "--preview"]));
    assert!(preview.starts_with("Preview: nothing was written.\nNew: 3 ·"), "{preview}");
    assert_eq!(ok(w.cli(&["customers", "list"])).lines().count(), 1, "the preview wrote nothing");
    let report = json(w.cli(&["customers", "import", &csv, "--json"]));
    assert_eq!((report["applied"].as_bool(), report["added"].as_u64()), (Some(true), Some(3)));
    let resellers = json(w.cli(&["customers", "list", "--json"]));
    let names: Vec<&str> = resellers.as_array().unwrap().iter().filter_map(|c| c["companyName"].as_str()).collect();
    assert_eq!(names, ["Company 000001 s.r.o.", "Company 000002 s.r.o.", "Company 000003 s.r.o."]);

    let out = w.path("reseller.csv");
    let said = ok(w.cli(&["customers", "export", &out.to_string_lossy()]));
    assert_eq!(said, format!("3 rows were saved to {}.\n", out.display()));
    let exported = std::fs::read_to_string(&out).unwrap();
    assert!(exported.trim_start_matches('\u{feff}').starts_with("Microsoft ID,Company name"), "{exported}");
    assert_eq!(exported.lines().count(), 4);
    let o = w.cli(&["customers", "import", &w.path("missing.csv").to_string_lossy()]);
    assert!(fails(&o, 3).contains("Liaison could not read the file:"), "{}", stderr(&o));
}

#[tokio::test]
async fn an_invitation_is_drafted_in_the_customers_language_saved_as_an_email_file_and_recorded() {
    let w = Workspace::new().await;
    let contoso = w.customer("Contoso s.r.o.", "contoso.cz", "petra@contoso.cz").await;
    w.customer("Fabrikam a.s.", "fabrikam.cz", "it@fabrikam.cz").await;
    w.customer("Fabrikam a.s. Brno", "fabrikam-brno.cz", "").await;

    let eml = w.path("contoso.eml");
    let draft = ok(w.cli(&["invite", "contoso.cz", "--eml", &eml.to_string_lossy()]));
    let (head, body) = draft.split_once("\n\n").expect("headers, then the body");
    assert!(head.starts_with("To: petra@contoso.cz\nSubject: "), "{draft}");
    assert!(body.contains("Dobrý den") && body.lines().any(|l| l == LINK), "{body}");
    let raw = std::fs::read(&eml).unwrap();
    let message = mail_parser::MessageParser::default().parse(&raw).unwrap();
    assert_eq!(message.subject(), head.lines().nth(1).and_then(|l| l.strip_prefix("Subject: ")));
    assert!(message.body_text(0).is_some_and(|t| t.contains(LINK)));
    assert!(json(w.cli(&["invitations", "list", "--json"])).as_array().unwrap().is_empty(), "not recorded yet");

    // In another language on request, by number, and recorded.
    let id = contoso.id.to_string();
    let sent = json(w.cli(&["invite", &id, "--lang", "pl", "--record", "--json"]));
    assert_eq!(sent["draft"]["language"], "pl-PL");
    assert_eq!(sent["recorded"]["status"], "sent");
    assert!(sent["draft"]["body"].as_str().unwrap().contains(LINK));
    let pending = ok(w.cli(&["invitations", "list", "--status", "pending"]));
    assert!(pending.lines().nth(1).is_some_and(|l| l.contains("Contoso s.r.o.") && l.contains("Pending")), "{pending}");
    assert_eq!(ok(w.cli(&["invitations", "list", "--older-than", "7d"])), "No invitations match.\n");
    let inv = sent["recorded"]["id"].as_i64().unwrap();
    backdate(&w.store, Sent::Invitation(inv), 8).await;
    let old = json(w.cli(&["invitations", "list", "--older-than", "7d", "--json"]));
    assert_eq!(old.as_array().map(Vec::len), Some(1));
    assert_eq!(old[0]["reminderDue"], true);
    assert!(json(w.cli(&["invitations", "list", "--status", "accepted", "--json"])).as_array().unwrap().is_empty());

    // A name that fits several, one that fits none, a customer without an email, bad values.
    let o = w.cli(&["invite", "Fabrikam a.s."]);
    assert_eq!(o.status.code(), Some(0), "an exact name is one customer: {}", stderr(&o));
    let o = w.cli(&["invite", "Northwind"]);
    assert!(fails(&o, 5).contains("“Northwind”"));
    // A customer without a contact email is drafted, to nobody, but not recorded.
    let o = w.cli(&["invite", "fabrikam-brno.cz", "--record"]);
    assert!(fails(&o, 3).contains("To: this is required."), "{}", stderr(&o));
    let o = w.cli(&["invite", "contoso.cz", "--lang", "de"]);
    assert!(fails(&o, 3).contains("--lang: “de” is not one of en-US, cs-CZ, pl-PL, hu-HU, ru-RU"));
    let o = w.cli(&["invitations", "list", "--older-than", "a week"]);
    assert!(fails(&o, 3).contains("--older-than"));
    let o = w.cli(&["invitations", "list", "--status", "open"]);
    assert!(fails(&o, 3).contains("--status"));
}

#[tokio::test]
async fn the_activity_log_is_exported_between_two_days() {
    let w = Workspace::new().await;
    w.customer("Contoso s.r.o.", "contoso.cz", "").await;
    let out = w.path("activity.csv");
    let out_arg = out.to_string_lossy().into_owned();
    let said = ok(w.cli(&["activity", "export", &out_arg]));
    let lines = std::fs::read_to_string(&out).unwrap().lines().count();
    assert!(lines >= 2, "a heading and at least the customer added");
    assert_eq!(said, format!("{} rows were saved to {}.\n", lines - 1, out.display()));
    let said = ok(w.cli(&["activity", "export", &out_arg, "--from", "2000-01-01", "--to", "2000-12-31"]));
    assert_eq!(said, format!("0 rows were saved to {}.\n", out.display()));
    let o = w.cli(&["activity", "export", &out_arg, "--from", "23.11.2026"]);
    assert!(fails(&o, 3).contains("--from: “23.11.2026” is not a day written YYYY-MM-DD"));
    assert_eq!(std::fs::read_to_string(&out).unwrap().lines().count(), 1, "a refused export keeps the last file");
}

#[tokio::test]
async fn a_role_that_may_not_invite_is_refused_as_in_the_app() {
    let w = Workspace::new().await;
    w.customer("Contoso s.r.o.", "contoso.cz", "petra@contoso.cz").await;
    let w = w.with_helpdesk_agent().await;
    // Looking is allowed; adding, inviting and the link are not.
    assert!(ok(w.cli(&["customers", "search", "contoso"])).contains("Contoso s.r.o."));
    for args in [
        &["customers", "add", "--name", "Fabrikam", "--domain", "fabrikam.cz", "--country", "CZ", "--language", "cs"][..],
        &["invite", "contoso.cz", "--record"],
        &["link"],
    ] {
        let o = w.cli(args);
        assert!(fails(&o, 4).contains("Your role, Helpdesk agent, does not allow this."), "{args:?}: {}", stderr(&o));
    }
    assert!(w.store.invitations(&InvitationQuery::default()).await.unwrap().items.is_empty());
}

#[tokio::test]
async fn messages_are_in_the_staff_members_language_and_usage_errors_in_the_systems() {
    let w = Workspace::new().await;
    w.store.set_ui_language(Language::CsCz).await.unwrap();
    let o = w.cli(&["customers", "add", "--name", "Contoso", "--domain", "contoso"]);
    let err = fails(&o, 3);
    assert!(err.starts_with(&error_prefix(Language::CsCz)) && err.contains("--domain: "), "{err}");
    assert_eq!(ok(w.cli(&["customers", "list"])).trim_end(), w.store_text(Language::CsCz, "cli-no-customers"));

    // Before any database is opened: the system's language.
    let help = ok(w.cli_in("hu_HU.UTF-8", &["--help"]));
    assert!(help.contains(&w.store_text(Language::HuHu, "cli-about")), "{help}");
    let o = w.cli_in("ru_RU.UTF-8", &["customers", "frobnicate"]);
    let err = fails(&o, 2);
    assert!(err.starts_with(&error_prefix(Language::RuRu)) && err.contains("frobnicate"), "{err}");
    let o = w.cli(&["customers"]);
    assert!(fails(&o, 2).contains("Name a command."));
}

#[tokio::test]
async fn a_file_that_is_not_liaisons_is_refused_and_left_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join(liaison_core::store::DATABASE_FILE);
    std::fs::write(&db, "not a database at all, but someone's notes").unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_liaison-cli"))
        .args(["customers", "list"])
        .env("LIAISON_DATA_DIR", dir.path())
        .env_remove("LIAISON_DATABASE_URL")
        .env("LC_ALL", "C.UTF-8")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(7), "{}", stderr(&o));
    assert!(stderr(&o).contains(&db.display().to_string()), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&db).unwrap(), "not a database at all, but someone's notes");
}

/// How an error begins in `lang` ("Error: ").
fn error_prefix(lang: Language) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("message", "");
    liaison_core::i18n::text(lang, "cli-error", Some(&args))
}

impl Workspace {
    fn store_text(&self, lang: Language, id: &str) -> String {
        liaison_core::i18n::text(lang, id, None)
    }
}
