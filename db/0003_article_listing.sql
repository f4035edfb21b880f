-- Schema 3: the article list reads a covering index instead of every article's row (and text).

CREATE INDEX articles_listing ON articles(id, title, source, date);
