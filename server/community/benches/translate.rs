//! Translation costs, on SQLite and on PostgreSQL:
//! `cargo bench -p community --bench translate`.
//!
//! - language detection of a post (what every question, answer and comment
//!   pays when written);
//! - a reader's "Translate" served from the stored translation (the common
//!   case once anyone asked): p50 / p99 latency;
//! - a burst of readers asking for the same new translation at once, against
//!   a stand-in LibreTranslate answering in 50 ms: how many provider calls
//!   it caused (must be one) and how long the burst took.
//!
//! Arguments: `[reads] [burst]` (defaults 2000 32).
#![allow(clippy::unwrap_used)] // test code: a panic is the failure report

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::routing::post;
use axum::{Json, Router};
use community::db::Engine;
use community::store::posts::{self, NewTopic};
use community::testing::TestDb;
use community::translate::{self, Outcome, Subject};
use domain::{Role, Viewer};

const NOW: i64 = 1_790_000_000_000;

const SAMPLES: [&str; 5] = [
    "My phone stopped syncing photos after the last update. I tried signing out and back in, but nothing changed.",
    "Mon téléphone ne synchronise plus les photos depuis la dernière mise à jour. J'ai essayé de me déconnecter.",
    "Il mio telefono non sincronizza più le foto dopo l'ultimo aggiornamento. Ho provato a uscire e rientrare.",
    "Mi teléfono dejó de sincronizar las fotos después de la última actualización. Probé cerrar sesión.",
    "После последнего обновления телефон перестал синхронизировать фотографии. Я пробовал выйти и войти снова.",
];

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

async fn stand_in(calls: Arc<AtomicUsize>) -> String {
    let app = Router::new().route(
        "/translate",
        post(move |Json(req): Json<serde_json::Value>| {
            let calls = calls.clone();
            async move {
                calls.fetch_add(1, Ordering::SeqCst);
                tokio::time::sleep(Duration::from_millis(50)).await;
                let target = req["target"].as_str().unwrap_or("?").to_owned();
                let texts: Vec<String> = req["q"]
                    .as_array()
                    .map(|a| a.iter().map(|t| format!("[{target}] {}", t.as_str().unwrap_or(""))).collect())
                    .unwrap_or_default();
                Json(serde_json::json!({ "translatedText": texts }))
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    format!("http://{addr}")
}

async fn run(engine: Engine, reads: usize, burst: usize) {
    let t = TestDb::new(engine).await;
    let db = t.db.clone();
    let (question, _) = community::testing::popular_question(&db, 1, NOW).await;
    let admin = community::testing::quick_account(&db, "bench-admin", Role::Admin).await;
    let calls = Arc::new(AtomicUsize::new(0));
    let url = stand_in(calls.clone()).await;
    let input = translate::settings::ProviderInput {
        provider: "libretranslate",
        url: &url,
        api_key: "",
        forget_key: false,
        model: "",
        timeout_secs: "5",
        retries: "0",
        budget_per_member: "",
        budget_per_ip: "",
        budget_global: "",
    };
    translate::settings::save(&db, admin, &input).await.expect("provider");

    // Stored translation, read again and again.
    let first =
        translate::translate(&db, Viewer::Visitor, "bench", Subject::Post(question.post()), "fr", NOW)
            .await
            .expect("first");
    assert!(matches!(first, Outcome::Translated(_)));
    let mut latencies = Vec::with_capacity(reads);
    let started = Instant::now();
    for _ in 0..reads {
        let t0 = Instant::now();
        let r =
            translate::translate(&db, Viewer::Visitor, "bench", Subject::Post(question.post()), "fr", NOW)
                .await
                .expect("read");
        assert!(matches!(r, Outcome::Translated(_)));
        latencies.push(t0.elapsed());
    }
    let elapsed = started.elapsed();
    latencies.sort();
    println!(
        "{engine:?}: stored translation: {reads} reads in {:.2?} ({:.0}/s), p50 {:.2?}, p99 {:.2?}",
        elapsed,
        reads as f64 / elapsed.as_secs_f64(),
        percentile(&latencies, 0.50),
        percentile(&latencies, 0.99)
    );

    // A burst of readers on a translation nobody asked for yet.
    let author = community::testing::quick_account(&db, "bench-author", Role::Member).await;
    let category = community::store::categories::all(&db).await.expect("categories")[0].id;
    let topic = NewTopic {
        kind: domain::post::PostKind::Question,
        category_id: Some(category),
        title: "Sync stops at four gigabytes on every large upload".into(),
        body: SAMPLES[0].into(),
        tags: "sync".into(),
        request_key: None,
    };
    let fresh = posts::create_topic(&db, author, &topic, NOW).await.expect("ask").id;
    let before = calls.load(Ordering::SeqCst);
    let started = Instant::now();
    let readers: Vec<_> = (0..burst)
        .map(|_| {
            let db = db.clone();
            tokio::spawn(async move {
                translate::translate(&db, Viewer::Visitor, "bench", Subject::Post(fresh), "ru", NOW).await
            })
        })
        .collect();
    for r in readers {
        assert!(matches!(r.await.expect("join").expect("translate"), Outcome::Translated(_)));
    }
    println!(
        "{engine:?}: {burst} simultaneous readers of a new translation: {} provider call(s), all served in {:.2?}",
        calls.load(Ordering::SeqCst) - before,
        started.elapsed()
    );
}

fn main() {
    let mut args = std::env::args().skip(1).filter(|a| !a.starts_with('-'));
    let reads = args.next().and_then(|a| a.parse().ok()).unwrap_or(2000);
    let burst = args.next().and_then(|a| a.parse().ok()).unwrap_or(32);

    let texts: Vec<&str> = SAMPLES.iter().cycle().take(5000).copied().collect();
    let started = Instant::now();
    for t in &texts {
        std::hint::black_box(translate::detect(t));
    }
    let per = started.elapsed() / texts.len() as u32;
    println!("language detection: {per:.2?} per post ({} posts of about 100 characters)", texts.len());

    let rt =
        tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
    rt.block_on(async {
        run(Engine::Sqlite, reads, burst).await;
        run(Engine::Postgres, reads, burst).await;
    });
}
