//! The languages Liaison speaks, for its interface and for the drafts it writes.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A supported language, written as its BCP 47 tag (`cs-CZ`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
pub enum Language {
    #[serde(rename = "en-US")]
    EnUs,
    #[serde(rename = "cs-CZ")]
    CsCz,
    #[serde(rename = "pl-PL")]
    PlPl,
    #[serde(rename = "hu-HU")]
    HuHu,
    #[serde(rename = "ru-RU")]
    RuRu,
}

impl Language {
    /// Every supported language, English first.
    pub const ALL: [Language; 5] = [Language::EnUs, Language::CsCz, Language::PlPl, Language::HuHu, Language::RuRu];

    /// The BCP 47 tag, as stored and as named in `locales/`.
    pub fn tag(self) -> &'static str {
        match self {
            Language::EnUs => "en-US",
            Language::CsCz => "cs-CZ",
            Language::PlPl => "pl-PL",
            Language::HuHu => "hu-HU",
            Language::RuRu => "ru-RU",
        }
    }

    /// The language for a stored tag; `None` for anything unsupported.
    pub fn from_tag(tag: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.tag() == tag)
    }

    /// The supported language closest to an OS locale such as `cs_CZ.UTF-8` or `ru`;
    /// English when none matches.
    pub fn closest_to(locale: &str) -> Language {
        let primary = locale.split(['-', '_', '.', '@']).next().unwrap_or_default().to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| l.tag()[..2] == primary).unwrap_or(Language::EnUs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip() {
        for l in Language::ALL {
            assert_eq!(Language::from_tag(l.tag()), Some(l));
            assert_eq!(serde_json::to_string(&l).unwrap(), format!("\"{}\"", l.tag()));
        }
        assert_eq!(Language::from_tag("de-DE"), None);
    }

    #[test]
    fn os_locales_map_to_the_closest_language() {
        assert_eq!(Language::closest_to("cs_CZ.UTF-8"), Language::CsCz);
        assert_eq!(Language::closest_to("ru"), Language::RuRu);
        assert_eq!(Language::closest_to("hu-HU"), Language::HuHu);
        assert_eq!(Language::closest_to("pl_PL@euro"), Language::PlPl);
        assert_eq!(Language::closest_to("de_DE.UTF-8"), Language::EnUs);
        assert_eq!(Language::closest_to(""), Language::EnUs);
    }
}
