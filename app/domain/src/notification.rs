//! Who is notified of what, and how a notification reads. Pure rules: the
//! store gathers the facts (follows, authorship, mentions, who can read the
//! place, each member's choices) and asks these functions.

use crate::id::Timestamp;
use crate::id::UserId;
use serde::{Deserialize, Serialize};

use crate::error::{ErrorCode, FieldError};
use crate::follow::{FollowSet, Happening};

text_enum! {
    /// The kinds of notification, each of which a member can switch off
    /// (listed on the settings page in this order).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum NotificationKind {
        NewAnswer = "new_answer",
        CommentOnPost = "comment_on_post",
        Mention = "mention",
        Accepted = "accepted",
        Upvote = "upvote",
        Badge = "badge",
        NewComment = "new_comment",
        Solved = "solved",
        NewQuestion = "new_question",
        /// A reply or status change in a support conversation.
        Support = "support",
        /// A moderator's warning or sanction, with its reason: always delivered.
        Moderation = "moderation",
    }
}

text_enum! {
    /// What a staff notice (`Moderation`, `Support`) says happened. Stored
    /// with the staff's own words and worded when read, in the reader's
    /// language.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum Notice {
        /// An agent assigned the question to the reader.
        Assigned = "assigned",
        Warned = "warned",
        /// Until `until`.
        Silenced = "silenced",
        /// Until `until`.
        Suspended = "suspended",
        /// A moderator lifted the reader's restrictions.
        Lifted = "lifted",
        SupportOpened = "support_opened",
        SupportReplied = "support_replied",
        SupportResolved = "support_resolved",
    }
}

impl Notice {
    /// The kind a member files it under (and may switch off, for support).
    pub fn kind(self) -> NotificationKind {
        match self {
            Notice::SupportOpened | Notice::SupportReplied | Notice::SupportResolved => {
                NotificationKind::Support
            }
            _ => NotificationKind::Moderation,
        }
    }
}

impl NotificationKind {
    pub fn parse(s: &str) -> Result<Self, FieldError> {
        Self::from_text(s).ok_or_else(|| FieldError::new("kinds", ErrorCode::NotificationKindUnknown))
    }

    /// The follow-based kind for a happening, if any.
    fn for_follow(h: Happening) -> NotificationKind {
        match h {
            Happening::NewQuestion => NotificationKind::NewQuestion,
            Happening::NewAnswer => NotificationKind::NewAnswer,
            Happening::NewComment => NotificationKind::NewComment,
            Happening::Solved => NotificationKind::Solved,
        }
    }
}

/// A notification as the inbox lists it: its parts, not a sentence. The
/// interface words it in the reader's language (`pages/notifications.rs`),
/// so nothing English is stored, sent or parsed back.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotificationItem {
    pub id: i64,
    pub kind: NotificationKind,
    /// Who acted (for grouped upvotes, the latest voter); `None` when the
    /// member is gone.
    pub actor: Option<String>,
    /// How many members acted (upvotes are grouped per post).
    pub count: i64,
    /// The title of the question it is about (empty for badges and notes).
    pub title: String,
    /// The post acted on is the question itself, not one of its answers.
    pub on_question: bool,
    /// The badge earned (`Badge`): its catalogue key.
    pub badge: Option<String>,
    /// What a staff notice says happened (`Moderation`, `Support`); None
    /// for notices stored before notices were (their `note` is a sentence).
    #[serde(default)]
    pub notice: Option<Notice>,
    /// The staff's own words (`Moderation`, `Support`): a reason or message.
    pub note: String,
    /// When a silence or suspension ends.
    #[serde(default)]
    pub until: Option<Timestamp>,
    /// Where it leads: the post or comment, or the badge page.
    pub url: String,
    /// When it last changed (a grouped upvote moves it).
    pub at: Timestamp,
    pub read: bool,
}

/// One member who may hear about a happening, with the facts that decide it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Candidate {
    pub user_id: UserId,
    /// May read the place it happened in. Nobody hears about a place they
    /// cannot read.
    pub can_read: bool,
    pub follows: FollowSet,
    /// Wrote the post that was commented on (for comments).
    pub wrote_target: bool,
    /// Wrote the accepted answer (for solutions).
    pub wrote_accepted: bool,
    pub mentioned: bool,
    /// Kinds the member switched off.
    pub muted_kinds: Vec<NotificationKind>,
}

/// Who is notified of `h` done by `actor`, and with which kind: at most one
/// notification per member per happening, the most personal kind that the
/// member has not switched off (replies to them, then mentions, then what
/// their follows ask for). Never the actor; never someone who cannot read it.
pub fn recipients(actor: UserId, h: Happening, candidates: &[Candidate]) -> Vec<(UserId, NotificationKind)> {
    let mut out: Vec<(UserId, NotificationKind)> = Vec::new();
    for c in candidates {
        if c.user_id == actor || !c.can_read || out.iter().any(|(u, _)| *u == c.user_id) {
            continue;
        }
        let mut choices = Vec::with_capacity(3);
        // A muted question stays quiet except for a direct mention.
        let quiet = c.follows.muted_topic();
        match h {
            Happening::NewComment if c.wrote_target && !quiet => {
                choices.push(NotificationKind::CommentOnPost)
            }
            Happening::Solved if c.wrote_accepted => choices.push(NotificationKind::Accepted),
            _ => {}
        }
        if c.mentioned {
            choices.push(NotificationKind::Mention);
        }
        if c.follows.wants(h) {
            choices.push(NotificationKind::for_follow(h));
        }
        if let Some(kind) = choices.into_iter().find(|k| !c.muted_kinds.contains(k)) {
            out.push((c.user_id, kind));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::follow::FollowLevel;

    fn reader(id: i64) -> Candidate {
        Candidate { user_id: UserId(id), can_read: true, ..Default::default() }
    }

    fn following(id: i64, level: FollowLevel) -> Candidate {
        Candidate { follows: FollowSet { topic: Some(level), places: vec![] }, ..reader(id) }
    }

    #[test]
    fn followers_hear_of_new_answers_but_not_the_author() {
        let c = [following(1, FollowLevel::Every), following(2, FollowLevel::Answers), reader(3)];
        assert_eq!(
            recipients(UserId(2), Happening::NewAnswer, &c),
            vec![(UserId(1), NotificationKind::NewAnswer)]
        );
        assert_eq!(
            recipients(UserId(3), Happening::NewAnswer, &c),
            vec![(UserId(1), NotificationKind::NewAnswer), (UserId(2), NotificationKind::NewAnswer)]
        );
    }

    #[test]
    fn nobody_hears_about_a_place_they_cannot_read() {
        let mut c = following(1, FollowLevel::Every);
        c.can_read = false;
        c.mentioned = true;
        assert!(recipients(UserId(9), Happening::NewAnswer, &[c]).is_empty());
    }

    #[test]
    fn a_comment_on_your_post_is_one_personal_notification() {
        let mut author = following(1, FollowLevel::Every);
        author.wrote_target = true;
        author.mentioned = true;
        let watcher = following(2, FollowLevel::Every);
        let answers_only = following(3, FollowLevel::Answers);
        assert_eq!(
            recipients(UserId(5), Happening::NewComment, &[author, watcher, answers_only]),
            vec![(UserId(1), NotificationKind::CommentOnPost), (UserId(2), NotificationKind::NewComment)]
        );
    }

    #[test]
    fn mentions_reach_people_who_follow_nothing_and_muted_topics() {
        let mut m = reader(4);
        m.mentioned = true;
        m.follows.topic = Some(FollowLevel::Muted);
        m.wrote_target = true;
        assert_eq!(
            recipients(UserId(5), Happening::NewComment, &[m]),
            vec![(UserId(4), NotificationKind::Mention)]
        );
    }

    #[test]
    fn a_switched_off_kind_falls_through_to_the_next() {
        let mut a = following(1, FollowLevel::Every);
        a.wrote_target = true;
        a.muted_kinds = vec![NotificationKind::CommentOnPost];
        assert_eq!(
            recipients(UserId(5), Happening::NewComment, &[a.clone()]),
            vec![(UserId(1), NotificationKind::NewComment)]
        );
        a.muted_kinds.push(NotificationKind::NewComment);
        assert!(recipients(UserId(5), Happening::NewComment, &[a]).is_empty());
    }

    #[test]
    fn solutions_tell_the_answerer_and_followers() {
        let mut answerer = following(2, FollowLevel::Answers);
        answerer.wrote_accepted = true;
        let c = [answerer, following(3, FollowLevel::Solved), following(4, FollowLevel::Normal)];
        assert_eq!(
            recipients(UserId(1), Happening::Solved, &c),
            vec![(UserId(2), NotificationKind::Accepted), (UserId(3), NotificationKind::Solved)]
        );
    }

    #[test]
    fn each_member_is_listed_once() {
        let c = [following(1, FollowLevel::Every), following(1, FollowLevel::Every)];
        assert_eq!(recipients(UserId(9), Happening::NewAnswer, &c).len(), 1);
    }

    #[test]
    fn kinds_round_trip() {
        for k in NotificationKind::ALL {
            assert_eq!(NotificationKind::parse(k.as_str()), Ok(k));
        }
        assert!(NotificationKind::parse("spam").is_err());
    }
}
