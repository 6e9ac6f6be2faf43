-- Sign-in failures are also counted per network across all accounts
-- (password spraying); the existing index leads with attempt_key, so this
-- one serves the count by network.
CREATE INDEX sign_in_failures_ip ON sign_in_failures (ip, at);
