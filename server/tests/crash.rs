//! Crash safety, measured: the real `entraide` binary serves a mixed write
//! load (questions, answers, comments, votes, accepted answers) from several
//! members at once, is killed with SIGKILL in the middle of it, and is
//! started again on the same database. Every write the server acknowledged
//! must be there, and every counter must equal the rows it counts. On SQLite
//! and on PostgreSQL. Prints the figures (writes acknowledged before the
//! kill, the time to restart).
#![allow(clippy::unwrap_used)] // test code: a panic is the failure report

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

#[path = "common/process.rs"]
mod process;

use community::db::Engine;
use community::testing::{public_category, quick_account, TestDb};
use community::{on_db, Db};
use domain::Role;
use process::Server;
use rand::seq::SliceRandom as _;
use rand::Rng as _;
use reqwest::StatusCode;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_keeps_every_acknowledged_write_through_kill_9() {
    survives_kill_9(Engine::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_keeps_every_acknowledged_write_through_kill_9() {
    survives_kill_9(Engine::Postgres).await;
}

/// PostgreSQL goes away under load (every connection severed, new ones
/// refused for a few seconds, as in a restart) and comes back: the same
/// server process answers writes again without being restarted, and a live
/// client that stayed connected receives every event it should have,
/// none missed, none replaced by a "reload" resync.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_outage_under_load_is_ridden_out_without_a_restart() {
    let mut load = Load::start(Engine::Postgres).await;
    let received = Arc::new(Mutex::new(Vec::<(i64, String)>::new()));
    let live = tokio::spawn(listen(format!("{}/events?lists=1", load.server.base), received.clone()));
    // The stream is open before the first question is asked.
    tokio::time::sleep(Duration::from_millis(500)).await;
    load.run();
    load.until(Duration::from_secs(30), |a| a.questions.len() >= 5).await;
    let before = load.ack.lock().unwrap().questions.len();
    let outage = Duration::from_secs(3);
    load.test_db.interrupt_postgres(outage).await;
    let back = Instant::now();
    load.until(Duration::from_secs(30), |a| a.questions.len() >= before + 5).await;
    let recovered_in = back.elapsed();
    load.stop().await;
    assert!(load.server.is_running(), "the server process outlived the outage");
    let after = load.ack.lock().unwrap().questions.len();
    assert!(after >= before + 5, "writes are acknowledged again after the outage ({before} → {after})");

    // Every question event the table holds after the stream's first one,
    // as a visitor on a list page may see it, reaches the stream.
    let access = community::store::categories::access(&load.db, domain::Viewer::Visitor).await.unwrap();
    let interest = domain::live::Interest { topic: None, lists: true, desk: false };
    let deadline = Instant::now() + Duration::from_secs(15);
    let (expected, got) = loop {
        let got: Vec<(i64, String)> = received.lock().unwrap().clone();
        let first = got.first().map(|(id, _)| *id).expect("the live client received events");
        let stored = community::store::events::range(&load.db, first - 1, None, 10_000).await.unwrap();
        let expected: Vec<i64> = stored
            .iter()
            .filter(|e| community::live::may_see(domain::Viewer::Visitor, &access, &interest, e))
            .map(|e| e.id)
            .collect();
        let ids: Vec<i64> = got.iter().map(|(id, _)| *id).collect();
        if ids == expected || Instant::now() > deadline {
            break (expected, got);
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    live.abort();
    println!(
        "PostgreSQL outage of {outage:?} under load: questions acknowledged {before} before, {after} after; \
         5 more acknowledged {recovered_in:?} after it ended; live client received {} events",
        got.len()
    );
    assert!(got.iter().all(|(_, data)| !data.to_lowercase().contains("resync")), "no resync: {got:?}");
    assert_eq!(got.iter().map(|(id, _)| *id).collect::<Vec<_>>(), expected, "every event, in order, once");
}

/// A live client: reads `/events` and keeps each event's id and data.
async fn listen(url: String, received: Arc<Mutex<Vec<(i64, String)>>>) {
    let mut res = reqwest::Client::new().get(url).send().await.expect("open the stream");
    assert_eq!(res.status(), StatusCode::OK);
    let mut buf = String::new();
    while let Ok(Some(chunk)) = res.chunk().await {
        buf.push_str(&String::from_utf8_lossy(&chunk));
        while let Some(end) = buf.find("\n\n") {
            let frame: String = buf.drain(..end + 2).collect();
            let id = frame.lines().find_map(|l| l.strip_prefix("id:")).and_then(|v| v.trim().parse().ok());
            let data: String = frame.lines().filter_map(|l| l.strip_prefix("data:")).collect();
            if let Some(id) = id {
                received.lock().unwrap().push((id, data));
            }
        }
    }
}

/// Every write of the load must be accepted: the limits are not under test.
const LIMITS_OFF: &[(&str, &str)] = &[
    ("ENTRAIDE_WRITES_PER_MEMBER", "100000"),
    ("ENTRAIDE_WRITES_PER_IP", "100000"),
    ("ENTRAIDE_SIGN_UPS_PER_IP", "1000"),
];

/// What the server said was done.
#[derive(Default)]
struct Acknowledged {
    questions: Vec<(i64, i64)>, // (question, asker)
    answers: Vec<(i64, i64)>,   // (answer, question)
    comments: Vec<i64>,
    votes: Vec<(i64, i64)>,    // (post, voter)
    accepted: Vec<(i64, i64)>, // (question, answer)
}

const WORDS: &[&str] = &[
    "sync", "printer", "invoice", "calendar", "backup", "photos", "laptop", "router", "update", "password",
    "folder", "upload", "tablet", "account", "billing", "offline", "restart", "license", "mailbox", "driver",
    "battery", "storage", "network", "settings", "desktop", "share", "export", "import", "plugin", "cache",
];

/// Text no earlier post resembles (auto-moderation holds near-repeats).
fn sentence(words: usize) -> String {
    let mut rng = rand::thread_rng();
    let mut out: Vec<String> = (0..words).map(|_| (*WORDS.choose(&mut rng).unwrap()).to_owned()).collect();
    out.push(format!("ref{}", rng.gen::<u32>()));
    out.join(" ")
}

async fn call(
    http: &reqwest::Client,
    base: &str,
    cookie: &str,
    endpoint: &str,
    form: &[(&str, String)],
) -> Option<reqwest::Response> {
    let res = http
        .post(format!("{base}/api/{endpoint}"))
        .header("sec-fetch-site", "same-origin")
        .header("cookie", cookie)
        .form(form)
        .send()
        .await
        .ok()?;
    (res.status() == StatusCode::OK).then_some(res)
}

async fn writer(
    base: String,
    cookie: String,
    me: i64,
    category: domain::CategoryId,
    ack: Arc<Mutex<Acknowledged>>,
    stop: Arc<AtomicBool>,
) {
    let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let mut i = 0u64;
    while !stop.load(Ordering::Relaxed) {
        i += 1;
        let pick = |v: &[(i64, i64)]| v.choose(&mut rand::thread_rng()).copied();
        match i % 5 {
            0 | 1 if i % 10 < 3 || ack.lock().unwrap().questions.len() < 4 => {
                let form = [
                    ("kind", "question".to_owned()),
                    ("category_id", category.to_string()),
                    ("title", format!("How do I fix {}", sentence(5))),
                    ("body", format!("Since this morning {}. What should I try?", sentence(14))),
                    ("tags", "sync".to_owned()),
                    ("request_key", format!("crash-{me}-{i}")),
                ];
                if let Some(res) = call(&http, &base, &cookie, "ask", &form).await {
                    let id = res
                        .headers()
                        .get("location")
                        .and_then(|l| l.to_str().ok())
                        .and_then(|l| l.strip_prefix("/q/"))
                        .and_then(|l| l.split('/').next())
                        .and_then(|n| n.parse::<i64>().ok());
                    if let Some(id) = id {
                        ack.lock().unwrap().questions.push((id, me));
                    }
                }
            }
            0 | 1 => {
                let Some((question, _)) = pick(&ack.lock().unwrap().questions) else { continue };
                let form = [
                    ("topic_id", question.to_string()),
                    ("answer", format!("Try this: {}.", sentence(16))),
                    ("request_key", format!("crash-a-{me}-{i}")),
                ];
                if let Some(res) = call(&http, &base, &cookie, "answer", &form).await {
                    if let Ok(id) = res.json::<i64>().await {
                        ack.lock().unwrap().answers.push((id, question));
                    }
                }
            }
            2 => {
                let Some((post, _)) = pick(&ack.lock().unwrap().answers) else { continue };
                let form = [
                    ("post_id", post.to_string()),
                    ("comment", format!("Thanks, {}", sentence(6))),
                    ("request_key", format!("crash-c-{me}-{i}")),
                ];
                if let Some(res) = call(&http, &base, &cookie, "comment", &form).await {
                    if let Ok(id) = res.json::<i64>().await {
                        ack.lock().unwrap().comments.push(id);
                    }
                }
            }
            3 => {
                let Some((post, _)) = pick(&ack.lock().unwrap().answers) else { continue };
                let form = [("post_id", post.to_string()), ("value", "up".to_owned())];
                if call(&http, &base, &cookie, "vote", &form).await.is_some() {
                    ack.lock().unwrap().votes.push((post, me));
                }
            }
            _ => {
                let mine: Vec<(i64, i64)> = {
                    let a = ack.lock().unwrap();
                    let own: Vec<i64> = a.questions.iter().filter(|q| q.1 == me).map(|q| q.0).collect();
                    a.answers.iter().filter(|(_, q)| own.contains(q)).copied().collect()
                };
                let Some((answer, question)) = pick(&mine) else { continue };
                let form = [("answer_id", answer.to_string()), ("accept", "true".to_owned())];
                if call(&http, &base, &cookie, "accept_answer", &form).await.is_some() {
                    ack.lock().unwrap().accepted.push((question, answer));
                }
            }
        }
    }
}

async fn count(db: &Db, sql: &str, id: i64) -> i64 {
    on_db!(db, p => sqlx::query_scalar::<_, i64>(sql).bind(id).fetch_one(p).await).expect(sql)
}

async fn rows(db: &Db, sql: &str) -> Vec<(i64, i64, i64)> {
    on_db!(db, p => sqlx::query_as::<_, (i64, i64, i64)>(sql).fetch_all(p).await).expect(sql)
}

/// A server under the mixed write load of four members.
struct Load {
    test_db: TestDb,
    db: Db,
    server: Server,
    first_start: Duration,
    members: Vec<(i64, String)>,
    category: domain::CategoryId,
    ack: Arc<Mutex<Acknowledged>>,
    stop: Arc<AtomicBool>,
    writers: Vec<tokio::task::JoinHandle<()>>,
}

impl Load {
    async fn start(engine: Engine) -> Load {
        let test_db = TestDb::new(engine).await;
        let db = test_db.db.clone();
        let admin = quick_account(&db, "chief", Role::Admin).await;
        let category = public_category(&db, admin, "General", "general").await;
        community::store::tags::save(&db, admin, None, "sync", "", None, 0).await.expect("tag");

        let (server, first_start) = Server::start(&test_db.url, LIMITS_OFF).await;
        let http = reqwest::Client::new();
        let mut members = Vec::new();
        for n in 0..4 {
            let name = format!("crash{n}");
            let res = http
                .post(format!("{}/api/sign_up", server.base))
                .header("sec-fetch-site", "same-origin")
                .form(&[
                    ("username", name.as_str()),
                    ("email", &format!("{name}@example.com")),
                    ("password", "a sturdy passphrase"),
                ])
                .send()
                .await
                .unwrap();
            assert_eq!(res.status(), StatusCode::OK);
            let cookie = res
                .headers()
                .get_all("set-cookie")
                .iter()
                .filter_map(|v| v.to_str().ok())
                .find_map(|v| {
                    v.split(';').next().filter(|c| c.contains("entraide_session=")).map(str::to_owned)
                })
                .expect("session");
            let id: i64 =
                on_db!(&db, p => sqlx::query_scalar::<_, i64>("SELECT id FROM users WHERE username = $1")
                .bind(&name).fetch_one(p).await)
                .expect("member id");
            members.push((id, cookie));
        }
        // Old accounts: the first-hour posting limit for new members is not what is tested here.
        on_db!(&db, p => sqlx::query("UPDATE users SET created_at = 0").execute(p).await.map(|r| r.rows_affected()))
            .expect("age accounts");
        Load {
            test_db,
            db,
            server,
            first_start,
            members,
            category,
            ack: Arc::default(),
            stop: Arc::default(),
            writers: Vec::new(),
        }
    }

    fn run(&mut self) {
        self.writers = self
            .members
            .iter()
            .map(|(id, cookie)| {
                tokio::spawn(writer(
                    self.server.base.clone(),
                    cookie.clone(),
                    *id,
                    self.category,
                    self.ack.clone(),
                    self.stop.clone(),
                ))
            })
            .collect();
    }

    /// Waits (at most `within`) until `enough` holds of what was acknowledged.
    async fn until(&self, within: Duration, enough: impl Fn(&Acknowledged) -> bool) {
        let deadline = Instant::now() + within;
        while Instant::now() < deadline && !enough(&self.ack.lock().unwrap()) {
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    async fn stop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        for w in self.writers.drain(..) {
            w.await.unwrap();
        }
    }
}

async fn survives_kill_9(engine: Engine) {
    let mut load = Load::start(engine).await;
    load.run();
    // Kill in the middle of the load, once enough has been acknowledged.
    load.until(Duration::from_secs(30), |a| {
        a.answers.len() >= 30 && a.votes.len() >= 10 && a.comments.len() >= 10
    })
    .await;
    load.server.kill_9();
    load.stop().await;
    let (_server, restart) = Server::start(&load.test_db.url, LIMITS_OFF).await;
    let (db, ack, first_start) = (load.db.clone(), load.ack.clone(), load.first_start);

    let a = std::mem::take(&mut *ack.lock().unwrap());
    println!(
        "{engine:?}: acknowledged before kill -9: {} questions, {} answers, {} comments, {} votes, {} accepts; \
         first start {first_start:?}, restart {restart:?}",
        a.questions.len(),
        a.answers.len(),
        a.comments.len(),
        a.votes.len(),
        a.accepted.len()
    );
    assert!(!a.answers.is_empty(), "the load ran");
    for (q, _) in &a.questions {
        assert_eq!(
            count(&db, "SELECT COUNT(*) FROM posts WHERE id = $1 AND topic_id IS NULL", *q).await,
            1,
            "question {q}"
        );
    }
    for (answer, q) in &a.answers {
        assert_eq!(
            count(&db, "SELECT COALESCE(MAX(topic_id), 0) FROM posts WHERE id = $1", *answer).await,
            *q,
            "answer {answer}"
        );
    }
    for c in &a.comments {
        assert_eq!(count(&db, "SELECT COUNT(*) FROM comments WHERE id = $1", *c).await, 1, "comment {c}");
    }
    for (post, voter) in &a.votes {
        let n: i64 = on_db!(&db, p => sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM votes WHERE post_id = $1 AND voter_id = $2")
            .bind(post).bind(voter).fetch_one(p).await)
        .unwrap();
        assert_eq!(n, 1, "vote on {post} by {voter}");
    }
    for (q, _) in &a.accepted {
        assert_eq!(
            count(&db, "SELECT COUNT(*) FROM posts WHERE id = $1 AND accepted_answer_id IS NOT NULL", *q)
                .await,
            1
        );
    }
    // Every counter equals the rows it counts.
    let wrong_scores = rows(
        &db,
        "SELECT p.id, p.score, COALESCE((SELECT SUM(v.value) FROM votes v WHERE v.post_id = p.id), 0)
         FROM posts p WHERE p.score <> COALESCE((SELECT SUM(v.value) FROM votes v WHERE v.post_id = p.id), 0)",
    )
    .await;
    assert!(wrong_scores.is_empty(), "score ≠ votes: {wrong_scores:?}");
    let wrong_comments = rows(
        &db,
        "SELECT p.id, p.comment_count, (SELECT COUNT(*) FROM comments c WHERE c.post_id = p.id AND c.deleted_at IS NULL)
         FROM posts p WHERE p.comment_count <> (SELECT COUNT(*) FROM comments c WHERE c.post_id = p.id AND c.deleted_at IS NULL)",
    )
    .await;
    assert!(wrong_comments.is_empty(), "comment_count ≠ comments: {wrong_comments:?}");
    let wrong_reputation = rows(
        &db,
        "SELECT u.id, u.reputation, COALESCE((SELECT SUM(e.points) FROM reputation_events e WHERE e.user_id = u.id), 0)
         FROM users u WHERE u.reputation <> COALESCE((SELECT SUM(e.points) FROM reputation_events e WHERE e.user_id = u.id), 0)",
    )
    .await;
    assert!(wrong_reputation.is_empty(), "reputation ≠ ledger: {wrong_reputation:?}");
    let wrong_answers = rows(
        &db,
        "SELECT q.id, q.answer_count, (SELECT COUNT(*) FROM posts a WHERE a.topic_id = q.id AND a.deleted_at IS NULL)
         FROM posts q WHERE q.topic_id IS NULL
           AND q.answer_count > (SELECT COUNT(*) FROM posts a WHERE a.topic_id = q.id AND a.deleted_at IS NULL)",
    )
    .await;
    assert!(wrong_answers.is_empty(), "answer_count > answers: {wrong_answers:?}");
}
