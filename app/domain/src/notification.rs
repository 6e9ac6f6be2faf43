//! Who is notified of what, and how a notification reads. Pure rules: the
//! store gathers the facts (follows, authorship, mentions, who can read the
//! place, each member's choices) and asks these functions.

use serde::{Deserialize, Serialize};

use crate::error::{ErrorCode, FieldError};
use crate::follow::{FollowSet, Happening};

/// The kinds of notification, each of which a member can switch off.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NotificationKind {
    NewAnswer,
    NewComment,
    CommentOnPost,
    Mention,
    Accepted,
    Solved,
    Upvote,
    Badge,
    NewQuestion,
    /// A moderator's warning or sanction, with its reason: always delivered.
    Moderation,
    /// A reply or status change in a support conversation.
    Support,
}

impl NotificationKind {
    pub const ALL: [NotificationKind; 11] = [
        NotificationKind::NewAnswer,
        NotificationKind::CommentOnPost,
        NotificationKind::Mention,
        NotificationKind::Accepted,
        NotificationKind::Upvote,
        NotificationKind::Badge,
        NotificationKind::NewComment,
        NotificationKind::Solved,
        NotificationKind::NewQuestion,
        NotificationKind::Support,
        NotificationKind::Moderation,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            NotificationKind::NewAnswer => "new_answer",
            NotificationKind::NewComment => "new_comment",
            NotificationKind::CommentOnPost => "comment_on_post",
            NotificationKind::Mention => "mention",
            NotificationKind::Accepted => "accepted",
            NotificationKind::Solved => "solved",
            NotificationKind::Upvote => "upvote",
            NotificationKind::Badge => "badge",
            NotificationKind::NewQuestion => "new_question",
            NotificationKind::Moderation => "moderation",
            NotificationKind::Support => "support",
        }
    }

    pub fn parse(s: &str) -> Result<Self, FieldError> {
        NotificationKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| FieldError::new("kinds", ErrorCode::NotificationKindUnknown))
    }

    /// The setting's label.
    pub fn label(self) -> &'static str {
        match self {
            NotificationKind::NewAnswer => "A new answer on a question you follow",
            NotificationKind::NewComment => "A new comment in a thread you follow closely",
            NotificationKind::CommentOnPost => "A comment on your question or answer",
            NotificationKind::Mention => "Someone mentions you (@name)",
            NotificationKind::Accepted => "Your answer is accepted",
            NotificationKind::Solved => "A question you follow is solved",
            NotificationKind::Upvote => "Upvotes on your posts",
            NotificationKind::Badge => "You earn a badge",
            NotificationKind::NewQuestion => "A new question in a category or tag you follow",
            NotificationKind::Moderation => "Messages from the moderators (always on)",
            NotificationKind::Support => "Replies from support staff in your support conversations",
        }
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

/// A notification as the inbox lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotificationItem {
    pub id: i64,
    pub kind: NotificationKind,
    pub text: String,
    /// Where it leads: the post or comment, or the badge page.
    pub url: String,
    /// When it last changed (a grouped upvote moves it).
    pub at: i64,
    pub read: bool,
}

/// One member who may hear about a happening, with the facts that decide it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Candidate {
    pub user_id: i64,
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
pub fn recipients(actor: i64, h: Happening, candidates: &[Candidate]) -> Vec<(i64, NotificationKind)> {
    let mut out: Vec<(i64, NotificationKind)> = Vec::new();
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

/// Upvotes on one post are grouped into one unread notification: the
/// sentence for `count` distinct voters, the latest being `actor`.
pub fn upvote_text(actor: &str, count: i64, is_question: bool) -> String {
    let what = if is_question { "question" } else { "answer" };
    match count {
        ..=1 => format!("{actor} upvoted your {what}"),
        2 => format!("{actor} and 1 other person upvoted your {what}"),
        n => format!("{n} people upvoted your {what}"),
    }
}

/// How a notification reads in the inbox.
pub fn text(kind: NotificationKind, actor: &str, count: i64, title: &str, is_question: bool) -> String {
    match kind {
        NotificationKind::NewAnswer => format!("{actor} answered “{title}”"),
        NotificationKind::NewComment => format!("{actor} commented on “{title}”"),
        NotificationKind::CommentOnPost => {
            let what = if is_question { "question" } else { "answer" };
            format!("{actor} commented on your {what} in “{title}”")
        }
        NotificationKind::Mention => format!("{actor} mentioned you in “{title}”"),
        NotificationKind::Accepted => format!("{actor} accepted your answer to “{title}”"),
        NotificationKind::Solved => format!("“{title}” is solved"),
        NotificationKind::Upvote => format!("{} in “{title}”", upvote_text(actor, count, is_question)),
        NotificationKind::Badge => format!("You earned the “{title}” badge"),
        NotificationKind::NewQuestion => format!("{actor} asked “{title}”"),
        // These carry their own sentence (the note), passed as `title`.
        NotificationKind::Moderation | NotificationKind::Support => title.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::follow::FollowLevel;

    fn reader(id: i64) -> Candidate {
        Candidate { user_id: id, can_read: true, ..Default::default() }
    }

    fn following(id: i64, level: FollowLevel) -> Candidate {
        Candidate { follows: FollowSet { topic: Some(level), places: vec![] }, ..reader(id) }
    }

    #[test]
    fn followers_hear_of_new_answers_but_not_the_author() {
        let c = [following(1, FollowLevel::Every), following(2, FollowLevel::Answers), reader(3)];
        assert_eq!(recipients(2, Happening::NewAnswer, &c), vec![(1, NotificationKind::NewAnswer)]);
        assert_eq!(
            recipients(3, Happening::NewAnswer, &c),
            vec![(1, NotificationKind::NewAnswer), (2, NotificationKind::NewAnswer)]
        );
    }

    #[test]
    fn nobody_hears_about_a_place_they_cannot_read() {
        let mut c = following(1, FollowLevel::Every);
        c.can_read = false;
        c.mentioned = true;
        assert!(recipients(9, Happening::NewAnswer, &[c]).is_empty());
    }

    #[test]
    fn a_comment_on_your_post_is_one_personal_notification() {
        let mut author = following(1, FollowLevel::Every);
        author.wrote_target = true;
        author.mentioned = true;
        let watcher = following(2, FollowLevel::Every);
        let answers_only = following(3, FollowLevel::Answers);
        assert_eq!(
            recipients(5, Happening::NewComment, &[author, watcher, answers_only]),
            vec![(1, NotificationKind::CommentOnPost), (2, NotificationKind::NewComment)]
        );
    }

    #[test]
    fn mentions_reach_people_who_follow_nothing_and_muted_topics() {
        let mut m = reader(4);
        m.mentioned = true;
        m.follows.topic = Some(FollowLevel::Muted);
        m.wrote_target = true;
        assert_eq!(recipients(5, Happening::NewComment, &[m]), vec![(4, NotificationKind::Mention)]);
    }

    #[test]
    fn a_switched_off_kind_falls_through_to_the_next() {
        let mut a = following(1, FollowLevel::Every);
        a.wrote_target = true;
        a.muted_kinds = vec![NotificationKind::CommentOnPost];
        assert_eq!(
            recipients(5, Happening::NewComment, &[a.clone()]),
            vec![(1, NotificationKind::NewComment)]
        );
        a.muted_kinds.push(NotificationKind::NewComment);
        assert!(recipients(5, Happening::NewComment, &[a]).is_empty());
    }

    #[test]
    fn solutions_tell_the_answerer_and_followers() {
        let mut answerer = following(2, FollowLevel::Answers);
        answerer.wrote_accepted = true;
        let c = [answerer, following(3, FollowLevel::Solved), following(4, FollowLevel::Normal)];
        assert_eq!(
            recipients(1, Happening::Solved, &c),
            vec![(2, NotificationKind::Accepted), (3, NotificationKind::Solved)]
        );
    }

    #[test]
    fn each_member_is_listed_once() {
        let c = [following(1, FollowLevel::Every), following(1, FollowLevel::Every)];
        assert_eq!(recipients(9, Happening::NewAnswer, &c).len(), 1);
    }

    #[test]
    fn upvotes_are_grouped_in_words() {
        assert_eq!(upvote_text("ana", 1, false), "ana upvoted your answer");
        assert_eq!(upvote_text("ana", 2, false), "ana and 1 other person upvoted your answer");
        assert_eq!(upvote_text("ana", 3, false), "3 people upvoted your answer");
        assert_eq!(upvote_text("ana", 7, true), "7 people upvoted your question");
        assert_eq!(
            text(NotificationKind::Upvote, "ana", 3, "Sync stops", false),
            "3 people upvoted your answer in “Sync stops”"
        );
        assert_eq!(text(NotificationKind::NewAnswer, "bo", 1, "T", true), "bo answered “T”");
    }

    #[test]
    fn kinds_round_trip() {
        for k in NotificationKind::ALL {
            assert_eq!(NotificationKind::parse(k.as_str()), Ok(k));
        }
        assert!(NotificationKind::parse("spam").is_err());
    }
}
