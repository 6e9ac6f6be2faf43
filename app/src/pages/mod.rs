pub mod admin_categories;
pub mod admin_groups;
pub mod admin_members;
pub mod admin_moderation;
pub mod admin_reputation;
pub mod admin_tags;
pub mod admin_webhooks;
pub mod ask;
pub mod badges;
pub mod desk;
pub mod edit;
pub mod home;
pub mod leaderboard;
pub mod not_found;
pub mod notifications;
pub mod profile;
pub mod questions;
pub mod search;
pub mod settings_profile;
pub mod sign_in;
pub mod sign_up;
pub mod support;
pub mod tags;
pub mod thread;

/// Percent-encodes a query-string value (RFC 3986 unreserved characters kept).
pub use domain::urlencode;
