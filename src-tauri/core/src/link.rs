//! The personalized invitation link (docs/domain.md §2–§3): it carries the partner's identity, built
//! only from validated values, for the partner's type and cloud.

use crate::{validate, Cloud, Error, Field, FieldError, PartnerProfile, PartnerType, Result, Rule, StateConflict};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What an invitation asks the customer to accept. The user chooses it by where they start:
/// Customers → *Request a reseller relationship* asks for a relationship with the partner alone;
/// Indirect providers → *Invite new customers* (indirect resellers only) asks for one with the
/// reseller and its provider at the same time.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum InvitationKind {
    /// A reseller relationship with the partner alone, whatever its type.
    #[default]
    Reseller,
    /// A relationship with an indirect reseller and its indirect provider at the same time.
    ResellerWithProvider,
}

impl InvitationKind {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            InvitationKind::Reseller => "reseller",
            InvitationKind::ResellerWithProvider => "reseller_with_provider",
        }
    }

    /// The kinds a partner of `partner_type` may send: every partner requests a relationship
    /// with itself; only an indirect reseller also invites together with a provider.
    pub fn offered(partner_type: PartnerType) -> &'static [InvitationKind] {
        match partner_type {
            PartnerType::IndirectReseller => &[InvitationKind::Reseller, InvitationKind::ResellerWithProvider],
            PartnerType::DirectBill | PartnerType::IndirectProvider => &[InvitationKind::Reseller],
        }
    }

    /// `Ok` if a partner of `partner_type` may send this kind.
    pub fn check(self, partner_type: PartnerType) -> Result<()> {
        if InvitationKind::offered(partner_type).contains(&self) {
            Ok(())
        } else {
            Err(Error::WrongState(StateConflict::ProviderInvitationNotOffered))
        }
    }
}

impl Cloud {
    /// Whether a reseller relationship in this cloud always requests delegated admin
    /// privileges (the "no DAP" option does not exist there).
    pub fn dap_forced(self) -> bool {
        matches!(self, Cloud::UsGovernment | Cloud::Germany)
    }

    /// The host the acceptance link points at unless Settings says otherwise. The national
    /// clouds' hosts are the best public evidence, not confirmed formats.
    pub fn default_link_host(self) -> &'static str {
        match self {
            Cloud::Public => "admin.microsoft.com",
            Cloud::UsGovernment => "portal.office365.us",
            Cloud::Germany => "portal.office.de",
            Cloud::China => "portal.partner.microsoftonline.cn",
        }
    }
}

/// Every byte but RFC 3986's unreserved characters.
const COMPONENT: &percent_encoding::AsciiSet =
    &percent_encoding::NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

/// Percent-encodes `s` for a URL query value or a `mailto:` header: every byte but RFC 3986's
/// unreserved characters.
pub fn encode_component(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, COMPONENT).to_string()
}

/// The invitation link of `kind` for `profile` in its cloud at `host`. `provider_tenant_id` is
/// the indirect provider's tenant, required for (and only for) the two-party kind. DAP is forced
/// on where the cloud allows nothing else.
///
/// An indirect reseller's request for a relationship with itself alone uses the
/// `ResellerRelationship` form with the reseller's own tenant ID and `msppId=0`, as a direct-bill
/// partner's does. No public source shows this link for an indirect reseller: it is the best
/// evidence (the relationship asked for is the same kind), not a confirmed format.
pub fn invitation_link(
    profile: &PartnerProfile,
    host: &str,
    kind: InvitationKind,
    dap: bool,
    provider_tenant_id: Option<&str>,
) -> Result<String> {
    kind.check(profile.partner_type)?;
    let mut broken = Vec::new();
    let mut check = |field, r: std::result::Result<String, Rule>| {
        r.map_err(|rule| broken.push(FieldError { field, rule })).unwrap_or_default()
    };
    let tenant = check(Field::TenantId, validate::guid(&profile.tenant_id));
    let host = check(Field::LinkHost, validate::host(host));
    let dap = dap || profile.cloud.dap_forced();
    let query = match kind {
        InvitationKind::Reseller => {
            format!("invType=ResellerRelationship&partnerId={}&msppId=0&DAP={dap}", encode_component(&tenant))
        }
        InvitationKind::ResellerWithProvider => {
            let mspp = check(Field::PartnerId, validate::partner_id(&profile.partner_id));
            let provider = check(Field::ProviderTenantId, validate::guid(provider_tenant_id.unwrap_or_default()));
            format!(
                "invType=IndirectResellerRelationship&partnerId={}&msppId={}&indirectCSPId={}&DAP={dap}",
                encode_component(&tenant),
                encode_component(&mspp),
                encode_component(&provider)
            )
        }
    };
    if !broken.is_empty() {
        return Err(Error::Invalid(broken));
    }
    Ok(format!("https://{host}/Adminportal/Home?{query}#/BillingAccounts/partner-invitation"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Language;

    const PARTNER: &str = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
    const PROVIDER: &str = "abd71061-1c2e-4c53-9a51-0d3f9e8b7a10";

    fn profile(partner_type: PartnerType, cloud: Cloud, tenant: &str) -> PartnerProfile {
        PartnerProfile {
            company_name: "Northwind".into(),
            partner_type,
            tenant_id: tenant.into(),
            partner_id: "4812345".into(),
            cloud,
            country: "CZ".into(),
            language: Language::EnUs,
            updated_at: String::new(),
        }
    }

    #[test]
    fn every_partner_type_cloud_and_dap_combination() {
        let tenant_forms = [PARTNER.to_owned(), PARTNER.to_uppercase(), format!("{{{}}}", PARTNER.to_uppercase())];
        let provider_forms = [PROVIDER.to_owned(), format!("{{{}}}", PROVIDER.to_uppercase())];
        for partner_type in PartnerType::ALL {
            for cloud in Cloud::ALL {
                for dap in [true, false] {
                    for (i, tenant) in tenant_forms.iter().enumerate() {
                        let p = profile(*partner_type, *cloud, tenant);
                        let provider = &provider_forms[i % 2];
                        let host = cloud.default_link_host();
                        let kind = *InvitationKind::offered(*partner_type).last().unwrap();
                        let link = invitation_link(
                            &p,
                            host,
                            kind,
                            dap,
                            Some(provider)
                                .filter(|_| *partner_type == PartnerType::IndirectReseller)
                                .map(String::as_str),
                        )
                        .unwrap();
                        let sent_dap = dap || matches!(cloud, Cloud::UsGovernment | Cloud::Germany);
                        let expected = match partner_type {
                            PartnerType::DirectBill | PartnerType::IndirectProvider => format!(
                                "https://{host}/Adminportal/Home?invType=ResellerRelationship&partnerId={PARTNER}\
                                 &msppId=0&DAP={sent_dap}#/BillingAccounts/partner-invitation"
                            ),
                            PartnerType::IndirectReseller => format!(
                                "https://{host}/Adminportal/Home?invType=IndirectResellerRelationship&partnerId={PARTNER}\
                                 &msppId=4812345&indirectCSPId={PROVIDER}&DAP={sent_dap}#/BillingAccounts/partner-invitation"
                            ),
                        };
                        assert_eq!(link, expected, "{partner_type:?} {cloud:?} dap={dap} tenant={tenant}");
                    }
                }
            }
        }
    }

    #[test]
    fn the_public_cloud_link_matches_partner_centers_published_example() {
        let p = profile(PartnerType::DirectBill, Cloud::Public, "3b33e682-00c3-41ee-9dd2-a548adf56438");
        assert_eq!(
            invitation_link(&p, "admin.microsoft.com", InvitationKind::Reseller, false, None).unwrap(),
            "https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship\
             &partnerId=3b33e682-00c3-41ee-9dd2-a548adf56438&msppId=0&DAP=false#/BillingAccounts/partner-invitation"
        );
    }

    #[test]
    fn a_missing_partner_id_or_provider_tenant_is_an_error_not_an_empty_parameter() {
        let mut p = profile(PartnerType::IndirectReseller, Cloud::Public, PARTNER);
        p.partner_id = String::new();
        let Err(Error::Invalid(e)) =
            invitation_link(&p, "admin.microsoft.com", InvitationKind::ResellerWithProvider, true, None)
        else {
            panic!("built")
        };
        let got: Vec<(Field, Rule)> = e.iter().map(|e| (e.field, e.rule)).collect();
        assert_eq!(got, vec![(Field::PartnerId, Rule::Required), (Field::ProviderTenantId, Rule::Required)]);
        let bad_host = invitation_link(
            &profile(PartnerType::DirectBill, Cloud::Public, PARTNER),
            "not a host",
            InvitationKind::Reseller,
            true,
            None,
        );
        assert!(matches!(bad_host, Err(Error::Invalid(e)) if e[0].field == Field::LinkHost));
    }

    #[test]
    fn an_indirect_resellers_own_request_is_the_single_party_form_with_its_own_tenant() {
        for cloud in Cloud::ALL {
            let p = profile(PartnerType::IndirectReseller, *cloud, &PARTNER.to_uppercase());
            let host = cloud.default_link_host();
            // A provider given by mistake is not put in the single-party link.
            let link = invitation_link(&p, host, InvitationKind::Reseller, false, Some(PROVIDER)).unwrap();
            let dap = cloud.dap_forced();
            assert_eq!(
                link,
                format!(
                    "https://{host}/Adminportal/Home?invType=ResellerRelationship&partnerId={PARTNER}\
                     &msppId=0&DAP={dap}#/BillingAccounts/partner-invitation"
                )
            );
        }
    }

    #[test]
    fn only_an_indirect_reseller_is_offered_the_two_party_kind() {
        use InvitationKind::*;
        assert_eq!(InvitationKind::offered(PartnerType::DirectBill), &[Reseller]);
        assert_eq!(InvitationKind::offered(PartnerType::IndirectProvider), &[Reseller]);
        assert_eq!(InvitationKind::offered(PartnerType::IndirectReseller), &[Reseller, ResellerWithProvider]);
        for partner_type in [PartnerType::DirectBill, PartnerType::IndirectProvider] {
            let p = profile(partner_type, Cloud::Public, PARTNER);
            let r = invitation_link(&p, "admin.microsoft.com", ResellerWithProvider, true, Some(PROVIDER));
            assert!(
                matches!(r, Err(Error::WrongState(StateConflict::ProviderInvitationNotOffered))),
                "{partner_type:?}"
            );
        }
    }

    #[test]
    fn components_are_percent_encoded() {
        assert_eq!(encode_component("a b&c=d#é"), "a%20b%26c%3Dd%23%C3%A9");
        assert_eq!(encode_component("AZaz09-._~"), "AZaz09-._~");
    }
}
