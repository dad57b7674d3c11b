-- Analytics: every KIE credit balance the bot read (the low-credit alert and the daily reconciliation compare them),
-- and a little state that must survive restarts (the last daily report sent, whether the low-credit alert is raised).
-- The reports themselves are computed from orders, the ledger and feedback: nothing here duplicates them.
CREATE TABLE IF NOT EXISTS kie_credit_snapshots (
    id        INTEGER PRIMARY KEY,
    taken_at  INTEGER NOT NULL,
    credits   TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_kie_credit_snapshots_time ON kie_credit_snapshots(taken_at);

CREATE TABLE IF NOT EXISTS report_state (
    key         TEXT    PRIMARY KEY,
    value       TEXT    NOT NULL,
    updated_at  INTEGER NOT NULL
) WITHOUT ROWID;

-- Reports group orders by creation time; the index keeps a week's report cheap however many orders pile up.
CREATE INDEX IF NOT EXISTS ix_orders_created ON orders(created_at);
CREATE INDEX IF NOT EXISTS ix_orders_completed ON orders(completed_at) WHERE completed_at IS NOT NULL;
