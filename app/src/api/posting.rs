//! Writing: asking, answering, commenting, editing, deleting, restoring,
//! rolling back, and the Markdown preview. Each one answers a plain form
//! post (no JavaScript) with a redirect to where the result shows.

use domain::id::{CommentId, PostId, TopicId};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::error::echo;
use crate::error::AppError;

/// Asks a question or opens a discussion, then goes to it.
#[server(prefix = "/api", endpoint = "ask")]
pub async fn ask(
    kind: String,
    category_id: Option<String>,
    title: String,
    body: String,
    tags: String,
    request_key: Option<String>,
) -> Result<(), AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    let cat = category_id.clone().unwrap_or_default();
    let typed = echo([
        ("kind", kind.as_str()),
        ("category_id", cat.as_str()),
        ("title", title.as_str()),
        ("body", body.as_str()),
        ("tags", tags.as_str()),
    ]);
    ssr::write_allowed(&state, viewer, &typed).await?;
    // The kind comes from the form's radio buttons: anything else is refused
    // before any other check, with what was typed kept.
    let kind = match domain::post::PostKind::parse(&kind) {
        Ok(kind) => kind,
        Err(e) => return ssr::fail(AppError::invalid(vec![e], typed)),
    };
    let input = community::store::posts::NewTopic {
        kind,
        category_id: category_id.and_then(|c| c.trim().parse().ok()),
        title,
        body,
        tags,
        request_key,
    };
    match community::store::posts::create_topic(&state.db, viewer, &input, community::clock::now_ms()).await {
        Ok(created) => {
            ssr::redirect(&domain::model::topic_path(created.topic_id, &created.slug));
            Ok(())
        }
        Err(e) => ssr::fail(ssr::store_error(e, typed)),
    }
}

/// Answers a topic; returns the new answer's id.
#[server(prefix = "/api", endpoint = "answer")]
pub async fn post_answer(
    topic_id: TopicId,
    answer: String,
    request_key: Option<String>,
) -> Result<PostId, AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    let typed = echo([("answer", answer.as_str())]);
    ssr::write_allowed(&state, viewer, &typed).await?;
    let now = community::clock::now_ms();
    match community::store::posts::create_answer(&state.db, viewer, topic_id, &answer, &request_key, now)
        .await
    {
        Ok(c) => {
            ssr::redirect_plain_form(&format!(
                "{}#post-{}",
                domain::model::topic_path(c.topic_id, &c.slug),
                c.id
            ));
            Ok(c.id)
        }
        Err(e) => ssr::fail(ssr::store_error(e, typed)),
    }
}

/// Comments on a post; returns the new comment's id.
#[server(prefix = "/api", endpoint = "comment")]
pub async fn post_comment(
    post_id: PostId,
    comment: String,
    request_key: Option<String>,
) -> Result<CommentId, AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    let mut typed = echo([("comment", comment.as_str())]);
    typed.insert("post_id".into(), post_id.to_string());
    ssr::write_allowed(&state, viewer, &typed).await?;
    let now = community::clock::now_ms();
    match community::store::comments::add(&state.db, viewer, post_id, &comment, &request_key, now).await {
        Ok((id, _topic)) => Ok(id),
        Err(e) => ssr::fail(ssr::store_error(e, typed)),
    }
}

/// Saves an edit as a new revision, then goes back to the thread.
#[server(prefix = "/api", endpoint = "edit")]
pub async fn edit_post(
    id: PostId,
    title: Option<String>,
    body: String,
    tags: Option<String>,
    reason: Option<String>,
) -> Result<(), AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    let reason = reason.unwrap_or_default();
    let typed = echo([
        ("title", title.as_deref().unwrap_or_default()),
        ("body", body.as_str()),
        ("tags", tags.as_deref().unwrap_or_default()),
        ("reason", reason.as_str()),
    ]);
    ssr::write_allowed(&state, viewer, &typed).await?;
    let edit = community::store::posts::Edit { title, body, tags, reason };
    match community::store::posts::edit(&state.db, viewer, id, &edit, community::clock::now_ms()).await {
        Ok(c) => {
            ssr::redirect(&format!("{}#post-{}", domain::model::topic_path(c.topic_id, &c.slug), c.id));
            Ok(())
        }
        Err(e) => ssr::fail(ssr::store_error(e, typed)),
    }
}

/// What a moderation button did (the page words the status message).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Done {
    Deleted,
    Restored,
    RolledBack,
    CommentDeleted,
}

/// Soft-deletes a post. Deleting a topic goes back to the list for members
/// (it is gone for them) and stays on it for staff (who still see it).
#[server(prefix = "/api", endpoint = "delete_post")]
pub async fn delete_post(id: PostId) -> Result<Done, AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    match community::store::posts::delete(&state.db, viewer, id, community::clock::now_ms()).await {
        Ok(topic) => {
            if topic.post() == id && !ssr::access().await?.is_staff() {
                ssr::redirect("/questions");
            }
            Ok(Done::Deleted)
        }
        Err(e) => ssr::fail(e.into()),
    }
}

#[server(prefix = "/api", endpoint = "restore_post")]
pub async fn restore_post(id: PostId) -> Result<Done, AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    match community::store::posts::restore(&state.db, viewer, id).await {
        Ok(_) => Ok(Done::Restored),
        Err(e) => ssr::fail(e.into()),
    }
}

#[server(prefix = "/api", endpoint = "delete_comment")]
pub async fn delete_comment(id: CommentId) -> Result<Done, AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    match community::store::comments::delete(&state.db, viewer, id, community::clock::now_ms()).await {
        Ok(_) => Ok(Done::CommentDeleted),
        Err(e) => ssr::fail(e.into()),
    }
}

/// Staff: makes an old revision current again (as a new revision).
#[server(prefix = "/api", endpoint = "rollback")]
pub async fn rollback(id: PostId, number: i64) -> Result<Done, AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    match community::store::posts::rollback(&state.db, viewer, id, number, community::clock::now_ms()).await {
        Ok(_) => Ok(Done::RolledBack),
        Err(e) => ssr::fail(e.into()),
    }
}

/// The live preview: Markdown rendered and sanitized exactly as it will be
/// stored. Only members write, so only members preview; the body is capped
/// at the body limit and rendered off the async workers in a bounded pool,
/// so previews cannot be used to burn the server's CPU.
#[server(prefix = "/api", endpoint = "preview")]
pub async fn preview_markdown(body: String, inline: bool) -> Result<String, AppError> {
    use super::ssr;
    if ssr::viewer().await? == domain::Viewer::Visitor {
        return ssr::fail(AppError::NotSignedIn);
    }
    if body.chars().count() > domain::post::BODY_MAX {
        return ssr::fail(AppError::invalid(
            vec![domain::FieldError::new("body", domain::ErrorCode::BodyTooLong)],
            Default::default(),
        ));
    }
    let rendered = community::heavy::MARKDOWN
        .run(move || {
            if inline {
                community::markdown::render_inline(&body)
            } else {
                community::markdown::render_block(&body)
            }
        })
        .await;
    match rendered {
        Ok(html) => Ok(html),
        Err(e) => ssr::fail(e.into()),
    }
}
