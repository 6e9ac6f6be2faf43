//! Vote throughput and latency through the storage layer, on SQLite and on
//! PostgreSQL: `cargo bench -p community --bench votes`.
//!
//! 400 members vote on 50 answers with 32 concurrent writers (every member
//! votes once on each answer, then a tenth of them change their mind), the
//! way a burst on a popular thread looks. Each vote is the full use case:
//! permission check, vote row, score, ledger rows and badge checks in one
//! transaction. Afterwards the bench checks that nothing was lost: every
//! score equals its vote rows, and every reputation equals its ledger.
//!
//! Arguments: `[members] [answers] [writers]` (defaults 400 50 32).
#![allow(clippy::unwrap_used)] // test code: a panic is the failure report

use std::sync::Arc;
use std::time::{Duration, Instant};

use community::db::Engine;
use community::store::{reputation, votes};
use community::testing::TestDb;
use community::{on_db, Db};
use domain::{Role, Viewer};
use tokio::sync::Mutex;

const NOW: i64 = 1_790_000_000_000;

async fn account(db: &Db, name: &str, role: Role) -> Viewer {
    community::testing::quick_account(db, name, role).await
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

async fn run(engine: Engine, members: usize, answers: usize, writers: usize) {
    let t = TestDb::new(engine).await;
    let db = t.db.clone();
    let (_, answer_ids) = community::testing::popular_question(&db, answers, NOW).await;
    let mut voters = Vec::new();
    for i in 0..members {
        voters.push(account(&db, &format!("voter{i:04}"), Role::Member).await);
    }
    // The work list: every (voter, answer) once, then a tenth withdrawn.
    let mut work: Vec<(Viewer, domain::PostId, i64)> = Vec::new();
    for (v, voter) in voters.iter().enumerate() {
        for (a, answer) in answer_ids.iter().enumerate() {
            work.push((*voter, *answer, 1));
            if (v + a) % 10 == 0 {
                work.push((*voter, *answer, 0));
            }
        }
    }
    let total = work.len();
    let queue = Arc::new(Mutex::new(work.into_iter()));
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..writers {
        let (db, queue) = (db.clone(), queue.clone());
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            loop {
                let next = queue.lock().await.next();
                let Some((voter, answer, value)) = next else { break };
                let t0 = Instant::now();
                votes::cast(&db, voter, answer, value, NOW).await.expect("vote");
                latencies.push(t0.elapsed());
            }
            latencies
        }));
    }
    let mut latencies = Vec::with_capacity(total);
    for task in tasks {
        latencies.extend(task.await.expect("writer"));
    }
    let elapsed = started.elapsed();
    latencies.sort_unstable();

    let scores: i64 = on_db!(&db, p => sqlx::query_scalar::<_, i64>(
        "SELECT CAST(COALESCE(SUM(score), 0) AS BIGINT) FROM posts WHERE topic_id IS NOT NULL").fetch_one(p).await)
    .expect("scores");
    let rows: i64 =
        on_db!(&db, p => sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM votes").fetch_one(p).await)
            .expect("rows");
    let unbalanced = reputation::unbalanced(&db).await.expect("ledger");
    let ok = scores == rows && unbalanced.is_empty();
    println!(
        "{:<10} {total:>6} votes by {writers:>2} writers in {:>6.2} s: {:>7.0} votes/s   p50 {:>7.2} ms   p99 {:>7.2} ms   lost updates: {}",
        format!("{engine:?}"),
        elapsed.as_secs_f64(),
        total as f64 / elapsed.as_secs_f64(),
        percentile(&latencies, 0.50).as_secs_f64() * 1000.0,
        percentile(&latencies, 0.99).as_secs_f64() * 1000.0,
        if ok { "none (scores = vote rows, ledger balanced)".to_owned() } else { format!("YES: scores {scores} vs rows {rows}, {} unbalanced", unbalanced.len()) },
    );
    assert!(ok, "a vote was lost");
}

fn main() {
    let args: Vec<usize> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let members = args.first().copied().unwrap_or(400);
    let answers = args.get(1).copied().unwrap_or(50);
    let writers = args.get(2).copied().unwrap_or(32);
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("runtime");
    rt.block_on(async {
        run(Engine::Sqlite, members, answers, writers).await;
        run(Engine::Postgres, members, answers, writers).await;
    });
}
