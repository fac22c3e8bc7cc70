//! The value rules of docs/domain.md §8. Each returns the value in its canonical stored form, or the
//! [`Rule`] it broke; callers attach the [`Field`](crate::Field).

use crate::{country, Rule};

/// A tenant or Microsoft ID: a GUID in any case, with or without braces; stored lower-case
/// 8-4-4-4-12.
pub fn guid(raw: &str) -> Result<String, Rule> {
    let s = raw.trim();
    if s.is_empty() {
        return Err(Rule::Required);
    }
    let inner = match (s.strip_prefix('{'), s.ends_with('}')) {
        (Some(rest), true) => &rest[..rest.len() - 1],
        (None, false) => s,
        _ => return Err(Rule::Guid),
    };
    let shaped = inner.len() == 36
        && inner.char_indices().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == '-',
            _ => c.is_ascii_hexdigit(),
        });
    if shaped {
        Ok(inner.to_ascii_lowercase())
    } else {
        Err(Rule::Guid)
    }
}

/// A Partner ID (formerly MPN ID): 1 to 10 digits.
pub fn partner_id(raw: &str) -> Result<String, Rule> {
    let s = raw.trim();
    if s.is_empty() {
        return Err(Rule::Required);
    }
    if s.len() <= 10 && s.bytes().all(|b| b.is_ascii_digit()) {
        Ok(s.to_owned())
    } else {
        Err(Rule::PartnerId)
    }
}

/// A company name: not empty, more than one character, not only punctuation or spaces.
pub fn company_name(raw: &str) -> Result<String, Rule> {
    let s = collapse_spaces(raw);
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
    let s = collapse_spaces(raw);
    if s.is_empty() {
        return Err(Rule::Required);
    }
    if s.chars().count() > 100 {
        return Err(Rule::TooLong { max: 100 });
    }
    Ok(s)
}

/// A primary domain: a `*.onmicrosoft.com` name whose prefix is letters and digits (at most 27),
/// or any valid DNS name; stored lower-case.
pub fn primary_domain(raw: &str) -> Result<String, Rule> {
    let s = raw.trim().trim_end_matches('.').to_ascii_lowercase();
    if s.is_empty() {
        return Err(Rule::Required);
    }
    if let Some(prefix) = s.strip_suffix(".onmicrosoft.com") {
        let ok =
            (1..=27).contains(&prefix.len()) && prefix.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
        return if ok { Ok(s) } else { Err(Rule::OnMicrosoftPrefix) };
    }
    if is_dns_name(&s) {
        Ok(s)
    } else {
        Err(Rule::DomainName)
    }
}

/// A host name for links, such as `admin.microsoft.com`; stored lower-case.
pub fn host(raw: &str) -> Result<String, Rule> {
    let s = raw.trim().trim_end_matches('.').to_ascii_lowercase();
    if s.is_empty() {
        return Err(Rule::Required);
    }
    if is_dns_name(&s) {
        Ok(s)
    } else {
        Err(Rule::DomainName)
    }
}

/// One email address on one line, not at `microsoft.com`; the domain is stored lower-case.
pub fn email(raw: &str) -> Result<String, Rule> {
    let s = raw.trim();
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
    let domain = domain.to_ascii_lowercase();
    if !local_ok || !is_dns_name(&domain) {
        return Err(Rule::Email);
    }
    if domain == "microsoft.com" || domain.ends_with(".microsoft.com") {
        return Err(Rule::EmailMicrosoft);
    }
    Ok(format!("{local}@{domain}"))
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

/// Tags: each trimmed, at most 40 characters, without commas, semicolons or line breaks (they
/// separate tags in exports); duplicates (ignoring case) dropped; at most 20.
pub fn tags(raw: &[String]) -> Result<Vec<String>, Rule> {
    let mut out: Vec<String> = Vec::new();
    for tag in raw {
        let t = collapse_spaces(tag);
        if t.is_empty() {
            continue;
        }
        if t.chars().count() > 40 || t.contains([',', ';']) {
            return Err(Rule::Tag);
        }
        if !out.iter().any(|o| o.to_lowercase() == t.to_lowercase()) {
            out.push(t);
        }
    }
    if out.len() > 20 {
        return Err(Rule::TooMany { max: 20 });
    }
    Ok(out)
}

/// Free text such as notes: at most `max` characters, kept as written apart from outer spaces.
pub fn free_text(raw: &str, max: usize) -> Result<String, Rule> {
    let s = raw.trim();
    if s.chars().count() > max {
        Err(Rule::TooLong { max: max as u32 })
    } else {
        Ok(s.to_owned())
    }
}

/// Trims, and folds every run of white space (line breaks too) into one space.
fn collapse_spaces(raw: &str) -> String {
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A DNS name of two or more labels: letters, digits and inner hyphens, an alphabetic or
/// punycode top-level label.
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
    }

    #[test]
    fn partner_ids_are_digits() {
        assert_eq!(partner_id(" 1234567 ").unwrap(), "1234567");
        assert_eq!(partner_id("1").unwrap(), "1");
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
        assert_eq!(primary_domain("mail.xn--bcher-kva.example").unwrap(), "mail.xn--bcher-kva.example");
        assert!(primary_domain(&format!("{}.onmicrosoft.com", "a".repeat(27))).is_ok());
        assert_eq!(primary_domain(&format!("{}.onmicrosoft.com", "a".repeat(28))), Err(Rule::OnMicrosoftPrefix));
        assert_eq!(primary_domain("con-toso.onmicrosoft.com"), Err(Rule::OnMicrosoftPrefix));
        assert_eq!(primary_domain("contoso"), Err(Rule::DomainName));
        assert_eq!(primary_domain("-contoso.com"), Err(Rule::DomainName));
        assert_eq!(primary_domain("contoso.c"), Err(Rule::DomainName));
        assert_eq!(primary_domain("con toso.com"), Err(Rule::DomainName));
        assert_eq!(primary_domain(""), Err(Rule::Required));
    }

    #[test]
    fn emails() {
        assert_eq!(email(" Jana.Novak@Contoso.CZ ").unwrap(), "Jana.Novak@contoso.cz");
        assert_eq!(email("it+csp@contoso.com").unwrap(), "it+csp@contoso.com");
        assert_eq!(email("a@microsoft.com"), Err(Rule::EmailMicrosoft));
        assert_eq!(email("a@sub.Microsoft.com"), Err(Rule::EmailMicrosoft));
        for bad in ["a", "a@b", "a@@b.com", "a b@c.com", "a@b.com\nb@c.com", "a@b.com,b@c.com", ".a@b.com"] {
            assert_eq!(email(bad), Err(Rule::Email), "{bad:?}");
        }
        assert_eq!(optional_email("  ").unwrap(), "");
    }

    #[test]
    fn tags_are_tidied() {
        let raw = vec![" gold ".into(), "Gold".into(), "".into(), "EU  north".into()];
        assert_eq!(tags(&raw).unwrap(), vec!["gold", "EU north"]);
        assert_eq!(tags(&["a,b".into()]), Err(Rule::Tag));
        assert_eq!(tags(&["x".repeat(41)]), Err(Rule::Tag));
        let many: Vec<String> = (0..21).map(|i| format!("t{i}")).collect();
        assert_eq!(tags(&many), Err(Rule::TooMany { max: 20 }));
    }

    #[test]
    fn countries() {
        assert_eq!(country_code(" cz ").unwrap(), "CZ");
        assert_eq!(country_code("XX"), Err(Rule::Choice));
        assert_eq!(country_code(""), Err(Rule::Required));
    }
}
