-- Groups, categories, tags, posts (questions, discussions, answers),
-- revisions, comments and view counts. Times are Unix milliseconds.

-- Groups of members, e.g. "Moderators", that restricted categories admit.
CREATE TABLE groups (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    name_key    TEXT    NOT NULL UNIQUE,
    description TEXT    NOT NULL DEFAULT '',
    created_at  BIGINT  NOT NULL
);

CREATE TABLE group_members (
    group_id BIGINT  NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    user_id  BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    added_at BIGINT  NOT NULL,
    PRIMARY KEY (group_id, user_id)
);
CREATE INDEX group_members_user ON group_members (user_id);

-- post_types lists the topic kinds a category accepts ("question,discussion"),
-- as text so that later kinds (article, idea, event) need no migration.
-- Counters change in the transaction of the post that changes them.
CREATE TABLE categories (
    id               INTEGER PRIMARY KEY,
    parent_id        BIGINT  REFERENCES categories (id),
    name             TEXT    NOT NULL,
    slug             TEXT    NOT NULL UNIQUE,
    description      TEXT    NOT NULL DEFAULT '',
    color            TEXT    NOT NULL,
    position         BIGINT  NOT NULL DEFAULT 0,
    post_types       TEXT    NOT NULL,
    visibility       TEXT    NOT NULL CHECK (visibility IN ('public', 'members', 'groups')),
    topic_count      BIGINT  NOT NULL DEFAULT 0,
    post_count       BIGINT  NOT NULL DEFAULT 0,
    last_activity_at BIGINT,
    created_at       BIGINT  NOT NULL
);

CREATE TABLE category_groups (
    category_id BIGINT  NOT NULL REFERENCES categories (id) ON DELETE CASCADE,
    group_id    BIGINT  NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    PRIMARY KEY (category_id, group_id)
);

CREATE TABLE tag_groups (
    id       INTEGER PRIMARY KEY,
    name     TEXT    NOT NULL,
    name_key TEXT    NOT NULL UNIQUE,
    position BIGINT  NOT NULL DEFAULT 0
);

CREATE TABLE tags (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE,
    description TEXT    NOT NULL DEFAULT '',
    group_id    BIGINT  REFERENCES tag_groups (id) ON DELETE SET NULL,
    topic_count BIGINT  NOT NULL DEFAULT 0,
    created_at  BIGINT  NOT NULL
);

-- Community-wide settings an admin changes (e.g. members_create_tags).
CREATE TABLE settings (
    key   TEXT    PRIMARY KEY,
    value TEXT    NOT NULL
);

-- Every post in one table: topics (question, discussion; topic_id NULL) and
-- answers (topic_id = their question). Votes, comments, revisions, flags and
-- translations then all point at "a post". Topic-only columns stay NULL/0 on
-- answers. request_key makes a retried or double-clicked submission return
-- the post it already created.
CREATE TABLE posts (
    id                 INTEGER PRIMARY KEY,
    kind               TEXT    NOT NULL,
    topic_id           BIGINT  REFERENCES posts (id),
    category_id        BIGINT  REFERENCES categories (id),
    author_id          BIGINT  NOT NULL REFERENCES users (id),
    title              TEXT,
    slug               TEXT,
    body_md            TEXT    NOT NULL,
    body_html          TEXT    NOT NULL,
    excerpt            TEXT    NOT NULL DEFAULT '',
    revision           BIGINT  NOT NULL DEFAULT 1,
    created_at         BIGINT  NOT NULL,
    edited_at          BIGINT,
    edited_by          BIGINT  REFERENCES users (id),
    last_activity_at   BIGINT  NOT NULL,
    answer_count       BIGINT  NOT NULL DEFAULT 0,
    comment_count      BIGINT  NOT NULL DEFAULT 0,
    view_count         BIGINT  NOT NULL DEFAULT 0,
    score              BIGINT  NOT NULL DEFAULT 0,
    accepted_answer_id BIGINT,
    locked_at          BIGINT,
    deleted_at         BIGINT,
    deleted_by         BIGINT  REFERENCES users (id),
    request_key        TEXT,
    UNIQUE (author_id, request_key)
);
CREATE INDEX posts_answers ON posts (topic_id, created_at);
CREATE INDEX posts_topics_active ON posts (last_activity_at, id) WHERE topic_id IS NULL;
CREATE INDEX posts_topics_newest ON posts (created_at, id) WHERE topic_id IS NULL;
CREATE INDEX posts_topics_category ON posts (category_id, last_activity_at, id) WHERE topic_id IS NULL;
CREATE INDEX posts_author ON posts (author_id, created_at);

CREATE TABLE post_tags (
    post_id BIGINT  NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    tag_id  BIGINT  NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (post_id, tag_id)
);
CREATE INDEX post_tags_tag ON post_tags (tag_id, post_id);

-- Every version of a post, the first included; tags as a space-separated
-- snapshot of names, so history survives tag renames and merges.
CREATE TABLE revisions (
    id          INTEGER PRIMARY KEY,
    post_id     BIGINT  NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    number      BIGINT  NOT NULL,
    author_id   BIGINT  NOT NULL REFERENCES users (id),
    created_at  BIGINT  NOT NULL,
    reason      TEXT,
    title       TEXT,
    body_md     TEXT    NOT NULL,
    tags        TEXT,
    rollback_of BIGINT,
    UNIQUE (post_id, number)
);

CREATE TABLE comments (
    id          INTEGER PRIMARY KEY,
    post_id     BIGINT  NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    author_id   BIGINT  NOT NULL REFERENCES users (id),
    body_md     TEXT    NOT NULL,
    body_html   TEXT    NOT NULL,
    created_at  BIGINT  NOT NULL,
    edited_at   BIGINT,
    deleted_at  BIGINT,
    deleted_by  BIGINT  REFERENCES users (id),
    request_key TEXT,
    UNIQUE (author_id, request_key)
);
CREATE INDEX comments_post ON comments (post_id, created_at);

-- One row per visitor per topic per hour: a view counts once an hour.
CREATE TABLE post_views (
    post_id BIGINT  NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    visitor TEXT    NOT NULL,
    hour    BIGINT  NOT NULL,
    PRIMARY KEY (post_id, visitor, hour)
);
CREATE INDEX post_views_hour ON post_views (hour);
