//! The translation providers against a stand-in server (axum on 127.0.0.1:0)
//! that speaks LibreTranslate, DeepL and OpenAI-compatible chat at once,
//! records every request and answers as each test scripts: success, code
//! protection, retries, giving up, timeouts, refusals, nonsense, nothing
//! listening, and private addresses refused before any request. Every test
//! runs against every provider.

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::Router;
use community::translate::providers::{
    provider_with_backoff, ProviderConfig, ProviderKind, TranslateError, Translator,
};
use serde_json::{json, Value};

const KEY: &str = "k3y-that-must-stay-secret";
const BACKOFF: Duration = Duration::from_millis(10);
const TIMEOUT: Duration = Duration::from_secs(3);

// ---- the stand-in provider ----

/// What the stand-in does instead of translating, once per request.
#[derive(Clone, Debug)]
enum Fault {
    /// This status, with an error body that echoes the key.
    Status(u16),
    /// Waits this long before answering.
    Slow(Duration),
    /// A 200 whose body is not JSON.
    NotJson,
    /// A 200 with this JSON.
    Json(Value),
}

#[derive(Clone, Debug)]
struct Received {
    path: String,
    authorization: String,
    body: Value,
}

#[derive(Clone, Default)]
struct Stand {
    received: Arc<Mutex<Vec<Received>>>,
    script: Arc<Mutex<VecDeque<Fault>>>,
}

impl Stand {
    fn with_script(faults: impl IntoIterator<Item = Fault>) -> Self {
        let stand = Stand::default();
        stand.script.lock().map(|mut s| s.extend(faults)).ok();
        stand
    }

    fn received(&self) -> Vec<Received> {
        self.received.lock().map(|r| r.clone()).unwrap_or_default()
    }

    fn count(&self) -> usize {
        self.received().len()
    }

    async fn serve(&self) -> SocketAddr {
        let app = Router::new()
            .route("/translate", post(answer))
            .route("/v2/translate", post(answer))
            .route("/v1/chat/completions", post(answer))
            .with_state(self.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("local addr");
        tokio::spawn(async move { axum::serve(listener, app).await });
        addr
    }
}

/// What the stand-in "translates" to: upper case, which would also mangle
/// any code it were sent, and leaves placeholders alone.
fn fake_translation(text: &str) -> String {
    text.to_uppercase()
}

async fn answer(State(stand): State<Stand>, uri: Uri, headers: HeaderMap, body: String) -> Response {
    let authorization = headers.get("authorization").and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
    let Ok(body) = serde_json::from_str::<Value>(&body) else {
        return (StatusCode::BAD_REQUEST, "the request is not JSON").into_response();
    };
    let path = uri.path().to_owned();
    if let Ok(mut r) = stand.received.lock() {
        r.push(Received { path: path.clone(), authorization: authorization.clone(), body: body.clone() });
    }
    let fault = stand.script.lock().ok().and_then(|mut s| s.pop_front());
    match fault {
        Some(Fault::Status(status)) => {
            let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            return error(&path, status, &format!("scripted failure for key {KEY}"));
        }
        Some(Fault::Slow(delay)) => tokio::time::sleep(delay).await,
        Some(Fault::NotJson) => return (StatusCode::OK, "{\"translatedText\": [").into_response(),
        Some(Fault::Json(value)) => return axum::Json(value).into_response(),
        None => {}
    }

    // Real providers check the key; so does the stand-in, and like some of
    // them it quotes the key it got in the refusal.
    let key = match path.as_str() {
        "/translate" => body["api_key"].as_str().unwrap_or("").to_owned(),
        "/v2/translate" => authorization.strip_prefix("DeepL-Auth-Key ").unwrap_or("").to_owned(),
        _ => authorization.strip_prefix("Bearer ").unwrap_or("").to_owned(),
    };
    if key != KEY {
        return error(&path, StatusCode::FORBIDDEN, &format!("invalid API key: {key}"));
    }

    let strings = |v: &Value| -> Vec<String> {
        v.as_array()
            .map(|a| a.iter().filter_map(|s| s.as_str()).map(fake_translation).collect())
            .unwrap_or_default()
    };
    let reply = match path.as_str() {
        "/translate" => json!({ "translatedText": strings(&body["q"]) }),
        "/v2/translate" => {
            let items: Vec<Value> = strings(&body["text"])
                .into_iter()
                .map(|text| json!({ "detected_source_language": "EN", "text": text }))
                .collect();
            json!({ "translations": items })
        }
        _ => {
            let text = body["messages"][1]["content"].as_str().unwrap_or("");
            json!({
                "id": "chatcmpl-1",
                "object": "chat.completion",
                "choices": [{ "index": 0, "message": { "role": "assistant", "content": fake_translation(text) },
                              "finish_reason": "stop" }],
            })
        }
    };
    axum::Json(reply).into_response()
}

/// An error in the shape each provider uses.
fn error(path: &str, status: StatusCode, message: &str) -> Response {
    let body = match path {
        "/translate" => json!({ "error": message }),
        "/v2/translate" => json!({ "message": message }),
        _ => json!({ "error": { "message": message, "type": "invalid_request_error" } }),
    };
    (status, axum::Json(body)).into_response()
}

// ---- helpers ----

fn config(kind: ProviderKind, addr: SocketAddr, timeout: Duration, retries: u32) -> ProviderConfig {
    let url = match kind {
        ProviderKind::OpenAi => format!("http://{addr}/v1"),
        _ => format!("http://{addr}"),
    };
    ProviderConfig { kind, url, api_key: KEY.into(), model: "test-model".into(), timeout, retries }
}

fn translator(kind: ProviderKind, addr: SocketAddr, timeout: Duration, retries: u32) -> Arc<dyn Translator> {
    provider_with_backoff(config(kind, addr, timeout, retries), BACKOFF)
}

fn texts(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

fn assert_secret_kept(kind: ProviderKind, error: &TranslateError) {
    assert!(!error.to_string().contains(KEY), "{kind:?}: the key is in {error}");
    assert!(!format!("{error:?}").contains(KEY), "{kind:?}: the key is in {error:?}");
}

/// One provider call against a stand-in with `script`: the result, the
/// number of requests it received, and how long the call took.
async fn scripted(
    kind: ProviderKind,
    script: Vec<Fault>,
    timeout: Duration,
    retries: u32,
) -> (Result<Vec<String>, TranslateError>, usize, Duration) {
    let stand = Stand::with_script(script);
    let addr = stand.serve().await;
    let started = Instant::now();
    let result = translator(kind, addr, timeout, retries).translate(&texts(&["Hello"]), "en", "fr").await;
    let elapsed = started.elapsed();
    if let Err(e) = &result {
        assert_secret_kept(kind, e);
    }
    (result, stand.count(), elapsed)
}

// ---- tests ----

#[tokio::test]
async fn every_provider_translates_several_texts_with_its_key() {
    for kind in ProviderKind::ALL {
        let stand = Stand::default();
        let addr = stand.serve().await;
        let t = translator(kind, addr, TIMEOUT, 2);
        assert_eq!(t.name(), kind.as_str());

        let input = texts(&["Hello world", "", "How are you?\n"]);
        let out = t.translate(&input, "en", "fr").await;
        assert_eq!(out, Ok(texts(&["HELLO WORLD", "", "HOW ARE YOU?\n"])), "{kind:?}");

        let received = stand.received();
        match kind {
            ProviderKind::LibreTranslate => {
                assert_eq!(received.len(), 1);
                let r = &received[0];
                assert_eq!(r.path, "/translate");
                assert_eq!(r.body["q"], json!(["Hello world", "How are you?\n"]));
                assert_eq!((&r.body["source"], &r.body["target"]), (&json!("en"), &json!("fr")));
                assert_eq!(r.body["format"], "text");
                assert_eq!(r.body["api_key"], KEY);
                assert_eq!(r.authorization, "");
            }
            ProviderKind::DeepL => {
                assert_eq!(received.len(), 1);
                let r = &received[0];
                assert_eq!(r.path, "/v2/translate");
                assert_eq!(r.body["text"], json!(["Hello world", "How are you?\n"]));
                assert_eq!((&r.body["source_lang"], &r.body["target_lang"]), (&json!("EN"), &json!("FR")));
                assert_eq!(r.authorization, format!("DeepL-Auth-Key {KEY}"));
            }
            ProviderKind::OpenAi => {
                // One request per text, the blank one skipped.
                assert_eq!(received.len(), 2);
                for (r, text) in received.iter().zip(["Hello world", "How are you?\n"]) {
                    assert_eq!(r.path, "/v1/chat/completions");
                    assert_eq!(r.authorization, format!("Bearer {KEY}"));
                    assert_eq!(r.body["model"], "test-model");
                    assert_eq!(r.body["temperature"], 0);
                    assert_eq!(r.body["messages"][0]["role"], "system");
                    let instruction = r.body["messages"][0]["content"].as_str().unwrap_or("");
                    assert!(instruction.contains("from English to French"), "{instruction}");
                    assert_eq!(r.body["messages"][1], json!({ "role": "user", "content": text }));
                }
            }
        }
    }
}

#[tokio::test]
async fn deepl_gets_the_target_variants_it_requires() {
    let stand = Stand::default();
    let addr = stand.serve().await;
    let t = translator(ProviderKind::DeepL, addr, TIMEOUT, 0);
    for (target, expected) in [("en", "EN-US"), ("pt", "PT-PT")] {
        assert!(t.translate(&texts(&["Bonjour"]), "fr", target).await.is_ok());
        let last = stand.received().pop().map(|r| r.body).unwrap_or_default();
        assert_eq!(last["target_lang"], expected);
        assert_eq!(last["source_lang"], "FR");
    }
}

#[tokio::test]
async fn code_blocks_and_spans_survive_and_are_never_sent() {
    let post = "Run `cargo test` twice:\n\n```rust\nfn main() { let x = 1; }\n```\n\n~~~\nls -la\n~~~\nthen ``a ` b``.";
    let expected = "RUN `cargo test` TWICE:\n\n```rust\nfn main() { let x = 1; }\n```\n\n~~~\nls -la\n~~~\nTHEN ``a ` b``.";
    for kind in ProviderKind::ALL {
        let stand = Stand::default();
        let addr = stand.serve().await;
        let out = translator(kind, addr, TIMEOUT, 0).translate(&texts(&[post]), "en", "fr").await;
        assert_eq!(out, Ok(texts(&[expected])), "{kind:?}");
        let sent = serde_json::to_string(&stand.received()[0].body).unwrap_or_default();
        for code in ["cargo test", "fn main", "ls -la", "a ` b"] {
            assert!(!sent.contains(code), "{kind:?} sent {code:?}: {sent}");
        }
    }
}

#[tokio::test]
async fn a_transient_failure_is_retried() {
    for kind in ProviderKind::ALL {
        for status in [500, 503, 429] {
            let (result, requests, _) = scripted(kind, vec![Fault::Status(status)], TIMEOUT, 2).await;
            assert_eq!(result, Ok(texts(&["HELLO"])), "{kind:?} after {status}");
            assert_eq!(requests, 2, "{kind:?} after {status}");
        }
    }
}

#[tokio::test]
async fn a_provider_that_keeps_failing_is_unavailable_after_every_attempt() {
    for kind in ProviderKind::ALL {
        let (result, requests, _) = scripted(kind, vec![Fault::Status(500); 10], TIMEOUT, 2).await;
        assert!(matches!(result, Err(TranslateError::Unavailable(_))), "{kind:?}: {result:?}");
        assert_eq!(requests, 3, "{kind:?}");
    }
}

#[tokio::test]
async fn a_slow_provider_times_out_after_every_attempt() {
    let timeout = Duration::from_millis(200);
    let jobs = ProviderKind::ALL.map(|kind| {
        tokio::spawn(async move {
            let (result, requests, elapsed) =
                scripted(kind, vec![Fault::Slow(Duration::from_secs(3)); 3], timeout, 1).await;
            assert_eq!(result, Err(TranslateError::Timeout), "{kind:?}");
            assert_eq!(requests, 2, "{kind:?}");
            // Two attempts and one back-off, plus scheduling slack.
            assert!(elapsed >= timeout * 2, "{kind:?}: {elapsed:?}");
            assert!(elapsed < timeout * 2 + Duration::from_millis(400), "{kind:?}: {elapsed:?}");
        })
    });
    for job in jobs {
        job.await.expect("the timeout check panicked");
    }
}

#[tokio::test]
async fn a_slow_answer_within_the_timeout_is_fine() {
    for kind in ProviderKind::ALL {
        let (result, requests, _) =
            scripted(kind, vec![Fault::Slow(Duration::from_millis(50))], Duration::from_millis(500), 0).await;
        assert_eq!(result, Ok(texts(&["HELLO"])), "{kind:?}");
        assert_eq!(requests, 1);
    }
}

#[tokio::test]
async fn a_refusal_is_final_and_does_not_reveal_the_key() {
    for kind in ProviderKind::ALL {
        for status in [400, 401, 403, 456] {
            let (result, requests, _) = scripted(kind, vec![Fault::Status(status)], TIMEOUT, 2).await;
            let Err(TranslateError::Rejected(message)) = &result else {
                panic!("{kind:?} {status}: {result:?}");
            };
            assert!(message.contains(&status.to_string()), "{kind:?}: {message}");
            assert!(
                message.contains("scripted failure for key"),
                "{kind:?}: the provider's words are kept: {message}"
            );
            assert_eq!(requests, 1, "{kind:?} {status}");
        }
    }
    let (result, _, _) = scripted(ProviderKind::DeepL, vec![Fault::Status(456)], TIMEOUT, 2).await;
    assert!(matches!(&result, Err(TranslateError::Rejected(m)) if m.contains("quota")), "{result:?}");
}

#[tokio::test]
async fn a_wrong_key_is_rejected_without_being_repeated() {
    for kind in ProviderKind::ALL {
        let stand = Stand::default();
        let addr = stand.serve().await;
        let mut config = config(kind, addr, TIMEOUT, 2);
        config.api_key = "wrong-k3y-also-secret".into();
        let result = provider_with_backoff(config, BACKOFF).translate(&texts(&["Hello"]), "en", "fr").await;
        let Err(error @ TranslateError::Rejected(_)) = &result else {
            panic!("{kind:?}: {result:?}");
        };
        assert!(!error.to_string().contains("wrong-k3y-also-secret"), "{kind:?}: {error}");
        assert_eq!(stand.count(), 1, "{kind:?}");
    }
}

#[tokio::test]
async fn nonsense_is_a_bad_response_and_not_retried() {
    let wrong_shape = json!({ "translatedText": 42, "translations": "no", "choices": [] });
    for kind in ProviderKind::ALL {
        for fault in [Fault::NotJson, Fault::Json(wrong_shape.clone()), Fault::Status(302)] {
            let (result, requests, _) = scripted(kind, vec![fault.clone()], TIMEOUT, 2).await;
            assert!(matches!(result, Err(TranslateError::BadResponse(_))), "{kind:?} {fault:?}: {result:?}");
            assert_eq!(requests, 1, "{kind:?} {fault:?}");
        }
    }
}

#[tokio::test]
async fn too_few_translations_are_a_bad_response() {
    let short = [
        (ProviderKind::LibreTranslate, json!({ "translatedText": ["ONE"] })),
        (ProviderKind::DeepL, json!({ "translations": [{ "text": "ONE" }] })),
    ];
    for (kind, reply) in short {
        let stand = Stand::with_script([Fault::Json(reply)]);
        let addr = stand.serve().await;
        let result = translator(kind, addr, TIMEOUT, 2).translate(&texts(&["One", "Two"]), "en", "fr").await;
        assert!(matches!(result, Err(TranslateError::BadResponse(_))), "{kind:?}: {result:?}");
    }
}

#[tokio::test]
async fn nothing_listening_is_unavailable() {
    // A port that was just free and is closed again.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("local addr");
    drop(listener);
    for kind in ProviderKind::ALL {
        let started = Instant::now();
        let result = translator(kind, addr, TIMEOUT, 1).translate(&texts(&["Hello"]), "en", "fr").await;
        let Err(error @ TranslateError::Unavailable(_)) = &result else {
            panic!("{kind:?}: {result:?}");
        };
        assert_secret_kept(kind, error);
        assert!(started.elapsed() < Duration::from_secs(2), "{kind:?}: {:?}", started.elapsed());
    }
}

#[tokio::test]
async fn private_addresses_are_refused_before_any_request() {
    let stand = Stand::default();
    let addr = stand.serve().await;
    for kind in ProviderKind::ALL {
        let by_name = ProviderConfig {
            url: format!("http://localhost:{}", addr.port()),
            ..config(kind, addr, TIMEOUT, 2)
        };
        for config in [config(kind, addr, TIMEOUT, 2), by_name] {
            let url = config.url.clone();
            // Built under the policy of a server without
            // ENTRAIDE_ALLOW_PRIVATE_OUTBOUND.
            let result = community::outbound::with_policy(false, async {
                provider_with_backoff(config, BACKOFF).translate(&texts(&["Hello"]), "en", "fr").await
            })
            .await;
            let Err(error @ TranslateError::Rejected(message)) = &result else {
                panic!("{kind:?} {url}: {result:?}");
            };
            assert!(message.contains("private"), "{kind:?} {url}: {message}");
            assert!(!error.is_retryable());
            assert_secret_kept(kind, error);
        }
    }
    assert_eq!(stand.count(), 0, "nothing reached the private address");
    // Allowed, the same configuration works.
    let allowed = community::outbound::with_policy(true, async {
        translator(ProviderKind::LibreTranslate, addr, TIMEOUT, 0)
            .translate(&texts(&["Hello"]), "en", "fr")
            .await
    })
    .await;
    assert_eq!(allowed, Ok(texts(&["HELLO"])));
}
