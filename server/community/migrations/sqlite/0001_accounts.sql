-- Accounts, sessions and sign-in failures. Times are Unix milliseconds.
CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    username      TEXT    NOT NULL,
    username_key  TEXT    NOT NULL UNIQUE,
    email         TEXT    NOT NULL,
    email_key     TEXT    NOT NULL UNIQUE,
    password_hash TEXT    NOT NULL,
    role          TEXT    NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'agent', 'admin')),
    created_at    BIGINT  NOT NULL,
    last_seen_at  BIGINT
);
CREATE INDEX users_created_at ON users (created_at, id);

CREATE TABLE sessions (
    token_hash   TEXT    PRIMARY KEY,
    user_id      BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at   BIGINT  NOT NULL,
    last_used_at BIGINT  NOT NULL,
    expires_at   BIGINT  NOT NULL,
    ip           TEXT,
    user_agent   TEXT
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expires ON sessions (expires_at);

CREATE TABLE sign_in_failures (
    id          INTEGER PRIMARY KEY,
    attempt_key TEXT    NOT NULL,
    ip          TEXT    NOT NULL,
    at          BIGINT  NOT NULL
);
CREATE INDEX sign_in_failures_key ON sign_in_failures (attempt_key, ip, at);
