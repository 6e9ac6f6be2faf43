//! Overload is shed, not queued: `cargo bench -p server --bench overload -- [seconds] [sqlite|postgres|both]`
//! (defaults 5 both).
//!
//! Starts the release `entraide` binary on a fresh database holding one
//! public question with 20 answers, finds the rate of thread pages it
//! sustains (16 clients back to back), then offers 1×, 2× and 4× that rate
//! as an open-loop stream (requests sent on a fixed schedule, whether or not
//! earlier ones were answered: how visitors arrive). For each level it
//! reports the goodput (pages served per second), the p50/p99 latency of the
//! pages served, how many were shed with 503 (and how fast), other errors,
//! and the p99 of `/healthz` probed meanwhile. Overload is handled when the
//! goodput stays near the sustainable rate, the p99 of served pages stays
//! bounded, and the excess gets quick 503s instead of timeouts.
//!
//! The load generator runs on the same two cores as the server, so each level
//! also reports the CPU both used (Linux `/proc`): the server's CPU per page
//! served shows whether shedding stays cheap, and the generator's share
//! shows how much of a goodput drop is the benchmark taking the cores.
#![allow(clippy::unwrap_used)] // test code: a panic is the failure report

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

#[path = "../tests/common/process.rs"]
mod process;

use community::db::Engine;
use community::testing::TestDb;
use process::Server;

#[derive(Default)]
struct Tally {
    served: Vec<Duration>,
    shed: Vec<Duration>,
    errors: usize,
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

/// CPU time (user + system) a process has used, from `/proc/<pid>/stat`.
fn cpu_time(pid: &str) -> Duration {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Fields after the parenthesised command name; utime and stime are the
    // 14th and 15th fields of the line, in clock ticks (100 per second).
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let ticks: u64 = rest.split_whitespace().skip(11).take(2).filter_map(|f| f.parse::<u64>().ok()).sum();
    Duration::from_millis(ticks * 10)
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1e3)
}

/// Pages per second with `clients` requests always in flight.
async fn sustainable(http: &reqwest::Client, url: &str, clients: usize, seconds: u64) -> f64 {
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let done = Arc::new(Mutex::new(0usize));
    let tasks: Vec<_> = (0..clients)
        .map(|_| {
            let (http, url, done) = (http.clone(), url.to_owned(), done.clone());
            tokio::spawn(async move {
                while Instant::now() < deadline {
                    if let Ok(r) = http.get(&url).send().await {
                        if r.status().is_success() && r.bytes().await.is_ok() {
                            *done.lock().unwrap() += 1;
                        }
                    }
                }
            })
        })
        .collect();
    for t in tasks {
        t.await.unwrap();
    }
    let n = *done.lock().unwrap();
    n as f64 / seconds as f64
}

/// Offers `rate` requests per second for `seconds`, on a fixed schedule.
async fn open_loop(http: &reqwest::Client, url: &str, rate: f64, seconds: u64) -> Tally {
    let tally = Arc::new(Mutex::new(Tally::default()));
    let interval = Duration::from_secs_f64(1.0 / rate);
    let total = (rate * seconds as f64) as usize;
    let start = tokio::time::Instant::now();
    let mut tasks = Vec::with_capacity(total);
    for i in 0..total {
        tokio::time::sleep_until(start + interval * i as u32).await;
        let (http, url, tally) = (http.clone(), url.to_owned(), tally.clone());
        tasks.push(tokio::spawn(async move {
            let sent = Instant::now();
            let res = http.get(&url).timeout(Duration::from_secs(10)).send().await;
            let outcome = match res {
                Ok(r) if r.status().is_success() => r.bytes().await.map(|_| true).map_err(|_| ()),
                // Read the refusal to its end, as a browser does: an unread
                // body makes the client drop the connection and open another.
                Ok(r) if r.status().as_u16() == 503 => r.bytes().await.map(|_| false).map_err(|_| ()),
                _ => Err(()),
            };
            let took = sent.elapsed();
            let mut t = tally.lock().unwrap();
            match outcome {
                Ok(true) => t.served.push(took),
                Ok(false) => t.shed.push(took),
                Err(()) => t.errors += 1,
            }
        }));
    }
    for t in tasks {
        let _ = t.await;
    }
    Arc::try_unwrap(tally).ok().expect("all tasks done").into_inner().unwrap()
}

async fn bench(engine: Engine, seconds: u64) {
    let db = TestDb::new(engine).await;
    let (question, _) = community::testing::popular_question(&db.db, 20, 1_790_000_000_000).await;
    let (server, _) = Server::start(&db.url, &[]).await;
    let http = reqwest::Client::builder().pool_max_idle_per_host(1024).build().unwrap();
    // The canonical address, as search engines link it: `/q/{id}` alone
    // answers 301 to it, and each visit would then cost two requests.
    let page = http.get(format!("{}/q/{question}", server.base)).send().await.unwrap().url().to_string();
    assert!(page.contains(&format!("/q/{question}/")), "no canonical thread URL: {page}");
    let health = format!("{}/healthz", server.base);
    // Warm up, then measure what the machine sustains.
    sustainable(&http, &page, 16, 1).await;
    let capacity = sustainable(&http, &page, 16, seconds).await;
    println!("{engine:?}: sustainable {capacity:.0} thread pages/s (16 clients back to back)");
    println!(
        "{:>6} {:>9} {:>10} {:>10} {:>10} {:>8} {:>10} {:>7} {:>12} {:>13} {:>10}",
        "load",
        "offered/s",
        "goodput/s",
        "p50",
        "p99",
        "shed",
        "shed p99",
        "errors",
        "healthz p99",
        "server ms/pg",
        "bench CPU"
    );
    let server_pid = server.pid().to_string();
    for factor in [1.0, 2.0, 4.0] {
        let rate = capacity * factor;
        let probes = {
            let (http, health) = (http.clone(), health.clone());
            tokio::spawn(async move {
                let mut times = Vec::new();
                let until = Instant::now() + Duration::from_secs(seconds);
                while Instant::now() < until {
                    let sent = Instant::now();
                    if http.get(&health).send().await.is_ok_and(|r| r.status().is_success()) {
                        times.push(sent.elapsed());
                    }
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
                times.sort();
                percentile(&times, 0.99)
            })
        };
        let (server_cpu, bench_cpu, wall) = (cpu_time(&server_pid), cpu_time("self"), Instant::now());
        let mut t = open_loop(&http, &page, rate, seconds).await;
        let server_cpu = cpu_time(&server_pid) - server_cpu;
        let bench_share = (cpu_time("self") - bench_cpu).as_secs_f64() / wall.elapsed().as_secs_f64();
        let health_p99 = probes.await.unwrap();
        t.served.sort();
        t.shed.sort();
        println!(
            "{:>5.0}× {:>9.0} {:>10.0} {:>10} {:>10} {:>8} {:>10} {:>7} {:>12} {:>13.2} {:>9.0}%",
            factor,
            rate,
            t.served.len() as f64 / seconds as f64,
            ms(percentile(&t.served, 0.5)),
            ms(percentile(&t.served, 0.99)),
            t.shed.len(),
            ms(percentile(&t.shed, 0.99)),
            t.errors,
            ms(health_p99),
            server_cpu.as_secs_f64() * 1e3 / t.served.len().max(1) as f64,
            bench_share * 100.0
        );
        // Let the backlog drain before the next level.
        tokio::time::sleep(Duration::from_secs(2)).await;
    }
    drop(server);
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| a != "--bench").collect();
    let seconds: u64 = args.iter().find_map(|a| a.parse().ok()).unwrap_or(5);
    let which = args.iter().find(|a| a.parse::<u64>().is_err()).map(String::as_str).unwrap_or("both");
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    runtime.block_on(async {
        if which != "postgres" {
            bench(Engine::Sqlite, seconds).await;
        }
        if which != "sqlite" {
            bench(Engine::Postgres, seconds).await;
        }
    });
}
