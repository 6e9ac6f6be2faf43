-- A staff notice is stored as what happened and the staff's own words, and
-- worded when read, in the reader's language (it was an English sentence).
-- `notice` names what happened (domain::notification::Notice: assigned,
-- warned, silenced, …); `note` keeps only the reason or message staff
-- typed; `until_at` is the end of a silence or suspension. Rows written
-- before keep their English sentence in `note` and no `notice`.
ALTER TABLE notifications ADD COLUMN notice TEXT;
ALTER TABLE notifications ADD COLUMN until_at BIGINT;
