-- Users and update de-duplication (Telegram delivers at least once; webhooks resend on slow replies).
CREATE TABLE IF NOT EXISTS users (
    id           INTEGER PRIMARY KEY,
    chat_id      INTEGER NOT NULL,
    first_name   TEXT,
    username     TEXT,
    language     TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    seen_at      INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS processed_updates (
    update_id     INTEGER PRIMARY KEY,
    processed_at  INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_processed_updates_time ON processed_updates(processed_at);
