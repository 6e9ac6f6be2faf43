//! Storage use cases. Each public function is one statement or one
//! transaction, written once for both engines through `on_db!` / `on_tx!`.

pub mod rate_limits;
pub mod sessions;
pub mod sign_in_failures;
pub mod users;
