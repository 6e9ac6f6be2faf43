//! Pure rules shared by the server and the browser.
//!
//! Everything here is deterministic and free of I/O so the browser can check a
//! form with exactly the rule the server enforces.

/// Declares a fieldless enum that travels as text (forms, the database,
/// URLs) with its list and its text form from one declaration, so no list
/// of its values is kept by hand: `ALL` (in declaration order),
/// `as_str` and `from_text`. Interface wording is the interface's
/// (`app/locales`), never the enum's.
macro_rules! text_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: [$name; <[&str]>::len(&[$($text),+])] = [$($name::$variant),+];

            /// The value's text on the wire and in storage.
            pub fn as_str(self) -> &'static str {
                match self {
                    $( $name::$variant => $text ),+
                }
            }

            /// The value written as `s` by [`Self::as_str`], if any.
            pub fn from_text(s: &str) -> Option<Self> {
                match s {
                    $( $text => Some($name::$variant), )+
                    _ => None,
                }
            }
        }
    };
}

pub mod account;
pub mod automod;
pub mod badges;
pub mod calendar;
pub mod error;
pub mod escalation;
pub mod follow;
pub mod id;
pub mod language;
pub mod live;
pub mod model;
pub mod moderation;
pub mod notification;
pub mod outbound;
pub mod permissions;
pub mod place;
pub mod post;
pub mod profile;
pub mod rate_limit;
pub mod reputation;
pub mod search;
pub mod sign_in_limit;
pub mod text;
pub mod translation;
pub mod webhook;

pub use account::{Email, Member, Password, Role, Username};
pub use error::{ErrorCode, FieldError};
pub use id::{CategoryId, CommentId, GroupId, PostId, TagId, Timestamp, TopicId, UserId};
pub use permissions::{Action, Viewer};
pub use place::Visibility;
pub use post::PostKind;

/// Percent-encodes everything but unreserved characters, for query strings
/// and path segments.
pub fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}
