//! The `entraide` binary as an operator uses it.

use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use community::testing::TestDb;

fn entraide(db_url: &str, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_entraide"));
    cmd.args(args)
        .env("DATABASE_URL", db_url)
        .env("SEARCH_INDEX_DIR", "memory")
        .env("RUST_LOG", "warn")
        .stdin(Stdio::null());
    cmd.env_remove("ENTRAIDE_ADMIN_PASSWORD");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("run entraide")
}

fn text(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

#[test]
fn help_explains_every_subcommand() {
    let out = entraide("sqlite::memory:", &["--help"], &[]);
    assert!(out.status.success());
    let help = text(&out);
    for sub in [
        "serve",
        "migrate",
        "create-admin",
        "set-role",
        "seed-demo",
        "reindex",
        "bench-relevance",
        "bench-search",
    ] {
        assert!(help.contains(sub), "{sub} missing from:\n{help}");
    }
    for var in [
        "DATABASE_URL",
        "LEPTOS_SITE_ADDR",
        "ENTRAIDE_BASE_URL",
        "ENTRAIDE_SECURE_COOKIES",
        "SEARCH_INDEX_DIR",
    ] {
        assert!(help.contains(var), "{var} missing from:\n{help}");
    }
}

async fn operator_workflow(db_url: &str) {
    assert!(entraide(db_url, &["migrate"], &[]).status.success());

    let weak = entraide(
        db_url,
        &["create-admin", "--username", "root-admin", "--email", "r@example.com"],
        &[("ENTRAIDE_ADMIN_PASSWORD", "password123")],
    );
    assert!(!weak.status.success());
    assert!(text(&weak).contains("too common"), "{}", text(&weak));

    let no_password =
        entraide(db_url, &["create-admin", "--username", "boss", "--email", "boss@example.com"], &[]);
    assert!(!no_password.status.success());
    assert!(text(&no_password).contains("ENTRAIDE_ADMIN_PASSWORD"), "{}", text(&no_password));

    let ok = entraide(
        db_url,
        &["create-admin", "--username", "boss", "--email", "boss@example.com"],
        &[("ENTRAIDE_ADMIN_PASSWORD", "a sturdy passphrase")],
    );
    assert!(ok.status.success(), "{}", text(&ok));
    let again = entraide(
        db_url,
        &["create-admin", "--username", "boss", "--email", "other@example.com"],
        &[("ENTRAIDE_ADMIN_PASSWORD", "a sturdy passphrase")],
    );
    assert!(!again.status.success());
    assert!(text(&again).contains("already taken"), "{}", text(&again));

    let first = entraide(db_url, &["seed-demo"], &[]);
    assert!(first.status.success(), "{}", text(&first));
    assert!(text(&first).contains("13 accounts created"), "{}", text(&first));
    let second = entraide(db_url, &["seed-demo"], &[]);
    assert!(text(&second).contains("0 accounts created, 13 already there"), "{}", text(&second));

    let promote = entraide(db_url, &["set-role", "--username", "lucas", "--role", "agent"], &[]);
    assert!(promote.status.success(), "{}", text(&promote));
    let bad_role = entraide(db_url, &["set-role", "--username", "lucas", "--role", "owner"], &[]);
    assert!(!bad_role.status.success());
    let missing = entraide(db_url, &["set-role", "--username", "nobody", "--role", "agent"], &[]);
    assert!(text(&missing).contains("no such account"), "{}", text(&missing));

    // The demo community: 67 questions and their answers.
    let reindex = entraide(db_url, &["reindex"], &[]);
    assert!(reindex.status.success(), "{}", text(&reindex));
    let posts: u64 = text(&reindex)
        .split_whitespace()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("a count in {}", text(&reindex)));
    assert!(posts > 67, "{}", text(&reindex));

    let db = community::Db::connect(db_url).await.unwrap();
    let lucas = community::store::users::by_username(&db, "lucas").await.unwrap().unwrap();
    assert_eq!(lucas.role, domain::Role::Agent);
    let boss = community::store::users::by_username(&db, "boss").await.unwrap().unwrap();
    assert_eq!(boss.role, domain::Role::Admin);
    db.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn operator_workflow_on_sqlite() {
    let t = TestDb::sqlite().await;
    operator_workflow(&t.url).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn operator_workflow_on_postgres() {
    let t = TestDb::postgres_unmigrated().await;
    operator_workflow(&t.url).await;
}

#[test]
fn the_default_database_is_created_under_data() {
    let dir = std::env::temp_dir().join(format!("entraide-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_entraide"))
        .arg("migrate")
        .current_dir(&dir)
        .env_remove("DATABASE_URL")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    assert!(dir.join("data/entraide.db").exists());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn sigterm_stops_the_server_gracefully() {
    let t = tokio::runtime::Runtime::new().unwrap().block_on(TestDb::sqlite());
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let addr = format!("127.0.0.1:{port}");
    let mut child = Command::new(env!("CARGO_BIN_EXE_entraide"))
        .args(["serve"])
        .env("DATABASE_URL", &t.url)
        .env("SEARCH_INDEX_DIR", "memory")
        .env("LEPTOS_SITE_ADDR", &addr)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    loop {
        if std::net::TcpStream::connect(&addr).is_ok() {
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(30), "server did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    let killed = Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    assert!(killed.success());
    let deadline = Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(Instant::now() < deadline, "server ignored SIGTERM");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "exit status {status:?}");
}

#[test]
fn the_relevance_benchmark_runs_on_the_small_corpus() {
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/benches/data");
    let corpus = format!("{data}/mini_corpus.txt");
    let queries = format!("{data}/mini_dev.txt");
    let out =
        entraide("sqlite::memory:", &["bench-relevance", "--corpus", &corpus, "--queries", &queries], &[]);
    assert!(out.status.success(), "{}", text(&out));
    let report = text(&out);
    assert!(report.contains("queries evaluated: 12 (0 skipped"), "{report}");
    // Every duplicate pair shares its key words: the engine must rank it first.
    assert!(report.contains("| Entraide (tantivy) | 100.0 | 100.0 | 100.0 | 20.0 |"), "{report}");
    // The published AskUbuntu dev split: ranking by its BM25 column must
    // reproduce the paper's BM25 row (a check of the metric code).
    let dev = format!("{data}/askubuntu_dev.txt");
    let out = entraide("sqlite::memory:", &["bench-relevance", "--corpus", &corpus, "--queries", &dev], &[]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains("| BM25 (Lucene, field 4 of the dev file) | 52.0 | 66.0 | 51.9 | 42.1 |"),
        "{}",
        text(&out)
    );
    let missing = entraide(
        "sqlite::memory:",
        &["bench-relevance", "--corpus", "/nonexistent", "--queries", &queries],
        &[],
    );
    assert!(!missing.status.success());
    assert!(text(&missing).contains("cannot open /nonexistent"), "{}", text(&missing));
}
