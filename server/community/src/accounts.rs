//! Account use cases: sign up, sign in (with the brute-force limit), session
//! lookup and sign out, and the admin operations behind the CLI and
//! `/admin/members`.

use base64::Engine as _;
use domain::{sign_in_limit, Email, FieldError, Password, Role, Username};
use rand::RngCore as _;
use sha2::{Digest as _, Sha256};

use crate::clock::now_ms;
use crate::db::Db;
use crate::error::{StoreError, StoreResult};
use crate::password;
pub use crate::store::users::User;
use crate::store::{rate_limits, sessions, sign_in_failures, users};

/// Sessions last 30 days and slide forward while used.
pub const SESSION_TTL_MS: i64 = 30 * 24 * 3600 * 1000;
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
pub async fn sign_up_limited(
    db: &Db,
    input: SignUp<'_>,
    client: &ClientInfo,
    rule: domain::rate_limit::Rule,
) -> StoreResult<(User, SessionToken)> {
    let (username, email, password) = validate_new_account(db, &input).await?;
    let reservation = match rate_limits::reserve(db, "sign_up", &client.ip, rule, now_ms()).await? {
        Ok(r) => r,
        Err(retry_after_ms) => {
            tracing::warn!(ip = %client.ip, "sign-up refused: too many new accounts from this address");
            return Err(StoreError::Limited {
                message: format!(
                    "Too many accounts were created from your network recently. Please try again in {}.",
                    domain::rate_limit::minutes(retry_after_ms)
                ),
                retry_after_ms,
            });
        }
    };
    let hash = password::hash(password.expose().to_owned()).await?;
    let new_user = users::NewUser {
        username: &username,
        email: &email,
        password_hash: &hash,
        role: Role::Member,
        now: now_ms(),
    };
    let user = match users::insert(db, new_user).await {
        Ok(user) => user,
        // A lost race for the name is not a new account: give the allowance back.
        Err(e) => {
            rate_limits::withdraw(db, reservation).await?;
            return Err(e);
        }
    };
    let token = open_session(db, user.id, client).await?;
    tracing::info!(user_id = user.id, username = %user.username, "account created");
    Ok((user, token))
}

async fn validate_new_account(db: &Db, input: &SignUp<'_>) -> StoreResult<(Username, Email, Password)> {
    let username = Username::parse(input.username);
    let email = Email::parse(input.email);
    let password = Password::parse_new(input.password, Some(input.username));
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
    #[error("{}", sign_in_limit::retry_message(*retry_after_ms))]
    TooManyAttempts { retry_after_ms: i64 },
    /// Only after the password matched: a suspension is no secret from its
    /// member, and saying it to anyone else would confirm the account.
    #[error("Your account is suspended until {}: {reason}", domain::moderation::date_text(*until))]
    Suspended { until: i64, reason: String },
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Signs in by username or email. Every attempt is first recorded as a
/// failure; only then are earlier failures counted, so concurrent guesses
/// cannot all slip under the limit between a check and a write.
pub async fn sign_in(
    db: &Db,
    login: &str,
    password: &str,
    client: &ClientInfo,
) -> Result<(User, SessionToken), SignInError> {
    if login.trim().is_empty() || password.is_empty() {
        return Err(SignInError::BadCredentials);
    }
    let key = sign_in_limit::attempt_key(login);
    let now = now_ms();
    let attempt = sign_in_failures::record(db, &key, &client.ip, now).await?;
    let earlier =
        sign_in_failures::recent(db, &key, &client.ip, now - sign_in_limit::WINDOW_MS, attempt).await?;
    if let Some(retry_after_ms) = sign_in_limit::retry_after_ms(&earlier, now) {
        // A refused attempt does not count: the lock lifts on schedule.
        sign_in_failures::delete(db, attempt).await?;
        tracing::warn!(ip = %client.ip, "sign-in refused: too many failures");
        return Err(SignInError::TooManyAttempts { retry_after_ms });
    }
    let found = users::credentials(db, login).await?;
    let (user, hash) = match found {
        Some((u, h)) => (Some(u), Some(h)),
        None => (None, None),
    };
    let ok = password::verify(password.to_owned(), hash).await?;
    match (ok, user) {
        (true, Some(user)) => {
            sign_in_failures::clear(db, &key, &client.ip).await?;
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

async fn open_session(db: &Db, user_id: i64, client: &ClientInfo) -> StoreResult<SessionToken> {
    let token = SessionToken::generate();
    let now = now_ms();
    let ua = client.user_agent.as_deref().map(|u| truncate(u, 256));
    sessions::insert(
        db,
        sessions::NewSession {
            token_hash: &token.hash(),
            user_id,
            now,
            expires_at: now + SESSION_TTL_MS,
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
    let Some((user, last_used)) = sessions::lookup(db, &hash, now).await? else {
        return Ok(None);
    };
    // A new day also counts, so a visit streak sees every day visited.
    let new_day = domain::reputation::day_of(now) != domain::reputation::day_of(last_used);
    if now - last_used > SESSION_EXTEND_AFTER_MS || new_day {
        sessions::extend(db, &hash, now, now + SESSION_TTL_MS).await?;
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
    let (username, email, password) = validate_new_account(db, &SignUp { username, email, password }).await?;
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
