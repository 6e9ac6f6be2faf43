//! Thread views, counted in memory and written in batches. A view used to
//! cost a query (and a write for each new reader); now it costs a hash-set
//! lookup, and the database gets one transaction every few seconds for all
//! the views in between. Each node dedupes the readers it serves (a reader
//! whom a load balancer sends to two nodes within an hour counts twice),
//! and views not yet written when a node dies are lost: a view count is an
//! estimate, never worth a write per page.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, RandomState};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use domain::id::TopicId;

use crate::db::Db;
use crate::error::StoreResult;

/// How often the counts reach the database.
pub const FLUSH_EVERY: Duration = Duration::from_secs(5);

/// Readers remembered within one hour, past which the memory starts again
/// (a reader seen before then may count once more: bounded memory first).
const SEEN_MAX: usize = 1_000_000;

#[derive(Default)]
struct State {
    hour: i64,
    /// (topic, hash of the reader's key) seen this hour.
    seen: HashSet<(TopicId, u64)>,
    /// Views counted and not yet written.
    pending: HashMap<TopicId, i64>,
}

/// This node's view counter. Cheap to clone.
#[derive(Clone, Default)]
pub struct Views {
    state: Arc<Mutex<State>>,
    hasher: RandomState,
}

impl Views {
    pub fn new() -> Self {
        Self::default()
    }

    /// Counts a view of `topic` by `visitor` (an account id or
    /// [`crate::store::topics::anonymous_visitor`]) once per hour; true when
    /// it counted.
    pub fn record(&self, topic: TopicId, visitor: &str, now: i64) -> bool {
        let hour = now.div_euclid(3_600_000);
        let key = (topic, self.hasher.hash_one(visitor));
        let mut s = self.state.lock().unwrap_or_else(|p| p.into_inner());
        if hour != s.hour || s.seen.len() >= SEEN_MAX {
            s.hour = hour;
            s.seen.clear();
        }
        if !s.seen.insert(key) {
            return false;
        }
        *s.pending.entry(topic).or_default() += 1;
        true
    }

    /// Views of `topic` counted here and not yet written, to add to the
    /// stored count a page shows.
    pub fn pending(&self, topic: TopicId) -> i64 {
        let s = self.state.lock().unwrap_or_else(|p| p.into_inner());
        s.pending.get(&topic).copied().unwrap_or(0)
    }

    /// Writes the counted views in one transaction (stating each topic's
    /// new count, which badges follow); returns how many topics. On failure
    /// the counts are kept for the next flush.
    pub async fn flush(&self, db: &Db, now: i64) -> StoreResult<usize> {
        let batch = std::mem::take(&mut self.state.lock().unwrap_or_else(|p| p.into_inner()).pending);
        if batch.is_empty() {
            return Ok(0);
        }
        match crate::store::topics::add_views(db, &batch, now).await {
            Ok(()) => Ok(batch.len()),
            Err(e) => {
                let mut s = self.state.lock().unwrap_or_else(|p| p.into_inner());
                for (topic, n) in batch {
                    *s.pending.entry(topic).or_default() += n;
                }
                Err(e)
            }
        }
    }

    /// Flushes every [`FLUSH_EVERY`] until dropped; the owner flushes once
    /// more when it stops.
    pub fn spawn(&self, db: Db) -> Flusher {
        let views = self.clone();
        Flusher(tokio::spawn(async move {
            let mut every = tokio::time::interval(FLUSH_EVERY);
            every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                every.tick().await;
                if let Err(e) = views.flush(&db, crate::clock::now_ms()).await {
                    tracing::warn!(error = %e, "could not write view counts; kept for the next try");
                }
            }
        }))
    }
}

/// The flushing task; stops when dropped.
pub struct Flusher(tokio::task::JoinHandle<()>);

impl Drop for Flusher {
    fn drop(&mut self) {
        self.0.abort();
    }
}
