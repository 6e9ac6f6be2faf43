//! Outgoing webhooks on SQLite and on PostgreSQL, against a stand-in
//! helpdesk (an axum server on 127.0.0.1:0 that records what it receives
//! and answers as each test scripts): signed deliveries, back-off, timeouts,
//! giving up, concurrent senders, no URL, and who may see or change them;
//! the secret encrypted at rest, private addresses refused, and nothing of
//! the receiver's answer but its status kept.
//!
//! The tests run with private targets allowed and the test secret key (the
//! `testing` defaults of `community::outbound` and `community::secrets`),
//! except where they say otherwise.

use domain::id::Timestamp;
use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use community::on_both_engines;
use community::store::settings;
use community::webhooks::{self, Deliverer};
use community::{outbound, secrets};
use community::{Db, StoreError};
use domain::webhook::{Delivery, DeliveryStatus};
use domain::{ErrorCode, Role, Viewer};
use hmac::{Hmac, Mac};
use sha2::Sha256;

on_both_engines!(
    a_delivery_arrives_once_with_a_valid_signature_and_its_body,
    failed_attempts_back_off_then_deliver,
    a_slow_receiver_is_a_failed_attempt_and_nothing_is_lost,
    an_unreachable_receiver_is_a_failed_attempt,
    deliveries_are_given_up_after_the_last_backoff,
    concurrent_senders_deliver_each_row_exactly_once,
    without_a_url_nothing_is_queued,
    a_rolled_back_change_queues_nothing,
    turning_webhooks_off_fails_what_is_pending,
    members_may_not_see_or_change_webhooks,
    configuration_is_validated_and_the_secret_stays_secret,
    a_test_delivery_can_be_sent,
    the_secret_is_stored_encrypted_and_a_plain_one_from_before_still_signs,
    without_a_server_key_a_secret_is_refused_not_stored_in_clear,
    a_secret_under_another_key_counts_as_unset_and_crashes_nothing,
    private_addresses_are_refused_when_saved_and_when_sent,
    the_log_keeps_the_status_and_never_the_receivers_answer,
);

const NOW: i64 = 1_790_000_000_000;
const SECOND: i64 = 1000;
const SECRET: &str = "s3cret-for-the-helpdesk";

// ---- the stand-in helpdesk ----

#[derive(Clone, Debug)]
struct Received {
    headers: HeaderMap,
    body: String,
}

impl Received {
    fn header(&self, name: &str) -> &str {
        self.headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or("")
    }
}

/// Answers with the scripted (status, delay) pairs in turn, then 200 at once.
#[derive(Clone, Default)]
struct Helpdesk {
    received: Arc<Mutex<Vec<Received>>>,
    script: Arc<Mutex<VecDeque<(u16, Duration)>>>,
    /// Added to every answer (to let concurrent senders overlap).
    delay: Duration,
}

impl Helpdesk {
    fn received(&self) -> Vec<Received> {
        self.received.lock().expect("lock").clone()
    }
}

/// What every answer of the stand-in says: something the delivery log must
/// never show (a receiver's page may hold anything).
const ANSWER_BODY: &str = "internal-only: db password is hunter2";

async fn receive(State(h): State<Helpdesk>, headers: HeaderMap, body: String) -> (StatusCode, &'static str) {
    // Recorded on arrival: a request the sender gives up on still arrived.
    h.received.lock().expect("lock").push(Received { headers, body });
    let (status, delay) = h.script.lock().expect("lock").pop_front().unwrap_or((200, Duration::ZERO));
    tokio::time::sleep(delay + h.delay).await;
    (StatusCode::from_u16(status).expect("status"), ANSWER_BODY)
}

/// Starts a helpdesk; returns its webhook URL.
async fn helpdesk(script: &[(u16, Duration)], delay: Duration) -> (String, Helpdesk) {
    let h = Helpdesk { delay, ..Default::default() };
    h.script.lock().expect("lock").extend(script.iter().copied());
    let app = axum::Router::new().route("/hooks/entraide", post(receive)).with_state(h.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move { axum::serve(listener, app).await });
    (format!("http://{addr}/hooks/entraide"), h)
}

// ---- helpers ----

async fn admin(db: &Db) -> Viewer {
    community::testing::quick_account(db, "admin1", Role::Admin).await
}

async fn configured(db: &Db, url: &str) -> Viewer {
    let admin = admin(db).await;
    webhooks::configure(db, admin, url, SECRET).await.expect("configure");
    admin
}

/// Queues one event in its own committed transaction, as a change would.
async fn enqueue(db: &Db, event: &str, payload: serde_json::Value, now: i64) -> bool {
    let mut tx = db.begin().await.expect("begin");
    let queued = webhooks::enqueue(&mut tx, event, None, &payload, now).await.expect("enqueue");
    tx.commit().await.expect("commit");
    queued
}

async fn log(db: &Db, admin: Viewer) -> Vec<Delivery> {
    webhooks::deliveries(db, admin, 100).await.expect("deliveries")
}

async fn only(db: &Db, admin: Viewer) -> Delivery {
    let mut all = log(db, admin).await;
    assert_eq!(all.len(), 1, "{all:?}");
    all.remove(0)
}

fn deliverer() -> Deliverer {
    Deliverer::new().expect("client")
}

/// Checks `X-Entraide-Signature` as a receiver would, without the
/// server's `sign`: recompute the HMAC-SHA256 of "t.body" and compare in
/// constant time. Returns `t`.
fn verify_signature(r: &Received, secret: &str) -> i64 {
    let header = r.header("x-entraide-signature");
    let mut t = None;
    let mut v1 = None;
    for part in header.split(',') {
        match part.split_once('=') {
            Some(("t", v)) => t = v.parse::<i64>().ok(),
            Some(("v1", v)) => v1 = hex::decode(v).ok(),
            _ => {}
        }
    }
    let (t, v1) = (t.expect("t= in the signature"), v1.expect("hex v1= in the signature"));
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("key");
    mac.update(format!("{t}.{}", r.body).as_bytes());
    mac.verify_slice(&v1).expect("the signature matches the body");
    t
}

// ---- cases ----

async fn a_delivery_arrives_once_with_a_valid_signature_and_its_body(db: &Db) {
    let (url, desk) = helpdesk(&[], Duration::ZERO).await;
    let admin = configured(db, &url).await;
    let payload =
        serde_json::json!({ "topic_id": 42, "title": "Printer offline", "note": "ünïcode & <tags>" });
    assert!(enqueue(db, "escalation.opened", payload.clone(), NOW).await);

    let sent = deliverer().deliver_due(db, NOW).await.expect("deliver");
    assert_eq!(sent, 1);
    let got = desk.received();
    assert_eq!(got.len(), 1);
    let r = &got[0];
    assert_eq!(verify_signature(r, SECRET), NOW / 1000);
    // Another secret, or another time, does not verify.
    let v1 = r.header("x-entraide-signature").split_once(",v1=").map(|(_, v)| v).unwrap_or("");
    let v1 = hex::decode(v1).expect("hex");
    for (key, t) in [("another-secret-of-16+", NOW / 1000), (SECRET, NOW / 1000 + 1)] {
        let mut mac = Hmac::<Sha256>::new_from_slice(key.as_bytes()).expect("key");
        mac.update(format!("{t}.{}", r.body).as_bytes());
        assert!(mac.verify_slice(&v1).is_err());
    }

    let d = only(db, admin).await;
    assert_eq!(r.header("x-entraide-event"), "escalation.opened");
    assert_eq!(r.header("x-entraide-delivery"), d.id.to_string());
    assert_eq!(r.header("content-type"), "application/json");
    let body: serde_json::Value = serde_json::from_str(&r.body).expect("JSON body");
    assert_eq!(body["event"], "escalation.opened");
    assert_eq!(body["data"], payload);
    assert_eq!(body["created_at"], NOW);
    assert!(body["escalation_id"].is_null());

    assert_eq!(d.status, DeliveryStatus::Delivered);
    assert_eq!((d.attempts, d.last_status, d.last_error.as_deref()), (1, Some(200), None));
    assert_eq!((d.created_at, d.delivered_at), (Timestamp(NOW), Some(Timestamp(NOW))));
    assert_eq!(d.url, url);

    // Once: later rounds send nothing more.
    assert_eq!(deliverer().deliver_due(db, NOW + 24 * 3600 * SECOND).await.expect("deliver"), 0);
    assert_eq!(desk.received().len(), 1);
}

async fn failed_attempts_back_off_then_deliver(db: &Db) {
    let err = (500, Duration::ZERO);
    let (url, desk) = helpdesk(&[err, err], Duration::ZERO).await;
    let admin = configured(db, &url).await;
    assert!(enqueue(db, "escalation.replied", serde_json::json!({ "n": 1 }), NOW).await);
    let d = deliverer();

    assert_eq!(d.deliver_due(db, NOW).await.expect("deliver"), 1);
    let first = only(db, admin).await;
    assert_eq!((first.status, first.attempts, first.last_status), (DeliveryStatus::Pending, 1, Some(500)));
    assert!(first.last_error.as_deref().is_some_and(|e| e.starts_with("HTTP 500")), "{first:?}");
    assert_eq!(first.next_attempt_at, Timestamp(NOW + 30 * SECOND));

    // Not before the back-off has passed.
    assert_eq!(d.deliver_due(db, NOW + 29 * SECOND).await.expect("deliver"), 0);
    assert_eq!(desk.received().len(), 1);

    let t2 = NOW + 30 * SECOND;
    assert_eq!(d.deliver_due(db, t2).await.expect("deliver"), 1);
    let second = only(db, admin).await;
    assert_eq!((second.status, second.attempts, second.last_status), (DeliveryStatus::Pending, 2, Some(500)));
    assert_eq!(second.next_attempt_at, Timestamp(t2 + 120 * SECOND));
    assert_eq!(d.deliver_due(db, t2 + 119 * SECOND).await.expect("deliver"), 0);

    let t3 = t2 + 120 * SECOND;
    assert_eq!(d.deliver_due(db, t3).await.expect("deliver"), 1);
    let third = only(db, admin).await;
    assert_eq!((third.status, third.attempts, third.last_status), (DeliveryStatus::Delivered, 3, Some(200)));
    assert_eq!((third.last_error, third.delivered_at), (None, Some(Timestamp(t3))));

    // The same body every time, each signed for its own time.
    let got = desk.received();
    assert_eq!(got.len(), 3);
    assert!(got.iter().all(|r| r.body == got[0].body));
    let stamps: Vec<i64> = got.iter().map(|r| verify_signature(r, SECRET)).collect();
    assert_eq!(stamps, [NOW / 1000, t2 / 1000, t3 / 1000]);
}

async fn a_slow_receiver_is_a_failed_attempt_and_nothing_is_lost(db: &Db) {
    let (url, desk) = helpdesk(&[(200, Duration::from_millis(1500))], Duration::ZERO).await;
    let admin = configured(db, &url).await;
    assert!(enqueue(db, "escalation.opened", serde_json::json!({}), NOW).await);
    let quick = Deliverer::with_timeout(Duration::from_millis(300)).expect("client");

    let started = std::time::Instant::now();
    assert_eq!(quick.deliver_due(db, NOW).await.expect("deliver"), 1);
    assert!(started.elapsed() < Duration::from_millis(1400), "the timeout cut the wait short");
    let d = only(db, admin).await;
    assert_eq!((d.status, d.attempts, d.last_status), (DeliveryStatus::Pending, 1, None));
    assert!(d.last_error.as_deref().is_some_and(|e| e.contains("timed out")), "{d:?}");
    assert_eq!(d.next_attempt_at, Timestamp(NOW + 30 * SECOND));

    // The next attempt (the helpdesk answers at once now) delivers it.
    assert_eq!(quick.deliver_due(db, NOW + 30 * SECOND).await.expect("deliver"), 1);
    let d = only(db, admin).await;
    assert_eq!((d.status, d.attempts, d.last_status), (DeliveryStatus::Delivered, 2, Some(200)));
    assert_eq!(desk.received().len(), 2);
}

async fn an_unreachable_receiver_is_a_failed_attempt(db: &Db) {
    // A port that was just free: nothing listens there.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    drop(listener);
    let admin = configured(db, &format!("http://{addr}/hook")).await;
    assert!(enqueue(db, "escalation.opened", serde_json::json!({}), NOW).await);

    assert_eq!(deliverer().deliver_due(db, NOW).await.expect("deliver"), 1);
    let d = only(db, admin).await;
    assert_eq!((d.status, d.attempts, d.last_status), (DeliveryStatus::Pending, 1, None));
    assert_eq!(d.last_error.as_deref(), Some("could not connect"), "a generic reason only");
}

async fn deliveries_are_given_up_after_the_last_backoff(db: &Db) {
    let script = vec![(503, Duration::ZERO); 10];
    let (url, desk) = helpdesk(&script, Duration::ZERO).await;
    let admin = configured(db, &url).await;
    assert!(enqueue(db, "escalation.opened", serde_json::json!({}), NOW).await);
    let d = deliverer();

    let mut now = NOW;
    for attempt in 1..=domain::webhook::MAX_ATTEMPTS {
        assert_eq!(d.deliver_due(db, now).await.expect("deliver"), 1, "attempt {attempt}");
        let row = only(db, admin).await;
        assert_eq!((row.attempts, row.last_status), (attempt, Some(503)));
        match domain::webhook::backoff_ms(attempt) {
            Some(wait) => {
                assert_eq!(row.status, DeliveryStatus::Pending);
                assert_eq!(row.next_attempt_at, Timestamp(now + wait));
                now = row.next_attempt_at.get();
            }
            None => assert_eq!(row.status, DeliveryStatus::Failed),
        }
    }
    assert_eq!(desk.received().len(), 6);
    // Failed is final.
    assert_eq!(d.deliver_due(db, now + 365 * 24 * 3600 * SECOND).await.expect("deliver"), 0);
    assert_eq!(desk.received().len(), 6);
}

async fn concurrent_senders_deliver_each_row_exactly_once(db: &Db) {
    // A short delay per answer, so the two senders overlap.
    let (url, desk) = helpdesk(&[], Duration::from_millis(20)).await;
    let admin = configured(db, &url).await;
    for i in 0..12 {
        assert!(enqueue(db, "escalation.opened", serde_json::json!({ "i": i }), NOW + i).await);
    }
    let (a, b) = (deliverer(), deliverer());
    let at = NOW + SECOND;
    let (x, y) = tokio::join!(a.deliver_due(db, at), b.deliver_due(db, at));
    let (x, y) = (x.expect("first sender"), y.expect("second sender"));
    assert_eq!(x + y, 12, "each row attempted by exactly one sender ({x} + {y})");

    let mut ids: Vec<String> =
        desk.received().iter().map(|r| r.header("x-entraide-delivery").to_owned()).collect();
    assert_eq!(ids.len(), 12);
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 12, "no delivery sent twice");
    let all = log(db, admin).await;
    assert!(all.iter().all(|d| d.status == DeliveryStatus::Delivered && d.attempts == 1), "{all:?}");
}

async fn without_a_url_nothing_is_queued(db: &Db) {
    let admin = admin(db).await;
    assert!(!enqueue(db, "escalation.opened", serde_json::json!({}), NOW).await);
    // Off again after being on.
    webhooks::configure(db, admin, "https://desk.example.com/hook", SECRET).await.expect("on");
    webhooks::configure(db, admin, "", "").await.expect("off");
    assert!(!enqueue(db, "escalation.opened", serde_json::json!({}), NOW).await);
    assert!(log(db, admin).await.is_empty());
    assert_eq!(deliverer().deliver_due(db, NOW).await.expect("deliver"), 0);
}

async fn a_rolled_back_change_queues_nothing(db: &Db) {
    let (url, desk) = helpdesk(&[], Duration::ZERO).await;
    let admin = configured(db, &url).await;
    let mut tx = db.begin().await.expect("begin");
    let queued = webhooks::enqueue(&mut tx, "escalation.opened", None, &serde_json::json!({}), NOW)
        .await
        .expect("enqueue");
    assert!(queued);
    drop(tx); // the change failed: rolled back
    assert!(log(db, admin).await.is_empty());
    assert_eq!(deliverer().deliver_due(db, NOW).await.expect("deliver"), 0);
    assert!(desk.received().is_empty());
}

async fn turning_webhooks_off_fails_what_is_pending(db: &Db) {
    let (url, desk) = helpdesk(&[], Duration::ZERO).await;
    let admin = configured(db, &url).await;
    assert!(enqueue(db, "escalation.opened", serde_json::json!({}), NOW).await);
    webhooks::configure(db, admin, "", "").await.expect("off");

    assert_eq!(deliverer().deliver_due(db, NOW).await.expect("deliver"), 1);
    let d = only(db, admin).await;
    assert_eq!((d.status, d.attempts), (DeliveryStatus::Failed, 1));
    assert_eq!(d.last_error.as_deref(), Some("Webhooks were turned off."));
    assert_eq!(d.url, url, "the log keeps where it was meant to go");
    assert!(desk.received().is_empty());
}

async fn members_may_not_see_or_change_webhooks(db: &Db) {
    let admin = configured(db, "https://desk.example.com/hook").await;
    let agent = community::testing::quick_account(db, "agent1", Role::Agent).await;
    let member = community::testing::quick_account(db, "member1", Role::Member).await;
    for who in [member, agent, Viewer::Visitor] {
        assert!(matches!(webhooks::deliveries(db, who, 10).await, Err(StoreError::Denied(_))));
        assert!(matches!(
            webhooks::configure(db, who, "https://evil.example.com/", "0123456789abcdef0").await,
            Err(StoreError::Denied(_))
        ));
        // Even invalid input: refused before it is checked.
        assert!(matches!(webhooks::configure(db, who, "nope", "").await, Err(StoreError::Denied(_))));
        assert!(matches!(webhooks::config(db, who).await, Err(StoreError::Denied(_))));
        assert!(matches!(webhooks::send_test(db, who, NOW).await, Err(StoreError::Denied(_))));
    }
    let (url, secret_set) = webhooks::config(db, admin).await.expect("config");
    assert_eq!((url.as_str(), secret_set), ("https://desk.example.com/hook", true));
    assert!(log(db, admin).await.is_empty());
}

fn fields(r: Result<(), StoreError>) -> Vec<(String, ErrorCode)> {
    match r {
        Err(StoreError::Invalid(f)) => f.into_iter().map(|e| (e.field, e.code)).collect(),
        other => panic!("expected field errors, got {other:?}"),
    }
}

async fn configuration_is_validated_and_the_secret_stays_secret(db: &Db) {
    let admin = admin(db).await;
    assert_eq!(webhooks::config(db, admin).await.expect("config"), (String::new(), false));

    assert_eq!(
        fields(webhooks::configure(db, admin, "ftp://desk.example.com", "short").await),
        [("url".to_owned(), ErrorCode::UrlInvalid), ("secret".to_owned(), ErrorCode::SecretTooShort)]
    );
    // A URL needs a secret.
    assert_eq!(
        fields(webhooks::configure(db, admin, "https://desk.example.com/hook", "").await),
        [("secret".to_owned(), ErrorCode::SecretTooShort)]
    );
    // Nothing was saved.
    assert_eq!(webhooks::config(db, admin).await.expect("config"), (String::new(), false));

    webhooks::configure(db, admin, "  https://desk.example.com/hook ", &format!(" {SECRET}\n"))
        .await
        .expect("save");
    assert_eq!(
        webhooks::config(db, admin).await.expect("config"),
        ("https://desk.example.com/hook".to_owned(), true)
    );
    // A blank secret keeps the stored one when the URL changes.
    webhooks::configure(db, admin, "https://desk.example.com/v2", "").await.expect("new url");
    let stored = community::store::settings::get_secret(db, webhooks::SECRET_SETTING).await.expect("secret");
    assert_eq!(stored, SECRET, "trimmed and kept");
    // Turning off clears both.
    webhooks::configure(db, admin, "", "").await.expect("off");
    assert_eq!(webhooks::config(db, admin).await.expect("config"), (String::new(), false));
}

async fn a_test_delivery_can_be_sent(db: &Db) {
    let admin = admin(db).await;
    assert_eq!(
        fields(webhooks::send_test(db, admin, NOW).await),
        [("url".to_owned(), ErrorCode::Required)],
        "no URL yet"
    );
    let (url, desk) = helpdesk(&[], Duration::ZERO).await;
    webhooks::configure(db, admin, &url, SECRET).await.expect("configure");
    webhooks::send_test(db, admin, NOW).await.expect("send test");
    let d = only(db, admin).await;
    assert_eq!((d.event.as_str(), d.status), ("ping", DeliveryStatus::Pending));

    assert_eq!(deliverer().deliver_due(db, NOW).await.expect("deliver"), 1);
    let got = desk.received();
    assert_eq!(got.len(), 1);
    verify_signature(&got[0], SECRET);
    assert_eq!(got[0].header("x-entraide-event"), "ping");
    assert_eq!(only(db, admin).await.status, DeliveryStatus::Delivered);
}

// ---- secrets at rest, private addresses, what the log keeps ----

/// The secret's row as stored, not decrypted.
async fn raw_secret(db: &Db) -> String {
    settings::get_text(db, webhooks::SECRET_SETTING, "").await.expect("raw secret")
}

async fn the_secret_is_stored_encrypted_and_a_plain_one_from_before_still_signs(db: &Db) {
    let (url, desk) = helpdesk(&[], Duration::ZERO).await;
    let admin = configured(db, &url).await;
    let raw = raw_secret(db).await;
    assert!(raw.starts_with("enc:v1:"), "stored encrypted: {raw}");
    assert!(!raw.contains(SECRET));
    // Saving the same secret again stores another text (a fresh nonce).
    webhooks::configure(db, admin, &url, SECRET).await.expect("again");
    assert_ne!(raw_secret(db).await, raw);
    // Deliveries are signed with the secret itself.
    assert!(enqueue(db, "escalation.opened", serde_json::json!({}), NOW).await);
    assert_eq!(deliverer().deliver_due(db, NOW).await.expect("deliver"), 1);
    verify_signature(&desk.received()[0], SECRET);

    // A secret saved in plain text before encryption existed still works...
    let legacy = "legacy-plain-secret-0123";
    settings::set_texts(db, admin, &[(webhooks::SECRET_SETTING, legacy.to_owned())])
        .await
        .expect("legacy row");
    assert_eq!(webhooks::config(db, admin).await.expect("config"), (url.clone(), true));
    assert!(enqueue(db, "escalation.replied", serde_json::json!({}), NOW + 1).await);
    assert_eq!(deliverer().deliver_due(db, NOW + 1).await.expect("deliver"), 1);
    verify_signature(&desk.received()[1], legacy);
    // ...and is encrypted when the settings are next saved, kept as it was.
    webhooks::configure(db, admin, &url, "").await.expect("save, keeping the secret");
    let raw = raw_secret(db).await;
    assert!(raw.starts_with("enc:v1:") && !raw.contains(legacy), "{raw}");
    assert_eq!(settings::get_secret(db, webhooks::SECRET_SETTING).await.expect("secret"), legacy);
}

async fn without_a_server_key_a_secret_is_refused_not_stored_in_clear(db: &Db) {
    let admin = admin(db).await;
    secrets::with_key(None, async {
        assert_eq!(
            fields(webhooks::configure(db, admin, "https://desk.example.com/hook", SECRET).await),
            [("secret".to_owned(), ErrorCode::SecretKeyMissing)]
        );
        assert_eq!(raw_secret(db).await, "", "nothing stored");
        assert_eq!(webhooks::config(db, admin).await.expect("config"), (String::new(), false));
        // Turning webhooks off needs no key.
        webhooks::configure(db, admin, "", "").await.expect("off");
    })
    .await;
    // A plain secret from before stays usable without a key: the URL can be
    // changed, and the secret is left as it was rather than rewritten.
    let legacy = "legacy-plain-secret-0123";
    settings::set_texts(db, admin, &[(webhooks::SECRET_SETTING, legacy.to_owned())])
        .await
        .expect("legacy row");
    secrets::with_key(None, async {
        webhooks::configure(db, admin, "https://desk.example.com/v2", "")
            .await
            .expect("new url, kept secret");
        assert_eq!(raw_secret(db).await, legacy);
        assert_eq!(
            webhooks::config(db, admin).await.expect("config"),
            ("https://desk.example.com/v2".to_owned(), true)
        );
    })
    .await;
}

async fn a_secret_under_another_key_counts_as_unset_and_crashes_nothing(db: &Db) {
    let (url, desk) = helpdesk(&[], Duration::ZERO).await;
    let admin = configured(db, &url).await;
    assert!(enqueue(db, "escalation.opened", serde_json::json!({}), NOW).await);
    let other = secrets::SecretKey::from_bytes([7; 32]);
    secrets::with_key(Some(other), async {
        assert_eq!(webhooks::config(db, admin).await.expect("config"), (url.clone(), false));
        assert_eq!(settings::get_secret(db, webhooks::SECRET_SETTING).await.expect("secret"), "");
        // Nothing unsigned goes out: the attempt fails and is retried later.
        assert_eq!(deliverer().deliver_due(db, NOW).await.expect("deliver"), 1);
        let d = only(db, admin).await;
        assert_eq!(
            (d.status, d.last_error.as_deref()),
            (DeliveryStatus::Pending, Some("No signing secret is configured."))
        );
        // The admin types the secret again to go on.
        assert_eq!(
            fields(webhooks::configure(db, admin, &url, "").await),
            [("secret".to_owned(), ErrorCode::SecretTooShort)]
        );
    })
    .await;
    assert!(desk.received().is_empty());
}

async fn private_addresses_are_refused_when_saved_and_when_sent(db: &Db) {
    let (url, desk) = helpdesk(&[], Duration::ZERO).await;
    let admin = admin(db).await;
    let port = url.trim_start_matches("http://127.0.0.1:").split('/').next().unwrap_or("").to_owned();
    let private = [
        url.clone(),
        format!("http://localhost:{port}/hooks/entraide"),
        "http://169.254.169.254/latest/meta-data/".to_owned(),
        "http://10.0.0.5/hook".to_owned(),
        "http://[::1]:8080/hook".to_owned(),
        "http://[::ffff:192.168.1.1]/hook".to_owned(),
        // What the client's URL parser would read as 127.0.0.1.
        "http://2130706433/hook".to_owned(),
    ];
    outbound::with_policy(false, async {
        for target in &private {
            let code =
                if target.contains("2130706433") { ErrorCode::UrlInvalid } else { ErrorCode::UrlPrivate };
            assert_eq!(
                fields(webhooks::configure(db, admin, target, SECRET).await),
                [("url".to_owned(), code)],
                "{target}"
            );
        }
        assert_eq!(
            webhooks::config(db, admin).await.expect("config"),
            (String::new(), false),
            "nothing saved"
        );
        webhooks::configure(db, admin, "https://desk.example.com/hook", SECRET).await.expect("a public URL");
    })
    .await;

    // A URL saved before the rule (or allowed then) is refused when sent,
    // IP literal or name; nothing reaches the receiver.
    for (i, target) in
        [url.clone(), format!("http://localhost:{port}/hooks/entraide")].into_iter().enumerate()
    {
        settings::set_texts(db, admin, &[(webhooks::URL_SETTING, target.clone())]).await.expect("old URL");
        // A millisecond apart: the first row's retry is not due yet.
        let now = NOW + i as i64;
        assert!(enqueue(db, "escalation.opened", serde_json::json!({}), now).await);
        let sent = outbound::with_policy(false, async { deliverer().deliver_due(db, now).await }).await;
        assert_eq!(sent.expect("deliver"), 1, "{target}");
        let d = log(db, admin).await.remove(0);
        assert_eq!(d.last_error.as_deref(), Some(webhooks::PRIVATE_TARGET_ERROR), "{target}");
        assert_eq!((d.status, d.last_status), (DeliveryStatus::Pending, None));
    }
    assert!(desk.received().is_empty(), "nothing was sent to a private address");
    // Allowed by the operator, the same row goes out.
    assert_eq!(
        outbound::with_policy(true, async { deliverer().deliver_due(db, NOW + 10 * 3_600_000).await })
            .await
            .expect("deliver"),
        2
    );
    assert_eq!(desk.received().len(), 2);
}

async fn the_log_keeps_the_status_and_never_the_receivers_answer(db: &Db) {
    let (url, desk) = helpdesk(&[(400, Duration::ZERO), (500, Duration::ZERO)], Duration::ZERO).await;
    let admin = configured(db, &url).await;
    webhooks::send_test(db, admin, NOW).await.expect("test delivery");
    assert!(enqueue(db, "escalation.opened", serde_json::json!({}), NOW).await);
    assert_eq!(deliverer().deliver_due(db, NOW).await.expect("deliver"), 2);
    assert_eq!(desk.received().len(), 2);
    let all = log(db, admin).await;
    let mut errors: Vec<(Option<i64>, Option<String>)> =
        all.iter().map(|d| (d.last_status, d.last_error.clone())).collect();
    errors.sort();
    assert_eq!(
        errors,
        [(Some(400), Some("HTTP 400".to_owned())), (Some(500), Some("HTTP 500".to_owned()))],
        "status only"
    );
    let shown = serde_json::to_string(&all).expect("json");
    assert!(!shown.contains("hunter2") && !shown.contains("internal-only"), "{shown}");

    // Rows written by older versions kept the start of the answer: the log
    // shows their status only.
    community::on_db!(db, p => sqlx::query(
        "UPDATE webhook_deliveries SET last_error = 'HTTP 500: internal-only: db password is hunter2'
         WHERE last_status = 500")
        .execute(p).await.map(|r| r.rows_affected()))
    .expect("an old row");
    let shown = serde_json::to_string(&log(db, admin).await).expect("json");
    assert!(shown.contains("HTTP 500") && !shown.contains("hunter2"), "{shown}");
}
