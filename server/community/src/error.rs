use domain::FieldError;

/// What can go wrong in the storage layer. `Db` is an internal cause: it is
/// logged by the caller and shown to the user only as a generic failure.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Db(#[from] sqlx::Error),
    #[error("migration error: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("invalid input")]
    Invalid(Vec<FieldError>),
    #[error("not found")]
    NotFound,
    /// A rate limit refused the action; retry after this many milliseconds.
    #[error("{message}")]
    Limited { message: String, retry_after_ms: i64 },
    /// The viewer may not do this (or, for reads, may not know it exists:
    /// callers answer those with `NotFound` instead).
    #[error("{0}")]
    Denied(domain::permissions::Denied),
    /// A bounded pool of CPU-heavy work is full: shed, don't queue (the
    /// server answers 503 with `Retry-After`).
    #[error("busy: {0}")]
    Busy(&'static str),
    #[error("internal error: {0}")]
    Internal(String),
}

impl StoreError {
    pub fn field(field: &str, code: domain::ErrorCode) -> Self {
        Self::Invalid(vec![FieldError::new(field, code)])
    }

    pub fn invalid(e: FieldError) -> Self {
        Self::Invalid(vec![e])
    }

    /// True when the database refused a write because of a UNIQUE constraint.
    pub fn is_unique_violation(&self) -> bool {
        matches!(self, StoreError::Db(sqlx::Error::Database(e)) if e.is_unique_violation())
    }
}

pub type StoreResult<T> = Result<T, StoreError>;
