//! Typed ids and times. Each is an `i64` underneath — the database's row id
//! or milliseconds since the Unix epoch — but a `PostId` cannot be passed
//! where a `TopicId` or a `UserId` is expected, so an id keeps its meaning
//! from the form that sent it to the row that stores it.
//!
//! On the wire they are plain numbers (`#[serde(transparent)]`), so JSON,
//! forms and URLs are unchanged. With the `sqlx` feature (the server's
//! `community` crate turns it on; the browser build never does) they are
//! bound and decoded straight from rows.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// Declares integer newtypes with the same traits, so every id behaves alike.
macro_rules! integer_newtype {
    ($( $(#[$meta:meta])* $name:ident ),+ $(,)?) => { $(
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        #[serde(transparent)]
        #[cfg_attr(feature = "sqlx", derive(sqlx::Type), sqlx(transparent))]
        pub struct $name(pub i64);

        impl $name {
            /// The number underneath, for arithmetic and for text that is
            /// not an id (a cursor, a cache key).
            pub const fn get(self) -> i64 {
                self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        /// A number, or its decimal text: a form field inside a flattened
        /// form struct reaches serde as text, JSON as a number.
        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                d.deserialize_any(NumberVisitor).map($name)
            }
        }

        impl FromStr for $name {
            type Err = std::num::ParseIntError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                s.trim().parse().map($name)
            }
        }
    )+ };
}

/// Reads an `i64` from a number or from its decimal text.
struct NumberVisitor;

impl serde::de::Visitor<'_> for NumberVisitor {
    type Value = i64;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an integer")
    }

    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<i64, E> {
        Ok(v)
    }

    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<i64, E> {
        i64::try_from(v).map_err(|_| E::custom("an integer too large"))
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<i64, E> {
        v.trim().parse().map_err(|_| E::invalid_value(serde::de::Unexpected::Str(v), &self))
    }
}

integer_newtype! {
    /// A member's account (`users.id`).
    UserId,
    /// A thread: the id of its opening post (`posts.id` where `topic_id` is null).
    TopicId,
    /// Any post: a thread's opening post or a reply (`posts.id`).
    PostId,
    /// A comment under a post (`comments.id`).
    CommentId,
    /// A category (`categories.id`).
    CategoryId,
    /// A tag (`tags.id`).
    TagId,
    /// A member group (`groups.id`).
    GroupId,
    /// A moment: milliseconds since the Unix epoch, the same on both engines
    /// because Rust, not SQL, reads the clock.
    Timestamp,
}

impl TopicId {
    /// The thread's opening post, which shares its id.
    pub const fn post(self) -> PostId {
        PostId(self.0)
    }
}

impl PostId {
    /// This post read as a thread: right only for an opening post, which the
    /// caller knows (a reply's thread is its `topic_id`).
    pub const fn as_topic(self) -> TopicId {
        TopicId(self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_plain_numbers_on_the_wire() {
        assert_eq!(serde_json::to_string(&PostId(42)).unwrap(), "42");
        assert_eq!(serde_json::from_str::<TopicId>("7").unwrap(), TopicId(7));
        assert_eq!(serde_json::to_string(&Some(UserId(3))).unwrap(), "3");
        assert!(serde_json::from_str::<UserId>("\"x\"").is_err());
        assert!(serde_json::from_str::<UserId>("1.5").is_err());
        assert!(serde_json::from_str::<UserId>("18446744073709551615").is_err());
        // Form fields of a flattened form struct arrive as text.
        assert_eq!(serde_json::from_str::<PostId>("\" 12\"").unwrap(), PostId(12));
    }

    #[test]
    fn ids_print_and_parse_as_their_number() {
        assert_eq!(CategoryId(12).to_string(), "12");
        assert_eq!(" 12 ".parse::<CategoryId>(), Ok(CategoryId(12)));
        assert!("12a".parse::<CategoryId>().is_err());
        assert!("".parse::<TagId>().is_err());
    }

    #[test]
    fn a_topic_is_its_opening_post() {
        assert_eq!(TopicId(5).post(), PostId(5));
        assert_eq!(PostId(5).as_topic(), TopicId(5));
    }
}
