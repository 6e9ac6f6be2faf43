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
        let server = Server::spawn(database_url, free_port(), env);
        server.ready().await;
        (server, started.elapsed())
    }

    /// Starts `entraide serve` on a given port (a node restarted where its
    /// clients reconnect) without waiting for it.
    pub fn spawn(database_url: &str, port: u16, env: &[(&str, &str)]) -> Server {
        let child = Command::new(env!("CARGO_BIN_EXE_entraide"))
            .arg("serve")
            .env("DATABASE_URL", database_url)
            .env("SEARCH_INDEX_DIR", "memory")
            .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
            .env("RUST_LOG", "error")
            .envs(env.iter().copied())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .spawn()
            .expect("start the entraide binary");
        // Owned at once, so that a panic later still kills and reaps it.
        Server { child, base: format!("http://127.0.0.1:{port}") }
    }

    /// Waits until `/healthz` answers (30 s at most).
    pub async fn ready(&self) {
        let http = reqwest::Client::new();
        for _ in 0..300 {
            if http.get(self.url("/healthz")).send().await.is_ok_and(|r| r.status().is_success()) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("the server at {} did not become healthy", self.base);
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub fn port(&self) -> u16 {
        self.base.rsplit(':').next().and_then(|p| p.parse().ok()).expect("a port")
    }

    /// Resident memory of the process, in KiB.
    pub fn rss_kib(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).unwrap_or_default();
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmRSS:"))
            .and_then(|v| v.split_whitespace().next())
            .and_then(|v| v.parse().ok())
            .unwrap_or(0)
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

/// A loopback port nobody listens on now.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port")
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
