//! The server-side library behind Entraide's server functions: storage on
//! SQLite or PostgreSQL from one code path, accounts, sessions and demo data.

pub mod accounts;
pub mod avatar;
pub mod clock;
pub mod db;
pub mod diff;
pub mod error;
#[cfg(feature = "testing")]
pub mod fuzzing;
pub mod heavy;
mod holes;
pub mod live;
pub mod markdown;
pub mod outbound;
pub mod password;
pub mod search;
pub mod secrets;
pub mod seed;
pub mod store;
#[cfg(feature = "testing")]
pub mod testing;
pub mod translate;
pub mod views;
pub mod webhooks;

pub use db::Db;
pub use error::StoreError;
