//! Reputation: what each event is worth, the daily cap on points from votes,
//! and the levels members reach. The ledger itself lives in the database;
//! these rules decide the rows written to it.

use serde::{Deserialize, Serialize};

use crate::{ErrorCode, FieldError};

text_enum! {
    /// Why reputation changed. Stored as text in the ledger, so the names are
    /// stable; the interface words each (`reputation-event-*`).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
    pub enum Reason {
        AnswerUpvoted = "answer_upvoted",
        QuestionUpvoted = "question_upvoted",
        PostDownvoted = "post_downvoted",
        DownvoteCast = "downvote_cast",
        AnswerAccepted = "answer_accepted",
        Accepted = "accepted",
        /// Takes back the points of an earlier event (a withdrawn vote or
        /// acceptance).
        Reversal = "reversal",
    }
}

impl Reason {
    pub fn parse(s: &str) -> Option<Self> {
        Self::from_text(s)
    }

    /// Points that count towards the daily cap: votes received. Acceptance
    /// and the cost of casting a downvote are never capped.
    pub fn capped(self) -> bool {
        matches!(self, Self::AnswerUpvoted | Self::QuestionUpvoted)
    }
}

/// What each event is worth, set by admins.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rules {
    pub answer_upvoted: i64,
    pub question_upvoted: i64,
    pub post_downvoted: i64,
    pub downvote_cast: i64,
    pub answer_accepted: i64,
    pub accepter: i64,
    /// Reputation needed to downvote.
    pub downvote_min: i64,
    /// Most points a member earns from votes in one UTC day.
    pub daily_cap: i64,
}

impl Default for Rules {
    fn default() -> Self {
        Self {
            answer_upvoted: 10,
            question_upvoted: 5,
            post_downvoted: -2,
            downvote_cast: -1,
            answer_accepted: 15,
            accepter: 2,
            downvote_min: 50,
            daily_cap: 200,
        }
    }
}

/// The settings keys, the field names of the admin form, and each rule's
/// allowed range: small enough that nobody types a typo worth a million.
pub const RULE_FIELDS: [(&str, &str, i64, i64); 8] = [
    ("answer_upvoted", "Answer upvoted", 0, 1000),
    ("question_upvoted", "Question upvoted", 0, 1000),
    ("post_downvoted", "Post downvoted", -1000, 0),
    ("downvote_cast", "Casting a downvote on an answer", -1000, 0),
    ("answer_accepted", "Answer accepted (to its author)", 0, 1000),
    ("accepter", "Accepting an answer (to the asker)", 0, 1000),
    ("downvote_min", "Reputation needed to downvote", 0, 100_000),
    ("daily_cap", "Daily cap on points from votes", 1, 100_000),
];

impl Rules {
    pub fn get(&self, key: &str) -> Option<i64> {
        let mut copy = *self;
        copy.slot(key).map(|v| *v)
    }

    fn slot(&mut self, key: &str) -> Option<&mut i64> {
        Some(match key {
            "answer_upvoted" => &mut self.answer_upvoted,
            "question_upvoted" => &mut self.question_upvoted,
            "post_downvoted" => &mut self.post_downvoted,
            "downvote_cast" => &mut self.downvote_cast,
            "answer_accepted" => &mut self.answer_accepted,
            "accepter" => &mut self.accepter,
            "downvote_min" => &mut self.downvote_min,
            "daily_cap" => &mut self.daily_cap,
            _ => return None,
        })
    }

    /// Reads the rules from `(key, text)` pairs, as stored or as typed in the
    /// admin form; reports every field that is not a whole number in range.
    pub fn parse<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<Self, Vec<FieldError>> {
        let mut rules = Self::default();
        let mut errors = Vec::new();
        for (key, text) in pairs {
            let Some(&(_, _, min, max)) = RULE_FIELDS.iter().find(|f| f.0 == key) else { continue };
            match text.trim().parse::<i64>() {
                Ok(n) if (min..=max).contains(&n) => {
                    if let Some(slot) = rules.slot(key) {
                        *slot = n;
                    }
                }
                _ => errors.push(FieldError::new(key, ErrorCode::NumberOutOfRange)),
            }
        }
        if errors.is_empty() {
            Ok(rules)
        } else {
            Err(errors)
        }
    }

    /// The points for `reason` before any cap.
    pub fn points(&self, reason: Reason) -> i64 {
        match reason {
            Reason::AnswerUpvoted => self.answer_upvoted,
            Reason::QuestionUpvoted => self.question_upvoted,
            Reason::PostDownvoted => self.post_downvoted,
            Reason::DownvoteCast => self.downvote_cast,
            Reason::AnswerAccepted => self.answer_accepted,
            Reason::Accepted => self.accepter,
            Reason::Reversal => 0,
        }
    }

    /// The points actually credited for `reason` when the member has already
    /// earned `capped_today` capped points today: a capped gain is cut so the
    /// day's total never passes the cap; losses are never cut.
    pub fn credited(&self, reason: Reason, capped_today: i64) -> i64 {
        let points = self.points(reason);
        if !reason.capped() || points <= 0 {
            return points;
        }
        points.min((self.daily_cap - capped_today).max(0))
    }
}

/// The UTC day of a time in milliseconds, for the daily cap and streaks.
pub fn day_of(ms: i64) -> i64 {
    ms.div_euclid(86_400_000)
}

/// One level: its number (1–10), name and the reputation it starts at.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Level {
    pub number: u8,
    pub name: String,
    pub min_reputation: i64,
}

pub const LEVEL_COUNT: usize = 10;

pub fn default_levels() -> Vec<Level> {
    const DEFAULTS: [(&str, i64); LEVEL_COUNT] = [
        ("Newcomer", 0),
        ("Member", 15),
        ("Contributor", 50),
        ("Regular", 150),
        ("Helper", 400),
        ("Trusted", 1_000),
        ("Expert", 2_500),
        ("Mentor", 5_000),
        ("Guru", 10_000),
        ("Legend", 25_000),
    ];
    DEFAULTS
        .iter()
        .zip(1u8..)
        .map(|(&(name, min), number)| Level { number, name: name.to_owned(), min_reputation: min })
        .collect()
}

/// Checks admin-typed levels: ten names of 2–30 characters, level 1 starting
/// at 0 and each threshold above the one before.
pub fn parse_levels(names: &[String], thresholds: &[String]) -> Result<Vec<Level>, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut levels = Vec::with_capacity(LEVEL_COUNT);
    if names.len() != LEVEL_COUNT || thresholds.len() != LEVEL_COUNT {
        return Err(vec![FieldError::new("levels", ErrorCode::Required)]);
    }
    let mut previous: Option<i64> = None;
    for (i, (name, threshold)) in names.iter().zip(thresholds).enumerate() {
        let name = name.trim();
        let count = name.chars().count();
        if count < 2 {
            errors.push(FieldError::new(&format!("level_name_{}", i + 1), ErrorCode::NameTooShort));
        } else if count > 30 {
            errors.push(FieldError::new(&format!("level_name_{}", i + 1), ErrorCode::NameTooLong));
        }
        let min = threshold.trim().parse::<i64>().ok().filter(|n| (0..=10_000_000).contains(n));
        let ordered = match (i, min, previous) {
            (0, Some(0), _) => true,
            (0, _, _) => false,
            (_, Some(n), Some(p)) => n > p,
            _ => false,
        };
        if !ordered {
            let code = if i == 0 { ErrorCode::FirstLevelZero } else { ErrorCode::LevelsAscending };
            errors.push(FieldError::new(&format!("level_min_{}", i + 1), code));
        }
        previous = min.or(previous);
        levels.push(Level { number: (i + 1) as u8, name: name.to_owned(), min_reputation: min.unwrap_or(0) });
    }
    if errors.is_empty() {
        Ok(levels)
    } else {
        Err(errors)
    }
}

/// The level a reputation reaches. `levels` are ordered by threshold; below
/// the first (negative reputation) is still level 1.
pub fn level_for(reputation: i64, levels: &[Level]) -> u8 {
    levels.iter().rev().find(|l| reputation >= l.min_reputation).or(levels.first()).map_or(1, |l| l.number)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_match_the_published_values() {
        let r = Rules::default();
        assert_eq!(r.points(Reason::AnswerUpvoted), 10);
        assert_eq!(r.points(Reason::QuestionUpvoted), 5);
        assert_eq!(r.points(Reason::AnswerAccepted), 15);
        assert_eq!(r.points(Reason::Accepted), 2);
        assert_eq!(r.points(Reason::PostDownvoted), -2);
        assert_eq!(r.points(Reason::DownvoteCast), -1);
        assert_eq!((r.downvote_min, r.daily_cap), (50, 200));
    }

    #[test]
    fn the_daily_cap_cuts_gains_from_votes_only() {
        let r = Rules::default();
        assert_eq!(r.credited(Reason::AnswerUpvoted, 0), 10);
        assert_eq!(r.credited(Reason::AnswerUpvoted, 195), 5, "cut to reach the cap exactly");
        assert_eq!(r.credited(Reason::AnswerUpvoted, 200), 0);
        assert_eq!(r.credited(Reason::AnswerUpvoted, 250), 0, "never negative");
        assert_eq!(r.credited(Reason::AnswerAccepted, 500), 15, "acceptance is not capped");
        assert_eq!(r.credited(Reason::PostDownvoted, 500), -2, "losses are never cut");
    }

    #[test]
    fn rules_parse_with_every_error_reported() {
        let ok = Rules::parse([("answer_upvoted", "12"), ("daily_cap", " 300 ")]).unwrap();
        assert_eq!((ok.answer_upvoted, ok.daily_cap, ok.question_upvoted), (12, 300, 5));
        let errs = Rules::parse([("answer_upvoted", "ten"), ("post_downvoted", "5"), ("daily_cap", "0")])
            .unwrap_err();
        let fields: Vec<_> = errs.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["answer_upvoted", "post_downvoted", "daily_cap"]);
        assert!(errs.iter().all(|e| e.code == ErrorCode::NumberOutOfRange));
    }

    #[test]
    fn levels_follow_thresholds() {
        let levels = default_levels();
        assert_eq!(level_for(-5, &levels), 1);
        assert_eq!(level_for(0, &levels), 1);
        assert_eq!(level_for(14, &levels), 1);
        assert_eq!(level_for(15, &levels), 2);
        assert_eq!(level_for(24_999, &levels), 9);
        assert_eq!(level_for(1_000_000, &levels), 10);
    }

    #[test]
    fn levels_must_start_at_zero_and_ascend() {
        let names: Vec<String> = default_levels().into_iter().map(|l| l.name).collect();
        let good: Vec<String> = default_levels().iter().map(|l| l.min_reputation.to_string()).collect();
        assert_eq!(parse_levels(&names, &good).unwrap(), default_levels());
        let mut bad = good.clone();
        bad[0] = "5".into();
        bad[4] = "10".into();
        let mut bad_names = names.clone();
        bad_names[2] = "x".into();
        let errs = parse_levels(&bad_names, &bad).unwrap_err();
        let fields: Vec<_> = errs.iter().map(|e| (e.field.as_str(), e.code)).collect();
        assert_eq!(
            fields,
            [
                ("level_min_1", ErrorCode::FirstLevelZero),
                ("level_name_3", ErrorCode::NameTooShort),
                ("level_min_5", ErrorCode::LevelsAscending)
            ]
        );
    }

    #[test]
    fn reasons_round_trip() {
        for r in [Reason::AnswerUpvoted, Reason::Reversal, Reason::DownvoteCast] {
            assert_eq!(Reason::parse(r.as_str()), Some(r));
        }
        assert_eq!(Reason::parse("bounty"), None);
        assert!(Reason::QuestionUpvoted.capped() && !Reason::AnswerAccepted.capped());
    }

    #[test]
    fn days_are_utc() {
        assert_eq!(day_of(0), 0);
        assert_eq!(day_of(86_399_999), 0);
        assert_eq!(day_of(86_400_000), 1);
        assert_eq!(day_of(-1), -1);
    }
}
