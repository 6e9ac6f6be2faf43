//! CPU-heavy work (rendering Markdown a visitor sends, argon2) runs on the
//! blocking threads behind a bounded pool, never on the async workers that
//! serve every other request. When the pool stays full for a moment the work
//! is refused with `StoreError::Busy` (503 + `Retry-After`) rather than
//! queued: a burst of hostile requests then costs the attacker, not the
//! members waiting behind it.

use std::sync::LazyLock;
use std::time::Duration;

use tokio::sync::Semaphore;

use crate::error::{StoreError, StoreResult};

/// A named bound on concurrent heavy work.
pub struct Pool {
    name: &'static str,
    permits: Semaphore,
    /// How long a request may wait for a permit before it is refused.
    wait: Duration,
}

impl Pool {
    pub const fn new(name: &'static str, permits: usize, wait: Duration) -> Self {
        Self { name, permits: Semaphore::const_new(permits), wait }
    }

    /// Runs `f` on a blocking thread once a permit is free, or refuses.
    pub async fn run<T: Send + 'static>(&self, f: impl FnOnce() -> T + Send + 'static) -> StoreResult<T> {
        let permit = match tokio::time::timeout(self.wait, self.permits.acquire()).await {
            Ok(Ok(permit)) => permit,
            Ok(Err(_)) | Err(_) => {
                tracing::warn!(pool = self.name, "heavy work refused: pool full");
                return Err(StoreError::Busy(self.name));
            }
        };
        let result = tokio::task::spawn_blocking(f)
            .await
            .map_err(|e| StoreError::Internal(format!("{} task: {e}", self.name)));
        drop(permit);
        result
    }

    /// Permits free right now (for tests and `/admin` figures).
    pub fn available(&self) -> usize {
        self.permits.available_permits()
    }
}

fn cores() -> usize {
    std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2)
}

/// Markdown rendered on request (previews): one per core, so previews can
/// never take more than the machine while pages keep rendering.
pub static MARKDOWN: LazyLock<Pool> =
    LazyLock::new(|| Pool::new("markdown", cores(), Duration::from_secs(2)));

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_full_pool_refuses_instead_of_queueing() {
        static POOL: Pool = Pool::new("test", 1, Duration::from_millis(50));
        let (started_tx, started_rx) = std::sync::mpsc::channel();
        let (release_tx, release_rx) = std::sync::mpsc::channel::<()>();
        let holder = tokio::spawn(POOL.run(move || {
            started_tx.send(()).unwrap();
            release_rx.recv().ok();
            1
        }));
        tokio::task::spawn_blocking(move || started_rx.recv().unwrap()).await.unwrap();
        assert_eq!(POOL.available(), 0);
        let refused = POOL.run(|| 2).await;
        assert!(matches!(refused, Err(StoreError::Busy("test"))), "{refused:?}");
        release_tx.send(()).unwrap();
        assert_eq!(holder.await.unwrap().unwrap(), 1);
        assert_eq!(POOL.run(|| 3).await.unwrap(), 3);
    }
}
