//! CSV as Partner Center writes and spreadsheets read it: RFC 4180 quoting, CRLF or LF, an
//! optional UTF-8 byte-order mark on input and always one on output.

/// The byte-order mark that makes spreadsheet software read a file as UTF-8.
pub const BOM: char = '\u{feff}';

/// The records of `text`, each with its fields and the line it starts on (1-based).
pub fn parse(text: &str) -> Vec<(u32, Vec<String>)> {
    let text = text.strip_prefix(BOM).unwrap_or(text);
    let mut records = Vec::new();
    let mut record: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut line = 1u32;
    let mut start = 1u32;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => {
                if c == '\n' {
                    line += 1;
                }
                field.push(c);
            }
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {}
            (false, '\n') | (false, '\r') => {
                record.push(std::mem::take(&mut field));
                if !(record.len() == 1 && record[0].is_empty()) {
                    records.push((start, std::mem::take(&mut record)));
                }
                record.clear();
                line += 1;
                start = line;
            }
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push((start, record));
    }
    records
}

/// Appends one CSV line (CRLF), quoting fields that need it. A cell a spreadsheet would run as a
/// formula (`=`, `+`, `-`, `@` first) is prefixed with an apostrophe.
pub fn write_row(out: &mut String, fields: &[&str]) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let guarded;
        let f = if f.starts_with(['=', '+', '-', '@']) {
            guarded = format!("'{f}");
            guarded.as_str()
        } else {
            f
        };
        if f.contains([',', '"', '\r', '\n']) || f.starts_with(' ') || f.ends_with(' ') {
            out.push('"');
            out.push_str(&f.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(f);
        }
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_bom_quotes_commas_and_crlf() {
        let text = "\u{feff}Microsoft ID,Company name\r\n\"a\",\"Contoso, Ltd.\"\r\nb,\"Say \"\"hi\"\"\nthere\"\r\n\r\nc,plain";
        let rows = parse(text);
        assert_eq!(rows[0], (1, vec!["Microsoft ID".to_owned(), "Company name".into()]));
        assert_eq!(rows[1], (2, vec!["a".to_owned(), "Contoso, Ltd.".into()]));
        assert_eq!(rows[2], (3, vec!["b".to_owned(), "Say \"hi\"\nthere".into()]));
        assert_eq!(rows[3], (6, vec!["c".to_owned(), "plain".into()]));
        assert_eq!(rows.len(), 4);
    }

    #[test]
    fn formulas_are_defused() {
        let mut out = String::new();
        write_row(&mut out, &["=HYPERLINK(\"x\")", "ok"]);
        assert_eq!(out, "\"'=HYPERLINK(\"\"x\"\")\",ok\r\n");
    }

    proptest! {
        #[test]
        fn what_is_written_reads_back(rows in prop::collection::vec(prop::collection::vec("[^=+@\u{feff}-][^\u{feff}]{0,12}|", 1..5), 1..6)) {
            let mut out = String::new();
            for r in &rows {
                write_row(&mut out, &r.iter().map(String::as_str).collect::<Vec<_>>());
            }
            let back: Vec<Vec<String>> = parse(&out).into_iter().map(|(_, r)| r).collect();
            let expected: Vec<Vec<String>> = rows.into_iter().filter(|r| !(r.len() == 1 && r[0].is_empty())).collect();
            prop_assert_eq!(back, expected);
        }
    }
}
