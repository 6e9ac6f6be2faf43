-- Live events, following and notifications. Times are Unix milliseconds.

-- Every user-visible event, recorded in the transaction of the change it
-- describes, then fanned out to browsers by each node. A reconnecting
-- browser replays from here by id (Last-Event-ID). AUTOINCREMENT: ids are
-- never reused, even after old events are pruned.
-- user_id set: private to that member; else category_id says who may read it.
CREATE TABLE events (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        TEXT    NOT NULL,
    category_id BIGINT,
    topic_id    BIGINT,
    user_id     BIGINT,
    payload     TEXT    NOT NULL,
    created_at  BIGINT  NOT NULL
);
CREATE INDEX events_created ON events (created_at);

-- target_kind: topic, category or tag. level: every, answers, solved,
-- normal (unfollowed on purpose) or muted.
CREATE TABLE follows (
    user_id     BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    target_kind TEXT    NOT NULL,
    target_id   BIGINT  NOT NULL,
    level       TEXT    NOT NULL,
    created_at  BIGINT  NOT NULL,
    PRIMARY KEY (user_id, target_kind, target_id)
);
CREATE INDEX follows_target ON follows (target_kind, target_id);

-- One row per notification; upvotes on one post stay grouped in one unread
-- row whose voters are listed in notification_actors.
CREATE TABLE notifications (
    id          INTEGER PRIMARY KEY,
    user_id     BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL,
    topic_id    BIGINT  REFERENCES posts (id) ON DELETE CASCADE,
    post_id     BIGINT  REFERENCES posts (id) ON DELETE CASCADE,
    comment_id  BIGINT,
    actor_id    BIGINT  REFERENCES users (id) ON DELETE SET NULL,
    actor_count BIGINT  NOT NULL DEFAULT 1,
    badge       TEXT,
    created_at  BIGINT  NOT NULL,
    updated_at  BIGINT  NOT NULL,
    read_at     BIGINT
);
CREATE INDEX notifications_user ON notifications (user_id, updated_at);
CREATE INDEX notifications_unread ON notifications (user_id, kind, post_id) WHERE read_at IS NULL;

CREATE TABLE notification_actors (
    notification_id BIGINT  NOT NULL REFERENCES notifications (id) ON DELETE CASCADE,
    actor_id        BIGINT  NOT NULL,
    PRIMARY KEY (notification_id, actor_id)
);

-- Kinds a member switched off (all are on by default).
CREATE TABLE notification_mutes (
    user_id BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind    TEXT    NOT NULL,
    PRIMARY KEY (user_id, kind)
);
