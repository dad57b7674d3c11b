-- Bonuses: bonus money lots with an expiry, the daily free allowance, referrals and promo codes.
--
-- Bonus money lives in the ledger account 'bonus:<userId>' (a user account: never negative), fed from
-- 'system:promotions' by a transfer 'bonus:<lotId>:grant'. Each grant is a lot here. The rule that says which lot a
-- unit of bonus money belongs to, so "what is left" of a lot is computed deterministically:
--   * an order's bonus part is taken from the user's open lots (not swept, not yet expired) earliest expiry first (ties
--     by lot id), and that allocation is written to bonus_lot_uses in the same transaction as the ledger's
--     'order:<id>:reserve-bonus' transfer;
--   * a use counts against its lot unless the order's bonus part was released ('order:<id>:release-bonus' exists): a
--     failed order gives the money back to the very lots it came from;
--   * left(lot) = amount − Σ uses that count; once a lot has expired and none of its uses belongs to an order still
--     running (neither 'capture-bonus' nor 'release-bonus' exists), the sweeper moves left(lot) back to
--     'system:promotions' as 'bonus:<lotId>:expire' and sets swept_at (a lot whose order is running waits for it).
-- Hence at every commit: balance('bonus:<u>') = Σ over the user's lots of (amount − counted uses − expired_amount),
-- and balance('bonusheld:<u>') = Σ uses of the user's running orders.
CREATE TABLE IF NOT EXISTS bonus_lots (
    id              TEXT    PRIMARY KEY,
    user_id         INTEGER NOT NULL,
    amount          INTEGER NOT NULL CHECK (amount > 0),
    source          TEXT    NOT NULL,
    granted_at      INTEGER NOT NULL,
    expires_at      INTEGER NOT NULL,
    swept_at        INTEGER,
    expired_amount  INTEGER
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_bonus_lots_user ON bonus_lots(user_id, expires_at);
CREATE INDEX IF NOT EXISTS ix_bonus_lots_due ON bonus_lots(expires_at) WHERE swept_at IS NULL;

CREATE TABLE IF NOT EXISTS bonus_lot_uses (
    order_id  TEXT    NOT NULL,
    lot_id    TEXT    NOT NULL,
    amount    INTEGER NOT NULL CHECK (amount > 0),
    PRIMARY KEY (order_id, lot_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_bonus_lot_uses_lot ON bonus_lot_uses(lot_id);

-- Free generations of the daily allowance: one row per free order (its price is 0, nothing is reserved), with the
-- local day (in the configured time zone) it counts against. It stops counting when the order ends released.
CREATE TABLE IF NOT EXISTS bonus_free_uses (
    order_id    TEXT    PRIMARY KEY,
    user_id     INTEGER NOT NULL,
    local_day   TEXT    NOT NULL,
    model_id    TEXT    NOT NULL,
    mode_id     TEXT    NOT NULL,
    created_at  INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_bonus_free_uses_day ON bonus_free_uses(user_id, local_day);

-- Each user's stable referral code (random, so it reveals nothing about the user id).
CREATE TABLE IF NOT EXISTS referral_codes (
    user_id     INTEGER PRIMARY KEY,
    code        TEXT    NOT NULL UNIQUE,
    created_at  INTEGER NOT NULL
);

-- Who invited whom (one inviter per user, recorded before the user's first order); credited once, by the capture of
-- the invitee's first order with a paid part.
CREATE TABLE IF NOT EXISTS referrals (
    invitee_id         INTEGER PRIMARY KEY,
    inviter_id         INTEGER NOT NULL,
    created_at         INTEGER NOT NULL,
    credited_order_id  TEXT,
    credited_at        INTEGER,
    CHECK (invitee_id <> inviter_id)
);
CREATE INDEX IF NOT EXISTS ix_referrals_inviter ON referrals(inviter_id);

-- Promo codes managed by admins; a redemption grants a bonus lot. One use per user (primary key), a usage cap and an
-- expiry, all checked in the redeeming write transaction.
CREATE TABLE IF NOT EXISTS promo_codes (
    code         TEXT    PRIMARY KEY,
    amount       INTEGER NOT NULL CHECK (amount > 0),
    max_uses     INTEGER NOT NULL CHECK (max_uses > 0),
    expires_at   INTEGER NOT NULL,
    bonus_days   INTEGER NOT NULL CHECK (bonus_days > 0),
    created_by   INTEGER NOT NULL,
    created_at   INTEGER NOT NULL,
    disabled_at  INTEGER
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS promo_redemptions (
    code         TEXT    NOT NULL,
    user_id      INTEGER NOT NULL,
    redeemed_at  INTEGER NOT NULL,
    PRIMARY KEY (code, user_id)
) WITHOUT ROWID;

-- A user who pressed "Enter promo code": their next plain text is the code (until it expires).
CREATE TABLE IF NOT EXISTS bonus_prompts (
    user_id     INTEGER PRIMARY KEY,
    expires_at  INTEGER NOT NULL
);
