//! Reputation, levels, badges and leaderboards: what members see, and the
//! admin settings behind them.

use domain::reputation::{Level, Rules};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// A badge a member holds: per-tag badges once per tag, the others with how
/// many times they were earned.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeldBadge {
    pub key: String,
    pub tag: Option<String>,
    pub count: i64,
    pub first_awarded_at: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryLine {
    /// Why the points moved; `None` for a reason this version does not know
    /// (written by a newer node during a rolling upgrade).
    pub reason: Option<domain::reputation::Reason>,
    pub points: i64,
    pub created_at: i64,
    /// `(title, path)` of the question it was for, when the viewer may read it.
    pub post: Option<(String, String)>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryPage {
    pub lines: Vec<HistoryLine>,
    /// The cursor of the next (older) page.
    pub before: Option<i64>,
}

#[cfg(feature = "ssr")]
pub mod ssr {
    use community::store::categories::Access;
    use community::store::{badges, reputation};
    use community::Db;

    use super::{HeldBadge, HistoryLine, HistoryPage};
    use crate::error::AppError;
    use domain::id::UserId;

    pub const HISTORY_PAGE: i64 = 20;

    pub async fn held_badges(db: &Db, user: UserId) -> Result<Vec<HeldBadge>, AppError> {
        let held = badges::of_member(db, user).await?;
        let mut out: Vec<HeldBadge> = Vec::new();
        // Oldest first, so first_awarded_at is the first time it was earned.
        for h in held.into_iter().rev() {
            let tag = (!h.scope.is_empty()).then_some(h.scope);
            match out.iter_mut().find(|b| b.key == h.key && b.tag == tag) {
                Some(b) => b.count += 1,
                None => out.push(HeldBadge { key: h.key, tag, count: 1, first_awarded_at: h.awarded_at }),
            }
        }
        out.sort_by_key(|b| std::cmp::Reverse(domain::badges::by_key(&b.key).map(|d| d.tier)));
        Ok(out)
    }

    pub async fn history_page(
        db: &Db,
        access: &Access,
        user: UserId,
        before: Option<i64>,
    ) -> Result<HistoryPage, AppError> {
        let mut rows = reputation::history(db, access, user, before, HISTORY_PAGE + 1).await?;
        let before = if rows.len() as i64 > HISTORY_PAGE {
            rows.truncate(HISTORY_PAGE as usize);
            rows.last().map(|(id, _)| *id)
        } else {
            None
        };
        let lines = rows
            .into_iter()
            .map(|(_, h)| HistoryLine {
                reason: domain::reputation::Reason::parse(&h.reason),
                points: h.points,
                created_at: h.created_at,
                post: h.post.map(|(id, title, slug)| (title, domain::model::topic_path(id, &slug))),
            })
            .collect();
        Ok(HistoryPage { lines, before })
    }
}

/// One page of a member's reputation history, older than `before`.
#[server(prefix = "/api", endpoint = "reputation_history")]
pub async fn reputation_history(username: String, before: Option<i64>) -> Result<HistoryPage, AppError> {
    use super::ssr as base;
    let state = base::state()?;
    let Some(user) = community::store::users::by_username(&state.db, &username).await? else {
        return base::fail(AppError::NotFound);
    };
    let access = base::access().await?;
    ssr::history_page(&state.db, &access, user.id, before).await
}

/// Every badge with how many members hold it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BadgeEntry {
    pub key: String,
    pub holders: i64,
    pub recent: Vec<String>,
}

#[server(prefix = "/api", endpoint = "badge_catalogue")]
pub async fn badge_catalogue() -> Result<Vec<BadgeEntry>, AppError> {
    use super::ssr as base;
    use community::store::badges;
    let state = base::state()?;
    let counts = badges::holder_counts(&state.db).await?;
    let mut out = Vec::with_capacity(counts.len());
    for (key, holders) in counts {
        let recent = badges::recent_holders(&state.db, key, 5).await?;
        out.push(BadgeEntry {
            key: key.to_owned(),
            holders,
            recent: recent.into_iter().map(|r| r.0).collect(),
        });
    }
    Ok(out)
}

/// One row of a leaderboard.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Leader {
    pub rank: usize,
    pub author: domain::model::Author,
    pub gained: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeaderboardPage {
    pub period: String,
    pub category: Option<String>,
    pub tag: Option<String>,
    pub leaders: Vec<Leader>,
    /// Categories the viewer can read, to filter by.
    pub categories: Vec<(String, String)>,
}

/// Top contributors by reputation gained this week, this month or of all
/// time, overall or in one category or tag (restricted places only for
/// those who can read them).
#[server(prefix = "/api", endpoint = "leaderboard")]
pub async fn leaderboard(
    period: Option<String>,
    category: Option<String>,
    tag: Option<String>,
) -> Result<LeaderboardPage, AppError> {
    use super::ssr as base;
    use community::store::{reputation, tags};
    const DAY: i64 = 86_400_000;
    let state = base::state()?;
    let access = base::access().await?;
    let now = community::clock::now_ms();
    let period = match period.as_deref() {
        Some("week") => "week",
        Some("month") => "month",
        _ => "all",
    };
    let since = match period {
        "week" => Some(now - 7 * DAY),
        "month" => Some(now - 30 * DAY),
        _ => None,
    };
    let category = category.filter(|c| !c.is_empty());
    let tag = tag.filter(|t| !t.is_empty()).map(|t| t.to_lowercase());
    let category_id = match category.as_deref() {
        Some(slug) => match access.by_slug(slug) {
            Some(c) => Some(c.id),
            None => return base::fail(AppError::NotFound),
        },
        None => None,
    };
    let tag_id = match tag.as_deref() {
        Some(name) => match tags::by_name(&state.db, &access, name).await? {
            Some(t) => Some(t.id),
            None => return base::fail(AppError::NotFound),
        },
        None => None,
    };
    let board = reputation::Board { since, category_id, tag_id };
    let rows = reputation::leaderboard(&state.db, &access, &board, 50).await?;
    let levels = reputation::levels(&state.db).await?;
    let leaders = rows
        .into_iter()
        .enumerate()
        .map(|(i, (id, username, gained, rep))| Leader {
            rank: i + 1,
            author: reputation::author(id, username, rep, &levels),
            gained,
        })
        .collect();
    let categories = access.categories.iter().map(|c| (c.slug.clone(), c.name.clone())).collect();
    Ok(LeaderboardPage { period: period.to_owned(), category, tag, leaders, categories })
}

/// The reputation rules and levels, for the admin page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReputationConfig {
    pub rules: Rules,
    pub levels: Vec<Level>,
}

#[server(prefix = "/api", endpoint = "reputation_settings")]
pub async fn reputation_settings() -> Result<ReputationConfig, AppError> {
    use super::ssr as base;
    use community::store::reputation;
    let state = base::state()?;
    let viewer = base::viewer().await?;
    if let Err(d) = domain::permissions::check(viewer, domain::Action::ManageCommunity) {
        return base::fail(base::denied(d));
    }
    let rules = reputation::rules(&state.db).await?;
    let levels = reputation::levels(&state.db).await?;
    Ok(ReputationConfig { rules, levels })
}

/// The reputation form as typed: the point values, the daily cap, the
/// downvote threshold and the levels (`level_names[]`, `level_thresholds[]`),
/// all text until `community::store::reputation::configure` parses them.
/// The fields travel flat, so the form posts without JavaScript, and one
/// argument stands for the whole form.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReputationForm {
    pub answer_upvoted: String,
    pub question_upvoted: String,
    pub post_downvoted: String,
    pub downvote_cast: String,
    pub answer_accepted: String,
    pub accepter: String,
    pub downvote_min: String,
    pub daily_cap: String,
    pub level_names: Vec<String>,
    pub level_thresholds: Vec<String>,
}

/// Admins: saves the point values, the daily cap, the downvote threshold
/// and the ten levels. Every field is checked; nothing is saved unless all
/// are valid, and what was typed comes back with the errors.
#[server(prefix = "/api", endpoint = "save_reputation_settings")]
pub async fn save_reputation_settings(#[server(flatten)] form: ReputationForm) -> Result<(), AppError> {
    use crate::api::ssr as base;
    let state = base::state()?;
    let viewer = base::viewer().await?;
    let ReputationForm { level_names, level_thresholds, .. } = &form;
    let values: Vec<(String, String)> = [
        ("answer_upvoted", &form.answer_upvoted),
        ("question_upvoted", &form.question_upvoted),
        ("post_downvoted", &form.post_downvoted),
        ("downvote_cast", &form.downvote_cast),
        ("answer_accepted", &form.answer_accepted),
        ("accepter", &form.accepter),
        ("downvote_min", &form.downvote_min),
        ("daily_cap", &form.daily_cap),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.clone()))
    .collect();
    let mut typed: std::collections::BTreeMap<String, String> = values.iter().cloned().collect();
    for (i, (n, t)) in level_names.iter().zip(level_thresholds).enumerate() {
        typed.insert(format!("level_name_{}", i + 1), n.clone());
        typed.insert(format!("level_min_{}", i + 1), t.clone());
    }
    match community::store::reputation::configure(&state.db, viewer, &values, level_names, level_thresholds)
        .await
    {
        Ok(()) => Ok(()),
        Err(e) => base::fail(base::store_error(e, typed)),
    }
}
