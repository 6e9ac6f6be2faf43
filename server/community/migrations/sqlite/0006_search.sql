-- Search: the change log each node's index follows, hidden posts, and
-- "this solved my problem" clicks. Times are Unix milliseconds.

-- Hidden by a moderator (or, later, by flags): out of lists, threads and
-- search for everyone but staff, like a deleted post, but not the author's
-- doing and meant to be reviewed.
ALTER TABLE posts ADD COLUMN hidden_at BIGINT;
ALTER TABLE posts ADD COLUMN hidden_by BIGINT REFERENCES users (id);

-- One row per change to a topic's searchable content (its question, its
-- answers, tags, category, votes, state), written in the transaction of the
-- change. Every node's indexer re-reads the topic for each row, in id order,
-- and remembers the last id it applied inside its index. AUTOINCREMENT: ids
-- are never reused after pruning.
CREATE TABLE search_changes (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    topic_id   BIGINT  NOT NULL,
    created_at BIGINT  NOT NULL
);
CREATE INDEX search_changes_created ON search_changes (created_at);

-- An asker who found their answer among the similar questions instead of
-- posting: the support load the community took off the team.
CREATE TABLE deflections (
    id         INTEGER PRIMARY KEY,
    topic_id   BIGINT  NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    user_id    BIGINT  REFERENCES users (id) ON DELETE SET NULL,
    query      TEXT    NOT NULL,
    source     TEXT    NOT NULL,
    created_at BIGINT  NOT NULL
);
CREATE INDEX deflections_created ON deflections (created_at);
