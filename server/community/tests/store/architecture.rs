//! The shape of `src/store`, read from its source: which module imports
//! which (no loops, so a use case never reaches back into the one that
//! called it), and that side effects are carried out by the write pipeline
//! (`store::effects`) only. Run with `--nocapture` to print the graph.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

fn store_sources() -> BTreeMap<String, String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/store");
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        if path.extension().is_some_and(|e| e == "rs") && name != "mod" {
            out.insert(name, std::fs::read_to_string(&path).unwrap());
        }
    }
    out
}

/// Every source file of the crate outside `src/store` (translation, search,
/// the CLI's seed…), by path: they write too.
fn other_sources(dir: &Path, out: &mut BTreeMap<String, String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            if !path.ends_with("store") {
                other_sources(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.insert(path.display().to_string(), std::fs::read_to_string(&path).unwrap());
        }
    }
}

/// The store modules `source` names (`store::x`, `store::{x, y}`,
/// `store::x::{..}`), comments excluded.
fn imports(source: &str, modules: &BTreeSet<String>) -> BTreeSet<String> {
    let code: String =
        source.lines().map(|l| l.split("//").next().unwrap_or("")).collect::<Vec<_>>().join("\n");
    let mut found = BTreeSet::new();
    for (i, _) in code.match_indices("store::") {
        let rest = &code[i + "store::".len()..];
        let names: Vec<&str> = if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            group[..end].split(',').map(|n| n.trim().split("::").next().unwrap_or("")).collect()
        } else {
            vec![rest.split(|c: char| !(c.is_alphanumeric() || c == '_')).next().unwrap_or("")]
        };
        for n in names {
            let n = n.split_whitespace().next().unwrap_or("");
            if modules.contains(n) {
                found.insert(n.to_owned());
            }
        }
    }
    found
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let sources = store_sources();
    let modules: BTreeSet<String> = sources.keys().cloned().collect();
    sources
        .iter()
        .map(|(name, src)| {
            let mut deps = imports(src, &modules);
            deps.remove(name);
            (name.clone(), deps)
        })
        .collect()
}

/// A loop through `start`, if there is one.
fn cycle_from(
    g: &BTreeMap<String, BTreeSet<String>>,
    node: &str,
    path: &mut Vec<String>,
    done: &mut BTreeSet<String>,
) -> Option<Vec<String>> {
    if let Some(at) = path.iter().position(|p| p == node) {
        let mut cycle = path[at..].to_vec();
        cycle.push(node.to_owned());
        return Some(cycle);
    }
    if done.contains(node) {
        return None;
    }
    path.push(node.to_owned());
    for dep in g.get(node).into_iter().flatten() {
        if let Some(c) = cycle_from(g, dep, path, done) {
            return Some(c);
        }
    }
    path.pop();
    done.insert(node.to_owned());
    None
}

#[test]
fn the_store_modules_import_each_other_without_loops() {
    let g = graph();
    for (name, deps) in &g {
        println!("{name} -> {}", deps.iter().cloned().collect::<Vec<_>>().join(", "));
    }
    // The parser must see the imports it checks: a known edge.
    assert!(g["posts"].contains("automod"), "the import scan lost posts -> automod");
    let mut done = BTreeSet::new();
    for name in g.keys() {
        if let Some(cycle) = cycle_from(&g, name, &mut Vec::new(), &mut done) {
            panic!("import loop between store modules: {}", cycle.join(" -> "));
        }
    }
}

#[test]
fn the_cycle_finder_finds_a_loop() {
    let mut g = BTreeMap::new();
    g.insert("a".to_owned(), BTreeSet::from(["b".to_owned()]));
    g.insert("b".to_owned(), BTreeSet::from(["c".to_owned()]));
    g.insert("c".to_owned(), BTreeSet::from(["a".to_owned()]));
    let cycle = cycle_from(&g, "a", &mut Vec::new(), &mut BTreeSet::new());
    assert_eq!(cycle.unwrap(), ["a", "b", "c", "a"]);
    let modules = BTreeSet::from(["a".to_owned(), "b".to_owned(), "c".to_owned()]);
    let found = imports("use crate::store::{a, b::X};\n// store::c\nuse crate::store::c::Y;", &modules);
    assert_eq!(found, modules);
}

#[test]
fn side_effects_are_carried_out_by_the_write_pipeline_only() {
    // Each helper and the modules allowed to call it: the pipeline, and the
    // helpers' own modules (notifications move the bell themselves).
    let only_in: [(&str, &[&str]); 8] = [
        ("events::record(", &["effects", "notifications"]),
        ("search_log::touch(", &["effects"]),
        ("search_log::touch_tagged(", &["effects"]),
        ("notifications::happened(", &["effects"]),
        ("notifications::notice(", &["effects"]),
        ("notifications::upvoted(", &["effects"]),
        ("follows::automatic(", &["effects"]),
        ("webhooks::enqueue(", &["effects"]),
    ];
    let sources = store_sources();
    let mut everything = sources.clone();
    other_sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut everything);
    let mut misplaced = Vec::new();
    for (name, src) in &everything {
        for (call, allowed) in only_in {
            if src.contains(call) && !allowed.contains(&name.as_str()) {
                misplaced.push(format!("{name}.rs calls {call}"));
            }
        }
        if name != "effects" && name != "badges" && src.contains("badges::on_") {
            misplaced.push(format!("{name}.rs runs a badge rule"));
        }
    }
    assert!(misplaced.is_empty(), "side effects wired by hand, not through Tx::happened: {misplaced:?}");
    assert!(sources["effects"].contains("events::record("), "the check must see the pipeline's calls");
}
