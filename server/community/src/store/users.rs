use domain::id::Timestamp;
use domain::id::UserId;
use domain::{ErrorCode, FieldError, Role};

use crate::db::Db;
use crate::error::{StoreError, StoreResult};
use crate::password::PasswordHash;
use crate::{on_db, on_tx};

/// An account as the rest of the application sees it (no password hash).
pub type User = domain::Member;

#[derive(sqlx::FromRow)]
pub(crate) struct UserRow {
    id: UserId,
    username: String,
    email: String,
    role: String,
    created_at: Timestamp,
    last_seen_at: Option<Timestamp>,
    reputation: i64,
    avatar_version: Option<i64>,
    ui_language: String,
    languages: String,
    auto_translate: i64,
}

impl TryFrom<UserRow> for User {
    type Error = StoreError;
    fn try_from(r: UserRow) -> StoreResult<User> {
        let role = Role::parse(&r.role)
            .map_err(|_| StoreError::Internal(format!("user {} has unknown role {:?}", r.id, r.role)))?;
        Ok(User {
            id: r.id,
            username: r.username,
            email: r.email,
            role,
            created_at: r.created_at,
            last_seen_at: r.last_seen_at,
            reputation: r.reputation,
            avatar_version: r.avatar_version,
            ui_language: r.ui_language,
            reads: r.languages.split(',').filter(|l| !l.is_empty()).map(str::to_owned).collect(),
            auto_translate: r.auto_translate != 0,
        })
    }
}

pub(crate) const USER_COLUMNS: &str =
    "id, username, email, role, created_at, last_seen_at, reputation, avatar_version, ui_language, languages, auto_translate";

pub struct NewUser<'a> {
    pub username: &'a domain::Username,
    pub email: &'a domain::Email,
    pub password_hash: &'a PasswordHash,
    pub role: Role,
    pub now: i64,
}

/// Inserts an account. The UNIQUE constraints decide races between two
/// sign-ups for the same name: the loser gets a field error, not a 500.
pub async fn insert(db: &Db, u: NewUser<'_>) -> StoreResult<User> {
    let sql = format!(
        "INSERT INTO users (username, username_key, email, email_key, password_hash, role, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING {USER_COLUMNS}"
    );
    // Writes with RETURNING run in an explicit transaction, so the commit has
    // certainly happened before the write is acknowledged, whatever the
    // driver does with a statement stopped after its first row (see
    // launchbadge/sqlx#3430 for SQLite autocommit and RETURNING).
    let mut tx = db.begin().await?;
    let res = on_tx!(&mut tx, c => sqlx::query_as::<_, UserRow>(&sql)
        .bind(u.username.as_str())
        .bind(u.username.key())
        .bind(u.email.as_str())
        .bind(u.email.key())
        .bind(u.password_hash.as_phc())
        .bind(u.role.as_str())
        .bind(u.now)
        .fetch_one(c)
        .await);
    match res {
        Ok(row) => {
            tx.commit().await?;
            row.try_into()
        }
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            // Both engines name the column or constraint in the message.
            let field = if e.message().contains("email_key") {
                FieldError::new("email", ErrorCode::EmailTaken)
            } else {
                FieldError::new("username", ErrorCode::UsernameTaken)
            };
            Err(StoreError::invalid(field))
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn by_id(db: &Db, id: UserId) -> StoreResult<Option<User>> {
    let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1");
    let row = on_db!(db, p => sqlx::query_as::<_, UserRow>(&sql).bind(id).fetch_optional(p).await)?;
    row.map(User::try_from).transpose()
}

pub async fn by_username(db: &Db, username: &str) -> StoreResult<Option<User>> {
    // A name longer than any username (a link, a crafted request) names
    // nobody: not found, without a query.
    let Ok(key) = domain::account::username_key("username", username) else { return Ok(None) };
    let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE username_key = $1");
    let row = on_db!(db, p => sqlx::query_as::<_, UserRow>(&sql).bind(&key).fetch_optional(p).await)?;
    row.map(User::try_from).transpose()
}

/// Which of the two unique keys are already used, for friendly errors before
/// the (authoritative) insert.
pub async fn taken(db: &Db, username_key: &str, email_key: &str) -> StoreResult<(bool, bool)> {
    let sql = "SELECT
        COALESCE(SUM(CASE WHEN username_key = $1 THEN 1 ELSE 0 END), 0) AS u,
        COALESCE(SUM(CASE WHEN email_key = $2 THEN 1 ELSE 0 END), 0) AS e
        FROM users WHERE username_key = $1 OR email_key = $2";
    let (u, e): (i64, i64) =
        on_db!(db, p => sqlx::query_as(sql).bind(username_key).bind(email_key).fetch_one(p).await)?;
    Ok((u > 0, e > 0))
}

/// Finds an account by username or email (case-insensitive) with its hash.
pub async fn credentials(db: &Db, login: &str) -> StoreResult<Option<(User, PasswordHash)>> {
    #[derive(sqlx::FromRow)]
    struct Row {
        #[sqlx(flatten)]
        user: UserRow,
        password_hash: String,
    }
    let sql =
        format!("SELECT {USER_COLUMNS}, password_hash FROM users WHERE username_key = $1 OR email_key = $1");
    let key = login.trim().to_lowercase();
    let row = on_db!(db, p => sqlx::query_as::<_, Row>(&sql).bind(&key).fetch_optional(p).await)?;
    match row {
        Some(r) => Ok(Some((r.user.try_into()?, PasswordHash::from_stored(r.password_hash)))),
        None => Ok(None),
    }
}

/// The account `id` and its password hash (to confirm a password change).
pub async fn credentials_by_id(db: &Db, id: UserId) -> StoreResult<Option<(User, PasswordHash)>> {
    #[derive(sqlx::FromRow)]
    struct Row {
        #[sqlx(flatten)]
        user: UserRow,
        password_hash: String,
    }
    let sql = format!("SELECT {USER_COLUMNS}, password_hash FROM users WHERE id = $1");
    let row = on_db!(db, p => sqlx::query_as::<_, Row>(&sql).bind(id).fetch_optional(p).await)?;
    match row {
        Some(r) => Ok(Some((r.user.try_into()?, PasswordHash::from_stored(r.password_hash)))),
        None => Ok(None),
    }
}

/// Stores a new password hash; false when the account is gone.
pub async fn set_password_hash(tx: &mut crate::db::Tx, id: UserId, hash: &PasswordHash) -> StoreResult<bool> {
    let r = on_tx!(tx, c => sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
        .bind(hash.as_phc()).bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(r > 0)
}

pub async fn set_role(db: &Db, id: UserId, role: Role) -> StoreResult<User> {
    let sql = format!("UPDATE users SET role = $1 WHERE id = $2 RETURNING {USER_COLUMNS}");
    let mut tx = db.begin().await?;
    let row = on_tx!(&mut tx, c => sqlx::query_as::<_, UserRow>(&sql).bind(role.as_str()).bind(id).fetch_optional(c).await)?;
    tx.commit().await?;
    row.ok_or(StoreError::NotFound)?.try_into()
}

/// Records that the member was here now: last seen, and today's visit for
/// the streak badge.
pub async fn touch_last_seen(db: &Db, id: UserId, now: i64) -> StoreResult<()> {
    on_db!(db, p => sqlx::query("UPDATE users SET last_seen_at = $1 WHERE id = $2").bind(now).bind(id).execute(p).await.map(|r| r.rows_affected()))?;
    crate::store::badges::record_visit(db, id, now).await
}

/// One page of the member list, ordered by username, after `after` (the
/// last username key of the previous page).
pub struct MemberPage {
    pub members: Vec<User>,
    pub next_after: Option<String>,
    pub total: i64,
}

pub async fn list(db: &Db, filter: Option<&str>, after: Option<&str>, limit: i64) -> StoreResult<MemberPage> {
    // Both are refused when longer than anything they could match: the
    // filter than an email address, the cursor than a username.
    let filter = domain::account::parse_member_filter(filter.unwrap_or("")).map_err(StoreError::invalid)?;
    let after = domain::account::username_key("after", after.unwrap_or("")).map_err(StoreError::invalid)?;
    let pattern = if filter.is_empty() {
        "%".to_owned()
    } else {
        // LIKE wildcards typed by the admin are matched literally.
        format!("%{}%", filter.to_lowercase().replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"))
    };
    let sql = format!(
        "SELECT {USER_COLUMNS} FROM users
         WHERE (username_key LIKE $1 ESCAPE '\\' OR email_key LIKE $1 ESCAPE '\\') AND username_key > $2
         ORDER BY username_key LIMIT $3"
    );
    let count_sql =
        "SELECT COUNT(*) FROM users WHERE username_key LIKE $1 ESCAPE '\\' OR email_key LIKE $1 ESCAPE '\\'";
    let rows = on_db!(db, p => sqlx::query_as::<_, UserRow>(&sql).bind(&pattern).bind(&after).bind(limit + 1).fetch_all(p).await)?;
    let total: i64 = on_db!(db, p => sqlx::query_scalar(count_sql).bind(&pattern).fetch_one(p).await)?;
    let mut members = rows.into_iter().map(User::try_from).collect::<StoreResult<Vec<_>>>()?;
    let next_after = if members.len() as i64 > limit {
        members.truncate(limit as usize);
        members.last().map(|u| u.username.to_lowercase())
    } else {
        None
    };
    Ok(MemberPage { members, next_after, total })
}

pub async fn count(db: &Db) -> StoreResult<i64> {
    Ok(on_db!(db, p => sqlx::query_scalar("SELECT COUNT(*) FROM users").fetch_one(p).await)?)
}

/// Accounts with one of the given roles, oldest first (the support team).
pub async fn with_role(db: &Db, role: Role, limit: i64) -> StoreResult<Vec<User>> {
    let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE role = $1 ORDER BY id LIMIT $2");
    let rows = on_db!(db, p => sqlx::query_as::<_, UserRow>(&sql).bind(role.as_str()).bind(limit).fetch_all(p).await)?;
    rows.into_iter().map(User::try_from).collect()
}

/// Saves the member's interface language (a locale code, or empty for "from
/// the browser") and whether posts are translated for them automatically.
pub async fn set_language_settings(
    db: &Db,
    id: UserId,
    ui_language: &str,
    auto_translate: bool,
) -> StoreResult<()> {
    on_db!(db, p => sqlx::query("UPDATE users SET ui_language = $1, auto_translate = $2 WHERE id = $3")
        .bind(ui_language).bind(i64::from(auto_translate)).bind(id).execute(p).await.map(|_| ()))?;
    Ok(())
}

/// Saves only the interface language (the header's language switcher).
pub async fn set_ui_language(db: &Db, id: UserId, ui_language: &str) -> StoreResult<()> {
    on_db!(db, p => sqlx::query("UPDATE users SET ui_language = $1 WHERE id = $2")
        .bind(ui_language).bind(id).execute(p).await.map(|_| ()))?;
    Ok(())
}

/// Sets the languages a member reads (comma-separated codes), as the demo
/// seeds them; members change theirs in their profile.
pub async fn set_reads(db: &Db, id: UserId, languages: &str) -> StoreResult<()> {
    on_db!(db, p => sqlx::query("UPDATE users SET languages = $1 WHERE id = $2")
        .bind(languages).bind(id).execute(p).await.map(|_| ()))?;
    Ok(())
}
