//! Throw-away databases for tests: a temporary SQLite file, or a fresh
//! PostgreSQL database named `entraide_test_*` that is dropped afterwards
//! (also when the test panics).

use domain::id::CategoryId;
use domain::id::{PostId, TopicId};
use std::path::PathBuf;

use rand::Rng as _;

use crate::db::{Db, Engine};

mod world;
pub use world::*;

/// The server used for PostgreSQL tests; `ENTRAIDE_TEST_PG_URL` overrides.
pub fn pg_admin_url() -> String {
    std::env::var("ENTRAIDE_TEST_PG_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_owned())
}

pub struct TestDb {
    pub db: Db,
    pub url: String,
    cleanup: Cleanup,
}

enum Cleanup {
    File(PathBuf),
    PgDatabase(String),
}

fn random_suffix() -> String {
    let n: u64 = rand::thread_rng().gen();
    format!("{}_{n:016x}", std::process::id())
}

impl TestDb {
    pub async fn new(engine: Engine) -> Self {
        match engine {
            Engine::Sqlite => Self::sqlite().await,
            Engine::Postgres => Self::postgres().await,
        }
    }

    /// What a PostgreSQL restart looks like to the nodes, without stopping
    /// the server every other test shares: every connection to this test's
    /// database is severed (LISTEN included) and new ones are refused for
    /// `outage`, then accepted again. Panics on SQLite.
    pub async fn interrupt_postgres(&self, outage: std::time::Duration) {
        let Cleanup::PgDatabase(name) = &self.cleanup else { panic!("only a PostgreSQL database restarts") };
        let admin = sqlx::PgPool::connect(&pg_admin_url()).await.expect("connect as admin");
        sqlx::query(&format!("ALTER DATABASE {name} WITH ALLOW_CONNECTIONS false"))
            .execute(&admin)
            .await
            .expect("refuse connections");
        sqlx::query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1")
            .bind(name)
            .execute(&admin)
            .await
            .expect("sever connections");
        tokio::time::sleep(outage).await;
        sqlx::query(&format!("ALTER DATABASE {name} WITH ALLOW_CONNECTIONS true"))
            .execute(&admin)
            .await
            .expect("accept connections");
        admin.close().await;
    }

    /// A migrated database on a new temporary SQLite file.
    pub async fn sqlite() -> Self {
        let dir = std::env::temp_dir().join("entraide-tests");
        std::fs::create_dir_all(&dir).expect("create temp dir");
        let path = dir.join(format!("test_{}.db", random_suffix()));
        let url = format!("sqlite://{}?mode=rwc", path.display());
        let db = Db::connect(&url).await.expect("open sqlite");
        db.migrate().await.expect("migrate sqlite");
        Self { db, url, cleanup: Cleanup::File(path) }
    }

    /// A migrated database on a new PostgreSQL database. Panics (fails the
    /// test) when PostgreSQL is unreachable: these tests must not be skipped.
    pub async fn postgres() -> Self {
        let (db, url, name) = Self::empty_postgres().await;
        db.migrate().await.expect("migrate postgres");
        Self { db, url, cleanup: Cleanup::PgDatabase(name) }
    }

    /// A fresh, unmigrated PostgreSQL database (for migration tests).
    pub async fn postgres_unmigrated() -> Self {
        let (db, url, name) = Self::empty_postgres().await;
        Self { db, url, cleanup: Cleanup::PgDatabase(name) }
    }

    async fn empty_postgres() -> (Db, String, String) {
        let admin_url = pg_admin_url();
        let name = format!("entraide_test_{}", random_suffix());
        let admin = sqlx::PgPool::connect(&admin_url).await.unwrap_or_else(|e| {
            panic!("PostgreSQL tests need a server at {admin_url} (set ENTRAIDE_TEST_PG_URL): {e}")
        });
        sqlx::query(&format!("CREATE DATABASE {name}")).execute(&admin).await.expect("create test database");
        admin.close().await;
        let url = replace_db_name(&admin_url, &name);
        let db = Db::connect(&url).await.expect("connect to test database");
        (db, url, name)
    }
}

/// An account inserted directly, without hashing a password: for tests and
/// benchmarks that need many members and never sign in.
pub async fn quick_account(db: &Db, name: &str, role: domain::Role) -> domain::Viewer {
    use crate::password::PasswordHash;
    use crate::store::users::{self, NewUser};
    let username = domain::Username::parse(name).expect("username");
    let email = domain::Email::parse(&format!("{name}@example.com")).expect("email");
    let hash = PasswordHash::from_stored("$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$unused".into());
    let user =
        users::insert(db, NewUser { username: &username, email: &email, password_hash: &hash, role, now: 0 })
            .await
            .expect("insert account");
    domain::Viewer::Account { id: user.id, role }
}

/// A public category holding one question with `answers` answers, each by
/// its own author: what the vote benchmarks vote on. Returns the question's
/// id and the answers' ids.
pub async fn popular_question(db: &Db, answers: usize, now: i64) -> (TopicId, Vec<PostId>) {
    use crate::store::categories::{self, CategoryInput};
    use crate::store::posts::{self, NewTopic};
    use domain::Role;
    let admin = quick_account(db, "admin1", Role::Admin).await;
    let input = CategoryInput {
        name: "General".into(),
        slug: "general".into(),
        color: "#336699".into(),
        post_types: vec![domain::PostKind::Question],
        visibility: domain::Visibility::Public,
        ..Default::default()
    };
    let category = categories::save(db, admin, None, &input, now).await.expect("category");
    crate::store::tags::save(db, admin, None, "sync", "", None, now).await.expect("tag");
    let asker = quick_account(db, "asker", Role::Member).await;
    let topic = NewTopic {
        kind: domain::post::PostKind::Question,
        category_id: Some(category),
        title: "A popular question with many answers".into(),
        body: "Enough words in the body to pass the rule for questions.".into(),
        tags: "sync".into(),
        request_key: None,
    };
    let question = posts::create_topic(db, asker, &topic, now).await.expect("ask").topic_id;
    let mut ids = Vec::new();
    for i in 0..answers {
        let author = quick_account(db, &format!("author{i:03}"), Role::Member).await;
        let body = format!("Answer {i}: pause sync, then resume it from the tray icon menu.");
        ids.push(posts::create_answer(db, author, question, &body, &None, now).await.expect("answer").id);
    }
    (question, ids)
}

/// A public category taking questions and discussions, created by `admin`.
pub async fn public_category(db: &Db, admin: domain::Viewer, name: &str, slug: &str) -> CategoryId {
    use crate::store::categories::{self, CategoryInput};
    let input = CategoryInput {
        name: name.into(),
        slug: slug.into(),
        color: "#336699".into(),
        post_types: vec![domain::PostKind::Question, domain::PostKind::Discussion],
        visibility: domain::Visibility::Public,
        ..Default::default()
    };
    categories::save(db, admin, None, &input, 0).await.expect("category")
}

/// A question asked by `who` in `category`, tagged `sync` (created by an
/// admin first if needed), with a body long enough for the rules.
pub async fn question(db: &Db, who: domain::Viewer, category: CategoryId, title: &str) -> TopicId {
    use crate::store::posts::{self, NewTopic};
    let topic = NewTopic {
        kind: domain::post::PostKind::Question,
        category_id: Some(category),
        title: title.into(),
        body: format!("{title}: this is exactly what happens on my computer each time I try it."),
        tags: "sync".into(),
        request_key: None,
    };
    posts::create_topic(db, who, &topic, crate::clock::now_ms()).await.expect("ask").topic_id
}

/// Swaps the database name in a PostgreSQL URL, keeping any query string.
pub fn replace_db_name(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let scheme_end = base.find("://").map(|i| i + 3).unwrap_or(0);
    let base = match base[scheme_end..].find('/') {
        Some(i) => &base[..scheme_end + i],
        None => base,
    };
    match query {
        Some(q) => format!("{base}/{name}?{q}"),
        None => format!("{base}/{name}"),
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        match &self.cleanup {
            Cleanup::File(path) => {
                for suffix in ["", "-wal", "-shm"] {
                    let mut p = path.clone().into_os_string();
                    p.push(suffix);
                    let _ = std::fs::remove_file(p);
                }
            }
            Cleanup::PgDatabase(name) => {
                // Drop runs outside async context (possibly while panicking),
                // so use a private runtime on its own thread.
                let name = name.clone();
                let db = self.db.clone();
                let _ = std::thread::spawn(move || {
                    let Ok(rt) = tokio::runtime::Builder::new_current_thread().enable_all().build() else {
                        return;
                    };
                    rt.block_on(async move {
                        db.close().await;
                        if let Ok(admin) = sqlx::PgPool::connect(&pg_admin_url()).await {
                            let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                                .execute(&admin)
                                .await;
                            admin.close().await;
                        }
                    });
                })
                .join();
            }
        }
    }
}

/// Declares each listed case as two tests, one on SQLite and one on
/// PostgreSQL. `on_both_engines!(a, b)`: each `async fn case(db: &Db)` on a
/// fresh database. `on_both_engines!(with start; a, b)`: each case gets what
/// `start(engine).await` returns (the HTTP tests' `Harness`: a server on
/// a fresh database). One macro for every test binary.
#[macro_export]
macro_rules! on_both_engines {
    (with $start:path; $($case:ident),* $(,)?) => {
        $crate::on_both_engines!(@module sqlite Sqlite; $($case => super::$case($start(ENGINE).await).await),*);
        $crate::on_both_engines!(@module postgres Postgres; $($case => super::$case($start(ENGINE).await).await),*);
    };
    (@module $module:ident $engine:ident; $($case:ident => $run:expr),*) => {
        mod $module {
            const ENGINE: $crate::db::Engine = $crate::db::Engine::$engine;
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $case() {
                    $run;
                }
            )*
        }
    };
    ($($case:ident),* $(,)?) => {
        // The database is dropped when the case returns: the end of `$run`.
        $crate::on_both_engines!(@module sqlite Sqlite;
            $($case => super::$case(&$crate::testing::TestDb::new(ENGINE).await.db).await),*);
        $crate::on_both_engines!(@module postgres Postgres;
            $($case => super::$case(&$crate::testing::TestDb::new(ENGINE).await.db).await),*);
    };
}

#[cfg(test)]
mod tests {
    use super::replace_db_name;

    #[test]
    fn replaces_the_database_name() {
        assert_eq!(replace_db_name("postgres://u@h:5432/postgres", "x"), "postgres://u@h:5432/x");
        assert_eq!(
            replace_db_name("postgres://u@h:5432/postgres?sslmode=disable", "x"),
            "postgres://u@h:5432/x?sslmode=disable"
        );
        assert_eq!(replace_db_name("postgres://u@h", "x"), "postgres://u@h/x");
    }
}
