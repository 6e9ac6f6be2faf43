-- Votes, accepted and verified answers, the reputation ledger, badges,
-- visit days (for streaks) and member profiles. Times are Unix milliseconds.

-- One vote per member per post, enforced here; posts.score changes in the
-- same transaction as the row.
CREATE TABLE votes (
    post_id    BIGINT  NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    voter_id   BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    value      BIGINT  NOT NULL CHECK (value IN (-1, 1)),
    created_at BIGINT  NOT NULL,
    PRIMARY KEY (post_id, voter_id)
);
CREATE INDEX votes_voter ON votes (voter_id, created_at);

-- On a topic: who accepted its accepted_answer_id, and when.
ALTER TABLE posts ADD COLUMN accepted_by BIGINT REFERENCES users (id);
ALTER TABLE posts ADD COLUMN accepted_at BIGINT;
-- On an answer: "Verified by support".
ALTER TABLE posts ADD COLUMN verified_by BIGINT REFERENCES users (id);
ALTER TABLE posts ADD COLUMN verified_at BIGINT;

-- The reputation ledger: one row per event, never updated. A withdrawn vote
-- or acceptance adds a reversal row with the same source, so the points of
-- a source sum to zero once it is undone. users.reputation is the running
-- total, changed in the same transaction as the rows (and recomputable).
CREATE TABLE reputation_events (
    id         INTEGER PRIMARY KEY,
    user_id    BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    reason     TEXT    NOT NULL,
    points     BIGINT  NOT NULL,
    source     TEXT    NOT NULL,
    post_id    BIGINT  REFERENCES posts (id) ON DELETE SET NULL,
    actor_id   BIGINT  REFERENCES users (id) ON DELETE SET NULL,
    capped     BIGINT  NOT NULL DEFAULT 0,
    day        BIGINT  NOT NULL,
    created_at BIGINT  NOT NULL
);
CREATE INDEX reputation_events_user ON reputation_events (user_id, created_at);
CREATE INDEX reputation_events_source ON reputation_events (source, user_id);
CREATE INDEX reputation_events_day ON reputation_events (user_id, day);
CREATE INDEX reputation_events_created ON reputation_events (created_at);
ALTER TABLE users ADD COLUMN reputation BIGINT NOT NULL DEFAULT 0;
CREATE INDEX users_reputation ON users (reputation, id);

-- Badges held. scope is '' for once-only badges, the post id or the tag name
-- for repeatable ones; the unique key makes awarding exactly-once.
CREATE TABLE user_badges (
    id         INTEGER PRIMARY KEY,
    user_id    BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    badge      TEXT    NOT NULL,
    scope      TEXT    NOT NULL DEFAULT '',
    post_id    BIGINT  REFERENCES posts (id) ON DELETE SET NULL,
    awarded_at BIGINT  NOT NULL,
    UNIQUE (user_id, badge, scope)
);
CREATE INDEX user_badges_badge ON user_badges (badge);

-- Days (UTC) on which a member was seen, for the Enthusiast streak.
CREATE TABLE user_visits (
    user_id BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    day     BIGINT  NOT NULL,
    PRIMARY KEY (user_id, day)
);

-- Public profile.
ALTER TABLE users ADD COLUMN display_name TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN bio_md TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN bio_html TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN location TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN website TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN languages TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN avatar_version BIGINT;

-- Avatars are re-encoded PNGs kept in the database, so every node serves
-- them and nothing lives only on one machine's disk.
CREATE TABLE avatars (
    user_id    BIGINT  PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    png        BLOB   NOT NULL,
    updated_at BIGINT  NOT NULL
);
