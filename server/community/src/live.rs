//! The live-event hub of one node.
//!
//! Writers record events in the database inside their own transaction
//! (`store::events::record`). One dispatcher task per node reads new rows in
//! id order and broadcasts them to this node's subscribers; it wakes when a
//! local transaction commits, when PostgreSQL notifies that another node
//! committed one (`LISTEN/NOTIFY` carries no payload, only the wake-up), and
//! once a second in case a notification was lost while the listener
//! reconnected. The database is the only copy: a subscriber that lags, or a
//! browser that reconnects to any node, replays from the table by id.
//!
//! On PostgreSQL, identity values are handed out before commit, so id 11 can
//! become visible before id 10 does. The dispatcher never skips a missing id
//! while the transaction that may hold it can still commit: it waits until
//! every transaction that was running when it saw the hole has ended
//! (`pg_snapshot_xmin` passes the `xmax` it noted), re-reads, and only then
//! treats the hole as a rollback.

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, LazyLock};
use std::time::{Duration, Instant};

use domain::live::{Interest, LiveEvent};
use domain::Viewer;
use tokio::sync::{broadcast, watch};

use crate::db::Db;
use crate::error::StoreResult;
use crate::holes::{hole_closed, Hole};
use crate::store::categories::{self, Access};
use crate::store::events::{self, StoredEvent};

/// The PostgreSQL channel that tells other nodes to read new events.
pub const PG_CHANNEL: &str = "entraide_events";
/// Most events a reconnecting browser replays; past that it reloads.
pub const REPLAY_MAX: i64 = 2_000;
const BATCH: i64 = 500;
const POLL: Duration = Duration::from_secs(1);
const ACCESS_REFRESH: Duration = Duration::from_secs(60);

static LOCAL_COMMITS: LazyLock<watch::Sender<u64>> = LazyLock::new(|| watch::channel(0).0);

/// Ticks after each local commit that wrote to a followed log (events or
/// search changes).
pub(crate) fn local_commits() -> watch::Receiver<u64> {
    LOCAL_COMMITS.subscribe()
}

/// Called after a transaction that recorded events commits on this node.
pub(crate) fn wake() {
    LOCAL_COMMITS.send_modify(|n| *n = n.wrapping_add(1));
}

type AccessCache = std::sync::Mutex<HashMap<Viewer, (Instant, Arc<Access>)>>;

/// One node's hub. Cheap to clone; the dispatcher stops when the last clone
/// is dropped.
#[derive(Clone)]
pub struct Hub {
    db: Db,
    sender: broadcast::Sender<Arc<StoredEvent>>,
    cursor: Arc<AtomicI64>,
    closing: Arc<watch::Sender<bool>>,
    /// What each viewer may read, shared by their subscriptions for a
    /// minute: thousands of visitors on one thread cost one lookup, not one
    /// each (at connect time and at every refresh).
    access: Arc<AccessCache>,
    _task: Arc<AbortOnDrop>,
}

struct AbortOnDrop(tokio::task::JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

impl Hub {
    /// Starts the dispatcher from the newest event: a node serves what
    /// happens from now on, and replays older events on request.
    pub async fn start(db: Db) -> StoreResult<Hub> {
        let start = events::last_id(&db).await?;
        let (sender, _) = broadcast::channel(4096);
        let cursor = Arc::new(AtomicI64::new(start));
        let task = tokio::spawn(dispatch(db.clone(), sender.clone(), cursor.clone()));
        let closing = Arc::new(watch::channel(false).0);
        Ok(Hub { db, sender, cursor, closing, access: Arc::default(), _task: Arc::new(AbortOnDrop(task)) })
    }

    /// Ends every open subscription (at shutdown: the browsers reconnect to
    /// another node, or to this one when it is back, and replay).
    pub fn close(&self) {
        self.closing.send_replace(true);
    }

    /// `viewer`'s readable places, from the cache when fresh.
    async fn access_of(&self, viewer: Viewer) -> StoreResult<Arc<Access>> {
        let cached = self.access.lock().ok().and_then(|m| {
            m.get(&viewer).filter(|(at, _)| at.elapsed() < ACCESS_REFRESH).map(|(_, a)| a.clone())
        });
        if let Some(a) = cached {
            return Ok(a);
        }
        let fresh = Arc::new(categories::access(&self.db, viewer).await?);
        if let Ok(mut m) = self.access.lock() {
            m.retain(|_, (at, _)| at.elapsed() < ACCESS_REFRESH);
            m.insert(viewer, (Instant::now(), fresh.clone()));
        }
        Ok(fresh)
    }

    /// The id of the last event this node has broadcast.
    pub fn cursor(&self) -> i64 {
        self.cursor.load(Ordering::Acquire)
    }

    pub fn subscriber_count(&self) -> usize {
        self.sender.receiver_count()
    }

    /// A subscription for `viewer`, starting after `since` (the browser's
    /// Last-Event-ID) or, without it, from now.
    pub async fn subscribe(
        &self,
        viewer: Viewer,
        interest: Interest,
        since: Option<i64>,
    ) -> StoreResult<Subscriber> {
        // Subscribe before reading the cursor: the dispatcher moves the
        // cursor before it sends, so every event is either at or below the
        // cursor (replayed from the table) or still to come on `rx`.
        let rx = self.sender.subscribe();
        let cursor = self.cursor();
        let access = self.access_of(viewer).await?;
        let mut sub = Subscriber {
            hub: self.clone(),
            rx,
            closing: self.closing.subscribe(),
            viewer,
            access,
            access_at: Instant::now(),
            interest,
            last_id: cursor,
            pending: VecDeque::new(),
        };
        if let Some(since) = since {
            if since < cursor {
                sub.replay(since, cursor).await?;
            }
            // A browser coming from a node that is a little ahead.
            sub.last_id = sub.last_id.max(since);
        }
        Ok(sub)
    }
}

/// One browser's stream: its viewer, what it listens to, and where it is.
pub struct Subscriber {
    hub: Hub,
    rx: broadcast::Receiver<Arc<StoredEvent>>,
    closing: watch::Receiver<bool>,
    viewer: Viewer,
    access: Arc<Access>,
    access_at: Instant,
    interest: Interest,
    last_id: i64,
    pending: VecDeque<Arc<StoredEvent>>,
}

impl Subscriber {
    /// The next event this subscriber may see; None when the hub stopped.
    pub async fn next(&mut self) -> Option<Arc<StoredEvent>> {
        loop {
            if let Some(e) = self.pending.pop_front() {
                return Some(e);
            }
            let received = tokio::select! {
                r = self.rx.recv() => r,
                _ = self.closing.wait_for(|closing| *closing) => return None,
            };
            match received {
                Ok(e) => {
                    if e.id <= self.last_id {
                        continue;
                    }
                    self.last_id = e.id;
                    self.refresh_access().await;
                    if self.may_see(&e) {
                        return Some(e);
                    }
                }
                Err(broadcast::error::RecvError::Lagged(_)) => {
                    // Too slow for the broadcast buffer: catch up from the
                    // table, then skip what the buffer still holds.
                    let until = self.hub.cursor();
                    if let Err(e) = self.replay(self.last_id, until).await {
                        tracing::warn!(error = %e, "replay after lag failed");
                        self.pending.push_back(resync(until));
                    }
                    self.last_id = self.last_id.max(until);
                }
                Err(broadcast::error::RecvError::Closed) => return None,
            }
        }
    }

    fn may_see(&self, e: &StoredEvent) -> bool {
        may_see(self.viewer, &self.access, &self.interest, e)
    }

    /// Group memberships and categories change: re-read them now and then,
    /// so a member removed from a group stops hearing about it.
    async fn refresh_access(&mut self) {
        if self.access_at.elapsed() < ACCESS_REFRESH {
            return;
        }
        match self.hub.access_of(self.viewer).await {
            Ok(a) => {
                self.access = a;
                self.access_at = Instant::now();
            }
            Err(e) => tracing::warn!(error = %e, "refreshing a subscriber's access failed"),
        }
    }

    async fn replay(&mut self, after: i64, until: i64) -> StoreResult<()> {
        let first = events::first_id(&self.hub.db).await?.unwrap_or(until + 1);
        if until - after > REPLAY_MAX || after + 1 < first {
            self.pending.push_back(resync(until));
            return Ok(());
        }
        let mut from = after;
        while from < until {
            let batch = events::range(&self.hub.db, from, Some(until), BATCH).await?;
            let Some(last) = batch.last().map(|e| e.id) else { break };
            for e in batch {
                if self.may_see(&e) {
                    self.pending.push_back(Arc::new(e));
                }
            }
            from = last;
        }
        self.last_id = until;
        Ok(())
    }
}

/// Who sees what: a private event only its member; a public one whoever may
/// read its category and has that page open.
pub fn may_see(viewer: Viewer, access: &Access, interest: &Interest, e: &StoredEvent) -> bool {
    if let Some(user) = e.user_id {
        return matches!(viewer, Viewer::Account { id, .. } if id == user);
    }
    if let LiveEvent::Desk { .. } = e.event {
        return interest.desk
            && matches!(viewer, Viewer::Account { role, .. } if role >= domain::Role::Agent);
    }
    interest.wants(&e.event) && e.category_id.is_some_and(|c| access.category(c).is_some())
}

fn resync(id: i64) -> Arc<StoredEvent> {
    let event = LiveEvent::Resync;
    let json = format!("{{\"type\":\"{}\"}}", event.kind());
    Arc::new(StoredEvent { id, category_id: None, user_id: None, event, json })
}

enum Drained {
    /// Up to date: wait for a wake-up.
    Idle,
    /// More to read, or a hole to look at again shortly.
    Again(Duration),
}

async fn dispatch(db: Db, sender: broadcast::Sender<Arc<StoredEvent>>, cursor: Arc<AtomicI64>) {
    let mut local = local_commits();
    let mut listener = listen(&db).await;
    let mut hole: Option<Hole> = None;
    let mut tick = tokio::time::interval(POLL);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        if db.is_closed() {
            return;
        }
        match drain(&db, &sender, &cursor, &mut hole).await {
            Drained::Again(pause) => {
                if !pause.is_zero() {
                    tokio::time::sleep(pause).await;
                }
                continue;
            }
            Drained::Idle => {}
        }
        tokio::select! {
            _ = local.changed() => {}
            _ = notified(&mut listener) => {}
            _ = tick.tick() => {}
        }
    }
}

/// A LISTEN connection on PostgreSQL (None on SQLite, or when it fails:
/// other nodes' writes then arrive by polling).
pub(crate) async fn listen(db: &Db) -> Option<sqlx::postgres::PgListener> {
    match db {
        Db::Postgres(pool) => match sqlx::postgres::PgListener::connect_with(pool).await {
            Ok(mut l) => match l.listen(PG_CHANNEL).await {
                Ok(()) => Some(l),
                Err(e) => {
                    tracing::error!(error = %e, "LISTEN failed: other nodes' writes arrive by polling");
                    None
                }
            },
            Err(e) => {
                tracing::error!(error = %e, "no listener connection: other nodes' writes arrive by polling");
                None
            }
        },
        Db::Sqlite(_) => None,
    }
}

/// Resolves when another node (or this one) committed to a followed log.
pub(crate) async fn notified(listener: &mut Option<sqlx::postgres::PgListener>) {
    match listener {
        Some(l) => {
            if let Err(e) = l.recv().await {
                // The listener reconnects on the next call; events committed
                // meanwhile are found by id on the next read.
                tracing::warn!(error = %e, "event listener lost its connection");
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
        }
        None => std::future::pending::<()>().await,
    }
}

async fn drain(
    db: &Db,
    sender: &broadcast::Sender<Arc<StoredEvent>>,
    cursor: &AtomicI64,
    hole: &mut Option<Hole>,
) -> Drained {
    let from = cursor.load(Ordering::Acquire);
    let rows = match events::range(db, from, None, BATCH).await {
        Ok(r) => r,
        Err(e) => {
            tracing::warn!(error = %e, "reading new events failed");
            return Drained::Again(POLL);
        }
    };
    let full = rows.len() as i64 == BATCH;
    let mut expected = from + 1;
    for e in rows {
        if e.id > expected {
            match hole {
                Some(h) if h.at == expected && h.settled => {}
                Some(h) if h.at == expected => {
                    if hole_closed(db, h).await {
                        // Read again: the missing event may have committed
                        // just now; whatever is still missing never will.
                        h.settled = true;
                        return Drained::Again(Duration::ZERO);
                    }
                    return Drained::Again(Duration::from_millis(5));
                }
                _ => {
                    *hole = Some(Hole::new(db, expected).await);
                    return Drained::Again(Duration::ZERO);
                }
            }
        }
        *hole = None;
        expected = e.id + 1;
        cursor.store(e.id, Ordering::Release);
        // No receivers is fine: nobody is listening on this node right now.
        let _ = sender.send(Arc::new(e));
    }
    if full {
        Drained::Again(Duration::ZERO)
    } else {
        Drained::Idle
    }
}
