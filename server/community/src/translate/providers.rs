//! Machine translation providers behind one small trait: LibreTranslate,
//! DeepL and any OpenAI-compatible chat endpoint (OpenAI, Ollama, vLLM…),
//! chosen by the admin.
//!
//! Callers pass raw Markdown. Code (fenced blocks and inline spans) is swapped
//! for placeholders before a text leaves the server and put back afterwards:
//! translators "fix" identifiers and keywords otherwise, and code is not prose.
//!
//! Each request gets a per-attempt timeout and is retried with exponential
//! back-off when the failure may be transient (timeout, connection error, 429,
//! 5xx); a refusal (other 4xx) is final. The API key goes in a header or the
//! body and never into an error text or a log line: providers sometimes echo
//! it back, so every error text is scrubbed of it.
//!
//! The URL is an admin's choice: requests reach public addresses only,
//! unless the operator allows private ones (`crate::outbound`).

use std::fmt;
use std::future::Future;
use std::ops::Range;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag};
use reqwest::header::{HeaderValue, AUTHORIZATION};
use serde_json::{json, Value};

/// Per-attempt timeout when the admin sets none.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(8);
/// Extra attempts after the first when the admin sets none.
pub const DEFAULT_RETRIES: u32 = 2;
/// Wait before the first retry; doubled before each further one.
pub const DEFAULT_BACKOFF: Duration = Duration::from_millis(250);

/// A translation answer is a few times its request at most; anything far
/// larger is a misbehaving endpoint, not something to hold in memory.
const MAX_RESPONSE_BYTES: usize = 4 << 20;
/// Kept of a provider's error message.
const MAX_ERROR_CHARS: usize = 300;
/// Doubling stops here, so that a large `retries` cannot overflow the wait.
const MAX_BACKOFF_EXPONENT: u32 = 10;

// ---- configuration ----

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ProviderKind {
    LibreTranslate,
    DeepL,
    OpenAi,
}

impl ProviderKind {
    pub const ALL: [ProviderKind; 3] =
        [ProviderKind::LibreTranslate, ProviderKind::DeepL, ProviderKind::OpenAi];

    /// The stable name stored in settings.
    pub fn as_str(self) -> &'static str {
        match self {
            ProviderKind::LibreTranslate => "libretranslate",
            ProviderKind::DeepL => "deepl",
            ProviderKind::OpenAi => "openai",
        }
    }

    /// The inverse of `as_str`, forgiving case and surrounding spaces since
    /// the value may come from a hand-edited setting.
    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim();
        Self::ALL.into_iter().find(|kind| kind.as_str().eq_ignore_ascii_case(s))
    }

    /// The name shown to admins.
    pub fn label(self) -> &'static str {
        match self {
            ProviderKind::LibreTranslate => "LibreTranslate",
            ProviderKind::DeepL => "DeepL",
            ProviderKind::OpenAi => "OpenAI-compatible",
        }
    }
}

impl fmt::Display for ProviderKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Clone, PartialEq, Eq)]
pub struct ProviderConfig {
    pub kind: ProviderKind,
    /// Base URL: `http://127.0.0.1:5000` (LibreTranslate),
    /// `https://api-free.deepl.com` (DeepL), `http://localhost:11434/v1`
    /// (OpenAI-compatible).
    pub url: String,
    /// May be empty (LibreTranslate or Ollama without a key).
    pub api_key: String,
    /// OpenAI-compatible only.
    pub model: String,
    /// Per attempt, connection included.
    pub timeout: Duration,
    /// Extra attempts after the first.
    pub retries: u32,
}

impl ProviderConfig {
    /// With the default timeout and retries.
    pub fn new(
        kind: ProviderKind,
        url: impl Into<String>,
        api_key: impl Into<String>,
        model: impl Into<String>,
    ) -> Self {
        Self {
            kind,
            url: url.into(),
            api_key: api_key.into(),
            model: model.into(),
            timeout: DEFAULT_TIMEOUT,
            retries: DEFAULT_RETRIES,
        }
    }
}

// Written by hand so that a configuration printed with `{:?}` (in a log, a
// panic message) does not show the key.
impl fmt::Debug for ProviderConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ProviderConfig")
            .field("kind", &self.kind)
            .field("url", &self.url)
            .field("api_key", &if self.api_key.is_empty() { "" } else { "[redacted]" })
            .field("model", &self.model)
            .field("timeout", &self.timeout)
            .field("retries", &self.retries)
            .finish()
    }
}

// ---- errors ----

#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
pub enum TranslateError {
    #[error("no translation provider is configured")]
    NotConfigured,
    #[error("the translation provider did not answer in time")]
    Timeout,
    /// Connection errors, 5xx, 429.
    #[error("the translation provider is unavailable: {0}")]
    Unavailable(String),
    /// Other 4xx: bad key, unsupported language, quota exceeded.
    #[error("the translation provider refused: {0}")]
    Rejected(String),
    #[error("the translation provider answered something unexpected: {0}")]
    BadResponse(String),
}

impl TranslateError {
    /// Whether trying again later may succeed.
    pub fn is_retryable(&self) -> bool {
        matches!(self, TranslateError::Timeout | TranslateError::Unavailable(_))
    }

    fn redacted(self, secret: &str) -> Self {
        let scrub = |text: String| redact(&text, secret);
        match self {
            TranslateError::Unavailable(t) => TranslateError::Unavailable(scrub(t)),
            TranslateError::Rejected(t) => TranslateError::Rejected(scrub(t)),
            TranslateError::BadResponse(t) => TranslateError::BadResponse(scrub(t)),
            other => other,
        }
    }
}

fn redact(text: &str, secret: &str) -> String {
    if secret.is_empty() {
        text.to_owned()
    } else {
        text.replace(secret, "[redacted]")
    }
}

/// The error for a non-2xx answer, `message` being what the provider said.
fn classify(status: u16, message: &str) -> TranslateError {
    let detail =
        if message.is_empty() { format!("HTTP {status}") } else { format!("HTTP {status}: {message}") };
    match status {
        429 => TranslateError::Unavailable(format!("too many requests ({detail})")),
        // DeepL's own code for a used-up character allowance: waiting seconds
        // does not help, the admin has to act.
        456 => TranslateError::Rejected(format!("quota exceeded ({detail})")),
        401 | 403 => TranslateError::Rejected(format!("the API key was not accepted ({detail})")),
        400..=499 => TranslateError::Rejected(detail),
        500..=599 => TranslateError::Unavailable(detail),
        // Redirects are not followed (see `Http::new`), and 1xx never reach us.
        _ => TranslateError::BadResponse(detail),
    }
}

/// The human part of an error body, whichever provider's shape it has:
/// `{"error": "..."}` (LibreTranslate), `{"message": "..."}` (DeepL),
/// `{"error": {"message": "..."}}` (OpenAI), or plain text.
fn error_message(body: &[u8]) -> String {
    let from_json = serde_json::from_slice::<Value>(body).ok().and_then(|v| {
        let candidates = [
            v.get("error").and_then(|e| e.get("message")),
            v.get("error"),
            v.get("message"),
            v.get("detail"),
        ];
        candidates.into_iter().flatten().find_map(|m| m.as_str().map(str::to_owned))
    });
    let text = from_json.unwrap_or_else(|| String::from_utf8_lossy(body).into_owned());
    truncate(text.split_whitespace().collect::<Vec<_>>().join(" ").as_str())
}

fn truncate(s: &str) -> String {
    match s.char_indices().nth(MAX_ERROR_CHARS) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_owned(),
    }
}

/// The refusal for a provider URL that leads to a private or local address.
fn private_target() -> TranslateError {
    TranslateError::Rejected(
        "the provider's address is private or local (see ENTRAIDE_ALLOW_PRIVATE_OUTBOUND)".into(),
    )
}

/// reqwest's own message mostly names the URL; the causes say what happened
/// ("connection refused").
fn from_reqwest(e: &reqwest::Error) -> TranslateError {
    if e.is_timeout() {
        return TranslateError::Timeout;
    }
    if crate::outbound::is_private_refusal(e) {
        // Final: trying again would resolve to the same place.
        return private_target();
    }
    let mut text = if e.is_connect() { "could not connect" } else { "the request failed" }.to_owned();
    let mut source = std::error::Error::source(e);
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !text.contains(&cause_text) {
            text.push_str(": ");
            text.push_str(&cause_text);
        }
        source = cause.source();
    }
    TranslateError::Unavailable(truncate(&text))
}

// ---- the trait ----

pub trait Translator: Send + Sync {
    /// The kind's `as_str`.
    fn name(&self) -> &'static str;

    /// Translates each text (Markdown) from `source` to `target` (ISO 639-1
    /// codes, lowercase), same order. An empty `source` or `"auto"` lets the
    /// provider detect it.
    fn translate<'a>(
        &'a self,
        texts: &'a [String],
        source: &'a str,
        target: &'a str,
    ) -> Pin<Box<dyn Future<Output = Result<Vec<String>, TranslateError>> + Send + 'a>>;
}

/// The provider the configuration names, with the production back-off.
/// Building it makes no request; a missing URL (or DeepL key, or model)
/// shows as `NotConfigured` on the first `translate`.
pub fn provider(config: ProviderConfig) -> Arc<dyn Translator> {
    provider_with_backoff(config, DEFAULT_BACKOFF)
}

/// `provider` with another wait before the first retry (tests).
pub fn provider_with_backoff(config: ProviderConfig, backoff: Duration) -> Arc<dyn Translator> {
    Arc::new(Provider { http: Http::new(config, backoff) })
}

struct Provider {
    http: Http,
}

impl Translator for Provider {
    fn name(&self) -> &'static str {
        self.http.config.kind.as_str()
    }

    fn translate<'a>(
        &'a self,
        texts: &'a [String],
        source: &'a str,
        target: &'a str,
    ) -> Pin<Box<dyn Future<Output = Result<Vec<String>, TranslateError>> + Send + 'a>> {
        Box::pin(self.run(texts, source, target))
    }
}

impl Provider {
    async fn run(&self, texts: &[String], source: &str, target: &str) -> Result<Vec<String>, TranslateError> {
        self.http.check_configured()?;
        let source = source.trim().to_ascii_lowercase();
        let target = target.trim().to_ascii_lowercase();
        if target.is_empty() {
            return Err(TranslateError::Rejected("no target language given".into()));
        }
        let source = if source == "auto" { String::new() } else { source };
        if source == target {
            return Ok(texts.to_vec());
        }

        // Blank texts (an empty title, say) are not worth a request, and some
        // providers refuse them.
        let mut sent = Vec::new();
        let mut masked = Vec::new();
        let mut codes = Vec::new();
        for (i, text) in texts.iter().enumerate() {
            if !text.trim().is_empty() {
                let (m, c) = mask_code(text);
                sent.push(i);
                masked.push(m);
                codes.push(c);
            }
        }
        if sent.is_empty() {
            return Ok(texts.to_vec());
        }

        let translated = match self.http.config.kind {
            ProviderKind::LibreTranslate => self.libretranslate(&masked, &source, &target).await?,
            ProviderKind::DeepL => self.deepl(&masked, &source, &target).await?,
            ProviderKind::OpenAi => self.openai(&masked, &source, &target).await?,
        };
        if translated.len() != masked.len() {
            return Err(TranslateError::BadResponse(format!(
                "{} translations for {} texts",
                translated.len(),
                masked.len()
            )));
        }

        let mut out = texts.to_vec();
        for ((i, text), code) in sent.into_iter().zip(translated).zip(codes) {
            let restored = unmask_code(&text, &code);
            out[i] = keep_outer_whitespace(&texts[i], &restored);
        }
        Ok(out)
    }

    async fn libretranslate(
        &self,
        texts: &[String],
        source: &str,
        target: &str,
    ) -> Result<Vec<String>, TranslateError> {
        let mut body = json!({
            "q": texts,
            "source": if source.is_empty() { "auto" } else { source },
            "target": target,
            "format": "text",
        });
        let key = &self.http.config.api_key;
        if !key.is_empty() {
            body["api_key"] = Value::from(key.as_str());
        }
        let answer = self.http.post_json("/translate", None, &body).await?;
        match answer.get("translatedText") {
            Some(Value::Array(items)) => items
                .iter()
                .map(|item| {
                    item.as_str().map(str::to_owned).ok_or_else(|| {
                        TranslateError::BadResponse("a translatedText item is not a string".into())
                    })
                })
                .collect(),
            // What a server that ignores batching answers.
            Some(Value::String(one)) if texts.len() == 1 => Ok(vec![one.clone()]),
            _ => Err(TranslateError::BadResponse("no translatedText list in the answer".into())),
        }
    }

    async fn deepl(
        &self,
        texts: &[String],
        source: &str,
        target: &str,
    ) -> Result<Vec<String>, TranslateError> {
        let mut body = json!({ "text": texts, "target_lang": deepl_target(target) });
        if let Some(source) = deepl_source(source) {
            body["source_lang"] = Value::from(source);
        }
        let auth = format!("DeepL-Auth-Key {}", self.http.config.api_key);
        let answer = self.http.post_json("/v2/translate", Some(auth), &body).await?;
        let items = answer
            .get("translations")
            .and_then(Value::as_array)
            .ok_or_else(|| TranslateError::BadResponse("no translations list in the answer".into()))?;
        items
            .iter()
            .map(|item| {
                item.get("text")
                    .and_then(Value::as_str)
                    .map(str::to_owned)
                    .ok_or_else(|| TranslateError::BadResponse("a translation has no text".into()))
            })
            .collect()
    }

    /// One request per text: chat models translate one document better than
    /// a numbered list they might merge or reorder.
    async fn openai(
        &self,
        texts: &[String],
        source: &str,
        target: &str,
    ) -> Result<Vec<String>, TranslateError> {
        let config = &self.http.config;
        let auth = (!config.api_key.is_empty()).then(|| format!("Bearer {}", config.api_key));
        let instruction = chat_instruction(source, target);
        let mut out = Vec::with_capacity(texts.len());
        for text in texts {
            let body = json!({
                "model": config.model,
                "temperature": 0,
                "messages": [
                    { "role": "system", "content": instruction },
                    { "role": "user", "content": text },
                ],
            });
            let answer = self.http.post_json("/chat/completions", auth.clone(), &body).await?;
            let content =
                answer.pointer("/choices/0/message/content").and_then(Value::as_str).ok_or_else(|| {
                    TranslateError::BadResponse("no choices[0].message.content in the answer".into())
                })?;
            out.push(clean_chat_answer(content));
        }
        Ok(out)
    }
}

// ---- HTTP with timeouts and retries ----

struct Http {
    config: ProviderConfig,
    /// Building fails only when the TLS backend cannot start; kept as an
    /// error so that `provider` stays infallible and the admin sees why.
    client: Result<reqwest::Client, String>,
    /// Wait before the first retry, doubled before each further one.
    backoff: Duration,
    /// The outbound policy when the client was built (its resolver follows it).
    allow_private: bool,
}

impl Http {
    fn new(config: ProviderConfig, backoff: Duration) -> Self {
        let allow_private = crate::outbound::allow_private();
        let client = crate::outbound::client_builder(allow_private)
            .connect_timeout(config.timeout)
            .timeout(config.timeout)
            // A redirected POST would carry the text, and with LibreTranslate
            // the key, to wherever the answer points.
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("Entraide-Translate/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| format!("cannot build the HTTP client: {e}"));
        Self { config, client, backoff, allow_private }
    }

    fn check_configured(&self) -> Result<(), TranslateError> {
        let c = &self.config;
        let missing = c.url.trim().is_empty()
            || (c.kind == ProviderKind::DeepL && c.api_key.is_empty())
            || (c.kind == ProviderKind::OpenAi && c.model.trim().is_empty());
        if missing {
            Err(TranslateError::NotConfigured)
        } else {
            Ok(())
        }
    }

    /// POSTs `body` to the base URL + `path` until an answer, a final error or
    /// the last attempt; the answer is the parsed JSON of a 2xx.
    async fn post_json(
        &self,
        path: &str,
        auth: Option<String>,
        body: &Value,
    ) -> Result<Value, TranslateError> {
        let url = format!("{}{path}", self.config.url.trim().trim_end_matches('/'));
        // An IP literal is connected to without the resolver that filters
        // names, so it is checked here, on every call: the saved URL may
        // predate the rule.
        match crate::outbound::check_url_with(&url, self.allow_private) {
            Ok(()) => {}
            Err(domain::ErrorCode::UrlPrivate) => return Err(private_target()),
            Err(_) => return Err(TranslateError::Rejected("the provider's URL is not valid".into())),
        }
        let attempts = self.config.retries.saturating_add(1);
        let mut attempt = 0;
        loop {
            let result = self.attempt(&url, auth.as_deref(), body).await;
            let error = match result {
                Ok(answer) => return Ok(answer),
                Err(e) => e.redacted(&self.config.api_key),
            };
            attempt += 1;
            if !error.is_retryable() || attempt >= attempts {
                return Err(error);
            }
            let wait = self.backoff.saturating_mul(1 << (attempt - 1).min(MAX_BACKOFF_EXPONENT));
            tracing::debug!(provider = self.config.kind.as_str(), attempt, %error, ?wait,
                "translation attempt failed; retrying");
            tokio::time::sleep(wait).await;
        }
    }

    async fn attempt(&self, url: &str, auth: Option<&str>, body: &Value) -> Result<Value, TranslateError> {
        let client = self.client.as_ref().map_err(|e| TranslateError::Unavailable(e.clone()))?;
        let mut request = client.post(url).json(body);
        if let Some(auth) = auth {
            let mut value = HeaderValue::from_str(auth).map_err(|_| {
                TranslateError::Rejected("the API key has characters an HTTP header cannot carry".into())
            })?;
            value.set_sensitive(true);
            request = request.header(AUTHORIZATION, value);
        }
        let exchange = async {
            let response = request.send().await.map_err(|e| from_reqwest(&e))?;
            let status = response.status().as_u16();
            let body = read_capped(response).await?;
            Ok::<_, TranslateError>((status, body))
        };
        // reqwest's own timeout covers the body too, but only while bytes are
        // awaited through it; this bounds the whole attempt whatever happens.
        let (status, bytes) = tokio::time::timeout(self.config.timeout, exchange)
            .await
            .map_err(|_| TranslateError::Timeout)??;
        if !(200..300).contains(&status) {
            return Err(classify(status, &error_message(&bytes)));
        }
        serde_json::from_slice(&bytes).map_err(|e| TranslateError::BadResponse(format!("not JSON: {e}")))
    }
}

async fn read_capped(mut response: reqwest::Response) -> Result<Vec<u8>, TranslateError> {
    let mut bytes = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(|e| from_reqwest(&e))? {
        if bytes.len() + chunk.len() > MAX_RESPONSE_BYTES {
            return Err(TranslateError::BadResponse(format!(
                "an answer larger than {MAX_RESPONSE_BYTES} bytes"
            )));
        }
        bytes.extend_from_slice(&chunk);
    }
    Ok(bytes)
}

// ---- languages ----

/// DeepL's source code: the bare language, upper-case (it refuses regional
/// variants as a source); `None` lets DeepL detect it.
fn deepl_source(code: &str) -> Option<String> {
    let primary = code.trim().split(['-', '_']).next().unwrap_or_default().to_ascii_uppercase();
    match primary.as_str() {
        "" | "AUTO" => None,
        "NO" => Some("NB".into()),
        _ => Some(primary),
    }
}

/// DeepL's target code: upper-case, and a variant where DeepL requires one
/// (it refuses plain "EN" and "PT" as targets).
fn deepl_target(code: &str) -> String {
    let code = code.trim().replace('_', "-").to_ascii_uppercase();
    match code.as_str() {
        "EN" => "EN-US".into(),
        "PT" => "PT-PT".into(),
        "ZH" => "ZH-HANS".into(),
        "NO" => "NB".into(),
        _ => code,
    }
}

/// The English name of an ISO 639-1 code, for the chat instruction: models
/// follow "from French" more reliably than "from fr".
fn language_name(code: &str) -> Option<&'static str> {
    let primary = code.split(['-', '_']).next().unwrap_or_default();
    Some(match primary {
        "ar" => "Arabic",
        "bg" => "Bulgarian",
        "ca" => "Catalan",
        "cs" => "Czech",
        "da" => "Danish",
        "de" => "German",
        "el" => "Greek",
        "en" => "English",
        "eo" => "Esperanto",
        "es" => "Spanish",
        "et" => "Estonian",
        "eu" => "Basque",
        "fa" => "Persian",
        "fi" => "Finnish",
        "fr" => "French",
        "ga" => "Irish",
        "he" => "Hebrew",
        "hi" => "Hindi",
        "hr" => "Croatian",
        "hu" => "Hungarian",
        "id" => "Indonesian",
        "it" => "Italian",
        "ja" => "Japanese",
        "ko" => "Korean",
        "lt" => "Lithuanian",
        "lv" => "Latvian",
        "nb" | "no" => "Norwegian Bokmål",
        "nl" => "Dutch",
        "pl" => "Polish",
        "pt" => "Portuguese",
        "ro" => "Romanian",
        "ru" => "Russian",
        "sk" => "Slovak",
        "sl" => "Slovenian",
        "sr" => "Serbian",
        "sv" => "Swedish",
        "th" => "Thai",
        "tr" => "Turkish",
        "uk" => "Ukrainian",
        "vi" => "Vietnamese",
        "zh" => "Chinese",
        _ => return None,
    })
}

fn describe_language(code: &str) -> String {
    match language_name(code) {
        Some(name) => name.to_owned(),
        None => format!("the language with ISO 639-1 code \"{code}\""),
    }
}

fn chat_instruction(source: &str, target: &str) -> String {
    let from = if source.is_empty() { "its language".to_owned() } else { describe_language(source) };
    format!(
        "You are a translation engine. Translate the user's Markdown from {from} to {}. \
         Keep the Markdown formatting, code, URLs and placeholders such as {OPEN}0{CLOSE} exactly as they are. \
         Answer with the translation only: no comments, no quotes, no code fence around it.",
        describe_language(target)
    )
}

/// Undoes habits of chat models the instruction does not always prevent: a
/// `<think>` preamble (reasoning models) and a code fence around the answer.
/// The text sent never starts with a fence (fences are masked), so one
/// around the answer was added by the model.
fn clean_chat_answer(content: &str) -> String {
    let mut text = content.trim();
    if let Some(rest) = text.strip_prefix("<think>") {
        if let Some(end) = rest.find("</think>") {
            text = rest[end + "</think>".len()..].trim();
        }
    }
    if text.starts_with("```") && text.ends_with("```") && text.len() >= 6 {
        if let Some(first_newline) = text.find('\n') {
            let inner = &text[first_newline + 1..text.len() - 3];
            text = inner.trim();
        }
    }
    text.to_owned()
}

/// `translated` with the leading and trailing whitespace of `original`:
/// providers trim, and a trailing newline matters to Markdown that is
/// concatenated later.
fn keep_outer_whitespace(original: &str, translated: &str) -> String {
    let body = original.trim();
    let lead = &original[..original.len() - original.trim_start().len()];
    let trail = if body.is_empty() { "" } else { &original[original.trim_end().len()..] };
    format!("{lead}{}{trail}", translated.trim())
}

// ---- code protection ----

// Brackets translators treat as punctuation to copy, and that Markdown gives
// no meaning to.
const OPEN: char = '⟦';
const CLOSE: char = '⟧';

/// Replaces fenced code blocks (``` and ~~~) and inline code spans with
/// placeholders `⟦n⟧`, returning the masked text and the code, `n` being an
/// index into it. A block keeps its own line. A `⟦` already in the text is
/// masked too, so that a placeholder in the text is always one of ours.
pub fn mask_code(markdown: &str) -> (String, Vec<String>) {
    // The same extensions as `crate::markdown`, so that what is code here is
    // what renders as code.
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS;
    let mut spans: Vec<Range<usize>> = Vec::new();
    for (event, range) in Parser::new_ext(markdown, options).into_offset_iter() {
        let range = match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(_))) => {
                // The range ends after the closing fence's line break, which
                // stays outside so the placeholder keeps its own line.
                let text = &markdown[range.clone()];
                range.start..range.start + text.trim_end_matches(['\n', '\r']).len()
            }
            Event::Code(_) => range,
            _ => continue,
        };
        spans.push(range);
    }
    spans.sort_by_key(|r| r.start);

    let mut masked = String::with_capacity(markdown.len());
    let mut codes = Vec::new();
    let mut at = 0;
    for span in spans {
        if span.start < at || span.end > markdown.len() {
            continue;
        }
        push_prose(&mut masked, &mut codes, &markdown[at..span.start]);
        push_placeholder(&mut masked, &mut codes, &markdown[span.clone()]);
        at = span.end;
    }
    push_prose(&mut masked, &mut codes, &markdown[at..]);
    (masked, codes)
}

fn push_placeholder(masked: &mut String, codes: &mut Vec<String>, code: &str) {
    masked.push_str(&format!("{OPEN}{}{CLOSE}", codes.len()));
    codes.push(code.to_owned());
}

fn push_prose(masked: &mut String, codes: &mut Vec<String>, prose: &str) {
    for piece in prose.split_inclusive(OPEN) {
        match piece.strip_suffix(OPEN) {
            Some(before) => {
                masked.push_str(before);
                push_placeholder(masked, codes, &OPEN.to_string());
            }
            None => masked.push_str(piece),
        }
    }
}

/// Puts the code back in a translation of `mask_code`'s text. Forgiving of
/// what translators do to placeholders: spaces inside (`⟦ 0 ⟧`) are
/// accepted, a repeated one is restored once (the copies dropped), and the
/// code of a dropped one is appended at the end rather than lost.
pub fn unmask_code(translated: &str, codes: &[String]) -> String {
    let mut out = String::with_capacity(translated.len() + codes.iter().map(String::len).sum::<usize>());
    let mut restored = vec![false; codes.len()];
    let mut rest = translated;
    while let Some(start) = rest.find(OPEN) {
        out.push_str(&rest[..start]);
        let after = &rest[start + OPEN.len_utf8()..];
        match parse_placeholder(after) {
            Some((index, used)) if index < codes.len() => {
                rest = &after[used..];
                if !restored[index] {
                    restored[index] = true;
                    put_code(&mut out, &codes[index], rest);
                }
            }
            _ => {
                out.push(OPEN);
                rest = after;
            }
        }
    }
    out.push_str(rest);

    // Lost inline code first, so that it stays next to the prose it belonged
    // to, then lost blocks.
    let lost: Vec<&String> =
        codes.iter().zip(&restored).filter(|(_, done)| !**done).map(|(c, _)| c).collect();
    for code in lost.iter().filter(|c| !is_block(c)) {
        if ends_with_block(&out) {
            out.push_str("\n\n");
        } else if !out.is_empty() && !out.ends_with(char::is_whitespace) {
            out.push(' ');
        }
        out.push_str(code);
    }
    for code in lost.iter().filter(|c| is_block(c)) {
        let trimmed = out.trim_end().len();
        out.truncate(trimmed);
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(code);
    }
    out
}

/// `n⟧` with optional spaces around `n`: the index and the bytes it takes.
fn parse_placeholder(s: &str) -> Option<(usize, usize)> {
    let trimmed = s.trim_start_matches([' ', '\u{a0}']);
    let digits = trimmed.len() - trimmed.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 {
        return None;
    }
    let index = trimmed[..digits].parse().ok()?;
    let tail = trimmed[digits..].trim_start_matches([' ', '\u{a0}']);
    let tail = tail.strip_prefix(CLOSE)?;
    Some((index, s.len() - tail.len()))
}

/// Whether `code` is a fenced block rather than an inline span. Both may
/// start with backticks and span lines, but a fence's info string cannot
/// contain a backtick, while an inline span closes with backticks.
fn is_block(code: &str) -> bool {
    if code.starts_with("~~~") {
        return true;
    }
    let first_line = code.lines().next().unwrap_or_default();
    let info = first_line.trim_start_matches('`');
    first_line.len() - info.len() >= 3 && !info.contains('`')
}

/// Whether the last line of `out` is a closing fence, after which inline
/// text needs a new paragraph.
fn ends_with_block(out: &str) -> bool {
    let last = out.trim_end().rsplit('\n').next().unwrap_or_default().trim_start_matches([' ', '>']);
    last.starts_with("```") || last.starts_with("~~~")
}

/// Appends `code` to `out`, putting a block back on a line of its own when
/// the translator joined it to the surrounding prose.
fn put_code(out: &mut String, code: &str, following: &str) {
    if is_block(code) {
        let line = &out[out.rfind('\n').map_or(0, |i| i + 1)..];
        // A block may follow a blockquote or list marker on its line.
        let only_markers = line.chars().all(|c| {
            c.is_whitespace() || c.is_ascii_digit() || matches!(c, '>' | '-' | '*' | '+' | '.' | ')')
        });
        if !only_markers {
            let kept = out.trim_end_matches([' ', '\t']).len();
            out.truncate(kept);
            out.push('\n');
        }
        out.push_str(code);
        if !following.is_empty() && !following.starts_with(['\n', '\r']) {
            out.push('\n');
        }
    } else {
        out.push_str(code);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(md: &str) -> (String, Vec<String>) {
        let (masked, codes) = mask_code(md);
        assert_eq!(unmask_code(&masked, &codes), md, "round trip of {md:?} via {masked:?}");
        (masked, codes)
    }

    #[test]
    fn masking_round_trips_and_hides_all_code() {
        let md = "Run `cargo build` first.\n\n```rust\nfn main() { println!(\"hi\"); }\n```\n\nThen ~~~ tildes:\n\n~~~\nls -la\n~~~\nEnd with `x`.";
        let (masked, codes) = round_trip(md);
        assert_eq!(masked, "Run ⟦0⟧ first.\n\n⟦1⟧\n\nThen ~~~ tildes:\n\n⟦2⟧\nEnd with ⟦3⟧.");
        assert_eq!(codes[0], "`cargo build`");
        assert_eq!(codes[1], "```rust\nfn main() { println!(\"hi\"); }\n```");
        assert_eq!(codes[2], "~~~\nls -la\n~~~");
        assert_eq!(codes[3], "`x`");
    }

    #[test]
    fn masking_handles_nested_backticks() {
        let (masked, codes) = round_trip("Write `` a ` b `` and ```` ```x``` ```` here.");
        assert_eq!(masked, "Write ⟦0⟧ and ⟦1⟧ here.");
        assert_eq!(codes, ["`` a ` b ``", "```` ```x``` ````"]);

        let md = "````markdown\n```rust\nlet x = 1;\n```\n````\nafter";
        let (masked, codes) = round_trip(md);
        assert_eq!(masked, "⟦0⟧\nafter");
        assert_eq!(codes, ["````markdown\n```rust\nlet x = 1;\n```\n````"]);
    }

    #[test]
    fn masking_handles_quotes_lists_indentation_and_unclosed_fences() {
        round_trip("> Quote:\n> ```\n> code\n> ```\n> after\n");
        round_trip("- item\n\n  ```sh\n  echo `hi`\n  ```\n- next `y`\n");
        round_trip("   ```\nindented fence\n   ```\n");
        round_trip("text\n```\nnever closed `x`\n");
        round_trip("no code at all, just *emphasis*\r\n");
        round_trip("");
        // Not code: a lone backtick, and an indented code block (left as is).
        let (masked, codes) = round_trip("a ` b\n\n    indented\n");
        assert!(codes.is_empty());
        assert_eq!(masked, "a ` b\n\n    indented\n");
    }

    #[test]
    fn a_bracket_already_in_the_text_is_not_taken_for_a_placeholder() {
        let md = "Literal ⟦0⟧ and `code`.";
        let (masked, codes) = round_trip(md);
        assert_eq!(masked, "Literal ⟦0⟧0⟧ and ⟦1⟧.");
        assert_eq!(codes, ["⟦", "`code`"]);
    }

    #[test]
    fn a_dropped_placeholder_is_appended_at_the_end() {
        let (masked, codes) = mask_code("Use `a` and:\n\n```\nb\n```\n\nand `c`.");
        assert_eq!(masked, "Use ⟦0⟧ and:\n\n⟦1⟧\n\nand ⟦2⟧.");
        let translated = "Utilisez ⟦0⟧ et :\n\net.";
        assert_eq!(unmask_code(translated, &codes), "Utilisez `a` et :\n\net. `c`\n\n```\nb\n```");
    }

    #[test]
    fn lost_inline_code_never_joins_a_closing_fence() {
        let codes = vec!["`a`".to_owned(), "```\nb\n```".to_owned()];
        assert_eq!(unmask_code("Voir :\n⟦1⟧", &codes), "Voir :\n```\nb\n```\n\n`a`");
    }

    #[test]
    fn blocks_are_told_from_inline_spans() {
        assert!(is_block("```rust\nx\n```"));
        assert!(is_block("~~~\nx\n~~~"));
        assert!(is_block("```"));
        assert!(!is_block("`x`"));
        assert!(!is_block("```` ```x``` ````"));
        assert!(!is_block("`a\nb`"));
        assert!(!is_block("``a\n```b``"));
    }

    #[test]
    fn a_repeated_placeholder_is_restored_once() {
        let codes = vec!["`x`".to_owned()];
        assert_eq!(unmask_code("⟦0⟧ puis ⟦0⟧ encore", &codes), "`x` puis  encore");
    }

    #[test]
    fn placeholders_survive_what_translators_do_to_them() {
        let codes = vec!["`x`".to_owned(), "```\ny\n```".to_owned()];
        // Spaces inside, a block joined to the preceding and following text.
        assert_eq!(unmask_code("Voir ⟦ 0 ⟧ : ⟦1⟧ fin", &codes), "Voir `x` :\n```\ny\n```\n fin");
        // Unknown indices and stray brackets are left as text.
        assert_eq!(unmask_code("⟦7⟧ ⟦a⟧ ⟦", &[]), "⟦7⟧ ⟦a⟧ ⟦");
        // After a quote marker the block stays on its line.
        assert_eq!(unmask_code("> ⟦1⟧\n> ⟦0⟧", &codes), "> ```\ny\n```\n> `x`");
    }

    #[test]
    fn deepl_codes() {
        assert_eq!(deepl_target("en"), "EN-US");
        assert_eq!(deepl_target("pt"), "PT-PT");
        assert_eq!(deepl_target("pt-br"), "PT-BR");
        assert_eq!(deepl_target("fr"), "FR");
        assert_eq!(deepl_target("zh"), "ZH-HANS");
        assert_eq!(deepl_target("no"), "NB");
        assert_eq!(deepl_source("en").as_deref(), Some("EN"));
        assert_eq!(deepl_source("pt-br").as_deref(), Some("PT"));
        assert_eq!(deepl_source("de").as_deref(), Some("DE"));
        assert_eq!(deepl_source(""), None);
        assert_eq!(deepl_source("auto"), None);
    }

    #[test]
    fn chat_instruction_names_the_languages() {
        let text = chat_instruction("en", "fr");
        assert!(text.contains("from English to French"), "{text}");
        assert!(text.contains("⟦0⟧"));
        assert!(chat_instruction("", "xx")
            .contains("from its language to the language with ISO 639-1 code \"xx\""));
    }

    #[test]
    fn chat_answers_are_cleaned() {
        assert_eq!(clean_chat_answer("  Bonjour\n"), "Bonjour");
        assert_eq!(clean_chat_answer("<think>hmm</think>\n\nBonjour"), "Bonjour");
        assert_eq!(clean_chat_answer("```markdown\n# Titre\n\nTexte\n```"), "# Titre\n\nTexte");
        assert_eq!(clean_chat_answer("```"), "```");
    }

    #[test]
    fn outer_whitespace_is_kept() {
        assert_eq!(keep_outer_whitespace("\n  Hello\n\n", "Bonjour"), "\n  Bonjour\n\n");
        assert_eq!(keep_outer_whitespace("Hello", " Bonjour \n"), "Bonjour");
    }

    #[test]
    fn errors_are_classified_by_status() {
        for status in [500, 502, 503, 504, 429] {
            let e = classify(status, "busy");
            assert!(matches!(e, TranslateError::Unavailable(_)), "{status}: {e:?}");
            assert!(e.is_retryable());
        }
        for status in [400, 401, 403, 404, 413, 456] {
            let e = classify(status, "no");
            assert!(matches!(e, TranslateError::Rejected(_)), "{status}: {e:?}");
            assert!(!e.is_retryable());
        }
        assert!(matches!(classify(302, ""), TranslateError::BadResponse(_)));
        assert_eq!(classify(456, ""), TranslateError::Rejected("quota exceeded (HTTP 456)".into()));
        assert_eq!(classify(400, "bad target"), TranslateError::Rejected("HTTP 400: bad target".into()));
        assert!(TranslateError::Timeout.is_retryable());
        assert!(!TranslateError::NotConfigured.is_retryable());
        assert!(!TranslateError::BadResponse(String::new()).is_retryable());
    }

    #[test]
    fn error_messages_are_read_from_each_providers_shape() {
        assert_eq!(error_message(br#"{"error": "Invalid API key"}"#), "Invalid API key");
        assert_eq!(error_message(br#"{"message": "Wrong endpoint"}"#), "Wrong endpoint");
        assert_eq!(
            error_message(br#"{"error": {"message": "Incorrect key", "type": "x"}}"#),
            "Incorrect key"
        );
        assert_eq!(error_message(b"<html>\n  Bad   Gateway </html>"), "<html> Bad Gateway </html>");
        assert_eq!(error_message(b""), "");
        assert_eq!(error_message("é".repeat(400).as_bytes()).chars().count(), MAX_ERROR_CHARS + 1);
    }

    #[test]
    fn the_key_is_scrubbed_from_errors_and_debug_output() {
        let e = classify(401, "Incorrect API key provided: sk-123").redacted("sk-123");
        assert!(!e.to_string().contains("sk-123"), "{e}");
        assert_eq!(TranslateError::Timeout.redacted(""), TranslateError::Timeout);
        let config = ProviderConfig::new(ProviderKind::DeepL, "https://api-free.deepl.com", "sk-123", "");
        assert!(!format!("{config:?}").contains("sk-123"));
    }

    #[test]
    fn kinds_round_trip_through_their_names() {
        for kind in ProviderKind::ALL {
            assert_eq!(ProviderKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(ProviderKind::parse(" DeepL "), Some(ProviderKind::DeepL));
        assert_eq!(ProviderKind::parse("google"), None);
    }

    #[tokio::test]
    async fn missing_configuration_is_reported_without_a_request() {
        let texts = vec!["Hello".to_owned()];
        let cases = [
            ProviderConfig::new(ProviderKind::LibreTranslate, "", "", ""),
            ProviderConfig::new(ProviderKind::DeepL, "https://api-free.deepl.com", "", ""),
            ProviderConfig::new(ProviderKind::OpenAi, "http://localhost:11434/v1", "", " "),
        ];
        for config in cases {
            let translator = provider(config);
            assert_eq!(translator.translate(&texts, "en", "fr").await, Err(TranslateError::NotConfigured));
        }
    }

    #[tokio::test]
    async fn nothing_to_translate_needs_no_request() {
        // Port 9 (discard) is never contacted: these calls return before.
        let translator =
            provider(ProviderConfig::new(ProviderKind::LibreTranslate, "http://127.0.0.1:9", "", ""));
        let texts = vec!["Hello".to_owned(), "  ".to_owned()];
        assert_eq!(translator.translate(&texts, "fr", "fr").await.as_deref(), Ok(&texts[..]));
        let blanks = vec![String::new(), "\n".to_owned()];
        assert_eq!(translator.translate(&blanks, "en", "fr").await.as_deref(), Ok(&blanks[..]));
        assert_eq!(translator.translate(&[], "en", "fr").await, Ok(vec![]));
    }
}
