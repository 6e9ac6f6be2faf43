//! Who may moderate, checked over HTTP on a real server (port 0), on SQLite
//! and on PostgreSQL: every manual moderator action for each role, the desk
//! page and its server functions, the audit log and flags.

use crate::common::Harness;
use community::on_both_engines;
use community::testing::{
    id as uid, public_category as category, question as ask, quick_account, set_reputation,
};
use community::{on_db, Db};
use domain::id::TopicId;
use domain::moderation::ModAction;
use domain::Role;
use reqwest::StatusCode;

on_both_engines!(
    with crate::common::Harness::start;
    every_moderator_action_is_refused_to_visitors_and_members_and_taken_by_staff,
    the_desk_the_log_and_flags_check_the_role,
    writes_beyond_the_allowance_are_refused_with_429,
    held_edits_and_translations_wait_for_an_agent,
);

async fn count(db: &Db, sql: &str) -> i64 {
    on_db!(db, p => sqlx::query_scalar::<_, i64>(sql).fetch_one(p).await).expect(sql)
}

/// Every action an agent takes from a menu; `edit` goes through the edit
/// form instead, and `act` refuses it.
fn manual_actions() -> Vec<ModAction> {
    ModAction::ALL.into_iter().filter(|a| a.is_manual() && *a != ModAction::Edit).collect()
}

/// What the content of the matrix acts on.
struct Targets {
    post: domain::TopicId,
    duplicate: domain::TopicId,
    billing: domain::CategoryId,
}

/// The form for `action`: a valid request, so that staff succeed.
fn form(
    action: ModAction,
    t: &Targets,
    merge_source: domain::TopicId,
    member: &str,
) -> Vec<(&'static str, String)> {
    let mut f =
        vec![("action", action.as_str().to_owned()), ("reason", format!("Because of {}", action.as_str()))];
    match action {
        ModAction::Warn | ModAction::Silence | ModAction::Suspend | ModAction::Lift => {
            f.push(("member", member.to_owned()));
            f.push(("duration", "2 days".to_owned()));
        }
        ModAction::Move => {
            f.push(("post_id", t.post.to_string()));
            f.push(("category_id", t.billing.to_string()));
        }
        ModAction::CloseDuplicate => {
            f.push(("post_id", t.duplicate.to_string()));
            f.push(("target", t.post.to_string()));
        }
        ModAction::Merge => {
            f.push(("post_id", merge_source.to_string()));
            f.push(("target", format!("/q/{}", t.post)));
        }
        ModAction::Assign => {
            f.push(("post_id", t.post.to_string()));
            f.push(("assignee", "agent1".to_owned()));
        }
        _ => f.push(("post_id", t.post.to_string())),
    }
    f
}

async fn every_moderator_action_is_refused_to_visitors_and_members_and_taken_by_staff(h: Harness) {
    let db = h.db().clone();
    let (member, _) = h.account("member1", Role::Member).await;
    let (agent, agent_v) = h.account("agent1", Role::Agent).await;
    let (admin, admin_v) = h.account("admin1", Role::Admin).await;
    let author = quick_account(&db, "author1", Role::Member).await;
    quick_account(&db, "target1", Role::Member).await;
    quick_account(&db, "agent2", Role::Agent).await;
    set_reputation(&db, author, 50).await;
    let general = category(&db, admin_v, "General", "general").await;
    let billing = category(&db, admin_v, "Billing", "billing").await;
    community::store::tags::save(&db, admin_v, None, "sync", "", None, 0).await.expect("tag");
    let t = Targets {
        post: ask(&db, author, general, "Printer shows offline after update").await,
        duplicate: ask(&db, author, general, "Printer offline every single morning").await,
        billing,
    };
    let actions = manual_actions();
    assert_eq!(actions.len(), 21, "{actions:?}");
    let log_lines = "SELECT COUNT(*) FROM mod_log";

    for action in &actions {
        let f = form(*action, &t, t.duplicate, "target1");
        let res = h.call_owned("moderate", &f, None).await;
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED, "visitor {action:?}: {:?}", res.text().await);
        let res = h.call_owned("moderate", &f, Some(&member)).await;
        assert_eq!(res.status(), StatusCode::FORBIDDEN, "member {action:?}: {:?}", res.text().await);
    }
    assert_eq!(count(&db, log_lines).await, 0, "refused requests change nothing");

    let titles = ["Printer keeps going offline overnight", "Printer disappears from the network"];
    for (i, (cookie, who)) in [(&agent, agent_v), (&admin, admin_v)].into_iter().enumerate() {
        let source = ask(&db, author, general, titles[i]).await;
        for action in &actions {
            let f = form(*action, &t, source, "target1");
            let res = h.call_owned("moderate", &f, Some(cookie)).await;
            let status = res.status();
            let body = res.text().await.unwrap();
            assert_eq!(status, StatusCode::OK, "{who:?} {action:?}: {body}");
            assert!(body.contains("done"), "{body}");
        }
        let mine = format!("SELECT COUNT(*) FROM mod_log WHERE actor_id = {}", uid(who));
        assert_eq!(count(&db, &mine).await, 21, "one log line per action");
        // `edit` is not a menu action.
        let res = h.call_owned("moderate", &form(ModAction::Edit, &t, source, "target1"), Some(cookie)).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    }

    // Down the ladder only.
    let res =
        h.call_owned("moderate", &form(ModAction::Suspend, &t, TopicId(0), "admin1"), Some(&agent)).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN, "agent suspending an admin");
    let res =
        h.call_owned("moderate", &form(ModAction::Silence, &t, TopicId(0), "agent2"), Some(&agent)).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN, "agent silencing an agent");
    let res =
        h.call_owned("moderate", &form(ModAction::Suspend, &t, TopicId(0), "agent2"), Some(&admin)).await;
    assert_eq!(res.status(), StatusCode::OK, "admin suspending an agent: {:?}", res.text().await);
    let agent2 = community::store::users::by_username(&db, "agent2").await.unwrap().unwrap();
    let (_, suspended) =
        community::store::moderation::sanctions(&db, agent2.id, community::clock::now_ms()).await.unwrap();
    assert!(suspended.is_some());
    // A missing reason is a field error, not a success.
    let mut f = form(ModAction::Hide, &t, TopicId(0), "target1");
    f.retain(|(k, _)| *k != "reason");
    let res = h.call_owned("moderate", &f, Some(&agent)).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().await.unwrap().contains("reason"));
}

async fn the_desk_the_log_and_flags_check_the_role(h: Harness) {
    let db = h.db().clone();
    let (member, member_v) = h.account("member1", Role::Member).await;
    let (newcomer, _) = h.account("newcomer", Role::Member).await;
    let (agent, _) = h.account("agent1", Role::Agent).await;
    let (admin, admin_v) = h.account("admin1", Role::Admin).await;
    let author = quick_account(&db, "author1", Role::Member).await;
    let general = category(&db, admin_v, "General", "general").await;
    community::store::tags::save(&db, admin_v, None, "sync", "", None, 0).await.expect("tag");
    let post = ask(&db, author, general, "Printer shows offline after update").await;

    // The desk page answers with the status of its data.
    for (who, cookie, status) in [
        ("visitor", None, StatusCode::FORBIDDEN),
        ("member", Some(member.as_str()), StatusCode::FORBIDDEN),
        ("agent", Some(agent.as_str()), StatusCode::OK),
        ("admin", Some(admin.as_str()), StatusCode::OK),
    ] {
        for path in ["/desk", "/desk/log"] {
            let res = h.get(path, cookie).await;
            assert_eq!(res.status(), status, "{who} GET {path}");
        }
        let res = h.call_owned("desk", &[], cookie).await;
        assert_eq!(res.status(), status, "{who} /api/desk: {:?}", res.text().await);
        let filter = [
            ("filter[agent]", String::new()),
            ("filter[action]", String::new()),
            ("filter[member]", String::new()),
            ("filter[from]", String::new()),
            ("filter[to]", String::new()),
        ];
        let res = h.call_owned("mod_log", &filter, cookie).await;
        assert_eq!(res.status(), status, "{who} /api/mod_log: {:?}", res.text().await);
    }
    let page = h.get("/desk", Some(&agent)).await.text().await.unwrap();
    assert!(page.contains("Printer shows offline after update"), "the unanswered question is on the desk");

    // Flags: enough reputation, or 403; visitors must sign in.
    set_reputation(&db, member_v, 15).await;
    let f = [("post_id", post.to_string()), ("reason", "spam".to_owned())];
    let res = h.call_owned("flag", &f, None).await;
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    let res = h.call_owned("flag", &f, Some(&newcomer)).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN, "{:?}", res.text().await);
    let res = h.call_owned("flag", &f, Some(&member)).await;
    assert_eq!(res.status(), StatusCode::OK, "{:?}", res.text().await);
    assert_eq!(res.text().await.unwrap(), "false", "one flag does not hide");
    assert_eq!(count(&db, &format!("SELECT COUNT(*) FROM flags WHERE post_id = {post}")).await, 1);
    let desk: serde_json::Value = h.call_owned("desk", &[], Some(&agent)).await.json().await.unwrap();
    assert_eq!(desk["flags"][0]["post_id"], post.get(), "{desk}");
}

/// A member writing faster than the allowance (30 per 10 minutes by
/// default) gets 429 with `Retry-After` and a message that says how long to
/// wait, and what they typed comes back with it.
async fn writes_beyond_the_allowance_are_refused_with_429(h: Harness) {
    let db = h.db().clone();
    let admin = quick_account(&db, "admin9", Role::Admin).await;
    let general = category(&db, admin, "General", "general").await;
    let q = ask(&db, admin, general, "Sync stops at ninety-nine percent").await;
    let (member, _) = h.account("talker9", Role::Member).await;
    let max = domain::rate_limit::WriteLimits::default().per_member.max;
    for i in 0..max {
        let form = [("post_id", q.to_string()), ("comment", format!("Comment number {i} on this question"))];
        let res = h.call_owned("comment", &form, Some(&member)).await;
        assert_eq!(res.status(), StatusCode::OK, "write {i}: {:?}", res.text().await);
    }
    let form = [("post_id", q.to_string()), ("comment", "One comment too many".to_owned())];
    let res = h.call_owned("comment", &form, Some(&member)).await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    let retry: u64 = res
        .headers()
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .expect("Retry-After");
    assert!((1..=600).contains(&retry), "{retry}");
    let body = res.text().await.unwrap();
    assert!(body.contains("You are posting faster than this community allows"), "{body}");
    assert!(body.contains("One comment too many"), "the typed text comes back: {body}");
    let stored = count(&db, &format!("SELECT COUNT(*) FROM comments WHERE post_id = {q}")).await;
    assert_eq!(stored, max as i64, "the refused comment was not stored");
    // Staff are not limited.
    let (agent, _) = h.account("agent9", Role::Agent).await;
    for i in 0..=max {
        let form = [("post_id", q.to_string()), ("comment", format!("Agent note {i} on this question"))];
        assert_eq!(h.call_owned("comment", &form, Some(&agent)).await.status(), StatusCode::OK);
    }
}

/// Regression (issue 16), through the server functions: a member's edit or
/// translation carrying a held word reaches no visitor until an agent
/// approves it from the desk, and a blocked word in a translation is
/// refused on its field.
async fn held_edits_and_translations_wait_for_an_agent(h: Harness) {
    let db = h.db().clone();
    let (member, member_v) = h.account("mia", Role::Member).await;
    let (agent, _) = h.account("agent1", Role::Agent).await;
    let admin = quick_account(&db, "admin1", Role::Admin).await;
    let general = category(&db, admin, "General", "general").await;
    community::store::tags::save(&db, admin, None, "sync", "", None, 0).await.expect("tag");
    let q = ask(&db, member_v, general, "Printer shows offline after update").await;
    let id = q.to_string();
    let watch = community::store::automod::watch_word;
    watch(&db, admin, "casino", "hold", 0).await.expect("watch");
    watch(&db, admin, "jackpot", "block", 0).await.expect("watch");
    assert_eq!(h.call_owned("thread", &[("id", id.clone())], None).await.status(), StatusCode::OK);
    let approve = [("action", "approve".to_owned()), ("post_id", id.clone()), ("reason", "Fine".to_owned())];

    // The edit: held, so the visitor gets 404 and its author the held post.
    let edit = [
        ("id", id.clone()),
        ("title", "Printer shows offline after update".to_owned()),
        ("body", "Since the casino update my printer shows offline every morning.".to_owned()),
        ("tags", "sync".to_owned()),
    ];
    let res = h.call_owned("edit", &edit, Some(&member)).await;
    assert!(res.status().is_success() || res.status().is_redirection(), "{:?}", res.text().await);
    assert_eq!(h.call_owned("thread", &[("id", id.clone())], None).await.status(), StatusCode::NOT_FOUND);
    let mine = h.call_owned("thread", &[("id", id.clone())], Some(&member)).await;
    let mine: serde_json::Value = mine.json().await.unwrap();
    assert!(mine["thread"]["topic"]["held_reason"].as_str().is_some_and(|r| r.contains("casino")), "{mine}");
    let desk: serde_json::Value = h.call_owned("desk", &[], Some(&agent)).await.json().await.unwrap();
    assert_eq!(
        (&desk["held"][0]["post_id"], &desk["held"][0]["translation"]),
        (&q.get().into(), &serde_json::Value::Null)
    );
    let res = h.call_owned("moderate", &approve, Some(&agent)).await;
    assert_eq!(res.status(), StatusCode::OK, "{:?}", res.text().await);
    assert_eq!(h.call_owned("thread", &[("id", id.clone())], None).await.status(), StatusCode::OK);

    // The translation: a blocked word is refused on `body`, a held one waits.
    let translation = |body: &str| {
        [
            ("post_id", id.clone()),
            ("language", "fr".to_owned()),
            ("title", "L'imprimante est hors ligne depuis la mise à jour".to_owned()),
            ("body", body.to_owned()),
        ]
    };
    let res = h
        .call_owned(
            "save_translation",
            &translation("Depuis la mise à jour du jackpot, hors ligne."),
            Some(&member),
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().await.unwrap().contains("body"));
    let res = h
        .call_owned(
            "save_translation",
            &translation("Depuis la mise à jour du casino, hors ligne."),
            Some(&member),
        )
        .await;
    assert!(res.status().is_success() || res.status().is_redirection(), "{:?}", res.text().await);
    let ask_french = [("kind", "post".to_owned()), ("id", id.clone()), ("target", "fr".to_owned())];
    let shown = h.call_owned("translate", &ask_french, None).await.text().await.unwrap();
    assert!(shown.contains("Unavailable") && !shown.contains("casino"), "{shown}");
    let desk: serde_json::Value = h.call_owned("desk", &[], Some(&agent)).await.json().await.unwrap();
    assert_eq!(
        (&desk["held"][0]["post_id"], desk["held"][0]["translation"].as_str()),
        (&q.get().into(), Some("fr"))
    );
    let res = h.call_owned("moderate", &approve, Some(&agent)).await;
    assert_eq!(res.status(), StatusCode::OK, "{:?}", res.text().await);
    let shown = h.call_owned("translate", &ask_french, None).await.text().await.unwrap();
    assert!(shown.contains("Translated") && shown.contains("casino"), "{shown}");
}
