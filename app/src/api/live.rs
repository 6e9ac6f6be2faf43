//! Following, and what live pages fetch when an event tells them something
//! changed.

use domain::follow::FollowLevel;
use domain::id::PostId;
use domain::model::Comment;
use leptos::prelude::*;

use crate::error::AppError;

/// The comments on one post, as the viewer may see them (after a live
/// "comment" event).
#[server(prefix = "/api", endpoint = "comments")]
pub async fn get_comments(post_id: PostId) -> Result<Vec<Comment>, AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let access = ssr::access().await?;
    match community::store::comments::of_post(&state.db, &access, post_id).await {
        Ok(c) => Ok(c),
        Err(e) => ssr::fail(e.into()),
    }
}

/// Follows (or unfollows, mutes…) a question, category or tag. Returns the
/// level now in force.
#[server(prefix = "/api", endpoint = "follow")]
pub async fn set_follow(
    target: String,
    target_id: i64,
    level: String,
    back: Option<String>,
) -> Result<FollowLevel, AppError> {
    use super::ssr;
    use domain::follow::FollowTarget;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    let parsed = FollowTarget::parse(&target).and_then(|t| Ok((t, FollowLevel::parse(&level)?)));
    let (target, level) = match parsed {
        Ok(p) => p,
        Err(e) => return ssr::fail(ssr::store_error(community::StoreError::invalid(e), Default::default())),
    };
    let now = community::clock::now_ms();
    match community::store::follows::set(&state.db, viewer, target, target_id, level, now).await {
        Ok(l) => {
            ssr::redirect_plain_form(&ssr::safe_next(back.as_deref()));
            Ok(l)
        }
        Err(e) => ssr::fail(e.into()),
    }
}
