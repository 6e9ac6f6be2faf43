//! Live events, following and notifications, on SQLite and on PostgreSQL.

use domain::id::{PostId, TopicId};
use std::time::Duration;

use community::live::{Hub, Subscriber};
use community::on_both_engines;
use community::store::notifications;
use community::store::{comments, events, follows, groups, votes};
use community::testing::{answer as answer_with, id, member, Ask, Place, World, NOW};
use community::{on_db, Db, StoreError};
use domain::follow::{FollowLevel, FollowTarget};
use domain::live::{Interest, LiveEvent};
use domain::notification::NotificationKind;
use domain::{Role, Viewer};

on_both_engines!(
    a_thread_subscriber_sees_answers_comments_votes_and_acceptance,
    a_reconnecting_subscriber_replays_what_it_missed,
    restricted_places_reach_only_their_groups,
    concurrent_writes_arrive_once_each_in_id_order,
    followers_are_notified_once_with_the_most_personal_kind,
    upvotes_are_grouped_into_one_notification,
    levels_mutes_and_settings_are_respected,
    category_and_tag_followers_hear_of_new_questions,
    reading_notifications_updates_every_tab,
);

const WAIT: Duration = Duration::from_secs(3);

async fn answer(db: &Db, who: Viewer, topic: TopicId) -> PostId {
    answer_with(db, who, topic, "Pause sync, then resume it from the tray icon menu.").await
}

/// The question most cases follow, asked by `who` in General.
async fn ask(db: &Db, w: &World, who: Viewer) -> TopicId {
    w.ask("Sync stops after the laptop sleeps")
        .body("Here is what happens, in enough words.")
        .by(db, who)
        .await
}

/// The next event within `WAIT`, or None.
async fn next(sub: &mut Subscriber) -> Option<LiveEvent> {
    tokio::time::timeout(WAIT, sub.next()).await.ok().flatten().map(|e| e.event.clone())
}

/// Nothing arrives within a short while.
async fn quiet(sub: &mut Subscriber) -> bool {
    tokio::time::timeout(Duration::from_millis(1500), sub.next()).await.is_err()
}

fn thread(topic: TopicId) -> Interest {
    Interest { topic: Some(topic), lists: false, desk: false }
}

async fn kinds_of(db: &Db, v: Viewer) -> Vec<NotificationKind> {
    let (items, _) = notifications::list(db, v, None, 100).await.expect("list");
    items.into_iter().map(|n| n.kind).filter(|k| *k != NotificationKind::Badge).collect()
}

async fn a_thread_subscriber_sees_answers_comments_votes_and_acceptance(db: &Db) {
    let w = World::new(db).await;
    let q = ask(db, &w, w.alice).await;
    let hub = Hub::start(db.clone()).await.unwrap();
    let mut visitor = hub.subscribe(Viewer::Visitor, thread(q), None).await.unwrap();

    let a = answer(db, w.bob, q).await;
    assert_eq!(
        next(&mut visitor).await,
        Some(LiveEvent::Answer { topic_id: q, post_id: a, author_id: id(w.bob) })
    );
    let (c, _) = comments::add(db, w.carol, a, "Which version are you on?", &None, NOW).await.unwrap();
    assert_eq!(
        next(&mut visitor).await,
        Some(LiveEvent::Comment { topic_id: q, post_id: a, comment_id: c, author_id: id(w.carol) })
    );
    votes::cast(db, w.alice, a, 1, NOW).await.unwrap();
    assert_eq!(next(&mut visitor).await, Some(LiveEvent::Vote { topic_id: q, post_id: a, score: 1 }));
    votes::accept(db, w.alice, a, true, NOW).await.unwrap();
    assert_eq!(
        next(&mut visitor).await,
        Some(LiveEvent::Accepted { topic_id: q, answer_id: Some(a), by: Some("alice".into()) })
    );
    // Another thread's activity, and private notifications, stay away.
    let other = ask(db, &w, w.carol).await;
    answer(db, w.bob, other).await;
    assert!(quiet(&mut visitor).await);
}

async fn a_reconnecting_subscriber_replays_what_it_missed(db: &Db) {
    let w = World::new(db).await;
    let q = ask(db, &w, w.alice).await;
    let hub = Hub::start(db.clone()).await.unwrap();
    let mut sub = hub.subscribe(w.alice, thread(q), None).await.unwrap();
    answer(db, w.bob, q).await;
    let first = tokio::time::timeout(WAIT, sub.next()).await.unwrap().unwrap();
    // The stream is cut; meanwhile two more things happen.
    drop(sub);
    let a2 = answer(db, w.carol, q).await;
    votes::cast(db, w.bob, a2, 1, NOW).await.unwrap();
    // A new node (or this one, restarted) serves the reconnection.
    let restarted = Hub::start(db.clone()).await.unwrap();
    let mut again = restarted.subscribe(w.alice, thread(q), Some(first.id)).await.unwrap();
    let mut got = Vec::new();
    while let Some(e) = tokio::time::timeout(Duration::from_millis(800), again.next()).await.ok().flatten() {
        got.push(e.event.clone());
    }
    assert!(got.contains(&LiveEvent::Answer { topic_id: q, post_id: a2, author_id: id(w.carol) }), "{got:?}");
    assert!(got.contains(&LiveEvent::Vote { topic_id: q, post_id: a2, score: 1 }), "{got:?}");
    assert!(
        got.iter().any(|e| matches!(e, LiveEvent::Notification { .. })),
        "alice's own notification about the new answer is replayed too: {got:?}"
    );
    // Far behind (history pruned since): the subscriber is told to reload.
    events::prune(db, NOW + 1).await.unwrap();
    let mut behind = restarted.subscribe(w.alice, thread(q), Some(1)).await.unwrap();
    assert_eq!(next(&mut behind).await, Some(LiveEvent::Resync));
}

async fn restricted_places_reach_only_their_groups(db: &Db) {
    let w = World::new(db).await;
    let team = groups::create(db, w.admin, "Moderators", "", NOW).await.unwrap();
    groups::add_member(db, w.admin, team, "carol", NOW).await.unwrap();
    let private =
        Place::new("MODS", "mods").visible_to(domain::Visibility::Groups, &[team]).create(db, w.admin).await;
    let hub = Hub::start(db.clone()).await.unwrap();
    let q = Ask::new(private, "Handling a refund dispute")
        .body("What do we answer in this case here?")
        .tags("billing")
        .by(db, w.carol)
        .await;
    let mut outsider =
        hub.subscribe(w.bob, Interest { topic: Some(q), lists: true, desk: false }, None).await.unwrap();
    let mut insider =
        hub.subscribe(w.admin, Interest { topic: Some(q), lists: true, desk: false }, None).await.unwrap();
    // bob is mentioned, and tries to follow: neither lets him in.
    assert!(matches!(
        follows::set(db, w.bob, FollowTarget::Topic, q.get(), FollowLevel::Every, NOW).await,
        Err(StoreError::NotFound)
    ));
    assert!(matches!(
        follows::set(db, w.bob, FollowTarget::Category, private.get(), FollowLevel::Every, NOW).await,
        Err(StoreError::NotFound)
    ));
    let a = answer_with(db, w.admin, q, "Ask @bob and @carol: refunds go through the billing desk.").await;
    // The admin's own badge notification may come first; the answer follows.
    let mut seen = Vec::new();
    while let Some(e) = next(&mut insider).await {
        let done = matches!(e, LiveEvent::Answer { .. });
        seen.push(e);
        if done {
            break;
        }
    }
    assert_eq!(seen.last(), Some(&LiveEvent::Answer { topic_id: q, post_id: a, author_id: id(w.admin) }));
    assert!(quiet(&mut outsider).await, "an outsider hears nothing about a restricted category");
    assert!(kinds_of(db, w.bob).await.is_empty(), "no notification about a place bob cannot read");
    assert_eq!(kinds_of(db, w.carol).await, vec![NotificationKind::Mention], "the asker was mentioned");
}

async fn concurrent_writes_arrive_once_each_in_id_order(db: &Db) {
    let w = World::new(db).await;
    let q = ask(db, &w, w.alice).await;
    let hub = Hub::start(db.clone()).await.unwrap();
    let mut sub = hub.subscribe(Viewer::Visitor, thread(q), None).await.unwrap();
    let mut voters = Vec::new();
    for i in 0..30 {
        voters.push(member(db, &format!("voter{i}"), Role::Member).await);
    }
    let a = answer(db, w.bob, q).await;
    let tasks: Vec<_> = voters
        .iter()
        .map(|v| {
            let (db, v) = (db.clone(), *v);
            tokio::spawn(async move { votes::cast(&db, v, a, 1, NOW).await })
        })
        .collect();
    for t in tasks {
        t.await.unwrap().unwrap();
    }
    let mut ids = Vec::new();
    let mut scores = Vec::new();
    while ids.len() < 31 {
        let e = tokio::time::timeout(WAIT, sub.next()).await.expect("every event arrives").unwrap();
        ids.push(e.id);
        if let LiveEvent::Vote { score, .. } = e.event {
            scores.push(score);
        }
    }
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "strictly increasing ids: {ids:?}");
    scores.sort_unstable();
    assert_eq!(scores, (1..=30).collect::<Vec<_>>(), "each vote's score once");
    assert!(quiet(&mut sub).await, "nothing twice");
}

async fn followers_are_notified_once_with_the_most_personal_kind(db: &Db) {
    let w = World::new(db).await;
    let q = ask(db, &w, w.alice).await;
    assert_eq!(
        follows::level(db, w.alice, FollowTarget::Topic, q.get()).await.unwrap(),
        Some(FollowLevel::Every)
    );
    let a = answer(db, w.bob, q).await;
    assert_eq!(
        follows::level(db, w.bob, FollowTarget::Topic, q.get()).await.unwrap(),
        Some(FollowLevel::Answers)
    );
    assert_eq!(kinds_of(db, w.alice).await, vec![NotificationKind::NewAnswer]);
    let (items, _) = notifications::list(db, w.alice, None, 10).await.unwrap();
    let n = items.iter().find(|n| n.kind == NotificationKind::NewAnswer).unwrap();
    assert_eq!(
        (n.actor.as_deref(), n.title.as_str(), n.on_question),
        (Some("bob"), "Sync stops after the laptop sleeps", false),
        "who answered which question"
    );
    assert!(n.url.ends_with(&format!("#post-{a}")), "{}", n.url);

    // carol comments on bob's answer: bob hears it as a reply, alice as a
    // watcher of every post, and nobody twice.
    comments::add(db, w.carol, a, "Thanks @bob, and @alice look at this.", &None, NOW).await.unwrap();
    assert_eq!(kinds_of(db, w.bob).await, vec![NotificationKind::CommentOnPost]);
    assert_eq!(kinds_of(db, w.alice).await, vec![NotificationKind::Mention, NotificationKind::NewAnswer]);
    assert!(kinds_of(db, w.carol).await.is_empty(), "never the actor");

    votes::accept(db, w.alice, a, true, NOW).await.unwrap();
    assert_eq!(kinds_of(db, w.bob).await[0], NotificationKind::Accepted);
    let (all, _) = notifications::list(db, w.bob, None, 10).await.unwrap();
    assert!(
        all.iter().any(|n| n.kind == NotificationKind::Badge && n.badge.as_deref() == Some("first_answer")),
        "{all:?}"
    );
}

async fn upvotes_are_grouped_into_one_notification(db: &Db) {
    let w = World::new(db).await;
    let q = ask(db, &w, w.alice).await;
    let a = answer(db, w.bob, q).await;
    for v in [w.alice, w.carol, w.admin] {
        votes::cast(db, v, a, 1, NOW).await.unwrap();
    }
    // Taking a vote back and casting it again does not count twice.
    votes::cast(db, w.carol, a, 0, NOW).await.unwrap();
    votes::cast(db, w.carol, a, 1, NOW).await.unwrap();
    let (items, _) = notifications::list(db, w.bob, None, 10).await.unwrap();
    let ups: Vec<_> = items.iter().filter(|n| n.kind == NotificationKind::Upvote).collect();
    assert_eq!(ups.len(), 1, "{items:?}");
    assert_eq!(
        (ups[0].count, ups[0].title.as_str(), ups[0].on_question),
        (3, "Sync stops after the laptop sleeps", false),
        "three voters on the answer"
    );
    // Once read, the next upvote starts a new group.
    notifications::mark_read(db, w.bob, Some(ups[0].id), NOW).await.unwrap();
    let dave = member(db, "dave", Role::Member).await;
    votes::cast(db, dave, a, 1, NOW).await.unwrap();
    let (items, _) = notifications::list(db, w.bob, None, 10).await.unwrap();
    let fresh = items.iter().find(|n| n.kind == NotificationKind::Upvote && !n.read).unwrap();
    assert_eq!(
        (fresh.actor.as_deref(), fresh.count, fresh.title.as_str()),
        (Some("dave"), 1, "Sync stops after the laptop sleeps")
    );
}

async fn levels_mutes_and_settings_are_respected(db: &Db) {
    let w = World::new(db).await;
    let q = ask(db, &w, w.alice).await;
    follows::set(db, w.alice, FollowTarget::Topic, q.get(), FollowLevel::Solved, NOW).await.unwrap();
    let a = answer(db, w.bob, q).await;
    assert!(kinds_of(db, w.alice).await.is_empty(), "solved-only hears no answers");
    follows::set(db, w.alice, FollowTarget::Topic, q.get(), FollowLevel::Muted, NOW).await.unwrap();
    comments::add(db, w.carol, q.post(), "A comment on the muted question itself.", &None, NOW)
        .await
        .unwrap();
    assert!(kinds_of(db, w.alice).await.is_empty(), "a muted question stays quiet, even replies");

    // bob switches comment replies off: carol's comment reaches nobody.
    notifications::choose_kinds(db, w.bob, &["new_answer".into(), "mention".into()]).await.unwrap();
    // Moderators' messages cannot be switched off.
    assert_eq!(notifications::muted_kinds(db, w.bob).await.unwrap().len(), NotificationKind::ALL.len() - 3);
    comments::add(db, w.carol, a, "Did the tray icon work for you?", &None, NOW).await.unwrap();
    assert!(kinds_of(db, w.bob).await.is_empty());
    match notifications::choose_kinds(db, w.bob, &["shouting".into()]).await {
        Err(StoreError::Invalid(e)) => assert_eq!(e[0].field, "kinds"),
        other => panic!("an unknown kind is refused, got {other:?}"),
    }
    assert!(matches!(
        follows::set(db, Viewer::Visitor, FollowTarget::Topic, q.get(), FollowLevel::Every, NOW).await,
        Err(StoreError::Denied(_))
    ));
}

async fn category_and_tag_followers_hear_of_new_questions(db: &Db) {
    let w = World::new(db).await;
    let hub = Hub::start(db.clone()).await.unwrap();
    let mut lists = hub
        .subscribe(Viewer::Visitor, Interest { topic: None, lists: true, desk: false }, None)
        .await
        .unwrap();
    follows::set(db, w.bob, FollowTarget::Category, w.general.get(), FollowLevel::Answers, NOW)
        .await
        .unwrap();
    let billing: i64 =
        on_db!(db, p => sqlx::query_scalar("SELECT id FROM tags WHERE name = 'billing'").fetch_one(p).await)
            .unwrap();
    follows::set(db, w.carol, FollowTarget::Tag, billing, FollowLevel::Every, NOW).await.unwrap();
    let q = Ask::new(w.general, "Invoice shows the wrong VAT")
        .body("The VAT line on my invoice is wrong.")
        .tags("billing")
        .by(db, w.alice)
        .await;
    assert_eq!(kinds_of(db, w.bob).await, vec![NotificationKind::NewQuestion]);
    assert_eq!(kinds_of(db, w.carol).await, vec![NotificationKind::NewQuestion]);
    match next(&mut lists).await {
        Some(LiveEvent::Question { topic_id, category_id, tags, .. }) => {
            assert_eq!((topic_id, category_id, tags), (q, w.general, vec!["billing".to_owned()]))
        }
        other => panic!("expected the new question, got {other:?}"),
    }
    // A muted tag silences the watched category.
    follows::set(db, w.bob, FollowTarget::Tag, billing, FollowLevel::Muted, NOW).await.unwrap();
    Ask::new(w.general, "Second invoice also shows wrong VAT")
        .body("Again the VAT line on the invoice is wrong.")
        .tags("billing")
        .by(db, w.alice)
        .await;
    assert_eq!(kinds_of(db, w.bob).await, vec![NotificationKind::NewQuestion]);
}

async fn reading_notifications_updates_every_tab(db: &Db) {
    let w = World::new(db).await;
    let hub = Hub::start(db.clone()).await.unwrap();
    let mut tab = hub.subscribe(w.alice, Interest::default(), None).await.unwrap();
    let q = ask(db, &w, w.alice).await;
    answer(db, w.bob, q).await;
    answer(db, w.carol, q).await;
    // The first-question badge, then two answers: the count climbs to 3.
    let mut unread = Vec::new();
    while unread.last() != Some(&3) {
        match next(&mut tab).await {
            Some(LiveEvent::Notification { unread: n, .. }) => unread.push(n),
            Some(_) => {}
            None => panic!("notifications arrive live, got {unread:?}"),
        }
    }
    assert_eq!(unread, vec![1, 2, 3]);
    assert_eq!(notifications::unread(db, id(w.alice)).await.unwrap(), 3);
    assert_eq!(notifications::mark_read(db, w.alice, None, NOW).await.unwrap(), 0);
    loop {
        match next(&mut tab).await {
            Some(LiveEvent::NotificationsRead { unread }) => {
                assert_eq!(unread, 0);
                break;
            }
            Some(_) => {}
            None => panic!("the read state reaches other tabs"),
        }
    }
    // Someone else's inbox is not alice's business.
    assert!(matches!(notifications::list(db, Viewer::Visitor, None, 10).await, Err(StoreError::Denied(_))));
}
