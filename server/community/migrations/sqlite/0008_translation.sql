-- Languages and translations. Each post and comment records the language it
-- is written in (detected when written; the author may correct it). Members
-- choose the interface's language and whether posts in languages they do not
-- read are translated for them automatically. Translations are kept per post
-- revision and target language: an edit makes a new revision, so an old
-- translation is never shown for new words. A human translation (by the
-- author or an agent) and a machine one may both exist; the human one wins.

ALTER TABLE posts ADD COLUMN language TEXT NOT NULL DEFAULT '';
-- 1 when the author chose the language: edits then keep it.
ALTER TABLE posts ADD COLUMN language_by_author BIGINT NOT NULL DEFAULT 0;
ALTER TABLE comments ADD COLUMN language TEXT NOT NULL DEFAULT '';

ALTER TABLE users ADD COLUMN ui_language TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN auto_translate BIGINT NOT NULL DEFAULT 0;

CREATE TABLE translations (
    id              INTEGER PRIMARY KEY,
    -- 'post:<id>' or 'comment:<id>'
    subject         TEXT    NOT NULL,
    -- The question the subject belongs to: its search documents include the
    -- translations.
    topic_id        BIGINT  NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    -- The post translated, or the post a translated comment is on.
    post_id         BIGINT  NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    revision        BIGINT  NOT NULL,
    language        TEXT    NOT NULL,
    source_language TEXT    NOT NULL,
    origin          TEXT    NOT NULL CHECK (origin IN ('machine', 'human')),
    -- The provider of a machine translation (libretranslate, deepl, openai).
    provider        TEXT    NOT NULL DEFAULT '',
    translator_id   BIGINT  REFERENCES users (id),
    title           TEXT    NOT NULL DEFAULT '',
    body_md         TEXT    NOT NULL,
    body_html       TEXT    NOT NULL,
    created_at      BIGINT  NOT NULL,
    updated_at      BIGINT  NOT NULL,
    UNIQUE (subject, revision, language, origin)
);
CREATE INDEX translations_topic ON translations (topic_id);
