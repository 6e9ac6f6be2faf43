-- A form submitted without JavaScript (or before the WebAssembly loaded)
-- that the server refused returns to its page with the error and what was
-- typed. They wait here for that one page load, found by the hash of a
-- one-time cookie, instead of riding in the URL (where they would sit in
-- history, logs and Referer headers, and anyone could forge a link that
-- shows a made-up error). Rows live minutes; `subject` (the client's
-- network) bounds how many one client can leave.
CREATE TABLE form_flashes (
    token_hash TEXT PRIMARY KEY,
    subject TEXT NOT NULL,
    path TEXT NOT NULL,
    err TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX form_flashes_created ON form_flashes (created_at);
CREATE INDEX form_flashes_subject ON form_flashes (subject, created_at);
