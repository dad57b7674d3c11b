-- Menus: each user's place in the conversation (one JSON document per user, so buttons keep working after a restart)
-- and the short keys that stand for catalog values in callback data (Telegram allows 64 bytes). A key is a hash of
-- its kind and value, so the same value always gets the same key; the table only maps keys back to values.
CREATE TABLE IF NOT EXISTS menu_sessions (
    user_id     INTEGER PRIMARY KEY,
    data        TEXT    NOT NULL,
    updated_at  INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS callback_keys (
    key         TEXT    PRIMARY KEY,
    kind        TEXT    NOT NULL,
    value       TEXT    NOT NULL,
    created_at  INTEGER NOT NULL
) WITHOUT ROWID;
