//! Drafts as `.eml` files (RFC 5322) that mail programs open as editable, unsent messages:
//! the hand-off for many drafts at once, and for one too long for a `mailto:` URL.

use crate::Draft;

/// The message of `draft`: `To` and `Subject` (encoded per RFC 2047 where not ASCII), a
/// UTF-8 plain-text body, and `X-Unsent: 1`, which tells Outlook and Apple Mail to open it as a
/// draft to edit and send rather than as a received message. It has no `From`: the mail program
/// fills in the sender's own account.
pub fn eml(draft: &Draft) -> String {
    mail_builder::MessageBuilder::new()
        .to(draft.recipient.as_str())
        .subject(draft.subject.as_str())
        .header("X-Unsent", mail_builder::headers::raw::Raw::new("1"))
        .text_body(crate::mailto::crlf(&draft.body))
        .write_to_string()
        // Writing into a String cannot fail.
        .unwrap_or_default()
}

/// A file name for a draft to `company`: the name's letters and digits (any script) with the
/// rest folded into single hyphens, at most 60 characters, never empty, and no name Windows
/// reserves.
pub fn file_name(company: &str) -> String {
    let mut stem = String::new();
    for c in company.chars() {
        if c.is_alphanumeric() {
            stem.push(c);
        } else if !stem.is_empty() && !stem.ends_with('-') {
            stem.push('-');
        }
    }
    let mut stem: String = stem.trim_end_matches('-').chars().take(60).collect();
    stem = stem.trim_end_matches('-').to_owned();
    let reserved = ["CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "LPT1", "LPT2", "LPT3"];
    if stem.is_empty() || reserved.iter().any(|r| r.eq_ignore_ascii_case(&stem)) {
        stem.insert_str(0, "draft-");
        stem = stem.trim_end_matches('-').to_owned();
    }
    format!("{stem}.eml")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Language;
    use mail_parser::MessageParser;

    fn parsed(draft: &Draft) -> (String, String, String, Option<String>) {
        let text = eml(draft);
        let message = MessageParser::default().parse(text.as_bytes()).expect("a message");
        let to = message.to().and_then(|a| a.first()).and_then(|a| a.address()).unwrap_or_default().to_owned();
        let unsent = message.header_raw("X-Unsent").map(|v| v.trim().to_owned());
        let body = message.body_text(0).unwrap_or_default().into_owned();
        (to, message.subject().unwrap_or_default().to_owned(), body, unsent)
    }

    fn draft(language: Language, subject: &str, body: &str) -> Draft {
        Draft { language, recipient: "jana.novakova@contoso.cz".into(), subject: subject.into(), body: body.into() }
    }

    #[test]
    fn a_czech_and_a_russian_draft_parse_back_exactly() {
        let link = "https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/5d027261-d21f-4aa9-b7db-7fa1f56fb163";
        for d in [
            draft(
                Language::CsCz,
                "Žádost o správcovská oprávnění GDAP pro Contoso s.r.o. – Northwind",
                &format!("Dobrý den,\n\npříliš žluťoučký kůň úpěl ďábelské ódy.\n\n{link}\n\nS pozdravem\nPetr Svoboda"),
            ),
            draft(
                Language::RuRu,
                "Запрос делегированных прав администратора (GDAP) для ООО «Контосо»",
                &format!("Здравствуйте!\n\nСъешь же ещё этих мягких французских булок, да выпей чаю.\n\n{link}\n\nС уважением,\nПётр"),
            ),
        ] {
            let (to, subject, body, unsent) = parsed(&d);
            assert_eq!(to, d.recipient);
            assert_eq!(subject, d.subject);
            assert_eq!(body.replace("\r\n", "\n").trim_end(), d.body);
            assert_eq!(unsent.as_deref(), Some("1"));
            let text = eml(&d);
            assert!(text.is_ascii(), "headers and body are encoded for transport");
            assert!(!text.lines().any(|l| l.len() > 998), "no line over RFC 5322's limit");
            assert!(text.contains("=?utf-8?") || text.contains("=?UTF-8?"), "the subject is RFC 2047 encoded");
            assert!(!text.to_ascii_lowercase().contains("\nfrom:"), "the mail program fills in the sender");
        }
    }

    #[test]
    fn a_long_body_with_long_lines_survives() {
        let body = format!("{}\n\n{}", "Węgierski ".repeat(400), "Árvíztűrő tükörfúrógép ".repeat(300));
        let (_, _, got, _) = parsed(&draft(Language::HuHu, "Teszt", &body));
        assert_eq!(got.replace("\r\n", "\n").trim_end(), body.trim_end());
    }

    #[test]
    fn file_names_keep_letters_of_any_script_and_nothing_a_file_system_refuses() {
        assert_eq!(file_name("Contoso s.r.o."), "Contoso-s-r-o.eml");
        assert_eq!(file_name("ООО «Контосо»"), "ООО-Контосо.eml");
        assert_eq!(file_name("a/b\\c:d*e?f\"g<h>i|j"), "a-b-c-d-e-f-g-h-i-j.eml");
        assert_eq!(file_name("..."), "draft.eml");
        assert_eq!(file_name("CON"), "draft-CON.eml");
        assert_eq!(file_name(&"x".repeat(80)).chars().count(), 64);
    }
}
