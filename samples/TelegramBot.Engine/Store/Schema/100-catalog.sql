-- Catalog sync: models a sync found that the embedded catalog lacks. Each row is an override of the embedded catalog
-- (base_json = the model as the SDK's override writer gave it, disabled and unpriced) plus what an admin supplied since
-- (category, credits per generation, enabled). The live catalog = embedded catalog + every row, rebuilt at start-up and
-- on every change. short_key stands for the model id in callback data (ids can be longer than 64 bytes allow).
CREATE TABLE IF NOT EXISTS catalog_models (
    model_id    TEXT    PRIMARY KEY COLLATE NOCASE,
    api_model   TEXT    NOT NULL UNIQUE,
    short_key   TEXT    NOT NULL UNIQUE,
    base_json   TEXT    NOT NULL,
    category    TEXT,
    credits     TEXT,
    enabled     INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    updated_by  INTEGER
);

-- Small named values of the sync: the signature of the last diff admins were told about, so a scheduled sync speaks
-- only when something changed.
CREATE TABLE IF NOT EXISTS catalog_sync_state (
    name        TEXT    PRIMARY KEY,
    value       TEXT    NOT NULL,
    updated_at  INTEGER NOT NULL
) WITHOUT ROWID;
