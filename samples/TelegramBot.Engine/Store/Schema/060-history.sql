-- History and templates. History reads orders and order_results (read-only); the index below lets a user's history
-- page walk (user_id, created_at, id) newest first without sorting, however many orders other users have.
CREATE INDEX IF NOT EXISTS ix_orders_user_created ON orders(user_id, created_at, id);

-- A user's own templates: the parameters of a generation under a name. name_key is the name folded to upper case (in
-- .NET, so Cyrillic folds too), UNIQUE per user so two templates never share a name.
CREATE TABLE IF NOT EXISTS user_templates (
    id           TEXT    PRIMARY KEY,
    user_id      INTEGER NOT NULL,
    name         TEXT    NOT NULL,
    name_key     TEXT    NOT NULL,
    model_id     TEXT    NOT NULL,
    mode_id      TEXT    NOT NULL,
    input_json   TEXT    NOT NULL,
    source_order TEXT,
    created_at   INTEGER NOT NULL,
    UNIQUE (user_id, name_key)
);

CREATE INDEX IF NOT EXISTS ix_user_templates_user ON user_templates(user_id, created_at);

-- What the user's next text message answers (a template's name, a new prompt), so it survives a restart.
CREATE TABLE IF NOT EXISTS history_pending (
    user_id     INTEGER PRIMARY KEY,
    kind        TEXT    NOT NULL,
    subject     TEXT    NOT NULL,
    created_at  INTEGER NOT NULL
);
