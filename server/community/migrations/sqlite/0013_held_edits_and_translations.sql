-- Auto-moderation reviews more than new posts: an author's edit and a human
-- translation are new words too, and may be held for review.

-- 1 when the post's current hold came from its author's edit of a post
-- readers had already seen: approving it shows it again without announcing
-- it as new a second time. Meaningful only while held_at is set; every hold
-- writes it.
ALTER TABLE posts ADD COLUMN held_edit BIGINT NOT NULL DEFAULT 0;

-- A human translation held for review stays out of readers' sight (and out
-- of the search index) until an agent approves it; its translator and staff
-- still see it.
ALTER TABLE translations ADD COLUMN held_at BIGINT;
ALTER TABLE translations ADD COLUMN held_reason TEXT;
CREATE INDEX translations_held ON translations (held_at) WHERE held_at IS NOT NULL;
