//! The badge catalogue and its criteria. The server counts what a member has
//! done; these functions decide which badges those counts earn, so the rules
//! are tested without a database.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Tier {
    Bronze,
    Silver,
    Gold,
}

impl Tier {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Bronze => "bronze",
            Self::Silver => "silver",
            Self::Gold => "gold",
        }
    }
}

/// How often a badge can be earned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Repeat {
    Once,
    /// Once per post (e.g. every good answer earns one).
    PerPost,
    /// Once per tag (e.g. a tag badge for each tag mastered).
    PerTag,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Badge {
    /// Stable key stored in the database.
    pub key: &'static str,
    pub name: &'static str,
    pub tier: Tier,
    pub criteria: &'static str,
    pub repeat: Repeat,
}

pub const ACCEPTED_FOR_HELPER: i64 = 10;
pub const ACCEPTED_FOR_EXPERT: i64 = 50;
pub const SCORE_FOR_GOOD_ANSWER: i64 = 10;
pub const SCORE_FOR_GREAT_ANSWER: i64 = 25;
pub const VIEWS_FOR_POPULAR: i64 = 1_000;
pub const COMMENTS_FOR_COMMENTATOR: i64 = 10;
pub const DAYS_FOR_ENTHUSIAST: i64 = 7;
pub const ACCEPTED_FOR_TAG_BADGE: i64 = 20;

pub const CATALOGUE: &[Badge] = &[
    Badge {
        key: "first_question",
        name: "First question",
        tier: Tier::Bronze,
        criteria: "Asked a first question.",
        repeat: Repeat::Once,
    },
    Badge {
        key: "first_answer",
        name: "First answer",
        tier: Tier::Bronze,
        criteria: "Answered a question for the first time.",
        repeat: Repeat::Once,
    },
    Badge {
        key: "solver",
        name: "Solver",
        tier: Tier::Bronze,
        criteria: "Had a first answer accepted.",
        repeat: Repeat::Once,
    },
    Badge {
        key: "commentator",
        name: "Commentator",
        tier: Tier::Bronze,
        criteria: "Left 10 comments.",
        repeat: Repeat::Once,
    },
    Badge {
        key: "welcomer",
        name: "Welcomer",
        tier: Tier::Bronze,
        criteria: "Gave the first answer to a new member's first question.",
        repeat: Repeat::Once,
    },
    Badge {
        key: "enthusiast",
        name: "Enthusiast",
        tier: Tier::Bronze,
        criteria: "Visited the community 7 days in a row.",
        repeat: Repeat::Once,
    },
    Badge {
        key: "good_answer",
        name: "Good answer",
        tier: Tier::Bronze,
        criteria: "An answer reached a score of 10. Earned once per answer.",
        repeat: Repeat::PerPost,
    },
    Badge {
        key: "popular_question",
        name: "Popular question",
        tier: Tier::Bronze,
        criteria: "A question was viewed 1,000 times. Earned once per question.",
        repeat: Repeat::PerPost,
    },
    Badge {
        key: "helper",
        name: "Helper",
        tier: Tier::Silver,
        criteria: "Had 10 answers accepted.",
        repeat: Repeat::Once,
    },
    Badge {
        key: "great_answer",
        name: "Great answer",
        tier: Tier::Silver,
        criteria: "An answer reached a score of 25. Earned once per answer.",
        repeat: Repeat::PerPost,
    },
    Badge {
        key: "verified",
        name: "Verified",
        tier: Tier::Silver,
        criteria: "Support staff verified one of your answers.",
        repeat: Repeat::Once,
    },
    Badge {
        key: "tag",
        name: "Tag expert",
        tier: Tier::Silver,
        criteria: "Had 20 answers accepted in questions with one tag. Earned once per tag.",
        repeat: Repeat::PerTag,
    },
    Badge {
        key: "expert",
        name: "Expert",
        tier: Tier::Gold,
        criteria: "Had 50 answers accepted.",
        repeat: Repeat::Once,
    },
];

pub fn by_key(key: &str) -> Option<&'static Badge> {
    CATALOGUE.iter().find(|b| b.key == key)
}

/// Badges earned by a member's count of accepted answers.
pub fn for_accepted(count: i64) -> Vec<&'static str> {
    let mut out = Vec::new();
    if count >= 1 {
        out.push("solver");
    }
    if count >= ACCEPTED_FOR_HELPER {
        out.push("helper");
    }
    if count >= ACCEPTED_FOR_EXPERT {
        out.push("expert");
    }
    out
}

/// Badges an answer's score earns its author (each once per answer).
pub fn for_answer_score(score: i64) -> Vec<&'static str> {
    let mut out = Vec::new();
    if score >= SCORE_FOR_GOOD_ANSWER {
        out.push("good_answer");
    }
    if score >= SCORE_FOR_GREAT_ANSWER {
        out.push("great_answer");
    }
    out
}

pub fn popular(views: i64) -> bool {
    views >= VIEWS_FOR_POPULAR
}

pub fn commentator(comments: i64) -> bool {
    comments >= COMMENTS_FOR_COMMENTATOR
}

pub fn tag_badge(accepted_in_tag: i64) -> bool {
    accepted_in_tag >= ACCEPTED_FOR_TAG_BADGE
}

/// The current run of consecutive visit days ending on `today`, given the
/// distinct days visited (any order).
pub fn streak(days: &[i64], today: i64) -> i64 {
    let mut run = 0;
    while days.contains(&(today - run)) {
        run += 1;
    }
    run
}

pub fn enthusiast(days: &[i64], today: i64) -> bool {
    streak(days, today) >= DAYS_FOR_ENTHUSIAST
}

/// The first answer on a member's first question earns its author Welcomer,
/// unless they answered their own question.
pub fn welcomer(is_askers_first_question: bool, is_first_answer: bool, answerer_is_asker: bool) -> bool {
    is_askers_first_question && is_first_answer && !answerer_is_asker
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_every_tier_is_used() {
        let mut keys: Vec<_> = CATALOGUE.iter().map(|b| b.key).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), CATALOGUE.len());
        for tier in [Tier::Bronze, Tier::Silver, Tier::Gold] {
            assert!(CATALOGUE.iter().any(|b| b.tier == tier));
        }
        assert!(by_key("solver").is_some() && by_key("nope").is_none());
    }

    #[test]
    fn accepted_answers_climb_solver_helper_expert() {
        assert!(for_accepted(0).is_empty());
        assert_eq!(for_accepted(1), ["solver"]);
        assert_eq!(for_accepted(9), ["solver"]);
        assert_eq!(for_accepted(10), ["solver", "helper"]);
        assert_eq!(for_accepted(50), ["solver", "helper", "expert"]);
    }

    #[test]
    fn answer_scores_earn_good_then_great() {
        assert!(for_answer_score(9).is_empty());
        assert_eq!(for_answer_score(10), ["good_answer"]);
        assert_eq!(for_answer_score(25), ["good_answer", "great_answer"]);
        assert!(for_answer_score(-3).is_empty());
    }

    #[test]
    fn thresholds() {
        assert!(!popular(999) && popular(1_000));
        assert!(!commentator(9) && commentator(10));
        assert!(!tag_badge(19) && tag_badge(20));
    }

    #[test]
    fn streaks_need_consecutive_days_ending_today() {
        assert_eq!(streak(&[], 10), 0);
        assert_eq!(streak(&[10, 9, 8], 10), 3);
        assert_eq!(streak(&[9, 8, 7], 10), 0, "no visit today");
        assert_eq!(streak(&[10, 8, 7, 6], 10), 1, "a gap breaks the run");
        assert!(enthusiast(&[4, 5, 6, 7, 8, 9, 10], 10));
        assert!(!enthusiast(&[3, 4, 5, 6, 7, 8, 10], 10));
    }

    #[test]
    fn welcomer_needs_a_newcomer_and_the_first_answer() {
        assert!(welcomer(true, true, false));
        assert!(!welcomer(true, true, true), "not for answering yourself");
        assert!(!welcomer(false, true, false));
        assert!(!welcomer(true, false, false));
    }
}
