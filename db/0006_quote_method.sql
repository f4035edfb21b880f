-- Schema 6: the engine step that found each quote's speaker (core.model.Method: "syntax",
-- "inherited", ...). NULL for quotes stored before it was recorded.

ALTER TABLE quotes ADD COLUMN method TEXT;
