//! Following questions, categories and tags, with a level per follow in the
//! manner of Discourse's watching levels, and the rule that decides whether a
//! follower hears about something that happened.

use serde::{Deserialize, Serialize};

use crate::error::{ErrorCode, FieldError};

/// What can be followed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FollowTarget {
    Topic,
    Category,
    Tag,
}

impl FollowTarget {
    pub fn as_str(self) -> &'static str {
        match self {
            FollowTarget::Topic => "topic",
            FollowTarget::Category => "category",
            FollowTarget::Tag => "tag",
        }
    }

    pub fn parse(s: &str) -> Result<Self, FieldError> {
        match s {
            "topic" => Ok(FollowTarget::Topic),
            "category" => Ok(FollowTarget::Category),
            "tag" => Ok(FollowTarget::Tag),
            _ => Err(FieldError::new("target", ErrorCode::FollowTargetUnknown)),
        }
    }
}

/// How closely a member follows something. `Normal` is "not following":
/// stored when a member unfollows, so that answering a question later does
/// not follow it again behind their back.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FollowLevel {
    Muted,
    Normal,
    Solved,
    Answers,
    Every,
}

impl FollowLevel {
    pub const ALL: [FollowLevel; 5] = [
        FollowLevel::Every,
        FollowLevel::Answers,
        FollowLevel::Solved,
        FollowLevel::Normal,
        FollowLevel::Muted,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            FollowLevel::Every => "every",
            FollowLevel::Answers => "answers",
            FollowLevel::Solved => "solved",
            FollowLevel::Normal => "normal",
            FollowLevel::Muted => "muted",
        }
    }

    pub fn parse(s: &str) -> Result<Self, FieldError> {
        FollowLevel::ALL
            .into_iter()
            .find(|l| l.as_str() == s)
            .ok_or_else(|| FieldError::new("level", ErrorCode::FollowLevelUnknown))
    }

    pub fn describe(self, target: FollowTarget) -> &'static str {
        match (self, target) {
            (FollowLevel::Every, FollowTarget::Topic) => "New answers, comments, and when it is solved.",
            (FollowLevel::Every, _) => "New questions, answers and comments.",
            (FollowLevel::Answers, FollowTarget::Topic) => "New answers, and when it is solved.",
            (FollowLevel::Answers, _) => "New questions and answers.",
            (FollowLevel::Solved, FollowTarget::Topic) => "Only when it is solved.",
            (FollowLevel::Solved, _) => "Only when a question here is solved.",
            (FollowLevel::Normal, _) => "Only when someone replies to you or mentions you.",
            (FollowLevel::Muted, _) => "Nothing, not even replies in it.",
        }
    }

    /// The levels that count as following (the "Following" button).
    pub fn is_following(self) -> bool {
        self >= FollowLevel::Solved
    }

    /// Whether this level hears about `h`.
    pub fn includes(self, h: Happening) -> bool {
        match self {
            FollowLevel::Every => true,
            FollowLevel::Answers => h != Happening::NewComment,
            FollowLevel::Solved => h == Happening::Solved,
            FollowLevel::Normal | FollowLevel::Muted => false,
        }
    }
}

/// Something that happened in a place people follow.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Happening {
    NewQuestion,
    NewAnswer,
    NewComment,
    Solved,
}

/// What a follower has set around one happening: their follow of the
/// question itself (if any), and of its category and tags.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FollowSet {
    pub topic: Option<FollowLevel>,
    pub places: Vec<FollowLevel>,
}

impl FollowSet {
    /// The most specific follow decides: a question's own level wins over
    /// its category's and tags'; "Not following" on a question defers to
    /// them. Among places, any mute silences, else the closest follow counts.
    pub fn wants(&self, h: Happening) -> bool {
        match self.topic {
            Some(FollowLevel::Muted) => false,
            Some(level) if level != FollowLevel::Normal => level.includes(h),
            _ => !self.places.contains(&FollowLevel::Muted) && self.places.iter().any(|l| l.includes(h)),
        }
    }

    /// True when the question itself is muted: even replies to the
    /// member's own posts in it stay quiet.
    pub fn muted_topic(&self) -> bool {
        self.topic == Some(FollowLevel::Muted)
    }
}

/// The level a member gets automatically: askers follow every post on their
/// question, answerers its answers and its solution. An existing choice
/// (including "Not following") is never overwritten.
pub fn automatic_level(is_asker: bool) -> FollowLevel {
    if is_asker {
        FollowLevel::Every
    } else {
        FollowLevel::Answers
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_round_trip_and_order() {
        for l in FollowLevel::ALL {
            assert_eq!(FollowLevel::parse(l.as_str()), Ok(l));
        }
        assert!(FollowLevel::parse("loud").is_err());
        assert!(FollowLevel::Every.is_following() && FollowLevel::Solved.is_following());
        assert!(!FollowLevel::Normal.is_following() && !FollowLevel::Muted.is_following());
        assert_eq!(FollowTarget::parse("tag"), Ok(FollowTarget::Tag));
        assert!(FollowTarget::parse("user").is_err());
    }

    #[test]
    fn each_level_hears_what_it_says() {
        use Happening::*;
        assert!([NewQuestion, NewAnswer, NewComment, Solved].iter().all(|h| FollowLevel::Every.includes(*h)));
        assert!(FollowLevel::Answers.includes(NewAnswer) && FollowLevel::Answers.includes(Solved));
        assert!(!FollowLevel::Answers.includes(NewComment));
        assert!(FollowLevel::Solved.includes(Solved) && !FollowLevel::Solved.includes(NewAnswer));
        assert!(!FollowLevel::Normal.includes(Solved) && !FollowLevel::Muted.includes(NewAnswer));
    }

    #[test]
    fn the_question_level_wins_over_its_places() {
        let watched_category = FollowSet { topic: None, places: vec![FollowLevel::Every] };
        assert!(watched_category.wants(Happening::NewComment));
        let muted_here = FollowSet { topic: Some(FollowLevel::Muted), places: vec![FollowLevel::Every] };
        assert!(!muted_here.wants(Happening::NewAnswer));
        assert!(muted_here.muted_topic());
        let solved_only = FollowSet { topic: Some(FollowLevel::Solved), places: vec![FollowLevel::Every] };
        assert!(!solved_only.wants(Happening::NewAnswer) && solved_only.wants(Happening::Solved));
        let unfollowed = FollowSet { topic: Some(FollowLevel::Normal), places: vec![FollowLevel::Answers] };
        assert!(unfollowed.wants(Happening::NewAnswer), "Not following defers to the category");
        assert!(!FollowSet::default().wants(Happening::NewAnswer));
    }

    #[test]
    fn a_muted_tag_silences_a_watched_category() {
        let s = FollowSet { topic: None, places: vec![FollowLevel::Every, FollowLevel::Muted] };
        assert!(!s.wants(Happening::NewQuestion));
        let s = FollowSet { topic: Some(FollowLevel::Every), places: vec![FollowLevel::Muted] };
        assert!(s.wants(Happening::NewAnswer), "following the question itself overrides a muted tag");
    }

    #[test]
    fn askers_follow_more_closely_than_answerers() {
        assert_eq!(automatic_level(true), FollowLevel::Every);
        assert_eq!(automatic_level(false), FollowLevel::Answers);
    }
}
