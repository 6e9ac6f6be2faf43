//! Escalation to support: a private conversation between a question's asker
//! and the agents, on SQLite and on PostgreSQL.

use community::on_both_engines;
use community::store::escalations;
use community::store::events::{self, StoredEvent};
use community::store::notifications;
use community::store::posts::{self};
use community::store::settings;
use community::testing::{id, World, NOW};
use community::{on_db, Db, StoreError};
use domain::escalation::EscalationStatus;
use domain::id::Timestamp;
use domain::id::TopicId;
use domain::live::LiveEvent;
use domain::notification::{Notice, NotificationKind};
use domain::permissions::Denied;
use domain::{ErrorCode, Viewer};

on_both_engines!(
    the_asker_and_agents_talk_privately,
    the_asker_must_describe_the_problem_agents_need_not,
    only_the_asker_or_staff_may_open,
    opening_again_reopens_the_same_conversation,
    a_concurrent_double_open_leaves_one_conversation,
    the_queue_puts_what_support_owes_first,
    only_staff_set_any_status_the_asker_may_resolve,
    opening_queues_one_signed_webhook,
);

/// A billing question by `who`, in General.
async fn ask(db: &Db, w: &World, who: Viewer, title: &str) -> TopicId {
    w.ask(title)
        .body("My card was charged twice for the same invoice this month.")
        .tags("billing")
        .by(db, who)
        .await
}

async fn question(db: &Db, w: &World) -> TopicId {
    ask(db, w, w.alice, "Charged twice for one invoice").await
}

fn not_found<T: std::fmt::Debug>(r: Result<T, StoreError>) {
    assert!(matches!(r, Err(StoreError::NotFound)), "expected NotFound, got {r:?}");
}

fn denied<T: std::fmt::Debug>(r: Result<T, StoreError>, why: Denied) {
    assert!(matches!(r, Err(StoreError::Denied(d)) if d == why), "expected {why:?}, got {r:?}");
}

fn invalid<T: std::fmt::Debug>(r: Result<T, StoreError>, field: &str, code: ErrorCode) {
    match r {
        Err(StoreError::Invalid(f)) => {
            assert!(f.iter().any(|e| e.field == field && e.code == code), "{f:?}")
        }
        other => panic!("expected {field}: {code:?}, got {other:?}"),
    }
}

async fn status(db: &Db, who: Viewer, topic: TopicId) -> EscalationStatus {
    escalations::view(db, who, topic).await.expect("view").expect("an escalation").status
}

/// The viewer's support notifications, newest first.
async fn support_notes(db: &Db, who: Viewer) -> Vec<domain::notification::NotificationItem> {
    let (items, _) = notifications::list(db, who, None, 100).await.expect("list");
    items.into_iter().filter(|n| n.kind == NotificationKind::Support).collect()
}

async fn events_after(db: &Db, after: i64) -> Vec<StoredEvent> {
    events::range(db, after, None, 1000).await.expect("events")
}

async fn the_asker_and_agents_talk_privately(db: &Db) {
    let w = World::new(db).await;
    let q = question(db, &w).await;
    assert_eq!(escalations::view(db, w.alice, q).await.unwrap(), None, "nothing to show yet");
    let e =
        escalations::open(db, w.alice, q, "  I was charged twice, see invoice 42.  ", NOW + 1).await.unwrap();

    // The agent sees it in the queue, support's turn.
    let queue = escalations::queue(db, w.agent).await.unwrap();
    assert_eq!(queue.len(), 1);
    let line = &queue[0];
    assert_eq!((line.id, line.topic_id, line.title.as_str()), (e, q, "Charged twice for one invoice"));
    assert_eq!((line.member.as_str(), line.status), ("alice", EscalationStatus::Open));
    assert_eq!((line.message_count, line.last_from_member), (1, true));
    denied(escalations::queue(db, w.bob).await, Denied::Forbidden);
    denied(escalations::queue(db, Viewer::Visitor).await, Denied::NotSignedIn);

    // Nobody else may know it exists.
    not_found(escalations::view(db, w.bob, q).await);
    not_found(escalations::view(db, Viewer::Visitor, q).await);
    not_found(escalations::standing(db, w.bob, q).await);
    not_found(escalations::reply(db, w.bob, q, "Let me in", NOW).await);
    not_found(escalations::set_status(db, w.bob, q, EscalationStatus::Resolved, NOW).await);
    denied(escalations::reply(db, Viewer::Visitor, q, "Hello", NOW).await, Denied::NotSignedIn);

    let seen = escalations::view(db, w.agent, q).await.unwrap().expect("the agent sees it");
    assert_eq!((seen.id, seen.member.as_str(), seen.opened_by.as_str()), (e, "alice", "alice"));
    assert!(seen.viewer_is_staff);
    assert_eq!(seen.topic_path, format!("/q/{q}/charged-twice-for-one-invoice"));
    assert_eq!(seen.messages.len(), 1);
    assert_eq!(seen.messages[0].author, "alice");
    assert!(!seen.messages[0].author_is_staff);
    assert!(seen.messages[0].body_html.contains("I was charged twice, see invoice 42."));
    assert!(!escalations::view(db, w.alice, q).await.unwrap().unwrap().viewer_is_staff);

    // The agent replies: waiting on the member, who is told privately.
    let unread_before = notifications::unread(db, id(w.alice)).await.unwrap();
    let mark = events::last_id(db).await.unwrap();
    escalations::reply(db, w.agent, q, "Refunded: it shows within **5 days**.", NOW + 2).await.unwrap();
    assert_eq!(status(db, w.alice, q).await, EscalationStatus::Waiting);
    assert_eq!(notifications::unread(db, id(w.alice)).await.unwrap(), unread_before + 1);
    let notes = support_notes(db, w.alice).await;
    assert_eq!(notes.len(), 1);
    assert!(!notes[0].read);
    // Stored as what happened and worded when read, in the reader's language.
    let title = "Charged twice for one invoice";
    assert_eq!((notes[0].notice, notes[0].title.as_str()), (Some(Notice::SupportReplied), title));
    assert_eq!(notes[0].url, format!("/support/{q}"));
    assert!(support_notes(db, w.bob).await.is_empty());
    assert_eq!(notifications::unread(db, id(w.bob)).await.unwrap(), 0);
    let happened = events_after(db, mark).await;
    assert!(
        happened.iter().any(|e| e.user_id == Some(id(w.alice))
            && e.category_id.is_none()
            && e.event == LiveEvent::Support { topic_id: q }),
        "a private support event for the asker: {happened:?}"
    );
    assert!(
        happened
            .iter()
            .any(|e| e.user_id == Some(id(w.alice)) && matches!(e.event, LiveEvent::Notification { .. })),
        "the bell moves: {happened:?}"
    );
    assert!(
        happened.iter().any(|e| e.user_id.is_none()
            && e.category_id.is_none()
            && e.event == LiveEvent::Desk { queue: "escalations".into() }),
        "the agents' desks refresh: {happened:?}"
    );
    assert!(happened.iter().all(|e| e.user_id != Some(id(w.bob))), "nothing for bob: {happened:?}");
    assert!(
        happened.iter().all(|e| e.user_id.is_some() || !matches!(e.event, LiveEvent::Support { .. })),
        "support events are never public: {happened:?}"
    );
    let seen = escalations::view(db, w.alice, q).await.unwrap().unwrap();
    assert_eq!(seen.messages.len(), 2);
    assert!(seen.messages[1].author_is_staff);
    assert!(seen.messages[1].body_html.contains("<strong>5 days</strong>"), "{}", seen.messages[1].body_html);

    // The member answers: support's turn again.
    let mark = events::last_id(db).await.unwrap();
    escalations::reply(db, w.alice, q, "Thanks, I will check then.", NOW + 3).await.unwrap();
    assert_eq!(status(db, w.agent, q).await, EscalationStatus::Open);
    let line = escalations::queue(db, w.agent).await.unwrap().remove(0);
    assert_eq!((line.message_count, line.last_from_member), (3, true));
    assert!(events_after(db, mark).await.iter().any(|e| matches!(e.event, LiveEvent::Desk { .. })));
    invalid(escalations::reply(db, w.alice, q, "   ", NOW).await, "message", ErrorCode::Required);
    let long = "x".repeat(domain::escalation::MESSAGE_MAX + 1);
    invalid(escalations::reply(db, w.agent, q, &long, NOW).await, "message", ErrorCode::MessageTooLong);

    // Resolved by the agent: the member hears of it.
    escalations::set_status(db, w.agent, q, EscalationStatus::Resolved, NOW + 4).await.unwrap();
    assert_eq!(status(db, w.alice, q).await, EscalationStatus::Resolved);
    let notes = support_notes(db, w.alice).await;
    assert_eq!(notes.len(), 2);
    assert_eq!(notes[0].notice, Some(Notice::SupportResolved));
    let standing = escalations::standing(db, w.alice, q).await.unwrap();
    assert_eq!(
        (standing.asker, standing.staff, standing.status),
        (true, false, Some(EscalationStatus::Resolved))
    );
    // A reply in a conversation with no escalation: nothing to reply to.
    let other = ask(db, &w, w.alice, "Another question about my invoices").await;
    not_found(escalations::reply(db, w.alice, other, "Hello?", NOW).await);
    let standing = escalations::standing(db, w.agent, other).await.unwrap();
    assert_eq!((standing.asker, standing.staff, standing.status), (false, true, None));
    not_found(escalations::standing(db, Viewer::Visitor, other).await);
}

async fn the_asker_must_describe_the_problem_agents_need_not(db: &Db) {
    let w = World::new(db).await;
    let q = question(db, &w).await;
    invalid(escalations::open(db, w.alice, q, " \n ", NOW).await, "message", ErrorCode::Required);
    assert_eq!(escalations::view(db, w.alice, q).await.unwrap(), None, "nothing was opened");

    let before = notifications::unread(db, id(w.alice)).await.unwrap();
    let e = escalations::open(db, w.agent, q, "", NOW).await.unwrap();
    let seen = escalations::view(db, w.alice, q).await.unwrap().unwrap();
    assert_eq!((seen.id, seen.opened_by.as_str(), seen.status), (e, "agent1", EscalationStatus::Open));
    assert!(seen.messages.is_empty());
    // The asker is told support opened it.
    assert_eq!(notifications::unread(db, id(w.alice)).await.unwrap(), before + 1);
    let notes = support_notes(db, w.alice).await;
    assert_eq!(notes[0].url, format!("/support/{q}"));
    let opened = (notes[0].notice, notes[0].title.as_str());
    assert_eq!(opened, (Some(Notice::SupportOpened), "Charged twice for one invoice"));
}

async fn only_the_asker_or_staff_may_open(db: &Db) {
    let w = World::new(db).await;
    let q = question(db, &w).await;
    denied(escalations::open(db, w.bob, q, "Please help alice", NOW).await, Denied::Forbidden);
    denied(escalations::open(db, Viewer::Visitor, q, "Help", NOW).await, Denied::NotSignedIn);
    not_found(escalations::open(db, w.alice, TopicId(999_999), "Help", NOW).await);
    let answer =
        posts::create_answer(db, w.bob, q, "Ask your bank for the second charge's reference.", &None, NOW)
            .await
            .unwrap()
            .id;
    not_found(escalations::open(db, w.bob, answer.as_topic(), "Help", NOW).await);
    not_found(escalations::open(db, w.agent, answer.as_topic(), "Help", NOW).await);
    let count: i64 =
        on_db!(db, p => sqlx::query_scalar("SELECT COUNT(*) FROM escalations").fetch_one(p).await).unwrap();
    assert_eq!(count, 0);
    // An admin is staff too.
    escalations::open(db, w.admin, q, "", NOW).await.unwrap();
    not_found(escalations::view(db, w.bob, q).await);
}

async fn opening_again_reopens_the_same_conversation(db: &Db) {
    let w = World::new(db).await;
    let q = question(db, &w).await;
    let e = escalations::open(db, w.alice, q, "I cannot sign in any more.", NOW).await.unwrap();
    escalations::reply(db, w.agent, q, "Your password was reset, check your mail.", NOW + 1).await.unwrap();
    escalations::set_status(db, w.agent, q, EscalationStatus::Resolved, NOW + 2).await.unwrap();
    let again = escalations::open(db, w.alice, q, "It happened again today.", NOW + 3).await.unwrap();
    assert_eq!(again, e, "the same conversation");
    let seen = escalations::view(db, w.alice, q).await.unwrap().unwrap();
    assert_eq!(seen.status, EscalationStatus::Open);
    assert_eq!(seen.messages.len(), 3);
    assert_eq!(seen.updated_at, Timestamp(NOW + 3));
    assert_eq!(seen.created_at, Timestamp(NOW));
    // An agent opening it while it is open just adds to it.
    assert_eq!(escalations::open(db, w.agent, q, "Looking into it.", NOW + 4).await.unwrap(), e);
    let count: i64 =
        on_db!(db, p => sqlx::query_scalar("SELECT COUNT(*) FROM escalations").fetch_one(p).await).unwrap();
    assert_eq!(count, 1);
    // A reply by the member reopens a resolved one too.
    escalations::set_status(db, w.agent, q, EscalationStatus::Resolved, NOW + 5).await.unwrap();
    escalations::reply(db, w.alice, q, "Still broken.", NOW + 6).await.unwrap();
    assert_eq!(status(db, w.agent, q).await, EscalationStatus::Open);
}

async fn a_concurrent_double_open_leaves_one_conversation(db: &Db) {
    let w = World::new(db).await;
    for round in 0..4 {
        let q = ask(db, &w, w.alice, &format!("Locked out of my account, round {round}")).await;
        let (a, b) = tokio::join!(
            escalations::open(db, w.alice, q, "I am locked out.", NOW),
            escalations::open(db, w.agent, q, "Opening this for the member.", NOW),
        );
        let (a, b) = (a.expect("asker opens"), b.expect("agent opens"));
        assert_eq!(a, b, "one conversation");
        let (count, messages): (i64, i64) = on_db!(db, p => sqlx::query_as(
            "SELECT (SELECT COUNT(*) FROM escalations WHERE topic_id = $1),
                    (SELECT COUNT(*) FROM escalation_messages WHERE escalation_id = $2)")
            .bind(q).bind(a).fetch_one(p).await)
        .unwrap();
        assert_eq!((count, messages), (1, 2));
        assert_eq!(status(db, w.agent, q).await, EscalationStatus::Open);
    }
}

async fn the_queue_puts_what_support_owes_first(db: &Db) {
    let w = World::new(db).await;
    let first = ask(db, &w, w.alice, "Charged twice for one invoice").await;
    let second = ask(db, &w, w.bob, "My invoice shows the wrong address").await;
    let third = ask(db, &w, w.bob, "Cannot download last year's invoices").await;
    escalations::open(db, w.alice, first, "Twice!", NOW + 1).await.unwrap();
    escalations::open(db, w.bob, second, "Wrong address.", NOW + 2).await.unwrap();
    escalations::open(db, w.bob, third, "The download fails.", NOW + 3).await.unwrap();
    // Support answered the oldest and closed the third.
    escalations::reply(db, w.agent, first, "Refunded.", NOW + 4).await.unwrap();
    escalations::set_status(db, w.agent, third, EscalationStatus::Resolved, NOW + 5).await.unwrap();
    let queue = escalations::queue(db, w.admin).await.unwrap();
    let order: Vec<(TopicId, EscalationStatus, bool)> =
        queue.iter().map(|l| (l.topic_id, l.status, l.last_from_member)).collect();
    assert_eq!(
        order,
        vec![
            (second, EscalationStatus::Open, true),
            (first, EscalationStatus::Waiting, false),
            (third, EscalationStatus::Resolved, true),
        ]
    );
}

async fn only_staff_set_any_status_the_asker_may_resolve(db: &Db) {
    let w = World::new(db).await;
    let q = question(db, &w).await;
    not_found(escalations::set_status(db, w.agent, q, EscalationStatus::Resolved, NOW).await);
    escalations::open(db, w.alice, q, "Charged twice.", NOW).await.unwrap();
    denied(escalations::set_status(db, w.alice, q, EscalationStatus::Waiting, NOW).await, Denied::Forbidden);
    escalations::set_status(db, w.agent, q, EscalationStatus::Waiting, NOW + 1).await.unwrap();
    assert_eq!(status(db, w.alice, q).await, EscalationStatus::Waiting);
    let before = notifications::unread(db, id(w.alice)).await.unwrap();
    escalations::set_status(db, w.alice, q, EscalationStatus::Resolved, NOW + 2).await.unwrap();
    assert_eq!(status(db, w.agent, q).await, EscalationStatus::Resolved);
    assert_eq!(notifications::unread(db, id(w.alice)).await.unwrap(), before, "no note about one's own act");
    // Setting the same status again changes nothing.
    let mark = events::last_id(db).await.unwrap();
    escalations::set_status(db, w.agent, q, EscalationStatus::Resolved, NOW + 3).await.unwrap();
    assert!(events_after(db, mark).await.is_empty());
    assert_eq!(escalations::view(db, w.agent, q).await.unwrap().unwrap().updated_at, Timestamp(NOW + 2));
}

async fn opening_queues_one_signed_webhook(db: &Db) {
    let w = World::new(db).await;
    let q = question(db, &w).await;
    // Without a configured URL nothing is queued.
    let other = ask(db, &w, w.bob, "Where do I find my invoices?").await;
    escalations::open(db, w.bob, other, "Need them for taxes.", NOW).await.unwrap();
    settings::set_texts(
        db,
        w.admin,
        &[
            ("webhook_url", "http://127.0.0.1:9/hook".into()),
            ("webhook_secret", "0123456789abcdef0123".into()),
        ],
    )
    .await
    .unwrap();
    let e = escalations::open(db, w.alice, q, "I was charged twice.", NOW + 1).await.unwrap();
    let rows: Vec<(String, Option<i64>, String, String)> = on_db!(db, p => sqlx::query_as(
        "SELECT event, escalation_id, status, payload FROM webhook_deliveries ORDER BY id")
        .fetch_all(p).await)
    .unwrap();
    assert_eq!(rows.len(), 1, "{rows:?}");
    let (event, escalation, state, payload) = &rows[0];
    assert_eq!((event.as_str(), *escalation, state.as_str()), ("escalation.opened", Some(e), "pending"));
    let body: serde_json::Value = serde_json::from_str(payload).unwrap();
    let data = body.get("data").unwrap_or(&body);
    assert_eq!(data["event"], "escalation.opened");
    assert_eq!(data["escalation"]["id"], e);
    assert_eq!(data["escalation"]["status"], "open");
    assert_eq!(data["escalation"]["created_at"], NOW + 1);
    assert_eq!(data["question"]["id"], q.get());
    assert_eq!(data["question"]["title"], "Charged twice for one invoice");
    assert_eq!(data["question"]["path"], format!("/q/{q}/charged-twice-for-one-invoice"));
    assert!(data["question"]["body_markdown"].as_str().unwrap().contains("charged twice"));
    assert_eq!(data["member"]["id"], id(w.alice).get());
    assert_eq!(data["member"]["username"], "alice");
    assert_eq!(data["member"]["email"], "alice@example.com");
    assert_eq!(data["opened_by"], "alice");
    assert_eq!(data["message"], "I was charged twice.");

    // Adding to an open conversation announces nothing new; reopening a
    // resolved one does.
    escalations::open(db, w.agent, q, "On it.", NOW + 2).await.unwrap();
    escalations::reply(db, w.agent, q, "Refunded.", NOW + 3).await.unwrap();
    let count = |db: &Db| {
        let db = db.clone();
        async move {
            let n: i64 = on_db!(&db, p => sqlx::query_scalar("SELECT COUNT(*) FROM webhook_deliveries")
                .fetch_one(p).await)
            .unwrap();
            n
        }
    };
    assert_eq!(count(db).await, 1);
    escalations::set_status(db, w.agent, q, EscalationStatus::Resolved, NOW + 4).await.unwrap();
    escalations::open(db, w.alice, q, "It happened again.", NOW + 5).await.unwrap();
    assert_eq!(count(db).await, 2);
}
