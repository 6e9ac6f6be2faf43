//! Outgoing webhooks to a helpdesk: signed JSON, retried with back-off,
//! with a delivery log for admins.
//!
//! A delivery is a row of `webhook_deliveries`, written by `enqueue` inside
//! the transaction of the change it announces: it exists exactly when its
//! cause commits, and survives restarts. Any node then sends it: `deliver_due`
//! claims a due row by pushing its `next_attempt_at` forward by a lease, with
//! an UPDATE conditioned on the value it read, so of several nodes sharing
//! one PostgreSQL database only one wins each row. A node that dies while
//! sending leaves the row leased; another tries it when the lease ends.
//! Delivery is therefore at least once: receivers drop repeats by the
//! `X-Entraide-Delivery` id.
//!
//! Each request carries `X-Entraide-Signature: t=<unix seconds>,v1=<hex>`,
//! the HMAC-SHA256 of `"<t>.<body>"` under the admin's secret (as Stripe
//! does), so a receiver can check who sent it and refuse old replays by `t`.
//! The secret is stored encrypted (`crate::secrets`).
//!
//! The URL is an admin's choice, so it may reach public addresses only
//! (`crate::outbound`), and what the receiver answers is not kept: the log
//! shows the status code or a generic reason, never the response body, so
//! the webhook cannot be used to read pages the server can reach.

use domain::id::Timestamp;
use std::collections::HashSet;
use std::time::{Duration, Instant};

use domain::permissions::{self, Action, Viewer};
use domain::webhook::{self, Delivery, DeliveryStatus};
use domain::{ErrorCode, FieldError};
use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::db::{Db, Tx};
use crate::error::{StoreError, StoreResult};
use crate::store::settings;
use crate::{on_db, on_tx, outbound, secrets};

/// Settings keys: where to send, and the signing secret.
pub const URL_SETTING: &str = "webhook_url";
pub const SECRET_SETTING: &str = "webhook_secret";

pub const SIGNATURE_HEADER: &str = "X-Entraide-Signature";
pub const EVENT_HEADER: &str = "X-Entraide-Event";
pub const DELIVERY_HEADER: &str = "X-Entraide-Delivery";

/// The longest one request may take, connection included.
pub const TIMEOUT: Duration = Duration::from_secs(10);

/// How far a claim pushes a row's `next_attempt_at`: while it runs, other
/// nodes leave the row alone. Must exceed `CLAIM_BUDGET + TIMEOUT` (a row
/// claimed last is sent within its lease) with room for slow databases.
pub const LEASE_MS: i64 = 60_000;

/// `deliver_due` stops claiming new rows after this long, since every claim
/// carries the lease computed from the call's `now`.
const CLAIM_BUDGET: Duration = Duration::from_secs(30);

/// How often each node looks for due deliveries.
const TICK: Duration = Duration::from_secs(3);

/// Rows read per query while looking for due deliveries.
const BATCH: i64 = 20;

/// The log's reason when the URL or the name in it leads to a private or
/// local address (see `crate::outbound`).
pub const PRIVATE_TARGET_ERROR: &str = "refused: the URL leads to a private or local address";

/// The most log lines `deliveries` returns.
pub const MAX_LOG_LINES: i64 = 200;

// ---- signing ----

/// Hex HMAC-SHA256 of `"{timestamp_secs}.{body}"` under `secret`.
pub fn sign(secret: &str, timestamp_secs: i64, body: &str) -> String {
    hmac_hex(secret.as_bytes(), format!("{timestamp_secs}.{body}").as_bytes())
}

/// The `X-Entraide-Signature` value: `t={timestamp_secs},v1={sign(..)}`.
pub fn signature_header(secret: &str, timestamp_secs: i64, body: &str) -> String {
    format!("t={timestamp_secs},v1={}", sign(secret, timestamp_secs, body))
}

fn hmac_hex(key: &[u8], message: &[u8]) -> String {
    // HMAC takes keys of any length (long ones are hashed first), so this
    // constructor never fails; the Result only exists for fixed-size MACs.
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC accepts any key length");
    mac.update(message);
    hex::encode(mac.finalize().into_bytes())
}

// ---- queueing ----

/// Queues `event` for the configured helpdesk. Call it inside the
/// transaction of the change it announces, so the delivery exists exactly
/// when that change commits (and vanishes with a rollback). `false`: no
/// webhook URL is configured, nothing was queued.
///
/// The body sent is stored now, built only from the arguments, so it is
/// the same on every attempt: `{"created_at", "data", "escalation_id",
/// "event"}` with `data` = `payload`.
pub async fn enqueue(
    tx: &mut Tx,
    event: &str,
    escalation_id: Option<i64>,
    payload: &serde_json::Value,
    now: i64,
) -> StoreResult<bool> {
    let url = settings::get_text_tx(tx, URL_SETTING, "").await?;
    if url.trim().is_empty() {
        return Ok(false);
    }
    let body = serde_json::json!({
        "event": event,
        "escalation_id": escalation_id,
        "created_at": now,
        "data": payload,
    })
    .to_string();
    on_tx!(&mut *tx, c => sqlx::query(
        "INSERT INTO webhook_deliveries
             (event, escalation_id, url, payload, status, attempts, next_attempt_at, created_at)
         VALUES ($1, $2, $3, $4, 'pending', 0, $5, $5)")
        .bind(event).bind(escalation_id).bind(&url).bind(&body).bind(now)
        .execute(c).await.map(|r| r.rows_affected()))?;
    Ok(true)
}

// ---- sending ----

/// Sends due deliveries. Holds an HTTP client (connection pool) with the
/// request timeout; build it once and keep it.
#[derive(Clone, Debug)]
pub struct Deliverer {
    client: reqwest::Client,
    /// The outbound policy (`crate::outbound`) when the client was built:
    /// its resolver follows it, and so does the check of IP literals.
    allow_private: bool,
}

impl Deliverer {
    /// With the production timeout, `TIMEOUT` (10 s).
    pub fn new() -> StoreResult<Self> {
        Self::with_timeout(TIMEOUT)
    }

    /// With a shorter timeout (tests); longer ones are capped at `TIMEOUT`
    /// so that a send always ends within its claim's lease.
    pub fn with_timeout(timeout: Duration) -> StoreResult<Self> {
        let timeout = timeout.min(TIMEOUT);
        let allow_private = outbound::allow_private();
        let client = outbound::client_builder(allow_private)
            .timeout(timeout)
            .connect_timeout(timeout)
            // A signed POST is not replayed elsewhere: a redirect answer
            // counts as a failure the admin sees in the log.
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("Entraide-Webhooks/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| StoreError::Internal(format!("cannot build the webhook HTTP client: {e}")))?;
        Ok(Self { client, allow_private })
    }

    pub fn client(&self) -> &reqwest::Client {
        &self.client
    }

    /// `deliver_due` with this deliverer's client and outbound policy.
    pub async fn deliver_due(&self, db: &Db, now: i64) -> StoreResult<usize> {
        deliver_due_with(db, &self.client, self.allow_private, now).await
    }

    /// Delivers in the background, looking for due rows every few seconds,
    /// until the returned handle is dropped (like the search indexer). A
    /// send cut off by the drop is retried when its lease ends.
    pub fn spawn(self, db: Db) -> Worker {
        let task = tokio::spawn(async move {
            let mut tick = tokio::time::interval(TICK);
            tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                tick.tick().await;
                match self.deliver_due(&db, crate::clock::now_ms()).await {
                    Ok(0) => {}
                    Ok(n) => tracing::debug!(attempts = n, "webhook deliveries attempted"),
                    // A database hiccup: the rows stay due, the next tick retries.
                    Err(e) => tracing::warn!(error = %e, "looking for due webhook deliveries failed"),
                }
            }
        });
        Worker(task)
    }
}

/// The background delivery task; stops when dropped.
pub struct Worker(tokio::task::JoinHandle<()>);

impl Drop for Worker {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// A row this node claimed and must now send.
struct Claimed {
    id: i64,
    event: String,
    payload: String,
    attempts: i64,
    /// The `next_attempt_at` the claim wrote: recording a failure checks it,
    /// so a node whose lease ran out does not overwrite the next holder.
    lease_until: i64,
}

/// What one attempt came to.
enum Outcome {
    Delivered { status: i64 },
    Failed { status: Option<i64>, error: String },
}

/// Sends every delivery due at `now` (pending, `next_attempt_at <= now`)
/// that this call manages to claim, one after the other in the order they
/// fell due, and records each outcome: 2xx is delivered; anything else
/// (another status, a timeout, a network error) is a failed attempt,
/// tried again after `domain::webhook::backoff_ms`, or marked failed when
/// it says to give up. The URL and secret are read from the settings now,
/// so a corrected URL or a rotated secret applies to pending deliveries.
/// Returns the number of attempts made. `client` should come from
/// `Deliverer` (its timeout, and its resolver that refuses private
/// addresses); a request is cut off after `TIMEOUT` anyway.
pub async fn deliver_due(db: &Db, client: &reqwest::Client, now: i64) -> StoreResult<usize> {
    deliver_due_with(db, client, outbound::allow_private(), now).await
}

async fn deliver_due_with(
    db: &Db,
    client: &reqwest::Client,
    allow_private: bool,
    now: i64,
) -> StoreResult<usize> {
    let started = Instant::now();
    let url = settings::get_text(db, URL_SETTING, "").await?;
    let secret = settings::get_secret(db, SECRET_SETTING).await?;
    // Checked on every round, not only when saved: the URL may predate the
    // rule, or the policy may have changed since.
    let target = if url.trim().is_empty() { Ok(()) } else { outbound::check_url_with(&url, allow_private) };
    let mut tried: HashSet<i64> = HashSet::new();
    let mut attempts = 0;
    loop {
        let due: Vec<(i64, i64)> = on_db!(db, p => sqlx::query_as(
            "SELECT id, next_attempt_at FROM webhook_deliveries
             WHERE status = 'pending' AND next_attempt_at <= $1
             ORDER BY next_attempt_at, id LIMIT $2")
            .bind(now).bind(BATCH).fetch_all(p).await)?;
        // Rows tried or lost to another node in this call are not due any
        // more at `now`, unless another node's clock is far behind: stop
        // when a query brings nothing new rather than loop on them.
        let fresh: Vec<(i64, i64)> = due.into_iter().filter(|(id, _)| !tried.contains(id)).collect();
        if fresh.is_empty() {
            return Ok(attempts);
        }
        for (id, seen) in fresh {
            if started.elapsed() > CLAIM_BUDGET {
                // Later claims would carry a lease that is partly spent
                // already; the next call takes them with a fresh `now`.
                return Ok(attempts);
            }
            tried.insert(id);
            let Some(claimed) = claim(db, id, seen, now).await? else {
                continue; // another node (or call) claimed it first
            };
            let outcome = if url.trim().is_empty() {
                Outcome::Failed { status: None, error: "Webhooks were turned off.".to_owned() }
            } else if secret.is_empty() {
                Outcome::Failed { status: None, error: "No signing secret is configured.".to_owned() }
            } else if target == Err(ErrorCode::UrlPrivate) {
                Outcome::Failed { status: None, error: PRIVATE_TARGET_ERROR.to_owned() }
            } else if target.is_err() {
                Outcome::Failed { status: None, error: "invalid request: the URL is not valid".to_owned() }
            } else {
                attempt(client, &url, &secret, &claimed, now).await
            };
            record(db, &claimed, &url, outcome, now).await?;
            attempts += 1;
        }
    }
}

/// Takes `id` for this node if its `next_attempt_at` is still `seen`.
async fn claim(db: &Db, id: i64, seen: i64, now: i64) -> StoreResult<Option<Claimed>> {
    let lease_until = now + LEASE_MS;
    let row: Option<(String, String, i64)> = on_db!(db, p => sqlx::query_as(
        "UPDATE webhook_deliveries SET next_attempt_at = $1
         WHERE id = $2 AND status = 'pending' AND next_attempt_at = $3
         RETURNING event, payload, attempts")
        .bind(lease_until).bind(id).bind(seen).fetch_optional(p).await)?;
    Ok(row.map(|(event, payload, attempts)| Claimed { id, event, payload, attempts, lease_until }))
}

/// One HTTP attempt. Never fails: every problem becomes an `Outcome`.
async fn attempt(client: &reqwest::Client, url: &str, secret: &str, d: &Claimed, now: i64) -> Outcome {
    let timestamp = now.div_euclid(1000);
    let request = client
        .post(url)
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .header(EVENT_HEADER, d.event.as_str())
        .header(DELIVERY_HEADER, d.id.to_string())
        .header(SIGNATURE_HEADER, signature_header(secret, timestamp, &d.payload))
        .body(d.payload.clone())
        .send();
    let response = match tokio::time::timeout(TIMEOUT, request).await {
        Ok(Ok(r)) => r,
        Ok(Err(e)) => return Outcome::Failed { status: None, error: describe(&e) },
        Err(_) => return Outcome::Failed { status: None, error: "timed out".to_owned() },
    };
    let status = response.status();
    // Only the status is kept. The body is neither read into the log nor
    // shown: with it, an admin (or whoever took over an admin account)
    // could read any page the server can reach through the delivery log.
    drop(response);
    let code = i64::from(status.as_u16());
    if status.is_success() {
        return Outcome::Delivered { status: code };
    }
    Outcome::Failed { status: Some(code), error: format!("HTTP {code}") }
}

/// A generic reason for a failed request. The full cause (names, addresses,
/// TLS details) goes to the server log only: the delivery log would
/// otherwise tell whoever reads it what the server found at an address.
fn describe(e: &reqwest::Error) -> String {
    if outbound::is_private_refusal(e) {
        return PRIVATE_TARGET_ERROR.to_owned();
    }
    tracing::warn!(error = ?e, "webhook request failed");
    let kind = if e.is_timeout() {
        "timed out"
    } else if e.is_connect() {
        "could not connect"
    } else if e.is_builder() {
        "invalid request"
    } else {
        "request failed"
    };
    kind.to_owned()
}

/// Writes the outcome of an attempt on a claimed row, sent to `url`. An
/// empty `url` (webhooks turned off) fails the row whatever attempts it
/// had left, and keeps the URL it had.
async fn record(db: &Db, d: &Claimed, url: &str, outcome: Outcome, now: i64) -> StoreResult<()> {
    let url = Some(url.trim()).filter(|u| !u.is_empty());
    let attempts = d.attempts + 1;
    match outcome {
        Outcome::Delivered { status } => {
            tracing::debug!(delivery = d.id, event = %d.event, status, attempts, "webhook delivered");
            // Not conditioned on the lease: it was delivered, whatever
            // another node may be doing with the row.
            on_db!(db, p => sqlx::query(
                "UPDATE webhook_deliveries
                 SET status = 'delivered', attempts = $1, last_status = $2, last_error = NULL,
                     delivered_at = $3, url = COALESCE($4, url)
                 WHERE id = $5 AND status = 'pending'")
                .bind(attempts).bind(status).bind(now).bind(url).bind(d.id)
                .execute(p).await.map(|r| r.rows_affected()))?;
        }
        Outcome::Failed { status, error } => {
            let retry = if url.is_none() { None } else { webhook::backoff_ms(attempts) };
            let (state, next) = match retry {
                Some(ms) => (DeliveryStatus::Pending, now.saturating_add(ms)),
                None => (DeliveryStatus::Failed, now),
            };
            if state == DeliveryStatus::Failed {
                tracing::warn!(delivery = d.id, event = %d.event, ?status, attempts, %error,
                    "webhook delivery failed for good");
            } else {
                tracing::warn!(delivery = d.id, event = %d.event, ?status, attempts, %error, retry_at = next,
                    "webhook delivery failed; will retry");
            }
            let updated = on_db!(db, p => sqlx::query(
                "UPDATE webhook_deliveries
                 SET status = $1, attempts = $2, last_status = $3, last_error = $4, next_attempt_at = $5,
                     url = COALESCE($6, url)
                 WHERE id = $7 AND status = 'pending' AND next_attempt_at = $8")
                .bind(state.as_str()).bind(attempts).bind(status).bind(&error).bind(next)
                .bind(url).bind(d.id).bind(d.lease_until)
                .execute(p).await.map(|r| r.rows_affected()))?;
            if updated == 0 {
                tracing::warn!(
                    delivery = d.id,
                    "webhook lease ran out before the attempt ended; another node has it"
                );
            }
        }
    }
    Ok(())
}

// ---- administration ----

#[derive(sqlx::FromRow)]
struct DeliveryRow {
    id: i64,
    event: String,
    url: String,
    status: String,
    attempts: i64,
    last_status: Option<i64>,
    last_error: Option<String>,
    created_at: Timestamp,
    delivered_at: Option<Timestamp>,
    next_attempt_at: Timestamp,
}

/// A stored error as the log shows it. Rows written before the log stopped
/// keeping answers may hold `HTTP <status>: <start of the body>`: only the
/// status is shown.
fn shown_error(error: String) -> String {
    match error.strip_prefix("HTTP ").and_then(|rest| rest.split_once(": ")) {
        Some((status, _)) if status.bytes().all(|b| b.is_ascii_digit()) => format!("HTTP {status}"),
        _ => error,
    }
}

/// The delivery log, newest first, at most `limit` lines (1 to
/// `MAX_LOG_LINES`). Admins only.
pub async fn deliveries(db: &Db, viewer: Viewer, limit: i64) -> StoreResult<Vec<Delivery>> {
    permissions::check(viewer, Action::ManageCommunity).map_err(StoreError::Denied)?;
    let limit = limit.clamp(1, MAX_LOG_LINES);
    let rows: Vec<DeliveryRow> = on_db!(db, p => sqlx::query_as(
        "SELECT id, event, url, status, attempts, last_status, last_error, created_at, delivered_at,
                next_attempt_at
         FROM webhook_deliveries ORDER BY created_at DESC, id DESC LIMIT $1")
        .bind(limit).fetch_all(p).await)?;
    rows.into_iter()
        .map(|r| {
            let status = DeliveryStatus::parse(&r.status)
                .ok_or_else(|| StoreError::Internal(format!("unknown webhook status {:?}", r.status)))?;
            Ok(Delivery {
                id: r.id,
                event: r.event,
                url: r.url,
                status,
                attempts: r.attempts,
                last_status: r.last_status,
                last_error: r.last_error.map(shown_error),
                created_at: r.created_at,
                delivered_at: r.delivered_at,
                next_attempt_at: r.next_attempt_at,
            })
        })
        .collect()
}

/// The webhook URL (empty: off) and whether a usable signing secret is set
/// (one that does not decrypt with the server's key counts as unset). The
/// secret itself never leaves the server. Admins only.
pub async fn config(db: &Db, viewer: Viewer) -> StoreResult<(String, bool)> {
    permissions::check(viewer, Action::ManageCommunity).map_err(StoreError::Denied)?;
    let url = settings::get_text(db, URL_SETTING, "").await?;
    let secret = settings::get_secret(db, SECRET_SETTING).await?;
    Ok((url, !secret.is_empty()))
}

/// Sets the webhook URL and signing secret. Admins only. An empty URL turns
/// webhooks off. The URL must lead to a public address unless private
/// targets are allowed (`crate::outbound`). An empty `secret` keeps the
/// stored one while a URL is set (changing the URL needs no retyping), and
/// clears it with the URL. The secret is trimmed (pasted secrets often carry
/// a stray newline) and stored encrypted; without a server key
/// (`ENTRAIDE_SECRET_KEY`) a new secret is refused rather than stored in
/// clear. A kept secret from before encryption is encrypted now.
pub async fn configure(db: &Db, viewer: Viewer, url: &str, secret: &str) -> StoreResult<()> {
    // First, so a member learns nothing about what would be valid.
    permissions::check(viewer, Action::ManageCommunity).map_err(StoreError::Denied)?;
    let mut errors = Vec::new();
    let url = match url.trim() {
        "" => String::new(),
        typed => webhook::validate_url(typed)
            .and_then(|url| outbound::check_url(&url).map(|()| url))
            .unwrap_or_else(|code| {
                errors.push(FieldError::new("url", code));
                typed.to_owned()
            }),
    };
    // The secret in clear (to validate), and what to store: `None` leaves
    // the stored value as it is.
    let (plain, store): (String, Option<String>) = match secret.trim() {
        "" if !url.is_empty() => match settings::open_secret(db, SECRET_SETTING).await? {
            secrets::Opened::Legacy(plain) => match secrets::seal(SECRET_SETTING, &plain) {
                Ok(sealed) => (plain, Some(sealed)),
                // Without a key it stays as it was: not rewritten, and not
                // refused, so the URL can still be changed.
                Err(secrets::NoKey) => {
                    tracing::warn!(
                        "the webhook secret is stored in plain text: set {} and save it again",
                        secrets::ENV
                    );
                    (plain, None)
                }
            },
            opened => (opened.plain().to_owned(), None),
        },
        "" => (String::new(), Some(String::new())),
        // Checked before sealing, so an over-long secret is neither
        // encrypted nor stored.
        typed => match webhook::validate_secret(typed, &url).map(|()| secrets::seal(SECRET_SETTING, typed)) {
            Ok(Ok(sealed)) => (typed.to_owned(), Some(sealed)),
            Ok(Err(secrets::NoKey)) => {
                errors.push(FieldError::new("secret", ErrorCode::SecretKeyMissing));
                (typed.to_owned(), None)
            }
            Err(code) => {
                errors.push(FieldError::new("secret", code));
                (typed.to_owned(), None)
            }
        },
    };
    if !errors.iter().any(|e| e.field == "secret") {
        if let Err(code) = webhook::validate_secret(&plain, &url) {
            errors.push(FieldError::new("secret", code));
        }
    }
    if !errors.is_empty() {
        return Err(StoreError::Invalid(errors));
    }
    let mut pairs = vec![(URL_SETTING, url)];
    pairs.extend(store.map(|stored| (SECRET_SETTING, stored)));
    settings::set_texts(db, viewer, &pairs).await
}

/// Queues a `"ping"` delivery so an admin can check the receiver. Admins
/// only; a field error on "url" when no URL is configured.
pub async fn send_test(db: &Db, viewer: Viewer, now: i64) -> StoreResult<()> {
    permissions::check(viewer, Action::ManageCommunity).map_err(StoreError::Denied)?;
    let mut tx = db.begin().await?;
    let payload = serde_json::json!({ "message": "A test delivery from Entraide. Nothing to do." });
    if !enqueue(&mut tx, "ping", None, &payload, now).await? {
        return Err(StoreError::field("url", ErrorCode::Required));
    }
    tx.commit().await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_kept_by_older_versions_are_not_shown() {
        assert_eq!(shown_error("HTTP 500: internal-only: db password".into()), "HTTP 500");
        assert_eq!(shown_error("HTTP 404".into()), "HTTP 404");
        assert_eq!(shown_error("could not connect".into()), "could not connect");
        assert_eq!(shown_error(PRIVATE_TARGET_ERROR.into()), PRIVATE_TARGET_ERROR);
        assert_eq!(shown_error("HTTP x: y".into()), "HTTP x: y");
    }

    #[test]
    fn hmac_matches_rfc_4231() {
        // RFC 4231, test case 2.
        assert_eq!(
            hmac_hex(b"Jefe", b"what do ya want for nothing?"),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    #[test]
    fn signs_timestamp_dot_body() {
        let body = r#"{"event":"ping"}"#;
        assert_eq!(
            sign("0123456789abcdef", 1_700_000_000, body),
            hmac_hex(b"0123456789abcdef", format!("1700000000.{body}").as_bytes())
        );
        assert_ne!(
            sign("0123456789abcdef", 1_700_000_001, body),
            sign("0123456789abcdef", 1_700_000_000, body)
        );
        let header = signature_header("0123456789abcdef", 1_700_000_000, body);
        assert_eq!(header, format!("t=1700000000,v1={}", sign("0123456789abcdef", 1_700_000_000, body)));
        assert_eq!(header.len(), "t=1700000000,v1=".len() + 64);
    }
}
