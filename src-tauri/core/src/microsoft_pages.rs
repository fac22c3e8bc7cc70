//! Microsoft's pages Liaison opens in the web browser, where the user must act in Partner Center
//! (look a customer up, create a GDAP request and copy its link) or read Microsoft's help. The
//! core builds every address from what it knows, on Microsoft's hosts only: no command opens an
//! address the UI made up.

use crate::{validate, Cloud, Error, Field, Language, Result, StateConflict};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A page of Microsoft's that Liaison opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum MicrosoftPage {
    /// Partner Center's customer list: where a customer is looked up, and a GDAP request begins.
    PartnerCenterCustomers,
    /// A customer's account in Partner Center, by its Microsoft ID.
    PartnerCenterCustomer,
    /// Partner Center's granular administration (GDAP) page.
    PartnerCenterGdap,
    /// Microsoft's help on requesting GDAP admin relationships.
    GdapHelp,
    /// Microsoft's help for the customer approving a GDAP request.
    GdapApprovalHelp,
    /// Microsoft's help on reseller relationship requests and how a customer accepts one.
    RelationshipHelp,
}

/// Partner Center's host in the public cloud. Its pages' paths are those Partner Center shows
/// (and scripts and browser extensions of partners open); Microsoft publishes no address of
/// Partner Center in the national clouds that Liaison could rely on.
const PARTNER_CENTER: &str = "partner.microsoft.com";
/// Microsoft Learn, where Partner Center's documentation lives, in every language.
const LEARN: &str = "learn.microsoft.com";

/// Whether Liaison opens Partner Center's pages for a partner in `cloud`: in the public cloud only.
pub fn partner_center_offered(cloud: Cloud) -> bool {
    cloud == Cloud::Public
}

/// The address of `page` for a partner in `cloud`, in `lang` where Microsoft translates it.
/// A customer's page needs the customer's Microsoft ID. Partner Center's pages are refused
/// outside the public cloud ([`StateConflict::PartnerCenterElsewhere`]).
pub fn url(page: MicrosoftPage, cloud: Cloud, lang: Language, microsoft_id: Option<&str>) -> Result<String> {
    let partner_center = |path: &str| {
        if partner_center_offered(cloud) {
            Ok(format!("https://{PARTNER_CENTER}/dashboard/v2/customers/{path}"))
        } else {
            Err(Error::WrongState(StateConflict::PartnerCenterElsewhere))
        }
    };
    let learn = |article: &str| {
        Ok(format!("https://{LEARN}/{}/partner-center/customers/{article}", lang.tag().to_ascii_lowercase()))
    };
    match page {
        MicrosoftPage::PartnerCenterCustomers => partner_center("list"),
        MicrosoftPage::PartnerCenterCustomer => {
            let id = validate::guid(microsoft_id.unwrap_or_default())
                .map_err(|rule| Error::invalid(Field::MicrosoftId, rule))?;
            partner_center(&format!("{id}/account"))
        }
        MicrosoftPage::PartnerCenterGdap => partner_center("granularadminaccess/list"),
        MicrosoftPage::GdapHelp => learn("gdap-obtain-admin-permissions-to-manage-customer"),
        MicrosoftPage::GdapApprovalHelp => learn("gdap-customer-approval"),
        MicrosoftPage::RelationshipHelp => learn("request-a-relationship-with-a-customer"),
    }
}

/// Whether `address` is one [`url`] builds: `https` on Partner Center's or Learn's host, with no
/// credentials and no port. The desktop shell opens nothing else.
pub fn is_microsoft_page(address: &str) -> bool {
    url::Url::parse(address).is_ok_and(|u| {
        u.scheme() == "https"
            && u.username().is_empty()
            && u.password().is_none()
            && u.port().is_none()
            && u.host_str().is_some_and(|h| h == PARTNER_CENTER || h == LEARN)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use MicrosoftPage::*;

    const ID: &str = "0d0b8a8e-6a57-4a5c-9d5e-3c6f1b2a4e77";

    #[test]
    fn partner_centers_pages_in_the_public_cloud() {
        let at = |page, id: Option<&str>| url(page, Cloud::Public, Language::CsCz, id).unwrap();
        let braced = format!("{{{}}}", ID.to_uppercase());
        assert_eq!(at(PartnerCenterCustomers, None), "https://partner.microsoft.com/dashboard/v2/customers/list");
        assert_eq!(
            at(PartnerCenterCustomer, Some(&braced)),
            format!("https://partner.microsoft.com/dashboard/v2/customers/{ID}/account")
        );
        assert_eq!(
            at(PartnerCenterGdap, None),
            "https://partner.microsoft.com/dashboard/v2/customers/granularadminaccess/list"
        );
    }

    #[test]
    fn help_in_the_users_language_in_every_cloud() {
        for cloud in Cloud::ALL {
            assert_eq!(
                url(GdapHelp, *cloud, Language::HuHu, None).unwrap(),
                "https://learn.microsoft.com/hu-hu/partner-center/customers/gdap-obtain-admin-permissions-to-manage-customer"
            );
            assert_eq!(
                url(GdapApprovalHelp, *cloud, Language::RuRu, None).unwrap(),
                "https://learn.microsoft.com/ru-ru/partner-center/customers/gdap-customer-approval"
            );
            assert_eq!(
                url(RelationshipHelp, *cloud, Language::EnUs, None).unwrap(),
                "https://learn.microsoft.com/en-us/partner-center/customers/request-a-relationship-with-a-customer"
            );
        }
    }

    #[test]
    fn no_partner_center_address_is_guessed_for_a_national_cloud_and_no_customer_without_its_id() {
        for cloud in [Cloud::UsGovernment, Cloud::Germany, Cloud::China] {
            for page in [PartnerCenterCustomers, PartnerCenterGdap] {
                let r = url(page, cloud, Language::EnUs, None);
                assert!(matches!(r, Err(Error::WrongState(StateConflict::PartnerCenterElsewhere))), "{cloud:?} {r:?}");
            }
        }
        for id in [None, Some(""), Some("not-a-guid")] {
            let r = url(PartnerCenterCustomer, Cloud::Public, Language::EnUs, id);
            assert!(matches!(r, Err(Error::Invalid(e)) if e[0].field == Field::MicrosoftId), "{id:?}");
        }
    }

    #[test]
    fn only_what_the_core_builds_is_a_microsoft_page() {
        for page in [PartnerCenterCustomers, PartnerCenterGdap, GdapHelp, GdapApprovalHelp, RelationshipHelp] {
            assert!(is_microsoft_page(&url(page, Cloud::Public, Language::PlPl, None).unwrap()), "{page:?}");
        }
        for other in [
            "http://partner.microsoft.com/dashboard",
            "https://partner.microsoft.com.evil.example/",
            "https://user@partner.microsoft.com/",
            "https://partner.microsoft.com:8443/",
            "https://evil.example/?https://learn.microsoft.com",
            "file:///etc/passwd",
            "javascript:alert(1)",
            "mailto:a@b.cz",
            "",
        ] {
            assert!(!is_microsoft_page(other), "{other}");
        }
    }
}
