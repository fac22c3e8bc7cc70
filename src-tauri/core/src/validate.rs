//! The value rules of docs/domain.md §8. Each returns the value in its canonical stored form, or the
//! [`Rule`] it broke; callers attach the [`Field`](crate::Field).
//!
//! Every text is stored in Unicode NFC, so a name typed with a precomposed letter and the same
//! name typed with a combining accent are one name for uniqueness and search. No field may hold a
//! character that hides text or turns its direction (see [`hidden_character`]): such a character
//! in a company name would reach the customer inside the invitation's subject and greeting.

use crate::{country, Rule};
use idna::uts46::{AsciiDenyList, DnsLength, Hyphens, Uts46};
use unicode_normalization::{is_nfc, UnicodeNormalization};

/// The most tags a customer may have, as in Partner Center (`manage-customers-with-tags`).
pub const MAX_TAGS: usize = 150;
/// The longest tag, in characters, as in Partner Center.
pub const MAX_TAG_CHARS: usize = 50;

/// Whether a text may hold line breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lines {
    /// Names, addresses, tags: one line.
    One,
    /// Notes: line breaks (`\n`, `\r\n`, U+2028, U+2029) are kept.
    Many,
}

/// Whether `c` is invisible or changes the direction of the text around it: the C0 and C1
/// controls (DEL too), the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
/// U+2066–U+2069), the direction marks U+200E, U+200F and U+061C, the zero-width space U+200B,
/// the word joiner and invisible operators U+2060–U+2064, the byte-order mark U+FEFF, the line
/// and paragraph separators U+2028 and U+2029, and the tag characters U+E0000–U+E007F.
/// The zero-width joiner and non-joiner (U+200C, U+200D) stay allowed: real scripts and emoji
/// need them.
fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}'
                | '\u{200B}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}'
                | '\u{FEFF}'
                | '\u{E0000}'..='\u{E007F}'
        )
}

/// The first character of `s` that is invisible or changes the text's direction (see
/// [`is_hidden`]), apart from the line breaks a text of `lines` may hold.
pub fn hidden_character(s: &str, lines: Lines) -> Option<char> {
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let line_break = match c {
            '\n' | '\u{2028}' | '\u{2029}' => true,
            '\r' => chars.peek() == Some(&'\n'),
            _ => false,
        };
        if !(line_break && lines == Lines::Many) && is_hidden(c) {
            return Some(c);
        }
    }
    None
}

/// `s` in NFC, as text is stored and searched for.
fn nfc(s: &str) -> String {
    // Most text is in NFC already (all ASCII is), and the check is far cheaper than composing.
    if is_nfc(s) {
        s.to_owned()
    } else {
        s.nfc().collect()
    }
}

/// `raw` in NFC without outer white space, or the rule it breaks by holding a hidden character.
fn visible(raw: &str, lines: Lines) -> Result<String, Rule> {
    let s = nfc(raw.trim());
    match hidden_character(&s, lines) {
        Some(c) => Err(Rule::HiddenCharacter { code_point: c as u32 }),
        None => Ok(s),
    }
}

/// A tenant or Microsoft ID: a GUID in any case, with or without braces; stored lower-case
/// 8-4-4-4-12. The nil GUID (all zeros) is no tenant.
pub fn guid(raw: &str) -> Result<String, Rule> {
    let s = visible(raw, Lines::One)?;
    if s.is_empty() {
        return Err(Rule::Required);
    }
    let inner = match (s.strip_prefix('{'), s.ends_with('}')) {
        (Some(rest), true) => &rest[..rest.len() - 1],
        (None, false) => s.as_str(),
        _ => return Err(Rule::Guid),
    };
    let shaped = inner.len() == 36
        && inner.char_indices().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == '-',
            _ => c.is_ascii_hexdigit(),
        });
    if !shaped {
        return Err(Rule::Guid);
    }
    if inner.bytes().all(|b| b == b'0' || b == b'-') {
        return Err(Rule::NilGuid);
    }
    Ok(inner.to_ascii_lowercase())
}

/// A Partner ID (formerly MPN ID): 1 to 10 digits, not 0 and without leading zeros (Partner
/// Center's IDs are numbers; a leading zero is a typing or spreadsheet slip).
pub fn partner_id(raw: &str) -> Result<String, Rule> {
    let s = visible(raw, Lines::One)?;
    if s.is_empty() {
        return Err(Rule::Required);
    }
    if s.len() > 10 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Rule::PartnerId);
    }
    if s.starts_with('0') {
        return Err(Rule::PartnerIdZero);
    }
    Ok(s)
}

/// A company name: not empty, more than one character, not only punctuation or spaces.
pub fn company_name(raw: &str) -> Result<String, Rule> {
    let s = collapse_spaces(&visible(raw, Lines::One)?);
    if s.is_empty() {
        return Err(Rule::Required);
    }
    if s.chars().count() > 200 {
        return Err(Rule::TooLong { max: 200 });
    }
    let meaningful = s.chars().filter(|c| c.is_alphanumeric()).count();
    if s.chars().count() < 2 || meaningful == 0 {
        return Err(Rule::CompanyName);
    }
    Ok(s)
}

/// A person's name (the staff member, a customer's contact): required, one line, at most 100
/// characters.
pub fn person_name(raw: &str) -> Result<String, Rule> {
    let s = collapse_spaces(&visible(raw, Lines::One)?);
    if s.is_empty() {
        return Err(Rule::Required);
    }
    if s.chars().count() > 100 {
        return Err(Rule::TooLong { max: 100 });
    }
    Ok(s)
}

/// A domain name in both its forms: `ascii` with A-labels (`xn--bcher-kva.de`), as DNS and
/// URLs carry it, and `unicode` with U-labels (`bücher.de`), as Liaison stores it.
struct DomainName {
    ascii: String,
    unicode: String,
}

/// A DNS name of two or more labels, mapped and checked by UTS 46 (the `idna` crate): case
/// folded, one trailing (root) dot dropped, letters, digits and inner hyphens in every label
/// of the A-label form, an alphabetic or punycode top-level label.
///
/// An internationalized name is stored as U-labels, the form a person reads and types: the
/// customer list, search and a spreadsheet then show `пример.рф`, not `xn--e1afmkfd.xn--p1ai`.
/// Both spellings map to the same U-labels, so they are one customer for uniqueness, search and
/// CSV import and export; the A-label, needed only where DNS or a URL is involved, is derived
/// from it without loss. The DNS rules are checked on the A-label form, so every stored name is
/// one DNS accepts.
fn domain_name(raw: &str) -> Result<DomainName, Rule> {
    let s = visible(raw, Lines::One)?;
    let s = s.strip_suffix('.').unwrap_or(&s);
    if s.is_empty() {
        return Err(Rule::Required);
    }
    let uts46 = Uts46::new();
    let ascii = uts46
        .to_ascii(s.as_bytes(), AsciiDenyList::STD3, Hyphens::CheckFirstLast, DnsLength::Verify)
        .map_err(|_| Rule::DomainName)?
        .into_owned();
    if !is_dns_name(&ascii) {
        return Err(Rule::DomainName);
    }
    let (unicode, decoded) = uts46.to_unicode(ascii.as_bytes(), AsciiDenyList::STD3, Hyphens::CheckFirstLast);
    if decoded.is_err() || hidden_character(&unicode, Lines::One).is_some() {
        return Err(Rule::DomainName);
    }
    Ok(DomainName { unicode: unicode.into_owned(), ascii })
}

/// A primary domain: a `*.onmicrosoft.com` name whose prefix is letters and digits (at most 27),
/// or any valid DNS name, internationalized ones included; stored as [`domain_name`] says.
pub fn primary_domain(raw: &str) -> Result<String, Rule> {
    let d = domain_name(raw)?;
    if d.ascii == "onmicrosoft.com" {
        return Err(Rule::OnMicrosoftBare);
    }
    if let Some(prefix) = d.ascii.strip_suffix(".onmicrosoft.com") {
        // On the A-label form: an internationalized prefix has `xn--` and is refused.
        let ok =
            (1..=27).contains(&prefix.len()) && prefix.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
        if !ok {
            return Err(Rule::OnMicrosoftPrefix);
        }
    }
    Ok(d.unicode)
}

/// A host name for links, such as `admin.microsoft.com`; in its A-label form, as a URL carries it.
pub fn host(raw: &str) -> Result<String, Rule> {
    domain_name(raw).map(|d| d.ascii)
}

/// One email address on one line, not at `microsoft.com`; its domain is stored as
/// [`domain_name`] says (lower case, U-labels).
pub fn email(raw: &str) -> Result<String, Rule> {
    let s = visible(raw, Lines::One)?;
    if s.is_empty() {
        return Err(Rule::Required);
    }
    let Some((local, domain)) = s.split_once('@') else {
        return Err(Rule::Email);
    };
    let local_ok = (1..=64).contains(&local.len())
        && local.chars().all(|c| {
            c.is_ascii_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-".contains(c) || (!c.is_ascii() && !c.is_whitespace())
        })
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..");
    let domain = match domain_name(domain) {
        Ok(d) if local_ok => d,
        _ => return Err(Rule::Email),
    };
    if domain.ascii == "microsoft.com" || domain.ascii.ends_with(".microsoft.com") {
        return Err(Rule::EmailMicrosoft);
    }
    Ok(format!("{local}@{}", domain.unicode))
}

/// A user's sign-in name, shaped like an email address; stored with a lower-case domain.
pub fn user_principal_name(raw: &str) -> Result<String, Rule> {
    match email(raw) {
        Err(Rule::EmailMicrosoft) => Err(Rule::Email),
        other => other,
    }
}

/// An email that may be left empty.
pub fn optional_email(raw: &str) -> Result<String, Rule> {
    if raw.trim().is_empty() {
        Ok(String::new())
    } else {
        email(raw)
    }
}

/// An optional GUID: empty means not known yet.
pub fn optional_guid(raw: &str) -> Result<Option<String>, Rule> {
    if raw.trim().is_empty() {
        Ok(None)
    } else {
        guid(raw).map(Some)
    }
}

/// A country or region code from [`country::COUNTRIES`].
pub fn country_code(raw: &str) -> Result<String, Rule> {
    let s = raw.trim().to_ascii_uppercase();
    if s.is_empty() {
        return Err(Rule::Required);
    }
    if country::is_known(&s) {
        Ok(s)
    } else {
        Err(Rule::Choice)
    }
}

/// Tags: each trimmed, at most [`MAX_TAG_CHARS`] characters, without commas or semicolons (they
/// separate tags in exports); duplicates (ignoring case) dropped; at most [`MAX_TAGS`].
pub fn tags(raw: &[String]) -> Result<Vec<String>, Rule> {
    let mut out: Vec<String> = Vec::new();
    for tag in raw {
        let t = collapse_spaces(&visible(tag, Lines::One)?);
        if t.is_empty() {
            continue;
        }
        if t.chars().count() > MAX_TAG_CHARS || t.contains([',', ';']) {
            return Err(Rule::Tag);
        }
        if !out.iter().any(|o| same_ignoring_case(o, &t)) {
            out.push(t);
        }
    }
    if out.len() > MAX_TAGS {
        return Err(Rule::TooMany { max: MAX_TAGS as u32 });
    }
    Ok(out)
}

/// Whether `a` and `b` are the same text but for case; ASCII is compared without lower-case
/// copies (an import compares every tag of a customer with every other).
fn same_ignoring_case(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        a.eq_ignore_ascii_case(b)
    } else {
        a.to_lowercase() == b.to_lowercase()
    }
}

/// Free text such as notes: at most `max` characters, kept as written (line breaks too) apart
/// from outer spaces.
pub fn free_text(raw: &str, max: usize) -> Result<String, Rule> {
    let s = visible(raw, Lines::Many)?;
    if s.chars().count() > max {
        Err(Rule::TooLong { max: max as u32 })
    } else {
        Ok(s)
    }
}

/// A one-line text such as a subscription's name: at most `max` characters, runs of spaces
/// folded into one; may be empty.
pub fn one_line(raw: &str, max: usize) -> Result<String, Rule> {
    let s = collapse_spaces(&visible(raw, Lines::One)?);
    if s.chars().count() > max {
        Err(Rule::TooLong { max: max as u32 })
    } else {
        Ok(s)
    }
}

/// The forms a search term is looked for in: the term in NFC (as text is stored), and for a
/// term with A-labels (`xn--…`) also its U-label form, so either spelling of a domain finds it.
pub fn search_forms(term: &str) -> Vec<String> {
    let term = nfc(term.trim());
    let mut forms = vec![term.clone()];
    if term.to_ascii_lowercase().contains("xn--") {
        let (unicode, decoded) = Uts46::new().to_unicode(term.as_bytes(), AsciiDenyList::EMPTY, Hyphens::Allow);
        if decoded.is_ok() && unicode != term.to_lowercase() {
            forms.push(unicode.into_owned());
        }
    }
    forms
}

/// Trims, and folds every run of spaces into one.
fn collapse_spaces(raw: &str) -> String {
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A DNS name in A-label form of two or more labels: letters, digits and inner hyphens, an
/// alphabetic or punycode top-level label.
fn is_dns_name(s: &str) -> bool {
    if s.len() > 253 {
        return false;
    }
    let labels: Vec<&str> = s.split('.').collect();
    let label_ok = |l: &&str| {
        (1..=63).contains(&l.len())
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && !l.starts_with('-')
            && !l.ends_with('-')
    };
    let tld = labels.last().copied().unwrap_or_default();
    labels.len() >= 2
        && labels.iter().all(label_ok)
        && tld.len() >= 2
        && (tld.bytes().all(|b| b.is_ascii_alphabetic()) || tld.starts_with("xn--"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const G: &str = "8c2f1e4a-0b6d-4e3f-9a1b-2c3d4e5f6a7b";

    #[test]
    fn guids_are_normalised() {
        assert_eq!(guid(G).unwrap(), G);
        assert_eq!(guid(&G.to_uppercase()).unwrap(), G);
        assert_eq!(guid(&format!(" {{{}}} ", G.to_uppercase())).unwrap(), G);
        assert_eq!(guid(""), Err(Rule::Required));
        for bad in [
            "8c2f1e4a0b6d4e3f9a1b2c3d4e5f6a7b",
            "{8c2f1e4a-0b6d-4e3f-9a1b-2c3d4e5f6a7b",
            "8c2f1e4a-0b6d-4e3f-9a1b-2c3d4e5f6a7g",
            "not-a-guid",
            "8c2f1e4a-0b6d-4e3f-9a1b-2c3d4e5f6a7b0",
        ] {
            assert_eq!(guid(bad), Err(Rule::Guid), "{bad}");
        }
        for nil in ["00000000-0000-0000-0000-000000000000", "{00000000-0000-0000-0000-000000000000}"] {
            assert_eq!(guid(nil), Err(Rule::NilGuid), "{nil}");
            assert_eq!(optional_guid(nil), Err(Rule::NilGuid), "{nil}");
        }
        assert_eq!(guid("00000000-0000-0000-0000-000000000001").unwrap(), "00000000-0000-0000-0000-000000000001");
    }

    #[test]
    fn partner_ids_are_digits() {
        assert_eq!(partner_id(" 1234567 ").unwrap(), "1234567");
        assert_eq!(partner_id("1").unwrap(), "1");
        assert_eq!(partner_id("1000000").unwrap(), "1000000");
        assert_eq!(partner_id("0"), Err(Rule::PartnerIdZero));
        assert_eq!(partner_id("0601089"), Err(Rule::PartnerIdZero));
        assert_eq!(partner_id("00"), Err(Rule::PartnerIdZero));
        assert_eq!(partner_id("12345678901"), Err(Rule::PartnerId));
        assert_eq!(partner_id("12a4"), Err(Rule::PartnerId));
        assert_eq!(partner_id("-12"), Err(Rule::PartnerId));
        assert_eq!(partner_id(" "), Err(Rule::Required));
    }

    #[test]
    fn company_names() {
        assert_eq!(company_name("  Contoso   Ltd. ").unwrap(), "Contoso Ltd.");
        assert_eq!(company_name("Ústí s.r.o.").unwrap(), "Ústí s.r.o.");
        assert_eq!(company_name("Ц2").unwrap(), "Ц2");
        assert_eq!(company_name(""), Err(Rule::Required));
        assert_eq!(company_name("A"), Err(Rule::CompanyName));
        assert_eq!(company_name("-- !"), Err(Rule::CompanyName));
        assert_eq!(company_name(&"x".repeat(201)), Err(Rule::TooLong { max: 200 }));
    }

    #[test]
    fn domains() {
        assert_eq!(primary_domain("Contoso.onmicrosoft.com").unwrap(), "contoso.onmicrosoft.com");
        assert_eq!(primary_domain("contoso.cz.").unwrap(), "contoso.cz");
        assert_eq!(primary_domain("mail.xn--bcher-kva.example").unwrap(), "mail.bücher.example");
        assert!(primary_domain(&format!("{}.onmicrosoft.com", "a".repeat(27))).is_ok());
        assert_eq!(primary_domain(&format!("{}.onmicrosoft.com", "a".repeat(28))), Err(Rule::OnMicrosoftPrefix));
        assert_eq!(primary_domain("con-toso.onmicrosoft.com"), Err(Rule::OnMicrosoftPrefix));
        assert_eq!(primary_domain("contoso"), Err(Rule::DomainName));
        assert_eq!(primary_domain("-contoso.com"), Err(Rule::DomainName));
        assert_eq!(primary_domain("contoso.c"), Err(Rule::DomainName));
        assert_eq!(primary_domain("con toso.com"), Err(Rule::DomainName));
        assert_eq!(primary_domain(""), Err(Rule::Required));
        assert_eq!(primary_domain("."), Err(Rule::Required));
        assert_eq!(primary_domain("contoso.cz.."), Err(Rule::DomainName));
        assert_eq!(primary_domain("a..contoso.cz"), Err(Rule::DomainName));
        assert_eq!(primary_domain("con_toso.cz"), Err(Rule::DomainName));
        assert_eq!(primary_domain(&format!("{}.cz", "a".repeat(64))), Err(Rule::DomainName));
    }

    #[test]
    fn a_bare_onmicrosoft_com_is_no_tenant_domain() {
        for bare in ["onmicrosoft.com", "OnMicrosoft.COM.", " onmicrosoft.com "] {
            assert_eq!(primary_domain(bare), Err(Rule::OnMicrosoftBare), "{bare}");
        }
        assert_eq!(primary_domain(".onmicrosoft.com"), Err(Rule::DomainName));
        assert_eq!(primary_domain("bücher.onmicrosoft.com"), Err(Rule::OnMicrosoftPrefix));
        assert_eq!(primary_domain("a.b.onmicrosoft.com"), Err(Rule::OnMicrosoftPrefix));
    }

    #[test]
    fn internationalized_domains_have_one_stored_form() {
        for (spellings, stored) in [
            (
                &["bücher.de", "BÜCHER.DE", "xn--bcher-kva.de", "XN--BCHER-KVA.DE", "bu\u{308}cher.de", "bücher.de."][..],
                "bücher.de",
            ),
            (
                &["пример.рф", "ПРИМЕР.РФ", "xn--e1afmkfd.xn--p1ai", "XN--E1AFMKFD.XN--P1AI", "xn--e1afmkfd.рф"][..],
                "пример.рф",
            ),
            (&["mail.xn--bcher-kva.example", "Mail.Bücher.Example"][..], "mail.bücher.example"),
        ] {
            for s in spellings {
                assert_eq!(primary_domain(s).unwrap(), stored, "{s}");
            }
        }
        assert_eq!(host("Bücher.de").unwrap(), "xn--bcher-kva.de");
        // A malformed A-label is not a domain.
        assert_eq!(primary_domain("xn--.de"), Err(Rule::DomainName));
        assert_eq!(primary_domain("xn--a-ecp.de"), Err(Rule::DomainName));
    }

    #[test]
    fn internationalized_email_domains_have_one_stored_form() {
        assert_eq!(email("Jana@XN--BCHER-KVA.de").unwrap(), "Jana@bücher.de");
        assert_eq!(email("jana@Bücher.DE").unwrap(), "jana@bücher.de");
        assert_eq!(email("анна@пример.рф").unwrap(), "анна@пример.рф");
        assert_eq!(email("a@xn--e1afmkfd.XN--P1AI").unwrap(), "a@пример.рф");
        assert_eq!(email("a@MICROSOFT.com."), Err(Rule::EmailMicrosoft));
    }

    #[test]
    fn search_finds_either_spelling_of_a_domain() {
        assert_eq!(search_forms(" XN--BCHER-KVA "), vec!["XN--BCHER-KVA".to_owned(), "bücher".to_owned()]);
        assert_eq!(search_forms("bu\u{308}ch"), vec!["büch".to_owned()]);
        assert_eq!(search_forms("contoso"), vec!["contoso".to_owned()]);
    }

    #[test]
    fn hidden_characters_are_refused_and_named() {
        let hidden = [
            '\u{0}',
            '\u{9}',
            '\u{b}',
            '\u{1b}',
            '\u{1f}',
            '\u{7f}',
            '\u{80}',
            '\u{85}',
            '\u{9f}',
            '\u{61c}',
            '\u{200b}',
            '\u{200e}',
            '\u{200f}',
            '\u{2028}',
            '\u{2029}',
            '\u{202a}',
            '\u{202b}',
            '\u{202c}',
            '\u{202d}',
            '\u{202e}',
            '\u{2060}',
            '\u{2061}',
            '\u{2062}',
            '\u{2063}',
            '\u{2064}',
            '\u{2066}',
            '\u{2067}',
            '\u{2068}',
            '\u{2069}',
            '\u{feff}',
            '\u{e0000}',
            '\u{e0001}',
            '\u{e0041}',
            '\u{e007f}',
        ];
        for c in hidden {
            let rule = Rule::HiddenCharacter { code_point: c as u32 };
            let inside = format!("Con{c}toso");
            assert_eq!(company_name(&inside), Err(rule), "{c:?}");
            assert_eq!(person_name(&inside), Err(rule), "{c:?}");
            assert_eq!(tags(std::slice::from_ref(&inside)), Err(rule), "{c:?}");
            assert_eq!(one_line(&inside, 100), Err(rule), "{c:?}");
            assert_eq!(email(&format!("a{c}b@contoso.cz")), Err(rule), "{c:?}");
            assert_eq!(primary_domain(&format!("con{c}toso.cz")), Err(rule), "{c:?}");
            assert_eq!(guid(&format!("8c2f1e4a-0b6d{c}-4e3f-9a1b-2c3d4e5f6a7b")), Err(rule), "{c:?}");
            assert_eq!(partner_id(&format!("48{c}12")), Err(rule), "{c:?}");
            if !matches!(c, '\u{2028}' | '\u{2029}') {
                assert_eq!(free_text(&inside, 100), Err(rule), "{c:?}");
            }
        }
        assert_eq!(
            company_name("\u{202e}evil.exe"),
            Err(Rule::HiddenCharacter { code_point: 0x202e }),
            "the override at the very start"
        );
        assert_eq!(
            guid("\u{200b}8c2f1e4a-0b6d-4e3f-9a1b-2c3d4e5f6a7b"),
            Err(Rule::HiddenCharacter { code_point: 0x200b })
        );
    }

    #[test]
    fn joiners_right_to_left_text_and_line_breaks_in_notes_stay() {
        // ZWNJ in Persian, ZWJ in an emoji sequence.
        assert_eq!(company_name("می\u{200c}خواهم").unwrap(), "می\u{200c}خواهم");
        assert_eq!(person_name("Jana 👩\u{200d}💻").unwrap(), "Jana 👩\u{200d}💻");
        assert_eq!(company_name("שלום בע\"מ").unwrap(), "שלום בע\"מ");
        assert_eq!(company_name("شركة النور").unwrap(), "شركة النور");
        assert_eq!(free_text("one\ntwo\r\nthree\u{2028}four", 100).unwrap(), "one\ntwo\r\nthree\u{2028}four");
        assert_eq!(free_text("one\rtwo", 100), Err(Rule::HiddenCharacter { code_point: 0x0d }));
        assert_eq!(free_text("a\tb", 100), Err(Rule::HiddenCharacter { code_point: 0x09 }));
        // Outer white space, line breaks included, is trimmed, not refused.
        assert_eq!(company_name("\tContoso\r\n").unwrap(), "Contoso");
    }

    #[test]
    fn text_is_stored_in_nfc() {
        let decomposed = "U\u{301}sti\u{301} s.r.o.";
        assert_eq!(company_name(decomposed).unwrap(), "Ústí s.r.o.");
        assert_eq!(person_name("Jana Dvor\u{30c}a\u{301}kova\u{301}").unwrap(), "Jana Dvořáková");
        assert_eq!(free_text("c\u{30c}", 10).unwrap(), "č");
        assert_eq!(tags(&["Zlate\u{301}".into()]).unwrap(), vec!["Zlaté"]);
        assert_eq!(email("z\u{30c}@contoso.cz").unwrap(), "ž@contoso.cz");
    }

    #[test]
    fn emails() {
        assert_eq!(email(" Jana.Novak@Contoso.CZ ").unwrap(), "Jana.Novak@contoso.cz");
        assert_eq!(email("it+csp@contoso.com").unwrap(), "it+csp@contoso.com");
        assert_eq!(email("a@microsoft.com"), Err(Rule::EmailMicrosoft));
        assert_eq!(email("a@sub.Microsoft.com"), Err(Rule::EmailMicrosoft));
        for bad in ["a", "a@b", "a@@b.com", "a b@c.com", "a@b.com,b@c.com", ".a@b.com", "a@-b.com", "a@"] {
            assert_eq!(email(bad), Err(Rule::Email), "{bad:?}");
        }
        assert_eq!(optional_email("  ").unwrap(), "");
    }

    #[test]
    fn tags_are_tidied() {
        let raw = vec![" gold ".into(), "Gold".into(), "".into(), "EU  north".into()];
        assert_eq!(tags(&raw).unwrap(), vec!["gold", "EU north"]);
        let raw = vec!["Zlatý".into(), "ZLATÝ".into(), "οδος".into(), "ΟΔΟΣ".into()];
        assert_eq!(tags(&raw).unwrap(), vec!["Zlatý", "οδος"], "any script, a final sigma too");
        assert_eq!(tags(&["a,b".into()]), Err(Rule::Tag));
        assert_eq!(tags(&["x".repeat(51)]), Err(Rule::Tag));
        assert_eq!(tags(&["ž".repeat(50)]).unwrap(), vec!["ž".repeat(50)]);
        let most: Vec<String> = (0..150).map(|i| format!("{i:0>50}")).collect();
        assert_eq!(tags(&most).unwrap().len(), 150);
        let many: Vec<String> = (0..151).map(|i| format!("t{i}")).collect();
        assert_eq!(tags(&many), Err(Rule::TooMany { max: 150 }));
    }

    #[test]
    fn countries() {
        assert_eq!(country_code(" cz ").unwrap(), "CZ");
        assert_eq!(country_code("XX"), Err(Rule::Choice));
        assert_eq!(country_code(""), Err(Rule::Required));
    }
}
