//! Secrets at rest: the few values in the `settings` table that grant
//! access elsewhere (the translation provider's API key, the webhook
//! signing secret) are stored encrypted, so that a database dump, a backup
//! or a read-only SQL hole does not hand them out.
//!
//! The key comes from the environment (`ENTRAIDE_SECRET_KEY`, 32 random
//! bytes in base64: `openssl rand -base64 32`), never from the database,
//! and is set once at start-up with `init`. Every value is sealed with
//! XChaCha20-Poly1305 under a fresh random 192-bit nonce, with the setting's
//! name as associated data (a sealed value copied under another setting
//! does not open), and stored as `enc:v1:<base64(nonce || ciphertext)>`;
//! the version leaves room for another cipher or key later.
//!
//! Values written before encryption existed are plain text: they are still
//! read (`Opened::Legacy`) and sealed when next saved. A sealed value that
//! does not open (another key, a damaged row) counts as not configured and
//! is logged; it never fails a request.

use std::fmt;
use std::sync::RwLock;

use base64::engine::general_purpose::{STANDARD, URL_SAFE};
use base64::Engine as _;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{Key, XChaCha20Poly1305, XNonce};
use rand::RngCore as _;

/// The environment variable the server reads the key from.
pub const ENV: &str = "ENTRAIDE_SECRET_KEY";

/// What a sealed value starts with.
const PREFIX: &str = "enc:v1:";
const NONCE_LEN: usize = 24;
const KEY_LEN: usize = 32;

/// A fixed, public key for tests (`Config::for_tests`, the `testing`
/// feature). Anything sealed under it is as good as plain text.
pub const TEST_KEY: [u8; KEY_LEN] = [0x42; KEY_LEN];

/// The 256-bit key secrets are sealed with.
#[derive(Clone, PartialEq, Eq)]
pub struct SecretKey([u8; KEY_LEN]);

impl SecretKey {
    pub fn from_bytes(bytes: [u8; KEY_LEN]) -> Self {
        Self(bytes)
    }

    /// The key as `openssl rand -base64 32` prints it (standard or URL-safe
    /// alphabet, padded); surrounding spaces and a final newline are
    /// forgiven. The error never repeats the text: it is a secret.
    pub fn from_base64(text: &str) -> Result<Self, String> {
        let text = text.trim();
        let bytes = STANDARD
            .decode(text)
            .or_else(|_| URL_SAFE.decode(text))
            .map_err(|_| format!("{ENV} is not base64; generate one with `openssl rand -base64 32`"))?;
        let bytes: [u8; KEY_LEN] = bytes.try_into().map_err(|b: Vec<u8>| {
            format!("{ENV} must be {KEY_LEN} bytes once decoded, not {}; generate one with `openssl rand -base64 32`", b.len())
        })?;
        Ok(Self(bytes))
    }

    fn cipher(&self) -> XChaCha20Poly1305 {
        XChaCha20Poly1305::new(Key::from_slice(&self.0))
    }
}

// Never printed, not even in a `{:?}` of the server's configuration.
impl fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretKey([redacted])")
    }
}

impl std::str::FromStr for SecretKey {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::from_base64(s)
    }
}

// ---- the process-wide key ----

/// `None` until `init`; then the key, or `None` inside for "no key".
static KEY: RwLock<Option<Option<SecretKey>>> = RwLock::new(None);

/// Sets the key for this process (the server calls it once at start-up;
/// calling it again replaces it, which only tests do). `None`: secrets
/// cannot be saved, and sealed ones are not readable.
pub fn init(key: Option<SecretKey>) {
    let mut slot = KEY.write().unwrap_or_else(|p| p.into_inner());
    *slot = Some(key);
}

#[cfg(feature = "testing")]
tokio::task_local! {
    static SCOPED: Option<SecretKey>;
}

/// Runs `f` as if the process had been started with `key` (tests: "no key
/// configured", "another key"), without touching the process-wide key that
/// tests running at the same time rely on.
#[cfg(feature = "testing")]
pub async fn with_key<F: std::future::Future>(key: Option<SecretKey>, f: F) -> F::Output {
    SCOPED.scope(key, f).await
}

/// The key in force, if any.
pub fn current() -> Option<SecretKey> {
    #[cfg(feature = "testing")]
    if let Ok(key) = SCOPED.try_with(Clone::clone) {
        return key;
    }
    let slot = KEY.read().unwrap_or_else(|p| p.into_inner());
    match &*slot {
        Some(key) => key.clone(),
        // Not initialised: a library user (tests, benchmarks) that never
        // started a server. With the `testing` feature that is the test
        // key, so stores work as in a configured server; otherwise no key.
        None if cfg!(feature = "testing") => Some(SecretKey(TEST_KEY)),
        None => None,
    }
}

/// Whether secrets can be saved right now.
pub fn is_configured() -> bool {
    current().is_some()
}

// ---- sealing and opening ----

/// Why a secret could not be sealed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("no secret key is configured (set {ENV})")]
pub struct NoKey;

/// Seals `plain` for the setting `name` with the key in force.
pub fn seal(name: &str, plain: &str) -> Result<String, NoKey> {
    current().map(|key| seal_with(&key, name, plain)).ok_or(NoKey)
}

/// Seals `plain` for the setting `name` under `key`, with a fresh random
/// nonce: the same secret sealed twice gives two different texts.
pub fn seal_with(key: &SecretKey, name: &str, plain: &str) -> String {
    let mut nonce = [0u8; NONCE_LEN];
    rand::rngs::OsRng.fill_bytes(&mut nonce);
    let sealed = key
        .cipher()
        .encrypt(XNonce::from_slice(&nonce), Payload { msg: plain.as_bytes(), aad: name.as_bytes() })
        // Only a message longer than 256 GiB fails to encrypt.
        .unwrap_or_default();
    let mut out = Vec::with_capacity(NONCE_LEN + sealed.len());
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&sealed);
    format!("{PREFIX}{}", STANDARD.encode(out))
}

/// What a stored secret turned out to be.
#[derive(Clone, PartialEq, Eq)]
pub enum Opened {
    /// Nothing stored.
    Empty,
    /// Sealed, and opened with the key in force.
    Sealed(String),
    /// Plain text written before secrets were encrypted: usable, and to be
    /// sealed when next saved.
    Legacy(String),
    /// Sealed, but not openable: no key, another key, or a damaged value.
    Unreadable,
}

impl Opened {
    /// The secret, or "" when there is none that can be used.
    pub fn plain(&self) -> &str {
        match self {
            Opened::Sealed(p) | Opened::Legacy(p) => p,
            Opened::Empty | Opened::Unreadable => "",
        }
    }
}

// The secret itself stays out of logs and panic messages.
impl fmt::Debug for Opened {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Opened::Empty => "Empty",
            Opened::Sealed(_) => "Sealed([redacted])",
            Opened::Legacy(_) => "Legacy([redacted])",
            Opened::Unreadable => "Unreadable",
        })
    }
}

/// Whether a stored value is sealed (rather than empty or legacy plain text).
pub fn is_sealed(stored: &str) -> bool {
    stored.starts_with(PREFIX)
}

/// Opens the value stored for the setting `name` with the key in force.
pub fn open(name: &str, stored: &str) -> Opened {
    open_with(current().as_ref(), name, stored)
}

/// Opens the value stored for the setting `name` with `key`.
pub fn open_with(key: Option<&SecretKey>, name: &str, stored: &str) -> Opened {
    if stored.is_empty() {
        return Opened::Empty;
    }
    let Some(encoded) = stored.strip_prefix(PREFIX) else {
        return Opened::Legacy(stored.to_owned());
    };
    let Some(key) = key else {
        tracing::warn!(
            setting = name,
            "a stored secret is encrypted but {ENV} is not set: treated as not configured"
        );
        return Opened::Unreadable;
    };
    let opened = STANDARD
        .decode(encoded)
        .ok()
        .filter(|bytes| bytes.len() > NONCE_LEN)
        .and_then(|bytes| {
            let (nonce, sealed) = bytes.split_at(NONCE_LEN);
            key.cipher()
                .decrypt(XNonce::from_slice(nonce), Payload { msg: sealed, aad: name.as_bytes() })
                .ok()
        })
        .and_then(|plain| String::from_utf8(plain).ok());
    match opened {
        Some(plain) => Opened::Sealed(plain),
        None => {
            tracing::warn!(
                setting = name,
                "a stored secret does not decrypt with {ENV} (another key, or a damaged value): \
                 treated as not configured; enter it again"
            );
            Opened::Unreadable
        }
    }
}

/// The usable secret stored for `name`: "" when none, or when it cannot be
/// opened (logged by `open`).
pub fn reveal(name: &str, stored: &str) -> String {
    open(name, stored).plain().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(byte: u8) -> SecretKey {
        SecretKey::from_bytes([byte; KEY_LEN])
    }

    #[test]
    fn sealed_values_open_with_their_key_and_setting_only() {
        let k = key(1);
        let sealed = seal_with(&k, "webhook_secret", "s3cret-for-the-helpdesk");
        assert!(is_sealed(&sealed), "{sealed}");
        assert!(!sealed.contains("s3cret"));
        assert_eq!(
            open_with(Some(&k), "webhook_secret", &sealed),
            Opened::Sealed("s3cret-for-the-helpdesk".into())
        );
        // Another key, another setting, no key, a damaged text: unreadable.
        assert_eq!(open_with(Some(&key(2)), "webhook_secret", &sealed), Opened::Unreadable);
        assert_eq!(open_with(Some(&k), "translation.api_key", &sealed), Opened::Unreadable);
        assert_eq!(open_with(None, "webhook_secret", &sealed), Opened::Unreadable);
        let mut damaged = sealed.clone();
        damaged.pop();
        damaged.push(if sealed.ends_with('A') { 'B' } else { 'A' });
        assert_eq!(open_with(Some(&k), "webhook_secret", &damaged), Opened::Unreadable);
        for junk in ["enc:v1:", "enc:v1:not base64!", "enc:v1:AAAA"] {
            assert_eq!(open_with(Some(&k), "webhook_secret", junk), Opened::Unreadable, "{junk}");
        }
    }

    #[test]
    fn every_sealing_uses_a_fresh_nonce() {
        let k = key(1);
        assert_ne!(seal_with(&k, "n", "same"), seal_with(&k, "n", "same"));
        // Empty secrets round-trip too.
        assert_eq!(open_with(Some(&k), "n", &seal_with(&k, "n", "")), Opened::Sealed(String::new()));
    }

    #[test]
    fn plain_text_from_before_is_legacy_and_nothing_is_empty() {
        assert_eq!(
            open_with(Some(&key(1)), "n", "old-plain-secret"),
            Opened::Legacy("old-plain-secret".into())
        );
        assert_eq!(open_with(None, "n", "old-plain-secret").plain(), "old-plain-secret");
        assert_eq!(open_with(Some(&key(1)), "n", ""), Opened::Empty);
        assert_eq!(Opened::Unreadable.plain(), "");
    }

    #[test]
    fn keys_are_read_from_base64_and_never_shown() {
        // `openssl rand -base64 32` prints 44 characters with one `=`.
        let text = STANDARD.encode([7u8; KEY_LEN]);
        assert_eq!(text.len(), 44);
        assert_eq!(SecretKey::from_base64(&format!(" {text}\n")), Ok(key(7)));
        assert_eq!(SecretKey::from_base64(&URL_SAFE.encode([0xfb; KEY_LEN])), Ok(key(0xfb)));
        for bad in ["", "short", &STANDARD.encode([7u8; 16]), &STANDARD.encode([7u8; 33]), "!!!!"] {
            let e = SecretKey::from_base64(bad).expect_err(bad);
            assert!(e.contains(ENV), "{e}");
        }
        assert_eq!(format!("{:?}", key(7)), "SecretKey([redacted])");
        assert!(!format!("{:?}", Opened::Sealed("x-secret".into())).contains("x-secret"));
    }
}
