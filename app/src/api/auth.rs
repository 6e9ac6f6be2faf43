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
        Some(u) => community::store::notifications::unread(&state.db, u.id).await.map_err(ssr::internal)?,
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
        Err(SignInError::TooManyAttempts { retry_after_ms }) => ssr::fail(AppError::TooManyRequests {
            message: t!("limit-sign-in", wait = ssr::wait_text(retry_after_ms)),
            retry_after_secs: ssr::retry_after_secs(retry_after_ms),
            echo: typed,
        }),
        Err(SignInError::Suspended { until, reason }) => ssr::fail(AppError::Refused {
            message: t!(
                "api-sign-in-suspended",
                until = domain::moderation::date_text(until),
                reason = reason
            ),
            echo: typed,
        }),
        Err(SignInError::Store(e)) => ssr::fail(ssr::internal(e)),
    }
}

/// Revokes the session on the server, then forgets the cookie.
#[server(prefix = "/api", endpoint = "sign_out")]
pub async fn sign_out() -> Result<(), AppError> {
    use super::ssr;
    let state = ssr::state()?;
    if let Some(token) = ssr::session_token() {
        community::accounts::sign_out(&state.db, &token).await.map_err(ssr::internal)?;
    }
    ssr::clear_session_cookie(&state);
    leptos_axum::redirect("/");
    Ok(())
}
