//! Every server function has a reviewed rule (issue 16, "make the class
//! impossible"): `app::api::policy::ENDPOINTS` says who may call each one and
//! how its inputs are bounded. These tests fail when a registered function
//! has no entry (so a new endpoint cannot ship unreviewed), when an entry is
//! stale or names an input as UNBOUNDED, and when a visitor, a member or an
//! agent gets further than the entry's `who` lets them, on SQLite and on
//! PostgreSQL.

use domain::id::{CategoryId, CommentId, GroupId, PostId, TagId, TopicId};
use std::collections::BTreeSet;

use crate::common::Harness;
use app::api::policy::{Endpoint, Who, ENDPOINTS};
use community::db::Engine;
use community::on_both_engines;
use community::testing::{public_category, question, quick_account};
use domain::Role;

on_both_engines!(with crate::common::Harness::start; visitors_and_members_are_refused_what_is_not_theirs);

/// Member functions that answer a visitor 404 rather than 401, on purpose:
/// the store tells everyone outside a support conversation "not found",
/// whether one exists or not (`store::escalations::view`), so not even its
/// existence leaks. Anything else must say 401 or 403 to a visitor.
const VISITORS_GET_NOT_FOUND: &[&str] = &["/api/support_conversation"];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_server_function_has_a_policy_entry() {
    // Serving the router walks the registry, so every function the app
    // links is registered by the time the server answers.
    let h = Harness::start(Engine::Sqlite).await;
    assert_eq!(h.get("/healthz", None).await.status(), reqwest::StatusCode::OK);

    let registered: Vec<_> = leptos::server_fn::axum::server_fn_paths().collect();
    assert!(!registered.is_empty(), "no server function is registered: the app is not linked in");
    let registered_paths: BTreeSet<&str> = registered.iter().map(|(p, _)| *p).collect();

    let mut listed = BTreeSet::new();
    let duplicates: Vec<&str> = ENDPOINTS.iter().map(|e| e.path).filter(|p| !listed.insert(*p)).collect();
    assert!(duplicates.is_empty(), "listed twice in app/src/api/policy.rs: {duplicates:?}");

    let missing: Vec<String> =
        registered.iter().filter(|(p, _)| !listed.contains(p)).map(|(p, m)| format!("{m} {p}")).collect();
    let stale: Vec<&str> = listed.iter().copied().filter(|p| !registered_paths.contains(p)).collect();
    let blank: Vec<&str> = ENDPOINTS.iter().filter(|e| e.bounds.trim().is_empty()).map(|e| e.path).collect();
    assert!(
        missing.is_empty() && stale.is_empty() && blank.is_empty(),
        "app/src/api/policy.rs is out of date.\n\
         Registered but not listed (add an entry: who may call it, each argument's bound, a sample):\n  {}\n\
         Listed but not registered (remove or rename):\n  {}\n\
         Listed without bounds:\n  {}",
        missing.join("\n  "),
        stale.join("\n  "),
        blank.join("\n  "),
    );
    for path in VISITORS_GET_NOT_FOUND {
        let entry = ENDPOINTS.iter().find(|e| e.path == *path);
        assert!(entry.is_some_and(|e| e.who != Who::Anyone), "{path}: not a listed non-public function");
    }

    // Every input has a bound checked before it reaches the database, the
    // search index, storage or another service; an entry that says
    // otherwise is a hole to close, not a note to keep.
    let unbounded: Vec<String> = ENDPOINTS
        .iter()
        .filter(|e| e.bounds.trim_start().starts_with("UNBOUNDED"))
        .map(|e| format!("{}: {}", e.path, e.bounds))
        .collect();
    assert!(
        unbounded.is_empty(),
        "{} server functions take an input with no bound (app/src/api/policy.rs): bound each one in \
         `domain`, enforce it in the function or the store it calls, then say where in the entry.\n  {}",
        unbounded.len(),
        unbounded.join("\n  ")
    );
    println!("{} server functions registered, all listed, every input bounded", registered.len());
}

/// The world the samples' ids point at (see `Endpoint::sample`).
async fn build_world(h: &Harness) {
    use community::store::{comments, escalations, groups, posts, tags};
    let db = h.db();
    let now = community::clock::now_ms();
    let founder = quick_account(db, "founder", Role::Admin).await;
    let asker = quick_account(db, "asker", Role::Member).await;
    let helper = quick_account(db, "helper", Role::Member).await;
    assert_eq!(public_category(db, founder, "General", "general").await, CategoryId(1));
    assert_eq!(tags::save(db, founder, None, "sync", "", None, now).await.expect("tag"), TagId(1));
    assert_eq!(tags::save(db, founder, None, "printers", "", None, now).await.expect("tag"), TagId(2));
    let q = question(db, asker, CategoryId(1), "Printer shows offline after the update").await;
    assert_eq!(q, TopicId(1));
    let body = "Restart the print spooler service, then print a test page.";
    assert_eq!(posts::create_answer(db, helper, q, body, &None, now).await.expect("answer").id, PostId(2));
    assert_eq!(
        comments::add(db, helper, q.post(), "Which model is it?", &None, now).await.expect("comment").0,
        CommentId(1)
    );
    escalations::open(db, asker, q, "My account cannot print at all since Monday.", now)
        .await
        .expect("support");
    assert_eq!(groups::create(db, founder, "Beta testers", "", now).await.expect("group"), GroupId(1));
    assert_eq!(tags::create_group(db, founder, "Devices", 0).await.expect("tag group"), 1);
}

/// Posts a sample as the browser's fetch would: a raw form body, same origin.
async fn post(h: &Harness, e: &Endpoint, cookie: Option<&str>) -> reqwest::StatusCode {
    let mut req = h
        .http
        .post(h.url(e.path))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("sec-fetch-site", "same-origin")
        .body(e.sample);
    if let Some(c) = cookie {
        req = req.header("cookie", c);
    }
    req.send().await.expect("request").status()
}

async fn visitors_and_members_are_refused_what_is_not_theirs(h: Harness) {
    build_world(&h).await;
    let mut problems = Vec::new();
    let (mut public, mut as_visitor, mut as_member, mut as_agent) = (0, 0, 0, 0);

    // Visitors: refused everything that is not for everyone. Public
    // functions must at least decode their sample and not fail.
    for e in ENDPOINTS {
        let status = post(&h, e, None).await.as_u16();
        if e.who == Who::Anyone {
            public += 1;
            if status == 400 || status >= 500 {
                problems.push(format!("visitor {} (Anyone): {status}, sample refused or failed", e.path));
            }
        } else {
            as_visitor += 1;
            let hidden = VISITORS_GET_NOT_FOUND.contains(&e.path) && status == 404;
            if !matches!(status, 401 | 403) && !hidden {
                problems.push(format!("visitor {} ({:?}): {status}, expected 401 or 403", e.path, e.who));
            }
        }
    }

    // A fresh member: refused what staff and admins do (403, or 404 where
    // the function hides that the thing exists).
    let member = h.sign_up("member").await;
    for e in ENDPOINTS.iter().filter(|e| matches!(e.who, Who::Agent | Who::Admin)) {
        as_member += 1;
        let status = post(&h, e, Some(&member)).await.as_u16();
        if !matches!(status, 403 | 404) {
            problems.push(format!("member {} ({:?}): {status}, expected 403 or 404", e.path, e.who));
        }
    }

    // An agent: refused what only admins do.
    let agent = h.sign_up("agent").await;
    community::accounts::set_role_by_username(h.db(), "agent", Role::Agent).await.expect("agent role");
    for e in ENDPOINTS.iter().filter(|e| e.who == Who::Admin) {
        as_agent += 1;
        let status = post(&h, e, Some(&agent)).await.as_u16();
        if !matches!(status, 403 | 404) {
            problems.push(format!("agent {} (Admin): {status}, expected 403 or 404", e.path));
        }
    }

    println!(
        "{:?}: {} endpoints; public samples decoded: {public}; refused to visitors: {as_visitor}, \
         to members: {as_member}, to agents: {as_agent}",
        h.engine,
        ENDPOINTS.len()
    );
    assert!(problems.is_empty(), "{} authorization problems:\n  {}", problems.len(), problems.join("\n  "));
}
