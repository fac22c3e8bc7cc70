//! The invitation and termination-notice emails (docs/domain.md §6), written in the customer's
//! language from the FTL files, and the rule that the invitation link must stay in them.

use crate::{i18n, Cloud, Error, Language, Result};
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

/// Subject and body of an invitation: greeting, who invites, what accepting grants, who accepts
/// and where, the Microsoft Customer Agreement, the link on its own line, the signature.
pub fn invitation(w: &InvitationWording) -> (String, String) {
    let lang = w.language;
    let mut args = FluentArgs::new();
    args.set("contact", w.contact_name.to_owned());
    args.set("customer", w.customer_company.to_owned());
    args.set("partner", w.partner_company.to_owned());
    args.set("provider", w.provider_name.unwrap_or_default().to_owned());
    args.set("staff", w.staff_name.to_owned());
    args.set("portal", portal_name(lang, w.cloud));
    let t = |id: &str| i18n::text(lang, id, Some(&args));
    let greeting = if w.contact_name.is_empty() { t("draft-greeting") } else { t("draft-greeting-named") };
    let (subject, intro) = match w.provider_name {
        Some(_) => (t("draft-invitation-subject-provider"), t("draft-invitation-intro-provider")),
        None => (t("draft-invitation-subject"), t("draft-invitation-intro")),
    };
    let grants = if w.dap { t("draft-invitation-grants-dap") } else { t("draft-invitation-grants") };
    let paragraphs = [
        greeting,
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

/// Refuses a draft whose text no longer holds the exact link.
pub fn ensure_link_kept(body: &str, link: &str) -> Result<()> {
    if body.contains(link) {
        Ok(())
    } else {
        Err(Error::LinkRemoved)
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

    #[test]
    fn every_cloud_has_its_portal() {
        for cloud in Cloud::ALL {
            for lang in i18n::available() {
                assert!(!portal_name(lang, *cloud).starts_with("portal-"));
            }
        }
    }
}
