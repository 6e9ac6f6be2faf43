//! Requests to URLs an admin configured (the helpdesk webhook, the
//! translation provider) reach public addresses only, unless the operator
//! allows private ones (`ENTRAIDE_ALLOW_PRIVATE_OUTBOUND=true`, for a
//! provider or helpdesk on the same host or network, and for tests).
//!
//! Two checks, both from `domain::outbound`: the URL's host when it is an IP
//! literal (the HTTP client connects to those without asking DNS), and every
//! address a name resolves to, in a DNS resolver given to the HTTP client.
//! The resolver runs on each new connection, so a name that resolved to a
//! public address when the URL was saved and to a private one now (DNS
//! rebinding) is refused too. Connections through a proxy the operator set
//! (`HTTPS_PROXY`) are resolved by that proxy, which then decides.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::Arc;

use domain::ErrorCode;
use reqwest::dns::{Addrs, Name, Resolve, Resolving};

/// The environment variable that allows private targets.
pub const ENV: &str = "ENTRAIDE_ALLOW_PRIVATE_OUTBOUND";

const UNSET: u8 = 0;
const PUBLIC_ONLY: u8 = 1;
const ALLOW_PRIVATE: u8 = 2;

static POLICY: AtomicU8 = AtomicU8::new(UNSET);

/// Sets this process's policy (the server does it once at start-up).
pub fn init(allow_private: bool) {
    POLICY.store(if allow_private { ALLOW_PRIVATE } else { PUBLIC_ONLY }, Ordering::Relaxed);
}

#[cfg(feature = "testing")]
tokio::task_local! {
    static SCOPED: bool;
}

/// Runs `f` under another policy than the process's, leaving tests that
/// run at the same time alone. Clients built inside keep the policy.
#[cfg(feature = "testing")]
pub async fn with_policy<F: std::future::Future>(allow_private: bool, f: F) -> F::Output {
    SCOPED.scope(allow_private, f).await
}

/// Whether private targets are allowed right now.
pub fn allow_private() -> bool {
    #[cfg(feature = "testing")]
    if let Ok(allowed) = SCOPED.try_with(|a| *a) {
        return allowed;
    }
    match POLICY.load(Ordering::Relaxed) {
        ALLOW_PRIVATE => true,
        PUBLIC_ONLY => false,
        // Not initialised: a library user that never started a server.
        // Tests (the `testing` feature) talk to stand-ins on 127.0.0.1;
        // anything else gets the safe default.
        _ => cfg!(feature = "testing"),
    }
}

/// `domain::outbound::check_url` under the policy in force.
pub fn check_url(url: &str) -> Result<(), ErrorCode> {
    check_url_with(url, allow_private())
}

pub fn check_url_with(url: &str, allow_private: bool) -> Result<(), ErrorCode> {
    domain::outbound::check_url(url, allow_private).map(|_| ())
}

/// A reqwest client builder for admin-configured URLs under `allow_private`:
/// without it, names resolve to public addresses only.
pub fn client_builder(allow_private: bool) -> reqwest::ClientBuilder {
    let builder = reqwest::Client::builder();
    if allow_private {
        builder
    } else {
        builder.dns_resolver(Arc::new(PublicOnly))
    }
}

/// The connection was refused because the name resolves to private or
/// local addresses only.
#[derive(Debug, thiserror::Error)]
#[error("{host} resolves only to private or local addresses")]
pub struct PrivateAddress {
    host: String,
}

/// Whether `error` (or one of its causes) is a `PrivateAddress` refusal.
pub fn is_private_refusal(error: &(dyn std::error::Error + 'static)) -> bool {
    let mut cause = Some(error);
    while let Some(e) = cause {
        if e.is::<PrivateAddress>() {
            return true;
        }
        cause = e.source();
    }
    false
}

/// Resolves with the system's resolver, keeping public addresses only.
struct PublicOnly;

impl Resolve for PublicOnly {
    fn resolve(&self, name: Name) -> Resolving {
        let host = name.as_str().to_owned();
        Box::pin(async move {
            let found: Vec<SocketAddr> = tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            let public: Vec<SocketAddr> =
                found.iter().copied().filter(|a| domain::outbound::is_public(a.ip())).collect();
            if public.is_empty() && !found.is_empty() {
                tracing::warn!(%host, "refused an outgoing request: the name resolves only to private or local addresses");
                return Err(Box::new(PrivateAddress { host }) as Box<dyn std::error::Error + Send + Sync>);
            }
            Ok(Box::new(public.into_iter()) as Addrs)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn names_of_this_machine_resolve_to_nothing_usable() {
        let name: Name = "localhost".parse().expect("name");
        let refused = PublicOnly.resolve(name).await.err().expect("localhost is refused");
        assert!(is_private_refusal(refused.as_ref()), "{refused}");
    }

    #[tokio::test]
    async fn the_client_reaches_a_private_name_only_when_allowed() {
        let app = axum::Router::new().route("/", axum::routing::get(|| async { "hello" }));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let port = listener.local_addr().expect("addr").port();
        tokio::spawn(async move { axum::serve(listener, app).await });
        // Past the URL check, as a name that turned private after it was
        // saved (DNS rebinding) would be: the resolver still refuses it.
        let url = format!("http://localhost:{port}/");
        let client = client_builder(false).build().expect("client");
        let refused = client.get(&url).send().await.expect_err("refused");
        assert!(is_private_refusal(&refused), "{refused:?}");
        let client = client_builder(true).build().expect("client");
        let answer = client.get(&url).send().await.expect("allowed");
        assert_eq!(answer.text().await.expect("body"), "hello");
    }

    #[test]
    fn literals_follow_the_policy() {
        assert_eq!(check_url_with("http://127.0.0.1:5000", false), Err(ErrorCode::UrlPrivate));
        assert_eq!(check_url_with("http://127.0.0.1:5000", true), Ok(()));
        assert_eq!(check_url_with("https://api-free.deepl.com", false), Ok(()));
    }
}
