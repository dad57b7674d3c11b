-- Orders: one row per confirmed generation, created in the same transaction that reserves its price. draft_id is the
-- confirmation screen's id, UNIQUE per user, so a double-tapped Confirm finds the first order instead of paying twice.
-- The state column walks reserved → submitting → running → succeeded → delivered → captured, or ends in released; the
-- partial indexes keep the start-up sweep and the callback lookup cheap however many finished orders pile up.
CREATE TABLE IF NOT EXISTS orders (
    id                   TEXT    PRIMARY KEY,
    user_id              INTEGER NOT NULL,
    chat_id              INTEGER NOT NULL,
    draft_id             TEXT    NOT NULL,
    model_id             TEXT    NOT NULL,
    mode_id              TEXT    NOT NULL,
    api_model            TEXT    NOT NULL,
    input_json           TEXT    NOT NULL,
    credits              TEXT    NOT NULL,
    price                INTEGER NOT NULL CHECK (price >= 0),
    currency             TEXT    NOT NULL,
    state                TEXT    NOT NULL,
    task_id              TEXT,
    progress_message_id  INTEGER,
    credits_consumed     TEXT,
    failure              TEXT,
    failure_detail       TEXT,
    created_at           INTEGER NOT NULL,
    updated_at           INTEGER NOT NULL,
    submitted_at         INTEGER,
    completed_at         INTEGER,
    delivered_at         INTEGER,
    resolved_at          INTEGER,
    UNIQUE (user_id, draft_id)
);

CREATE INDEX IF NOT EXISTS ix_orders_open ON orders(state) WHERE state NOT IN ('captured', 'released');
CREATE INDEX IF NOT EXISTS ix_orders_task ON orders(task_id) WHERE task_id IS NOT NULL;

-- The result files of an order, with the chat platform's file ids once sent (re-sending needs no upload).
CREATE TABLE IF NOT EXISTS order_results (
    order_id          TEXT    NOT NULL,
    idx               INTEGER NOT NULL,
    url               TEXT    NOT NULL,
    kind              TEXT    NOT NULL,
    file_id           TEXT,
    original_file_id  TEXT,
    PRIMARY KEY (order_id, idx)
) WITHOUT ROWID;

-- KIE idempotency keys (the order id) and the task ids they produced, so a restart never submits an order twice.
CREATE TABLE IF NOT EXISTS kie_idempotency (
    key         TEXT    PRIMARY KEY,
    task_id     TEXT,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
) WITHOUT ROWID;
