//! Each command: read its options, call the core, print the answer.

use crate::output::{self, Listing};
use crate::{text, Value};
use clap::ArgMatches;
use liaison_core::{
    ActivityQuery, Customer, CustomerInput, CustomerQuery, Field, Invitation, InvitationKind, InvitationQuery,
    InvitationRequest, InvitationStatus, Language, Relationship, Store,
};
use std::io::IsTerminal;
use std::path::Path;
use std::sync::atomic::AtomicBool;

/// Maps a field at fault to the option that sets it.
pub type Flags = fn(Field) -> Option<&'static str>;

/// Why a command did not finish.
pub enum Failure {
    /// The core refused; the options of the fields at fault, if the command has them.
    Core(liaison_core::Error, Option<Flags>),
    /// A value of the command line breaks a rule of the tool's own (a view, a day, a number).
    Input(String),
    /// What the command line names is not there, or is not only one.
    NotFound(String),
}

impl From<liaison_core::Error> for Failure {
    fn from(e: liaison_core::Error) -> Failure {
        Failure::Core(e, None)
    }
}

type Outcome = Result<(), Failure>;

/// Runs the command `m` names.
pub async fn run(store: &Store, lang: Language, m: &ArgMatches) -> Outcome {
    let c = Ctx { store, lang };
    match m.subcommand() {
        Some(("link", m)) => c.link(m).await,
        Some(("customers", m)) => match m.subcommand() {
            Some(("list", m)) => c.customers(m, "").await,
            Some(("search", m)) => c.customers(m, m.get_one::<String>("text").map_or("", String::as_str)).await,
            Some(("add", m)) => c.add_customer(m).await,
            Some(("import", m)) => c.import(m).await,
            Some(("export", m)) => c.export_customers(m).await,
            _ => Ok(()),
        },
        Some(("invite", m)) => c.invite(m).await,
        Some(("invitations", m)) => c.invitations(m.subcommand_matches("list").unwrap_or(m)).await,
        Some(("activity", m)) => c.export_activity(m.subcommand_matches("export").unwrap_or(m)).await,
        _ => Ok(()),
    }
}

struct Ctx<'a> {
    store: &'a Store,
    lang: Language,
}

fn opt<'m>(m: &'m ArgMatches, id: &str) -> Option<&'m str> {
    m.try_get_one::<String>(id).ok().flatten().map(String::as_str)
}

fn flag(m: &ArgMatches, id: &str) -> bool {
    m.try_get_one::<bool>(id).ok().flatten().copied().unwrap_or(false)
}

impl Ctx<'_> {
    fn t(&self, id: &str, args: &[(&str, Value)]) -> String {
        text(self.lang, id, args)
    }

    /// A value that is not one of `choices`, named by its option.
    fn not_one_of(&self, option: &str, value: &str, choices: &[&str]) -> Failure {
        Failure::Input(self.t(
            "cli-invalid-choice",
            &[
                ("option", format!("--{option}").into()),
                ("value", value.to_owned().into()),
                ("choices", choices.join(", ").into()),
            ],
        ))
    }

    fn view(&self, m: &ArgMatches) -> Result<Option<Relationship>, Failure> {
        const VIEWS: [(&str, Relationship); 4] = [
            ("reseller", Relationship::Reseller),
            ("invited", Relationship::Invited),
            ("prospects", Relationship::Prospect),
            ("removed", Relationship::Removed),
        ];
        let Some(v) = opt(m, "view") else { return Ok(None) };
        let wanted = v.trim().to_lowercase();
        match VIEWS.iter().find(|(name, r)| *name == wanted || r.as_str() == wanted) {
            Some((_, r)) => Ok(Some(*r)),
            None => Err(self.not_one_of("view", v, &VIEWS.map(|(name, _)| name))),
        }
    }

    fn language(&self, option: &str, value: Option<&str>) -> Result<Option<Language>, Failure> {
        let Some(v) = value else { return Ok(None) };
        let wanted = v.trim();
        let found = Language::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(wanted) || l.tag()[..2].eq_ignore_ascii_case(wanted));
        match found {
            Some(l) => Ok(Some(l)),
            None => Err(self.not_one_of(option, v, &Language::ALL.map(Language::tag))),
        }
    }

    /// The indirect provider named on the command line, by its name (any case).
    async fn provider(&self, m: &ArgMatches) -> Result<Option<i64>, Failure> {
        let Some(name) = opt(m, "provider") else { return Ok(None) };
        let providers = self.store.providers().await?;
        let wanted = name.trim().to_lowercase();
        match providers.iter().find(|p| p.name.to_lowercase() == wanted) {
            Some(p) => Ok(Some(p.id)),
            None => {
                let names: Vec<&str> = providers.iter().map(|p| p.name.as_str()).collect();
                Err(Failure::NotFound(self.t(
                    "cli-provider-unknown",
                    &[("provider", name.to_owned().into()), ("names", names.join(", ").into())],
                )))
            }
        }
    }

    async fn link(&self, m: &ArgMatches) -> Outcome {
        let provider = self.provider(m).await?;
        let kind = if provider.is_some() { InvitationKind::ResellerWithProvider } else { InvitationKind::Reseller };
        let link = self.store.partner_link(kind, provider, flag(m, "dap")).await?;
        if flag(m, "json") {
            output::json(&link);
        } else {
            println!("{}", link.link);
        }
        Ok(())
    }

    fn customer_row(&self, c: &Customer) -> Vec<String> {
        vec![
            c.id.to_string(),
            c.company_name.clone(),
            c.primary_domain.clone(),
            c.microsoft_id.clone().unwrap_or_default(),
            c.relationship.name(self.lang),
            c.tags.join(", "),
        ]
    }

    /// Every customer of a view (the reseller view unless named), or of every view for a
    /// search, a page at a time.
    async fn customers(&self, m: &ArgMatches, search: &str) -> Outcome {
        let views = match self.view(m)? {
            Some(v) => vec![v],
            None if search.is_empty() => vec![Relationship::Reseller],
            None => Relationship::ALL.to_vec(),
        };
        let mut listing = Listing::new(flag(m, "json"), self.customer_headings());
        for relationship in views {
            let mut q = CustomerQuery {
                search: search.to_owned(),
                relationship,
                limit: CustomerQuery::MAX_LIMIT,
                ..CustomerQuery::default()
            };
            loop {
                let rows = self.store.customer_rows(&q).await?;
                listing.page(&rows, |c| self.customer_row(c));
                if u32::try_from(rows.len()).unwrap_or(u32::MAX) < q.page_size() {
                    break;
                }
                q.offset += q.page_size();
            }
        }
        listing.finish(&match search {
            "" => self.t("cli-no-customers", &[]),
            _ => self.t("customers-no-match", &[("search", search.to_owned().into())]),
        });
        Ok(())
    }

    fn customer_headings(&self) -> Vec<String> {
        ["cli-col-number", "customers-col-company", "customers-col-domain", "customers-col-microsoft-id"]
            .into_iter()
            .chain(["customers-col-relationship", "customers-col-tags"])
            .map(|id| self.t(id, &[]))
            .collect()
    }

    async fn add_customer(&self, m: &ArgMatches) -> Outcome {
        let text = |id| opt(m, id).unwrap_or_default().to_owned();
        let input = CustomerInput {
            company_name: text("name"),
            primary_domain: text("domain"),
            microsoft_id: text("microsoft-id"),
            country: text("country"),
            contact_name: text("contact"),
            contact_email: text("email"),
            language: self.language("language", opt(m, "language"))?,
            tags: m.get_many::<String>("tag").map(|t| t.cloned().collect()).unwrap_or_default(),
            notes: text("notes"),
        };
        let added = self.store.add_customer(&input).await.map_err(|e| Failure::Core(e, Some(customer_flags)))?;
        if flag(m, "json") {
            output::json(&added);
        } else {
            println!(
                "{}",
                self.t(
                    "cli-customer-added",
                    &[("company", added.company_name.clone().into()), ("number", added.id.to_string().into())]
                )
            );
        }
        Ok(())
    }

    async fn import(&self, m: &ArgMatches) -> Outcome {
        let file = opt(m, "file").unwrap_or_default();
        let apply = !flag(m, "preview");
        let terminal = std::io::stderr().is_terminal();
        let progress = move |p: liaison_core::ImportProgress| {
            if terminal && p.total > 0 {
                eprint!("\r{} / {}", p.done, p.total);
            }
        };
        let report = self.store.import_customers(Path::new(file), apply, &progress, &AtomicBool::new(false)).await;
        if terminal {
            eprint!("\r\x1b[K");
        }
        let report = report?;
        if flag(m, "json") {
            output::json(&report);
            return Ok(());
        }
        if !report.applied {
            println!("{}", self.t("cli-import-preview", &[]));
        }
        let n = |v: u32| Value::from(v);
        println!(
            "{}",
            self.t(
                "import-summary-counts",
                &[
                    ("added", n(report.added)),
                    ("updated", n(report.updated)),
                    ("unchanged", n(report.unchanged)),
                    ("restored", report.restored.len().into()),
                    ("matched", n(report.matched)),
                    ("rejected", report.rejected.len().into()),
                ],
            )
        );
        for row in &report.rejected {
            println!(
                "{}",
                self.t(
                    "cli-rejected-row",
                    &[
                        ("line", row.line.to_string().into()),
                        ("company", row.company.clone().into()),
                        ("reasons", row.reasons.join(" ").into())
                    ]
                )
            );
        }
        Ok(())
    }

    async fn export_customers(&self, m: &ArgMatches) -> Outcome {
        let file = opt(m, "file").unwrap_or_default();
        let view = self.view(m)?.unwrap_or_default();
        let rows = self.store.export_customers_to(view, Path::new(file)).await?;
        println!("{}", self.t("cli-exported", &[("count", rows.into()), ("path", file.to_owned().into())]));
        Ok(())
    }

    /// The one customer the command line names.
    async fn customer(&self, named: &str) -> Result<Customer, Failure> {
        let mut found = self.store.find_customer(named).await?;
        match found.len() {
            1 => Ok(found.remove(0)),
            0 => Err(Failure::NotFound(self.t("cli-customer-unknown", &[("customer", named.to_owned().into())]))),
            n => {
                let names: Vec<String> =
                    found.iter().map(|c| format!("{} ({}, {})", c.id, c.company_name, c.primary_domain)).collect();
                Err(Failure::NotFound(self.t(
                    "cli-customer-ambiguous",
                    &[("customer", named.to_owned().into()), ("count", n.into()), ("names", names.join("; ").into())],
                )))
            }
        }
    }

    async fn invite(&self, m: &ArgMatches) -> Outcome {
        let customer = self.customer(opt(m, "customer").unwrap_or_default()).await?;
        let provider_id = self.provider(m).await?;
        let req = InvitationRequest {
            customer_id: Some(customer.id),
            new_customer: None,
            kind: if provider_id.is_some() { InvitationKind::ResellerWithProvider } else { InvitationKind::Reseller },
            provider_id,
            dap: flag(m, "dap"),
            language: self.language("lang", opt(m, "lang"))?,
            outside_region_confirmed: flag(m, "outside-region"),
        };
        let prepared = self.store.prepare_invitation(&req).await.map_err(|e| Failure::Core(e, Some(invite_flags)))?;
        let eml = opt(m, "eml");
        if let Some(path) = eml {
            let (_, message) = self.store.invitation_eml(&req, &prepared.draft).await?;
            liaison_core::eml::save(Path::new(path), &message)
                .map_err(|e| liaison_core::Error::Io(std::io::Error::new(e.kind(), format!("{path}: {e}"))))?;
        }
        let recorded = match flag(m, "record") {
            true => Some(self.store.send_invitation(&req, &prepared.draft).await?),
            false => None,
        };
        if flag(m, "json") {
            output::json(&serde_json::json!({
                "customerId": customer.id,
                "link": prepared.link,
                "dap": prepared.dap,
                "draft": prepared.draft,
                "eml": eml,
                "recorded": recorded,
            }));
        } else {
            let d = &prepared.draft;
            println!("{}: {}", self.t("field-recipient", &[]), d.recipient);
            println!("{}: {}", self.t("field-subject", &[]), d.subject);
            println!("\n{}", d.body);
        }
        if let Some(path) = eml {
            eprintln!("{}", self.t("cli-eml-saved", &[("path", path.to_owned().into())]));
        }
        match &recorded {
            Some(_) => eprintln!("{}", self.t("cli-recorded", &[("company", customer.company_name.clone().into())])),
            None => eprintln!("{}", self.t("cli-not-recorded", &[])),
        }
        Ok(())
    }

    async fn invitations(&self, m: &ArgMatches) -> Outcome {
        const STATUSES: [(&str, InvitationStatus); 4] = [
            ("pending", InvitationStatus::Sent),
            ("sent", InvitationStatus::Sent),
            ("accepted", InvitationStatus::Accepted),
            ("cancelled", InvitationStatus::Cancelled),
        ];
        let status = match opt(m, "status") {
            None => None,
            Some(s) => match STATUSES.iter().find(|(name, _)| name.eq_ignore_ascii_case(s.trim())) {
                Some((_, status)) => Some(*status),
                None => return Err(self.not_one_of("status", s, &["pending", "accepted", "cancelled"])),
            },
        };
        let older_than_days = match opt(m, "older-than") {
            None => None,
            Some(raw) => Some(days(raw).ok_or_else(|| {
                Failure::Input(
                    self.t("cli-invalid-days", &[("option", "--older-than".into()), ("value", raw.to_owned().into())]),
                )
            })?),
        };
        let mut q = InvitationQuery { status, older_than_days, limit: 500, ..InvitationQuery::default() };
        let mut listing = Listing::new(flag(m, "json"), self.invitation_headings());
        loop {
            let page = self.store.invitations(&q).await?;
            listing.page(&page.items, |i| self.invitation_row(i));
            let read = u32::try_from(page.items.len()).unwrap_or(u32::MAX);
            if read < q.limit {
                break;
            }
            q.offset += read;
        }
        listing.finish(&self.t("cli-no-invitations", &[]));
        Ok(())
    }

    fn invitation_headings(&self) -> Vec<String> {
        ["cli-col-number", "invitations-col-customer", "field-recipient", "invitations-col-status"]
            .into_iter()
            .chain(["invitations-col-sent", "invitations-col-age", "invitations-col-dap"])
            .map(|id| self.t(id, &[]))
            .collect()
    }

    fn invitation_row(&self, i: &Invitation) -> Vec<String> {
        let mut status = self.t(&format!("invitation-status-{}", i.status.as_str()), &[]);
        if i.reminder_due {
            status = format!("{status} · {}", self.t("reminder-due", &[]));
        }
        vec![
            i.id.to_string(),
            i.customer_name.clone(),
            i.recipient.clone(),
            status,
            i.sent_at.get(..10).unwrap_or(&i.sent_at).to_owned(),
            self.t("age-days", &[("days", i.age_days.into())]),
            self.t(if i.dap { "yes" } else { "no" }, &[]),
        ]
    }

    async fn export_activity(&self, m: &ArgMatches) -> Outcome {
        let file = opt(m, "file").unwrap_or_default();
        let day = |option: &str| -> Result<Option<String>, Failure> {
            match opt(m, option) {
                None => Ok(None),
                Some(raw) if is_day(raw.trim()) => Ok(Some(raw.trim().to_owned())),
                Some(raw) => Err(Failure::Input(self.t(
                    "cli-invalid-date",
                    &[("option", format!("--{option}").into()), ("value", raw.to_owned().into())],
                ))),
            }
        };
        let q = ActivityQuery { from: day("from")?, to: day("to")?, ..ActivityQuery::default() };
        let lines = self.store.export_activity_to(&q, Path::new(file)).await?;
        println!("{}", self.t("cli-exported", &[("count", lines.into()), ("path", file.to_owned().into())]));
        Ok(())
    }
}

/// The options of `customers add`, by the field each sets.
fn customer_flags(field: Field) -> Option<&'static str> {
    Some(match field {
        Field::CompanyName => "name",
        Field::PrimaryDomain => "domain",
        Field::MicrosoftId => "microsoft-id",
        Field::Country => "country",
        Field::ContactName => "contact",
        Field::ContactEmail => "email",
        Field::Language => "language",
        Field::Tags => "tag",
        Field::Notes => "notes",
        _ => return None,
    })
}

/// The options of `invite`, by the field each sets.
fn invite_flags(field: Field) -> Option<&'static str> {
    Some(match field {
        Field::Provider | Field::ProviderTenantId => "provider",
        Field::Language => "lang",
        _ => return None,
    })
}

/// A number of days as `7d` or `7`: 1 to 3,650.
fn days(raw: &str) -> Option<u32> {
    let raw = raw.trim();
    let digits = raw.strip_suffix(['d', 'D']).unwrap_or(raw);
    digits.parse::<u32>().ok().filter(|d| (1..=3650).contains(d))
}

/// A calendar day written `YYYY-MM-DD`.
fn is_day(raw: &str) -> bool {
    time::Date::parse(raw, time::macros::format_description!("[year]-[month]-[day]")).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_are_whole_days_with_or_without_a_d() {
        assert_eq!(days("7d"), Some(7));
        assert_eq!(days(" 30 "), Some(30));
        assert_eq!(days("0d"), None);
        assert_eq!(days("1w"), None);
        assert_eq!(days("3651"), None);
    }

    #[test]
    fn days_are_real_calendar_days() {
        assert!(is_day("2026-11-23"));
        assert!(!is_day("2026-02-30"));
        assert!(!is_day("23.11.2026"));
    }
}
