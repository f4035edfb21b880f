-- QuoteDesk library, schema 1: articles, speakers, quotes, corrections, model versions.
-- Applied by quotedesk.store.migrations; PRAGMA user_version records the last applied number.

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    external_id TEXT,                       -- the id the file gave (JSONL "id", file stem)
    title TEXT,
    source TEXT,                            -- path or URL it came from
    date TEXT,                              -- ISO date when known
    text TEXT NOT NULL,
    content_hash TEXT NOT NULL UNIQUE,      -- quotedesk.ingest.content_hash: whitespace-normalised
    model_version TEXT,                     -- the engine that proposed its quotes
    extra TEXT NOT NULL DEFAULT '{}',       -- JSON: other fields of the input row
    added_at TEXT NOT NULL
);
CREATE INDEX articles_date ON articles(date);

-- People, organisations and groups quoted across articles.
CREATE TABLE speakers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,                     -- canonical: the fullest form, titles stripped
    kind TEXT NOT NULL DEFAULT 'person',
    role TEXT,                              -- the latest title seen ("Secretary of State")
    created_at TEXT NOT NULL
);

-- Every form a speaker was named by; norm is lower-case, accents and titles stripped.
CREATE TABLE speaker_aliases (
    speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    norm TEXT NOT NULL,
    PRIMARY KEY (speaker_id, norm)
);
CREATE INDEX speaker_aliases_norm ON speaker_aliases(norm);

-- The name tokens of every alias, for "any part of the name" lookups.
CREATE TABLE speaker_tokens (
    token TEXT NOT NULL,
    speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
    PRIMARY KEY (token, speaker_id)
);
CREATE INDEX speaker_tokens_speaker ON speaker_tokens(speaker_id);

-- The engine's speaker table of one article (core.model.Person), for the speaker picker.
CREATE TABLE article_people (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    mentions TEXT NOT NULL DEFAULT '[]',    -- JSON [[start, end], ...]
    aliases TEXT NOT NULL DEFAULT '[]',     -- JSON [alias, ...]
    role TEXT,
    gender TEXT,
    speaker_id INTEGER REFERENCES speakers(id) ON DELETE SET NULL,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX article_people_speaker ON article_people(speaker_id);

CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    parts TEXT NOT NULL,                    -- JSON [[start, end], ...]: the words inside the marks
    content TEXT NOT NULL,                  -- the quoted words, parts joined by " … "
    speaker_id INTEGER REFERENCES speakers(id) ON DELETE SET NULL,
    speaker_name TEXT,                      -- as attributed; the description when no speaker_id
    speaker_kind TEXT NOT NULL DEFAULT 'unknown',
    mention_start INTEGER,
    mention_end INTEGER,
    cue_start INTEGER,
    cue_end INTEGER,
    confidence REAL NOT NULL DEFAULT 0,
    flags TEXT NOT NULL DEFAULT '',         -- space-separated core.model flag names
    role TEXT,
    status TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'verified', 'rejected')),
    origin TEXT NOT NULL DEFAULT 'machine' CHECK (origin IN ('machine', 'editor')),
    model_version TEXT,
    removed INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)),
    CHECK (start >= 0 AND "end" > start)
);
CREATE INDEX quotes_article ON quotes(article_id, start);
CREATE INDEX quotes_speaker ON quotes(speaker_id, article_id, start);
CREATE INDEX quotes_review ON quotes(status, removed, confidence);

-- Full-text index over the quoted words, kept in step by triggers.
CREATE VIRTUAL TABLE quotes_fts USING fts5(
    content, content='quotes', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, content) VALUES (new.id, new.content);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, content) VALUES ('delete', old.id, old.content);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF content ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, content) VALUES ('delete', old.id, old.content);
    INSERT INTO quotes_fts(rowid, content) VALUES (new.id, new.content);
END;

-- Append-only: every change an editor makes, with the value before and after (JSON).
CREATE TABLE corrections (
    id INTEGER PRIMARY KEY,
    quote_id INTEGER,
    article_id INTEGER,
    speaker_id INTEGER,
    action TEXT NOT NULL,
    field TEXT NOT NULL,
    before TEXT,
    after TEXT,
    editor TEXT NOT NULL,
    at TEXT NOT NULL,
    model_version TEXT
);
CREATE INDEX corrections_quote ON corrections(quote_id);
CREATE INDEX corrections_article ON corrections(article_id);
CREATE TRIGGER corrections_no_update BEFORE UPDATE ON corrections BEGIN
    SELECT RAISE(ABORT, 'the corrections log is append-only');
END;
CREATE TRIGGER corrections_no_delete BEFORE DELETE ON corrections BEGIN
    SELECT RAISE(ABORT, 'the corrections log is append-only');
END;

CREATE TABLE model_versions (
    version TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    metrics TEXT NOT NULL DEFAULT '{}',     -- JSON
    n_train INTEGER,
    path TEXT,
    blob BLOB,
    active INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1))
);
CREATE UNIQUE INDEX model_versions_active ON model_versions(active) WHERE active = 1;
