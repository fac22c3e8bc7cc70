//! `mailto:` URLs (RFC 6068) for handing a draft to the user's mail application.

use crate::link::encode_component;
use crate::{Error, Result};

/// The longest `mailto:` URL handed over whole on this platform; a longer draft is offered for
/// the clipboard instead. On Windows the shell and Outlook cut URLs near 2,000 characters. On
/// Linux (`xdg-open`, an argument) and macOS (Launch Services) the limit is far higher, and it
/// must be: every Cyrillic letter takes six characters once percent-encoded, so a Russian
/// invitation is about 5,000.
pub const MAILTO_LIMIT: usize = if cfg!(windows) { 2_000 } else { 8_000 };

/// Line breaks as RFC 6068 wants them in a body: CRLF.
pub fn crlf(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n").replace('\n', "\r\n")
}

/// The `mailto:` URL for one recipient, a subject and a body; [`Error::MailtoTooLong`] past
/// [`MAILTO_LIMIT`] characters.
pub fn mailto(recipient: &str, subject: &str, body: &str) -> Result<String> {
    let url = format!(
        "mailto:{}?subject={}&body={}",
        encode_address(recipient),
        encode_component(subject),
        encode_component(&crlf(body))
    );
    if url.len() > MAILTO_LIMIT {
        return Err(Error::MailtoTooLong { length: url.len() as u32, limit: MAILTO_LIMIT as u32 });
    }
    Ok(url)
}

/// An address keeps its `@`; everything else outside the unreserved set is encoded.
fn encode_address(address: &str) -> String {
    address.split('@').map(encode_component).collect::<Vec<_>>().join("@")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn decode(s: &str) -> String {
        let bytes = s.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'%' {
                out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap());
                i += 3;
            } else {
                out.push(bytes[i]);
                i += 1;
            }
        }
        String::from_utf8(out).unwrap()
    }

    /// Splits a `mailto:` URL back into recipient, subject and body.
    fn parse(url: &str) -> (String, String, String) {
        let rest = url.strip_prefix("mailto:").unwrap();
        let (to, query) = rest.split_once('?').unwrap();
        let mut subject = None;
        let mut body = None;
        for pair in query.split('&') {
            let (k, v) = pair.split_once('=').unwrap();
            match k {
                "subject" => subject = Some(decode(v)),
                "body" => body = Some(decode(v)),
                other => panic!("unexpected header {other}"),
            }
        }
        (decode(to), subject.unwrap(), body.unwrap())
    }

    #[test]
    fn a_draft_with_every_awkward_character_decodes_back_exactly() {
        let subject = "Žádost & dotaz? #1 100% + více — Запрос";
        let body = "Dobrý den, paní Nováková,\n\nodkaz: https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=x&DAP=true#/BillingAccounts/partner-invitation\n\nS pozdravem";
        let url = mailto("jana.novakova+csp@contoso.cz", subject, body).unwrap();
        assert!(!url.contains(' ') && !url.contains('\n') && !url[7..].contains('#'));
        assert_eq!(parse(&url), ("jana.novakova+csp@contoso.cz".into(), subject.into(), crlf(body)));
    }

    #[test]
    fn too_long_for_a_mail_handler_is_refused_not_cut() {
        let body = "x".repeat(MAILTO_LIMIT);
        assert!(matches!(mailto("a@b.cz", "s", &body), Err(Error::MailtoTooLong { .. })));
    }

    proptest! {
        #[test]
        fn any_text_survives_the_round_trip(
            local in "[a-z0-9.+_-]{1,20}",
            subject in "\\PC{0,60}",
            body in "(\\PC|\n|\r\n){0,200}",
        ) {
            let recipient = format!("{local}@contoso.cz");
            match mailto(&recipient, &subject, &body) {
                Ok(url) => prop_assert_eq!(parse(&url), (recipient, subject, crlf(&body))),
                Err(Error::MailtoTooLong { length, .. }) => prop_assert!(length as usize > MAILTO_LIMIT),
                Err(e) => prop_assert!(false, "{e}"),
            }
        }

        #[test]
        fn diacritics_cyrillic_and_url_syntax_survive(
            subject in "[ěščřžýáíéůúňťďĚŠČŘŽ&?#%+= a-z]{0,40}",
            body in "[Съешь же ещё этих мягких булок&?#%+=\n]{0,120}",
        ) {
            let url = mailto("a@b.cz", &subject, &body).unwrap();
            prop_assert_eq!(parse(&url), ("a@b.cz".into(), subject, crlf(&body)));
        }
    }
}
