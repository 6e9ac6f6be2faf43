//! The HTTP tests of the server, one binary (linking once is most of a test
//! build): the real router, middleware and server functions on a spawned
//! server (port 0), on SQLite and on PostgreSQL, through the shared
//! `common::Harness`; the command line; and several server processes on
//! one database (`process::Server`, shared with `crash` and the benches).
//!
//! Two scenarios keep binaries of their own, because they act on the whole
//! process: `crash` (kills and restarts server processes under load, timed)
//! and `password_pool` (fills the process-wide argon2 pool).
#![allow(clippy::unwrap_used)] // test code: a panic is the failure report

mod common;
#[path = "../common/process.rs"]
mod process;

mod cli;
mod hostile;
mod live;
mod moderation;
mod policy;
mod requests;
