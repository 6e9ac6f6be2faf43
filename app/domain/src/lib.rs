//! Pure rules shared by the server and the browser.
//!
//! Everything here is deterministic and free of I/O so the browser can check a
//! form with exactly the rule the server enforces.

pub mod account;
pub mod error;
pub mod permissions;
pub mod rate_limit;
pub mod sign_in_limit;

pub use account::{Email, Member, Password, Role, Username};
pub use error::{ErrorCode, FieldError};
pub use permissions::{Action, Viewer};
