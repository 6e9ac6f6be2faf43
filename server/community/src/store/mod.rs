//! Storage use cases. Each public function is one statement or one
//! transaction, written once for both engines through `on_db!` / `on_tx!`.

pub(crate) mod audit;
pub mod automod;
pub mod badges;
pub mod categories;
pub mod comments;
pub mod desk;
pub(crate) mod effects;
pub mod escalations;
pub mod events;
pub(crate) mod facts;
pub mod flags;
pub mod flash;
pub mod follows;
pub mod groups;
pub mod guidelines;
pub(crate) mod happened;
pub mod moderation;
pub mod notifications;
pub mod posts;
pub mod profiles;
pub mod rate_limits;
pub mod reputation;
pub mod search_log;
pub mod sessions;
pub mod settings;
pub mod sign_in_failures;
pub mod tags;
pub mod topics;
pub mod users;
pub mod votes;
