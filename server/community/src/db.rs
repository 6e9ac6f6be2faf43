//! One code path for two engines.
//!
//! `Db` is an enum over the two pools; the `on_db!` and `on_tx!` macros expand
//! the same query text once per arm, so each engine decodes its native types
//! and the SQL exists exactly once. We avoid `sqlx::Any` on purpose (missing
//! types and open bugs).

use std::collections::{HashMap, VecDeque};
use std::path::PathBuf;
use std::str::FromStr;
use std::sync::{Arc, LazyLock};
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{PgPool, Postgres, Sqlite, SqlitePool, Transaction};

use crate::error::StoreResult;
use crate::store::happened::Happened;

/// The default database: a file under `./data/`, created on first run.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/entraide.db?mode=rwc";

#[derive(Clone, Debug)]
pub enum Db {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

/// Runs `$body` with `$pool` bound to the engine's pool (`&SqlitePool` or `&PgPool`).
#[macro_export]
macro_rules! on_db {
    ($db:expr, $pool:ident => $body:expr) => {
        match $db {
            $crate::db::Db::Sqlite($pool) => $body,
            $crate::db::Db::Postgres($pool) => $body,
        }
    };
}

/// Runs `$body` with `$conn` bound to the transaction's connection.
#[macro_export]
macro_rules! on_tx {
    ($tx:expr, $conn:ident => $body:expr) => {
        match &mut ($tx).inner {
            $crate::db::TxInner::Sqlite(t) => {
                let $conn = &mut **t;
                $body
            }
            $crate::db::TxInner::Postgres(t) => {
                let $conn = &mut **t;
                $body
            }
        }
    };
}

/// A write transaction on either engine.
pub struct Tx {
    pub inner: TxInner,
    /// Set when the transaction recorded a live event: its commit then
    /// wakes the event fan-out (on this node directly, on the others
    /// through PostgreSQL's NOTIFY, which is delivered only on commit).
    pub(crate) emitted: bool,
    /// What the use case said happened, carried out by `commit`
    /// (`store::effects`), each with the time it happened.
    pub(crate) pending: VecDeque<(Happened, i64)>,
    /// SQLite: this transaction's turn in the writer queue, released when
    /// it commits or is dropped.
    _turn: Option<tokio::sync::OwnedMutexGuard<()>>,
}

pub enum TxInner {
    Sqlite(Transaction<'static, Sqlite>),
    Postgres(Transaction<'static, Postgres>),
}

impl Tx {
    fn new(inner: TxInner) -> Self {
        Self { inner, emitted: false, pending: VecDeque::new(), _turn: None }
    }

    /// States what this transaction's write did; `commit` carries out its
    /// side effects (see `store::effects`).
    pub(crate) fn happened(&mut self, happened: Happened, now: i64) {
        self.pending.push_back((happened, now));
    }

    /// Carries out what the write said happened, then commits it all at
    /// once: the change and its consequences exist together or not at all.
    pub async fn commit(mut self) -> StoreResult<()> {
        if !self.pending.is_empty() {
            crate::store::effects::carry_out(&mut self).await?;
        }
        let emitted = self.emitted;
        match self.inner {
            TxInner::Sqlite(t) => t.commit().await?,
            TxInner::Postgres(mut t) => {
                if emitted {
                    sqlx::query("SELECT pg_notify($1, '')")
                        .bind(crate::live::PG_CHANNEL)
                        .execute(&mut *t)
                        .await?;
                }
                t.commit().await?
            }
        }
        if emitted {
            crate::live::wake();
        }
        Ok(())
    }
}

/// How long a write waits for its turn before it is refused as busy (as
/// long as SQLite's own busy timeout).
const WRITER_WAIT: Duration = Duration::from_secs(10);

/// SQLite lets one connection write at a time, and a writer that finds the
/// lock taken sleeps and retries (the busy timeout): under load that is
/// long, unfair waiting and wasted wake-ups. This process's write
/// transactions queue here instead, first come first served, one queue per
/// database file; SQLite's lock then only ever meets writers from outside
/// a transaction, which are short.
fn writer_queue(pool: &SqlitePool) -> Arc<tokio::sync::Mutex<()>> {
    static QUEUES: LazyLock<std::sync::Mutex<HashMap<PathBuf, Arc<tokio::sync::Mutex<()>>>>> =
        LazyLock::new(Default::default);
    let file = pool.connect_options().get_filename().to_path_buf();
    let mut queues = QUEUES.lock().unwrap_or_else(|p| p.into_inner());
    queues.entry(file).or_default().clone()
}

impl Db {
    /// Connects to `url` (`sqlite:` or `postgres:`), creating the SQLite file
    /// and its directory when missing.
    pub async fn connect(url: &str) -> StoreResult<Self> {
        if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            let opts = PgConnectOptions::from_str(url)?;
            let pool = PgPoolOptions::new()
                .max_connections(16)
                .acquire_timeout(Duration::from_secs(5))
                .connect_with(opts)
                .await?;
            Ok(Db::Postgres(pool))
        } else if url.starts_with("sqlite:") {
            let opts = SqliteConnectOptions::from_str(url)?
                .journal_mode(SqliteJournalMode::Wal)
                // FULL syncs the WAL on every commit: an acknowledged write
                // survives a power cut, at a small cost per commit.
                .synchronous(SqliteSynchronous::Full)
                .busy_timeout(Duration::from_secs(10))
                .foreign_keys(true);
            let path = opts.get_filename();
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                if path.to_str() != Some(":memory:") {
                    std::fs::create_dir_all(dir).map_err(|e| {
                        crate::StoreError::Internal(format!("cannot create {}: {e}", dir.display()))
                    })?;
                }
            }
            let pool = SqlitePoolOptions::new()
                .max_connections(8)
                .acquire_timeout(Duration::from_secs(10))
                .connect_with(opts)
                .await?;
            Ok(Db::Sqlite(pool))
        } else {
            Err(crate::StoreError::Internal(format!(
                "DATABASE_URL must start with sqlite: or postgres:, got {:?}",
                url.split(':').next().unwrap_or_default()
            )))
        }
    }

    pub fn engine(&self) -> Engine {
        match self {
            Db::Sqlite(_) => Engine::Sqlite,
            Db::Postgres(_) => Engine::Postgres,
        }
    }

    /// Applies the migrations of this engine. Fails hard: a half-migrated
    /// database must not serve.
    pub async fn migrate(&self) -> StoreResult<()> {
        match self {
            Db::Sqlite(p) => sqlx::migrate!("./migrations/sqlite").run(p).await?,
            Db::Postgres(p) => sqlx::migrate!("./migrations/postgres").run(p).await?,
        }
        Ok(())
    }

    /// Begins a write transaction. On SQLite it is `BEGIN IMMEDIATE`: the write
    /// lock is taken up front, because a deferred transaction that reads and
    /// then writes cannot be saved by the busy timeout.
    pub async fn begin(&self) -> StoreResult<Tx> {
        Ok(match self {
            Db::Sqlite(p) => {
                let turn = tokio::time::timeout(WRITER_WAIT, writer_queue(p).lock_owned())
                    .await
                    .map_err(|_| crate::StoreError::Busy("the database is busy writing"))?;
                let mut tx = Tx::new(TxInner::Sqlite(p.begin_with("BEGIN IMMEDIATE").await?));
                tx._turn = Some(turn);
                tx
            }
            Db::Postgres(p) => Tx::new(TxInner::Postgres(p.begin().await?)),
        })
    }

    /// Begins a read-only transaction, for reads that must see one snapshot
    /// (a permission check and the rows it guards).
    pub async fn begin_read(&self) -> StoreResult<Tx> {
        Ok(match self {
            Db::Sqlite(p) => Tx::new(TxInner::Sqlite(p.begin().await?)),
            Db::Postgres(p) => Tx::new(TxInner::Postgres(p.begin().await?)),
        })
    }

    /// A cheap round trip, for `/healthz`.
    pub async fn ping(&self) -> StoreResult<()> {
        on_db!(self, p => sqlx::query("SELECT 1").execute(p).await.map(|r| r.rows_affected()))?;
        Ok(())
    }

    pub async fn close(&self) {
        on_db!(self, p => p.close().await)
    }

    /// Closed by `close`: background loops stop, releasing their connections
    /// (a LISTEN connection would otherwise keep `close` waiting).
    pub fn is_closed(&self) -> bool {
        match self {
            Db::Sqlite(p) => p.is_closed(),
            Db::Postgres(p) => p.is_closed(),
        }
    }
}
