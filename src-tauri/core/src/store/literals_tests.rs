//! The store's SQL names no stored enum value in its text: each is bound from its enum
//! (`.bind(Relationship::Reseller.as_str())`), so renaming one cannot leave a query behind, and
//! the enums stay the one place their stored names are written. Migrations spell them out in
//! their CHECK constraints, and tests that write raw SQL as an attacker would may too.

use crate::{
    ActivityAction, Cloud, GdapStatus, InvitationKind, InvitationStatus, Language, PartnerType, Relationship, Role,
    SubscriptionStatus,
};
use std::path::Path;

/// Every stored enum name, quoted as SQL text would quote it.
fn quoted_stored_names() -> Vec<String> {
    let mut names: Vec<&str> = Vec::new();
    names.extend(Relationship::ALL.iter().map(|r| r.as_str()));
    names.extend(InvitationStatus::ALL.iter().map(|s| s.as_str()));
    names.extend([SubscriptionStatus::Active, SubscriptionStatus::Suspended].map(SubscriptionStatus::as_str));
    names.extend([InvitationKind::Reseller, InvitationKind::ResellerWithProvider].map(InvitationKind::as_str));
    names.extend(Role::ALL.iter().map(|r| r.as_str()));
    names.extend(PartnerType::ALL.iter().map(|t| t.as_str()));
    names.extend(Cloud::ALL.iter().map(|c| c.as_str()));
    names.extend(ActivityAction::ALL.iter().map(|a| a.as_str()));
    names.extend(Language::ALL.map(Language::tag));
    names.extend(GdapStatus::ALL.map(GdapStatus::as_str));
    names.sort_unstable();
    names.dedup();
    names.into_iter().map(|n| format!("'{n}'")).collect()
}

/// A source file without its test module (`#[cfg(test)] mod tests { … }`, by convention last).
fn without_tests(source: &str) -> &str {
    let mut offset = 0;
    let mut lines = source.split_inclusive('\n').peekable();
    while let Some(line) = lines.next() {
        let opens_module = lines.peek().is_some_and(|next| {
            let next = next.trim_end();
            (next.starts_with("mod ") || next.starts_with("pub(crate) mod ")) && next.ends_with('{')
        });
        if line.trim_end() == "#[cfg(test)]" && opens_module {
            return &source[..offset];
        }
        offset += line.len();
    }
    source
}

/// Each quoted stored name in `source` outside its tests, with its line.
fn literals_in(source: &str, names: &[String]) -> Vec<(usize, String)> {
    without_tests(source)
        .lines()
        .enumerate()
        .flat_map(|(i, line)| names.iter().filter(|n| line.contains(n.as_str())).map(move |n| (i + 1, n.clone())))
        .collect()
}

#[test]
fn the_stores_sql_binds_stored_enum_names_instead_of_spelling_them() {
    let names = quoted_stored_names();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/store");
    let mut scanned = Vec::new();
    let mut found = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !name.ends_with(".rs") || name.ends_with("_tests.rs") {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        found.extend(literals_in(&source, &names).into_iter().map(|(line, n)| format!("{name}:{line}: {n}")));
        scanned.push(name);
    }
    for expected in ["customers.rs", "invitations.rs", "records.rs", "import.rs", "staff.rs"] {
        assert!(scanned.iter().any(|s| s == expected), "{expected} was not scanned: {scanned:?}");
    }
    assert!(found.is_empty(), "bind these from their enums (`.bind(X.as_str())`) instead: {found:#?}");
}

#[test]
fn the_scan_finds_a_literal_outside_tests_only() {
    let names = quoted_stored_names();
    let source = "fn f() {\n    Sql::new(\"UPDATE invitations SET status = 'sent'\");\n}\n\n\
                  #[cfg(test)]\nmod tests {\n    const RAW: &str = \"relationship = 'removed'\";\n}\n";
    assert_eq!(literals_in(source, &names), [(2, "'sent'".to_owned())]);
    let declared = "#[cfg(test)]\nmod gate_tests;\nconst X: &str = \"status = 'active'\";\n";
    assert_eq!(literals_in(declared, &names), [(3, "'active'".to_owned())]);
}
