//! The argon2 pool under load, over HTTP. The pool is shared by the whole
//! process, so this test has a binary of its own: filling the pool here
//! cannot starve the other HTTP tests.
#![allow(clippy::unwrap_used)] // test code: a panic is the failure report

use std::sync::{mpsc, Arc, Mutex};

use community::db::Engine;
use community::testing::TestDb;
use reqwest::redirect::Policy;
use reqwest::StatusCode;
use server::Config;

/// Regression (issue 16): argon2 (19 MiB a run) had no bound, so a flood of
/// bogus sign-ins exhausted memory. With every slot taken, a sign-in is
/// refused with 503 and `Retry-After` after a short wait; it does not count
/// as a failed attempt, and once a slot frees up the same sign-in works.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_in_is_503_with_retry_after_while_the_password_pool_is_full() {
    for engine in [Engine::Sqlite, Engine::Postgres] {
        let db = TestDb::new(engine).await;
        let server = server::start(Config::for_tests(db.url.clone())).await.expect("server starts");
        let http = reqwest::Client::builder().redirect(Policy::none()).build().unwrap();
        let post = |endpoint: &str, form: &[(&str, &str)]| {
            http.post(server.url(&format!("/api/{endpoint}")))
                .header("sec-fetch-site", "same-origin")
                .form(form)
                .send()
        };
        let account =
            [("username", "tess"), ("email", "tess@example.com"), ("password", "a sturdy passphrase")];
        assert_eq!(post("sign_up", &account).await.unwrap().status(), StatusCode::OK, "{engine:?}");

        let pool = &*community::password::POOL;
        let slots = pool.available();
        assert!(slots >= 2, "sized from the CPU count");
        let (started_tx, started_rx) = mpsc::channel();
        let (release_tx, release_rx) = mpsc::channel::<()>();
        let release_rx = Arc::new(Mutex::new(release_rx));
        let holders: Vec<_> = (0..slots)
            .map(|_| {
                let (started, release) = (started_tx.clone(), release_rx.clone());
                tokio::spawn(pool.run(move || {
                    started.send(()).unwrap();
                    let _ = release.lock().unwrap().recv();
                }))
            })
            .collect();
        tokio::task::spawn_blocking(move || (0..slots).for_each(|_| started_rx.recv().unwrap()))
            .await
            .unwrap();

        let sign_in = [("login", "tess"), ("password", "a sturdy passphrase")];
        let res = post("sign_in", &sign_in).await.unwrap();
        assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE, "{engine:?}");
        let retry: u64 = res.headers()["retry-after"].to_str().unwrap().parse().unwrap();
        assert!(retry >= 1);
        assert!(res.text().await.unwrap().contains("Busy"));
        // Nothing was checked, so nothing was counted.
        let failures: i64 = community::on_db!(&server.db, p => sqlx::query_scalar("SELECT COUNT(*) FROM sign_in_failures").fetch_one(p).await).unwrap();
        assert_eq!(failures, 0);

        for _ in 0..slots {
            release_tx.send(()).unwrap();
        }
        for h in holders {
            h.await.unwrap().unwrap();
        }
        assert_eq!(post("sign_in", &sign_in).await.unwrap().status(), StatusCode::OK, "{engine:?}");
        server.stop().await.unwrap();
    }
}
