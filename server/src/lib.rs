//! The `entraide` server: configuration, the axum router around the Leptos
//! app, middleware, health checks and graceful shutdown. A library so that
//! tests can start the real application on port 0.

// Release builds (without erase_components) nest view types deeper than the
// default limit allows.
#![recursion_limit = "256"]

pub mod avatars;
pub mod cli;
pub mod config;
pub mod health;
pub mod live;
pub mod middleware;
pub mod page_cache;
pub mod relevance;
pub mod routes;
pub mod seo;
pub mod serve;

use std::net::SocketAddr;

use tokio::net::TcpListener;
use tokio::sync::oneshot;

pub use config::Config;

/// A server running in the background (tests, and `serve`).
pub struct RunningServer {
    pub addr: SocketAddr,
    pub db: community::Db,
    pub live: community::live::Hub,
    pub search: community::search::Search,
    _indexer: community::search::Follower,
    _webhooks: community::webhooks::Worker,
    /// This node's view counter.
    pub views: community::views::Views,
    _views: community::views::Flusher,
    shutdown: Option<oneshot::Sender<()>>,
    handle: tokio::task::JoinHandle<std::io::Result<()>>,
}

impl RunningServer {
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    /// Stops accepting connections, lets requests in flight finish, and waits.
    pub async fn stop(mut self) -> std::io::Result<()> {
        // Open event streams would hold graceful shutdown forever.
        self.live.close();
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        let served = self.handle.await.map_err(std::io::Error::other)?;
        // The views counted since the last batch.
        if let Err(e) = self.views.flush(&self.db, community::clock::now_ms()).await {
            tracing::warn!(error = %e, "could not write the last view counts");
        }
        served
    }
}

/// Connects, migrates, binds `config.addr` and serves until `stop`.
pub async fn start(config: Config) -> anyhow::Result<RunningServer> {
    // Process-wide, before anything reads or writes a secret or an
    // admin-configured URL.
    community::secrets::init(config.secret_key.clone());
    community::outbound::init(config.allow_private_outbound);
    if config.secret_key.is_none() {
        tracing::warn!(
            "{} is not set: the translation API key and the webhook secret cannot be saved",
            community::secrets::ENV
        );
    }
    let db = community::Db::connect(&config.database_url).await?;
    db.migrate().await?;
    // Posts written before languages were recorded get theirs once.
    let detected = community::translate::backfill_languages(&db).await?;
    if detected > 0 {
        tracing::info!("detected the language of {detected} older posts and comments");
    }
    let listener = TcpListener::bind(config.addr).await?;
    let addr = listener.local_addr()?;
    let live = community::live::Hub::start(db.clone()).await?;
    let (search, opened) =
        community::search::Search::open(db.clone(), config.search_index_dir.as_deref()).await?;
    tracing::info!(?opened, documents = search.doc_count(), "search index ready");
    let indexer = search.follow();
    // Sends queued helpdesk webhooks; every node does, claiming rows in turn.
    let webhooks = community::webhooks::Deliverer::new()?.spawn(db.clone());
    let views = community::views::Views::new();
    let flusher = views.spawn(db.clone());
    let router = routes::router(&config, db.clone(), live.clone(), search.clone(), views.clone(), addr);
    let (tx, rx) = oneshot::channel::<()>();
    let header_read_timeout = config.header_read_timeout;
    let handle = tokio::spawn(async move {
        serve::serve(listener, router, header_read_timeout, async move {
            let _ = rx.await;
        })
        .await
    });
    Ok(RunningServer {
        addr,
        db,
        live,
        search,
        _indexer: indexer,
        _webhooks: webhooks,
        views,
        _views: flusher,
        shutdown: Some(tx),
        handle,
    })
}

/// Resolves on Ctrl-C or SIGTERM. The handlers are installed when this is
/// called, not when the future is first polled: called before the port is
/// bound, a SIGTERM that arrives while the server starts is a graceful stop,
/// not the default action (killed by the signal).
pub fn shutdown_signal() -> impl std::future::Future<Output = ()> {
    #[cfg(unix)]
    let (interrupt, terminate) = {
        use tokio::signal::unix::{signal, SignalKind};
        (signal(SignalKind::interrupt()).ok(), signal(SignalKind::terminate()).ok())
    };
    async move {
        #[cfg(unix)]
        {
            let wait = |s: Option<tokio::signal::unix::Signal>| async move {
                match s {
                    Some(mut s) => {
                        s.recv().await;
                    }
                    None => std::future::pending::<()>().await,
                }
            };
            tokio::select! {
                _ = wait(interrupt) => {},
                _ = wait(terminate) => {},
            }
        }
        #[cfg(not(unix))]
        {
            let _ = tokio::signal::ctrl_c().await;
        }
        tracing::info!("shutdown requested: finishing requests in flight");
    }
}
