//! Live events as the server stores and sends them and the browser reads
//! them (the `data:` of a Server-Sent Event). Events say *what* changed and
//! carry only what every reader of the place may know; a page that needs
//! more (a new comment's text) asks for it, through the usual permission
//! checks.

use crate::id::{CategoryId, CommentId, PostId, TopicId, UserId};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum LiveEvent {
    /// A question or discussion was opened.
    Question {
        topic_id: TopicId,
        category_id: CategoryId,
        author_id: UserId,
        tags: Vec<String>,
    },
    Answer {
        topic_id: TopicId,
        post_id: PostId,
        author_id: UserId,
    },
    Comment {
        topic_id: TopicId,
        post_id: PostId,
        comment_id: CommentId,
        author_id: UserId,
    },
    /// A post's score after a vote.
    Vote {
        topic_id: TopicId,
        post_id: PostId,
        score: i64,
    },
    /// The question's accepted answer changed (None: taken back).
    Accepted {
        topic_id: TopicId,
        answer_id: Option<PostId>,
        by: Option<String>,
    },
    Verified {
        topic_id: TopicId,
        post_id: PostId,
        by: Option<String>,
    },
    /// For one member: a notification arrived; `unread` is their count now.
    Notification {
        unread: i64,
        kind: crate::notification::NotificationKind,
    },
    /// For one member: notifications were read (maybe in another tab).
    NotificationsRead {
        unread: i64,
    },
    /// Something changed in one of the agents' desk queues ("flags", "held",
    /// "unanswered", "escalations", "assigned"). Staff only, and without
    /// content: the desk reloads what its viewer may read.
    Desk {
        queue: String,
    },
    /// A moderator changed a post of this thread (hidden, locked, moved...).
    Moderated {
        topic_id: TopicId,
        post_id: PostId,
    },
    /// A message or status change in the support conversation about
    /// `topic_id` (private to its member; agents hear of it on the desk).
    Support {
        topic_id: TopicId,
    },
    /// The stream could not replay everything missed: reload what is shown.
    Resync,
}

impl LiveEvent {
    /// The SSE `event:` name and the stored kind.
    pub fn kind(&self) -> &'static str {
        match self {
            LiveEvent::Question { .. } => "question",
            LiveEvent::Answer { .. } => "answer",
            LiveEvent::Comment { .. } => "comment",
            LiveEvent::Vote { .. } => "vote",
            LiveEvent::Accepted { .. } => "accepted",
            LiveEvent::Verified { .. } => "verified",
            LiveEvent::Notification { .. } => "notification",
            LiveEvent::NotificationsRead { .. } => "notifications_read",
            LiveEvent::Desk { .. } => "desk",
            LiveEvent::Moderated { .. } => "moderated",
            LiveEvent::Support { .. } => "support",
            LiveEvent::Resync => "resync",
        }
    }

    /// The question the event is about, for subscribers of one thread.
    pub fn topic_id(&self) -> Option<TopicId> {
        match self {
            LiveEvent::Answer { topic_id, .. }
            | LiveEvent::Comment { topic_id, .. }
            | LiveEvent::Vote { topic_id, .. }
            | LiveEvent::Accepted { topic_id, .. }
            | LiveEvent::Verified { topic_id, .. }
            | LiveEvent::Moderated { topic_id, .. }
            | LiveEvent::Support { topic_id } => Some(*topic_id),
            _ => None,
        }
    }
}

/// What one connection listens to, besides the member's own notifications.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Interest {
    /// The thread open in the page.
    pub topic: Option<TopicId>,
    /// New questions, for pages that list them.
    pub lists: bool,
    /// The agents' desk is open (desk events reach staff only).
    pub desk: bool,
}

impl Interest {
    /// Whether a public event (one about a place the subscriber can read)
    /// belongs on this connection.
    pub fn wants(&self, e: &LiveEvent) -> bool {
        match e {
            LiveEvent::Question { .. } => self.lists,
            LiveEvent::Desk { .. } => self.desk,
            LiveEvent::Resync => true,
            other => other.topic_id().is_some_and(|t| Some(t) == self.topic),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_serialize_with_their_type_and_round_trip() {
        let events = [
            LiveEvent::Vote { topic_id: TopicId(1), post_id: PostId(2), score: 3 },
            LiveEvent::Accepted { topic_id: TopicId(1), answer_id: None, by: None },
            LiveEvent::Notification { unread: 4, kind: crate::notification::NotificationKind::NewAnswer },
            LiveEvent::Resync,
        ];
        for e in events {
            let json = serde_json::to_string(&e).expect("serialize");
            assert!(json.contains(&format!("\"type\":\"{}\"", e.kind())), "{json}");
            assert_eq!(serde_json::from_str::<LiveEvent>(&json).expect("parse"), e);
        }
        assert_eq!(
            LiveEvent::Vote { topic_id: TopicId(1), post_id: PostId(2), score: 3 }.topic_id(),
            Some(TopicId(1))
        );
    }

    #[test]
    fn interests_pick_their_events() {
        let thread = Interest { topic: Some(TopicId(7)), lists: false, desk: false };
        assert!(thread.wants(&LiveEvent::Answer {
            topic_id: TopicId(7),
            post_id: PostId(9),
            author_id: UserId(1)
        }));
        assert!(!thread.wants(&LiveEvent::Answer {
            topic_id: TopicId(8),
            post_id: PostId(9),
            author_id: UserId(1)
        }));
        assert!(!thread.wants(&LiveEvent::Question {
            topic_id: TopicId(8),
            category_id: CategoryId(1),
            author_id: UserId(1),
            tags: vec![]
        }));
        let list = Interest { topic: None, lists: true, desk: false };
        assert!(list.wants(&LiveEvent::Question {
            topic_id: TopicId(8),
            category_id: CategoryId(1),
            author_id: UserId(1),
            tags: vec![]
        }));
        assert!(!list.wants(&LiveEvent::Vote { topic_id: TopicId(7), post_id: PostId(7), score: 1 }));
        assert!(list.wants(&LiveEvent::Resync));
    }
}
