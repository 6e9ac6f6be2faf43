//! Search: the search page, the header's suggestions, similar questions
//! while asking, related questions, and "this solved my problem".

use domain::id::TopicId;
use domain::model::Category;
use domain::search::{SearchRequest, SearchResults, SimilarQuestion};
use domain::FieldError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// Suggestions under the header's search box.
pub const SUGGEST_MAX: usize = 6;

/// The search page: results, or what to fix in the filters (the request is
/// sent back as typed).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SearchPage {
    pub request: SearchRequest,
    pub results: SearchResults,
    pub errors: Vec<FieldError>,
    /// The categories the viewer may filter by.
    pub categories: Vec<Category>,
}

#[server(prefix = "/api", endpoint = "search")]
pub async fn search(request: SearchRequest) -> Result<SearchPage, AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let access = ssr::access().await?;
    let categories = access.categories.clone();
    let (parsed, sort) = match request.resolve() {
        Ok(r) => r,
        Err(errors) => {
            return Ok(SearchPage { request, results: SearchResults::default(), errors, categories });
        }
    };
    let results = if parsed.is_empty() {
        SearchResults { parsed, per_page: domain::search::PER_PAGE, page: 1, ..Default::default() }
    } else {
        state.search.search(&access, &parsed, sort, request.page.max(1)).await?
    };
    Ok(SearchPage { request, results, errors: Vec::new(), categories })
}

/// Questions whose titles match what is typed so far.
#[server(prefix = "/api", endpoint = "search/suggest")]
pub async fn suggest(q: String) -> Result<Vec<SimilarQuestion>, AppError> {
    use super::ssr;
    let q: String = q.chars().take(domain::search::MAX_QUERY_CHARS).collect();
    if q.trim().chars().count() < 2 {
        return Ok(Vec::new());
    }
    let state = ssr::state()?;
    let access = ssr::access().await?;
    state.search.suggest(&access, &q, SUGGEST_MAX).await.map_err(AppError::from)
}

/// Questions like the one being asked (title, then body as it is typed).
#[server(prefix = "/api", endpoint = "search/similar")]
pub async fn similar_questions(title: String, body: String) -> Result<Vec<SimilarQuestion>, AppError> {
    use super::ssr;
    let title: String = title.chars().take(300).collect();
    let body: String = body.chars().take(2_000).collect();
    if title.trim().chars().count() < 4 && body.trim().is_empty() {
        return Ok(Vec::new());
    }
    let state = ssr::state()?;
    let access = ssr::access().await?;
    state
        .search
        .similar(&access, &title, &body, None, domain::search::SIMILAR_MAX)
        .await
        .map_err(AppError::from)
}

/// Questions related to a thread (itself left out).
#[server(prefix = "/api", endpoint = "search/related")]
pub async fn related_questions(topic_id: TopicId) -> Result<Vec<SimilarQuestion>, AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let access = ssr::access().await?;
    let source = match community::store::topics::source(&state.db, &access, topic_id.post()).await {
        Ok(s) => s,
        Err(e) => return ssr::fail(e.into()),
    };
    let body: String = source.body_md.chars().take(1_000).collect();
    state
        .search
        .related(&access, topic_id, &source.topic_title, &body, domain::search::SIMILAR_MAX)
        .await
        .map_err(AppError::from)
}

/// "This solved my problem": the asker found the answer instead of asking.
/// Sends the browser (without JavaScript) on to the question.
#[server(prefix = "/api", endpoint = "search/deflect")]
pub async fn record_deflection(topic_id: TopicId, query: String, source: String) -> Result<String, AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let access = ssr::access().await?;
    let source = if source == "search" { "search" } else { "ask" };
    let now = community::clock::now_ms();
    if let Err(e) =
        community::store::search_log::deflect(&state.db, &access, topic_id, &query, source, now).await
    {
        return ssr::fail(e.into());
    }
    let path = format!("/q/{topic_id}");
    if ssr::is_plain_form() {
        ssr::redirect(&path);
    }
    Ok(path)
}
