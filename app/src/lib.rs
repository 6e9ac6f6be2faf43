//! The Entraide application: one Leptos app rendered on the server (`ssr`)
//! and hydrated in the browser (`hydrate`).
#![recursion_limit = "256"]

// First, so that `t!` is in scope in every module below.
#[macro_use]
pub mod i18n;
pub mod api;
pub mod app;
pub mod components;
pub mod error;
pub mod live;
pub mod pages;
pub mod session;
#[cfg(feature = "ssr")]
pub mod state;

pub use app::{shell, App};
pub use error::AppError;
