//! Escalation to support: a private conversation between a question's asker
//! and the support staff, one per question. Pure rules and the types the
//! support page and the agents' desk show.
//!
//! Who may do what (enforced by the store, mirrored by the interface):
//! - open: the question's asker (with a first message describing the
//!   problem) or staff (message optional); opening again reopens the same
//!   conversation;
//! - read and reply: the asker and staff only, everyone else is told it does
//!   not exist; a staff reply leaves it waiting on the member, a member's
//!   reply puts it back in the agents' queue (open);
//! - change the status: staff to any status; the asker only to resolved
//!   ("my problem is solved"), since replying already reopens it.

use crate::id::Timestamp;
use crate::id::TopicId;
use serde::{Deserialize, Serialize};

use crate::error::{ErrorCode, FieldError};

/// The longest message, in characters.
pub const MESSAGE_MAX: usize = 10_000;

text_enum! {
    /// Where a support conversation stands.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum EscalationStatus {
        /// Support's turn: new, or the member wrote last.
        Open = "open",
        /// Support replied; the member's turn.
        Waiting = "waiting",
        Resolved = "resolved",
    }
}

impl EscalationStatus {
    pub fn parse(s: &str) -> Result<Self, FieldError> {
        Self::from_text(s.trim()).ok_or_else(|| FieldError::new("status", ErrorCode::StatusUnknown))
    }

    /// The status after a reply: staff hand the turn to the member, the
    /// member hands it back to support (also reopening a resolved one).
    pub fn after_reply(by_staff: bool) -> Self {
        if by_staff {
            Self::Waiting
        } else {
            Self::Open
        }
    }

    /// The desk's order: support's turn first, then the member's, then
    /// what is done.
    pub fn queue_rank(self) -> u8 {
        match self {
            Self::Open => 0,
            Self::Waiting => 1,
            Self::Resolved => 2,
        }
    }
}

/// May someone set a conversation's status to `to`? Staff may set any
/// status; the asker may only mark it resolved.
pub fn may_set_status(staff: bool, asker: bool, to: EscalationStatus) -> bool {
    staff || (asker && to == EscalationStatus::Resolved)
}

/// A validated message: trimmed, 1 to `MESSAGE_MAX` characters.
pub fn parse_message(s: &str) -> Result<String, FieldError> {
    let body = s.replace("\r\n", "\n").trim().to_owned();
    match body.chars().count() {
        0 => Err(FieldError::new("message", ErrorCode::Required)),
        n if n > MESSAGE_MAX => Err(FieldError::new("message", ErrorCode::MessageTooLong)),
        _ => Ok(body),
    }
}

/// The first message when a conversation is opened: required from the
/// asker (support needs to know the problem), optional for staff (who may
/// open it to write first, or to say nothing until they know more).
pub fn parse_opening(s: &str, by_asker: bool) -> Result<Option<String>, FieldError> {
    if !by_asker && s.trim().is_empty() {
        return Ok(None);
    }
    parse_message(s).map(Some)
}

/// One message in a support conversation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupportMessage {
    pub id: i64,
    pub author: String,
    /// Written by an agent or admin (shown with a "Support" badge).
    pub author_is_staff: bool,
    /// Sanitized HTML rendered from the Markdown on the server.
    pub body_html: String,
    pub created_at: Timestamp,
}

/// A support conversation as its asker or an agent sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Escalation {
    pub id: i64,
    pub topic_id: TopicId,
    pub topic_title: String,
    /// The question's path (`/q/{id}/{slug}`).
    pub topic_path: String,
    /// The asker's username.
    pub member: String,
    pub opened_by: String,
    pub status: EscalationStatus,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// Oldest first.
    pub messages: Vec<SupportMessage>,
    /// The viewer is staff: may set any status.
    pub viewer_is_staff: bool,
}

impl Escalation {
    /// The page of this conversation.
    pub fn path(&self) -> String {
        support_path(self.topic_id)
    }
}

/// The support conversation about a question.
pub fn support_path(topic_id: TopicId) -> String {
    format!("/support/{topic_id}")
}

/// A line of the agents' escalation queue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EscalationSummary {
    pub id: i64,
    pub topic_id: TopicId,
    /// The question's title.
    pub title: String,
    pub member: String,
    pub status: EscalationStatus,
    pub updated_at: Timestamp,
    pub message_count: i64,
    /// The member wrote the last message (support owes an answer).
    pub last_from_member: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_round_trip() {
        for s in EscalationStatus::ALL {
            assert_eq!(EscalationStatus::parse(s.as_str()), Ok(s));
        }
        assert_eq!(EscalationStatus::parse(" waiting "), Ok(EscalationStatus::Waiting));
        let e = EscalationStatus::parse("closed").unwrap_err();
        assert_eq!((e.field.as_str(), e.code), ("status", ErrorCode::StatusUnknown));
        assert_eq!(serde_json::to_string(&EscalationStatus::Waiting).unwrap(), "\"waiting\"");
    }

    #[test]
    fn messages_are_trimmed_and_bounded() {
        assert_eq!(
            parse_message("  My card was charged twice.\r\n"),
            Ok("My card was charged twice.".into())
        );
        assert_eq!(parse_message(" \n ").unwrap_err().code, ErrorCode::Required);
        assert_eq!(parse_message("").unwrap_err().field, "message");
        assert!(parse_message(&"é".repeat(MESSAGE_MAX)).is_ok(), "counted in characters, not bytes");
        assert_eq!(parse_message(&"a".repeat(MESSAGE_MAX + 1)).unwrap_err().code, ErrorCode::MessageTooLong);
    }

    #[test]
    fn the_asker_must_describe_the_problem_staff_need_not() {
        assert_eq!(parse_opening("", true).unwrap_err().code, ErrorCode::Required);
        assert_eq!(parse_opening("  ", false), Ok(None));
        assert_eq!(parse_opening(" Please check ", false), Ok(Some("Please check".into())));
        assert_eq!(parse_opening("Locked out", true), Ok(Some("Locked out".into())));
        assert_eq!(
            parse_opening(&"a".repeat(MESSAGE_MAX + 1), false).unwrap_err().code,
            ErrorCode::MessageTooLong
        );
    }

    #[test]
    fn replies_hand_the_turn_over() {
        assert_eq!(EscalationStatus::after_reply(true), EscalationStatus::Waiting);
        assert_eq!(EscalationStatus::after_reply(false), EscalationStatus::Open);
        assert!(EscalationStatus::Open.queue_rank() < EscalationStatus::Waiting.queue_rank());
        assert!(EscalationStatus::Waiting.queue_rank() < EscalationStatus::Resolved.queue_rank());
    }

    #[test]
    fn only_staff_set_any_status_the_asker_may_resolve() {
        for s in EscalationStatus::ALL {
            assert!(may_set_status(true, false, s));
            assert!(!may_set_status(false, false, s));
        }
        assert!(may_set_status(false, true, EscalationStatus::Resolved));
        assert!(!may_set_status(false, true, EscalationStatus::Waiting));
        assert!(!may_set_status(false, true, EscalationStatus::Open));
    }

    #[test]
    fn support_pages_have_their_path() {
        assert_eq!(support_path(TopicId(42)), "/support/42");
    }
}
