//! Languages and translations on SQLite and on PostgreSQL: detection when
//! written and the author's correction, machine translations cached per
//! revision and language (one provider call for simultaneous readers),
//! human translations winning, failures leaving the original, privacy, and
//! translated words reaching search; the API key encrypted at rest, private
//! provider addresses refused, and the hourly budget of new machine
//! translations. The provider is a stand-in LibreTranslate server started
//! by each test on loopback (private targets are allowed in tests, as the
//! `testing` default of `community::outbound`, except where a test says
//! otherwise).

use domain::id::{PostId, TopicId};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::routing::post;
use axum::{Json, Router};
use community::on_both_engines;
use community::search::Search;
use community::store::categories::{self};
use community::store::moderation::{self, Command};
use community::store::posts::{self, Edit};
use community::store::{automod, comments, desk, settings, topics};
use community::testing::{Ask, Place, World, NOW};
use community::translate::{self, HumanTranslation, Origin, Outcome, Subject, TranslateError};
use community::{outbound, secrets};
use community::{Db, StoreError};
use domain::moderation::LogDetail;
use domain::search::{self, Sort};
use domain::{ErrorCode, Viewer};

on_both_engines!(
    languages_are_detected_when_written_and_corrected_by_authors,
    a_machine_translation_is_made_once_per_revision_and_language,
    simultaneous_readers_cause_one_provider_call,
    a_human_translation_wins_and_is_labelled,
    without_a_working_provider_the_original_stays,
    private_posts_are_translated_for_their_readers_only,
    translated_words_are_found_by_search,
    the_api_key_is_stored_encrypted_and_a_plain_one_from_before_still_works,
    without_a_server_key_an_api_key_is_refused_and_another_key_reads_as_none,
    private_provider_addresses_are_refused,
    new_machine_translations_are_capped_per_member_address_and_hour,
    human_translations_meet_silence_and_auto_moderation,
);

const ENGLISH_TITLE: &str = "Upload of a large video fails at exactly four gigabytes";
const ENGLISH_BODY: &str = "Every time I upload my holiday video the transfer stops at four gigabytes \
    and starts over. The connection is fine and smaller files upload without trouble.";

/// A stand-in LibreTranslate: answers `[target] text` for each text after
/// `delay`, or fails with 500 when `failing`; counts its requests.
struct StandIn {
    url: String,
    calls: Arc<AtomicUsize>,
    /// The `api_key` of each request ("" when none was sent).
    keys: Arc<Mutex<Vec<String>>>,
}

async fn stand_in(delay: Duration, failing: bool) -> StandIn {
    let calls = Arc::new(AtomicUsize::new(0));
    let counter = calls.clone();
    let keys = Arc::new(Mutex::new(Vec::new()));
    let seen = keys.clone();
    let app = Router::new().route(
        "/translate",
        post(move |Json(req): Json<serde_json::Value>| {
            let counter = counter.clone();
            let seen = seen.clone();
            async move {
                counter.fetch_add(1, Ordering::SeqCst);
                seen.lock().expect("lock").push(req["api_key"].as_str().unwrap_or("").to_owned());
                tokio::time::sleep(delay).await;
                if failing {
                    return (
                        axum::http::StatusCode::INTERNAL_SERVER_ERROR,
                        Json(serde_json::json!({"error": "down"})),
                    );
                }
                let target = req["target"].as_str().unwrap_or("?").to_owned();
                let texts: Vec<String> = req["q"]
                    .as_array()
                    .map(|a| a.iter().map(|t| format!("[{target}] {}", t.as_str().unwrap_or(""))).collect())
                    .unwrap_or_default();
                (axum::http::StatusCode::OK, Json(serde_json::json!({ "translatedText": texts })))
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    StandIn { url: format!("http://{addr}"), calls, keys }
}

/// The admin's form for a LibreTranslate at `url`, default budget, no key.
fn libretranslate<'a>(
    url: &'a str,
    timeout_secs: &'a str,
    retries: &'a str,
) -> translate::settings::ProviderInput<'a> {
    translate::settings::ProviderInput {
        provider: "libretranslate",
        url,
        api_key: "",
        forget_key: false,
        model: "",
        timeout_secs,
        retries,
        budget_per_member: "",
        budget_per_ip: "",
        budget_global: "",
    }
}

async fn use_provider(db: &Db, w: &World, url: &str, timeout_secs: u64, retries: u32) {
    let (timeout, retries) = (timeout_secs.to_string(), retries.to_string());
    let input = libretranslate(url, &timeout, &retries);
    translate::settings::save(db, w.admin, &input).await.expect("save provider");
}

/// Where the tests' readers connect from.
const IP: &str = "203.0.113.1";

/// `translate::translate` from `IP`.
async fn translate_from_ip(
    db: &Db,
    who: Viewer,
    subject: Subject,
    target: &str,
    now: i64,
) -> Result<Outcome, StoreError> {
    translate::translate(db, who, IP, subject, target, now).await
}

fn translated(o: Outcome) -> translate::Translation {
    match o {
        Outcome::Translated(t) => t,
        Outcome::Unavailable(e) => panic!("expected a translation, got {e}"),
    }
}

async fn languages_are_detected_when_written_and_corrected_by_authors(db: &Db) {
    let w = World::new(db).await;
    let q = Ask::new(w.general, "Synchronisation bloquée depuis la mise à jour").body("Depuis la dernière mise à jour, mes fichiers ne se synchronisent plus du tout. J'ai redémarré l'ordinateur.").by(db, w.alice)
    .await;
    let a = posts::create_answer(
        db,
        w.bob,
        q,
        "Try signing out and back in, then check that the folder is still selected for sync.",
        &None,
        NOW,
    )
    .await
    .expect("answer")
    .id;
    comments::add(db, w.bob, a, "Это помогло мне на прошлой неделе, попробуйте обязательно.", &None, NOW)
        .await
        .expect("comment");
    let access = categories::access(db, w.bob).await.expect("access");
    let thread = topics::thread(db, &access, q).await.expect("thread");
    assert_eq!(thread.topic.language, "fr");
    assert_eq!(thread.answers[0].language, "en");
    assert_eq!(thread.answers[0].comments[0].language, "ru");

    // Only the author (or staff) corrects; the correction survives edits.
    let refused = translate::set_language(db, w.bob, Subject::Post(q.post()), "it", NOW).await;
    assert!(matches!(refused, Err(StoreError::Denied(_))), "{refused:?}");
    let unknown = translate::set_language(db, w.alice, Subject::Post(q.post()), "xx", NOW).await;
    assert!(matches!(unknown, Err(StoreError::Invalid(_))), "{unknown:?}");
    translate::set_language(db, w.alice, Subject::Post(q.post()), "it", NOW).await.expect("author corrects");
    let edit = Edit {
        title: Some("Synchronisation bloquée depuis la dernière mise à jour".into()),
        body: "Depuis la dernière mise à jour, aucun fichier ne se synchronise. J'ai redémarré deux fois."
            .into(),
        tags: Some("sync".into()),
        reason: String::new(),
    };
    posts::edit(db, w.alice, q.post(), &edit, NOW + 1000).await.expect("edit");
    let thread = topics::thread(db, &access, q).await.expect("thread");
    assert_eq!(thread.topic.language, "it", "an author's correction is kept through edits");
    // An answer's language follows its words when edited, if nobody corrected it.
    let edit = Edit {
        title: None,
        body: "Essayez de vous déconnecter puis de vous reconnecter, et vérifiez le dossier choisi.".into(),
        tags: None,
        reason: String::new(),
    };
    posts::edit(db, w.bob, a, &edit, NOW + 2000).await.expect("edit answer");
    let thread = topics::thread(db, &access, q).await.expect("thread");
    assert_eq!(thread.answers[0].language, "fr");
}

async fn a_machine_translation_is_made_once_per_revision_and_language(db: &Db) {
    let w = World::new(db).await;
    let server = stand_in(Duration::ZERO, false).await;
    use_provider(db, &w, &server.url, 5, 0).await;
    let q = Ask::new(w.general, ENGLISH_TITLE).body(ENGLISH_BODY).by(db, w.alice).await;

    let t = translated(
        translate_from_ip(db, w.bob, Subject::Post(q.post()), "fr", NOW).await.expect("translate"),
    );
    assert_eq!(t.title.as_deref(), Some(format!("[fr] {ENGLISH_TITLE}").as_str()));
    assert!(t.body_html.starts_with("<p>[fr] Every time"), "{}", t.body_html);
    assert_eq!(t.source_language, "en");
    assert_eq!(t.origin, Origin::Machine { provider: "libretranslate".into() });
    assert_eq!(server.calls.load(Ordering::SeqCst), 1);

    // Cached: another reader, a visitor, the same revision.
    translated(
        translate_from_ip(db, Viewer::Visitor, Subject::Post(q.post()), "fr", NOW).await.expect("again"),
    );
    assert_eq!(server.calls.load(Ordering::SeqCst), 1, "the stored translation is reused");
    // Another language is another translation.
    translated(translate_from_ip(db, w.bob, Subject::Post(q.post()), "es", NOW).await.expect("es"));
    assert_eq!(server.calls.load(Ordering::SeqCst), 2);

    // An edit makes a new revision: the old translation is not shown for new words.
    let edit = Edit {
        title: Some(ENGLISH_TITLE.into()),
        body: format!("{ENGLISH_BODY} It also happens on the office network."),
        tags: Some("sync".into()),
        reason: String::new(),
    };
    posts::edit(db, w.alice, q.post(), &edit, NOW + 1000).await.expect("edit");
    let t = translated(
        translate_from_ip(db, w.bob, Subject::Post(q.post()), "fr", NOW).await.expect("after edit"),
    );
    assert!(t.body_md.contains("office network"), "{}", t.body_md);
    assert_eq!(t.revision, 2);
    assert_eq!(server.calls.load(Ordering::SeqCst), 3);

    // Comments too, rendered inline like the original.
    let c =
        comments::add(db, w.bob, q.post(), "Same here since Monday, with a **big** video file.", &None, NOW)
            .await
            .expect("comment")
            .0;
    let t =
        translated(translate_from_ip(db, w.alice, Subject::Comment(c), "it", NOW).await.expect("comment"));
    assert_eq!(t.body_html, "[it] Same here since Monday, with a <strong>big</strong> video file.");

    // The original's own language, or one the community does not offer, is refused.
    for target in ["en", "xx"] {
        let r = translate_from_ip(db, w.bob, Subject::Post(q.post()), target, NOW).await;
        assert!(matches!(r, Err(StoreError::Invalid(_))), "{target}: {r:?}");
    }
}

async fn simultaneous_readers_cause_one_provider_call(db: &Db) {
    let w = World::new(db).await;
    let server = stand_in(Duration::from_millis(300), false).await;
    use_provider(db, &w, &server.url, 5, 0).await;
    let q = Ask::new(w.general, ENGLISH_TITLE).body(ENGLISH_BODY).by(db, w.alice).await;
    let readers: Vec<_> = (0..8)
        .map(|i| {
            let db = db.clone();
            let who = if i % 2 == 0 { w.bob } else { Viewer::Visitor };
            tokio::spawn(async move { translate_from_ip(&db, who, Subject::Post(q.post()), "ru", NOW).await })
        })
        .collect();
    for r in readers {
        let t = translated(r.await.expect("join").expect("translate"));
        assert!(t.body_md.starts_with("[ru] "));
    }
    assert_eq!(server.calls.load(Ordering::SeqCst), 1, "one provider call for eight readers");
}

async fn a_human_translation_wins_and_is_labelled(db: &Db) {
    let w = World::new(db).await;
    let server = stand_in(Duration::ZERO, false).await;
    use_provider(db, &w, &server.url, 5, 0).await;
    let q = Ask::new(w.general, ENGLISH_TITLE).body(ENGLISH_BODY).by(db, w.alice).await;
    translated(
        translate_from_ip(db, w.bob, Subject::Post(q.post()), "fr", NOW).await.expect("machine first"),
    );

    let input = HumanTranslation {
        post_id: q.post(),
        language: "fr",
        title: "L'envoi d'une grande vidéo échoue à exactement quatre gigaoctets",
        body: "Chaque fois que j'envoie ma vidéo de vacances, le transfert s'arrête à quatre gigaoctets.",
    };
    // Another member may not; the author and agents may.
    let denied = translate::save_human(db, w.bob, &input, NOW).await;
    assert!(matches!(denied, Err(StoreError::Denied(_))), "{denied:?}");
    let visitor = translate::save_human(db, Viewer::Visitor, &input, NOW).await;
    assert!(matches!(visitor, Err(StoreError::Denied(_))), "{visitor:?}");
    translate::save_human(db, w.agent, &input, NOW).await.expect("agent translates");
    let t =
        translated(translate_from_ip(db, w.bob, Subject::Post(q.post()), "fr", NOW).await.expect("human"));
    assert_eq!(t.origin, Origin::Human { translator: "agent1".into() });
    assert!(t.body_html.contains("vidéo de vacances"));
    assert_eq!(server.calls.load(Ordering::SeqCst), 1, "no provider call once a person translated it");

    // The author corrects it: still one human translation, now theirs.
    let corrected = HumanTranslation {
        body: "Chaque fois que j'envoie ma vidéo de vacances, tout s'arrête à 4 Go.",
        ..input
    };
    translate::save_human(db, w.alice, &corrected, NOW + 1).await.expect("author corrects");
    let t =
        translated(translate_from_ip(db, w.bob, Subject::Post(q.post()), "fr", NOW).await.expect("human"));
    assert_eq!(t.origin, Origin::Human { translator: "alice".into() });
    assert!(t.body_md.contains("4 Go"));
    let access = categories::access(db, w.bob).await.expect("access");
    let thread = topics::thread(db, &access, q).await.expect("thread");
    assert_eq!(thread.topic.human_translations, ["fr"]);

    // Bad input is refused with every problem named.
    let bad = HumanTranslation { post_id: q.post(), language: "en", title: "short", body: "tiny" };
    match translate::save_human(db, w.alice, &bad, NOW).await {
        Err(StoreError::Invalid(fields)) => {
            let names: Vec<&str> = fields.iter().map(|f| f.field.as_str()).collect();
            assert_eq!(names, ["language", "title", "body"]);
        }
        other => panic!("expected field errors, got {other:?}"),
    }
}

async fn without_a_working_provider_the_original_stays(db: &Db) {
    let w = World::new(db).await;
    let q = Ask::new(w.general, ENGLISH_TITLE).body(ENGLISH_BODY).by(db, w.alice).await;
    let none = translate_from_ip(db, w.bob, Subject::Post(q.post()), "fr", NOW).await.expect("no provider");
    assert_eq!(none, Outcome::Unavailable(TranslateError::NotConfigured));

    let failing = stand_in(Duration::ZERO, true).await;
    use_provider(db, &w, &failing.url, 5, 1).await;
    let r = translate_from_ip(db, w.bob, Subject::Post(q.post()), "fr", NOW).await.expect("failing provider");
    assert!(matches!(r, Outcome::Unavailable(TranslateError::Unavailable(_))), "{r:?}");
    assert_eq!(failing.calls.load(Ordering::SeqCst), 2, "one retry");

    // A slow provider is given up on after its timeout (1 s here).
    let slow = stand_in(Duration::from_secs(3), false).await;
    use_provider(db, &w, &slow.url, 1, 0).await;
    let started = std::time::Instant::now();
    let r = translate_from_ip(db, w.bob, Subject::Post(q.post()), "fr", NOW).await.expect("slow provider");
    assert_eq!(r, Outcome::Unavailable(TranslateError::Timeout));
    assert!(started.elapsed() < Duration::from_millis(2500), "{:?}", started.elapsed());

    // Nothing was stored: a working provider later translates it.
    let good = stand_in(Duration::ZERO, false).await;
    use_provider(db, &w, &good.url, 5, 0).await;
    translated(translate_from_ip(db, w.bob, Subject::Post(q.post()), "fr", NOW).await.expect("works again"));
    assert_eq!(good.calls.load(Ordering::SeqCst), 1);
    // The admin's settings are checked (and the key never read back).
    let bad = translate::settings::ProviderInput {
        provider: "deepl",
        url: "ftp://nowhere",
        api_key: "",
        forget_key: false,
        model: "",
        timeout_secs: "0",
        retries: "9",
        budget_per_member: "",
        budget_per_ip: "",
        budget_global: "",
    };
    match translate::settings::save(db, w.admin, &bad).await {
        Err(StoreError::Invalid(fields)) => {
            let names: Vec<&str> = fields.iter().map(|f| f.field.as_str()).collect();
            assert_eq!(names, ["url", "timeout_secs", "retries", "api_key"]);
        }
        other => panic!("expected field errors, got {other:?}"),
    }
    let member = translate::settings::load(db, w.bob).await;
    assert!(matches!(member, Err(StoreError::Denied(_))));
    let shown = translate::settings::load(db, w.admin).await.expect("admin reads");
    assert_eq!(shown.provider, "libretranslate");
    assert!(!shown.has_key);
    let _ = settings::get_text(db, "translation.url", "").await.expect("stored");
}

async fn private_posts_are_translated_for_their_readers_only(db: &Db) {
    let w = World::new(db).await;
    let server = stand_in(Duration::ZERO, false).await;
    use_provider(db, &w, &server.url, 5, 0).await;
    let group = community::store::groups::create(db, w.admin, "Staff", "", NOW).await.expect("group");
    let internal = Place::new("INTERNAL", "internal")
        .visible_to(domain::Visibility::Groups, &[group])
        .create(db, w.admin)
        .await;
    let q = Ask::new(internal, ENGLISH_TITLE).body(ENGLISH_BODY).by(db, w.agent).await;
    for outsider in [w.bob, Viewer::Visitor] {
        let r = translate_from_ip(db, outsider, Subject::Post(q.post()), "fr", NOW).await;
        assert!(matches!(r, Err(StoreError::NotFound)), "{r:?}");
    }
    assert_eq!(server.calls.load(Ordering::SeqCst), 0, "nothing private reaches the provider for outsiders");
    translated(
        translate_from_ip(db, w.agent, Subject::Post(q.post()), "fr", NOW).await.expect("staff reads it"),
    );
    let missing = translate_from_ip(db, w.bob, Subject::Post(PostId(999_999)), "fr", NOW).await;
    assert!(matches!(missing, Err(StoreError::NotFound)));
}

async fn translated_words_are_found_by_search(db: &Db) {
    let w = World::new(db).await;
    let (s, _) = Search::open(db.clone(), None).await.expect("open index");
    let q = Ask::new(w.general, ENGLISH_TITLE).body(ENGLISH_BODY).by(db, w.alice).await;
    let a = posts::create_answer(
        db,
        w.agent,
        q,
        "The old client splits uploads in chunks of at most four gigabytes. Update to version 4.2 and retry.",
        &None,
        NOW,
    )
    .await
    .expect("answer")
    .id;
    community::store::votes::accept(db, w.alice, a, true, NOW).await.expect("accept");
    let find = |query: &'static str| {
        let s = s.clone();
        async move {
            s.catch_up().await.expect("catch up");
            let access = categories::access(db, w.bob).await.expect("access");
            s.search(&access, &search::parse(query), Sort::Relevance, 1).await.expect("search").hits
        }
    };
    assert!(find("téléversement").await.is_empty(), "no French words before a translation");
    let input = HumanTranslation {
        post_id: a,
        language: "fr",
        title: "",
        body: "L'ancien client découpe les téléversements en morceaux de quatre gigaoctets au plus. \
               Mettez à jour vers la version 4.2.",
    };
    translate::save_human(db, w.agent, &input, NOW).await.expect("translate answer");
    let hits = find("téléversements morceaux").await;
    assert!(hits.iter().any(|h| h.post_id == a && h.topic_id == q), "{hits:?}");
    // Stemmed in the translation's language: the singular finds the plural.
    let hits = find("téléversement").await;
    assert!(hits.iter().any(|h| h.post_id == a), "{hits:?}");
}

/// The field errors of a refusal.
fn refused<T: std::fmt::Debug>(r: Result<T, StoreError>) -> Vec<(String, ErrorCode)> {
    match r {
        Err(StoreError::Invalid(fields)) => fields.into_iter().map(|f| (f.field, f.code)).collect(),
        other => panic!("expected field errors, got {other:?}"),
    }
}

/// What a member and a visitor get for `q` in French: the thread's labels
/// of human translations, and the translation itself.
async fn readers_see(db: &Db, member: Viewer, q: TopicId) -> Vec<(Vec<String>, Outcome)> {
    let mut seen = Vec::new();
    for v in [member, Viewer::Visitor] {
        let access = categories::access(db, v).await.expect("access");
        let thread = topics::thread(db, &access, q).await.expect("thread");
        let outcome = translate_from_ip(db, v, Subject::Post(q.post()), "fr", NOW).await.expect("translate");
        seen.push((thread.topic.human_translations, outcome));
    }
    seen
}

/// Regression (issue 16): a human translation is new words on the page and
/// meets its translator's silence and auto-moderation like an edit. A
/// blocked word is refused on its field; a held word keeps the translation
/// from readers, the thread's labels and the search index (its translator
/// still finds it in the form) until an agent approves it from the desk.
async fn human_translations_meet_silence_and_auto_moderation(db: &Db) {
    let w = World::new(db).await;
    let q = Ask::new(w.general, ENGLISH_TITLE).body(ENGLISH_BODY).by(db, w.alice).await;
    automod::watch_word(db, w.admin, "casino", "block", NOW).await.expect("watch");
    automod::watch_word(db, w.admin, "jackpot", "hold", NOW).await.expect("watch");
    let input = |body: &'static str| HumanTranslation {
        post_id: q.post(),
        language: "fr",
        title: "L'envoi d'une grande vidéo échoue à exactement quatre gigaoctets",
        body,
    };
    let blocked =
        input("Chaque fois que j'envoie ma vidéo du casino, le transfert s'arrête à quatre gigaoctets.");
    let r = translate::save_human(db, w.alice, &blocked, NOW).await;
    assert_eq!(refused(r), [("body".to_owned(), ErrorCode::ContentBlocked)]);
    let d = translate::draft(db, w.alice, q.post(), "fr").await.expect("draft");
    assert!(d.existing.is_none(), "nothing was stored");

    let held =
        input("Chaque fois que j'envoie ma vidéo du jackpot, le transfert s'arrête à quatre gigaoctets.");
    translate::save_human(db, w.alice, &held, NOW + 1).await.expect("held, not refused");
    // No provider is set up: without the person's words, there is none.
    let nothing = (Vec::<String>::new(), Outcome::Unavailable(TranslateError::NotConfigured));
    assert_eq!(readers_see(db, w.bob, q).await, [nothing.clone(), nothing]);
    assert!(translate::for_index(db, &[q]).await.expect("index").is_empty(), "kept out of search");
    let d = translate::draft(db, w.alice, q.post(), "fr").await.expect("draft");
    assert!(d.existing.is_some_and(|t| t.body_md.contains("jackpot")), "the translator sees their words");
    let line = last_log(db).await;
    let languages = vec!["fr".to_owned()];
    assert_eq!(line, ("hold".to_owned(), LogDetail::Translations { languages }));

    let on_desk = desk::load(db, w.agent, NOW + 3).await.expect("desk");
    let items: Vec<(PostId, Option<&str>, &str)> =
        on_desk.held.iter().map(|h| (h.post_id, h.translation.as_deref(), h.author.as_str())).collect();
    assert_eq!(items, [(q.post(), Some("fr"), "alice")]);
    assert!(on_desk.held[0].reason.contains("jackpot"), "{:?}", on_desk.held[0]);
    let approve = Command {
        post_id: Some(q.post()),
        reason: "A fine translation".into(),
        ..Command::new(domain::moderation::ModAction::Approve)
    };
    moderation::act(db, w.agent, &approve, NOW + 4).await.expect("approve");
    for (labels, outcome) in readers_see(db, w.bob, q).await {
        assert_eq!(labels, ["fr"]);
        let t = translated(outcome);
        assert_eq!(t.origin, Origin::Human { translator: "alice".into() });
        assert!(t.body_md.contains("jackpot"));
    }
    assert_eq!(translate::for_index(db, &[q]).await.expect("index").len(), 1);
    assert!(desk::load(db, w.agent, NOW + 5).await.expect("desk").held.is_empty());
    let access = categories::access(db, w.bob).await.expect("access");
    assert!(
        topics::thread(db, &access, q).await.is_ok(),
        "approving a translation leaves the post as it was"
    );

    // Silenced: no translations either.
    let silence = Command {
        member: "alice".into(),
        duration: "1 day".into(),
        reason: "Cooling off".into(),
        ..Command::new(domain::moderation::ModAction::Silence)
    };
    moderation::act(db, w.agent, &silence, NOW + 6).await.expect("silence");
    let plain =
        input("Chaque fois que j'envoie ma vidéo de vacances, le transfert s'arrête à quatre gigaoctets.");
    let r = translate::save_human(db, w.alice, &plain, NOW + 7).await;
    assert_eq!(refused(r), [("body".to_owned(), ErrorCode::Silenced)]);
}

/// The newest audit-log line: (action, detail).
async fn last_log(db: &Db) -> (String, LogDetail) {
    community::on_db!(db, p => sqlx::query_as::<_, (String, LogDetail)>(
        "SELECT action, detail FROM mod_log ORDER BY id DESC LIMIT 1").fetch_one(p).await)
    .expect("a log line")
}

// ---- the API key at rest, private addresses, the budget ----

const KEY: &str = "lt-k3y-that-must-stay-secret";

/// The API key's row as stored, not decrypted.
async fn raw_key(db: &Db) -> String {
    settings::get_text(db, "translation.api_key", "").await.expect("raw key")
}

fn field_errors(r: Result<(), StoreError>) -> Vec<(String, ErrorCode)> {
    match r {
        Err(StoreError::Invalid(f)) => f.into_iter().map(|e| (e.field, e.code)).collect(),
        other => panic!("expected field errors, got {other:?}"),
    }
}

async fn the_api_key_is_stored_encrypted_and_a_plain_one_from_before_still_works(db: &Db) {
    let w = World::new(db).await;
    let server = stand_in(Duration::ZERO, false).await;
    let input = translate::settings::ProviderInput {
        api_key: &format!(" {KEY}\n"),
        ..libretranslate(&server.url, "5", "0")
    };
    translate::settings::save(db, w.admin, &input).await.expect("save with a key");
    let raw = raw_key(db).await;
    assert!(raw.starts_with("enc:v1:") && !raw.contains(KEY), "stored encrypted: {raw}");
    assert!(translate::settings::load(db, w.admin).await.expect("load").has_key);
    // The provider gets the key itself.
    let q = Ask::new(w.general, ENGLISH_TITLE).body(ENGLISH_BODY).by(db, w.agent).await;
    translated(translate_from_ip(db, w.bob, Subject::Post(q.post()), "fr", NOW).await.expect("translate"));
    assert_eq!(server.keys.lock().expect("lock").last().map(String::as_str), Some(KEY));

    // A key saved in plain text before encryption existed still works...
    let legacy = "legacy-plain-api-key";
    settings::set_texts(db, w.admin, &[("translation.api_key", legacy.to_owned())])
        .await
        .expect("legacy row");
    assert!(translate::settings::load(db, w.admin).await.expect("load").has_key);
    translated(translate_from_ip(db, w.bob, Subject::Post(q.post()), "es", NOW).await.expect("translate"));
    assert_eq!(server.keys.lock().expect("lock").last().map(String::as_str), Some(legacy));
    // ...and is encrypted when the settings are next saved without retyping it.
    translate::settings::save(db, w.admin, &libretranslate(&server.url, "5", "0"))
        .await
        .expect("save, keeping the key");
    let raw = raw_key(db).await;
    assert!(raw.starts_with("enc:v1:") && !raw.contains(legacy), "{raw}");
    let config = translate::settings::provider_config(db).await.expect("config").expect("configured");
    assert_eq!(config.api_key, legacy);
    // Forgetting it clears it.
    let forget =
        translate::settings::ProviderInput { forget_key: true, ..libretranslate(&server.url, "5", "0") };
    translate::settings::save(db, w.admin, &forget).await.expect("forget");
    assert_eq!(raw_key(db).await, "");
}

async fn without_a_server_key_an_api_key_is_refused_and_another_key_reads_as_none(db: &Db) {
    let w = World::new(db).await;
    let deepl = |api_key: &'static str| translate::settings::ProviderInput {
        provider: "deepl",
        api_key,
        ..libretranslate("https://api-free.deepl.com", "5", "0")
    };
    secrets::with_key(None, async {
        assert_eq!(
            field_errors(translate::settings::save(db, w.admin, &deepl(KEY)).await),
            [("api_key".to_owned(), ErrorCode::SecretKeyMissing)]
        );
        assert_eq!(raw_key(db).await, "", "never stored in clear");
        // Settings without a secret still save.
        translate::settings::save(db, w.admin, &libretranslate("https://lt.example.com", "5", "0"))
            .await
            .expect("no key needed");
    })
    .await;

    // Saved under the test key, then read with another one (a replaced
    // ENTRAIDE_SECRET_KEY): not configured, logged, nothing fails.
    translate::settings::save(db, w.admin, &deepl(KEY)).await.expect("save with the key");
    let other = secrets::SecretKey::from_bytes([9; 32]);
    secrets::with_key(Some(other), async {
        assert!(!translate::settings::load(db, w.admin).await.expect("load").has_key);
        let config = translate::settings::provider_config(db).await.expect("config").expect("configured");
        assert_eq!(config.api_key, "");
        let q = Ask::new(w.general, ENGLISH_TITLE).body(ENGLISH_BODY).by(db, w.agent).await;
        let r = translate_from_ip(db, w.bob, Subject::Post(q.post()), "fr", NOW).await.expect("no crash");
        assert_eq!(r, Outcome::Unavailable(TranslateError::NotConfigured), "DeepL without a key");
        // Keeping the unreadable key is refused: it has to be typed again.
        assert_eq!(
            field_errors(translate::settings::save(db, w.admin, &deepl("")).await),
            [("api_key".to_owned(), ErrorCode::Required)]
        );
    })
    .await;
}

async fn private_provider_addresses_are_refused(db: &Db) {
    let w = World::new(db).await;
    let server = stand_in(Duration::ZERO, false).await;
    let port = server.url.rsplit(':').next().unwrap_or("").to_owned();
    let private = [
        server.url.clone(),
        format!("http://localhost:{port}"),
        "http://169.254.169.254/latest".to_owned(),
        "http://192.168.0.10:5000".to_owned(),
        "http://[fd00::1]:5000".to_owned(),
    ];
    outbound::with_policy(false, async {
        for url in &private {
            assert_eq!(
                field_errors(translate::settings::save(db, w.admin, &libretranslate(url, "5", "0")).await),
                [("url".to_owned(), ErrorCode::UrlPrivate)],
                "{url}"
            );
        }
        assert_eq!(translate::settings::load(db, w.admin).await.expect("load").provider, "", "nothing saved");
        translate::settings::save(db, w.admin, &libretranslate("https://lt.example.com", "5", "0"))
            .await
            .expect("a public URL");
    })
    .await;

    // A URL saved before the rule is refused when used, before any request.
    use_provider(db, &w, &server.url, 5, 2).await;
    let q = Ask::new(w.general, ENGLISH_TITLE).body(ENGLISH_BODY).by(db, w.agent).await;
    let r = outbound::with_policy(false, translate_from_ip(db, w.bob, Subject::Post(q.post()), "fr", NOW))
        .await
        .expect("refused, not failed");
    assert!(
        matches!(&r, Outcome::Unavailable(TranslateError::Rejected(m)) if m.contains("private")),
        "{r:?}"
    );
    assert_eq!(server.calls.load(Ordering::SeqCst), 0, "no request reached the private address");
}

async fn new_machine_translations_are_capped_per_member_address_and_hour(db: &Db) {
    let w = World::new(db).await;
    let server = stand_in(Duration::ZERO, false).await;
    let budget = translate::settings::ProviderInput {
        budget_per_member: "2",
        budget_per_ip: "3",
        budget_global: "5",
        ..libretranslate(&server.url, "5", "0")
    };
    translate::settings::save(db, w.admin, &budget).await.expect("budget");
    let shown = translate::settings::load(db, w.admin).await.expect("load").budget;
    assert_eq!((shown.per_member, shown.per_ip, shown.global), (2, 3, 5));
    let mut posts = Vec::new();
    for i in 0..7 {
        let title = format!("{ENGLISH_TITLE} on machine {i}");
        posts
            .push(Subject::Post(Ask::new(w.general, &title).body(ENGLISH_BODY).by(db, w.agent).await.post()));
    }
    let calls = || server.calls.load(Ordering::SeqCst);
    let hour = domain::translation::WINDOW_MS;
    let limited = |r: Result<Outcome, StoreError>| match r {
        Err(StoreError::Limited { retry_after_ms, message }) => {
            assert!(message.contains("new translations"), "{message}");
            retry_after_ms
        }
        other => panic!("expected the budget to refuse, got {other:?}"),
    };

    // Bob: two new translations, then his hour is used up.
    for p in &posts[..2] {
        translated(translate::translate(db, w.bob, IP, *p, "fr", NOW).await.expect("within budget"));
    }
    assert_eq!(limited(translate::translate(db, w.bob, IP, posts[2], "fr", NOW).await), hour);
    assert_eq!(calls(), 2, "a refused translation calls no provider");
    // What is stored stays free, for him and for everyone.
    translated(translate::translate(db, w.bob, IP, posts[0], "fr", NOW + 1).await.expect("stored, free"));
    assert_eq!(calls(), 2);

    // His address had two; a visitor behind it gets one more.
    translated(
        translate::translate(db, Viewer::Visitor, IP, posts[2], "fr", NOW)
            .await
            .expect("third for the address"),
    );
    assert_eq!(limited(translate::translate(db, Viewer::Visitor, IP, posts[3], "fr", NOW).await), hour);
    assert_eq!(
        limited(translate::translate(db, w.alice, IP, posts[3], "fr", NOW).await),
        hour,
        "another member, same address"
    );

    // Elsewhere, the community's allowance (5) runs out for everyone, staff too.
    translated(
        translate::translate(db, Viewer::Visitor, "198.51.100.7", posts[3], "fr", NOW).await.expect("4th"),
    );
    translated(translate::translate(db, w.alice, "198.51.100.8", posts[4], "fr", NOW).await.expect("5th"));
    assert_eq!(limited(translate::translate(db, w.alice, "198.51.100.9", posts[5], "fr", NOW).await), hour);
    assert_eq!(
        limited(translate::translate(db, w.agent, "198.51.100.10", posts[5], "fr", NOW + 1000).await),
        hour - 1000
    );
    assert_eq!(calls(), 5, "exactly the budget reached the provider");

    // An hour later there is room again.
    let later = NOW + hour;
    translated(translate::translate(db, w.bob, IP, posts[5], "fr", later).await.expect("a new hour"));
    assert_eq!(calls(), 6);

    // Bad allowances are refused, each by name.
    let bad = translate::settings::ProviderInput {
        budget_per_member: "0",
        budget_per_ip: "lots",
        budget_global: "-5",
        ..libretranslate(&server.url, "5", "0")
    };
    let fields: Vec<String> = field_errors(translate::settings::save(db, w.admin, &bad).await)
        .into_iter()
        .map(|(f, _)| f)
        .collect();
    assert_eq!(fields, ["budget_per_member", "budget_per_ip", "budget_global"]);
}
