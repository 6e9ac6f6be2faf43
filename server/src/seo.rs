//! What search engines and feed readers fetch: robots.txt, the sitemap (an
//! index past 50 000 URLs) and Atom feeds. All of it is what a visitor may
//! read: members-only and restricted categories never appear.

use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use community::store::{categories, tags, topics};
use domain::model::{ListQuery, Sort};
use domain::text::escape_html as escape;
use domain::Viewer;

use crate::routes::ServerState;

/// URLs per sitemap file (the protocol's limit).
pub const SITEMAP_LIMIT: i64 = 50_000;

fn origin(state: &ServerState, headers: &HeaderMap) -> String {
    if let Some(base) = &state.app.config.base_url {
        return base.trim_end_matches('/').to_owned();
    }
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| h.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | ':' | '-' | '[' | ']')))
        .unwrap_or("localhost");
    format!("http://{host}")
}

fn iso(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .unwrap_or_default()
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

fn xml(body: String, content_type: &'static str) -> Response {
    ([(header::CONTENT_TYPE, content_type), (header::CACHE_CONTROL, "public, max-age=300")], body)
        .into_response()
}

fn failed(e: community::StoreError) -> Response {
    tracing::error!(error = %e, "could not build a sitemap or feed");
    (StatusCode::SERVICE_UNAVAILABLE, "Temporarily unavailable, please retry.").into_response()
}

pub async fn robots(State(state): State<ServerState>, headers: HeaderMap) -> Response {
    let body = format!(
        "User-agent: *\nDisallow: /admin/\nDisallow: /api/\nDisallow: /ask\nDisallow: /posts/\n\nSitemap: {}/sitemap.xml\n",
        origin(&state, &headers)
    );
    ([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], body).into_response()
}

/// The fixed pages and public categories, listed in the first sitemap.
async fn static_urls(
    state: &ServerState,
    base: &str,
) -> Result<Vec<(String, Option<i64>)>, community::StoreError> {
    let access = categories::access(&state.app.db, Viewer::Visitor).await?;
    let mut urls =
        vec![(format!("{base}/"), None), (format!("{base}/questions"), None), (format!("{base}/tags"), None)];
    urls.extend(
        access
            .categories
            .iter()
            .map(|c| (format!("{base}/c/{}", c.slug), c.last_activity_at.map(|t| t.get()))),
    );
    Ok(urls)
}

fn urlset(urls: impl Iterator<Item = (String, Option<i64>)>) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (loc, last) in urls {
        out.push_str("<url><loc>");
        out.push_str(&escape(&loc));
        out.push_str("</loc>");
        if let Some(ms) = last {
            out.push_str(&format!("<lastmod>{}</lastmod>", iso(ms)));
        }
        out.push_str("</url>\n");
    }
    out.push_str("</urlset>\n");
    out
}

/// One file when everything fits, else an index of `/sitemaps/N.xml`.
pub async fn sitemap(State(state): State<ServerState>, headers: HeaderMap) -> Response {
    let base = origin(&state, &headers);
    let result = async {
        let fixed = static_urls(&state, &base).await?;
        let count = topics::public_count(&state.app.db).await?;
        if count + fixed.len() as i64 <= SITEMAP_LIMIT {
            return Ok(urlset(fixed.into_iter().chain(topic_urls(&state, &base, 0).await?)));
        }
        let files = (count + SITEMAP_LIMIT - 1) / SITEMAP_LIMIT + 1;
        let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for n in 0..files {
            out.push_str(&format!("<sitemap><loc>{}</loc></sitemap>\n", escape(&format!("{base}/sitemaps/{n}.xml"))));
        }
        out.push_str("</sitemapindex>\n");
        Ok(out)
    }
    .await;
    match result {
        Ok(body) => xml(body, "application/xml; charset=utf-8"),
        Err(e) => failed(e),
    }
}

async fn topic_urls(
    state: &ServerState,
    base: &str,
    file: i64,
) -> Result<Vec<(String, Option<i64>)>, community::StoreError> {
    let rows = topics::public_entries(&state.app.db, file * SITEMAP_LIMIT, SITEMAP_LIMIT).await?;
    Ok(rows
        .into_iter()
        .map(|(id, slug, last)| (format!("{base}{}", domain::model::topic_path(id, &slug)), Some(last)))
        .collect())
}

/// `/sitemaps/0.xml` holds the fixed pages; `/sitemaps/N.xml` (N ≥ 1) the
/// topics from (N-1)·50 000.
pub async fn sitemap_file(
    State(state): State<ServerState>,
    headers: HeaderMap,
    Path(file): Path<String>,
) -> Response {
    let Some(n) = file.strip_suffix(".xml").and_then(|n| n.parse::<i64>().ok()).filter(|n| *n >= 0) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let base = origin(&state, &headers);
    let urls = if n == 0 { static_urls(&state, &base).await } else { topic_urls(&state, &base, n - 1).await };
    match urls {
        Ok(urls) if n == 0 || !urls.is_empty() => {
            xml(urlset(urls.into_iter()), "application/xml; charset=utf-8")
        }
        Ok(_) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => failed(e),
    }
}

pub async fn feed_all(State(state): State<ServerState>, headers: HeaderMap) -> Response {
    feed(
        &state,
        &headers,
        ListQuery { sort: Sort::Newest, ..Default::default() },
        "Latest questions".into(),
        "/questions".into(),
        "/feeds/questions.atom".into(),
    )
    .await
}

pub async fn feed_category(
    State(state): State<ServerState>,
    headers: HeaderMap,
    Path(file): Path<String>,
) -> Response {
    let Some(slug) = file.strip_suffix(".atom") else { return StatusCode::NOT_FOUND.into_response() };
    let access = match categories::access(&state.app.db, Viewer::Visitor).await {
        Ok(a) => a,
        Err(e) => return failed(e),
    };
    let Some(cat) = access.by_slug(slug) else { return StatusCode::NOT_FOUND.into_response() };
    let q = ListQuery { sort: Sort::Newest, category: Some(cat.slug.clone()), ..Default::default() };
    feed(&state, &headers, q, cat.name.clone(), format!("/c/{}", cat.slug), format!("/feeds/c/{file}")).await
}

pub async fn feed_tag(
    State(state): State<ServerState>,
    headers: HeaderMap,
    Path(file): Path<String>,
) -> Response {
    let Some(name) = file.strip_suffix(".atom") else { return StatusCode::NOT_FOUND.into_response() };
    let visitor = match categories::access(&state.app.db, Viewer::Visitor).await {
        Ok(a) => a,
        Err(e) => return failed(e),
    };
    let tag = match tags::by_name(&state.app.db, &visitor, name).await {
        Ok(Some(t)) => t,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(e) => return failed(e),
    };
    let q = ListQuery { sort: Sort::Newest, tag: Some(tag.name.clone()), ..Default::default() };
    let page = format!("/tags/{}", domain::urlencode(&tag.name));
    let self_path = format!("/feeds/tags/{}.atom", domain::urlencode(&tag.name));
    feed(&state, &headers, q, format!("Questions tagged {}", tag.name), page, self_path).await
}

async fn feed(
    state: &ServerState,
    headers: &HeaderMap,
    q: ListQuery,
    title: String,
    page: String,
    self_path: String,
) -> Response {
    use atom_syndication::{Entry, Feed, Link, Person, Text};
    let base = origin(state, headers);
    let access = match categories::access(&state.app.db, Viewer::Visitor).await {
        Ok(a) => a,
        Err(e) => return failed(e),
    };
    let list = match topics::list(&state.app.db, &access, &q, 30).await {
        Ok(l) => l,
        Err(community::StoreError::NotFound) => return StatusCode::NOT_FOUND.into_response(),
        Err(e) => return failed(e),
    };
    let date = |ms: i64| chrono::DateTime::from_timestamp_millis(ms).unwrap_or_default().fixed_offset();
    let updated = list.topics.iter().map(|t| t.last_activity_at).max().unwrap_or_default();
    let entries: Vec<Entry> = list
        .topics
        .iter()
        .map(|t| {
            let url = format!("{base}{}", t.path());
            let mut e = Entry::default();
            e.set_id(url.clone());
            e.set_title(Text::plain(t.title.clone()));
            e.set_updated(date(t.last_activity_at.get()));
            e.set_published(Some(date(t.created_at.get())));
            e.set_authors(vec![Person {
                name: t.author.username.clone(),
                uri: Some(format!("{base}/u/{}", t.author.username)),
                ..Default::default()
            }]);
            e.set_links(vec![Link { href: url, rel: "alternate".into(), ..Default::default() }]);
            e.set_summary(Some(Text::plain(t.excerpt.clone())));
            e
        })
        .collect();
    let mut feed = Feed::default();
    feed.set_id(format!("{base}{page}"));
    feed.set_title(Text::plain(format!("{} — {}", title, state.app.config.community_name)));
    feed.set_updated(date(updated.get()));
    feed.set_links(vec![
        Link { href: format!("{base}{page}"), rel: "alternate".into(), ..Default::default() },
        Link { href: format!("{base}{self_path}"), rel: "self".into(), ..Default::default() },
    ]);
    feed.set_entries(entries);
    xml(feed.to_string(), "application/atom+xml; charset=utf-8")
}
