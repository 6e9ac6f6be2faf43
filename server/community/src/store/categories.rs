//! Categories and who may read them.

use domain::id::Timestamp;
use domain::id::UserId;
use domain::id::{CategoryId, GroupId};
use domain::model::Category;
use domain::permissions::{self, Action, Viewer};
use domain::place::{self, Visibility};
use domain::ErrorCode;

use crate::db::{Db, Tx};
use crate::error::{StoreError, StoreResult};
use crate::{on_db, on_tx};

#[derive(sqlx::FromRow)]
struct CategoryRow {
    id: CategoryId,
    parent_id: Option<CategoryId>,
    name: String,
    slug: String,
    description: String,
    color: String,
    position: i64,
    post_types: String,
    visibility: String,
    topic_count: i64,
    post_count: i64,
    last_activity_at: Option<Timestamp>,
}

const COLUMNS: &str = "id, parent_id, name, slug, description, color, position, post_types, visibility, \
                       topic_count, post_count, last_activity_at";

impl CategoryRow {
    fn into_category(self, group_ids: Vec<GroupId>) -> Category {
        Category {
            id: self.id,
            parent_id: self.parent_id,
            name: self.name,
            slug: self.slug,
            description: self.description,
            color: self.color,
            position: self.position,
            post_types: self.post_types.split(',').filter(|s| !s.is_empty()).map(str::to_owned).collect(),
            // An unknown value can only come from a newer node: hide the
            // category from everyone but staff rather than expose it.
            visibility: Visibility::parse(&self.visibility).unwrap_or(Visibility::Groups),
            group_ids,
            topic_count: self.topic_count,
            post_count: self.post_count,
            last_activity_at: self.last_activity_at,
        }
    }
}

/// Every category, parents before their children, in admin order.
pub async fn all(db: &Db) -> StoreResult<Vec<Category>> {
    let sql = format!("SELECT {COLUMNS} FROM categories ORDER BY position, name");
    let rows = on_db!(db, p => sqlx::query_as::<_, CategoryRow>(&sql).fetch_all(p).await)?;
    let links: Vec<(CategoryId, GroupId)> = on_db!(db, p => sqlx::query_as("SELECT category_id, group_id FROM category_groups ORDER BY group_id").fetch_all(p).await)?;
    let cats: Vec<Category> = rows
        .into_iter()
        .map(|r| {
            let groups = links.iter().filter(|(c, _)| *c == r.id).map(|(_, g)| *g).collect();
            r.into_category(groups)
        })
        .collect();
    Ok(order_tree(cats))
}

/// Orders top-level categories by position and puts each one's children
/// right after it.
fn order_tree(cats: Vec<Category>) -> Vec<Category> {
    let mut out = Vec::with_capacity(cats.len());
    for top in cats.iter().filter(|c| c.parent_id.is_none()) {
        out.push(top.clone());
        out.extend(cats.iter().filter(|c| c.parent_id == Some(top.id)).cloned());
    }
    // Orphans cannot exist (foreign key), but never drop a row silently.
    for c in &cats {
        if !out.iter().any(|o| o.id == c.id) {
            out.push(c.clone());
        }
    }
    out
}

/// What one viewer may read: the categories, in order, and their ids.
#[derive(Clone, Debug)]
pub struct Access {
    pub viewer: Viewer,
    pub categories: Vec<Category>,
}

impl Access {
    pub fn readable_ids(&self) -> Vec<CategoryId> {
        self.categories.iter().map(|c| c.id).collect()
    }

    pub fn category(&self, id: CategoryId) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }

    pub fn by_slug(&self, slug: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.slug == slug)
    }

    /// `id IN (…)` for SQL over readable categories. The ids are integers
    /// from the database, so inlining them cannot inject anything; an empty
    /// set becomes a condition that matches nothing.
    pub fn sql_in(&self, column: &str) -> String {
        sql_in(column, &self.readable_ids())
    }

    pub fn is_staff(&self) -> bool {
        matches!(self.viewer, Viewer::Account { role, .. } if role >= domain::Role::Agent)
    }
}

pub fn sql_in<T: std::fmt::Display>(column: &str, ids: &[T]) -> String {
    if ids.is_empty() {
        "1 = 0".to_owned()
    } else {
        let list = ids.iter().map(T::to_string).collect::<Vec<_>>().join(", ");
        format!("{column} IN ({list})")
    }
}

/// The categories `viewer` may read. A sub-category is readable only when
/// its parent is too, so restricting a parent hides its children.
pub async fn access(db: &Db, viewer: Viewer) -> StoreResult<Access> {
    let cats = all(db).await?;
    let my_groups: Vec<GroupId> = match viewer {
        Viewer::Account { id, .. } => {
            on_db!(db, p => sqlx::query_scalar("SELECT group_id FROM group_members WHERE user_id = $1").bind(id).fetch_all(p).await)?
        }
        Viewer::Visitor => Vec::new(),
    };
    let own = |c: &Category| {
        place::can_read(viewer, c.visibility, c.group_ids.iter().any(|g| my_groups.contains(g)))
    };
    let readable: Vec<Category> = cats
        .iter()
        .filter(|c| own(c) && c.parent_id.is_none_or(|p| cats.iter().find(|x| x.id == p).is_some_and(own)))
        .cloned()
        .collect();
    Ok(Access { viewer, categories: readable })
}

/// What an admin fills in for a category (checked by `CategoryInput::check`).
pub use domain::place::CategoryInput;

fn admin_only(viewer: Viewer) -> StoreResult<()> {
    permissions::check(viewer, Action::ManageCommunity).map_err(StoreError::Denied)
}

async fn check_parent(tx: &mut Tx, id: Option<CategoryId>, parent_id: Option<CategoryId>) -> StoreResult<()> {
    let Some(parent) = parent_id else { return Ok(()) };
    if Some(parent) == id {
        return Err(StoreError::field("parent_id", ErrorCode::ParentInvalid));
    }
    let grand: Option<Option<CategoryId>> = on_tx!(tx, c => sqlx::query_scalar("SELECT parent_id FROM categories WHERE id = $1").bind(parent).fetch_optional(c).await)?;
    match grand {
        Some(None) => {}
        _ => return Err(StoreError::field("parent_id", ErrorCode::ParentInvalid)),
    }
    if let Some(id) = id {
        let children: i64 = on_tx!(tx, c => sqlx::query_scalar("SELECT COUNT(*) FROM categories WHERE parent_id = $1").bind(id).fetch_one(c).await)?;
        if children > 0 {
            return Err(StoreError::field("parent_id", ErrorCode::ParentHasChildren));
        }
    }
    Ok(())
}

async fn set_groups(tx: &mut Tx, id: CategoryId, v: Visibility, group_ids: &[GroupId]) -> StoreResult<()> {
    on_tx!(tx, c => sqlx::query("DELETE FROM category_groups WHERE category_id = $1").bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    if v != Visibility::Groups {
        return Ok(());
    }
    for g in group_ids {
        let res = on_tx!(tx, c => sqlx::query("INSERT INTO category_groups (category_id, group_id) VALUES ($1, $2) ON CONFLICT DO NOTHING").bind(id).bind(g).execute(c).await.map(|r| r.rows_affected()));
        match res {
            Ok(_) => {}
            Err(sqlx::Error::Database(e)) if e.is_foreign_key_violation() => {
                return Err(StoreError::field("groups", ErrorCode::GroupUnknown));
            }
            Err(e) => return Err(e.into()),
        }
    }
    Ok(())
}

fn slug_taken(e: sqlx::Error) -> StoreError {
    match e {
        sqlx::Error::Database(d) if d.is_unique_violation() => {
            StoreError::field("slug", ErrorCode::SlugTaken)
        }
        other => other.into(),
    }
}

/// Creates (`id` None) or updates a category. Admins only.
pub async fn save(
    db: &Db,
    viewer: Viewer,
    id: Option<CategoryId>,
    input: &CategoryInput,
    now: i64,
) -> StoreResult<CategoryId> {
    admin_only(viewer)?;
    let v = input.check().map_err(StoreError::Invalid)?;
    let post_types = v.post_types_text();
    let mut tx = db.begin().await?;
    check_parent(&mut tx, id, v.parent_id).await?;
    let id = match id {
        None => {
            let sql = "INSERT INTO categories (parent_id, name, slug, description, color, position, post_types, visibility, created_at)
                       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id";
            on_tx!(&mut tx, c => sqlx::query_scalar::<_, CategoryId>(sql)
                .bind(v.parent_id).bind(&v.name).bind(&v.slug).bind(&v.description).bind(&v.color)
                .bind(v.position).bind(&post_types).bind(v.visibility.as_str()).bind(now)
                .fetch_one(c).await)
            .map_err(slug_taken)?
        }
        Some(id) => {
            let sql =
                "UPDATE categories SET parent_id = $1, name = $2, slug = $3, description = $4, color = $5,
                       position = $6, post_types = $7, visibility = $8 WHERE id = $9 RETURNING id";
            on_tx!(&mut tx, c => sqlx::query_scalar::<_, CategoryId>(sql)
                .bind(v.parent_id).bind(&v.name).bind(&v.slug).bind(&v.description).bind(&v.color)
                .bind(v.position).bind(&post_types).bind(v.visibility.as_str()).bind(id)
                .fetch_optional(c).await)
            .map_err(slug_taken)?
            .ok_or(StoreError::NotFound)?
        }
    };
    set_groups(&mut tx, id, v.visibility, &v.group_ids).await?;
    tx.commit().await?;
    Ok(id)
}

/// Deletes an empty category (no posts, no sub-categories). Admins only.
pub async fn delete(db: &Db, viewer: Viewer, id: CategoryId) -> StoreResult<()> {
    admin_only(viewer)?;
    let mut tx = db.begin().await?;
    let used: i64 = on_tx!(&mut tx, c => sqlx::query_scalar(
        "SELECT (SELECT COUNT(*) FROM posts WHERE category_id = $1) + (SELECT COUNT(*) FROM categories WHERE parent_id = $1)")
        .bind(id).fetch_one(c).await)?;
    if used > 0 {
        return Err(StoreError::field("category", ErrorCode::CategoryNotEmpty));
    }
    let n = on_tx!(&mut tx, c => sqlx::query("DELETE FROM categories WHERE id = $1").bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    if n == 0 {
        return Err(StoreError::NotFound);
    }
    tx.commit().await
}

/// The category and its parent, for rules that look at both.
pub(crate) async fn with_parent(tx: &mut Tx, id: CategoryId) -> StoreResult<Vec<CategoryId>> {
    let parent: Option<Option<CategoryId>> = on_tx!(tx, c => sqlx::query_scalar("SELECT parent_id FROM categories WHERE id = $1")
        .bind(id).fetch_optional(c).await)?;
    Ok(std::iter::once(id).chain(parent.flatten()).collect())
}

/// Which of `users` may read category `id` (and its parent), decided with
/// the same rule as `access`, for many members at once.
pub(crate) async fn readers(tx: &mut Tx, id: CategoryId, users: &[UserId]) -> StoreResult<Vec<UserId>> {
    if users.is_empty() {
        return Ok(Vec::new());
    }
    let chain = with_parent(tx, id).await?;
    let mut places = Vec::new();
    for c in &chain {
        let visibility: String = on_tx!(&mut *tx, conn => sqlx::query_scalar("SELECT visibility FROM categories WHERE id = $1")
            .bind(c).fetch_one(conn).await)?;
        let sql = format!(
            "SELECT DISTINCT gm.user_id FROM group_members gm JOIN category_groups cg ON cg.group_id = gm.group_id
             WHERE cg.category_id = $1 AND {}",
            sql_in("gm.user_id", users)
        );
        let members: Vec<UserId> =
            on_tx!(&mut *tx, conn => sqlx::query_scalar(&sql).bind(c).fetch_all(conn).await)?;
        places.push((Visibility::parse(&visibility).unwrap_or(Visibility::Groups), members));
    }
    let sql = format!("SELECT id, role FROM users WHERE {}", sql_in("id", users));
    let roles: Vec<(UserId, String)> = on_tx!(&mut *tx, conn => sqlx::query_as(&sql).fetch_all(conn).await)?;
    Ok(roles
        .into_iter()
        .filter_map(|(user, role)| {
            let viewer = Viewer::Account { id: user, role: domain::Role::parse(&role).ok()? };
            places
                .iter()
                .all(|(v, members)| place::can_read(viewer, *v, members.contains(&user)))
                .then_some(user)
        })
        .collect())
}
