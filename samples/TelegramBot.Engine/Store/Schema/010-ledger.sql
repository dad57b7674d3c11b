-- The append-only, double-entry ledger. A transfer moves a positive amount from one account to another and is stored
-- as two entries that sum to zero; its id is the idempotency key (for example 'order:<id>:reserve'), so a step can
-- happen once. Balances are sums of entries: nothing is ever updated or deleted (the triggers refuse it).
CREATE TABLE IF NOT EXISTS ledger_transfers (
    id             TEXT    PRIMARY KEY,
    kind           TEXT    NOT NULL,
    from_account   TEXT    NOT NULL,
    to_account     TEXT    NOT NULL,
    amount         INTEGER NOT NULL CHECK (amount > 0),
    user_id        INTEGER,
    reference      TEXT,
    reason         TEXT,
    created_at     INTEGER NOT NULL,
    CHECK (from_account <> to_account)
);

CREATE TABLE IF NOT EXISTS ledger_entries (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    transfer_id  TEXT    NOT NULL REFERENCES ledger_transfers(id),
    account      TEXT    NOT NULL,
    amount       INTEGER NOT NULL CHECK (amount <> 0),
    created_at   INTEGER NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_ledger_entries_account ON ledger_entries(account, amount);
CREATE INDEX IF NOT EXISTS ix_ledger_transfers_user ON ledger_transfers(user_id, created_at);
CREATE INDEX IF NOT EXISTS ix_ledger_transfers_reference ON ledger_transfers(reference);

CREATE TRIGGER IF NOT EXISTS ledger_entries_no_update BEFORE UPDATE ON ledger_entries
BEGIN SELECT RAISE(ABORT, 'ledger entries are append-only'); END;
CREATE TRIGGER IF NOT EXISTS ledger_entries_no_delete BEFORE DELETE ON ledger_entries
BEGIN SELECT RAISE(ABORT, 'ledger entries are append-only'); END;
CREATE TRIGGER IF NOT EXISTS ledger_transfers_no_update BEFORE UPDATE ON ledger_transfers
BEGIN SELECT RAISE(ABORT, 'ledger transfers are append-only'); END;
CREATE TRIGGER IF NOT EXISTS ledger_transfers_no_delete BEFORE DELETE ON ledger_transfers
BEGIN SELECT RAISE(ABORT, 'ledger transfers are append-only'); END;
