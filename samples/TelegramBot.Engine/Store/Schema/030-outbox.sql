-- The delivery outbox: every result, and every message the bot owes a user after the fact (failures, refunds), is
-- written here in the same transaction as the state change that calls for it, and only then sent. Messages to one chat
-- go out one at a time in id order; a flood wait or a retry delay moves the whole chat's next_attempt_at.
CREATE TABLE IF NOT EXISTS outbox (
    id               INTEGER PRIMARY KEY,
    chat_id          INTEGER NOT NULL,
    order_id         TEXT,
    purpose          TEXT    NOT NULL,
    payload          TEXT    NOT NULL,
    state            TEXT    NOT NULL DEFAULT 'pending',
    attempts         INTEGER NOT NULL DEFAULT 0,
    url_refused      INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  INTEGER NOT NULL,
    created_at       INTEGER NOT NULL,
    finished_at      INTEGER,
    last_error       TEXT
);

CREATE INDEX IF NOT EXISTS ix_outbox_due ON outbox(next_attempt_at, chat_id) WHERE state = 'pending';
CREATE INDEX IF NOT EXISTS ix_outbox_chat ON outbox(chat_id, id) WHERE state = 'pending';
CREATE INDEX IF NOT EXISTS ix_outbox_order ON outbox(order_id, purpose) WHERE state = 'pending';
