"""Schema 5: speakers' name forms re-normalised by the shared normaliser (quotedesk.core.names).

Name particles and suffixes ("al", "bin", "Jr.") are no longer tokens, so "Haider al-Abadi" is
stored as "haider abadi", as the engine compares it. Recomputes every alias' norm and the token
table from the aliases as written; no speaker, alias or quote changes.
"""

from quotedesk.core import names


def migrate(conn):
    rows = conn.execute(
        "SELECT a.speaker_id, a.alias, s.kind FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id "
        "ORDER BY a.speaker_id, a.rowid").fetchall()
    conn.execute("DELETE FROM speaker_aliases")
    conn.execute("DELETE FROM speaker_tokens")
    for speaker_id, alias, kind in rows:
        toks = names.tokens(alias, strip_titles=kind == "person")
        if not toks:
            continue
        conn.execute("INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, norm) VALUES (?, ?, ?)",
                     (speaker_id, alias, " ".join(toks)))
        conn.executemany("INSERT OR IGNORE INTO speaker_tokens (token, speaker_id) VALUES (?, ?)",
                         [(t, speaker_id) for t in set(toks)])
