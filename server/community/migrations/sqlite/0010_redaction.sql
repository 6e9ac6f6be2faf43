-- Staff may redact a revision of a post: its title and body are purged (a
-- phone number, a password, a slur pasted by mistake) and history readers
-- see that it was redacted instead of the text. Who did it and why stays
-- here and in the moderation log.

ALTER TABLE revisions ADD COLUMN redacted_at BIGINT;
ALTER TABLE revisions ADD COLUMN redacted_by BIGINT REFERENCES users (id) ON DELETE SET NULL;
ALTER TABLE revisions ADD COLUMN redacted_reason TEXT;
