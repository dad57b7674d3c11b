-- How long each succeeded KIE task took by KIE's own clock (createTime → completeTime). At start-up the bot hands the
-- latest of each model to the SDK (IKieClient.RecordTaskDuration), so a restarted bot places its first status read
-- where that model's tasks are usually done instead of learning it again from scratch. KIE's times, not the bot's:
-- the moment the bot noticed a result depends on when it looked, which would feed the learned duration back into
-- itself. Kept to the latest 32 per model as rows are written (Orders/TaskDurations).
CREATE TABLE IF NOT EXISTS task_durations (
    order_id     TEXT    PRIMARY KEY,
    api_model    TEXT    NOT NULL,
    duration_ms  INTEGER NOT NULL CHECK (duration_ms > 0),
    finished_at  INTEGER NOT NULL
) WITHOUT ROWID;

CREATE INDEX IF NOT EXISTS ix_task_durations_model ON task_durations(api_model, finished_at);
