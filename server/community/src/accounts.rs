//! Account use cases: sign up, sign in (with the brute-force limits), session
//! lookup and sign out, password change, and the admin operations behind the
//! CLI and `/admin/members`.

use base64::Engine as _;
use domain::account::{session_expiry, SESSION_ABSOLUTE_MS};
use domain::id::UserId;
use domain::sign_in_limit::{self, Scope};
use domain::{Email, ErrorCode, FieldError, Password, Role, Username};
use rand::RngCore as _;
use sha2::{Digest as _, Sha256};

use crate::clock::now_ms;
use crate::db::Db;
use crate::error::{StoreError, StoreResult};
use crate::password::{self, PasswordHash};
pub use crate::store::users::User;
use crate::store::{rate_limits, sessions, sign_in_failures, users};

/// The longest a session can live (`domain::account::session_expiry`): the
/// cookie's own lifetime.
pub const SESSION_TTL_MS: i64 = SESSION_ABSOLUTE_MS;
/// Extending on every request would write on every page view.
const SESSION_EXTEND_AFTER_MS: i64 = 3600 * 1000;

/// The secret a browser holds in its cookie. Not `Serialize`; `Debug` redacts.
#[derive(Clone, PartialEq, Eq)]
pub struct SessionToken(String);

impl std::fmt::Debug for SessionToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SessionToken(<redacted>)")
    }
}

impl SessionToken {
    fn generate() -> Self {
        let mut bytes = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut bytes);
        Self(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes))
    }

    pub fn from_cookie(value: &str) -> Self {
        Self(value.to_owned())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn hash(&self) -> String {
        hex::encode(Sha256::digest(self.0.as_bytes()))
    }
}

/// Where a request comes from, recorded with sessions and failures.
#[derive(Clone, Debug, Default)]
pub struct ClientInfo {
    pub ip: String,
    pub user_agent: Option<String>,
}

impl ClientInfo {
    /// What the address is rate-limited under: the IPv4 address, or the
    /// IPv6 /64 (`domain::rate_limit::ip_subject`).
    pub fn limit_subject(&self) -> String {
        domain::rate_limit::ip_subject_text(&self.ip)
    }
}

pub struct SignUp<'a> {
    pub username: &'a str,
    pub email: &'a str,
    pub password: &'a str,
}

/// Validates every field (so the form can show all problems at once), then
/// creates the account as a member and opens a session.
pub async fn sign_up(db: &Db, input: SignUp<'_>, client: &ClientInfo) -> StoreResult<(User, SessionToken)> {
    sign_up_limited(db, input, client, domain::rate_limit::SIGN_UPS_PER_IP).await
}

/// `sign_up` with the operator's own allowance of new accounts per IP.
///
/// The allowance is reserved *before* the database says whether the name or
/// address is taken, and kept whatever happens next: otherwise "this email
/// is taken" could be asked without limit, listing members' addresses.
/// Only input refused on its form alone (no database look-up, nothing
/// learnt) costs nothing.
pub async fn sign_up_limited(
    db: &Db,
    input: SignUp<'_>,
    client: &ClientInfo,
    rule: domain::rate_limit::Rule,
) -> StoreResult<(User, SessionToken)> {
    let parsed = parse_new_account(&input);
    if parsed.0.is_ok() && parsed.1.is_ok() {
        let subject = client.limit_subject();
        if let Err(retry_after_ms) = rate_limits::reserve(db, "sign_up", &subject, rule, now_ms()).await? {
            tracing::warn!(ip = %subject, "sign-up refused: too many attempts from this address");
            return Err(StoreError::Limited {
                message: format!(
                    "Too many accounts were created from your network recently. Please try again in {}.",
                    domain::rate_limit::minutes(retry_after_ms)
                ),
                retry_after_ms,
            });
        }
    }
    let (username, email, password) = check_new_account(db, parsed).await?;
    let hash = password::hash(password.expose().to_owned()).await?;
    let new_user = users::NewUser {
        username: &username,
        email: &email,
        password_hash: &hash,
        role: Role::Member,
        now: now_ms(),
    };
    let user = users::insert(db, new_user).await?;
    let token = open_session(db, user.id, client).await?;
    tracing::info!(user_id = %user.id, username = %user.username, "account created");
    Ok((user, token))
}

type ParsedAccount = (Result<Username, FieldError>, Result<Email, FieldError>, Result<Password, FieldError>);

/// Every field checked on its own (so the form can show all problems at once).
fn parse_new_account(input: &SignUp<'_>) -> ParsedAccount {
    (
        Username::parse(input.username),
        Email::parse(input.email),
        Password::parse_new(input.password, Some(input.username)),
    )
}

/// The parsed fields, plus whether the name and address are free (looked up
/// only when both are well-formed).
async fn check_new_account(db: &Db, parsed: ParsedAccount) -> StoreResult<(Username, Email, Password)> {
    let (username, email, password) = parsed;
    let mut errors: Vec<FieldError> = Vec::new();
    if let (Ok(u), Ok(e)) = (&username, &email) {
        let (u_taken, e_taken) = users::taken(db, &u.key(), &e.key()).await?;
        if u_taken {
            errors.push(FieldError::new("username", domain::ErrorCode::UsernameTaken));
        }
        if e_taken {
            errors.push(FieldError::new("email", domain::ErrorCode::EmailTaken));
        }
    }
    match (username, email, password) {
        (Ok(u), Ok(e), Ok(p)) if errors.is_empty() => Ok((u, e, p)),
        (u, e, p) => {
            errors.extend(u.err());
            errors.extend(e.err());
            errors.extend(p.err());
            errors.sort_by_key(|e| ["username", "email", "password"].iter().position(|f| *f == e.field));
            Err(StoreError::Invalid(errors))
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SignInError {
    /// Deliberately the same for an unknown account and a wrong password.
    #[error("The username, email or password is not correct.")]
    BadCredentials,
    #[error("{}", sign_in_limit::scoped_message(*scope, *retry_after_ms))]
    TooManyAttempts { retry_after_ms: i64, scope: Scope },
    /// Only after the password matched: a suspension is no secret from its
    /// member, and saying it to anyone else would confirm the account.
    #[error("Your account is suspended until {}: {reason}", domain::moderation::date_text(*until))]
    Suspended { until: i64, reason: String },
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Signs in by username or email. Failures count against the account (by
/// its id, whichever login named it) and the client's network, under the
/// three limits of `domain::sign_in_limit`.
pub async fn sign_in(
    db: &Db,
    login: &str,
    password: &str,
    client: &ClientInfo,
) -> Result<(User, SessionToken), SignInError> {
    if login.trim().is_empty() || password.is_empty() || !sign_in_limit::within_bounds(login, password) {
        return Err(SignInError::BadCredentials);
    }
    let now = now_ms();
    let (user, hash) = match users::credentials(db, login).await? {
        Some((u, h)) => (Some(u), Some(h)),
        None => (None, None),
    };
    let key = sign_in_limit::account_key(user.as_ref().map(|u| u.id), login);
    let ip = client.limit_subject();
    let attempt = match count_attempt(db, &key, &ip, now).await? {
        Ok(attempt) => attempt,
        Err((scope, retry_after_ms)) => return Err(SignInError::TooManyAttempts { retry_after_ms, scope }),
    };
    let ok = check_password(db, attempt, password, hash).await?;
    match (ok, user) {
        (true, Some(user)) => {
            sign_in_failures::clear(db, &key, &ip).await?;
            if let (_, Some(s)) = crate::store::moderation::sanctions(db, user.id, now).await? {
                return Err(SignInError::Suspended { until: s.until, reason: s.reason });
            }
            let token = open_session(db, user.id, client).await?;
            users::touch_last_seen(db, user.id, now).await?;
            Ok((user, token))
        }
        _ => Err(SignInError::BadCredentials),
    }
}

/// Records a password attempt as failed until proven otherwise, and only
/// then counts the earlier failures, so concurrent guesses cannot all slip
/// under a limit between a check and a write. `Ok(Err((scope, ms)))`:
/// refused (and not counted, so the lock lifts on schedule).
async fn count_attempt(db: &Db, key: &str, ip: &str, now: i64) -> StoreResult<Result<i64, (Scope, i64)>> {
    let attempt = sign_in_failures::record(db, key, ip, now).await?;
    let recent = sign_in_failures::recent(db, key, ip, now - sign_in_limit::WINDOW_MS, attempt).await?;
    if let Some((scope, retry_after_ms)) = sign_in_limit::check(&recent, now) {
        sign_in_failures::delete(db, attempt).await?;
        tracing::warn!(ip = %ip, ?scope, "password attempt refused: too many failures");
        return Ok(Err((scope, retry_after_ms)));
    }
    Ok(Ok(attempt))
}

/// Verifies in the bounded pool. When the pool is too busy (503) no
/// password was checked, so the attempt does not count as a failure.
async fn check_password(
    db: &Db,
    attempt: i64,
    password: &str,
    hash: Option<PasswordHash>,
) -> StoreResult<bool> {
    match password::verify(password.to_owned(), hash).await {
        Ok(ok) => Ok(ok),
        Err(e) => {
            sign_in_failures::delete(db, attempt).await?;
            Err(e)
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ChangePasswordError {
    /// Field errors: `current_password` (missing or wrong), `new_password`
    /// (the rules for new passwords).
    #[error("invalid input")]
    Invalid(Vec<FieldError>),
    /// The current password is checked under the sign-in limits, or the
    /// form would be an unlimited oracle for a stolen session.
    #[error("{}", sign_in_limit::scoped_message(*scope, *retry_after_ms))]
    TooManyAttempts { retry_after_ms: i64, scope: Scope },
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Changes the password of the member signed in with `session`, once the
/// current one is confirmed, and signs out every *other* session of theirs
/// (whoever knew the old password). Returns how many were signed out.
pub async fn change_password(
    db: &Db,
    user_id: UserId,
    session: &SessionToken,
    current: &str,
    new: &str,
    client: &ClientInfo,
) -> Result<u64, ChangePasswordError> {
    let Some((user, stored)) = users::credentials_by_id(db, user_id).await? else {
        return Err(StoreError::NotFound.into());
    };
    let mut errors = Vec::new();
    if current.is_empty() {
        errors.push(FieldError::new("current_password", ErrorCode::Required));
    } else if !sign_in_limit::within_bounds("", current) {
        errors.push(FieldError::new("current_password", ErrorCode::PasswordIncorrect));
    } else {
        let key = sign_in_limit::account_key(Some(user.id), "");
        let ip = client.limit_subject();
        let attempt = match count_attempt(db, &key, &ip, now_ms()).await? {
            Ok(attempt) => attempt,
            Err((scope, retry_after_ms)) => {
                return Err(ChangePasswordError::TooManyAttempts { retry_after_ms, scope })
            }
        };
        if check_password(db, attempt, current, Some(stored)).await? {
            sign_in_failures::clear(db, &key, &ip).await?;
        } else {
            errors.push(FieldError::new("current_password", ErrorCode::PasswordIncorrect));
        }
    }
    let new_password = match Password::parse_new(new, Some(&user.username)) {
        Ok(p) if errors.is_empty() => p,
        other => {
            errors.extend(other.err().map(|e| FieldError::new("new_password", e.code)));
            return Err(ChangePasswordError::Invalid(errors));
        }
    };
    let hash = password::hash(new_password.expose().to_owned()).await?;
    let mut tx = db.begin().await?;
    if !users::set_password_hash(&mut tx, user.id, &hash).await? {
        return Err(StoreError::NotFound.into());
    }
    let ended = sessions::delete_others(&mut tx, user.id, &session.hash()).await?;
    tx.commit().await?;
    tracing::info!(user_id = %user.id, sessions_ended = ended, "password changed");
    Ok(ended)
}

async fn open_session(db: &Db, user_id: UserId, client: &ClientInfo) -> StoreResult<SessionToken> {
    let token = SessionToken::generate();
    let now = now_ms();
    let ua = client.user_agent.as_deref().map(|u| truncate(u, 256));
    sessions::insert(
        db,
        sessions::NewSession {
            token_hash: &token.hash(),
            user_id,
            now,
            expires_at: session_expiry(now, now),
            ip: Some(&client.ip),
            user_agent: ua,
        },
    )
    .await?;
    Ok(token)
}

fn truncate(s: &str, max: usize) -> &str {
    match s.char_indices().nth(max) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// The account behind a session cookie, if the session is live.
pub async fn session_user(db: &Db, token: &SessionToken) -> StoreResult<Option<User>> {
    let now = now_ms();
    let hash = token.hash();
    let Some((user, last_used, created_at)) = sessions::lookup(db, &hash, now).await? else {
        return Ok(None);
    };
    // A new day also counts, so a visit streak sees every day visited.
    let new_day = domain::reputation::day_of(now) != domain::reputation::day_of(last_used);
    if now - last_used > SESSION_EXTEND_AFTER_MS || new_day {
        sessions::extend(db, &hash, now, session_expiry(created_at, now)).await?;
        users::touch_last_seen(db, user.id, now).await?;
    }
    Ok(Some(user))
}

/// Revokes the session on the server; the cookie alone is then worthless.
pub async fn sign_out(db: &Db, token: &SessionToken) -> StoreResult<bool> {
    sessions::delete(db, &token.hash()).await
}

/// Creates an admin (CLI). Validation is the same as for sign-up.
pub async fn create_admin(db: &Db, username: &str, email: &str, password: &str) -> StoreResult<User> {
    let input = SignUp { username, email, password };
    let (username, email, password) = check_new_account(db, parse_new_account(&input)).await?;
    let hash = password::hash(password.expose().to_owned()).await?;
    users::insert(
        db,
        users::NewUser {
            username: &username,
            email: &email,
            password_hash: &hash,
            role: Role::Admin,
            now: now_ms(),
        },
    )
    .await
}

/// Changes a role (CLI and admin page). Permission is checked by the caller.
pub async fn set_role_by_username(db: &Db, username: &str, role: Role) -> StoreResult<User> {
    let user = users::by_username(db, username).await?.ok_or(StoreError::NotFound)?;
    users::set_role(db, user.id, role).await
}

/// Housekeeping run periodically by the server.
pub async fn purge_stale(db: &Db) -> StoreResult<(u64, u64)> {
    let now = now_ms();
    let s = sessions::purge_expired(db, now).await?;
    let f = sign_in_failures::purge_older_than(db, now - sign_in_limit::WINDOW_MS).await?;
    // No rule looks further back than a day.
    let r = rate_limits::purge_older_than(db, now - 24 * 3600 * 1000).await?;
    Ok((s, f + r))
}
