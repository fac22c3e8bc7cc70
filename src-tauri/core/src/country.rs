//! Countries and regions, as ISO 3166-1 alpha-2 codes; their names come from the platform's
//! locale data in the user's language. Also the CSP regions (markets) they belong to, which
//! decide where a partner may request reseller relationships.

/// Every ISO 3166-1 alpha-2 code Partner Center may record for a partner or customer.
pub const COUNTRIES: &[&str] = &[
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ", "BA", "BB", "BD",
    "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS", "BT", "BV", "BW", "BY", "BZ", "CA",
    "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN", "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE",
    "DJ", "DK", "DM", "DO", "DZ", "EC", "EE", "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA",
    "GB", "GD", "GE", "GF", "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK",
    "HM", "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM", "JO", "JP",
    "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT",
    "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK", "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS",
    "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA", "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ",
    "OM", "PA", "PE", "PF", "PG", "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS",
    "RU", "RW", "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS", "ST",
    "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO", "TR", "TT", "TV", "TW",
    "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI", "VN", "VU", "WF", "WS", "YE", "YT", "ZA",
    "ZM", "ZW",
];

/// Whether `code` (already upper-case) is a known country or region.
pub fn is_known(code: &str) -> bool {
    COUNTRIES.binary_search(&code).is_ok()
}

/// A CSP region: the market a partner in one of its countries sells in.
///
/// Source (evidence): Microsoft's Partner Center page *Cloud Solution Provider program regional
/// markets and currencies where you can sell CSP offers*
/// (<https://learn.microsoft.com/partner-center/regional-authorization-overview>, dated
/// 15 April 2021), whose tables list the countries of each region and market; Partner Center's rule
/// for requesting a reseller relationship ("a customer in your country or in the same region")
/// refers to these regions.
///
/// Judgement, not evidence: the page names countries in English, and the ISO codes here are our
/// reading of those names (Bonaire, Saba and Sint Eustatius are all `BQ`; "UK" is `GB`; Kosovo
/// has no code in [`COUNTRIES`] and is left out). Countries the page does not list (China, served
/// by 21Vianet, and others) belong to no region, so only a customer in the partner's own country
/// is inside. Microsoft may have changed the tables since; Liaison therefore warns and lets the
/// partner go on, it never refuses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Region {
    Africa,
    AsiaPacific,
    Australia,
    Brazil,
    Canada,
    Europe,
    India,
    Japan,
    Korea,
    LatinAmericaCaribbean,
    /// "Middle East, Central Europe, and Eastern Europe" in Microsoft's table.
    MiddleEastCentralEasternEurope,
    NewZealand,
    Russia,
    Taiwan,
    UnitedStates,
}

/// Every region with its countries, as the source lists them.
pub const REGIONS: &[(Region, &[&str])] = &[
    (
        Region::Africa,
        &[
            "AO", "BF", "BI", "BJ", "BW", "CD", "CF", "CG", "CI", "CM", "CV", "DJ", "ER", "ET", "GA", "GH", "GM", "GN",
            "GQ", "GW", "KE", "KM", "LR", "MG", "ML", "MU", "MW", "NA", "NC", "NE", "NG", "PF", "RE", "RW", "SC", "SH",
            "SL", "SN", "SO", "SS", "ST", "TD", "TG", "TZ", "UG", "YT", "ZM",
        ],
    ),
    (
        Region::AsiaPacific,
        &["BD", "BN", "BT", "HK", "ID", "KH", "LA", "LK", "MM", "MO", "MV", "MY", "NP", "PH", "SG", "TH", "TL", "VN"],
    ),
    (
        Region::Australia,
        &[
            "AU", "CC", "CK", "CX", "FJ", "FM", "GU", "HM", "KI", "MH", "MP", "NF", "NR", "NU", "PG", "PN", "PW", "SB",
            "TF", "TK", "TO", "TV", "WF",
        ],
    ),
    (Region::Brazil, &["BR"]),
    (Region::Canada, &["CA", "PM"]),
    (
        Region::Europe,
        &[
            "AD", "AT", "AX", "BE", "BG", "BV", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FO", "FR", "GB", "GG",
            "GI", "GL", "GR", "HR", "HU", "IE", "IM", "IS", "IT", "JE", "LI", "LT", "LU", "LV", "MC", "MT", "NL", "NO",
            "PL", "PT", "RO", "SE", "SI", "SJ", "SK", "SM", "VA",
        ],
    ),
    (Region::India, &["IN"]),
    (Region::Japan, &["JP"]),
    (Region::Korea, &["KR"]),
    (
        Region::LatinAmericaCaribbean,
        &[
            "AG", "AI", "AQ", "AR", "AW", "BB", "BL", "BM", "BO", "BQ", "BS", "BZ", "CL", "CO", "CR", "CW", "DM", "DO",
            "EC", "FK", "GD", "GF", "GP", "GS", "GT", "GY", "HN", "HT", "JM", "KN", "KY", "LC", "MF", "MQ", "MS", "MX",
            "NI", "PA", "PE", "PR", "PY", "SR", "SV", "SX", "TC", "TT", "UY", "VC", "VE", "VG", "VI",
        ],
    ),
    (
        Region::MiddleEastCentralEasternEurope,
        &[
            "AE", "AF", "AL", "AM", "AZ", "BA", "BH", "BY", "DZ", "EG", "GE", "IL", "IO", "IQ", "JO", "KG", "KW", "KZ",
            "LB", "LS", "LY", "MA", "MD", "ME", "MK", "MN", "MR", "MZ", "OM", "PK", "PS", "QA", "RS", "SA", "SZ", "TJ",
            "TM", "TN", "TR", "UA", "UZ", "YE", "ZA", "ZW",
        ],
    ),
    (Region::NewZealand, &["AS", "NZ", "VU", "WS"]),
    (Region::Russia, &["RU"]),
    (Region::Taiwan, &["TW"]),
    (Region::UnitedStates, &["UM", "US"]),
];

/// The CSP region `code` belongs to, if the source lists it.
pub fn region_of(code: &str) -> Option<Region> {
    REGIONS.iter().find(|(_, codes)| codes.binary_search(&code).is_ok()).map(|(region, _)| *region)
}

/// Whether a partner in `partner` may, by Partner Center's rule, request a reseller relationship with a
/// customer in `customer`: the same country, or a country of the same CSP region.
pub fn within_market(partner: &str, customer: &str) -> bool {
    partner == customer || region_of(partner).is_some_and(|r| region_of(customer) == Some(r))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_is_sorted_unique_two_letter_codes() {
        assert!(COUNTRIES.windows(2).all(|w| w[0] < w[1]));
        assert!(COUNTRIES.iter().all(|c| c.len() == 2 && c.chars().all(|x| x.is_ascii_uppercase())));
        assert!(is_known("CZ") && is_known("HU") && !is_known("XX") && !is_known("cz"));
    }

    #[test]
    fn every_region_lists_known_sorted_codes_and_no_country_twice() {
        let mut seen = std::collections::BTreeSet::new();
        for (region, codes) in REGIONS {
            assert!(codes.windows(2).all(|w| w[0] < w[1]), "{region:?} is not sorted");
            for c in *codes {
                assert!(is_known(c), "{region:?} lists unknown {c}");
                assert!(seen.insert(*c), "{c} is in two regions");
            }
        }
    }

    #[test]
    fn the_same_country_or_region_is_inside_and_anything_else_outside() {
        assert_eq!(region_of("CZ"), Some(Region::Europe));
        assert_eq!(region_of("UA"), Some(Region::MiddleEastCentralEasternEurope));
        assert_eq!(region_of("CN"), None);
        // Same region.
        assert!(within_market("CZ", "SK") && within_market("HU", "DE") && within_market("US", "UM"));
        // Europe and "Middle East, Central and Eastern Europe" are two regions.
        assert!(!within_market("PL", "UA") && !within_market("CZ", "RU") && !within_market("RU", "BY"));
        // Single-country regions.
        assert!(!within_market("US", "CA") && !within_market("BR", "AR"));
        // A country in no region is inside only for itself.
        assert!(within_market("CN", "CN") && !within_market("CN", "HK") && !within_market("CU", "MX"));
    }
}
