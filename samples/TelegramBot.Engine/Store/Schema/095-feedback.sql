-- Feedback: one rating per order (changeable, with an optional comment), free-text messages sent with /feedback, and
-- per user what their next text message is (a comment on an order, or free feedback) until it arrives or is cancelled.
CREATE TABLE IF NOT EXISTS feedback_ratings (
    order_id      TEXT    PRIMARY KEY,
    user_id       INTEGER NOT NULL,
    rating        INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment       TEXT,
    rated_at      INTEGER NOT NULL,
    commented_at  INTEGER
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_feedback_ratings_time ON feedback_ratings(rated_at);

CREATE TABLE IF NOT EXISTS feedback_messages (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    created_at  INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_feedback_messages_time ON feedback_messages(created_at);

CREATE TABLE IF NOT EXISTS feedback_pending (
    user_id     INTEGER PRIMARY KEY,
    order_id    TEXT,
    created_at  INTEGER NOT NULL
);
