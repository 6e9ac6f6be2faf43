//! Live-event load: N Server-Sent-Event subscribers on one thread, answers
//! posted at a steady rate through HTTP, delivery latency per subscriber and
//! server memory per connection. Real `entraide serve` processes (the
//! release binary under `cargo bench`), a second process (this one) as the
//! clients, loopback only.
//!
//! `cargo bench -p server --bench live_load -- [subscribers,…] [answers] [per_second]`
//! (defaults `1000,5000,10000 40 4`). For each N it runs: one node on
//! SQLite, one node on PostgreSQL, and two nodes on PostgreSQL (subscribers
//! split evenly, answers posted through the first node).
#![allow(clippy::unwrap_used)] // test code: a panic is the failure report

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

#[path = "../tests/common/process.rs"]
mod process;

use community::db::Engine;
use community::testing::{popular_question, TestDb};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::Mutex;

use process::Server;

const NOW: i64 = 1_790_000_000_000;

fn raise_fd_limit() {
    // Thousands of subscribers each hold a socket: allow as many open files
    // as the hard limit does.
    if let Err(e) = rlimit::increase_nofile_limit(u64::MAX) {
        eprintln!("could not raise the open-files limit: {e}");
    }
}

/// One subscriber: a raw HTTP/1.1 connection reading the event stream and
/// stamping each answer event as it arrives.
async fn subscribe(
    port: u16,
    topic: domain::TopicId,
    answers: usize,
    connected: Arc<AtomicUsize>,
    arrivals: Arc<Mutex<Vec<Vec<Instant>>>>,
    slot: usize,
) {
    let Ok(mut s) = TcpStream::connect(("127.0.0.1", port)).await else { return };
    let mut mine = Vec::with_capacity(answers);
    let req = format!(
        "GET /events?topic={topic} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\nConnection: keep-alive\r\n\r\n"
    );
    if s.write_all(req.as_bytes()).await.is_err() {
        return;
    }
    let mut buf = vec![0u8; 4096];
    let mut carry = String::new();
    let mut seen_connected = false;
    loop {
        let n = match s.read(&mut buf).await {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        let now = Instant::now();
        carry.push_str(&String::from_utf8_lossy(&buf[..n]));
        if !seen_connected && carry.contains(": connected") {
            seen_connected = true;
            connected.fetch_add(1, Ordering::Relaxed);
        }
        while let Some(i) = carry.find("\"type\":\"answer\"") {
            mine.push(now);
            carry.drain(..i + 15);
        }
        // Keep only a tail long enough to hold a split marker.
        if carry.len() > 64 {
            let cut = carry.len() - 32;
            let cut = (cut..carry.len()).find(|&i| carry.is_char_boundary(i)).unwrap_or(carry.len());
            carry.drain(..cut);
        }
        if mine.len() >= answers {
            break;
        }
    }
    arrivals.lock().await[slot] = mine;
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    sorted[(((sorted.len() - 1) as f64) * p).round() as usize]
}

async fn scenario(
    label: &str,
    engine: Engine,
    nodes: usize,
    subscribers: usize,
    answers: usize,
    per_second: f64,
) {
    let t = TestDb::new(engine).await;
    let (q, _) = popular_question(&t.db, 0, NOW).await;
    let servers: Vec<Server> = (0..nodes).map(|_| Server::spawn(&t.url, process::free_port(), &[])).collect();
    for s in &servers {
        s.ready().await;
    }
    let rss_before: u64 = servers.iter().map(Server::rss_kib).sum();

    let connected = Arc::new(AtomicUsize::new(0));
    let arrivals = Arc::new(Mutex::new(vec![Vec::new(); subscribers]));
    let mut tasks = Vec::with_capacity(subscribers);
    for i in 0..subscribers {
        let port = servers[i % nodes].port();
        tasks.push(tokio::spawn(subscribe(port, q, answers, connected.clone(), arrivals.clone(), i)));
        if i % 200 == 199 {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
    let until = Instant::now() + Duration::from_secs(60);
    while connected.load(Ordering::Relaxed) < subscribers && Instant::now() < until {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let open = connected.load(Ordering::Relaxed);
    tokio::time::sleep(Duration::from_millis(500)).await;
    let rss_after: u64 = servers.iter().map(Server::rss_kib).sum();

    // The poster signs up through the first node and answers at a steady rate.
    let http = reqwest::Client::new();
    let res = http
        .post(servers[0].url("/api/sign_up"))
        .header("sec-fetch-site", "same-origin")
        .form(&[("username", "poster"), ("email", "poster@example.com"), ("password", "a sturdy passphrase")])
        .send()
        .await
        .expect("sign up");
    let cookie = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("entraide_session="))
        .and_then(|v| v.split(';').next())
        .expect("session")
        .to_owned();
    let mut sent = Vec::with_capacity(answers);
    let gap = Duration::from_secs_f64(1.0 / per_second);
    let start = Instant::now();
    for k in 0..answers {
        let due = start + gap * k as u32;
        tokio::time::sleep_until(due.into()).await;
        sent.push(Instant::now());
        let text = format!("Answer {k}: pause sync, then resume it from the tray icon menu.");
        let r = http
            .post(servers[0].url("/api/answer"))
            .header("sec-fetch-site", "same-origin")
            .header("cookie", &cookie)
            .form(&[("topic_id", q.to_string().as_str()), ("answer", text.as_str())])
            .send()
            .await
            .expect("answer");
        assert!(r.status().is_success(), "answer refused: {}", r.status());
    }
    // Give the last answers time to arrive; stopping the servers then ends
    // every stream, and each reader hands in what it received.
    tokio::time::sleep(Duration::from_secs(3)).await;
    drop(servers);
    for t in tasks {
        let _ = tokio::time::timeout(Duration::from_secs(10), t).await;
    }
    let arrivals = arrivals.lock().await;
    let mut latencies = Vec::with_capacity(subscribers * answers);
    let mut missing = 0usize;
    for got in arrivals.iter() {
        missing += answers.saturating_sub(got.len());
        for (k, at) in got.iter().enumerate().take(answers) {
            latencies.push(at.saturating_duration_since(sent[k]));
        }
    }
    latencies.sort_unstable();
    let per_conn = (rss_after.saturating_sub(rss_before)) as f64 / open.max(1) as f64;
    println!(
        "| {label:<26} | {subscribers:>6} | {open:>6} | {answers:>3} @ {per_second}/s | {:>8.1} ms | {:>8.1} ms | {:>8.1} ms | {missing:>7} | {per_conn:>6.1} KiB |",
        percentile(&latencies, 0.5).as_secs_f64() * 1e3,
        percentile(&latencies, 0.99).as_secs_f64() * 1e3,
        latencies.last().copied().unwrap_or_default().as_secs_f64() * 1e3,
    );
}

#[tokio::main]
async fn main() {
    raise_fd_limit();
    let args: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    let sizes: Vec<usize> = args
        .first()
        .map(|s| s.split(',').filter_map(|n| n.parse().ok()).collect())
        .unwrap_or_else(|| vec![1000, 5000, 10000]);
    let answers: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(40);
    let per_second: f64 = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(4.0);
    println!("| setup | subscribers | connected | answers | p50 | p99 | max | missed deliveries | server memory per connection |");
    println!("|---|---|---|---|---|---|---|---|---|");
    for &n in &sizes {
        scenario("1 node, SQLite", Engine::Sqlite, 1, n, answers, per_second).await;
        scenario("1 node, PostgreSQL", Engine::Postgres, 1, n, answers, per_second).await;
        scenario("2 nodes, PostgreSQL", Engine::Postgres, 2, n, answers, per_second).await;
    }
}
