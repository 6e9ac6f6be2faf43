//! The storage tests of `community`, one binary (linking once is most of a
//! test build): every use case on a fresh SQLite and a fresh PostgreSQL
//! database, sharing `community::testing::World`.
#![allow(clippy::unwrap_used)] // test code: a panic is the failure report

mod architecture;
mod avatars;
mod conformance;
mod escalations;
mod fuzz_corpus;
mod live;
mod moderation;
mod posts;
mod reputation;
mod search;
mod translate_providers;
mod translation;
mod webhooks;
