//! The write allowance of members and addresses.
use std::collections::BTreeMap;

use super::*;
use crate::error::AppError;
use crate::state::AppState;

/// Counts a write against the member's and their IP address's allowance
/// (`SiteConfig::write_limits`); over either, the write is refused with 429
/// and a message saying how long to wait, and the form keeps `echo`. Staff
/// are not limited: they clean up after floods.
pub async fn write_allowed(
    state: &AppState,
    viewer: domain::Viewer,
    echo: &BTreeMap<String, String>,
) -> Result<(), AppError> {
    let domain::Viewer::Account { id, role } = viewer else { return Ok(()) };
    if role >= domain::Role::Agent {
        return Ok(());
    }
    let limits = state.config.write_limits;
    let now = community::clock::now_ms();
    let checks = [
        ("write_member", id.to_string(), limits.per_member),
        ("write_ip", client_info().limit_subject(), limits.per_ip),
    ];
    for (bucket, subject, rule) in checks {
        match community::store::rate_limits::reserve(&state.db, bucket, &subject, rule, now).await {
            Ok(Ok(_)) => {}
            Ok(Err(retry_after_ms)) => {
                tracing::warn!(bucket, "write refused by a rate limit");
                return fail(AppError::TooManyRequests {
                    message: t!("limit-write", wait = wait_text(retry_after_ms)),
                    retry_after_secs: retry_after_secs(retry_after_ms),
                    echo: echo.clone(),
                });
            }
            Err(e) => return Err(e.into()),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn next_is_limited_to_local_paths() {
        assert_eq!(safe_next(Some("/admin/members?q=a")), "/admin/members?q=a");
        for bad in ["https://evil.example", "//evil.example", "/\\evil", "javascript:alert(1)", "/a b", "/é"]
        {
            assert_eq!(safe_next(Some(bad)), "/", "{bad}");
        }
        assert_eq!(safe_next(None), "/");
    }
}
