use std::time::Duration;

use axum::extract::State;
use axum::http::StatusCode;

use crate::routes::ServerState;

/// 200 when the database answers within two seconds, 503 otherwise, so a
/// load balancer takes a node out while its database is unreachable.
pub async fn healthz(State(state): State<ServerState>) -> (StatusCode, &'static str) {
    match tokio::time::timeout(Duration::from_secs(2), state.app.db.ping()).await {
        Ok(Ok(())) => (StatusCode::OK, "ok\n"),
        Ok(Err(e)) => {
            tracing::warn!(error = %e, "health check: database unavailable");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n")
        }
        Err(_) => {
            tracing::warn!("health check: database timed out");
            (StatusCode::SERVICE_UNAVAILABLE, "database timed out\n")
        }
    }
}
