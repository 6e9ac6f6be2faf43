//! Votes per second that one `entraide` process sustains over HTTP, and the
//! latency of casting a vote, on SQLite and on PostgreSQL:
//!
//! ```text
//! cargo bench -p server --bench http_votes -- [members] [answers] [clients] [sqlite|postgres|both]
//! ```
//!
//! (defaults 200 20 32 both). For each engine it creates a fresh database
//! (a temporary SQLite file, or a new PostgreSQL database on
//! `ENTRAIDE_TEST_PG_URL`, dropped afterwards), starts the release
//! `entraide` binary on it as a separate process, signs `members` members up
//! through `POST /api/sign_up`, and lets `clients` of them at a time vote
//! through `POST /api/vote` on a question with `answers` answers. Each client
//! is one member's browser: it upvotes every answer in turn and takes back
//! one vote in ten. Then the server is killed with SIGKILL and the database
//! is checked: every score equals the sum of its vote rows and the number
//! the votes sent imply, and every reputation equals its ledger. Only the
//! vote phase is timed.
#![allow(clippy::unwrap_used)] // test code: a panic is the failure report

use std::collections::VecDeque;
use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use community::db::Engine;
use community::store::reputation;
use community::testing::TestDb;
use community::{on_db, Db};
use tokio::sync::Mutex;

struct Server {
    child: Child,
    base: String,
}

impl Server {
    async fn start(database_url: &str) -> Server {
        // Port 0 cannot be passed on: take a free port and release it.
        let port = TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("free port").port();
        let mut child = Command::new(env!("CARGO_BIN_EXE_entraide"))
            .arg("serve")
            .env("DATABASE_URL", database_url)
            .env("SEARCH_INDEX_DIR", "memory")
            .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
            // Sign-ups are limited per address: each simulated member
            // comes from its own address in X-Forwarded-For.
            .env("ENTRAIDE_TRUSTED_PROXIES", "127.0.0.1")
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .spawn()
            .expect("start the entraide binary");
        let base = format!("http://127.0.0.1:{port}");
        let http = reqwest::Client::new();
        for _ in 0..200 {
            if http.get(format!("{base}/healthz")).send().await.is_ok_and(|r| r.status().is_success()) {
                return Server { child, base };
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let _ = child.kill();
        let _ = child.wait();
        panic!("the server did not become healthy");
    }

    /// SIGKILL: whatever was acknowledged must already be durable.
    fn kill(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Signs member `i` up and returns their browser: a client of its own
/// (own cookie jar, own connections), as a real member would have.
async fn sign_up(base: String, i: usize) -> reqwest::Client {
    let browser = reqwest::Client::builder().cookie_store(true).build().expect("client");
    let name = format!("voter{i:05}");
    let email = format!("{name}@example.com");
    let res = browser
        .post(format!("{base}/api/sign_up"))
        .header("x-forwarded-for", format!("10.{}.{}.{}", (i >> 16) & 255, (i >> 8) & 255, i & 255))
        .form(&[("username", name.as_str()), ("email", &email), ("password", "a sturdy bench passphrase")])
        .send()
        .await
        .expect("sign-up request");
    assert!(res.status().is_success(), "sign-up {name}: {}", res.status());
    browser
}

/// A member's votes, in the order one browser sends them: up on every
/// answer, and back to none on one answer in ten.
fn ballot(member: usize, answers: &[domain::PostId]) -> Vec<(domain::PostId, &'static str)> {
    let mut votes = Vec::new();
    for (a, id) in answers.iter().enumerate() {
        votes.push((*id, "up"));
        if (member + a).is_multiple_of(10) {
            votes.push((*id, "none"));
        }
    }
    votes
}

async fn run(engine: Engine, members: usize, answers: usize, clients: usize) {
    let t = TestDb::new(engine).await;
    let db = t.db.clone();
    let (_, answer_ids) =
        community::testing::popular_question(&db, answers, community::clock::now_ms()).await;
    let server = Server::start(&t.url).await;
    let base = server.base.clone();

    let started = Instant::now();
    let mut browsers = Vec::with_capacity(members);
    // A few at a time: each sign-up hashes a password with argon2.
    for chunk in (0..members).collect::<Vec<_>>().chunks(8) {
        let signups: Vec<_> = chunk.iter().map(|&i| tokio::spawn(sign_up(base.clone(), i))).collect();
        for s in signups {
            browsers.push(s.await.expect("sign-up task"));
        }
    }
    let signup_time = started.elapsed();

    let queue: Arc<Mutex<VecDeque<(usize, reqwest::Client)>>> =
        Arc::new(Mutex::new(browsers.into_iter().enumerate().collect()));
    let answer_ids = Arc::new(answer_ids);
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..clients {
        let (queue, base, answer_ids) = (queue.clone(), base.clone(), answer_ids.clone());
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            let mut failures = 0usize;
            loop {
                let next = queue.lock().await.pop_front();
                let Some((member, browser)) = next else { break };
                for (post, value) in ballot(member, &answer_ids) {
                    let post = post.to_string();
                    let t0 = Instant::now();
                    let res = browser
                        .post(format!("{base}/api/vote"))
                        .header("accept", "application/json")
                        .form(&[("post_id", post.as_str()), ("value", value)])
                        .send()
                        .await;
                    let ok = match res {
                        Ok(r) => r.status().is_success() && r.bytes().await.is_ok(),
                        Err(_) => false,
                    };
                    latencies.push(t0.elapsed());
                    if !ok {
                        failures += 1;
                    }
                }
            }
            (latencies, failures)
        }));
    }
    let mut latencies = Vec::new();
    let mut failures = 0;
    for task in tasks {
        let (l, f) = task.await.expect("client");
        latencies.extend(l);
        failures += f;
    }
    let elapsed = started.elapsed();
    server.kill();
    latencies.sort_unstable();

    // Every member ends with an upvote on every answer except those taken back.
    let expected: i64 =
        (0..members).map(|m| (0..answers).filter(|a| !(m + a).is_multiple_of(10)).count() as i64).sum();
    let (scores, rows, sum) = totals(&db).await;
    let unbalanced = reputation::unbalanced(&db).await.expect("ledger");
    let ok =
        failures == 0 && scores == expected && rows == expected && sum == expected && unbalanced.is_empty();
    let total = latencies.len();
    println!(
        "{:<8} {members} members signed up in {:.1} s; {total} votes by {clients} clients in {:.2} s: {:.0} votes/s, p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms; failed requests {failures}; lost updates: {}",
        format!("{engine:?}"),
        signup_time.as_secs_f64(),
        elapsed.as_secs_f64(),
        total as f64 / elapsed.as_secs_f64(),
        ms(percentile(&latencies, 0.50)),
        ms(percentile(&latencies, 0.99)),
        ms(latencies.last().copied().unwrap_or_default()),
        if ok {
            format!("none (after SIGKILL: scores = vote rows = {expected} expected, ledger balanced)")
        } else {
            format!("YES: expected {expected}, scores {scores}, rows {rows}, values {sum}, {} unbalanced", unbalanced.len())
        },
    );
    assert!(ok, "a vote was lost or refused");
}

/// Sum of answer scores, number of vote rows and sum of their values.
async fn totals(db: &Db) -> (i64, i64, i64) {
    on_db!(db, p => sqlx::query_as::<_, (i64, i64, i64)>(
        "SELECT CAST(COALESCE((SELECT SUM(score) FROM posts WHERE topic_id IS NOT NULL), 0) AS BIGINT),
                CAST((SELECT COUNT(*) FROM votes) AS BIGINT),
                CAST(COALESCE((SELECT SUM(value) FROM votes), 0) AS BIGINT)")
        .fetch_one(p).await)
    .expect("totals")
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    let number = |i: usize, default: usize| args.get(i).and_then(|a| a.parse().ok()).unwrap_or(default);
    let (members, answers, clients) = (number(0, 200), number(1, 20), number(2, 32));
    let engines = match args.get(3).map(String::as_str) {
        Some("sqlite") => vec![Engine::Sqlite],
        Some("postgres") => vec![Engine::Postgres],
        _ => vec![Engine::Sqlite, Engine::Postgres],
    };
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("runtime");
    rt.block_on(async {
        for engine in engines {
            run(engine, members, answers, clients).await;
        }
    });
}
