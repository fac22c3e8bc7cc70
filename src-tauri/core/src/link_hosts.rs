//! Where the customers of each cloud accept a partner's invitation: the only hosts an invitation
//! link may point at, each with where Microsoft publishes it. A link to any other host would send
//! the customer's Global admin somewhere that is not Microsoft's, so Settings offers these alone.

use crate::{validate, Cloud, Rule};
use serde::Serialize;
use ts_rs::TS;

/// A host where customers of one cloud accept invitations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AcceptanceHost {
    /// The host name, lower case, as the link carries it.
    pub host: &'static str,
    /// What the host is, and where Microsoft publishes it.
    pub source: &'static str,
}

const PUBLIC: &[AcceptanceHost] = &[
    AcceptanceHost {
        host: "admin.microsoft.com",
        source: "Microsoft 365 admin center: the link Partner Center's API returns for a reseller \
                 relationship, learn.microsoft.com/partner-center/developer/request-reseller-relationship",
    },
    AcceptanceHost {
        host: "admin.cloud.microsoft",
        source: "Microsoft 365 admin center on the unified cloud.microsoft domain, \
                 learn.microsoft.com/microsoft-365/enterprise/cloud-microsoft-domain",
    },
];

const US_GOVERNMENT: &[AcceptanceHost] = &[
    AcceptanceHost {
        host: "portal.office365.us",
        source: "Microsoft 365 admin center for GCC High (portal.office365.us/adminportal), \
                 Microsoft 365 admin documentation for US Government volume licensing",
    },
    AcceptanceHost {
        host: "portal.apps.mil",
        source: "Microsoft 365 admin center for DoD (portal.apps.mil/adminportal), \
                 Microsoft 365 admin documentation for US Government volume licensing",
    },
];

const GERMANY: &[AcceptanceHost] = &[AcceptanceHost {
    host: "portal.office.de",
    source: "Microsoft 365 admin center for Microsoft Cloud Germany (portal.office.de/adminportal, \
             go.microsoft.com/fwlink/p/?linkid=848041), Microsoft 365 admin documentation",
}];

const CHINA: &[AcceptanceHost] = &[AcceptanceHost {
    host: "portal.partner.microsoftonline.cn",
    source: "Microsoft 365 admin center operated by 21Vianet (portal.partner.microsoftonline.cn/adminportal, \
             go.microsoft.com/fwlink/p/?linkid=850627), Microsoft 365 admin documentation",
}];

impl Cloud {
    /// The hosts where this cloud's customers accept invitations, the default first. Only the
    /// public cloud's link format is confirmed by Microsoft; the national clouds' hosts are
    /// their admin centers, the best public evidence.
    pub fn acceptance_hosts(self) -> &'static [AcceptanceHost] {
        match self {
            Cloud::Public => PUBLIC,
            Cloud::UsGovernment => US_GOVERNMENT,
            Cloud::Germany => GERMANY,
            Cloud::China => CHINA,
        }
    }

    /// `raw` as a link host of this cloud, or [`Rule::KnownHost`] when Microsoft publishes no
    /// such acceptance host for it.
    pub fn acceptance_host(self, raw: &str) -> Result<&'static str, Rule> {
        let host = validate::host(raw).map_err(|rule| match rule {
            Rule::Required | Rule::HiddenCharacter { .. } => rule,
            _ => Rule::KnownHost { cloud: self },
        })?;
        self.acceptance_hosts().iter().map(|h| h.host).find(|h| *h == host).ok_or(Rule::KnownHost { cloud: self })
    }
}

/// A cloud's link host as Settings shows it: the host in use and the hosts it may choose from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LinkHostSetting {
    pub cloud: Cloud,
    pub host: String,
    /// Every acceptance host of the cloud, the default first.
    pub choices: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cloud_lists_its_default_first_with_a_source() {
        for cloud in Cloud::ALL {
            let hosts = cloud.acceptance_hosts();
            assert_eq!(hosts[0].host, cloud.default_link_host(), "{cloud:?}");
            for h in hosts {
                assert_eq!(validate::host(h.host).as_deref(), Ok(h.host), "{cloud:?}");
                assert!(h.source.to_lowercase().contains("microsoft"), "{cloud:?} {}", h.host);
            }
        }
    }

    #[test]
    fn only_the_clouds_own_hosts_are_accepted() {
        assert_eq!(Cloud::Public.acceptance_host(" Admin.Microsoft.COM. "), Ok("admin.microsoft.com"));
        assert_eq!(Cloud::Public.acceptance_host("admin.cloud.microsoft"), Ok("admin.cloud.microsoft"));
        assert_eq!(Cloud::UsGovernment.acceptance_host("portal.apps.mil"), Ok("portal.apps.mil"));
        let refused = [
            (Cloud::Public, "evil.example"),
            (Cloud::Public, "admin.microsoft.com.evil.example"),
            (Cloud::Public, "portal.office.de"),
            (Cloud::Germany, "admin.microsoft.com"),
            (Cloud::China, "portal.office365.us"),
            (Cloud::Public, "not a host"),
            (Cloud::Public, "admin.microsoft.com:8443"),
        ];
        for (cloud, host) in refused {
            assert_eq!(cloud.acceptance_host(host), Err(Rule::KnownHost { cloud }), "{cloud:?} {host}");
        }
        assert_eq!(Cloud::Public.acceptance_host(""), Err(Rule::Required));
        assert_eq!(
            Cloud::Public.acceptance_host("admin.microsoft.com\u{202e}"),
            Err(Rule::HiddenCharacter { code_point: 0x202e })
        );
    }
}
