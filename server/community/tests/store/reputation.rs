//! Votes, accepted and verified answers, the reputation ledger, levels and
//! badges, on SQLite and on PostgreSQL.

use domain::id::{CategoryId, UserId};
use domain::id::{PostId, TopicId};
use std::sync::Arc;

use community::on_both_engines;
use community::store::categories::{self, CategoryInput};
use community::store::posts::{self, NewTopic};
use community::store::users;
use community::store::{badges, comments, reputation, topics, votes};
use community::testing::{id, member, World, DAY, NOW};
use community::{on_db, Db, StoreError};
use domain::permissions::Denied;
use domain::profile::ProfileFields;
use domain::reputation::RULE_FIELDS;
use domain::{ErrorCode, Role, Viewer};

on_both_engines!(
    votes_move_score_and_reputation_and_reverse_cleanly,
    downvotes_need_reputation_and_cost_the_voter,
    accepting_switching_and_taking_back_settle_the_ledger,
    votes_from_one_day_are_capped,
    two_hundred_members_vote_at_once,
    badges_are_awarded_once_under_concurrency,
    verified_by_support_is_for_staff,
    streaks_and_views_earn_their_badges,
    admins_configure_rules_and_levels,
    leaderboard_ranks_points_gained,
    members_edit_their_own_profile,
    leaderboards_count_only_points_earned_in_readable_places,
    last_seen_is_to_the_day_for_everyone_but_the_member_and_staff,
);

async fn ask(db: &Db, w: &World, who: Viewer, title: &str) -> TopicId {
    w.ask(title).by(db, who).await
}

async fn answer(db: &Db, who: Viewer, topic: TopicId) -> PostId {
    // Each answer its own text: the same text twice in a day is what the
    // spam check holds for review.
    let written: i64 = on_db!(db, p => sqlx::query_scalar("SELECT COUNT(*) FROM posts WHERE author_id = $1")
        .bind(id(who)).fetch_one(p).await)
    .expect("count");
    let n = usize::try_from(written).unwrap_or(0);
    let tips = [
        "Pause sync, then resume it from the tray icon menu.",
        "Sign out of the desktop client and sign in again.",
        "Delete the cache folder while the client is closed.",
        "Check that the clock of the computer is right.",
        "Move the folder to a local disk instead of a network share.",
        "Reinstall the latest version from the website.",
    ];
    let body = tips[n % tips.len()];
    posts::create_answer(db, who, topic, body, &None, NOW).await.expect("answer").id
}

async fn rep(db: &Db, v: Viewer) -> i64 {
    users::by_id(db, id(v)).await.unwrap().unwrap().reputation
}

async fn assert_balanced(db: &Db) {
    assert_eq!(reputation::unbalanced(db).await.unwrap(), vec![], "every total equals its ledger");
}

async fn held(db: &Db, v: Viewer) -> Vec<String> {
    badges::of_member(db, id(v)).await.unwrap().into_iter().map(|b| b.key).collect()
}

async fn votes_move_score_and_reputation_and_reverse_cleanly(db: &Db) {
    let w = World::new(db).await;
    let q = ask(db, &w, w.alice, "Sync stops after the laptop sleeps").await;
    let a = answer(db, w.bob, q).await;

    let s = votes::cast(db, w.alice, a, 1, NOW).await.unwrap();
    assert_eq!((s.score, s.my_vote), (1, 1));
    assert_eq!(rep(db, w.bob).await, 10, "answer upvoted +10");
    let again = votes::cast(db, w.alice, a, 1, NOW).await.unwrap();
    assert_eq!(again.score, 1, "the same vote twice counts once");
    votes::cast(db, w.bob, q.post(), 1, NOW).await.unwrap();
    assert_eq!(rep(db, w.alice).await, 5, "question upvoted +5");

    let s = votes::cast(db, w.alice, a, 0, NOW + 1).await.unwrap();
    assert_eq!((s.score, s.my_vote), (0, 0));
    assert_eq!(rep(db, w.bob).await, 0, "a withdrawn vote takes its points back");

    assert!(matches!(votes::cast(db, w.bob, a, 1, NOW).await, Err(StoreError::Denied(Denied::OwnPost))));
    assert!(matches!(
        votes::cast(db, Viewer::Visitor, a, 1, NOW).await,
        Err(StoreError::Denied(Denied::NotSignedIn))
    ));
    match votes::cast(db, w.alice, a, 2, NOW).await {
        Err(StoreError::Invalid(e)) => assert_eq!(e[0].code, ErrorCode::VoteInvalid),
        other => panic!("expected a field error, got {other:?}"),
    }
    assert!(matches!(votes::cast(db, w.alice, PostId(999_999), 1, NOW).await, Err(StoreError::NotFound)));

    let thread = topics::thread(db, &categories::access(db, w.alice).await.unwrap(), q).await.unwrap();
    assert_eq!(thread.answers[0].my_vote, 0);
    assert!(thread.answers[0].can_vote && !thread.topic.can_vote, "not on one's own question");
    assert_eq!(thread.topic.author.reputation, 5);
    assert_balanced(db).await;
}

async fn downvotes_need_reputation_and_cost_the_voter(db: &Db) {
    let w = World::new(db).await;
    let q = ask(db, &w, w.alice, "Files duplicate with (1) in the name").await;
    let a = answer(db, w.bob, q).await;
    match votes::cast(db, w.carol, a, -1, NOW).await {
        Err(StoreError::Denied(Denied::DownvoteReputation(50))) => {}
        other => panic!("expected the reputation rule, got {other:?}"),
    }
    let s = votes::cast(db, w.agent, a, -1, NOW).await.expect("staff may downvote");
    assert_eq!(s.score, -1);
    assert_eq!((rep(db, w.bob).await, rep(db, w.agent).await), (-2, -1));
    // Changing the vote reverses the downvote (both sides) and credits the upvote.
    votes::cast(db, w.agent, a, 1, NOW).await.unwrap();
    assert_eq!((rep(db, w.bob).await, rep(db, w.agent).await), (10, 0));
    // Downvoting a question costs the voter nothing.
    votes::cast(db, w.agent, q.post(), -1, NOW).await.unwrap();
    assert_eq!((rep(db, w.alice).await, rep(db, w.agent).await), (-2, 0));
    assert_balanced(db).await;
}

async fn accepting_switching_and_taking_back_settle_the_ledger(db: &Db) {
    let w = World::new(db).await;
    let q = ask(db, &w, w.alice, "Which folders does backup skip?").await;
    let by_bob = answer(db, w.bob, q).await;
    let by_carol = answer(db, w.carol, q).await;

    assert!(matches!(
        votes::accept(db, w.carol, by_bob, true, NOW).await,
        Err(StoreError::Denied(Denied::NotAsker))
    ));
    match votes::accept(db, w.alice, q.post(), true, NOW).await {
        Err(StoreError::Invalid(e)) => assert_eq!(e[0].code, ErrorCode::NotAnAnswer),
        other => panic!("a question is not an answer: {other:?}"),
    }
    let acc = votes::accept(db, w.alice, by_bob, true, NOW).await.unwrap();
    assert_eq!(acc.accepted_answer_id, Some(by_bob));
    assert_eq!((rep(db, w.bob).await, rep(db, w.alice).await), (15, 2));
    assert!(held(db, w.bob).await.contains(&"solver".to_owned()));

    let thread =
        topics::thread(db, &categories::access(db, Viewer::Visitor).await.unwrap(), q).await.unwrap();
    assert_eq!(thread.accepted_by.as_deref(), Some("alice"));
    assert_eq!(thread.answers[0].id, by_bob, "the accepted answer comes first");
    assert!(thread.answers[0].accepted && !thread.answers[1].accepted);
    let listed =
        topics::list(db, &categories::access(db, Viewer::Visitor).await.unwrap(), &Default::default(), 10)
            .await
            .unwrap();
    assert!(listed.topics.iter().any(|t| t.id == q && t.solved));

    votes::accept(db, w.alice, by_carol, true, NOW + 1).await.unwrap();
    assert_eq!((rep(db, w.bob).await, rep(db, w.carol).await, rep(db, w.alice).await), (0, 15, 2));
    let thread = topics::thread(db, &categories::access(db, w.alice).await.unwrap(), q).await.unwrap();
    assert_eq!(thread.answers[0].id, by_carol);

    // An agent takes it back: everything from the acceptance is reversed.
    votes::accept(db, w.agent, by_carol, false, NOW + 2).await.unwrap();
    assert_eq!((rep(db, w.carol).await, rep(db, w.alice).await), (0, 0));
    // Taking back an answer that is not accepted changes nothing.
    let acc = votes::accept(db, w.alice, by_bob, false, NOW + 3).await.unwrap();
    assert_eq!(acc.accepted_answer_id, None);
    // Accepting one's own answer earns nothing.
    let own = answer(db, w.alice, q).await;
    votes::accept(db, w.alice, own, true, NOW + 4).await.unwrap();
    assert_eq!(rep(db, w.alice).await, 0);
    assert!(!held(db, w.alice).await.contains(&"solver".to_owned()));
    assert_balanced(db).await;
}

async fn set_daily_cap(db: &Db, w: &World, cap: i64) {
    let values = vec![("daily_cap".to_owned(), cap.to_string())];
    let levels = domain::reputation::default_levels();
    let names: Vec<String> = levels.iter().map(|l| l.name.clone()).collect();
    let mins: Vec<String> = levels.iter().map(|l| l.min_reputation.to_string()).collect();
    reputation::configure(db, w.admin, &values, &names, &mins).await.unwrap();
    assert!(RULE_FIELDS.iter().any(|f| f.0 == "daily_cap"));
}

async fn votes_from_one_day_are_capped(db: &Db) {
    let w = World::new(db).await;
    set_daily_cap(db, &w, 25).await;

    let q = ask(db, &w, w.alice, "Why does the tray icon stay grey?").await;
    let a = answer(db, w.bob, q).await;
    for (i, voter) in [w.alice, w.carol, w.agent].into_iter().enumerate() {
        votes::cast(db, voter, a, 1, NOW + i as i64).await.unwrap();
    }
    assert_eq!(rep(db, w.bob).await, 25, "10 + 10 + 5, cut at the cap");
    // Acceptance is not capped.
    votes::accept(db, w.alice, a, true, NOW + 5).await.unwrap();
    assert_eq!(rep(db, w.bob).await, 40);
    // Tomorrow is a new day.
    let a2 = answer(db, w.bob, q).await;
    votes::cast(db, w.carol, a2, 1, NOW + DAY).await.unwrap();
    assert_eq!(rep(db, w.bob).await, 50);
    // Withdrawing a capped vote takes back only what it earned.
    votes::cast(db, w.agent, a, 0, NOW + DAY).await.unwrap();
    assert_eq!(rep(db, w.bob).await, 45);
    let history = reputation::history(db, &categories::access(db, w.bob).await.unwrap(), id(w.bob), None, 50)
        .await
        .unwrap();
    assert_eq!(history.iter().map(|(_, h)| h.points).sum::<i64>(), 45);
    assert!(history.iter().all(|(_, h)| h.post.as_ref().is_some_and(|p| p.0 == q)));
    assert_balanced(db).await;
}

async fn two_hundred_members_vote_at_once(db: &Db) {
    let w = World::new(db).await;
    // No cap here, so the final reputation is exact whatever the order.
    set_daily_cap(db, &w, 100_000).await;
    let q = ask(db, &w, w.alice, "Does sync resume after a network change?").await;
    let a = answer(db, w.bob, q).await;
    let mut voters = Vec::new();
    for i in 0..200 {
        voters.push(member(db, &format!("voter{i:03}"), Role::Member).await);
    }
    let db = Arc::new(db.clone());
    let mut tasks = Vec::new();
    for (i, v) in voters.iter().copied().enumerate() {
        let db = db.clone();
        tasks.push(tokio::spawn(async move {
            // Every tenth member changes their mind once, concurrently too.
            votes::cast(&db, v, a, 1, NOW + i as i64).await?;
            if i % 10 == 0 {
                votes::cast(&db, v, a, 0, NOW + i as i64).await?;
            }
            Ok::<_, StoreError>(())
        }));
    }
    for t in tasks {
        t.await.expect("task").expect("vote");
    }
    let score: i64 = on_db!(db.as_ref(), p => sqlx::query_scalar("SELECT score FROM posts WHERE id = $1").bind(a).fetch_one(p).await).unwrap();
    let rows: i64 = on_db!(db.as_ref(), p => sqlx::query_scalar("SELECT COUNT(*) FROM votes WHERE post_id = $1").bind(a).fetch_one(p).await).unwrap();
    assert_eq!((score, rows), (180, 180));
    assert_eq!(rep(db.as_ref(), w.bob).await, 1_800);
    assert_balanced(db.as_ref()).await;
    let bob = held(db.as_ref(), w.bob).await;
    assert_eq!(bob.iter().filter(|k| *k == "good_answer").count(), 1);
    assert_eq!(bob.iter().filter(|k| *k == "great_answer").count(), 1);
}

async fn badges_are_awarded_once_under_concurrency(db: &Db) {
    let w = World::new(db).await;
    let mut questions = Vec::new();
    for i in 0..6 {
        questions.push(ask(db, &w, w.alice, &format!("Concurrent question number {i}")).await);
    }
    let db = Arc::new(db.clone());
    let mut tasks = Vec::new();
    // Bob answers six questions and writes twelve comments, all at once.
    for &q in &questions {
        let bob = w.bob;
        let shared = db.clone();
        tasks.push(tokio::spawn(async move {
            posts::create_answer(
                &shared,
                bob,
                q,
                "Pause sync, then resume it from the tray icon menu.",
                &None,
                NOW,
            )
            .await
            .map(|_| ())
        }));
        for j in 0..2 {
            let db = db.clone();
            tasks.push(tokio::spawn(async move {
                comments::add(&db, bob, q.post(), &format!("Comment {j} on {q}"), &None, NOW)
                    .await
                    .map(|_| ())
            }));
        }
    }
    for t in tasks {
        t.await.expect("task").expect("write");
    }
    let bob = held(db.as_ref(), w.bob).await;
    for key in ["first_answer", "commentator", "welcomer"] {
        assert_eq!(bob.iter().filter(|k| *k == key).count(), 1, "{key} once: {bob:?}");
    }
    assert_eq!(held(db.as_ref(), w.alice).await, vec!["first_question".to_owned()]);
    let counts = badges::holder_counts(db.as_ref()).await.unwrap();
    assert_eq!(counts.iter().find(|(k, _)| *k == "first_answer").map(|c| c.1), Some(1));
}

async fn verified_by_support_is_for_staff(db: &Db) {
    let w = World::new(db).await;
    let q = ask(db, &w, w.alice, "Can I sync a network drive?").await;
    let a = answer(db, w.bob, q).await;
    assert!(matches!(
        votes::verify(db, w.alice, a, true, NOW).await,
        Err(StoreError::Denied(Denied::Forbidden))
    ));
    votes::verify(db, w.agent, a, true, NOW).await.unwrap();
    let thread =
        topics::thread(db, &categories::access(db, Viewer::Visitor).await.unwrap(), q).await.unwrap();
    assert_eq!(thread.answers[0].verified_by.as_deref(), Some("agent1"));
    assert!(held(db, w.bob).await.contains(&"verified".to_owned()));
    votes::verify(db, w.agent, a, false, NOW).await.unwrap();
    let thread =
        topics::thread(db, &categories::access(db, Viewer::Visitor).await.unwrap(), q).await.unwrap();
    assert_eq!(thread.answers[0].verified_by, None);
}

async fn streaks_and_views_earn_their_badges(db: &Db) {
    let w = World::new(db).await;
    for d in [0, 1, 2, 3, 5, 6, 7, 8, 9, 10] {
        badges::record_visit(db, id(w.alice), NOW + d * DAY).await.unwrap();
        badges::record_visit(db, id(w.alice), NOW + d * DAY + 1000).await.unwrap();
    }
    assert!(!held(db, w.alice).await.contains(&"enthusiast".to_owned()), "day 4 broke the first run");
    badges::record_visit(db, id(w.alice), NOW + 11 * DAY).await.unwrap();
    assert!(held(db, w.alice).await.contains(&"enthusiast".to_owned()), "days 5 to 11");

    let q = ask(db, &w, w.bob, "A question many people read").await;
    on_db!(db, p => sqlx::query("UPDATE posts SET view_count = 998 WHERE id = $1").bind(q).execute(p).await.map(|r| r.rows_affected())).unwrap();
    let views = community::views::Views::new();
    views.record(q, "reader-1", NOW);
    views.flush(db, NOW).await.unwrap();
    assert!(!held(db, w.bob).await.contains(&"popular_question".to_owned()));
    // Two views in one batch pass the threshold together.
    views.record(q, "reader-2", NOW);
    views.record(q, "reader-3", NOW);
    views.flush(db, NOW).await.unwrap();
    let bob = held(db, w.bob).await;
    assert_eq!(bob.iter().filter(|k| *k == "popular_question").count(), 1);
}

async fn admins_configure_rules_and_levels(db: &Db) {
    let w = World::new(db).await;
    let levels = domain::reputation::default_levels();
    let names: Vec<String> = levels.iter().map(|l| l.name.clone()).collect();
    let mut mins: Vec<String> = levels.iter().map(|l| l.min_reputation.to_string()).collect();
    let rules = vec![("answer_upvoted".to_owned(), "20".to_owned())];
    assert!(matches!(
        reputation::configure(db, w.alice, &rules, &names, &mins).await,
        Err(StoreError::Denied(Denied::Forbidden))
    ));
    mins[1] = "10".into();
    reputation::configure(db, w.admin, &rules, &names, &mins).await.unwrap();
    assert_eq!(reputation::rules(db).await.unwrap().answer_upvoted, 20);
    assert_eq!(reputation::levels(db).await.unwrap()[1].min_reputation, 10);

    let q = ask(db, &w, w.alice, "How do I pause sync on metered networks?").await;
    let a = answer(db, w.bob, q).await;
    votes::cast(db, w.alice, a, 1, NOW).await.unwrap();
    let thread =
        topics::thread(db, &categories::access(db, Viewer::Visitor).await.unwrap(), q).await.unwrap();
    assert_eq!((thread.answers[0].author.reputation, thread.answers[0].author.level), (20, 2));

    let bad = vec![("answer_upvoted".to_owned(), "lots".to_owned())];
    mins[2] = "5".into();
    match reputation::configure(db, w.admin, &bad, &names, &mins).await {
        Err(StoreError::Invalid(errs)) => {
            let fields: Vec<_> = errs.iter().map(|e| e.field.as_str()).collect();
            assert_eq!(fields, ["answer_upvoted", "level_min_3"]);
        }
        other => panic!("expected field errors, got {other:?}"),
    }
    assert_eq!(reputation::rules(db).await.unwrap().answer_upvoted, 20, "nothing saved from a bad form");
}

async fn leaderboard_ranks_points_gained(db: &Db) {
    let w = World::new(db).await;
    let q = ask(db, &w, w.alice, "Which plan includes priority support?").await;
    let a = answer(db, w.bob, q).await;
    let c = answer(db, w.carol, q).await;
    votes::cast(db, w.alice, a, 1, NOW - 40 * DAY).await.unwrap();
    votes::cast(db, w.alice, c, 1, NOW).await.unwrap();
    votes::cast(db, w.agent, c, 1, NOW).await.unwrap();
    let visitor = categories::access(db, Viewer::Visitor).await.unwrap();
    let all = reputation::leaderboard(db, &visitor, &reputation::Board::default(), 10).await.unwrap();
    assert_eq!(all.iter().map(|r| (r.1.as_str(), r.2)).collect::<Vec<_>>(), [("carol", 20), ("bob", 10)]);
    let month = reputation::Board { since: Some(NOW - 30 * DAY), ..Default::default() };
    let recent = reputation::leaderboard(db, &visitor, &month, 10).await.unwrap();
    assert_eq!(recent.iter().map(|r| r.1.as_str()).collect::<Vec<_>>(), ["carol"]);
    let other =
        reputation::Board { category_id: Some(CategoryId(w.general.get() + 1000)), ..Default::default() };
    assert!(reputation::leaderboard(db, &visitor, &other, 10).await.unwrap().is_empty());
    let access = categories::access(db, w.admin).await.unwrap();
    let sync = community::store::tags::by_name(db, &access, "sync").await.unwrap().unwrap();
    let tagged = reputation::Board { tag_id: Some(sync.id), category_id: Some(w.general), since: None };
    assert_eq!(reputation::leaderboard(db, &visitor, &tagged, 10).await.unwrap().len(), 2);
}

async fn members_edit_their_own_profile(db: &Db) {
    let w = World::new(db).await;
    let langs = vec!["fr".to_owned(), "en".to_owned()];
    let typed = ProfileFields {
        display_name: "Alice Martin".into(),
        bio: "I help with **sync**. <script>alert(1)</script>".into(),
        location: "Lyon".into(),
        website: "https://alice.example.org".into(),
        languages: langs.clone(),
    };
    community::store::profiles::update(db, w.alice, &typed).await.unwrap();
    let p = community::store::profiles::get(db, id(w.alice)).await.unwrap();
    assert_eq!((p.fields.display_name.as_str(), p.fields.location.as_str()), ("Alice Martin", "Lyon"));
    assert!(
        p.bio_html.contains("<strong>sync</strong>") && !p.bio_html.contains("<script"),
        "{}",
        p.bio_html
    );
    assert_eq!(p.fields.languages, langs);
    let hostile = ProfileFields { website: "javascript:alert(1)".into(), ..ProfileFields::default() };
    match community::store::profiles::update(db, w.alice, &hostile).await {
        Err(StoreError::Invalid(e)) => assert_eq!(e[0].code, ErrorCode::WebsiteInvalid),
        other => panic!("expected a field error, got {other:?}"),
    }
    assert_eq!(
        community::store::profiles::get(db, id(w.alice)).await.unwrap().fields.website,
        "https://alice.example.org"
    );
    assert!(matches!(
        community::store::profiles::update(db, Viewer::Visitor, &ProfileFields::default()).await,
        Err(StoreError::Denied(Denied::NotSignedIn))
    ));
}

async fn leaderboards_count_only_points_earned_in_readable_places(db: &Db) {
    let w = World::new(db).await;
    let testers = community::store::groups::create(db, w.admin, "Beta testers", "", NOW).await.unwrap();
    for name in ["alice", "bob"] {
        community::store::groups::add_member(db, w.admin, testers, name, NOW).await.unwrap();
    }
    // A restricted sub-category of the public one.
    let input = CategoryInput {
        name: "Beta".into(),
        slug: "beta".into(),
        color: "#336699".into(),
        post_types: vec![domain::PostKind::Question],
        visibility: domain::Visibility::Groups,
        group_ids: vec![testers],
        parent_id: Some(w.general),
        ..Default::default()
    };
    let beta = categories::save(db, w.admin, None, &input, NOW).await.unwrap();
    let t = NewTopic {
        kind: domain::post::PostKind::Question,
        category_id: Some(beta),
        title: "The beta client crashes on start".into(),
        body: "Here is what happens, in enough words to pass the rule.".into(),
        tags: "sync".into(),
        request_key: None,
    };
    let secret = posts::create_topic(db, w.alice, &t, NOW).await.unwrap().id;
    let public = ask(db, &w, w.alice, "Which plan includes priority support?").await;
    votes::cast(db, w.alice, answer(db, w.bob, secret.as_topic()).await, 1, NOW).await.unwrap();
    votes::cast(db, w.alice, answer(db, w.carol, public).await, 1, NOW).await.unwrap();

    let sync = community::store::tags::by_name(db, &categories::access(db, w.admin).await.unwrap(), "sync")
        .await
        .unwrap()
        .unwrap();
    let boards = [
        reputation::Board::default(),
        reputation::Board { category_id: Some(w.general), ..Default::default() },
        reputation::Board { tag_id: Some(sync.id), ..Default::default() },
    ];
    let names = |v: Viewer, board: reputation::Board| async move {
        let access = categories::access(db, v).await.unwrap();
        let rows = reputation::leaderboard(db, &access, &board, 10).await.unwrap();
        let mut names: Vec<String> = rows.into_iter().map(|r| r.1).collect();
        names.sort();
        names
    };
    for board in boards {
        for outsider in [Viewer::Visitor, w.carol] {
            assert_eq!(names(outsider, board.clone()).await, ["carol"], "{board:?} for {outsider:?}");
        }
        for insider in [w.alice, w.bob, w.agent] {
            assert_eq!(names(insider, board.clone()).await, ["bob", "carol"], "{board:?} for {insider:?}");
        }
    }
}

async fn last_seen_is_to_the_day_for_everyone_but_the_member_and_staff(db: &Db) {
    let w = World::new(db).await;
    let at = NOW + 12_345_678;
    users::touch_last_seen(db, id(w.alice), at).await.unwrap();
    let day = at - at.rem_euclid(DAY);
    assert_ne!(day, at);
    let seen =
        |v: Viewer, of: Viewer| async move { community::store::profiles::last_seen(db, v, id(of)).await };
    for (v, expected) in [(w.alice, at), (w.agent, at), (w.admin, at), (w.bob, day), (Viewer::Visitor, day)] {
        assert_eq!(seen(v, w.alice).await.unwrap(), Some(expected), "{v:?}");
    }
    assert_eq!(seen(Viewer::Visitor, w.bob).await.unwrap(), None, "never seen");
    let nobody = Viewer::Account { id: UserId(id(w.bob).get() + 1000), role: Role::Member };
    assert!(matches!(seen(Viewer::Visitor, nobody).await, Err(StoreError::NotFound)));
}
