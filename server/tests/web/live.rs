//! `GET /events` over real HTTP: replay with Last-Event-ID, visibility per
//! subscriber, and two `entraide` processes on one PostgreSQL database.

use std::time::{Duration, Instant};

use community::db::Engine;
use community::store::categories::{self, CategoryInput};
use community::store::groups;
use community::store::posts::{self, NewTopic};
use community::testing::{quick_account, TestDb};
use community::Db;
use domain::{Role, Viewer};
use reqwest::StatusCode;
use serde_json::Value;

use crate::process::{free_port, Server};

const NOW: i64 = 1_790_000_000_000;

/// A minimal SSE reader: events are blocks separated by a blank line;
/// comment lines (heartbeats, "connected") are skipped.
struct EventStream {
    res: reqwest::Response,
    buf: String,
}

impl EventStream {
    async fn open(http: &reqwest::Client, url: &str, last_id: Option<i64>, cookie: Option<&str>) -> Self {
        let mut req = http.get(url).header("accept", "text/event-stream");
        if let Some(id) = last_id {
            req = req.header("last-event-id", id.to_string());
        }
        if let Some(c) = cookie {
            req = req.header("cookie", c);
        }
        let res = req.send().await.expect("connect to /events");
        assert_eq!(res.status(), StatusCode::OK);
        let ct =
            res.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
        assert!(ct.starts_with("text/event-stream"), "{ct}");
        Self { res, buf: String::new() }
    }

    /// The next event (id, data) within `wait`.
    async fn next(&mut self, wait: Duration) -> Option<(i64, Value)> {
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            while let Some(end) = self.buf.find("\n\n") {
                let block: String = self.buf.drain(..end + 2).collect();
                let mut id = None;
                let mut data = String::new();
                for line in block.lines() {
                    if let Some(v) = line.strip_prefix("id:") {
                        id = v.trim().parse().ok();
                    } else if let Some(v) = line.strip_prefix("data:") {
                        data.push_str(v.trim_start());
                    }
                }
                if let (Some(id), false) = (id, data.is_empty()) {
                    return Some((id, serde_json::from_str(&data).expect("JSON data")));
                }
            }
            let chunk = tokio::time::timeout_at(deadline, self.res.chunk()).await.ok()?.ok()??;
            self.buf.push_str(&String::from_utf8_lossy(&chunk));
        }
    }
}

async fn setup(db: &Db, visibility: &str) -> (Viewer, Viewer, domain::TopicId) {
    let admin = quick_account(db, "admin1", Role::Admin).await;
    let member = quick_account(db, "member1", Role::Member).await;
    let mut group_ids = Vec::new();
    if visibility == "groups" {
        let g = groups::create(db, admin, "Staff", "", NOW).await.unwrap();
        groups::add_member(db, admin, g, "admin1", NOW).await.unwrap();
        group_ids.push(g);
    }
    let input = CategoryInput {
        name: "General".into(),
        slug: "general".into(),
        color: "#336699".into(),
        post_types: vec![domain::PostKind::Question],
        visibility: domain::Visibility::parse(visibility).unwrap(),
        group_ids,
        ..Default::default()
    };
    let category = categories::save(db, admin, None, &input, NOW).await.unwrap();
    community::store::tags::save(db, admin, None, "sync", "", None, NOW).await.unwrap();
    let t = NewTopic {
        kind: domain::post::PostKind::Question,
        category_id: Some(category),
        title: "Sync stops after the laptop sleeps".into(),
        body: "Here is what happens, in enough words to pass.".into(),
        tags: "sync".into(),
        request_key: None,
    };
    let q = posts::create_topic(db, admin, &t, NOW).await.unwrap();
    (admin, member, q.topic_id)
}

async fn answer(db: &Db, who: Viewer, q: domain::TopicId, n: usize) -> domain::PostId {
    let body = format!("Answer {n}: pause sync, then resume it from the tray icon.");
    posts::create_answer(db, who, q, &body, &None, NOW).await.unwrap().id
}

async fn replay_after_a_cut(engine: Engine) {
    let t = TestDb::new(engine).await;
    let server = server::start(server::Config::for_tests(t.url.clone())).await.unwrap();
    let (admin, member, q) = setup(&t.db, "public").await;
    let http = reqwest::Client::new();
    let url = server.url(&format!("/events?topic={q}"));
    let mut stream = EventStream::open(&http, &url, None, None).await;
    let a1 = answer(&t.db, member, q, 1).await;
    let (id1, data) = stream.next(Duration::from_secs(3)).await.expect("the answer arrives live");
    assert_eq!(data["type"], "answer");
    assert_eq!(data["post_id"], a1.get());

    // The stream is cut; two things happen; the browser reconnects.
    drop(stream);
    let a2 = answer(&t.db, admin, q, 2).await;
    community::store::votes::cast(&t.db, admin, a1, 1, NOW).await.unwrap();
    let mut again = EventStream::open(&http, &url, Some(id1), None).await;
    let (id2, first) = again.next(Duration::from_secs(3)).await.expect("the missed answer is replayed");
    assert_eq!((first["type"].as_str(), first["post_id"].as_i64()), (Some("answer"), Some(a2.get())));
    let (id3, second) = again.next(Duration::from_secs(3)).await.expect("the missed vote is replayed");
    assert_eq!((second["type"].as_str(), second["score"].as_i64()), (Some("vote"), Some(1)));
    assert!(id1 < id2 && id2 < id3);

    // Bad parameters get a clear 400, not a stream.
    let res = http.get(server.url("/events?topic=abc")).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    drop(again);
    server.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reconnecting_browser_gets_what_it_missed_on_sqlite() {
    replay_after_a_cut(Engine::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reconnecting_browser_gets_what_it_missed_on_postgres() {
    replay_after_a_cut(Engine::Postgres).await;
}

async fn restricted_stays_private(engine: Engine) {
    let t = TestDb::new(engine).await;
    let server = server::start(server::Config::for_tests(t.url.clone())).await.unwrap();
    let (admin, _member, q) = setup(&t.db, "groups").await;
    let http = reqwest::Client::new();
    let url = server.url(&format!("/events?topic={q}&lists=1"));
    let mut visitor = EventStream::open(&http, &url, None, None).await;
    answer(&t.db, admin, q, 1).await;
    assert!(
        visitor.next(Duration::from_millis(1500)).await.is_none(),
        "a visitor hears nothing of a group's place"
    );
    server.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn restricted_categories_stay_private_on_sqlite() {
    restricted_stays_private(Engine::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn restricted_categories_stay_private_on_postgres() {
    restricted_stays_private(Engine::Postgres).await;
}

async fn sign_up(http: &reqwest::Client, node: &Server, name: &str) -> String {
    let email = format!("{name}@example.com");
    let res = http
        .post(node.url("/api/sign_up"))
        .header("sec-fetch-site", "same-origin")
        .form(&[("username", name), ("email", email.as_str()), ("password", "a sturdy passphrase")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    res.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("entraide_session="))
        .and_then(|v| v.split(';').next())
        .expect("session cookie")
        .to_owned()
}

async fn post_answer(http: &reqwest::Client, node: &Server, cookie: &str, q: i64, text: &str) {
    let res = http
        .post(node.url("/api/answer"))
        .header("sec-fetch-site", "same-origin")
        .header("cookie", cookie)
        .form(&[("topic_id", q.to_string().as_str()), ("answer", text)])
        .send()
        .await
        .unwrap();
    assert!(res.status().is_success() || res.status().is_redirection(), "{:?}", res.text().await);
}

/// Two processes on one PostgreSQL database: an answer posted through node A
/// reaches an SSE client on node B within a second, and a restarted node B
/// serves a reconnecting client everything it missed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_processes_on_postgres_share_live_events() {
    let t = TestDb::new(Engine::Postgres).await;
    let (_, _, q) = setup(&t.db, "public").await;
    let a = Server::spawn(&t.url, free_port(), &[]);
    let b = Server::spawn(&t.url, free_port(), &[]);
    a.ready().await;
    b.ready().await;
    let http = reqwest::Client::new();
    let cookie = sign_up(&http, &a, "olive").await;

    let stream_url = b.url(&format!("/events?topic={q}"));
    let mut on_b = EventStream::open(&http, &stream_url, None, None).await;
    let sent = Instant::now();
    post_answer(&http, &a, &cookie, q.get(), "Through node A: pause sync, then resume it.").await;
    let (last, e) = on_b.next(Duration::from_secs(5)).await.expect("node B delivers A's answer");
    let latency = sent.elapsed();
    assert_eq!(e["type"], "answer");
    assert!(latency < Duration::from_secs(1), "delivered across nodes in {latency:?}");

    // Node B goes down; an answer is posted meanwhile; B comes back.
    drop(on_b);
    let port_b = b.port();
    drop(b);
    post_answer(&http, &a, &cookie, q.get(), "While B was down: check the proxy settings.").await;
    let b = Server::spawn(&t.url, port_b, &[]);
    b.ready().await;
    let mut again = EventStream::open(&http, &stream_url, Some(last), None).await;
    let (id, e) = again.next(Duration::from_secs(5)).await.expect("the restarted node replays");
    assert!(id > last);
    assert_eq!(e["type"], "answer");
    drop(again);
}
