//! The real `entraide` binary as a separate process on a free loopback port,
//! for tests and benchmarks that kill it or load it from outside. Included
//! by path (`#[path]`) because `CARGO_BIN_EXE_entraide` exists only in the
//! server crate's tests and benches.
#![allow(dead_code)] // each includer uses its own part of it

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct Server {
    child: Child,
    pub base: String,
}

impl Server {
    /// Starts `entraide serve` on `database_url` with `env` added, and waits
    /// until `/healthz` answers; returns it and how long that took.
    pub async fn start(database_url: &str, env: &[(&str, &str)]) -> (Server, Duration) {
        let started = Instant::now();
        // Port 0 cannot be passed on: take a free port and release it.
        let port = TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("free port").port();
        let child = Command::new(env!("CARGO_BIN_EXE_entraide"))
            .arg("serve")
            .env("DATABASE_URL", database_url)
            .env("SEARCH_INDEX_DIR", "memory")
            .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
            .env("RUST_LOG", "error")
            .envs(env.iter().copied())
            .stdout(Stdio::null())
            .spawn()
            .expect("start the entraide binary");
        // Owned at once, so that a panic below still kills and reaps it.
        let server = Server { child, base: format!("http://127.0.0.1:{port}") };
        let http = reqwest::Client::new();
        for _ in 0..300 {
            let health = http.get(format!("{}/healthz", server.base)).send().await;
            if health.is_ok_and(|r| r.status().is_success()) {
                return (server, started.elapsed());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("the server did not become healthy");
    }

    /// Whether the process is still the one started (it has not exited).
    pub fn is_running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// The operating system's id of the process, to read its CPU time.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// SIGKILL (what `Child::kill` sends on Unix): no shutdown hook runs.
    pub fn kill_9(&mut self) {
        self.child.kill().expect("kill");
        self.child.wait().expect("reap");
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
