//! Server-only helpers shared by the server functions, by concern. Each is
//! re-exported here, so a server function says `ssr::viewer()` whatever
//! file it lives in.

mod errors;
mod limits;
mod render;
mod request;
mod session;

pub use errors::*;
pub use limits::*;
pub use render::*;
pub use request::*;
pub use session::*;
