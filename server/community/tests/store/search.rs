//! The search index on SQLite and on PostgreSQL: it follows the change log
//! through edits, answers, acceptance, hiding, moves and deletions, keeps
//! restricted places private, and honours the query language.

use domain::id::{PostId, TopicId};
use std::time::{Duration, Instant};

use community::on_both_engines;
use community::search::{Opened, Search};
use community::store::categories::{self, Access};
use community::store::posts::{self, Edit};
use community::store::{groups, search_log, votes};
use community::testing::{answer, tags, Ask, Place, World, DAY, NOW};
use community::Db;
use domain::search::{self, SearchRequest, Sort};
use domain::Viewer;

on_both_engines!(
    the_index_follows_edits_answers_hiding_moves_and_deletions,
    restricted_categories_never_reach_outsiders,
    operators_filters_and_ranking,
    similar_questions_put_solved_ones_first_with_their_answer,
    related_questions_are_remembered_until_the_index_changes_and_per_reader,
    a_write_is_searchable_within_a_second,
    concurrent_writes_are_all_indexed,
    a_reopened_index_resumes_and_a_rebuild_starts_over,
);

/// The shared world, with the tags these questions use.
async fn world(db: &Db) -> World {
    let w = World::new(db).await;
    tags(db, w.admin, &["printer", "network"]).await;
    w
}

async fn index(db: &Db) -> Search {
    let (s, opened) = Search::open(db.clone(), None).await.expect("open index");
    assert_eq!(opened, Opened::Rebuilt);
    s
}

async fn access(db: &Db, v: Viewer) -> Access {
    categories::access(db, v).await.expect("access")
}

/// (topic, post) ids found for `q` by `v`, after applying every change.
async fn find(s: &Search, db: &Db, v: Viewer, q: &str) -> Vec<(TopicId, PostId)> {
    s.catch_up().await.expect("catch up");
    let r = s.search(&access(db, v).await, &search::parse(q), Sort::Relevance, 1).await.expect("search");
    assert_eq!(r.total, r.hits.len(), "one page is enough here");
    r.hits.iter().map(|h| (h.topic_id, h.post_id)).collect()
}

async fn topics(s: &Search, db: &Db, v: Viewer, q: &str) -> Vec<TopicId> {
    let mut t: Vec<TopicId> = find(s, db, v, q).await.into_iter().map(|(t, _)| t).collect();
    t.dedup();
    t
}

async fn the_index_follows_edits_answers_hiding_moves_and_deletions(db: &Db) {
    let w = world(db).await;
    let s = index(db).await;
    let q = Ask::new(w.general, "Printer shows offline after update")
        .body("My printer goes offline each morning since the update.")
        .tags("printer")
        .by(db, w.alice)
        .await;
    assert_eq!(topics(&s, db, w.bob, "offline").await, [q]);

    // An edit replaces the words.
    let edit = Edit {
        title: Some("Scanner shows offline after update".into()),
        body: "My scanner goes offline each morning since the update.".into(),
        tags: Some("printer".into()),
        reason: String::new(),
    };
    posts::edit(db, w.alice, q.post(), &edit, NOW + 1).await.expect("edit");
    assert!(find(&s, db, w.bob, "printer").await.is_empty(), "the old word is gone");
    assert_eq!(topics(&s, db, w.bob, "scanner").await, [q]);

    // An answer is its own result, and acceptance marks the thread solved.
    let a = answer(db, w.bob, q, "Reinstall the spooler service and the scanner comes back.").await;
    assert_eq!(find(&s, db, w.bob, "spooler").await, [(q, a)]);
    assert!(find(&s, db, w.bob, "spooler is:solved").await.is_empty());
    votes::accept(db, w.alice, a, true, NOW + 2).await.expect("accept");
    assert_eq!(find(&s, db, w.bob, "spooler is:solved").await, [(q, a)]);
    let r = s.search(&access(db, w.bob).await, &search::parse("spooler"), Sort::Relevance, 1).await.unwrap();
    assert!(r.hits[0].accepted && r.hits[0].solved);
    assert!(r.hits[0].snippet_html.contains("<mark>spooler</mark>"), "{}", r.hits[0].snippet_html);

    // Hidden by an agent: gone for members, back when shown again.
    posts::set_hidden(db, w.agent, q.post(), true, NOW + 3).await.expect("hide");
    assert!(find(&s, db, w.bob, "scanner").await.is_empty());
    posts::set_hidden(db, w.agent, q.post(), false, NOW + 4).await.expect("unhide");
    assert_eq!(topics(&s, db, w.bob, "scanner").await, [q]);

    // Moved into a staff-only category: members lose it, staff keep it.
    let staff_group = groups::create(db, w.admin, "Staff", "", NOW).await.expect("group");
    let private = Place::new("INTERNAL", "internal")
        .visible_to(domain::Visibility::Groups, &[staff_group])
        .create(db, w.admin)
        .await;
    groups::add_member(db, w.admin, staff_group, "agent1", NOW).await.expect("member");
    posts::move_topic(db, w.agent, q, private, NOW + 5).await.expect("move");
    assert!(find(&s, db, w.bob, "scanner").await.is_empty());
    assert_eq!(topics(&s, db, w.agent, "scanner").await, [q]);
    posts::move_topic(db, w.agent, q, w.general, NOW + 6).await.expect("move back");
    assert_eq!(topics(&s, db, w.bob, "scanner").await, [q]);

    // Deleting the answer, then the question.
    posts::delete(db, w.agent, a, NOW + 7).await.expect("delete answer");
    assert!(find(&s, db, w.bob, "spooler").await.is_empty());
    posts::delete(db, w.agent, q.post(), NOW + 8).await.expect("delete question");
    assert!(find(&s, db, w.bob, "scanner").await.is_empty());
    assert_eq!(s.doc_count(), 0);
}

/// A category only the "Staff" group (agent1) may read.
async fn internal_place(db: &Db, w: &World) -> domain::CategoryId {
    let staff_group = groups::create(db, w.admin, "Staff", "", NOW).await.expect("group");
    groups::add_member(db, w.admin, staff_group, "agent1", NOW).await.expect("member");
    Place::new("INTERNAL", "internal")
        .visible_to(domain::Visibility::Groups, &[staff_group])
        .create(db, w.admin)
        .await
}

async fn restricted_categories_never_reach_outsiders(db: &Db) {
    let w = world(db).await;
    let private = internal_place(db, &w).await;
    let public = Ask::new(w.general, "Refund for a duplicate charge")
        .body("I was charged twice for the same order last week.")
        .tags("billing")
        .by(db, w.alice)
        .await;
    let secret = Ask::new(private, "Refund policy for duplicate charges")
        .body("Internal note: refund duplicate charges within two days.")
        .tags("billing")
        .by(db, w.agent)
        .await;
    s_checks(db, &w, public, secret).await;
}

async fn s_checks(db: &Db, w: &World, public: TopicId, secret: TopicId) {
    let s = index(db).await;
    s.catch_up().await.unwrap();
    for v in [w.bob, Viewer::Visitor] {
        let a = access(db, v).await;
        assert_eq!(topics(&s, db, v, "refund duplicate").await, [public]);
        // Counts, tag filters and operators see only the public one too.
        let r = s.search(&a, &search::parse("tag:billing"), Sort::Newest, 1).await.unwrap();
        assert_eq!(r.total, 1);
        assert!(r.hits.iter().all(|h| !h.snippet_html.contains("Internal")));
        let named = s.search(&a, &search::parse("refund in:internal"), Sort::Relevance, 1).await.unwrap();
        assert_eq!(named.total, 0);
        let similar = s.similar(&a, "Refund policy for duplicate charges", "", None, 5).await.unwrap();
        assert!(similar.iter().all(|q| q.topic_id != secret));
        let suggested = s.suggest(&a, "refund pol", 6).await.unwrap();
        assert!(suggested.iter().all(|q| q.topic_id != secret));
    }
    let mut insider = topics(&s, db, w.agent, "refund duplicate").await;
    insider.sort_unstable();
    assert_eq!(insider, [public, secret]);
    let a = access(db, w.agent).await;
    let suggested = s.suggest(&a, "refund pol", 6).await.unwrap();
    assert_eq!(suggested.first().map(|q| q.topic_id), Some(secret));
}

async fn operators_filters_and_ranking(db: &Db) {
    let w = world(db).await;
    let s = index(db).await;
    let wifi = Ask::new(w.general, "Wireless network drops every hour")
        .body("The wireless connection drops every hour on my laptop.")
        .tags("network")
        .by(db, w.alice)
        .await;
    let solved = Ask::new(w.general, "Wireless network drops every hour")
        .body("The wireless connection drops every hour on my desktop.")
        .tags("network")
        .at(NOW + 10)
        .by(db, w.bob)
        .await;
    let a = answer(db, w.alice, solved, "Turn off power saving for the wireless card.").await;
    votes::accept(db, w.bob, a, true, NOW + 11).await.unwrap();
    let french = Ask::new(w.general, "Mes imprimantes ne répondent plus")
        .body("Depuis la mise à jour, mes imprimantes ne répondent plus du tout au bureau.")
        .tags("printer")
        .at(NOW + 20)
        .by(db, w.bob)
        .await;
    let printer = Ask::new(w.general, "Kernel panic when printing large files")
        .body("Printing large documents ends in a kernel panic on the print server.")
        .tags("printer")
        .at(NOW + 3 * DAY)
        .by(db, w.alice)
        .await;

    // At equal relevance the solved thread ranks first.
    assert_eq!(topics(&s, db, w.bob, "wireless drops is:question").await, [solved, wifi]);
    // Stemming: "printed" finds "printing"; French plural finds singular.
    assert_eq!(topics(&s, db, w.bob, "printed").await, [printer]);
    assert_eq!(topics(&s, db, w.bob, "imprimante").await, [french]);
    assert_eq!(topics(&s, db, w.bob, "lang:fr").await, [french]);
    // Typos: one wrong letter, or two in a long word.
    assert_eq!(topics(&s, db, w.bob, "kernal").await, [printer]);
    assert_eq!(topics(&s, db, w.bob, "wirelesss netwrk").await.len(), 2);
    // Phrases, exclusions, tags, authors, states, dates.
    assert_eq!(topics(&s, db, w.bob, "\"kernel panic\"").await, [printer]);
    assert!(find(&s, db, w.bob, "\"panic kernel\"").await.is_empty());
    assert_eq!(topics(&s, db, w.bob, "drops -desktop").await, [wifi]);
    assert_eq!(topics(&s, db, w.bob, "tag:printer user:alice").await, [printer]);
    assert_eq!(topics(&s, db, w.bob, "wireless is:unanswered").await, [wifi]);
    assert_eq!(find(&s, db, w.bob, "power is:answer").await, [(solved, a)]);
    let req = SearchRequest {
        q: "tag:printer".into(),
        from: domain::calendar::iso_date(NOW + 2 * DAY),
        ..Default::default()
    };
    let (q, _) = req.resolve().unwrap();
    let r = s.search(&access(db, w.bob).await, &q, Sort::Newest, 1).await.unwrap();
    assert_eq!(r.hits.iter().map(|h| h.topic_id).collect::<Vec<_>>(), [printer]);
    // Sorts: newest first; by votes.
    votes::cast(db, w.bob, wifi.post(), 1, NOW + 40).await.unwrap();
    let newest =
        s.search(&access(db, w.bob).await, &search::parse("is:question"), Sort::Newest, 1).await.unwrap();
    assert_eq!(newest.hits.iter().map(|h| h.topic_id).collect::<Vec<_>>(), [printer, french, solved, wifi]);
    s.catch_up().await.unwrap();
    let voted = s
        .search(&access(db, w.bob).await, &search::parse("wireless is:question"), Sort::Votes, 1)
        .await
        .unwrap();
    assert_eq!(voted.hits.first().map(|h| h.topic_id), Some(wifi));
    // Hostile input is text, never markup or a crash.
    let odd = find(&s, db, w.bob, "<script>alert(1)</script> \" - tag: is: ((").await;
    assert!(odd.is_empty());
}

async fn similar_questions_put_solved_ones_first_with_their_answer(db: &Db) {
    let w = world(db).await;
    let s = index(db).await;
    let open = Ask::new(w.general, "Printer offline after Windows update")
        .body("Since the update my printer is offline.")
        .tags("printer")
        .by(db, w.alice)
        .await;
    let solved = Ask::new(w.general, "Printer offline after installing update")
        .body("After the update the printer shows offline.")
        .tags("printer")
        .by(db, w.bob)
        .await;
    let a =
        answer(db, w.alice, solved, "Restart the print spooler service, then set the printer online again.")
            .await;
    votes::accept(db, w.bob, a, true, NOW).await.unwrap();
    Ask::new(w.general, "Invoice address cannot be changed")
        .body("The billing page refuses my new invoice address.")
        .tags("billing")
        .by(db, w.bob)
        .await;
    s.catch_up().await.unwrap();
    let found = s
        .similar(&access(db, Viewer::Visitor).await, "My printer is offline after the update", "", None, 5)
        .await
        .unwrap();
    assert_eq!(found.iter().map(|q| q.topic_id).collect::<Vec<_>>(), [solved, open]);
    assert!(found[0].solved);
    assert!(found[0].answer_excerpt.as_deref().is_some_and(|e| e.contains("print spooler")));
    // Related questions of a thread leave the thread itself out.
    let related = s
        .similar(&access(db, w.bob).await, "Printer offline after Windows update", "", Some(open), 5)
        .await
        .unwrap();
    assert_eq!(related.iter().map(|q| q.topic_id).collect::<Vec<_>>(), [solved]);
    // "This solved my problem" is recorded for readable questions only.
    let visitor = access(db, Viewer::Visitor).await;
    search_log::deflect(db, &visitor, solved, "printer offline", "ask", NOW).await.expect("deflect");
    assert_eq!(search_log::deflections(db, solved).await.unwrap(), 1);
    assert!(search_log::deflect(db, &visitor, TopicId(999_999), "x", "ask", NOW).await.is_err());
}

async fn related_questions_are_remembered_until_the_index_changes_and_per_reader(db: &Db) {
    let w = world(db).await;
    let s = index(db).await;
    let title = "Printer offline after Windows update";
    let open =
        Ask::new(w.general, title).body("Since the update my printer is offline.").by(db, w.alice).await;
    let first = Ask::new(w.general, "Printer offline after installing update")
        .body("After the update the printer shows offline.")
        .by(db, w.bob)
        .await;
    s.catch_up().await.unwrap();
    let bob = access(db, w.bob).await;
    let related = |a: Access| {
        let s = s.clone();
        async move {
            let found = s.related(&a, open, title, "", 5).await.unwrap();
            found.into_iter().map(|q| q.topic_id).collect::<Vec<_>>()
        }
    };
    assert_eq!(related(bob.clone()).await, [first]);
    assert_eq!(related(bob.clone()).await, [first], "asked again, from memory");

    // A new question is found at once: the index changed, the list is redone.
    let second = Ask::new(w.general, "Printer offline since the Windows update")
        .body("The printer went offline with the update.")
        .by(db, w.carol)
        .await;
    s.catch_up().await.unwrap();
    let mut found = related(bob.clone()).await;
    found.sort();
    assert_eq!(found, [first, second]);

    // An agent's list, with a restricted category in it, is never a member's.
    let private = internal_place(db, &w).await;
    let secret = Ask::new(private, "Printer offline after the Windows update, internal")
        .body("Internal: the update resets the printer port.")
        .by(db, w.agent)
        .await;
    s.catch_up().await.unwrap();
    assert!(related(access(db, w.agent).await).await.contains(&secret));
    let bob = access(db, w.bob).await;
    assert!(!related(bob.clone()).await.contains(&secret));
    assert!(!related(bob).await.contains(&secret), "nor from memory");
}

async fn a_write_is_searchable_within_a_second(db: &Db) {
    let w = world(db).await;
    let s = index(db).await;
    let _follower = s.follow();
    let a = access(db, w.bob).await;
    let started = Instant::now();
    let q = Ask::new(w.general, "Bluetooth headset crackles constantly")
        .body("The headset crackles whenever music plays.")
        .tags("network")
        .by(db, w.alice)
        .await;
    loop {
        let r = s.search(&a, &search::parse("crackles"), Sort::Relevance, 1).await.unwrap();
        if r.hits.iter().any(|h| h.topic_id == q) {
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(1), "not searchable within a second");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

async fn concurrent_writes_are_all_indexed(db: &Db) {
    let w = world(db).await;
    let s = index(db).await;
    let _follower = s.follow();
    let mut tasks = Vec::new();
    for i in 0..20 {
        let db = db.clone();
        let who = if i % 2 == 0 { w.alice } else { w.bob };
        let cat = w.general;
        tasks.push(tokio::spawn(async move {
            Ask::new(cat, &format!("Concurrent question number {i} about zeppelins"))
                .body("Zeppelins are the topic of this concurrent question.")
                .tags("network")
                .at(NOW + i)
                .by(&db, who)
                .await
        }));
    }
    let mut ids = Vec::new();
    for t in tasks {
        ids.push(t.await.expect("task"));
    }
    ids.sort_unstable();
    let mut found = topics(&s, db, w.bob, "zeppelins").await;
    found.sort_unstable();
    // topics() dedups adjacent only; the results are one per topic here.
    assert_eq!(found, ids);
    assert_eq!(s.cursor().await, search_log::last_id(db).await.unwrap());
}

async fn a_reopened_index_resumes_and_a_rebuild_starts_over(db: &Db) {
    let w = world(db).await;
    let dir = std::env::temp_dir().join(format!("entraide-index-{}-{}", std::process::id(), rand_suffix()));
    let first = Ask::new(w.general, "Firmware update bricked the router")
        .body("After the firmware update the router does not boot.")
        .tags("network")
        .by(db, w.alice)
        .await;
    {
        let (s, opened) = Search::open(db.clone(), Some(&dir)).await.expect("open");
        assert_eq!(opened, Opened::Rebuilt);
        assert_eq!(topics(&s, db, w.bob, "firmware").await, [first]);
    }
    // Written while no index was open: found after reopening.
    let second = Ask::new(w.general, "Firmware download is corrupted")
        .body("The firmware file fails its checksum every time.")
        .tags("network")
        .at(NOW + 1)
        .by(db, w.bob)
        .await;
    let (s, opened) = Search::open(db.clone(), Some(&dir)).await.expect("reopen");
    assert_eq!(opened, Opened::Resumed);
    let mut found = topics(&s, db, w.bob, "firmware").await;
    found.sort_unstable();
    assert_eq!(found, [first, second]);
    assert_eq!(s.rebuild().await.expect("rebuild"), 2);
    assert_eq!(s.doc_count(), 2);
    drop(s);
    let _ = std::fs::remove_dir_all(&dir);
}

fn rand_suffix() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u128(Instant::now().elapsed().as_nanos());
    h.finish()
}
