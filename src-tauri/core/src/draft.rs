//! The invitation and termination-notice emails (docs/domain.md §6), written in the customer's
//! language from the FTL files, and the rule that the invitation link must stay in them.

use crate::validate::{self, Lines};
use crate::{i18n, Cloud, Error, Field, FieldError, Language, Result, Rule};
use fluent_bundle::FluentArgs;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// An email ready for the user to read, edit and send.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Draft {
    pub language: Language,
    pub recipient: String,
    pub subject: String,
    pub body: String,
}

/// Who an invitation is from and to, and what it grants.
#[derive(Debug, Clone)]
pub struct InvitationWording<'a> {
    pub language: Language,
    pub contact_name: &'a str,
    pub customer_company: &'a str,
    pub partner_company: &'a str,
    pub provider_name: Option<&'a str>,
    pub staff_name: &'a str,
    pub cloud: Cloud,
    pub dap: bool,
    pub link: &'a str,
}

fn portal_id(cloud: Cloud) -> String {
    format!("portal-{}", cloud.as_str().replace('_', "-"))
}

/// The name of the place where a customer in `cloud` accepts, in `lang`.
pub fn portal_name(lang: Language, cloud: Cloud) -> String {
    i18n::text(lang, &portal_id(cloud), None)
}

/// Who a draft to a customer is from and to, in which language and cloud: all a termination
/// notice needs, and the start of a GDAP request's and a reminder's wording.
#[derive(Debug, Clone)]
pub struct Parties<'a> {
    pub language: Language,
    pub contact_name: &'a str,
    pub customer_company: &'a str,
    pub partner_company: &'a str,
    pub staff_name: &'a str,
    pub cloud: Cloud,
}

impl Parties<'_> {
    /// The arguments every message of the draft may use (no provider).
    fn args(&self) -> FluentArgs<'static> {
        draft_args(
            self.language,
            self.contact_name,
            self.customer_company,
            self.partner_company,
            None,
            self.staff_name,
            Some(self.cloud),
        )
    }
}

/// Who a termination notice to the partner is from and about. The partner is the other party
/// of the agreement under which the customer was served: the customer's indirect provider,
/// named when Liaison knows it.
#[derive(Debug, Clone)]
pub struct PartnerNoticeWording<'a> {
    pub language: Language,
    pub customer_company: &'a str,
    pub partner_company: &'a str,
    pub provider_name: Option<&'a str>,
    pub staff_name: &'a str,
}

/// The arguments every draft message may use; a missing provider is empty, and a draft that
/// names no portal (`cloud` is `None`) gets none.
fn draft_args(
    lang: Language,
    contact: &str,
    customer: &str,
    partner: &str,
    provider: Option<&str>,
    staff: &str,
    cloud: Option<Cloud>,
) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    args.set("contact", contact.to_owned());
    args.set("customer", customer.to_owned());
    args.set("partner", partner.to_owned());
    args.set("provider", provider.unwrap_or_default().to_owned());
    args.set("staff", staff.to_owned());
    if let Some(cloud) = cloud {
        args.set("portal", portal_name(lang, cloud));
    }
    args
}

/// The greeting: with the contact's name where the language can put any name in it, else the
/// general one (a language with no safe form for an arbitrary name gives both the same words).
fn greeting(lang: Language, contact: &str, args: &FluentArgs) -> String {
    let id = if contact.trim().is_empty() { "draft-greeting" } else { "draft-greeting-named" };
    i18n::text(lang, id, Some(args))
}

/// Subject and body of an invitation: greeting, who invites, what accepting grants, who accepts
/// and where, the Microsoft Customer Agreement, the link on its own line, the signature.
pub fn invitation(w: &InvitationWording) -> (String, String) {
    let lang = w.language;
    let args = draft_args(
        lang,
        w.contact_name,
        w.customer_company,
        w.partner_company,
        w.provider_name,
        w.staff_name,
        Some(w.cloud),
    );
    let t = |id: &str| i18n::text(lang, id, Some(&args));
    let (subject, intro) = match w.provider_name {
        Some(_) => (t("draft-invitation-subject-provider"), t("draft-invitation-intro-provider")),
        None => (t("draft-invitation-subject"), t("draft-invitation-intro")),
    };
    let grants = if w.dap { t("draft-invitation-grants-dap") } else { t("draft-invitation-grants") };
    let paragraphs = [
        greeting(lang, w.contact_name, &args),
        intro,
        grants,
        t("draft-invitation-accept"),
        t("draft-invitation-agreement"),
        w.link.to_owned(),
        t("draft-invitation-questions"),
        t("draft-signature"),
    ];
    (subject, paragraphs.join("\n\n"))
}

/// Who a GDAP request is from and to, and what it asks for.
#[derive(Debug, Clone)]
pub struct GdapWording<'a> {
    pub to: Parties<'a>,
    pub duration_days: u32,
    /// The roles' names, in the order listed.
    pub roles: &'a [&'a str],
    pub auto_extend: bool,
    pub link: &'a str,
}

/// Subject and body of a request for GDAP: greeting, who asks for which access and for how
/// long, the roles one to a line, what happens at the end, who approves where (Partner
/// Center's "Click to review and accept"), the link on its own line, where to see and end the
/// access, the signature.
pub fn gdap_request(w: &GdapWording) -> (String, String) {
    let lang = w.to.language;
    let mut args = w.to.args();
    args.set("days", w.duration_days);
    let t = |id: &str| i18n::text(lang, id, Some(&args));
    let roles: Vec<String> = w.roles.iter().map(|r| format!("\u{2022} {r}")).collect();
    let paragraphs = [
        greeting(lang, w.to.contact_name, &args),
        t("draft-gdap-intro"),
        roles.join("\n"),
        t(if w.auto_extend { "draft-gdap-extend" } else { "draft-gdap-no-extend" }),
        t("draft-gdap-accept"),
        w.link.to_owned(),
        t("draft-gdap-questions"),
        t("draft-signature"),
    ];
    (t("draft-gdap-subject"), paragraphs.join("\n\n"))
}

/// Who a reminder is from and to, and what it chases.
#[derive(Debug, Clone)]
pub struct ReminderWording<'a> {
    pub to: Parties<'a>,
    /// A GDAP request rather than a reseller invitation.
    pub gdap: bool,
    /// The day the first message was sent.
    pub sent_on: time::Date,
    pub link: &'a str,
}

/// A day as a letter to the customer writes it in `lang` ("November 16, 2026", "16. listopadu 2026").
pub fn letter_date(lang: Language, day: time::Date) -> String {
    let mut args = FluentArgs::new();
    args.set("day", day.day());
    args.set("month", u8::from(day.month()));
    args.set("year", day.year().to_string());
    i18n::text(lang, "draft-date", Some(&args))
}

/// Subject and body of a reminder: greeting, what was sent on which day and is still waiting,
/// who accepts and where (as the first message said), the same link on its own line, a word for
/// whoever already answered, the signature.
pub fn reminder(w: &ReminderWording) -> (String, String) {
    let lang = w.to.language;
    let mut args = w.to.args();
    args.set("date", letter_date(lang, w.sent_on));
    let t = |id: &str| i18n::text(lang, id, Some(&args));
    let (subject, intro, accept) = if w.gdap {
        ("draft-reminder-gdap-subject", "draft-reminder-gdap-intro", "draft-reminder-gdap-accept")
    } else {
        ("draft-reminder-subject", "draft-reminder-intro", "draft-invitation-accept")
    };
    let paragraphs = [
        greeting(lang, w.to.contact_name, &args),
        t(intro),
        t(accept),
        w.link.to_owned(),
        t("draft-reminder-answered"),
        t("draft-signature"),
    ];
    (t(subject), paragraphs.join("\n\n"))
}

/// Subject and body of a notice of termination: greeting, who ends the relationship with whom,
/// what ending it means, the delegated admin privileges that remain and where to remove them,
/// the signature.
pub fn notice(w: &Parties) -> (String, String) {
    let lang = w.language;
    let args = w.args();
    let t = |id: &str| i18n::text(lang, id, Some(&args));
    let body = [
        greeting(lang, w.contact_name, &args),
        t("draft-notice-intro"),
        t("draft-notice-effect"),
        t("draft-notice-dap"),
        t("draft-notice-questions"),
        t("draft-signature"),
    ]
    .join("\n\n");
    (t("draft-notice-subject"), body)
}

/// Subject and body of a notice of termination to the partner: who ends the relationship with
/// which customer (addressed to the provider by name when it is known), what ending it means,
/// the signature. The greeting is the partner's own: no person's name is kept for a provider,
/// and the customer's general greeting addresses a customer in some languages.
pub fn partner_notice(w: &PartnerNoticeWording) -> (String, String) {
    let lang = w.language;
    let args = draft_args(lang, "", w.customer_company, w.partner_company, w.provider_name, w.staff_name, None);
    let t = |id: &str| i18n::text(lang, id, Some(&args));
    let intro =
        if w.provider_name.is_some() { "draft-notice-partner-intro-named" } else { "draft-notice-partner-intro" };
    let body = [
        t("draft-notice-partner-greeting"),
        t(intro),
        t("draft-notice-partner-effect"),
        t("draft-notice-partner-questions"),
        t("draft-signature"),
    ]
    .join("\n\n");
    (t("draft-notice-partner-subject"), body)
}

/// Refuses a draft whose text no longer holds the exact link as a token of its own: after the
/// start of the text or white space, before white space or the end. Text glued to either side
/// (`https://evil.example/#<link>`, `<link>&a=b`) makes a different address that merely contains
/// the link.
pub fn ensure_link_kept(body: &str, link: &str) -> Result<()> {
    let whole = |(at, _): (usize, &str)| {
        body[..at].chars().next_back().is_none_or(char::is_whitespace)
            && body[at + link.len()..].chars().next().is_none_or(char::is_whitespace)
    };
    if !link.is_empty() && body.match_indices(link).any(whole) {
        Ok(())
    } else {
        Err(Error::LinkRemoved)
    }
}

/// Refuses a draft whose subject or text holds a character that hides text or turns its
/// direction (see [`validate::hidden_character`]; a tab in the text is fine): one typed into the
/// draft, or one in a name stored before Liaison refused them.
pub fn ensure_visible(subject: &str, body: &str) -> Result<()> {
    let hidden = |field, found: Option<char>| {
        found.map(|c| FieldError { field, rule: Rule::HiddenCharacter { code_point: c as u32 } })
    };
    let broken: Vec<FieldError> = [
        hidden(Field::Subject, validate::hidden_character(subject, Lines::One)),
        hidden(Field::Body, validate::hidden_character(&body.replace('\t', " "), Lines::Many)),
    ]
    .into_iter()
    .flatten()
    .collect();
    if broken.is_empty() {
        Ok(())
    } else {
        Err(Error::Invalid(broken))
    }
}

/// What the clipboard receives for a draft: the subject, a blank line, the body.
pub fn clipboard_text(subject: &str, body: &str) -> String {
    format!("{subject}\n\n{body}")
}

#[cfg(test)]
mod tests {
    use super::*;

    const LINK: &str = "https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=3f2504e0-4f89-11d3-9a0c-0305e82c3301&msppId=0&DAP=true#/BillingAccounts/partner-invitation";

    fn wording(dap: bool, provider: Option<&'static str>) -> InvitationWording<'static> {
        InvitationWording {
            language: Language::EnUs,
            contact_name: "Jana Nováková",
            customer_company: "Contoso a.s.",
            partner_company: "Northwind Partners",
            provider_name: provider,
            staff_name: "Petr Svoboda",
            cloud: Cloud::Public,
            dap,
            link: LINK,
        }
    }

    #[test]
    fn the_invitation_says_everything_domain_6_asks() {
        let (subject, body) = invitation(&wording(true, None));
        assert!(subject.contains("Northwind Partners"), "{subject}");
        for needle in [
            "Jana Nováková",
            "Northwind Partners",
            "Global admin",
            "Microsoft 365 admin center",
            "Microsoft Customer Agreement",
            "Petr Svoboda",
            "administ",
        ] {
            assert!(body.contains(needle), "{needle} missing from:\n{body}");
        }
        assert!(body.lines().any(|l| l == LINK), "the link is not on a line of its own");
        assert!(!body.contains('\u{2068}'));
    }

    #[test]
    fn no_dap_no_admin_privileges_and_the_provider_is_named() {
        let (_, with_dap) = invitation(&wording(true, None));
        let (_, without) = invitation(&wording(false, None));
        assert_ne!(with_dap, without);
        assert!(with_dap.contains("delegated administration privileges"), "{with_dap}");
        assert!(!without.contains("delegated administration"), "{without}");
        let (subject, body) = invitation(&wording(false, Some("Adatum Distribution")));
        assert!(body.contains("Adatum Distribution") && body.contains("Northwind Partners"), "{body}");
        assert!(subject.contains("Adatum Distribution"), "{subject}");
    }

    #[test]
    fn the_link_must_stay_exact() {
        let (_, body) = invitation(&wording(true, None));
        assert!(ensure_link_kept(&body, LINK).is_ok());
        let edited = body.replace(LINK, "see the portal");
        assert!(matches!(ensure_link_kept(&edited, LINK), Err(Error::LinkRemoved)));
        let altered = body.replace("DAP=true", "DAP=false");
        assert!(matches!(ensure_link_kept(&altered, LINK), Err(Error::LinkRemoved)));
    }

    /// The names of the snapshot: each ends with its own period, which a sentence must not double.
    const CUSTOMER: &str = "Contoso s.r.o.";
    const PARTNER: &str = "Northwind Traders Inc.";
    const PROVIDER: &str = "Adatum Distribution Ltd.";
    const CONTACT: &str = "Jana Nováková";
    const STAFF: &str = "Petr Svoboda";
    const TENANT: &str = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
    const PROVIDER_TENANT: &str = "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d";

    /// What a snapshot case renders.
    enum Case {
        Invitation { provider: bool, dap: bool },
        Gdap { auto_extend: bool },
        Notice,
        PartnerNotice { provider: bool },
        Reminder { gdap: bool },
    }

    /// Each draft paragraph in each of its forms at least once: both invitations, DAP on and off,
    /// every cloud's portal, the notice to the customer with a contact's name and without, the
    /// notice to the partner with the provider's name and without (it names no portal).
    const CASES: [(Case, Cloud, bool); 17] = [
        (Case::Invitation { provider: false, dap: true }, Cloud::Public, true),
        (Case::Invitation { provider: false, dap: false }, Cloud::Public, false),
        (Case::Invitation { provider: true, dap: true }, Cloud::Public, false),
        (Case::Invitation { provider: true, dap: false }, Cloud::Public, true),
        (Case::Invitation { provider: false, dap: true }, Cloud::UsGovernment, true),
        (Case::Invitation { provider: true, dap: true }, Cloud::Germany, false),
        (Case::Invitation { provider: false, dap: false }, Cloud::China, true),
        (Case::Notice, Cloud::Public, true),
        (Case::Notice, Cloud::Germany, false),
        (Case::Notice, Cloud::China, false),
        (Case::PartnerNotice { provider: true }, Cloud::Public, false),
        (Case::PartnerNotice { provider: false }, Cloud::Public, false),
        (Case::Gdap { auto_extend: true }, Cloud::Public, true),
        (Case::Gdap { auto_extend: false }, Cloud::UsGovernment, false),
        (Case::Reminder { gdap: false }, Cloud::Public, true),
        (Case::Reminder { gdap: false }, Cloud::China, false),
        (Case::Reminder { gdap: true }, Cloud::Public, true),
    ];

    /// Every case in every language, as subject and body.
    fn every_draft() -> Vec<(String, String, String)> {
        let mut out = Vec::new();
        for lang in i18n::available() {
            for (case, cloud, named) in &CASES {
                let contact = if *named { CONTACT } else { "" };
                let to = Parties {
                    language: lang,
                    contact_name: contact,
                    customer_company: CUSTOMER,
                    partner_company: PARTNER,
                    staff_name: STAFF,
                    cloud: *cloud,
                };
                // The link as the core builds it for this case (its exactness is link.rs's tests').
                let (provider, dap) = match case {
                    Case::Invitation { provider, dap } => (*provider, *dap || cloud.dap_forced()),
                    Case::Notice | Case::PartnerNotice { .. } | Case::Gdap { .. } | Case::Reminder { .. } => {
                        (false, false)
                    }
                };
                let query = if provider {
                    format!("invType=IndirectResellerRelationship&partnerId={TENANT}&msppId=4567890&indirectCSPId={PROVIDER_TENANT}&DAP={dap}")
                } else {
                    format!("invType=ResellerRelationship&partnerId={TENANT}&msppId=0&DAP={dap}")
                };
                let link = format!(
                    "https://{}/Adminportal/Home?{query}#/BillingAccounts/partner-invitation",
                    cloud.default_link_host()
                );
                let who = if *named { format!("contact {CONTACT}") } else { "no contact name".to_owned() };
                let (title, (subject, body)) = match case {
                    Case::Invitation { provider, dap } => (
                        format!(
                            "invitation{} · {} · {who}",
                            if *provider { " with the indirect provider" } else { "" },
                            if *dap { "DAP" } else { "no DAP" }
                        ),
                        invitation(&InvitationWording {
                            language: lang,
                            contact_name: contact,
                            customer_company: CUSTOMER,
                            partner_company: PARTNER,
                            provider_name: provider.then_some(PROVIDER),
                            staff_name: STAFF,
                            cloud: *cloud,
                            dap: *dap,
                            link: &link,
                        }),
                    ),
                    Case::Notice => (format!("termination notice · {who}"), notice(&to)),
                    Case::Gdap { auto_extend } => (
                        format!(
                            "GDAP request · {} · {who}",
                            if *auto_extend { "auto extend" } else { "no auto extend" }
                        ),
                        gdap_request(&GdapWording {
                            to: to.clone(),
                            duration_days: if *auto_extend { 730 } else { 1 },
                            roles: &["Directory Readers", "Helpdesk Administrator", "License Administrator"],
                            auto_extend: *auto_extend,
                            link: &format!(
                                "https://{}/AdminPortal/Home#/partners/invitation/granularAdminRelationships/{TENANT}",
                                cloud.default_link_host()
                            ),
                        }),
                    ),
                    Case::Reminder { gdap } => (
                        format!("reminder · {} · {who}", if *gdap { "GDAP request" } else { "invitation" }),
                        reminder(&ReminderWording {
                            to: to.clone(),
                            gdap: *gdap,
                            sent_on: time::macros::date!(2026 - 11 - 16),
                            link: &if *gdap {
                                format!(
                                    "https://{}/AdminPortal/Home#/partners/invitation/granularAdminRelationships/{TENANT}",
                                    cloud.default_link_host()
                                )
                            } else {
                                link.clone()
                            },
                        }),
                    ),
                    Case::PartnerNotice { provider } => (
                        format!(
                            "termination notice to the partner · {}",
                            if *provider { "provider named" } else { "no provider name" }
                        ),
                        partner_notice(&PartnerNoticeWording {
                            language: lang,
                            customer_company: CUSTOMER,
                            partner_company: PARTNER,
                            provider_name: provider.then_some(PROVIDER),
                            staff_name: STAFF,
                        }),
                    ),
                };
                // The partner's notice names no portal, so its cloud is no part of what it says.
                let place = match case {
                    Case::PartnerNotice { .. } => String::new(),
                    _ => format!(" · {}", cloud.as_str()),
                };
                out.push((format!("{}{place} · {title}", lang.tag()), subject, body));
            }
        }
        out
    }

    #[test]
    fn drafts_match_the_reviewed_snapshot() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/snapshots/drafts.txt");
        let mut rendered = String::from(
            "# Every draft Liaison writes, in every language. A native speaker reviews each change here.\n\
             # Rewrite with LIAISON_UPDATE_SNAPSHOTS=1 cargo test -p liaison-core drafts, then read the diff.\n",
        );
        for (title, subject, body) in every_draft() {
            rendered.push_str(&format!("\n======== {title}\nSubject: {subject}\n\n{body}\n"));
        }
        if std::env::var_os("LIAISON_UPDATE_SNAPSHOTS").is_some() {
            std::fs::write(path, &rendered).expect("write the snapshot");
        }
        let reviewed = std::fs::read_to_string(path).expect("the reviewed snapshot exists");
        if reviewed != rendered {
            let first = reviewed.lines().zip(rendered.lines()).position(|(a, b)| a != b);
            panic!(
                "the drafts differ from snapshots/drafts.txt (first at line {}); rewrite it with \
                 LIAISON_UPDATE_SNAPSHOTS=1 and review the diff",
                first.map_or_else(|| "end".to_owned(), |i| (i + 1).to_string())
            );
        }
    }

    #[test]
    fn a_name_keeps_its_own_period_and_it_is_never_doubled() {
        for (title, subject, body) in every_draft() {
            for text in [&subject, &body] {
                assert!(!text.contains(".."), "{title}: doubled period in:\n{text}");
                assert!(!text.contains('{') && !text.contains("draft-"), "{title}: unresolved message in:\n{text}");
            }
            assert!(body.contains(CUSTOMER) && body.contains(PARTNER) && body.contains(STAFF), "{title}:\n{body}");
            assert!(subject.contains(CUSTOMER) && subject.contains(PARTNER), "{title}: {subject}");
        }
    }

    #[test]
    fn formal_address_throughout() {
        // Words a careful writer never uses to a customer: informal "you" forms and "Dear <name>"
        // in a language that would need the vocative.
        let informal: [(Language, &[&str]); 4] = [
            (Language::CsCz, &[" tvůj", " tvoje", " ty ", " tebe", " vám ", " vás ", " váš "]),
            (Language::PlPl, &[" Ty ", " Twój", " Twoja", " Twoim", " Ciebie", " masz ", " możesz ", "Dzień dobry, "]),
            (Language::HuHu, &["Önök", " te ", " neked", " Önöket", " Önöknek"]),
            (Language::RuRu, &[" ты ", " тебя", " твой", " вы ", " вас ", " ваш", " вам "]),
        ];
        for (title, subject, body) in every_draft() {
            for (lang, words) in &informal {
                if !title.starts_with(lang.tag()) {
                    continue;
                }
                for w in *words {
                    assert!(!body.contains(w) && !subject.contains(w), "{title}: {w:?} in:\n{body}");
                }
            }
            if title.starts_with("cs-CZ") {
                assert!(!body.contains(CONTACT), "{title}: Czech greets without a name it cannot decline");
            }
        }
    }

    #[test]
    fn the_link_must_stand_alone_as_a_whole_token() {
        let (_, body) = invitation(&wording(true, None));
        for glued in [
            format!("https://evil.example/#{LINK}"),
            format!("https://evil.example/?u={LINK}"),
            format!("{LINK}x"),
            format!("x{LINK}"),
            format!("{LINK}&a=b"),
            format!("{LINK}#more"),
            format!("<{LINK}>"),
            format!("{LINK}."),
            format!("\u{202e}{LINK}"),
        ] {
            let edited = body.replace(LINK, &glued);
            assert!(matches!(ensure_link_kept(&edited, LINK), Err(Error::LinkRemoved)), "{glued}");
            assert!(matches!(ensure_link_kept(&glued, LINK), Err(Error::LinkRemoved)), "{glued}");
        }
        for alone in [
            LINK.to_owned(),
            format!("Accept here: {LINK}"),
            format!("{LINK}\nThanks"),
            format!("\t{LINK}\r\n"),
            format!("x{LINK}y and again {LINK}"),
        ] {
            assert!(ensure_link_kept(&alone, LINK).is_ok(), "{alone:?}");
        }
        assert!(matches!(ensure_link_kept("", LINK), Err(Error::LinkRemoved)));
    }

    #[test]
    fn a_draft_with_a_hidden_character_is_refused_naming_subject_or_body() {
        let (subject, body) = invitation(&wording(true, None));
        assert!(ensure_visible(&subject, &body).is_ok());
        assert!(ensure_visible(&subject, &format!("{body}\r\n\tIndented\n")).is_ok());
        let Err(Error::Invalid(e)) =
            ensure_visible(&format!("\u{202e}{subject}"), &body.replace("Contoso", "Con\u{200b}toso"))
        else {
            panic!("accepted")
        };
        let got: Vec<(Field, Rule)> = e.iter().map(|e| (e.field, e.rule)).collect();
        assert_eq!(
            got,
            [
                (Field::Subject, Rule::HiddenCharacter { code_point: 0x202e }),
                (Field::Body, Rule::HiddenCharacter { code_point: 0x200b })
            ]
        );
    }

    #[test]
    fn every_cloud_has_its_portal() {
        for cloud in Cloud::ALL {
            for lang in i18n::available() {
                assert!(!portal_name(lang, *cloud).starts_with("portal-"));
            }
        }
    }
}
