//! Lists the interface languages: every `locales/<code>.ftl` file becomes one,
//! so adding a language is adding one file. English comes first: it is the
//! fallback for any message a translation lacks.

use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut codes: Vec<String> = std::fs::read_dir(&dir)
        .expect("app/locales must exist")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .filter_map(|p| p.file_stem().and_then(|s| s.to_str()).map(str::to_owned))
        .collect();
    codes.sort_by_key(|c| (c != "en", c.clone()));
    assert!(codes.first().is_some_and(|c| c == "en"), "app/locales/en.ftl is required");
    let mut out = String::from(
        "/// (language code, Fluent source), English first.\npub const SOURCES: &[(&str, &str)] = &[\n",
    );
    for code in &codes {
        let path = dir.join(format!("{code}.ftl"));
        println!("cargo:rerun-if-changed={}", path.display());
        out.push_str(&format!("    ({code:?}, include_str!({:?})),\n", path.display().to_string()));
    }
    out.push_str("];\n");
    out.push_str(&format!("pub const COUNT: usize = {};\n", codes.len()));
    let target = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("locales.rs");
    std::fs::write(target, out).expect("write locales.rs");
}
