-- Schema 4: the operation log behind undo and redo.
-- Every correction an editor makes is one operation: the rows it inserted, updated or deleted
-- (quotes, speakers and their names, an article's people) with their values before and after,
-- recorded by triggers the library creates on each connection. Undo writes the "before" rows
-- back, redo the "after" rows. Operations are a stack: undone ones are the newest, and a new
-- correction drops them. The corrections log stays append-only; its rows name their operation,
-- and a correction counts ("live") unless its operation is undone.

CREATE TABLE operations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,   -- never reused: log lines name their operation
    state TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('done', 'undone', 'dropped')),
    joins TEXT                              -- later changes with this key join it ("set_bounds 12")
);
CREATE INDEX operations_state ON operations(state, id);

CREATE TABLE operation_changes (
    seq INTEGER PRIMARY KEY,                -- the order the changes were made in
    operation_id INTEGER NOT NULL REFERENCES operations(id) ON DELETE CASCADE,
    tbl TEXT NOT NULL,
    before TEXT,                            -- JSON row; NULL when the operation inserted it
    after TEXT                              -- JSON row; NULL when the operation deleted it
);
CREATE INDEX operation_changes_operation ON operation_changes(operation_id, seq);

ALTER TABLE corrections ADD COLUMN operation_id INTEGER;         -- operations(id)
CREATE INDEX corrections_operation ON corrections(operation_id);

-- Corrections that stand: all but those of an undone (or undone, then dropped) operation.
CREATE VIEW live_corrections AS
SELECT c.* FROM corrections c
WHERE NOT EXISTS (SELECT 1 FROM operations o WHERE o.id = c.operation_id AND o.state <> 'done');
