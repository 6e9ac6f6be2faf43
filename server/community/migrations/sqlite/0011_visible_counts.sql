-- The counters readers see now count only posts they can see: a question's
-- answer_count and a category's topic and post counts leave out hidden
-- posts (held ones included), as they already left out deleted ones.
-- Recount once; posting and moderation keep them so from here on.

UPDATE posts SET answer_count = (
    SELECT COUNT(*) FROM posts a
    WHERE a.topic_id = posts.id AND a.deleted_at IS NULL AND a.hidden_at IS NULL
) WHERE topic_id IS NULL;

UPDATE categories SET
    topic_count = (
        SELECT COUNT(*) FROM posts t
        WHERE t.category_id = categories.id AND t.topic_id IS NULL
          AND t.deleted_at IS NULL AND t.hidden_at IS NULL
    ),
    post_count = (
        SELECT CAST(COALESCE(SUM(1 + t.answer_count), 0) AS BIGINT) FROM posts t
        WHERE t.category_id = categories.id AND t.topic_id IS NULL
          AND t.deleted_at IS NULL AND t.hidden_at IS NULL
    );
