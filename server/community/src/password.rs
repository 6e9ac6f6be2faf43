//! argon2id with OWASP's recommended parameters (m=19456 KiB, t=2, p=1).
//! Hashing is deliberately slow, so it runs on the blocking threads, and
//! behind a bounded pool (`POOL`): each run holds 19 MiB, so without a bound
//! a few hundred bogus sign-ins at once would exhaust the memory. A request
//! that finds the pool full for `POOL_WAIT` gets `StoreError::Busy` (503).

use std::sync::{LazyLock, OnceLock};
use std::time::Duration;

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash as PhcHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

use crate::error::{StoreError, StoreResult};
use crate::heavy::Pool;

/// Concurrent argon2 runs per CPU core: enough to keep every core busy while
/// one run waits to be scheduled, and at most 2 × cores × 19 MiB of memory.
pub const POOL_PER_CORE: usize = 2;
/// How long a sign-in may wait for a free slot before it is refused. Short:
/// a person retries, a flood is shed instead of queueing behind members.
pub const POOL_WAIT: Duration = Duration::from_secs(3);

/// The pool every password hash and verification runs in.
pub static POOL: LazyLock<Pool> = LazyLock::new(|| {
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2);
    Pool::new("password", POOL_PER_CORE * cores, POOL_WAIT)
});

/// A PHC-format argon2id hash. Not `Serialize` and with a redacting `Debug`,
/// so it can never be sent to a client or written to a log.
#[derive(Clone, PartialEq, Eq)]
pub struct PasswordHash(String);

impl std::fmt::Debug for PasswordHash {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PasswordHash(<redacted>)")
    }
}

impl PasswordHash {
    pub fn from_stored(phc: String) -> Self {
        Self(phc)
    }

    pub fn as_phc(&self) -> &str {
        &self.0
    }
}

fn hasher() -> Argon2<'static> {
    // Params::new only fails for out-of-range values; these are constants.
    let params = Params::new(19_456, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

pub async fn hash(password: String) -> StoreResult<PasswordHash> {
    hash_in(&POOL, password).await
}

/// `hash` in a given pool (tests use a small one).
pub async fn hash_in(pool: &Pool, password: String) -> StoreResult<PasswordHash> {
    pool.run(move || hash_blocking(&password)).await?
}

pub fn hash_blocking(password: &str) -> StoreResult<PasswordHash> {
    let salt = SaltString::generate(&mut OsRng);
    hasher()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| PasswordHash(h.to_string()))
        .map_err(|e| StoreError::Internal(format!("hash: {e}")))
}

/// Verifies `password` against `stored`. With `None` it verifies against a
/// fixed dummy hash and returns false, so an unknown account costs the same
/// time as a wrong password and timing does not reveal which accounts exist.
pub async fn verify(password: String, stored: Option<PasswordHash>) -> StoreResult<bool> {
    verify_in(&POOL, password, stored).await
}

/// `verify` in a given pool (tests use a small one).
pub async fn verify_in(pool: &Pool, password: String, stored: Option<PasswordHash>) -> StoreResult<bool> {
    pool.run(move || {
        let known = stored.is_some();
        let phc = match stored {
            Some(h) => h.0,
            None => dummy_hash().0.clone(),
        };
        let parsed = PhcHash::new(&phc).map_err(|e| StoreError::Internal(format!("stored hash: {e}")))?;
        let ok = hasher().verify_password(password.as_bytes(), &parsed).is_ok();
        Ok(known && ok)
    })
    .await?
}

fn dummy_hash() -> &'static PasswordHash {
    static DUMMY: OnceLock<PasswordHash> = OnceLock::new();
    DUMMY.get_or_init(|| {
        hash_blocking("entraide-timing-equaliser").unwrap_or_else(|_| PasswordHash(String::new()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_are_argon2id_with_owasp_parameters() {
        let h = hash("correct horse battery".into()).await.unwrap();
        assert!(h.as_phc().starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{}", h.as_phc());
        assert!(verify("correct horse battery".into(), Some(h.clone())).await.unwrap());
        assert!(!verify("wrong horse battery".into(), Some(h.clone())).await.unwrap());
        assert!(!verify("correct horse battery".into(), None).await.unwrap());
        assert_eq!(format!("{h:?}"), "PasswordHash(<redacted>)");
    }

    /// Regression (issue 16): argon2 ran without a bound, so a flood of
    /// bogus sign-ins held 19 MiB each until the memory ran out.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn verifications_beyond_the_pool_are_refused_as_busy_not_queued() {
        static SMALL: Pool = Pool::new("password-test", 2, Duration::from_millis(100));
        let stored = hash_in(&SMALL, "correct horse battery".into()).await.unwrap();

        // Both slots taken by work that only ends when told to.
        let (started_tx, started_rx) = std::sync::mpsc::channel();
        let (release_tx, release_rx) = std::sync::mpsc::channel::<()>();
        let release_rx = std::sync::Arc::new(std::sync::Mutex::new(release_rx));
        let mut holders = Vec::new();
        for _ in 0..2 {
            let (started, release) = (started_tx.clone(), release_rx.clone());
            holders.push(tokio::spawn(SMALL.run(move || {
                started.send(()).unwrap();
                release.lock().unwrap().recv().ok();
            })));
        }
        tokio::task::spawn_blocking(move || (started_rx.recv().unwrap(), started_rx.recv().unwrap()))
            .await
            .unwrap();
        let mut waiting = Vec::new();
        for _ in 0..8 {
            let stored = stored.clone();
            waiting.push(tokio::spawn(verify_in(&SMALL, "correct horse battery".into(), Some(stored))));
        }
        for w in waiting {
            let outcome = tokio::time::timeout(Duration::from_secs(5), w).await.expect("refused, not queued");
            assert!(matches!(outcome.unwrap(), Err(StoreError::Busy("password-test"))));
        }
        assert!(matches!(hash_in(&SMALL, "another passphrase".into()).await, Err(StoreError::Busy(_))));
        for _ in 0..2 {
            release_tx.send(()).unwrap();
        }
        for h in holders {
            h.await.unwrap().unwrap();
        }
        // Once free, the pool works again.
        assert!(verify_in(&SMALL, "correct horse battery".into(), Some(stored)).await.unwrap());
    }

    /// Many verifications at once: never more than the pool's size run, the
    /// rest either get a slot in time or are refused; none hangs.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_burst_of_verifications_finishes_or_is_refused_promptly() {
        static SMALL: Pool = Pool::new("password-burst", 1, Duration::from_millis(1));
        let stored = hash("correct horse battery".into()).await.unwrap();
        let burst: Vec<_> = (0..6)
            .map(|_| tokio::spawn(verify_in(&SMALL, "wrong horse battery".into(), Some(stored.clone()))))
            .collect();
        let (mut checked, mut busy) = (0, 0);
        for t in burst {
            match tokio::time::timeout(Duration::from_secs(30), t).await.expect("no hang").unwrap() {
                Ok(false) => checked += 1,
                Err(StoreError::Busy(_)) => busy += 1,
                other => panic!("unexpected {other:?}"),
            }
        }
        assert!(checked >= 1 && busy >= 1, "checked {checked}, busy {busy}");
        assert_eq!(SMALL.available(), 1);
    }

    #[tokio::test]
    async fn the_same_password_gets_a_new_salt_each_time() {
        let a = hash("correct horse battery".into()).await.unwrap();
        let b = hash("correct horse battery".into()).await.unwrap();
        assert_ne!(a, b);
    }
}
