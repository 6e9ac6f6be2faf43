use leptos::prelude::*;

use super::SiteSession;
#[cfg(feature = "ssr")]
use crate::error::echo;
use crate::error::AppError;

/// The community's name and who is signed in; every page's header needs it.
#[server(prefix = "/api", endpoint = "session")]
pub async fn get_session() -> Result<SiteSession, AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let live_cursor = state.live.cursor();
    let user = ssr::current_user().await?;
    let unread = match &user {
        Some(u) => community::store::notifications::unread(&state.db, u.id).await?,
        None => 0,
    };
    Ok(SiteSession {
        community_name: state.config.community_name.clone(),
        base_url: ssr::base_url(),
        user,
        unread,
        live_cursor,
    })
}

#[server(prefix = "/api", endpoint = "sign_up")]
pub async fn sign_up(
    username: String,
    email: String,
    password: String,
    next: Option<String>,
) -> Result<(), AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let typed = echo([("username", username.as_str()), ("email", email.as_str())]);
    let input = community::accounts::SignUp { username: &username, email: &email, password: &password };
    match community::accounts::sign_up_limited(
        &state.db,
        input,
        &ssr::client_info(),
        state.config.write_limits.sign_ups_per_ip,
    )
    .await
    {
        Ok((_user, token)) => {
            ssr::set_session_cookie(&state, &token);
            leptos_axum::redirect(&ssr::safe_next(next.as_deref()));
            Ok(())
        }
        Err(community::StoreError::Limited { retry_after_ms, .. }) => ssr::fail(AppError::TooManyRequests {
            message: t!("limit-sign-up", wait = ssr::wait_text(retry_after_ms)),
            retry_after_secs: ssr::retry_after_secs(retry_after_ms),
            echo: typed,
        }),
        Err(e) => ssr::fail(ssr::store_error(e, typed)),
    }
}

#[server(prefix = "/api", endpoint = "sign_in")]
pub async fn sign_in(login: String, password: String, next: Option<String>) -> Result<(), AppError> {
    use super::ssr;
    use community::accounts::SignInError;
    let state = ssr::state()?;
    let mut typed = echo([("login", login.as_str())]);
    if let Some(n) = &next {
        typed.insert("next".into(), n.clone());
    }
    match community::accounts::sign_in(&state.db, &login, &password, &ssr::client_info()).await {
        Ok((_user, token)) => {
            ssr::set_session_cookie(&state, &token);
            leptos_axum::redirect(&ssr::safe_next(next.as_deref()));
            Ok(())
        }
        Err(SignInError::BadCredentials) => {
            ssr::fail(AppError::Refused { message: t!("api-sign-in-bad-credentials"), echo: typed })
        }
        Err(SignInError::TooManyAttempts { retry_after_ms, scope }) => {
            ssr::fail(too_many_attempts(scope, retry_after_ms, typed))
        }
        Err(SignInError::Suspended { until, reason }) => ssr::fail(AppError::Refused {
            message: t!(
                "api-sign-in-suspended",
                until = domain::moderation::date_text(until),
                reason = reason
            ),
            echo: typed,
        }),
        // A full password pool is a 503 with Retry-After, not a failure.
        Err(SignInError::Store(e)) => ssr::fail(ssr::store_error(e, typed)),
    }
}

/// The 429 for too many failed password attempts, worded for the limit
/// that refused.
#[cfg(feature = "ssr")]
fn too_many_attempts(
    scope: domain::sign_in_limit::Scope,
    retry_after_ms: i64,
    echo: std::collections::BTreeMap<String, String>,
) -> AppError {
    use super::ssr;
    let wait = ssr::wait_text(retry_after_ms);
    let message = match scope {
        domain::sign_in_limit::Scope::Account => t!("limit-sign-in", wait = wait),
        domain::sign_in_limit::Scope::Network => t!("limit-sign-in-network", wait = wait),
    };
    AppError::TooManyRequests { message, retry_after_secs: ssr::retry_after_secs(retry_after_ms), echo }
}

/// Changes the signed-in member's password (`/settings/account`). The
/// current password is checked under the sign-in limits; every other session
/// of the member is signed out, this one stays.
#[server(prefix = "/api", endpoint = "change_password")]
pub async fn change_password(current_password: String, new_password: String) -> Result<(), AppError> {
    use super::ssr;
    use community::accounts::ChangePasswordError;
    let state = ssr::state()?;
    let (Some(user), Some(token)) = (ssr::current_user().await?, ssr::session_token()) else {
        return ssr::fail(AppError::NotSignedIn);
    };
    // Passwords are never echoed back into a form.
    let typed = Default::default();
    match community::accounts::change_password(
        &state.db,
        user.id,
        &token,
        &current_password,
        &new_password,
        &ssr::client_info(),
    )
    .await
    {
        Ok(_) => {
            ssr::redirect("/settings/account?changed=1");
            Ok(())
        }
        Err(ChangePasswordError::Invalid(fields)) => ssr::fail(AppError::invalid(fields, typed)),
        Err(ChangePasswordError::TooManyAttempts { retry_after_ms, scope }) => {
            ssr::fail(too_many_attempts(scope, retry_after_ms, typed))
        }
        Err(ChangePasswordError::Store(e)) => ssr::fail(ssr::store_error(e, typed)),
    }
}

/// Revokes the session on the server, then forgets the cookie.
#[server(prefix = "/api", endpoint = "sign_out")]
pub async fn sign_out() -> Result<(), AppError> {
    use super::ssr;
    let state = ssr::state()?;
    // Both cookie names: a plain cookie left from before secure cookies
    // were turned on must not keep the member signed in.
    for token in ssr::session_tokens() {
        community::accounts::sign_out(&state.db, &token).await?;
    }
    ssr::clear_session_cookie(&state);
    leptos_axum::redirect("/");
    Ok(())
}
