-- The archive: one row per result file the archive step has dealt with. 'archived' rows say where the bot's own copy
-- is (store name and key) with its size and SHA-256; 'retrying' rows wait for next_attempt_at; 'failed' rows kept
-- failing and are left alone, with their last error for an admin. A result with no row is still to be copied, so a
-- restart simply carries on. order_results itself is never altered (the schema runs on every start).
CREATE TABLE IF NOT EXISTS archived_results (
    order_id         TEXT    NOT NULL,
    idx              INTEGER NOT NULL,
    state            TEXT    NOT NULL CHECK (state IN ('archived', 'retrying', 'failed')),
    store            TEXT,
    key              TEXT,
    size             INTEGER,
    sha256           TEXT,
    content_type     TEXT,
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  INTEGER,
    last_error       TEXT,
    archived_at      INTEGER,
    updated_at       INTEGER NOT NULL,
    PRIMARY KEY (order_id, idx)
) WITHOUT ROWID;

CREATE INDEX IF NOT EXISTS ix_archived_results_retry ON archived_results(next_attempt_at) WHERE state = 'retrying';
