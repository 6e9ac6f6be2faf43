-- Views are counted in memory and written in batches (community/src/views.rs):
-- the per-reader rows that deduped them in the database are gone.
DROP TABLE post_views;
