//! Moderation rules: flags and when they hide a post, the actions agents
//! take (each with a reason, each written to the audit log), sanctions and
//! their durations, response-time targets, and the shapes the desk and the
//! log are shown in.

use crate::id::Timestamp;
use crate::id::{CommentId, PostId, TopicId, UserId};
use serde::{Deserialize, Serialize};

use crate::account::Role;
use crate::error::{ErrorCode, FieldError};

text_enum! {
    /// Why a member flags a post or comment.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub enum FlagReason {
        Spam = "spam",
        Rude = "rude",
        OffTopic = "off_topic",
        Duplicate = "duplicate",
        NeedsStaff = "needs_staff",
        Other = "other",
    }
}

impl FlagReason {
    pub fn parse(s: &str) -> Result<Self, FieldError> {
        FlagReason::from_text(s).ok_or_else(|| FieldError::new("reason", ErrorCode::FlagReasonUnknown))
    }
}

/// A flag as submitted, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FlagInput {
    pub reason: FlagReason,
    pub detail: String,
    pub duplicate_of: Option<TopicId>,
}

pub const MAX_DETAIL: usize = 500;

/// Checks a flag: "other" needs words, "duplicate" needs the original (a
/// question number or its link).
pub fn parse_flag(reason: &str, detail: &str, duplicate_of: &str) -> Result<FlagInput, Vec<FieldError>> {
    let mut errors = Vec::new();
    let reason = FlagReason::parse(reason.trim()).map_err(|e| errors.push(e)).ok();
    let detail = detail.trim().to_owned();
    if detail.chars().count() > MAX_DETAIL {
        errors.push(FieldError::new("detail", ErrorCode::TextTooLong));
    }
    if reason == Some(FlagReason::Other) && detail.is_empty() {
        errors.push(FieldError::new("detail", ErrorCode::FlagDetailRequired));
    }
    let duplicate_of = if reason == Some(FlagReason::Duplicate) {
        match question_ref(duplicate_of) {
            Some(id) => Some(id),
            None => {
                errors.push(FieldError::new("duplicate_of", ErrorCode::FlagDuplicateRequired));
                None
            }
        }
    } else {
        None
    };
    match reason {
        Some(reason) if errors.is_empty() => Ok(FlagInput { reason, detail, duplicate_of }),
        _ => Err(errors),
    }
}

/// A question given as its number ("42", "#42") or its link
/// ("https://…/q/42/slug", "/q/42").
pub fn question_ref(s: &str) -> Option<TopicId> {
    let s = s.trim();
    let id_text = match s.find("/q/") {
        Some(i) => s[i + 3..].split(['/', '?', '#']).next().unwrap_or_default(),
        None => s.trim_start_matches('#'),
    };
    id_text.parse::<i64>().ok().filter(|id| *id > 0).map(TopicId)
}

/// Community settings for flags (admins change them).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlagRules {
    /// Reputation a member needs to flag.
    pub min_reputation: i64,
    /// Open flags from trusted members that hide a post until reviewed.
    pub hide_after: i64,
}

impl Default for FlagRules {
    fn default() -> Self {
        FlagRules { min_reputation: 15, hide_after: 3 }
    }
}

impl FlagRules {
    /// A member whose flag counts towards hiding: one who may flag at all.
    /// Flags from below the threshold are refused, so every stored member
    /// flag is trusted; the weight records it for when admins raise it.
    pub fn trusted(&self, reputation: i64, role: Role) -> bool {
        role >= Role::Agent || reputation >= self.min_reputation
    }

    pub fn hides(&self, trusted_open_flags: i64) -> bool {
        trusted_open_flags >= self.hide_after.max(1)
    }
}

text_enum! {
    /// What an agent (or auto-moderation) does. Every one is written to the
    /// audit log with its reason.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub enum ModAction {
        Hide = "hide",
        Unhide = "unhide",
        Delete = "delete",
        Restore = "restore",
        Edit = "edit",
        Lock = "lock",
        Unlock = "unlock",
        Pin = "pin",
        Unpin = "unpin",
        Feature = "feature",
        Unfeature = "unfeature",
        Move = "move",
        CloseDuplicate = "close_duplicate",
        Merge = "merge",
        Assign = "assign",
        Unassign = "unassign",
        Warn = "warn",
        Silence = "silence",
        Suspend = "suspend",
        Lift = "lift",
        /// A held post is fine: show it.
        Approve = "approve",
        /// The open flags on a post are unfounded: close them, leave the post.
        Dismiss = "dismiss",
        /// Raised by auto-moderation: a post held for review.
        Hold = "hold",
        /// Raised by auto-moderation or members: flags.
        Flag = "flag",
        /// A revision's text purged from the edit history.
        Redact = "redact",
    }
}

impl ModAction {
    pub fn parse(s: &str) -> Option<Self> {
        ModAction::from_text(s)
    }

    /// Acts on a member rather than a post.
    pub fn is_about_member(self) -> bool {
        matches!(self, ModAction::Warn | ModAction::Silence | ModAction::Suspend | ModAction::Lift)
    }

    /// Acts on a whole topic (a question or discussion), not any post.
    pub fn needs_topic(self) -> bool {
        matches!(
            self,
            ModAction::Lock
                | ModAction::Unlock
                | ModAction::Pin
                | ModAction::Unpin
                | ModAction::Feature
                | ModAction::Unfeature
                | ModAction::Move
                | ModAction::CloseDuplicate
                | ModAction::Merge
                | ModAction::Assign
                | ModAction::Unassign
        )
    }

    /// Taken by agents from a menu (the others are raised by the system, or,
    /// for redactions, taken on the revision history page: `act` refuses them).
    pub fn is_manual(self) -> bool {
        !matches!(self, ModAction::Hold | ModAction::Flag | ModAction::Redact)
    }
}

pub const MAX_REASON: usize = 500;

/// Every manual action needs a reason: the log is how agents account for
/// their decisions, and members see the reason of a sanction.
pub fn parse_reason(s: &str) -> Result<String, FieldError> {
    let s = s.trim();
    if s.is_empty() {
        return Err(FieldError::new("reason", ErrorCode::ReasonRequired));
    }
    if s.chars().count() > MAX_REASON {
        return Err(FieldError::new("reason", ErrorCode::ReasonTooLong));
    }
    Ok(s.to_owned())
}

const HOUR_MS: i64 = 3_600_000;
const DAY_MS: i64 = 24 * HOUR_MS;
pub const MAX_SANCTION_MS: i64 = 366 * DAY_MS;

/// "3 days", "12 hours", "2 weeks", "1d", "36h", "30 minutes": at most a year.
pub fn parse_duration(s: &str) -> Result<i64, FieldError> {
    let err = || FieldError::new("duration", ErrorCode::DurationInvalid);
    let s = s.trim().to_lowercase();
    let digits: String = s.chars().take_while(char::is_ascii_digit).collect();
    let n: i64 = digits.parse().map_err(|_| err())?;
    let unit = s[digits.len()..].trim();
    let per = match unit {
        "m" | "min" | "mins" | "minute" | "minutes" => 60_000,
        "h" | "hr" | "hrs" | "hour" | "hours" => HOUR_MS,
        "d" | "day" | "days" => DAY_MS,
        "w" | "week" | "weeks" => 7 * DAY_MS,
        _ => return Err(err()),
    };
    let ms = n.checked_mul(per).ok_or_else(err)?;
    if ms <= 0 || ms > MAX_SANCTION_MS {
        return Err(err());
    }
    Ok(ms)
}

/// Who may take `action` against a member with `target_role`: agents act on
/// members, admins on agents too; nobody sanctions an admin or themself.
pub fn may_act_on_member(actor_id: UserId, actor_role: Role, target_id: UserId, target_role: Role) -> bool {
    actor_id != target_id && actor_role >= Role::Agent && target_role < actor_role
}

/// An unanswered question is overdue once older than its category's target.
pub fn overdue(age_ms: i64, target_hours: i64) -> bool {
    target_hours > 0 && age_ms > target_hours.saturating_mul(HOUR_MS)
}

/// "3 h", "2 d 4 h", "25 min": how long a question has waited.
pub fn age_text(age_ms: i64) -> String {
    let minutes = age_ms.max(0) / 60_000;
    let (days, hours, mins) = (minutes / 1440, (minutes % 1440) / 60, minutes % 60);
    match (days, hours) {
        (0, 0) => format!("{mins} min"),
        (0, h) => format!("{h} h"),
        (d, 0) => format!("{d} d"),
        (d, h) => format!("{d} d {h} h"),
    }
}

/// "2026-12-04 13:05 UTC": when a sanction ends, in messages.
pub fn date_text(ms: i64) -> String {
    let rem = ms.div_euclid(1000).rem_euclid(86_400);
    let (y, m, d) = crate::calendar::civil(ms);
    format!("{y:04}-{m:02}-{d:02} {:02}:{:02} UTC", rem / 3600, (rem % 3600) / 60)
}

/// A member's sanction as they see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sanction {
    pub until: i64,
    pub reason: String,
}

/// The desk queues: named so that a live "desk" event can say which changed.
pub mod queue {
    pub const FLAGS: &str = "flags";
    pub const HELD: &str = "held";
    pub const UNANSWERED: &str = "unanswered";
    pub const ESCALATIONS: &str = "escalations";
    pub const ASSIGNED: &str = "assigned";

    use crate::error::{ErrorCode, FieldError};

    /// Every queue, in the desk's order.
    pub const ALL: [&str; 5] = [FLAGS, HELD, UNANSWERED, ESCALATIONS, ASSIGNED];

    pub fn is_known(q: &str) -> bool {
        ALL.contains(&q)
    }

    /// A queue named by a desk form (claim, release): one of [`ALL`], as the
    /// constant itself, so nothing the client typed reaches a query or a
    /// live event. Anything else is refused on `queue`.
    pub fn parse(q: &str) -> Result<&'static str, FieldError> {
        ALL.into_iter()
            .find(|known| *known == q)
            .ok_or_else(|| FieldError::new("queue", ErrorCode::SearchFilterUnknown))
    }
}

/// One flag as agents read it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlagEntry {
    pub reason: FlagReason,
    pub detail: String,
    /// None: raised by auto-moderation.
    pub by: Option<String>,
    pub duplicate_of: Option<TopicId>,
    pub at: Timestamp,
    pub comment_id: Option<CommentId>,
}

/// The open flags on one post, grouped.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlaggedPost {
    pub post_id: PostId,
    pub topic_id: TopicId,
    pub title: String,
    /// Link to the post in its thread.
    pub url: String,
    pub excerpt: String,
    pub author: String,
    pub hidden: bool,
    pub flags: Vec<FlagEntry>,
    pub claimed_by: Option<String>,
}

/// A post held for review, with why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeldPost {
    pub post_id: PostId,
    pub topic_id: TopicId,
    pub title: String,
    pub url: String,
    pub excerpt: String,
    pub author: String,
    pub reason: String,
    pub at: Timestamp,
    pub claimed_by: Option<String>,
    /// For a held human translation of the post rather than the post: its
    /// language. Approving releases it; it is corrected in the translation
    /// form, never refused by deleting the post.
    #[serde(default)]
    pub translation: Option<String>,
}

/// A question waiting for its first answer (or one assigned to an agent).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WaitingQuestion {
    pub topic_id: TopicId,
    pub title: String,
    pub url: String,
    pub category: String,
    pub author: String,
    pub asked_at: Timestamp,
    pub age_ms: i64,
    pub target_hours: i64,
    pub overdue: bool,
    pub answer_count: i64,
    pub assigned_to: Option<String>,
    pub claimed_by: Option<String>,
}

/// An open support conversation on the desk.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeskEscalation {
    pub topic_id: TopicId,
    pub title: String,
    pub member: String,
    pub status: String,
    pub updated_at: Timestamp,
    pub claimed_by: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Desk {
    pub flags: Vec<FlaggedPost>,
    pub held: Vec<HeldPost>,
    pub unanswered: Vec<WaitingQuestion>,
    pub escalations: Vec<DeskEscalation>,
    pub assigned: Vec<WaitingQuestion>,
    pub now: Timestamp,
}

/// What an audit-log line adds to its action: facts, never sentences, so
/// the log reads in the viewer's language. Stored as JSON in
/// `mod_log.detail`; a line written before it was typed (plain text) reads
/// back as [`LogDetail::Text`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum LogDetail {
    #[default]
    None,
    /// An edit, or a redaction, of revision `number`.
    Revision {
        number: i64,
    },
    /// Held or approved translations, by language code.
    Translations {
        languages: Vec<String>,
    },
    DuplicateOf {
        topic: TopicId,
        title: String,
    },
    MergedInto {
        topic: TopicId,
        title: String,
    },
    AssignedTo {
        name: String,
    },
    Moved {
        from: String,
        to: String,
    },
    AlreadyIn {
        category: String,
    },
    /// A sanction's end.
    Until {
        at: Timestamp,
    },
    /// Hidden by flags of this many trusted members, until reviewed.
    TrustedFlags {
        count: i64,
    },
    /// A line written before details were typed.
    Text {
        text: String,
    },
}

impl LogDetail {
    /// The column's text: empty for nothing, JSON otherwise.
    pub fn to_stored(&self) -> String {
        match self {
            Self::None => String::new(),
            // Serializing a plain enum of strings and integers cannot fail.
            _ => serde_json::to_string(self).unwrap_or_default(),
        }
    }

    /// Reads the column back; never fails, so an old or unknown line still
    /// shows (as text) instead of hiding the log.
    pub fn from_stored(s: &str) -> Self {
        if s.is_empty() {
            return Self::None;
        }
        serde_json::from_str(s).unwrap_or_else(|_| Self::Text { text: s.to_owned() })
    }
}

// Bound and decoded as the column's text (`to_stored` / `from_stored`) on
// both engines, so rows decode straight into a `LogDetail`.
#[cfg(feature = "sqlx")]
impl<DB: sqlx::Database> sqlx::Type<DB> for LogDetail
where
    String: sqlx::Type<DB>,
{
    fn type_info() -> DB::TypeInfo {
        <String as sqlx::Type<DB>>::type_info()
    }

    fn compatible(ty: &DB::TypeInfo) -> bool {
        <String as sqlx::Type<DB>>::compatible(ty)
    }
}

#[cfg(feature = "sqlx")]
impl<'r, DB: sqlx::Database> sqlx::Decode<'r, DB> for LogDetail
where
    String: sqlx::Decode<'r, DB>,
{
    fn decode(value: DB::ValueRef<'r>) -> Result<Self, sqlx::error::BoxDynError> {
        Ok(Self::from_stored(&<String as sqlx::Decode<'r, DB>>::decode(value)?))
    }
}

#[cfg(feature = "sqlx")]
impl<'q, DB: sqlx::Database> sqlx::Encode<'q, DB> for LogDetail
where
    String: sqlx::Encode<'q, DB>,
{
    fn encode_by_ref(
        &self,
        buf: &mut DB::ArgumentBuffer<'q>,
    ) -> Result<sqlx::encode::IsNull, sqlx::error::BoxDynError> {
        <String as sqlx::Encode<'q, DB>>::encode(self.to_stored(), buf)
    }
}

/// One line of the audit log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogEntry {
    pub id: i64,
    /// None: auto-moderation.
    pub actor: Option<String>,
    pub action: ModAction,
    pub member: Option<String>,
    pub url: Option<String>,
    pub reason: String,
    pub detail: LogDetail,
    pub at: Timestamp,
}

/// The log's filters, as typed in its form.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogFilter {
    pub agent: String,
    pub action: String,
    pub member: String,
    pub from: String,
    pub to: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn desk_queues_are_parsed_into_the_known_ones() {
        for q in queue::ALL {
            assert_eq!(queue::parse(q), Ok(q));
            assert!(queue::is_known(q));
        }
        let unknown = FieldError::new("queue", ErrorCode::SearchFilterUnknown);
        for bad in ["", "Flags", " flags", "flags\0", "posts", &"q".repeat(100_000)] {
            assert_eq!(queue::parse(bad), Err(unknown.clone()), "{bad:?}");
        }
    }

    #[test]
    fn flags_need_a_known_reason_and_what_it_implies() {
        assert!(parse_flag("spam", "", "").is_ok());
        let e = parse_flag("nonsense", "", "").unwrap_err();
        assert_eq!(e[0].code, ErrorCode::FlagReasonUnknown);
        let e = parse_flag("other", "  ", "").unwrap_err();
        assert_eq!(e[0], FieldError::new("detail", ErrorCode::FlagDetailRequired));
        assert_eq!(parse_flag("other", "he sells", "").unwrap().detail, "he sells");
        let e = parse_flag("duplicate", "", "soon").unwrap_err();
        assert_eq!(e[0].field, "duplicate_of");
        assert_eq!(parse_flag("duplicate", "", "#12").unwrap().duplicate_of, Some(TopicId(12)));
        assert_eq!(
            parse_flag("duplicate", "", "https://help.example/q/31/sync-stops?x=1").unwrap().duplicate_of,
            Some(TopicId(31))
        );
        assert_eq!(parse_flag("spam", "", "17").unwrap().duplicate_of, None, "only duplicates keep it");
        assert!(parse_flag("rude", &"x".repeat(MAX_DETAIL + 1), "").is_err());
    }

    #[test]
    fn question_references() {
        assert_eq!(question_ref("42"), Some(TopicId(42)));
        assert_eq!(question_ref("/q/42"), Some(TopicId(42)));
        assert_eq!(question_ref("/q/42/slug#post-3"), Some(TopicId(42)));
        assert_eq!(question_ref("0"), None);
        assert_eq!(question_ref("q42"), None);
    }

    #[test]
    fn trusted_flags_hide_at_the_threshold() {
        let rules = FlagRules::default();
        assert!(!rules.trusted(14, Role::Member));
        assert!(rules.trusted(15, Role::Member));
        assert!(rules.trusted(0, Role::Agent));
        assert!(!rules.hides(2));
        assert!(rules.hides(3));
        assert!(FlagRules { min_reputation: 0, hide_after: 0 }.hides(1), "a zero threshold means one");
    }

    #[test]
    fn actions_round_trip_and_classify() {
        for a in ModAction::ALL {
            assert_eq!(ModAction::parse(a.as_str()), Some(a));
        }
        assert!(ModAction::Suspend.is_about_member());
        assert!(!ModAction::Hide.is_about_member());
        assert!(ModAction::Merge.needs_topic());
        assert!(!ModAction::Hide.needs_topic());
        assert!(!ModAction::Hold.is_manual());
        assert!(!ModAction::Redact.is_manual(), "redactions have their own form");
    }

    #[test]
    fn reasons_are_required() {
        assert_eq!(parse_reason("  ").unwrap_err().code, ErrorCode::ReasonRequired);
        assert_eq!(parse_reason(" spam ").unwrap(), "spam");
        assert_eq!(parse_reason(&"x".repeat(501)).unwrap_err().code, ErrorCode::ReasonTooLong);
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("3 days"), Ok(3 * DAY_MS));
        assert_eq!(parse_duration("12h"), Ok(12 * HOUR_MS));
        assert_eq!(parse_duration("2 Weeks"), Ok(14 * DAY_MS));
        assert_eq!(parse_duration("30 minutes"), Ok(30 * 60_000));
        for bad in ["", "days", "0 days", "-1 day", "3 fortnights", "400 days", "99999999999999999 w"] {
            assert!(parse_duration(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn who_may_sanction_whom() {
        assert!(may_act_on_member(UserId(1), Role::Agent, UserId(2), Role::Member));
        assert!(!may_act_on_member(UserId(1), Role::Agent, UserId(2), Role::Agent));
        assert!(may_act_on_member(UserId(1), Role::Admin, UserId(2), Role::Agent));
        assert!(!may_act_on_member(UserId(1), Role::Admin, UserId(2), Role::Admin));
        assert!(!may_act_on_member(UserId(1), Role::Admin, UserId(1), Role::Member));
        assert!(!may_act_on_member(UserId(1), Role::Member, UserId(2), Role::Member));
    }

    #[test]
    fn log_details_round_trip_and_old_lines_still_read() {
        let all = [
            LogDetail::Revision { number: 3 },
            LogDetail::Translations { languages: vec!["fr".into(), "it".into()] },
            LogDetail::DuplicateOf { topic: TopicId(7), title: "“Quotes” & <tags>".into() },
            LogDetail::MergedInto { topic: TopicId(8), title: "Sync".into() },
            LogDetail::AssignedTo { name: "sam".into() },
            LogDetail::Moved { from: "General".into(), to: "Billing".into() },
            LogDetail::AlreadyIn { category: "Billing".into() },
            LogDetail::Until { at: Timestamp(1_790_000_000_000) },
            LogDetail::TrustedFlags { count: 3 },
            LogDetail::Text { text: "{not json".into() },
        ];
        for d in all {
            assert_eq!(LogDetail::from_stored(&d.to_stored()), d, "{}", d.to_stored());
        }
        assert_eq!(LogDetail::None.to_stored(), "");
        assert_eq!(LogDetail::from_stored(""), LogDetail::None);
        assert_eq!(LogDetail::from_stored("Revision 2"), LogDetail::Text { text: "Revision 2".into() });
        // A kind a newer node wrote is shown as its text, not lost.
        let newer = r#"{"kind":"from_the_future","x":1}"#;
        assert_eq!(LogDetail::from_stored(newer), LogDetail::Text { text: newer.into() });
    }

    #[test]
    fn dates_for_messages() {
        assert_eq!(date_text(0), "1970-01-01 00:00 UTC");
        assert_eq!(date_text(1_790_000_000_000), "2026-09-21 14:13 UTC");
        assert_eq!(date_text(951_782_400_000), "2000-02-29 00:00 UTC");
    }

    #[test]
    fn overdue_after_the_target() {
        assert!(!overdue(23 * HOUR_MS, 24));
        assert!(overdue(25 * HOUR_MS, 24));
        assert!(!overdue(1000 * HOUR_MS, 0), "no target, never overdue");
        assert_eq!(age_text(25 * 60_000), "25 min");
        assert_eq!(age_text(3 * HOUR_MS + 1), "3 h");
        assert_eq!(age_text(2 * DAY_MS + 4 * HOUR_MS), "2 d 4 h");
    }
}
