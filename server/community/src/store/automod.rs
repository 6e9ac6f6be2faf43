//! Auto-moderation at the moment of writing: the admin's policy read from
//! the database, the author's facts, and what `domain::automod::review`
//! decides — applied inside the transaction that stores the words, whether
//! a new post, an author's edit or a human translation.

use domain::automod::{self, Author, Policy, Verdict, WatchedWord, WordAction};
use domain::id::{PostId, TopicId, UserId};
use domain::moderation::{self, LogDetail, ModAction};
use domain::permissions::{self, Action, Viewer};
use domain::{ErrorCode, FieldError, Role};

use crate::db::{Db, Tx};
use crate::error::{StoreError, StoreResult};
use crate::store::audit::{log, LogLine};
use crate::store::facts::{count_visibility, PostFacts};
use crate::store::happened::Happened;
use crate::store::{flags, settings};
use crate::{on_db, on_tx};

pub const NEW_REPUTATION_KEY: &str = "automod_new_member_reputation";
pub const NEW_HOURS_KEY: &str = "automod_new_member_hours";
pub const SPAM_DOMAINS_KEY: &str = "automod_spam_domains";
pub const HOLD_FIRST_POSTS_KEY: &str = "automod_hold_first_posts";

async fn policy_tx(tx: &mut Tx) -> StoreResult<Policy> {
    let d = Policy::default();
    let num = |v: String, default: i64| v.trim().parse::<i64>().unwrap_or(default);
    let words: Vec<(String, String)> = on_tx!(&mut *tx, c => sqlx::query_as(
        "SELECT word, action FROM watched_words ORDER BY word").fetch_all(c).await)?;
    Ok(Policy {
        new_member_reputation: num(
            settings::get_text_tx(tx, NEW_REPUTATION_KEY, "").await?,
            d.new_member_reputation,
        ),
        new_member_hours: num(settings::get_text_tx(tx, NEW_HOURS_KEY, "").await?, d.new_member_hours),
        spam_domains: settings::get_text_tx(tx, SPAM_DOMAINS_KEY, "")
            .await?
            .lines()
            .map(|l| l.trim().to_lowercase())
            .filter(|l| !l.is_empty())
            .collect(),
        watched: words
            .into_iter()
            .filter_map(|(word, action)| Some(WatchedWord { word, action: WordAction::parse(&action).ok()? }))
            .collect(),
        ..d
    })
}

/// What admins see and change on the moderation settings page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    pub policy: Policy,
    pub hold_first_posts: bool,
    pub flags: moderation::FlagRules,
}

pub async fn settings(db: &Db) -> StoreResult<Settings> {
    let mut tx = db.begin_read().await?;
    let policy = policy_tx(&mut tx).await?;
    let hold_first_posts = settings::get_bool_tx(&mut tx, HOLD_FIRST_POSTS_KEY, false).await?;
    tx.commit().await?;
    Ok(Settings { policy, hold_first_posts, flags: flags::rules(db).await? })
}

/// Settings as typed by an admin.
#[derive(Clone, Debug, Default)]
pub struct SettingsInput {
    pub flag_min_reputation: Option<i64>,
    pub flags_to_hide: Option<i64>,
    pub new_member_reputation: Option<i64>,
    pub new_member_hours: Option<i64>,
    pub spam_domains: String,
    pub hold_first_posts: bool,
}

pub async fn save_settings(db: &Db, viewer: Viewer, input: &SettingsInput) -> StoreResult<()> {
    permissions::check(viewer, Action::ManageCommunity).map_err(StoreError::Denied)?;
    let mut errors = Vec::new();
    let mut number = |field: &str, v: Option<i64>, max: i64| match v {
        Some(n) if (0..=max).contains(&n) => n.to_string(),
        _ => {
            errors.push(FieldError::new(field, ErrorCode::NumberOutOfRange));
            String::new()
        }
    };
    let pairs_numbers = [
        (flags::MIN_REPUTATION_KEY, number("flag_min_reputation", input.flag_min_reputation, 1_000_000)),
        (flags::HIDE_AFTER_KEY, number("flags_to_hide", input.flags_to_hide, 100)),
        (NEW_REPUTATION_KEY, number("new_member_reputation", input.new_member_reputation, 1_000_000)),
        (NEW_HOURS_KEY, number("new_member_hours", input.new_member_hours, 24 * 365)),
    ];
    let mut domains = Vec::new();
    for line in input.spam_domains.lines().map(str::trim).filter(|l| !l.is_empty()) {
        match automod::parse_domain(line) {
            Ok(d) => domains.push(d),
            Err(code) => errors.push(FieldError::new("spam_domains", code)),
        }
    }
    if !errors.is_empty() {
        return Err(StoreError::Invalid(errors));
    }
    let mut pairs: Vec<(&str, String)> = pairs_numbers.into_iter().collect();
    pairs.push((SPAM_DOMAINS_KEY, domains.join("\n")));
    pairs.push((HOLD_FIRST_POSTS_KEY, input.hold_first_posts.to_string()));
    settings::set_texts(db, viewer, &pairs).await
}

/// Adds (or changes the action of) a watched word. Admins only.
pub async fn watch_word(db: &Db, viewer: Viewer, word: &str, action: &str, now: i64) -> StoreResult<()> {
    permissions::check(viewer, Action::ManageCommunity).map_err(StoreError::Denied)?;
    let mut errors = Vec::new();
    let word = automod::parse_watched_word(word).map_err(|c| errors.push(FieldError::new("word", c))).ok();
    let action = WordAction::parse(action).map_err(|c| errors.push(FieldError::new("word_action", c))).ok();
    let (Some(word), Some(action)) = (word, action) else {
        return Err(StoreError::Invalid(errors));
    };
    on_db!(db, p => sqlx::query(
        "INSERT INTO watched_words (word, action, created_at) VALUES ($1, $2, $3)
         ON CONFLICT (word) DO UPDATE SET action = excluded.action")
        .bind(&word).bind(action.as_str()).bind(now).execute(p).await.map(|r| r.rows_affected()))?;
    Ok(())
}

pub async fn unwatch_word(db: &Db, viewer: Viewer, word: &str) -> StoreResult<()> {
    permissions::check(viewer, Action::ManageCommunity).map_err(StoreError::Denied)?;
    on_db!(db, p => sqlx::query("DELETE FROM watched_words WHERE word = $1")
        .bind(word.trim().to_lowercase()).execute(p).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// What the words under review are: a new post (or comment), or new words
/// for a post that exists — its author's edit, or a translation of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Writing {
    New,
    /// New words for post `id`. They add no post, so the first-hour post
    /// limit and the first-post hold stay out, and the post's own text is
    /// not a "repeat" of the words replacing or translating it.
    For(PostId),
}

/// The decision on the words under review, with what to do after storing them.
pub(crate) struct Review {
    pub verdict: Verdict,
    /// A new member's first post, held when admins ask for it.
    pub first_post_hold: bool,
}

/// Reviews words by `author` before they are stored. Refusals come back
/// as field errors on `field`, so the form keeps what was typed.
pub(crate) async fn review(
    tx: &mut Tx,
    author: UserId,
    field: &str,
    text: &str,
    writing: Writing,
    now: i64,
) -> StoreResult<Review> {
    let row: Option<(i64, i64, String)> = on_tx!(&mut *tx, c => sqlx::query_as(
        "SELECT reputation, created_at, role FROM users WHERE id = $1").bind(author).fetch_optional(c).await)?;
    let Some((reputation, created_at, role)) = row else { return Err(StoreError::NotFound) };
    let is_staff = Role::parse(&role).is_ok_and(|r| r >= Role::Agent);
    let account_age_ms = now - created_at;
    let (posts_in_first_hour, revised) = match writing {
        Writing::New => {
            let first_hour_end = created_at + automod::FIRST_HOUR_MS;
            let n: i64 = on_tx!(&mut *tx, c => sqlx::query_scalar(
                "SELECT COUNT(*) FROM posts WHERE author_id = $1 AND created_at < $2")
                .bind(author).bind(first_hour_end).fetch_one(c).await)?;
            (n, 0)
        }
        Writing::For(post_id) => (0, post_id.get()),
    };
    let recent: Vec<String> = on_tx!(&mut *tx, c => sqlx::query_scalar(
        "SELECT body_md FROM posts WHERE author_id = $1 AND created_at > $2 AND id <> $3 ORDER BY id DESC LIMIT 20")
        .bind(author).bind(now - automod::REPEAT_WINDOW_MS).bind(revised).fetch_all(c).await)?;
    let facts = Author {
        reputation,
        account_age_ms,
        posts_in_first_hour: usize::try_from(posts_in_first_hour).unwrap_or(0),
        is_staff,
    };
    let policy = policy_tx(tx).await?;
    let recent: Vec<&str> = recent.iter().map(String::as_str).collect();
    let verdict = automod::review(&policy, &facts, text, &recent);
    if let Verdict::Refuse(r) = &verdict {
        return Err(StoreError::field(field, r.code()));
    }
    let first_post_hold = writing == Writing::New
        && !is_staff
        && policy.is_new(&facts)
        && settings::get_bool_tx(tx, HOLD_FIRST_POSTS_KEY, false).await?
        && {
            let earlier: i64 = on_tx!(&mut *tx, c => sqlx::query_scalar(
                "SELECT COUNT(*) FROM posts WHERE author_id = $1").bind(author).fetch_one(c).await)?;
            earlier == 0
        };
    Ok(Review { verdict, first_post_hold })
}

/// Where the reviewed words were stored, for `apply`.
pub(crate) enum Stored<'a> {
    /// A new post, which nobody has been told of yet.
    Post { author: UserId, topic_id: TopicId, post_id: PostId },
    /// Its author's edit of a post readers could see: `facts` as they were
    /// before the edit.
    Edit(&'a PostFacts),
    /// A human translation (row `id`) of post `post_id` into `language`.
    Translation { translator: UserId, topic_id: TopicId, post_id: PostId, id: i64, language: &'a str },
}

impl Stored<'_> {
    /// The writer, the topic and the post, for the audit log and flags.
    fn place(&self) -> (UserId, TopicId, PostId) {
        match self {
            Stored::Post { author, topic_id, post_id } => (*author, *topic_id, *post_id),
            Stored::Edit(f) => (f.author_id, f.topic(), f.id),
            Stored::Translation { translator, topic_id, post_id, .. } => (*translator, *topic_id, *post_id),
        }
    }

    /// The audit log's line for what auto-moderation did, by nobody. Its
    /// detail says which words: the revision an edit made, or the
    /// translation (a new post is the post itself).
    fn log_line<'r>(&self, action: ModAction, reason: &'r str) -> LogLine<'r> {
        let (author, topic_id, post_id) = self.place();
        LogLine {
            actor: None,
            action,
            member: Some(author),
            topic_id: Some(topic_id),
            post_id: Some(post_id),
            comment_id: None,
            reason,
            detail: match self {
                Stored::Post { .. } => LogDetail::None,
                Stored::Edit(f) => LogDetail::Revision { number: f.revision + 1 },
                Stored::Translation { language, .. } => {
                    LogDetail::Translations { languages: vec![(*language).to_owned()] }
                }
            },
        }
    }
}

/// How a flag raised on a translation names it (a flag's detail is text).
fn translation_detail(language: &str) -> String {
    format!("Translation into {language}")
}

/// Applies a review to the stored words. A held post is hidden until an
/// agent approves it — and a post that readers saw before an edit leaves
/// their counts and open pages until then; a held translation is not shown
/// to readers until approved. Flagged words stay visible with an open flag
/// on their post. Returns true when something is held (the caller then
/// keeps a new post out of notifications).
pub(crate) async fn apply(tx: &mut Tx, review: &Review, stored: Stored<'_>, now: i64) -> StoreResult<bool> {
    let (_, _, post_id) = stored.place();
    let mut held: Vec<String> = match &review.verdict {
        Verdict::Hold(_) => review.verdict.reasons(),
        _ => Vec::new(),
    };
    if review.first_post_hold && held.is_empty() {
        held.push("First post of a new member".to_owned());
    }
    if !held.is_empty() {
        let reason = held.join("; ");
        if let Stored::Translation { id, .. } = &stored {
            on_tx!(&mut *tx, c => sqlx::query("UPDATE translations SET held_at = $1, held_reason = $2 WHERE id = $3")
                .bind(now).bind(&reason).bind(id).execute(c).await.map(|r| r.rows_affected()))?;
        } else {
            // Marked when an edit put it on hold, so that approving it does
            // not announce it as a new post a second time.
            let edit = i64::from(matches!(stored, Stored::Edit(_)));
            on_tx!(&mut *tx, c => sqlx::query(
                "UPDATE posts SET held_at = $1, held_reason = $2, held_edit = $3, hidden_at = $1 WHERE id = $4")
                .bind(now).bind(&reason).bind(edit).bind(post_id).execute(c).await.map(|r| r.rows_affected()))?;
        }
        if let Stored::Edit(f) = &stored {
            count_visibility(tx, f, true).await?;
            tx.happened(
                Happened::Moderated { topic_id: f.topic(), post_id: f.id, category_id: f.category_id },
                now,
            );
        }
        log(tx, stored.log_line(ModAction::Hold, &reason), now).await?;
        tx.happened(Happened::Queue(moderation::queue::HELD), now);
        return Ok(true);
    }
    if let Verdict::Flag(_) = &review.verdict {
        let reason = review.verdict.reasons().join("; ");
        // The flag is on the post; the agent reading it must know the words
        // that raised it are in a translation.
        let flag_detail = match &stored {
            Stored::Translation { language, .. } => format!("{}: {reason}", translation_detail(language)),
            _ => reason.clone(),
        };
        flags::flag_automatically(tx, post_id, None, &flag_detail, now).await?;
        log(tx, stored.log_line(ModAction::Flag, &reason), now).await?;
    }
    Ok(false)
}
