//! The community's code of conduct: Markdown that admins edit, shown at
//! `/guidelines`, linked from the ask form and shown to first-time askers.

use domain::permissions::Viewer;
use domain::ErrorCode;

use crate::db::Db;
use crate::error::{StoreError, StoreResult};
use crate::markdown;
use crate::store::settings;

const KEY: &str = "guidelines_md";
const MAX_CHARS: usize = 30_000;

pub const DEFAULT: &str =
    "## Be helpful\n\nAsk clear questions: say what you tried, what you expected and what happened instead. \
Answer to help, not to win: explain why, and link to sources.\n\n\
## Be kind\n\nNo insults, harassment or discrimination. Assume good intent; everyone was new once.\n\n\
## Keep it safe\n\nNever post passwords, payment details or personal data — yours or anyone's. \
For problems with your own account, use **I need help from support** on your question: \
that conversation is private.\n\n\
## Keep it clean\n\nNo spam, no advertising, no off-topic posts. Flag what breaks these rules; \
moderators review every flag.";

/// The guidelines as Markdown (the default until an admin writes them).
pub async fn source(db: &Db) -> StoreResult<String> {
    settings::get_text(db, KEY, DEFAULT).await
}

/// The guidelines as sanitized HTML.
pub async fn html(db: &Db) -> StoreResult<String> {
    Ok(markdown::render_block(&source(db).await?))
}

/// Admins only.
pub async fn save(db: &Db, viewer: Viewer, body: &str) -> StoreResult<()> {
    let body = body.trim();
    if body.is_empty() {
        return Err(StoreError::field("body", ErrorCode::Required));
    }
    if body.chars().count() > MAX_CHARS {
        return Err(StoreError::field("body", ErrorCode::TextTooLong));
    }
    settings::set_texts(db, viewer, &[(KEY, body.to_owned())]).await
}
