//! Project Fluent messages, embedded from `locales/`: the one source of every word Liaison shows
//! or writes, for the Rust side and (through [`translations`]) for the UI.

use crate::Language;
use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource, FluentValue};
use intl_memoizer::concurrent::IntlLangMemoizer;
use serde::Serialize;
use std::sync::OnceLock;
use ts_rs::TS;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

/// The fallback for any message a translation lacks.
pub const FALLBACK: Language = Language::EnUs;

/// The FTL files embedded for a language tag: `(file name, source)`.
pub fn sources(tag: &str) -> &'static [(&'static str, &'static str)] {
    embedded::EMBEDDED.iter().find(|(t, _)| *t == tag).map(|(_, files)| *files).unwrap_or(&[])
}

/// The tags of every embedded locale directory, supported or not (for completeness tests).
pub fn embedded_tags() -> impl Iterator<Item = &'static str> {
    embedded::EMBEDDED.iter().map(|(t, _)| *t)
}

/// The supported languages that have translations embedded.
pub fn available() -> Vec<Language> {
    Language::ALL.into_iter().filter(|l| !sources(l.tag()).is_empty()).collect()
}

type Bundle = FluentBundle<FluentResource>;

/// Whole numbers written with the locale's digit grouping (CLDR): `12,345` in English,
/// `12 345` (no-break space) in Czech, Hungarian and Russian. Polish groups only from five
/// digits (`4954`, `10 000`).
fn grouped(value: &FluentValue, separator: char, min_digits: usize) -> Option<String> {
    let FluentValue::Number(n) = value else { return None };
    if n.value.fract() != 0.0 || n.value.abs() >= 1e15 || n.options.minimum_fraction_digits.is_some() {
        return None;
    }
    let digits = format!("{}", n.value.abs() as u64);
    if digits.len() < min_digits {
        return None;
    }
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(separator);
        }
        out.push(d);
    }
    Some(if n.value < 0.0 { format!("-{out}") } else { out })
}

fn english_numbers(v: &FluentValue, _: &IntlLangMemoizer) -> Option<String> {
    grouped(v, ',', 4)
}

fn spaced_numbers(v: &FluentValue, _: &IntlLangMemoizer) -> Option<String> {
    grouped(v, '\u{a0}', 4)
}

fn polish_numbers(v: &FluentValue, _: &IntlLangMemoizer) -> Option<String> {
    grouped(v, '\u{a0}', 5)
}

fn bundles() -> &'static Vec<(Language, Bundle)> {
    static BUNDLES: OnceLock<Vec<(Language, Bundle)>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        available()
            .into_iter()
            .map(|lang| {
                let id = lang.tag().parse().expect("supported tags are valid BCP 47");
                let mut bundle = Bundle::new_concurrent(vec![id]);
                // Isolation marks would end up inside email subjects, bodies and CSV cells.
                bundle.set_use_isolating(false);
                bundle.set_formatter(Some(match lang {
                    Language::EnUs => english_numbers,
                    Language::PlPl => polish_numbers,
                    Language::CsCz | Language::HuHu | Language::RuRu => spaced_numbers,
                }));
                for (name, src) in sources(lang.tag()) {
                    let res = FluentResource::try_new((*src).to_owned())
                        .unwrap_or_else(|(_, e)| panic!("{}/{name} does not parse: {e:?}", lang.tag()));
                    bundle
                        .add_resource(res)
                        .unwrap_or_else(|e| panic!("{}/{name} repeats a message: {e:?}", lang.tag()));
                }
                (lang, bundle)
            })
            .collect()
    })
}

fn format(lang: Language, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let (_, bundle) = bundles().iter().find(|(l, _)| *l == lang)?;
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    if !errors.is_empty() {
        tracing::warn!(message = id, language = lang.tag(), ?errors, "message formatted with errors");
    }
    Some(text.into_owned())
}

/// The message `id` in `lang`, falling back to English, then to the id itself (which the
/// completeness tests keep from happening).
pub fn text(lang: Language, id: &str, args: Option<&FluentArgs>) -> String {
    format(lang, id, args).or_else(|| format(FALLBACK, id, args)).unwrap_or_else(|| {
        tracing::error!(message = id, "message missing from every locale");
        id.to_owned()
    })
}

/// The FTL a UI needs to show `language`: its own files and the English fallback.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Translations {
    pub language: Language,
    /// The language's FTL, one string per file.
    pub sources: Vec<String>,
    /// The English FTL, for any message the language lacks.
    pub fallback: Vec<String>,
}

/// The translations the UI loads for `language`.
pub fn translations(language: Language) -> Translations {
    let collect = |l: Language| sources(l.tag()).iter().map(|(_, s)| (*s).to_owned()).collect();
    Translations { language, sources: collect(language), fallback: collect(FALLBACK) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast;
    use std::collections::{BTreeMap, BTreeSet};

    /// Each message and term of a locale, parsed: its id (a term's with its `-`) and its patterns
    /// (value and attributes).
    fn entries(tag: &str, mut f: impl FnMut(String, Vec<&ast::Pattern<&str>>)) {
        for (name, src) in sources(tag) {
            let parsed = fluent_syntax::parser::parse(*src)
                .unwrap_or_else(|(_, e)| panic!("{tag}/{name} does not parse: {e:?}"));
            for entry in &parsed.body {
                let (id, value, attributes) = match entry {
                    ast::Entry::Message(m) => (m.id.name.to_owned(), m.value.as_ref(), &m.attributes),
                    ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
                    _ => continue,
                };
                f(id, value.into_iter().chain(attributes.iter().map(|a| &a.value)).collect());
            }
        }
    }

    /// Message and term ids of a locale, each with the variables it uses.
    fn messages(tag: &str) -> BTreeMap<String, BTreeSet<String>> {
        let mut out = BTreeMap::new();
        entries(tag, |id, patterns| {
            let mut vars = BTreeSet::new();
            for pattern in patterns {
                pattern_vars(pattern, &mut vars);
            }
            assert!(out.insert(id.clone(), vars).is_none(), "{tag}: {id} defined twice");
        });
        out
    }

    fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
        for el in &p.elements {
            if let ast::PatternElement::Placeable { expression } = el {
                expression_vars(expression, vars);
            }
        }
    }

    fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                inline_vars(selector, vars);
                for v in variants {
                    pattern_vars(&v.value, vars);
                }
            }
            ast::Expression::Inline(i) => inline_vars(i, vars),
        }
    }

    fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
        match i {
            ast::InlineExpression::VariableReference { id } => {
                vars.insert(id.name.to_owned());
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline_vars(a, vars);
                }
            }
            ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
            _ => {}
        }
    }

    /// Every parsed pattern of every message and term of every locale, with where it is from.
    fn every_pattern(mut f: impl FnMut(&str, &str, &ast::Pattern<&str>)) {
        for tag in embedded_tags() {
            entries(tag, |id, patterns| {
                for pattern in patterns {
                    f(tag, &id, pattern);
                }
            });
        }
    }

    /// The patterns inside `p`'s select expressions, each with its selector variable and key.
    fn variants<'p, 's>(
        p: &'p ast::Pattern<&'s str>,
        out: &mut Vec<(Option<&'s str>, String, &'p ast::Pattern<&'s str>)>,
    ) {
        for el in &p.elements {
            if let ast::PatternElement::Placeable { expression: ast::Expression::Select { selector, variants: vs } } =
                el
            {
                let var = match selector {
                    ast::InlineExpression::VariableReference { id } => Some(id.name),
                    _ => None,
                };
                for v in vs {
                    let key = match &v.key {
                        ast::VariantKey::Identifier { name } => (*name).to_owned(),
                        ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
                    };
                    out.push((var, key, &v.value));
                    variants(&v.value, out);
                }
            }
        }
    }

    fn uses_variable(p: &ast::Pattern<&str>, var: &str) -> bool {
        let mut vars = BTreeSet::new();
        pattern_vars(p, &mut vars);
        vars.contains(var)
    }

    /// Variables that carry a name someone typed, which may end with its own period ("s.r.o.").
    const NAMES: [&str; 9] =
        ["contact", "customer", "partner", "provider", "company", "staff", "subject", "who", "name"];

    #[test]
    fn no_message_puts_a_period_right_after_a_name() {
        let mut found = Vec::new();
        every_pattern(|tag, id, pattern| {
            let mut patterns = vec![pattern];
            let mut inner = Vec::new();
            variants(pattern, &mut inner);
            patterns.extend(inner.iter().map(|(_, _, p)| *p));
            for p in patterns {
                for pair in p.elements.windows(2) {
                    if let [ast::PatternElement::Placeable {
                        expression: ast::Expression::Inline(ast::InlineExpression::VariableReference { id: var }),
                    }, ast::PatternElement::TextElement { value }] = pair
                    {
                        if NAMES.contains(&var.name) && value.starts_with('.') {
                            found.push(format!("{tag}: {id} (${})", var.name));
                        }
                    }
                }
            }
        });
        assert!(found.is_empty(), "a name ending in \".\" would end these sentences with \"..\": {found:?}");
    }

    #[test]
    fn a_plural_one_variant_states_its_number() {
        // CLDR's "one" is 1 alone in English, Czech, Polish and Hungarian, but also 21, 31, 101…
        // in Russian: words for exactly one belong in a [1] variant.
        let mut found = Vec::new();
        every_pattern(|tag, id, pattern| {
            let mut vs = Vec::new();
            variants(pattern, &mut vs);
            for (var, key, p) in vs {
                if let Some(var) = var {
                    if key == "one" && !uses_variable(p, var) {
                        found.push(format!("{tag}: {id}"));
                    }
                }
            }
        });
        assert!(found.is_empty(), "[one] variants without their number: {found:?}");
    }

    #[test]
    fn english_is_complete_and_parses() {
        let en = messages(FALLBACK.tag());
        assert!(en.len() > 50, "en-US has only {} messages", en.len());
        let _ = bundles();
    }

    #[test]
    fn every_locale_has_exactly_the_english_messages_and_variables() {
        let en = messages(FALLBACK.tag());
        for tag in embedded_tags().filter(|t| *t != FALLBACK.tag()) {
            assert!(Language::from_tag(tag).is_some(), "locales/{tag} is not a supported language");
            let other = messages(tag);
            let missing: Vec<_> = en.keys().filter(|k| !other.contains_key(*k)).collect();
            let extra: Vec<_> = other.keys().filter(|k| !en.contains_key(*k)).collect();
            assert!(missing.is_empty(), "{tag} lacks {missing:?}");
            assert!(extra.is_empty(), "{tag} has messages en-US lacks: {extra:?}");
            for (id, vars) in &other {
                let unknown: Vec<_> = vars.difference(&en[id]).collect();
                assert!(unknown.is_empty(), "{tag}: {id} uses {unknown:?}, which en-US does not define");
            }
        }
    }

    #[test]
    fn messages_format_with_arguments_and_no_isolation_marks() {
        let mut args = FluentArgs::new();
        args.set("count", 3);
        let s = text(Language::EnUs, "error-invalid-many", Some(&args));
        assert!(s.contains('3') && !s.contains('\u{2068}'), "{s}");
    }

    fn counted(lang: Language, id: &str, n: u32) -> String {
        let mut args = FluentArgs::new();
        args.set("count", n);
        text(lang, id, Some(&args))
    }

    #[test]
    fn plurals_follow_each_languages_rules() {
        let cases: [(Language, &str, [&str; 6]); 4] = [
            (
                Language::CsCz,
                "customers-count",
                ["1 zákazník", "2 zákazníci", "5 zákazníků", "21 zákazníků", "22 zákazníků", "25 zákazníků"],
            ),
            (
                Language::RuRu,
                "customers-count",
                ["1 клиент", "2 клиента", "5 клиентов", "21 клиент", "22 клиента", "25 клиентов"],
            ),
            (
                Language::PlPl,
                "error-invalid-many",
                [
                    "Jedno pole wymaga uwagi.",
                    "2 pola wymagają uwagi.",
                    "5 pól wymaga uwagi.",
                    "21 pól wymaga uwagi.",
                    "22 pola wymagają uwagi.",
                    "25 pól wymaga uwagi.",
                ],
            ),
            (
                Language::PlPl,
                "customers-count",
                ["1 klient", "2 klientów", "5 klientów", "21 klientów", "22 klientów", "25 klientów"],
            ),
        ];
        for (lang, id, expected) in cases {
            for (n, want) in [1, 2, 5, 21, 22, 25].into_iter().zip(expected) {
                assert_eq!(counted(lang, id, n), want, "{lang:?} {id} {n}");
            }
        }
        let subscriptions = |lang, n: u32| {
            let mut args = FluentArgs::new();
            args.set("count", n);
            args.set("subscriptions", "Microsoft 365 E3");
            text(lang, "error-active-subscriptions", Some(&args))
        };
        assert!(subscriptions(Language::RuRu, 1).starts_with("У этого клиента есть активная подписка:"));
        assert!(subscriptions(Language::RuRu, 21).starts_with("У этого клиента 21 активная подписка:"));
        assert!(subscriptions(Language::RuRu, 22).starts_with("У этого клиента 22 активные подписки:"));
        assert!(subscriptions(Language::RuRu, 25).starts_with("У этого клиента 25 активных подписок:"));
        assert!(subscriptions(Language::CsCz, 1).starts_with("Tento zákazník má stále aktivní předplatné:"));
        assert!(subscriptions(Language::PlPl, 22).starts_with("Ten klient ma nadal 22 aktywne subskrypcje:"));
        let mut days = FluentArgs::new();
        days.set("days", 3);
        assert_eq!(text(Language::CsCz, "age-days", Some(&days)), "3 dny");
        assert_eq!(
            text(
                Language::HuHu,
                "customers-count",
                Some(&{
                    let mut a = FluentArgs::new();
                    a.set("count", 5);
                    a
                })
            ),
            "5 ügyfél",
            "Hungarian nouns stay singular after a number"
        );
    }

    #[test]
    fn a_limit_after_more_than_takes_its_numbers_form() {
        let limit = |lang, id: &str, max: u32| {
            let mut args = FluentArgs::new();
            args.set("line", 3);
            args.set("max", max);
            text(lang, id, Some(&args))
        };
        // The import's own limits, and 21 and 22 for the forms those limits do not reach.
        assert!(limit(Language::PlPl, "csv-too-many-columns", 64).contains("więcej niż 64 kolumny."));
        assert!(limit(Language::PlPl, "csv-field-too-long", 16_384).ends_with("niż 16\u{a0}384 znaki."));
        assert!(limit(Language::PlPl, "csv-too-many-rows", 250_000).contains("niż 250\u{a0}000 wierszy,"));
        assert!(limit(Language::CsCz, "csv-too-many-columns", 3).contains("více než 3 sloupce."));
        assert!(limit(Language::CsCz, "csv-too-many-columns", 64).contains("více než 64 sloupců."));
        assert!(limit(Language::RuRu, "csv-too-many-columns", 21).contains("больше 21 столбца."));
        assert!(limit(Language::RuRu, "csv-too-many-columns", 22).contains("больше 22 столбцов."));
    }

    #[test]
    fn numbers_are_grouped_for_each_locale() {
        let mut args = FluentArgs::new();
        args.set("length", 4954);
        args.set("limit", 12000);
        let msg = |lang| text(lang, "error-mailto-too-long", Some(&args));
        assert!(msg(Language::EnUs).contains("4,954") && msg(Language::EnUs).contains("12,000"));
        assert!(msg(Language::CsCz).contains("4\u{a0}954") && msg(Language::CsCz).contains("12\u{a0}000"));
        assert!(msg(Language::RuRu).contains("4\u{a0}954"));
        assert!(msg(Language::PlPl).contains("4954") && msg(Language::PlPl).contains("12\u{a0}000"));
        // Plural selection still sees the number.
        let mut many = FluentArgs::new();
        many.set("count", 100_000);
        assert_eq!(text(Language::CsCz, "customers-count", Some(&many)), "100\u{a0}000 zákazníků");
        assert_eq!(text(Language::EnUs, "customers-count", Some(&many)), "100,000 customers");
    }

    #[test]
    fn every_supported_language_is_embedded_and_speaks_for_itself() {
        assert_eq!(available(), Language::ALL.to_vec());
        let menus: Vec<String> = Language::ALL.iter().map(|l| text(*l, "nav-customers", None)).collect();
        assert_eq!(menus, ["Customers", "Zákazníci", "Klienci", "Ügyfelek", "Клиенты"]);
    }

    #[test]
    fn a_missing_message_falls_back_to_its_id() {
        assert_eq!(text(Language::EnUs, "no-such-message", None), "no-such-message");
    }

    #[test]
    fn ui_translations_carry_the_fallback() {
        let t = translations(Language::EnUs);
        assert!(!t.sources.is_empty() && t.sources == t.fallback);
    }
}
