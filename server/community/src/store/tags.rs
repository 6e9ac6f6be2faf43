//! Tags, tag groups and the setting that lets members create tags.

use domain::id::TagId;
use domain::model::{Tag, TagGroup};
use domain::permissions::{self, Action, Viewer};
use domain::{place, post, ErrorCode, FieldError};

use crate::db::{Db, Tx};
use crate::error::{StoreError, StoreResult};
use crate::store::categories::Access;
use crate::store::happened::Happened;
use crate::store::settings;
use crate::{on_db, on_tx};

/// The setting key: may members create tags while posting?
pub const MEMBERS_CREATE_TAGS: &str = "members_create_tags";

fn admin_only(viewer: Viewer) -> StoreResult<()> {
    permissions::check(viewer, Action::ManageCommunity).map_err(StoreError::Denied)
}

type TagRow = (TagId, String, String, Option<i64>, i64);

fn tag((id, name, description, group_id, topic_count): TagRow) -> Tag {
    Tag { id, name, description, group_id, topic_count }
}

/// Whether topic `p` is one the viewer may see: in a category `access`
/// may read, not deleted, and (except for staff) not hidden or held.
fn seen(access: &Access) -> String {
    let hidden = if access.is_staff() { "" } else { " AND p.hidden_at IS NULL" };
    format!("(p.deleted_at IS NULL{hidden} AND {})", access.sql_in("p.category_id"))
}

/// Counts only topics the viewer may see, so a tag used in a private forum
/// (or on a post waiting for review) does not reveal how active it is.
fn visible_count(access: &Access) -> String {
    format!(
        "(SELECT COUNT(*) FROM post_tags pt JOIN posts p ON p.id = pt.post_id \
          WHERE pt.tag_id = t.id AND {})",
        seen(access)
    )
}

/// A tag is shown to the viewer when some topic they may see uses it, or
/// when no topic in a place they cannot read, or hidden (held) from them,
/// does: such a tag's name alone would give away what is discussed there.
/// Tags nobody used yet stay listed (admins create them for everyone), and
/// so do those of deleted public topics, which were public when written.
/// Staff see every tag.
fn shown(access: &Access) -> String {
    if access.is_staff() {
        return "1 = 1".to_owned();
    }
    format!(
        "({count} > 0 OR NOT EXISTS (SELECT 1 FROM post_tags pt JOIN posts p ON p.id = pt.post_id \
          WHERE pt.tag_id = t.id AND (p.hidden_at IS NOT NULL OR NOT ({readable}))))",
        count = visible_count(access),
        readable = access.sql_in("p.category_id")
    )
}

/// Every tag the viewer may know of, with the number of topics they may
/// see, most used first.
pub async fn list(db: &Db, access: &Access) -> StoreResult<Vec<Tag>> {
    let sql = format!(
        "SELECT t.id, t.name, t.description, t.group_id, {} AS n FROM tags t WHERE {} ORDER BY n DESC, t.name",
        visible_count(access),
        shown(access)
    );
    let rows: Vec<TagRow> = on_db!(db, p => sqlx::query_as(&sql).fetch_all(p).await)?;
    Ok(rows.into_iter().map(tag).collect())
}

/// A tag by name, when the viewer may know of it (see `shown`): the tag
/// page, feeds and filters answer "not found" for one they may not.
pub async fn by_name(db: &Db, access: &Access, name: &str) -> StoreResult<Option<Tag>> {
    // A name longer than any tag (from a link or a filter) names none: not
    // found, without a query.
    let Ok(key) = post::tag_key("tag", name) else { return Ok(None) };
    let sql = format!(
        "SELECT t.id, t.name, t.description, t.group_id, {} AS n FROM tags t WHERE t.name = $1 AND {}",
        visible_count(access),
        shown(access)
    );
    let row: Option<TagRow> = on_db!(db, p => sqlx::query_as(&sql).bind(&key).fetch_optional(p).await)?;
    Ok(row.map(tag))
}

pub async fn groups(db: &Db) -> StoreResult<Vec<TagGroup>> {
    let rows: Vec<(i64, String, i64)> = on_db!(db, p => sqlx::query_as(
        "SELECT id, name, position FROM tag_groups ORDER BY position, name_key").fetch_all(p).await)?;
    Ok(rows.into_iter().map(|(id, name, position)| TagGroup { id, name, position }).collect())
}

pub async fn create_group(db: &Db, viewer: Viewer, name: &str, position: i64) -> StoreResult<i64> {
    admin_only(viewer)?;
    let name = place::parse_name(name).map_err(StoreError::invalid)?;
    let mut tx = db.begin().await?;
    let res = on_tx!(&mut tx, c => sqlx::query_scalar::<_, i64>(
        "INSERT INTO tag_groups (name, name_key, position) VALUES ($1, $2, $3) RETURNING id")
        .bind(&name).bind(name.to_lowercase()).bind(position).fetch_one(c).await);
    match res {
        Ok(id) => {
            tx.commit().await?;
            Ok(id)
        }
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            Err(StoreError::field("name", ErrorCode::NameTaken))
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn delete_group(db: &Db, viewer: Viewer, id: i64) -> StoreResult<()> {
    admin_only(viewer)?;
    let mut tx = db.begin().await?;
    // Its tags stay, ungrouped (ON DELETE SET NULL).
    let n = on_tx!(&mut tx, c => sqlx::query("DELETE FROM tag_groups WHERE id = $1").bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    if n == 0 {
        return Err(StoreError::NotFound);
    }
    tx.commit().await
}

fn tag_taken(e: sqlx::Error) -> StoreError {
    match e {
        sqlx::Error::Database(d) if d.is_unique_violation() => StoreError::field("name", ErrorCode::TagTaken),
        sqlx::Error::Database(d) if d.is_foreign_key_violation() => {
            StoreError::field("group_id", ErrorCode::GroupUnknown)
        }
        other => other.into(),
    }
}

fn parse_fields(name: &str, description: &str) -> StoreResult<(String, String)> {
    let mut errors = Vec::new();
    let name = post::parse_tag(name)
        .map_err(|e| errors.push(domain::FieldError::new("name", e.code)))
        .unwrap_or_default();
    let description = place::parse_description(description).map_err(|e| errors.push(e)).unwrap_or_default();
    if errors.is_empty() {
        Ok((name, description))
    } else {
        Err(StoreError::Invalid(errors))
    }
}

/// Creates (`id` None) or renames/describes/regroups a tag. Admins only.
pub async fn save(
    db: &Db,
    viewer: Viewer,
    id: Option<TagId>,
    name: &str,
    description: &str,
    group_id: Option<i64>,
    now: i64,
) -> StoreResult<TagId> {
    admin_only(viewer)?;
    let (name, description) = parse_fields(name, description)?;
    let mut tx = db.begin().await?;
    let id = match id {
        None => on_tx!(&mut tx, c => sqlx::query_scalar::<_, TagId>(
            "INSERT INTO tags (name, description, group_id, created_at) VALUES ($1, $2, $3, $4) RETURNING id")
            .bind(&name).bind(&description).bind(group_id).bind(now).fetch_one(c).await)
        .map_err(tag_taken)?,
        Some(id) => on_tx!(&mut tx, c => sqlx::query_scalar::<_, TagId>(
            "UPDATE tags SET name = $1, description = $2, group_id = $3 WHERE id = $4 RETURNING id")
            .bind(&name).bind(&description).bind(group_id).bind(id).fetch_optional(c).await)
        .map_err(tag_taken)?
        .ok_or(StoreError::NotFound)?,
    };
    tx.happened(Happened::TagChanged { tag_id: id }, now);
    tx.commit().await?;
    Ok(id)
}

/// Moves every post of tag `from` to tag `into`, then deletes `from`.
pub async fn merge(db: &Db, viewer: Viewer, from: TagId, into: TagId) -> StoreResult<()> {
    admin_only(viewer)?;
    if from == into {
        return Err(StoreError::field("into", ErrorCode::MergeSameTag));
    }
    let mut tx = db.begin().await?;
    let found: i64 = on_tx!(&mut tx, c => sqlx::query_scalar("SELECT COUNT(*) FROM tags WHERE id IN ($1, $2)")
        .bind(from).bind(into).fetch_one(c).await)?;
    if found != 2 {
        return Err(StoreError::NotFound);
    }
    on_tx!(&mut tx, c => sqlx::query(
        "INSERT INTO post_tags (post_id, tag_id) SELECT post_id, $2 FROM post_tags WHERE tag_id = $1 ON CONFLICT DO NOTHING")
        .bind(from).bind(into).execute(c).await.map(|r| r.rows_affected()))?;
    tx.happened(Happened::TagChanged { tag_id: from }, crate::clock::now_ms());
    on_tx!(&mut tx, c => sqlx::query("DELETE FROM tags WHERE id = $1").bind(from).execute(c).await.map(|r| r.rows_affected()))?;
    recount(&mut tx, &[into]).await?;
    tx.commit().await
}

pub async fn delete(db: &Db, viewer: Viewer, id: TagId) -> StoreResult<()> {
    admin_only(viewer)?;
    let mut tx = db.begin().await?;
    // Posts keep their other tags; their revisions keep the name as text.
    tx.happened(Happened::TagChanged { tag_id: id }, crate::clock::now_ms());
    let n = on_tx!(&mut tx, c => sqlx::query("DELETE FROM tags WHERE id = $1").bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    if n == 0 {
        return Err(StoreError::NotFound);
    }
    tx.commit().await
}

/// Recomputes the topic counts of `tag_ids` from post_tags, inside `tx`.
pub(crate) async fn recount(tx: &mut Tx, tag_ids: &[TagId]) -> StoreResult<()> {
    for id in tag_ids {
        on_tx!(&mut *tx, c => sqlx::query(
            "UPDATE tags SET topic_count = (SELECT COUNT(*) FROM post_tags pt JOIN posts p ON p.id = pt.post_id
             WHERE pt.tag_id = $1 AND p.deleted_at IS NULL) WHERE id = $1")
            .bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    }
    Ok(())
}

/// The error a post would get for naming tags that do not exist, when the
/// viewer may not create them; checked with the other fields so the author
/// sees every problem at once (`resolve` stays the authoritative check).
pub(crate) async fn unknown_tag_error(
    db: &Db,
    viewer: Viewer,
    names: &[String],
) -> StoreResult<Option<FieldError>> {
    let mut missing = false;
    for name in names {
        let found: Option<i64> = on_db!(db, p => sqlx::query_scalar("SELECT id FROM tags WHERE name = $1")
            .bind(name).fetch_optional(p).await)?;
        if found.is_none() {
            missing = true;
            break;
        }
    }
    if !missing {
        return Ok(None);
    }
    let members_may_create = settings::get_bool(db, MEMBERS_CREATE_TAGS, false).await?;
    Ok(permissions::check(viewer, Action::CreateTag { members_may_create })
        .is_err()
        .then(|| FieldError::new("tags", ErrorCode::TagUnknown)))
}

/// Resolves tag names for a post inside its transaction: existing tags by
/// name; missing ones are created when `viewer` may, else a field error
/// naming them.
pub(crate) async fn resolve(
    tx: &mut Tx,
    viewer: Viewer,
    names: &[String],
    now: i64,
) -> StoreResult<Vec<TagId>> {
    let mut ids = Vec::with_capacity(names.len());
    let mut missing = Vec::new();
    for name in names {
        let id: Option<TagId> = on_tx!(&mut *tx, c => sqlx::query_scalar("SELECT id FROM tags WHERE name = $1")
            .bind(name).fetch_optional(c).await)?;
        match id {
            Some(id) => ids.push(id),
            None => missing.push(name),
        }
    }
    if missing.is_empty() {
        return Ok(ids);
    }
    let members_may_create = settings::get_bool_tx(tx, MEMBERS_CREATE_TAGS, false).await?;
    if permissions::check(viewer, Action::CreateTag { members_may_create }).is_err() {
        return Err(StoreError::field("tags", ErrorCode::TagUnknown));
    }
    for name in missing {
        let id: TagId = on_tx!(&mut *tx, c => sqlx::query_scalar(
            "INSERT INTO tags (name, created_at) VALUES ($1, $2)
             ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id")
            .bind(name).bind(now).fetch_one(c).await)?;
        ids.push(id);
    }
    Ok(ids)
}
