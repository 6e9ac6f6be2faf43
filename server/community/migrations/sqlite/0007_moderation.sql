-- Moderation: flags, posts held for review, sanctions, the audit log, claims
-- on desk items, escalations to support with their webhook deliveries, and
-- watched words. Times are Unix milliseconds.

-- Pinned and featured topics, a question closed as a duplicate of another,
-- one merged into another (its answers moved there), the agent a question is
-- assigned to, and posts held for review (by auto-moderation or a member's
-- first post): held posts are out of sight for everyone but their author and
-- staff until an agent approves them.
ALTER TABLE posts ADD COLUMN pinned_at BIGINT;
ALTER TABLE posts ADD COLUMN featured_at BIGINT;
ALTER TABLE posts ADD COLUMN duplicate_of BIGINT REFERENCES posts (id);
ALTER TABLE posts ADD COLUMN merged_into BIGINT REFERENCES posts (id);
ALTER TABLE posts ADD COLUMN assigned_to BIGINT REFERENCES users (id);
ALTER TABLE posts ADD COLUMN held_at BIGINT;
ALTER TABLE posts ADD COLUMN held_reason TEXT;
CREATE INDEX posts_held ON posts (held_at) WHERE held_at IS NOT NULL;
CREATE INDEX posts_assigned ON posts (assigned_to) WHERE assigned_to IS NOT NULL;

ALTER TABLE comments ADD COLUMN hidden_at BIGINT;
ALTER TABLE comments ADD COLUMN hidden_by BIGINT REFERENCES users (id);

-- How soon an unanswered question should get a first response.
ALTER TABLE categories ADD COLUMN response_hours BIGINT NOT NULL DEFAULT 24;

-- Sanctions, with the reason the member is shown; lifting sets them to NULL.
ALTER TABLE users ADD COLUMN silenced_until BIGINT;
ALTER TABLE users ADD COLUMN silenced_reason TEXT;
ALTER TABLE users ADD COLUMN suspended_until BIGINT;
ALTER TABLE users ADD COLUMN suspended_reason TEXT;

-- Free text of a notification that is not about a post's content (a
-- moderator's warning, a support reply).
ALTER TABLE notifications ADD COLUMN note TEXT;

-- One open flag per member per post or comment. user_id NULL: raised by
-- auto-moderation. weight 1 when the member was trusted (reputation at or
-- above the admin's threshold) at the time: trusted flags hide a post.
CREATE TABLE flags (
    id           INTEGER PRIMARY KEY,
    post_id      BIGINT  NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    comment_id   BIGINT  REFERENCES comments (id) ON DELETE CASCADE,
    user_id      BIGINT  REFERENCES users (id) ON DELETE SET NULL,
    reason       TEXT    NOT NULL,
    detail       TEXT    NOT NULL DEFAULT '',
    duplicate_of BIGINT,
    weight       BIGINT  NOT NULL DEFAULT 0,
    created_at   BIGINT  NOT NULL,
    resolved_at  BIGINT,
    resolved_by  BIGINT  REFERENCES users (id),
    outcome      TEXT
);
CREATE UNIQUE INDEX flags_once ON flags (post_id, COALESCE(comment_id, 0), user_id) WHERE resolved_at IS NULL;
CREATE INDEX flags_open ON flags (post_id) WHERE resolved_at IS NULL;

-- The audit log: every moderator action and every automatic one (actor_id
-- NULL), with its reason. Never updated, never deleted.
CREATE TABLE mod_log (
    id         INTEGER PRIMARY KEY,
    actor_id   BIGINT  REFERENCES users (id) ON DELETE SET NULL,
    action     TEXT    NOT NULL,
    member_id  BIGINT  REFERENCES users (id) ON DELETE SET NULL,
    topic_id   BIGINT,
    post_id    BIGINT,
    comment_id BIGINT,
    reason     TEXT    NOT NULL,
    detail     TEXT    NOT NULL DEFAULT '',
    created_at BIGINT  NOT NULL
);
CREATE INDEX mod_log_created ON mod_log (created_at);
CREATE INDEX mod_log_actor ON mod_log (actor_id, created_at);
CREATE INDEX mod_log_member ON mod_log (member_id, created_at);

-- "Claimed by Ana": one agent per desk item; the primary key settles races.
CREATE TABLE desk_claims (
    queue      TEXT    NOT NULL,
    item_id    BIGINT  NOT NULL,
    agent_id   BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    claimed_at BIGINT  NOT NULL,
    PRIMARY KEY (queue, item_id)
);

-- A private conversation between a question's asker and support, one per
-- question (reopened rather than duplicated).
CREATE TABLE escalations (
    id         INTEGER PRIMARY KEY,
    topic_id   BIGINT  NOT NULL UNIQUE REFERENCES posts (id) ON DELETE CASCADE,
    member_id  BIGINT  NOT NULL REFERENCES users (id),
    opened_by  BIGINT  NOT NULL REFERENCES users (id),
    status     TEXT    NOT NULL CHECK (status IN ('open', 'waiting', 'resolved')),
    created_at BIGINT  NOT NULL,
    updated_at BIGINT  NOT NULL
);
CREATE INDEX escalations_status ON escalations (status, updated_at);

CREATE TABLE escalation_messages (
    id            INTEGER PRIMARY KEY,
    escalation_id BIGINT  NOT NULL REFERENCES escalations (id) ON DELETE CASCADE,
    author_id     BIGINT  NOT NULL REFERENCES users (id),
    body_md       TEXT    NOT NULL,
    body_html     TEXT    NOT NULL,
    created_at    BIGINT  NOT NULL
);
CREATE INDEX escalation_messages_of ON escalation_messages (escalation_id, id);

-- Outgoing webhook deliveries (to a helpdesk): written in the transaction
-- of what they announce, then sent by whichever node claims them first,
-- retried with back-off until delivered or out of attempts.
CREATE TABLE webhook_deliveries (
    id              INTEGER PRIMARY KEY,
    event           TEXT    NOT NULL,
    escalation_id   BIGINT  REFERENCES escalations (id) ON DELETE SET NULL,
    url             TEXT    NOT NULL,
    payload         TEXT    NOT NULL,
    status          TEXT    NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts        BIGINT  NOT NULL DEFAULT 0,
    next_attempt_at BIGINT  NOT NULL,
    last_status     BIGINT,
    last_error      TEXT,
    created_at      BIGINT  NOT NULL,
    delivered_at    BIGINT
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_deliveries_created ON webhook_deliveries (created_at);

-- Admin-configured words matched as whole words in new posts.
CREATE TABLE watched_words (
    id         INTEGER PRIMARY KEY,
    word       TEXT    NOT NULL UNIQUE,
    action     TEXT    NOT NULL CHECK (action IN ('block', 'hold', 'flag')),
    created_at BIGINT  NOT NULL
);
