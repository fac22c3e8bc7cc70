//! Embeds every `locales/<language>/*.ftl` file, so adding a language or a file needs no code change.
use std::{env, fs, path::Path};

fn main() {
    println!("cargo:rerun-if-changed=migrations");
    println!("cargo:rerun-if-changed=locales");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut languages: Vec<_> = fs::read_dir(&root)
        .expect("locales/ is readable")
        .map(|e| e.expect("locale entry").path())
        .filter(|p| p.is_dir())
        .collect();
    languages.sort();
    let mut out = String::from("/// (language tag, [(file name, FTL source)]) for every embedded locale.\npub static EMBEDDED: &[(&str, &[(&str, &str)])] = &[\n");
    for dir in languages {
        println!("cargo:rerun-if-changed={}", dir.display());
        let tag = dir.file_name().expect("name").to_string_lossy().into_owned();
        let mut files: Vec<_> = fs::read_dir(&dir)
            .expect("locale dir is readable")
            .map(|e| e.expect("ftl entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        out.push_str(&format!("    ({tag:?}, &[\n"));
        for file in files {
            let name = file.file_name().expect("name").to_string_lossy().into_owned();
            out.push_str(&format!("        ({name:?}, include_str!({:?})),\n", file.display().to_string()));
        }
        out.push_str("    ]),\n");
    }
    out.push_str("];\n");
    fs::write(Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("locales.rs"), out).expect("write locales.rs");
}
