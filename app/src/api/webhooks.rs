//! Admins configure the outgoing webhook to a helpdesk, send a test
//! delivery and read the delivery log. Thin: who is asking ->
//! `community::webhooks` (which checks `ManageCommunity`) -> errors.

use domain::webhook::Delivery;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// Log lines the page shows.
pub const LOG_LINES: i64 = 50;

/// What the settings form shows. The secret itself never reaches the browser.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WebhookSettings {
    pub url: String,
    pub secret_set: bool,
}

/// Admins only: the URL, and whether a signing secret is set.
#[server(prefix = "/api", endpoint = "webhook_config")]
pub async fn webhook_config() -> Result<WebhookSettings, AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    match community::webhooks::config(&state.db, viewer).await {
        Ok((url, secret_set)) => Ok(WebhookSettings { url, secret_set }),
        Err(e) => ssr::fail(e.into()),
    }
}

/// Admins only. An empty URL turns webhooks off; an empty secret keeps the
/// stored one. Only the URL is echoed back after a refusal: a secret must
/// not travel back (nor, without JavaScript, into an address).
#[server(prefix = "/api", endpoint = "save_webhook")]
pub async fn save_webhook(
    #[server(default)] url: String,
    #[server(default)] secret: String,
) -> Result<(), AppError> {
    use super::ssr;
    let echo = crate::error::echo([("url", &url)]);
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    community::webhooks::configure(&state.db, viewer, &url, &secret)
        .await
        .or_else(|e| ssr::fail(ssr::store_error(e, echo)))
}

/// Admins only: queues a `ping` delivery (sent within a few seconds).
#[server(prefix = "/api", endpoint = "send_test_webhook")]
pub async fn send_test_webhook() -> Result<(), AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    community::webhooks::send_test(&state.db, viewer, community::clock::now_ms())
        .await
        .or_else(|e| ssr::fail(e.into()))
}

/// Admins only: the latest deliveries, newest first.
#[server(prefix = "/api", endpoint = "webhook_deliveries")]
pub async fn webhook_deliveries() -> Result<Vec<Delivery>, AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    community::webhooks::deliveries(&state.db, viewer, LOG_LINES).await.or_else(|e| ssr::fail(e.into()))
}
