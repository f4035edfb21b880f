-- Schema 2: quote counts kept by triggers, so the speaker list and the article list need not
-- count a million quotes each time they are shown. Removed quotes are not counted.
-- Article counts live in their own small table: updating the articles row itself would
-- rewrite the article's text with every quote.

ALTER TABLE speakers ADD COLUMN n_quotes INTEGER NOT NULL DEFAULT 0;

CREATE TABLE article_counts (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    n_proposed INTEGER NOT NULL DEFAULT 0,
    n_verified INTEGER NOT NULL DEFAULT 0,
    n_rejected INTEGER NOT NULL DEFAULT 0
);

UPDATE speakers SET n_quotes = (
    SELECT count(*) FROM quotes q WHERE q.speaker_id = speakers.id AND q.removed = 0
);
INSERT INTO article_counts (article_id, n_proposed, n_verified, n_rejected)
SELECT a.id,
       (SELECT count(*) FROM quotes q WHERE q.article_id = a.id AND q.removed = 0 AND q.status = 'proposed'),
       (SELECT count(*) FROM quotes q WHERE q.article_id = a.id AND q.removed = 0 AND q.status = 'verified'),
       (SELECT count(*) FROM quotes q WHERE q.article_id = a.id AND q.removed = 0 AND q.status = 'rejected')
FROM articles a;

CREATE TRIGGER articles_counts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO article_counts (article_id) VALUES (new.id);
END;

CREATE TRIGGER quotes_counts_insert AFTER INSERT ON quotes WHEN new.removed = 0 BEGIN
    UPDATE speakers SET n_quotes = n_quotes + 1 WHERE id = new.speaker_id;
    UPDATE article_counts SET
        n_proposed = n_proposed + (new.status = 'proposed'),
        n_verified = n_verified + (new.status = 'verified'),
        n_rejected = n_rejected + (new.status = 'rejected')
    WHERE article_id = new.article_id;
END;

CREATE TRIGGER quotes_counts_delete AFTER DELETE ON quotes WHEN old.removed = 0 BEGIN
    UPDATE speakers SET n_quotes = n_quotes - 1 WHERE id = old.speaker_id;
    UPDATE article_counts SET
        n_proposed = n_proposed - (old.status = 'proposed'),
        n_verified = n_verified - (old.status = 'verified'),
        n_rejected = n_rejected - (old.status = 'rejected')
    WHERE article_id = old.article_id;
END;

CREATE TRIGGER quotes_counts_update AFTER UPDATE OF speaker_id, status, removed, article_id ON quotes BEGIN
    UPDATE speakers SET n_quotes = n_quotes - 1 WHERE id = old.speaker_id AND old.removed = 0;
    UPDATE speakers SET n_quotes = n_quotes + 1 WHERE id = new.speaker_id AND new.removed = 0;
    UPDATE article_counts SET
        n_proposed = n_proposed - (old.status = 'proposed'),
        n_verified = n_verified - (old.status = 'verified'),
        n_rejected = n_rejected - (old.status = 'rejected')
    WHERE article_id = old.article_id AND old.removed = 0;
    UPDATE article_counts SET
        n_proposed = n_proposed + (new.status = 'proposed'),
        n_verified = n_verified + (new.status = 'verified'),
        n_rejected = n_rejected + (new.status = 'rejected')
    WHERE article_id = new.article_id AND new.removed = 0;
END;
