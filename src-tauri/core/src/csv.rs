//! CSV files as users really have them: Partner Center's `Customers.csv` as downloaded (UTF-8,
//! commas) or after a spreadsheet saved it again (in Czech, Polish, Hungarian or Russian Excel:
//! semicolons and a Windows code page), read within limits that keep a damaged or hostile file
//! from exhausting memory. Written always as UTF-8 with a byte-order mark, which spreadsheets
//! recognise.

use crate::{i18n, Language};
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1250, WINDOWS_1251, WINDOWS_1252};
use fluent_bundle::FluentArgs;
use serde::Serialize;
use std::io::Read;
use std::path::Path;
use ts_rs::TS;

/// The byte-order mark that makes spreadsheet software read a file as UTF-8.
pub const BOM: char = '\u{feff}';

/// The largest file read. A 100,000-customer `Customers.csv` is about 10 MiB.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// The most records (the header included) a file may hold.
pub const MAX_ROWS: u32 = 250_000;
/// The most fields a record may have; Partner Center's list has five.
pub const MAX_COLUMNS: usize = 64;
/// The longest field, in characters: room for 150 tags of 50 characters and their separators.
pub const MAX_FIELD_CHARS: usize = 16_384;
/// Bytes one record may take once parsed: every field at its longest in four-byte characters.
const MAX_RECORD_BYTES: usize = MAX_COLUMNS * MAX_FIELD_CHARS * 4;

/// How a file's bytes were turned into text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum TextEncoding {
    Utf8,
    /// UTF-8 with a byte-order mark, as Liaison and Partner Center write it.
    Utf8Bom,
    /// UTF-16, little-endian, with its byte-order mark (Excel's "Unicode text").
    Utf16Le,
    /// UTF-16, big-endian, with its byte-order mark.
    Utf16Be,
    /// Central European Windows (Czech, Polish, Hungarian Excel).
    Windows1250,
    /// Cyrillic Windows (Russian Excel).
    Windows1251,
    /// Western European Windows (English Excel).
    Windows1252,
}

impl TextEncoding {
    /// The Windows code page a spreadsheet in `lang` saves "CSV" in: the guess for a file that is
    /// not Unicode.
    pub fn legacy_for(lang: Language) -> TextEncoding {
        match lang {
            Language::CsCz | Language::PlPl | Language::HuHu => TextEncoding::Windows1250,
            Language::RuRu => TextEncoding::Windows1251,
            Language::EnUs => TextEncoding::Windows1252,
        }
    }

    fn encoding(self) -> &'static Encoding {
        match self {
            TextEncoding::Utf8 | TextEncoding::Utf8Bom => UTF_8,
            TextEncoding::Utf16Le => UTF_16LE,
            TextEncoding::Utf16Be => UTF_16BE,
            TextEncoding::Windows1250 => WINDOWS_1250,
            TextEncoding::Windows1251 => WINDOWS_1251,
            TextEncoding::Windows1252 => WINDOWS_1252,
        }
    }
}

/// The character that separates fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Delimiter {
    /// Partner Center's own export.
    Comma,
    /// Excel's choice where the decimal separator is a comma.
    Semicolon,
    /// Excel's "Unicode text".
    Tab,
}

impl Delimiter {
    const ALL: [Delimiter; 3] = [Delimiter::Comma, Delimiter::Semicolon, Delimiter::Tab];

    fn byte(self) -> u8 {
        match self {
            Delimiter::Comma => b',',
            Delimiter::Semicolon => b';',
            Delimiter::Tab => b'\t',
        }
    }

    /// The delimiter the first line uses most (a header's names contain none); commas when
    /// the line has none of them.
    fn detect(text: &str) -> Delimiter {
        let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or_default();
        let count = |d: Delimiter| first.bytes().filter(|b| *b == d.byte()).count();
        Delimiter::ALL.into_iter().rev().max_by_key(|d| count(*d)).filter(|d| count(*d) > 0).unwrap_or(Delimiter::Comma)
    }
}

/// What was detected in a file, for the user to see.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FileFormat {
    /// How the bytes were decoded.
    pub encoding: TextEncoding,
    /// What separates the fields.
    pub delimiter: Delimiter,
}

/// Why a CSV file cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CsvProblem {
    /// No file was chosen to read.
    NotChosen,
    /// The file could not be opened or read.
    Unreadable(String),
    /// Over [`MAX_FILE_BYTES`].
    TooLarge,
    /// Over [`MAX_ROWS`].
    TooManyRows,
    /// The record starting on `line` has over [`MAX_COLUMNS`] fields.
    TooManyColumns { line: u32 },
    /// The record starting on `line` has a field over [`MAX_FIELD_CHARS`] characters.
    FieldTooLong { line: u32 },
    /// A quoted field opened on `line` is never closed, so the rest of the file would be one field.
    UnclosedQuote { line: u32 },
}

impl CsvProblem {
    /// The problem in words, in `lang`, naming the limit or the line.
    pub fn message(&self, lang: Language) -> String {
        let mut args = FluentArgs::new();
        let id = match self {
            CsvProblem::NotChosen => "import-no-file",
            CsvProblem::Unreadable(detail) => {
                args.set("detail", detail.clone());
                "csv-unreadable"
            }
            CsvProblem::TooLarge => {
                args.set("max", MAX_FILE_BYTES / (1024 * 1024));
                "csv-too-large"
            }
            CsvProblem::TooManyRows => {
                args.set("max", MAX_ROWS);
                "csv-too-many-rows"
            }
            CsvProblem::TooManyColumns { line } => {
                args.set("line", *line);
                args.set("max", MAX_COLUMNS);
                "csv-too-many-columns"
            }
            CsvProblem::FieldTooLong { line } => {
                args.set("line", *line);
                args.set("max", MAX_FIELD_CHARS);
                "csv-field-too-long"
            }
            CsvProblem::UnclosedQuote { line } => {
                args.set("line", *line);
                "csv-unclosed-quote"
            }
        };
        i18n::text(lang, id, Some(&args))
    }
}

impl From<CsvProblem> for crate::Error {
    fn from(problem: CsvProblem) -> crate::Error {
        crate::Error::Csv(problem)
    }
}

/// A CSV file decoded to text, ready to be read record by record.
#[derive(Debug, Clone)]
pub struct Sheet {
    /// What was detected.
    pub format: FileFormat,
    text: String,
}

impl Sheet {
    /// Reads the file at `path`; text that is not Unicode is taken to be in `lang`'s Windows
    /// code page. Files over [`MAX_FILE_BYTES`] are refused before they are read.
    pub fn open(path: &Path, lang: Language) -> Result<Sheet, CsvProblem> {
        let unreadable = |e: std::io::Error| CsvProblem::Unreadable(e.to_string());
        let file = std::fs::File::open(path).map_err(unreadable)?;
        if file.metadata().map_err(unreadable)?.len() > MAX_FILE_BYTES {
            return Err(CsvProblem::TooLarge);
        }
        let mut bytes = Vec::new();
        // Bounded again in case the file grows while it is read.
        file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(unreadable)?;
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(CsvProblem::TooLarge);
        }
        Ok(Sheet::decode(&bytes, lang))
    }

    /// Decodes `bytes`: by its byte-order mark if it has one, as UTF-8 if it is valid UTF-8,
    /// otherwise in `lang`'s Windows code page.
    pub fn decode(bytes: &[u8], lang: Language) -> Sheet {
        let (encoding, body) = match Encoding::for_bom(bytes) {
            Some((enc, len)) if enc == UTF_8 => (TextEncoding::Utf8Bom, &bytes[len..]),
            Some((enc, len)) if enc == UTF_16LE => (TextEncoding::Utf16Le, &bytes[len..]),
            Some((_, len)) => (TextEncoding::Utf16Be, &bytes[len..]),
            None if std::str::from_utf8(bytes).is_ok() => (TextEncoding::Utf8, bytes),
            None => (TextEncoding::legacy_for(lang), bytes),
        };
        let text = encoding.encoding().decode_without_bom_handling(body).0.into_owned();
        Sheet::from_text(text, encoding)
    }

    fn from_text(text: String, encoding: TextEncoding) -> Sheet {
        let delimiter = Delimiter::detect(&text);
        Sheet { format: FileFormat { encoding, delimiter }, text }
    }

    /// Calls `each` with every record (blank lines skipped) and the line it starts on, 1-based.
    /// Stops at the first limit broken, or at a quote left open, with the line at fault.
    pub fn for_each<E>(&self, mut each: impl FnMut(u32, &[&str]) -> Result<(), E>) -> Result<(), E>
    where
        E: From<CsvProblem>,
    {
        let mut reader = csv_core::ReaderBuilder::new().delimiter(self.format.delimiter.byte()).build();
        let mut out = vec![0u8; 64 * 1024];
        let mut ends = [0usize; MAX_COLUMNS];
        let mut input = self.text.as_bytes();
        let mut line = 1u32;
        let mut rows = 0u32;
        loop {
            // Blank lines between records are skipped here so each record knows its first line.
            while let Some((&b, rest)) = input.split_first().filter(|(b, _)| matches!(b, b'\r' | b'\n')) {
                line += u32::from(b == b'\n');
                input = rest;
            }
            if input.is_empty() {
                return Ok(());
            }
            rows += 1;
            if rows > MAX_ROWS {
                return Err(CsvProblem::TooManyRows.into());
            }
            let start = line;
            let (mut out_len, mut ends_len) = (0, 0);
            // A record past the limits is read on without keeping it, to tell a quote left open
            // (which takes in the rest of the file) from a field that is merely too long.
            let mut overflow = None;
            // Past the input, one line break ends a last record that lacks its own; if even that
            // stays inside the record, a quote is open.
            let mut tail: &[u8] = b"\n";
            loop {
                let source = if input.is_empty() { &mut tail } else { &mut input };
                let (result, read, written, ended) =
                    reader.read_record(source, &mut out[out_len..], &mut ends[ends_len..]);
                line += source[..read].iter().filter(|b| **b == b'\n').count() as u32;
                *source = &source[read..];
                out_len += written;
                ends_len += ended;
                match result {
                    csv_core::ReadRecordResult::Record => break,
                    csv_core::ReadRecordResult::InputEmpty if input.is_empty() && tail.is_empty() => {
                        return Err(CsvProblem::UnclosedQuote { line: start }.into());
                    }
                    csv_core::ReadRecordResult::InputEmpty => {}
                    csv_core::ReadRecordResult::OutputFull if out.len() < MAX_RECORD_BYTES => {
                        out.resize(out.len() * 2, 0);
                    }
                    csv_core::ReadRecordResult::OutputFull => {
                        overflow.get_or_insert(CsvProblem::FieldTooLong { line: start });
                        out_len = 0;
                    }
                    csv_core::ReadRecordResult::OutputEndsFull => {
                        overflow.get_or_insert(CsvProblem::TooManyColumns { line: start });
                        ends_len = 0;
                    }
                    csv_core::ReadRecordResult::End => return Ok(()),
                }
            }
            if let Some(problem) = overflow {
                return Err(problem.into());
            }
            let mut fields = Vec::with_capacity(ends_len);
            let mut from = 0;
            for &end in &ends[..ends_len] {
                // Delimiters and quotes are ASCII, so every field of valid text is valid text.
                let field = std::str::from_utf8(&out[from..end]).unwrap_or_default();
                if field.len() > MAX_FIELD_CHARS && field.chars().count() > MAX_FIELD_CHARS {
                    return Err(CsvProblem::FieldTooLong { line: start }.into());
                }
                fields.push(field);
                from = end;
            }
            each(start, &fields)?;
        }
    }
}

/// The apostrophe a spreadsheet shows as nothing and that keeps it from running a cell as a
/// formula.
const FORMULA_GUARD: char = '\'';

fn needs_guard(field: &str) -> bool {
    field.trim_start_matches(FORMULA_GUARD).starts_with(['=', '+', '-', '@'])
}

/// A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) gets an apostrophe in
/// front. So that [`unguard`] can undo exactly this, a cell that already starts with
/// apostrophes before such a character gets one more.
pub fn guard(field: &str) -> std::borrow::Cow<'_, str> {
    if needs_guard(field) {
        format!("{FORMULA_GUARD}{field}").into()
    } else {
        field.into()
    }
}

/// The cell as it was before [`guard`]: `'@Home` is `@Home` again; any other text is kept.
pub fn unguard(field: &str) -> &str {
    match field.strip_prefix(FORMULA_GUARD) {
        Some(rest) if needs_guard(rest) => rest,
        _ => field,
    }
}

/// Appends one CSV line (CRLF) of `fields`, each guarded against formulas and quoted where needed.
pub fn write_row(out: &mut String, fields: &[&str]) {
    let mut writer =
        csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).buffer_capacity(256).from_writer(Vec::new());
    let line = writer
        .write_record(fields.iter().map(|f| guard(f).into_owned()))
        .ok()
        .and_then(|()| writer.into_inner().ok())
        .and_then(|bytes| String::from_utf8(bytes).ok());
    match line {
        Some(line) => out.push_str(&line),
        // Text written to memory comes back as text; nothing else can happen here.
        None => unreachable!("a CSV line of text could not be written to memory"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn records(sheet: &Sheet) -> Result<Vec<(u32, Vec<String>)>, CsvProblem> {
        let mut rows = Vec::new();
        sheet.for_each(|line, fields| {
            rows.push((line, fields.iter().map(|f| (*f).to_owned()).collect()));
            Ok::<(), CsvProblem>(())
        })?;
        Ok(rows)
    }

    fn read(bytes: &[u8]) -> Result<Vec<(u32, Vec<String>)>, CsvProblem> {
        records(&Sheet::decode(bytes, Language::EnUs))
    }

    #[test]
    fn reads_bom_quotes_commas_and_crlf() {
        let text = "\u{feff}Microsoft ID,Company name\r\n\"a\",\"Contoso, Ltd.\"\r\nb,\"Say \"\"hi\"\"\nthere\"\r\n\r\nc,plain";
        let rows = read(text.as_bytes()).unwrap();
        assert_eq!(rows[0], (1, vec!["Microsoft ID".to_owned(), "Company name".into()]));
        assert_eq!(rows[1], (2, vec!["a".to_owned(), "Contoso, Ltd.".into()]));
        assert_eq!(rows[2], (3, vec!["b".to_owned(), "Say \"hi\"\nthere".into()]));
        assert_eq!(rows[3], (6, vec!["c".to_owned(), "plain".into()]));
        assert_eq!(rows.len(), 4);
        assert_eq!(Sheet::decode(text.as_bytes(), Language::EnUs).format.encoding, TextEncoding::Utf8Bom);
    }

    #[test]
    fn the_delimiter_is_detected() {
        let detect = |t: &str| Sheet::decode(t.as_bytes(), Language::EnUs).format.delimiter;
        assert_eq!(detect("a,b,c\r\n1;2,3"), Delimiter::Comma);
        assert_eq!(detect("\r\na;b;c\r\n1,2,3"), Delimiter::Semicolon);
        assert_eq!(detect("a\tb\tc"), Delimiter::Tab);
        assert_eq!(detect("single"), Delimiter::Comma);
    }

    #[test]
    fn text_that_is_not_unicode_is_read_in_the_languages_code_page() {
        let (bytes, _, _) = WINDOWS_1250.encode("Název;Žluťoučký kůň");
        let sheet = Sheet::decode(&bytes, Language::CsCz);
        assert_eq!(sheet.format, FileFormat { encoding: TextEncoding::Windows1250, delimiter: Delimiter::Semicolon });
        assert_eq!(records(&sheet).unwrap()[0].1[1], "Žluťoučký kůň");
        assert_eq!(Sheet::decode(&bytes, Language::EnUs).format.encoding, TextEncoding::Windows1252);
        assert_eq!(TextEncoding::legacy_for(Language::RuRu), TextEncoding::Windows1251);
    }

    #[test]
    fn an_unclosed_quote_names_its_line() {
        let text = "a,b\r\n1,2\r\n3,\"never closed\r\n4,5\r\n6,7\r\n";
        assert_eq!(read(text.as_bytes()), Err(CsvProblem::UnclosedQuote { line: 3 }));
        // Closed on the last line, without a final line break: whole.
        assert_eq!(read(b"a,\"b\nc\"").unwrap(), vec![(1, vec!["a".to_owned(), "b\nc".into()])]);
        assert_eq!(read(b"a,b\r\n\"c").unwrap_err(), CsvProblem::UnclosedQuote { line: 2 });
    }

    #[test]
    fn limits_are_named_with_their_line() {
        let many = format!("a,b\r\n{}\r\n", ",".repeat(MAX_COLUMNS));
        assert_eq!(read(many.as_bytes()), Err(CsvProblem::TooManyColumns { line: 2 }));
        let long = format!("a,b\r\nx,{}\r\n", "é".repeat(MAX_FIELD_CHARS + 1));
        assert_eq!(read(long.as_bytes()), Err(CsvProblem::FieldTooLong { line: 2 }));
        let fits = format!("x,{}\r\n", "é".repeat(MAX_FIELD_CHARS));
        assert_eq!(read(fits.as_bytes()).unwrap()[0].1[1].chars().count(), MAX_FIELD_CHARS);
        // A quote left open over 500,000 lines, past what one record may take: still named as such.
        let open = format!("a,b\r\n1,\"open\r\n{}", "x,y\r\n".repeat(1_000_000));
        assert_eq!(read(open.as_bytes()), Err(CsvProblem::UnclosedQuote { line: 2 }));
        let closed = format!("a,b\r\n1,\"{}\"\r\n", "x,y\r\n".repeat(1_000_000));
        assert_eq!(read(closed.as_bytes()), Err(CsvProblem::FieldTooLong { line: 2 }));
        let rows = "a\n".repeat(MAX_ROWS as usize + 1);
        assert_eq!(read(rows.as_bytes()), Err(CsvProblem::TooManyRows));
    }

    #[test]
    fn an_oversized_file_is_refused_before_it_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.csv");
        let file = std::fs::File::create(&path).unwrap();
        file.set_len(MAX_FILE_BYTES + 1).unwrap();
        assert_eq!(Sheet::open(&path, Language::EnUs).unwrap_err(), CsvProblem::TooLarge);
        let message = CsvProblem::TooLarge.message(Language::EnUs);
        assert!(message.contains("64"), "{message}");
        let missing = Sheet::open(&dir.path().join("missing.csv"), Language::EnUs).unwrap_err();
        assert!(matches!(missing, CsvProblem::Unreadable(_)));
    }

    #[test]
    fn problems_are_worded_in_every_language() {
        for lang in i18n::available() {
            for p in [
                CsvProblem::NotChosen,
                CsvProblem::Unreadable("x".into()),
                CsvProblem::TooLarge,
                CsvProblem::TooManyRows,
                CsvProblem::TooManyColumns { line: 7 },
                CsvProblem::FieldTooLong { line: 7 },
                CsvProblem::UnclosedQuote { line: 7 },
            ] {
                let m = p.message(lang);
                assert!(!m.starts_with("csv-"), "{lang:?}: {m}");
                if matches!(
                    p,
                    CsvProblem::TooManyColumns { .. }
                        | CsvProblem::FieldTooLong { .. }
                        | CsvProblem::UnclosedQuote { .. }
                ) {
                    assert!(m.contains('7'), "{lang:?}: {m}");
                }
            }
        }
    }

    #[test]
    fn formulas_are_defused_and_the_guard_undone() {
        let mut out = String::new();
        write_row(&mut out, &["=HYPERLINK(\"x\")", "ok"]);
        assert_eq!(out, "\"'=HYPERLINK(\"\"x\"\")\",ok\r\n");
        for name in ["@Home Networks", "=1+1", "+420", "-minus", "'=already", "''@two", "'plain", "plain", ""] {
            assert_eq!(unguard(&guard(name)), name);
        }
        assert_eq!(unguard("'@Home Networks"), "@Home Networks");
        assert_eq!(unguard("'quoted"), "'quoted");
    }

    proptest! {
        #[test]
        fn what_is_written_reads_back(rows in prop::collection::vec(prop::collection::vec("[^\u{feff}]{0,12}", 1..5), 1..6)) {
            let mut out = String::new();
            for r in &rows {
                write_row(&mut out, &r.iter().map(String::as_str).collect::<Vec<_>>());
            }
            // The delimiter is known here; detecting it from random text could pick another.
            let sheet = Sheet { format: FileFormat { encoding: TextEncoding::Utf8, delimiter: Delimiter::Comma }, text: out };
            let back: Vec<Vec<String>> = records(&sheet)
                .unwrap()
                .into_iter()
                .map(|(_, r)| r.iter().map(|f| unguard(f).to_owned()).collect())
                .collect();
            prop_assert_eq!(back, rows);
        }
    }
}
