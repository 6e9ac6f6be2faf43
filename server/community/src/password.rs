//! argon2id with OWASP's recommended parameters (m=19456 KiB, t=2, p=1).
//! Hashing is deliberately slow, so it runs on the blocking pool.

use std::sync::OnceLock;

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash as PhcHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

use crate::error::{StoreError, StoreResult};

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
    tokio::task::spawn_blocking(move || hash_blocking(&password))
        .await
        .map_err(|e| StoreError::Internal(format!("hash task: {e}")))?
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
    tokio::task::spawn_blocking(move || {
        let known = stored.is_some();
        let phc = match stored {
            Some(h) => h.0,
            None => dummy_hash().0.clone(),
        };
        let parsed = PhcHash::new(&phc).map_err(|e| StoreError::Internal(format!("stored hash: {e}")))?;
        let ok = hasher().verify_password(password.as_bytes(), &parsed).is_ok();
        Ok(known && ok)
    })
    .await
    .map_err(|e| StoreError::Internal(format!("verify task: {e}")))?
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

    #[tokio::test]
    async fn the_same_password_gets_a_new_salt_each_time() {
        let a = hash("correct horse battery".into()).await.unwrap();
        let b = hash("correct horse battery".into()).await.unwrap();
        assert_ne!(a, b);
    }
}
