-- Telegram Stars top-ups. The money itself lives in the ledger (transfer 'stars:<chargeId>', unique); these tables
-- remember what was offered and what Telegram reported, so a payment is never lost and never credited twice.

-- One row per invoice sent. The id is the invoice payload: opaque and random, so it says nothing about the user and
-- cannot be guessed. The money to credit is fixed when the invoice is made (a later price change does not touch it).
CREATE TABLE IF NOT EXISTS star_invoices (
    id                  TEXT    PRIMARY KEY,
    user_id             INTEGER NOT NULL,
    stars               INTEGER NOT NULL CHECK (stars > 0),
    credit_minor        INTEGER NOT NULL CHECK (credit_minor > 0),
    currency            TEXT    NOT NULL,
    state               TEXT    NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'paid')),
    created_at          INTEGER NOT NULL,
    expires_at          INTEGER NOT NULL,
    paid_at             INTEGER,
    paid_by             INTEGER,
    charge_id           TEXT    UNIQUE,
    provider_charge_id  TEXT
);
CREATE INDEX IF NOT EXISTS ix_star_invoices_user ON star_invoices(user_id, created_at);

-- One row per charge id Telegram reported (update or reconciliation), known invoice or not. credited_minor is what the
-- ledger was (or is about to be) credited; 0 with needs_attention = 1 means an admin must look at it.
CREATE TABLE IF NOT EXISTS star_payments (
    charge_id           TEXT    PRIMARY KEY,
    payer_id            INTEGER NOT NULL,
    stars               INTEGER NOT NULL,
    currency            TEXT    NOT NULL,
    payload             TEXT,
    invoice_id          TEXT,
    credited_minor      INTEGER NOT NULL CHECK (credited_minor >= 0),
    provider_charge_id  TEXT,
    source              TEXT    NOT NULL,
    note                TEXT,
    needs_attention     INTEGER NOT NULL DEFAULT 0,
    received_at         INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_star_payments_payer ON star_payments(payer_id, received_at);
CREATE INDEX IF NOT EXISTS ix_star_payments_attention ON star_payments(needs_attention) WHERE needs_attention = 1;

-- One row per refunded charge id. What the payer had already spent cannot be taken back (a balance never goes
-- negative): it is recorded here as unreversed instead.
CREATE TABLE IF NOT EXISTS star_refunds (
    charge_id           TEXT    PRIMARY KEY,
    user_id             INTEGER NOT NULL,
    stars               INTEGER NOT NULL,
    reversed_minor      INTEGER NOT NULL CHECK (reversed_minor >= 0),
    unreversed_minor    INTEGER NOT NULL CHECK (unreversed_minor >= 0),
    note                TEXT,
    refunded_at         INTEGER NOT NULL
);
