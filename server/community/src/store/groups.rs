//! Groups of members, which restricted categories admit. Admins only.

use domain::id::GroupId;
use domain::id::UserId;
use domain::model::{Author, Group};
use domain::permissions::{self, Action, Viewer};
use domain::{place, ErrorCode};

use crate::db::Db;
use crate::error::{StoreError, StoreResult};
use crate::store::reputation;
use crate::{on_db, on_tx};

fn admin_only(viewer: Viewer) -> StoreResult<()> {
    permissions::check(viewer, Action::ManageCommunity).map_err(StoreError::Denied)
}

pub async fn list(db: &Db) -> StoreResult<Vec<Group>> {
    let sql =
        "SELECT g.id, g.name, g.description, (SELECT COUNT(*) FROM group_members m WHERE m.group_id = g.id)
               FROM groups g ORDER BY g.name_key";
    let rows: Vec<(GroupId, String, String, i64)> = on_db!(db, p => sqlx::query_as(sql).fetch_all(p).await)?;
    Ok(rows
        .into_iter()
        .map(|(id, name, description, member_count)| Group { id, name, description, member_count })
        .collect())
}

pub async fn create(
    db: &Db,
    viewer: Viewer,
    name: &str,
    description: &str,
    now: i64,
) -> StoreResult<GroupId> {
    admin_only(viewer)?;
    let name = place::parse_name(name).map_err(StoreError::invalid)?;
    let description = place::parse_description(description).map_err(StoreError::invalid)?;
    let mut tx = db.begin().await?;
    let res = on_tx!(&mut tx, c => sqlx::query_scalar::<_, GroupId>(
        "INSERT INTO groups (name, name_key, description, created_at) VALUES ($1, $2, $3, $4) RETURNING id")
        .bind(&name).bind(name.to_lowercase()).bind(&description).bind(now).fetch_one(c).await);
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

pub async fn delete(db: &Db, viewer: Viewer, id: GroupId) -> StoreResult<()> {
    admin_only(viewer)?;
    let mut tx = db.begin().await?;
    let n = on_tx!(&mut tx, c => sqlx::query("DELETE FROM groups WHERE id = $1").bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    if n == 0 {
        return Err(StoreError::NotFound);
    }
    tx.commit().await
}

pub async fn members(db: &Db, group_id: GroupId) -> StoreResult<Vec<Author>> {
    let levels = reputation::levels(db).await?;
    let rows: Vec<(UserId, String, i64)> = on_db!(db, p => sqlx::query_as(
        "SELECT u.id, u.username, u.reputation FROM group_members m JOIN users u ON u.id = m.user_id
         WHERE m.group_id = $1 ORDER BY u.username_key")
        .bind(group_id).fetch_all(p).await)?;
    Ok(rows.into_iter().map(|(id, username, rep)| reputation::author(id, username, rep, &levels)).collect())
}

/// Adds a member by username; adding someone twice is not an error.
pub async fn add_member(
    db: &Db,
    viewer: Viewer,
    group_id: GroupId,
    username: &str,
    now: i64,
) -> StoreResult<()> {
    admin_only(viewer)?;
    let key = domain::account::username_key("username", username).map_err(StoreError::invalid)?;
    let mut tx = db.begin().await?;
    let user: Option<UserId> = on_tx!(&mut tx, c => sqlx::query_scalar("SELECT id FROM users WHERE username_key = $1")
        .bind(&key).fetch_optional(c).await)?;
    let Some(user_id) = user else {
        return Err(StoreError::field("username", ErrorCode::MemberUnknown));
    };
    let res = on_tx!(&mut tx, c => sqlx::query(
        "INSERT INTO group_members (group_id, user_id, added_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
        .bind(group_id).bind(user_id).bind(now).execute(c).await.map(|r| r.rows_affected()));
    match res {
        Ok(_) => tx.commit().await,
        Err(sqlx::Error::Database(e)) if e.is_foreign_key_violation() => Err(StoreError::NotFound),
        Err(e) => Err(e.into()),
    }
}

pub async fn remove_member(db: &Db, viewer: Viewer, group_id: GroupId, user_id: UserId) -> StoreResult<()> {
    admin_only(viewer)?;
    let mut tx = db.begin().await?;
    on_tx!(&mut tx, c => sqlx::query("DELETE FROM group_members WHERE group_id = $1 AND user_id = $2")
        .bind(group_id).bind(user_id).execute(c).await.map(|r| r.rows_affected()))?;
    tx.commit().await
}
