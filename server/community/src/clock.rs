/// Milliseconds since the Unix epoch. Times are passed into SQL from Rust so
/// both engines store the same value (no `now()` vs `datetime('now')`).
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}
