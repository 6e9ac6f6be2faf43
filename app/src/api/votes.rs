//! Voting, accepting and verifying answers. Without JavaScript each button is
//! a form whose post returns to the answer it acted on.

use domain::id::PostId;
use domain::model::VoteState;
use leptos::prelude::*;

use crate::error::AppError;

/// Sets the viewer's vote on a post: `value` is "up", "down" or "none".
#[server(prefix = "/api", endpoint = "vote")]
pub async fn vote(post_id: PostId, value: String) -> Result<VoteState, AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    let n = match value.as_str() {
        "up" => 1,
        "down" => -1,
        "none" => 0,
        // Reaches the store's own check, which names the field.
        _ => 2,
    };
    match community::store::votes::cast(&state.db, viewer, post_id, n, community::clock::now_ms()).await {
        Ok(s) => Ok(s),
        Err(e) => ssr::fail(e.into()),
    }
}

/// Accepts an answer (`accept` true) or takes the acceptance back.
/// Returns the question's accepted answer afterwards.
#[server(prefix = "/api", endpoint = "accept_answer")]
pub async fn accept_answer(answer_id: PostId, accept: bool) -> Result<Option<PostId>, AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    match community::store::votes::accept(&state.db, viewer, answer_id, accept, community::clock::now_ms())
        .await
    {
        Ok(a) => {
            ssr::redirect_plain_form(&format!("/q/{}#post-{answer_id}", a.topic_id));
            Ok(a.accepted_answer_id)
        }
        Err(e) => ssr::fail(e.into()),
    }
}

/// Staff: marks an answer "Verified by support", or removes the mark.
#[server(prefix = "/api", endpoint = "verify_answer")]
pub async fn verify_answer(answer_id: PostId, verified: bool) -> Result<(), AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    match community::store::votes::verify(&state.db, viewer, answer_id, verified, community::clock::now_ms())
        .await
    {
        Ok(topic_id) => {
            ssr::redirect_plain_form(&format!("/q/{topic_id}#post-{answer_id}"));
            Ok(())
        }
        Err(e) => ssr::fail(e.into()),
    }
}
