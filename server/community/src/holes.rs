//! Following a log table by id on PostgreSQL, where identity values are
//! handed out before commit: id 11 can become visible before id 10. A
//! follower must not skip a missing id while the transaction that may hold
//! it can still commit. It notes `pg_snapshot_xmax` when it first sees the
//! hole and waits until `pg_snapshot_xmin` passes it; after that the hole
//! is a rollback. SQLite commits one writer at a time, in id order, so a
//! hole there is final at once.

use std::time::{Duration, Instant};

use crate::db::Db;

/// Past this, a hole is treated as a rollback even if PostgreSQL still
/// reports an older transaction open (an idle session elsewhere).
const HOLE_PATIENCE: Duration = Duration::from_secs(10);

/// A hole in the ids: where, and what PostgreSQL's snapshot said when it
/// was first seen.
pub(crate) struct Hole {
    pub at: i64,
    pub xmax: Option<String>,
    pub seen: Instant,
    pub settled: bool,
}

impl Hole {
    /// A hole first seen now at id `at`.
    pub async fn new(db: &Db, at: i64) -> Hole {
        Hole { at, xmax: snapshot_xmax(db).await, seen: Instant::now(), settled: matches!(db, Db::Sqlite(_)) }
    }
}

pub(crate) async fn snapshot_xmax(db: &Db) -> Option<String> {
    match db {
        Db::Postgres(p) => sqlx::query_scalar("SELECT pg_snapshot_xmax(pg_current_snapshot())::text")
            .fetch_one(p)
            .await
            .map_err(|e| tracing::warn!(error = %e, "reading the snapshot failed"))
            .ok(),
        Db::Sqlite(_) => None,
    }
}

/// True once no transaction that was running when the hole was seen can
/// still commit.
pub(crate) async fn hole_closed(db: &Db, h: &Hole) -> bool {
    if h.seen.elapsed() > HOLE_PATIENCE {
        return true;
    }
    match (db, &h.xmax) {
        (Db::Postgres(p), Some(xmax)) => {
            sqlx::query_scalar::<_, bool>("SELECT pg_snapshot_xmin(pg_current_snapshot()) >= $1::text::xid8")
                .bind(xmax)
                .fetch_one(p)
                .await
                .unwrap_or(false)
        }
        _ => true,
    }
}
