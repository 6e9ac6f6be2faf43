//! Server functions, thin: who is asking -> call `community` -> map errors.
//! Every mutating function uses the default POST encoding, which the
//! server's same-origin check protects against cross-site requests.

pub mod admin;
pub mod auth;
pub mod language;
pub mod live;
pub mod members;
pub mod moderation;
pub mod moderation_admin;
pub mod notifications;
pub mod overview;
pub mod policy;
pub mod posting;
pub mod profile;
pub mod reputation;
pub mod search;
#[cfg(feature = "ssr")]
pub mod ssr;
pub mod support;
pub mod topics;
pub mod translation;
pub mod votes;
pub mod webhooks;

use domain::id::UserId;
use domain::Role;
use serde::{Deserialize, Serialize};

/// The signed-in account as the interface needs it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionUser {
    pub id: UserId,
    pub username: String,
    pub role: Role,
    #[serde(default)]
    pub avatar_version: Option<i64>,
    /// The interface language chosen in settings ("" = from the browser).
    #[serde(default)]
    pub ui_language: String,
    /// The languages the member reads (codes).
    #[serde(default)]
    pub reads: Vec<String>,
    #[serde(default)]
    pub auto_translate: bool,
}

/// What every page needs to know before rendering its header.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SiteSession {
    pub community_name: String,
    /// The public origin (`ENTRAIDE_BASE_URL`, else from the request's
    /// Host), for canonical and OpenGraph URLs.
    pub base_url: String,
    pub user: Option<SessionUser>,
    /// Unread notifications of the signed-in member.
    pub unread: i64,
    /// The last live event this node had sent when the page was made: the
    /// page's event stream starts after it, so nothing in between is lost.
    pub live_cursor: i64,
}
