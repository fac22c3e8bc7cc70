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

/// The folder proposed for a bulk request's drafts: "Invitations 2026-11-23", in `lang`.
pub fn folder_name(lang: crate::Language, today: time::Date) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("date", crate::gdap::date_text(today));
    crate::i18n::text(lang, "bulk-folder", Some(&args))
}

/// Writes `message` as the file `path`, whole or not at all: written beside it under a
/// temporary name, then renamed into place (replacing a file the user chose to overwrite).
pub fn save(path: &std::path::Path, message: &str) -> std::io::Result<()> {
    use std::io::Write;
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(std::path::Path::new("."));
    let mut file = tempfile::NamedTempFile::new_in(dir)?;
    file.write_all(message.as_bytes())?;
    file.as_file().sync_all()?;
    file.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Writes each message under its file name in the folder `dir` (made if missing), never over a
/// file already there: a name taken gets `-2`, `-3`… Returns the names used, in order. Each file
/// is whole or absent.
pub fn save_all(dir: &std::path::Path, messages: Vec<(String, String)>) -> std::io::Result<Vec<String>> {
    std::fs::create_dir_all(dir)?;
    let mut used = Vec::new();
    for (name, message) in messages {
        let stem = name.strip_suffix(".eml").unwrap_or(&name);
        let mut n = 1;
        loop {
            let candidate = if n == 1 { format!("{stem}.eml") } else { format!("{stem}-{n}.eml") };
            let mut file = tempfile::NamedTempFile::new_in(dir)?;
            std::io::Write::write_all(&mut file, message.as_bytes())?;
            match file.persist_noclobber(dir.join(&candidate)) {
                Ok(_) => {
                    used.push(candidate);
                    break;
                }
                Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => n += 1,
                Err(e) => return Err(e.error),
            }
        }
    }
    Ok(used)
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
    fn drafts_are_saved_whole_and_never_over_another_file() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("Invitations 2026-11-23");
        let a = draft(Language::CsCz, "Pozvánka", "Dobrý den");
        let b = draft(Language::RuRu, "Приглашение", "Здравствуйте");
        let names = save_all(&folder, vec![("Contoso.eml".into(), eml(&a)), ("Contoso.eml".into(), eml(&b))]).unwrap();
        assert_eq!(names, ["Contoso.eml", "Contoso-2.eml"]);
        let again = save_all(&folder, vec![("Contoso.eml".into(), eml(&a))]).unwrap();
        assert_eq!(again, ["Contoso-3.eml"], "the files already there are kept");
        let subject = |path: &std::path::Path| {
            let bytes = std::fs::read(path).unwrap();
            MessageParser::default().parse(&bytes).unwrap().subject().unwrap_or_default().to_owned()
        };
        assert_eq!(subject(&folder.join("Contoso-2.eml")), "Приглашение");
        let entries = std::fs::read_dir(&folder).unwrap().count();
        assert_eq!(entries, 3, "no temporary file left behind");
        let single = dir.path().join("one.eml");
        save(&single, &eml(&a)).unwrap();
        save(&single, &eml(&b)).unwrap();
        assert_eq!(subject(&single), "Приглашение", "the chosen file replaced");
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
