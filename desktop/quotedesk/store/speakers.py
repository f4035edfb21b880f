"""Speaker identity across the library: finding who a name refers to, names and aliases,
renaming, merging and splitting speakers. The speakers, speaker_aliases and speaker_tokens
tables are written here.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from quotedesk.core import names
from quotedesk.core.errors import LibraryError
from quotedesk.core.model import SpeakerKind
from quotedesk.store.records import MergeSuggestion, SpeakerSummary
from quotedesk.store.rows import editor_name, now, speaker_kind

if TYPE_CHECKING:
    from quotedesk.store.library import Library

# Speakers that are the same entity from one article to the next. Anonymous sources ("a U.S.
# official") and the author are described per quote and never linked across articles.
LINKED_KINDS = frozenset({SpeakerKind.PERSON, SpeakerKind.ORGANISATION, SpeakerKind.GROUP})


class Speakers:
    """Who is who across articles (``Library.speaker_index``)."""

    def __init__(self, lib: Library) -> None:
        self.lib = lib
        self.cx = lib.connection

    @staticmethod
    def article_person(conn, article_id: int, name: str, *, exact: bool = False) -> sqlite3.Row | None:
        """The person of this article that ``name`` names: one of their forms, else (unless
        ``exact``) the one person whose name shares its tokens and surname."""
        want = names.tokens(name)
        rows = conn.execute("SELECT * FROM article_people WHERE article_id = ? ORDER BY idx", (article_id,)).fetchall()
        for r in rows:
            if any(names.tokens(f) == want for f in (r["name"], *json.loads(r["aliases"]))):
                return r
        matches = [] if exact else [r for r in rows if names.names_same_person(want, names.tokens(r["name"]))]
        return matches[0] if len(matches) == 1 else None

    def resolve(
        self,
        conn: sqlite3.Connection,
        name: str,
        kind: SpeakerKind,
        *,
        aliases: Sequence[str] = (),
        role: str | None = None,
        exact: bool = False,
    ) -> int | None:
        """The speaker ``name`` refers to across the library (see :meth:`find`), created when new.

        The fullest form of a person's name becomes the speaker's name ("Kerry" grows into
        "John Kerry"); ``exact`` finds only a speaker known by this very form.
        """
        key = _linkable(name, kind)
        if key is None:
            return None
        person, toks = key
        sid = self.find(conn, name, kind, aliases=aliases, exact=exact)
        if sid is None:
            sid = self._insert(conn, names.strip_titles(name) if person else name.strip(), kind, role)
        else:
            current = conn.execute("SELECT name FROM speakers WHERE id = ?", (sid,)).fetchone()[0]
            if person and len(toks) > len(names.tokens(current)) and names.names_same_person(toks, names.tokens(current)):
                conn.execute("UPDATE speakers SET name = ? WHERE id = ?", (names.strip_titles(name), sid))
            if role:
                conn.execute("UPDATE speakers SET role = ? WHERE id = ?", (role, sid))
        self.add_aliases(conn, sid, [name, *aliases], person=person)
        return sid

    @staticmethod
    def find(conn: sqlite3.Connection, name: str, kind: SpeakerKind, *, aliases: Sequence[str] = (),
             exact: bool = False) -> int | None:
        """The existing speaker ``name`` refers to, or None.

        A person is found by a name form already seen (an alias), else (unless ``exact``) by
        token subset with the same surname ("Kerry" ~ "John Kerry"), and only when exactly one
        speaker fits; the article's other forms (``aliases``, often the bare surname) are never
        used to find a match, so "Teresa Kerry" known as "Kerry" does not join John Kerry.
        Organisations and groups match on the exact name or one of their aliases.
        """
        found = _linkable(name, kind)
        if found is None:
            return None
        person, toks = found
        key = " ".join(toks)
        lookups = [key] if person else list(dict.fromkeys(
            " ".join(names.tokens(f, strip_titles=False)) for f in (name, *aliases) if names.tokens(f, strip_titles=False)))
        for norm in lookups:
            rows = conn.execute(
                "SELECT DISTINCT s.id, s.name FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id "
                "WHERE a.norm = ? AND s.kind = ? ORDER BY s.id",
                (norm, kind.value),
            ).fetchall()
            if len(rows) > 1 and person:
                # Several people were called this ("Kerry"): only one whose own name it is will do.
                rows = [r for r in rows if names.norm(r["name"]) == key]
            if len(rows) == 1 or (rows and not person):
                return rows[0]["id"]
        if not person or exact:
            return None
        candidates = conn.execute(
            "SELECT s.id, s.name FROM speaker_tokens t JOIN speakers s ON s.id = t.speaker_id "
            "WHERE t.token = ? AND s.kind = 'person'",
            (toks[-1],),
        ).fetchall()
        fits = [c["id"] for c in candidates if names.names_same_person(toks, names.tokens(c["name"]))]
        return fits[0] if len(fits) == 1 else None

    @staticmethod
    def _insert(conn: sqlite3.Connection, name: str, kind: SpeakerKind, role: str | None) -> int:
        return conn.execute("INSERT INTO speakers (name, kind, role, created_at) VALUES (?, ?, ?, ?)",
                            (name, kind.value, role, now())).lastrowid

    @staticmethod
    def add_aliases(conn: sqlite3.Connection, sid: int, forms: Iterable[str], *, person: bool) -> None:
        for form in forms:
            toks = names.tokens(form, strip_titles=person)
            if not toks:
                continue
            conn.execute(
                "INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, norm) VALUES (?, ?, ?)",
                (sid, form.strip(), " ".join(toks)),
            )
            conn.executemany(
                "INSERT OR IGNORE INTO speaker_tokens (token, speaker_id) VALUES (?, ?)",
                [(t, sid) for t in set(toks)],
            )

    def match_speakers(self, query: str) -> list[int]:
        """Ids of the speakers a search for ``query`` finds (see :meth:`search`)."""
        with self.cx.errors("looking up speakers"):
            return self.ids(query) or []

    def ids(self, query: str, *, prefix: bool = False) -> list[int] | None:
        """Speakers having every word of ``query`` (titles dropped) among their name tokens.

        With ``prefix`` the last word may be the start of a token (for type-ahead). Returns None
        when the query has no name words at all.
        """
        toks = names.tokens(query)
        if not toks:
            return None
        found: set[int] | None = None
        for i, tok in enumerate(dict.fromkeys(toks)):
            if prefix and i == len(set(toks)) - 1 and tok == toks[-1]:
                rows = self.cx.conn.execute(
                    "SELECT DISTINCT speaker_id FROM speaker_tokens WHERE token >= ? AND token < ?",
                    (tok, tok + "\U0010ffff"),
                ).fetchall()
            else:
                rows = self.cx.conn.execute("SELECT speaker_id FROM speaker_tokens WHERE token = ?", (tok,)).fetchall()
            ids = {r[0] for r in rows}
            found = ids if found is None else found & ids
            if not found:
                return []
        return sorted(found or ())

    def speakers(
        self,
        *,
        query: str | None = None,
        kind: SpeakerKind | None = None,
        quoted_only: bool = False,
        limit: int | None = None,
    ) -> list[SpeakerSummary]:
        """Speakers with their aliases and quote counts, most quoted first.

        ``query`` keeps speakers whose name or an alias contains every word typed (the last one
        may be unfinished: "john ke" finds John Kerry). ``quoted_only`` leaves out people the
        engine met in articles who have no quote (yet). ``limit`` keeps the most quoted.
        """
        with self.cx.errors("listing speakers"):
            where, params = [], []
            if query is not None and query.strip():
                ids = self.ids(query, prefix=True)
                if not ids:
                    return []
                where.append(f"s.id IN ({','.join('?' * len(ids))})")
                params += ids
            if kind is not None:
                where.append("s.kind = ?")
                params.append(speaker_kind(kind).value)
            if quoted_only:
                where.append("s.n_quotes > 0")
            rows = self.cx.conn.execute(
                "SELECT s.* FROM speakers s" + (" WHERE " + " AND ".join(where) if where else "")
                + " ORDER BY s.n_quotes DESC, s.name LIMIT ?",
                (*params, -1 if limit is None else int(limit)),
            ).fetchall()
            aliases = self.aliases(self.cx.conn, [r["id"] for r in rows], every=not where and limit is None)
        return [self._speaker(r, aliases.get(r["id"], ())) for r in rows]

    @staticmethod
    def aliases(conn, ids: Sequence[int], *, every: bool = False) -> dict[int, list[str]]:
        """Aliases of these speakers (of all, in one pass, when ``every``)."""
        if every:
            rows = conn.execute("SELECT speaker_id, alias FROM speaker_aliases ORDER BY speaker_id, alias")
        else:
            rows = []
            for i in range(0, len(ids), 500):
                chunk = ids[i : i + 500]
                rows += conn.execute(
                    f"SELECT speaker_id, alias FROM speaker_aliases WHERE speaker_id IN ({','.join('?' * len(chunk))}) "
                    "ORDER BY speaker_id, alias", chunk).fetchall()
        out: dict[int, list[str]] = {}
        for sid, alias in rows:
            out.setdefault(sid, []).append(alias)
        return out

    @staticmethod
    def _speaker(r: sqlite3.Row, aliases: Sequence[str]) -> SpeakerSummary:
        return SpeakerSummary(r["id"], r["name"], speaker_kind(r["kind"]), tuple(a for a in aliases if a != r["name"]),
                              r["n_quotes"], r["role"])

    def speaker(self, speaker_id: int) -> SpeakerSummary:
        with self.cx.errors("reading a speaker"):
            return self.summary(self.cx.conn, speaker_id)

    def summary(self, conn, speaker_id: int) -> SpeakerSummary:
        return self._speaker(self.row(conn, speaker_id), self.aliases(conn, [speaker_id]).get(speaker_id, ()))

    @staticmethod
    def row(conn, speaker_id: int) -> sqlite3.Row:
        row = conn.execute("SELECT * FROM speakers WHERE id = ?", (speaker_id,)).fetchone()
        if row is None:
            raise LibraryError(f"no speaker {speaker_id} in this library")
        return row

    def rename_speaker(self, speaker_id: int, name: str, *, editor: str) -> SpeakerSummary:
        """Give a speaker a new canonical name; the old one stays an alias."""
        editor = editor_name(editor)
        if not name or not name.strip():
            raise ValueError("a speaker needs a name")
        with self.lib.correction_log.correcting("renaming a speaker") as conn:
            before = self.row(conn, speaker_id)
            conn.execute("UPDATE speakers SET name = ? WHERE id = ?", (name.strip(), speaker_id))
            self.add_aliases(conn, speaker_id, [name], person=before["kind"] == SpeakerKind.PERSON.value)
            self.lib.correction_log.log(conn, "rename_speaker", "name", before["name"], name.strip(), editor=editor, speaker_id=speaker_id)
            return self.summary(conn, speaker_id)

    def merge_speakers(self, keep_id: int, other_id: int, *, editor: str) -> SpeakerSummary:
        """Make ``other_id`` part of ``keep_id``: its quotes, people and aliases move over.

        The log entry lists the quotes moved, so a mistaken merge can be split back.
        """
        editor = editor_name(editor)
        if keep_id == other_id:
            raise ValueError("cannot merge a speaker with itself")
        with self.lib.correction_log.correcting("merging speakers") as conn:
            keep, other = self.row(conn, keep_id), self.row(conn, other_id)
            moved = [r[0] for r in conn.execute("SELECT id FROM quotes WHERE speaker_id = ? ORDER BY id", (other_id,))]
            conn.execute("UPDATE quotes SET speaker_id = ? WHERE speaker_id = ?", (keep_id, other_id))
            conn.execute("UPDATE article_people SET speaker_id = ? WHERE speaker_id = ?", (keep_id, other_id))
            aliases = [r[0] for r in conn.execute("SELECT alias FROM speaker_aliases WHERE speaker_id = ?", (other_id,))]
            self.add_aliases(conn, keep_id, [other["name"], *aliases], person=keep["kind"] == SpeakerKind.PERSON.value)
            conn.execute("DELETE FROM speakers WHERE id = ?", (other_id,))
            self.lib.correction_log.log(conn, "merge_speakers", "speaker",
                      {"id": other_id, "name": other["name"], "kind": other["kind"], "aliases": aliases, "quotes": moved},
                      {"id": keep_id, "name": keep["name"]}, editor=editor, speaker_id=keep_id)
            return self.summary(conn, keep_id)

    def split_speaker(
        self,
        speaker_id: int,
        quote_ids: Sequence[int],
        *,
        name: str,
        kind: SpeakerKind | None = None,
        editor: str,
    ) -> SpeakerSummary:
        """Move ``quote_ids`` of a speaker to a new speaker called ``name`` (a wrong merge undone)."""
        editor = editor_name(editor)
        if not name or not name.strip():
            raise ValueError("the new speaker needs a name")
        with self.lib.correction_log.correcting("splitting a speaker") as conn:
            source = self.row(conn, speaker_id)
            new_kind = speaker_kind(kind) if kind is not None else speaker_kind(source["kind"])
            ids = sorted(set(quote_ids))
            if ids:
                marks = ",".join("?" * len(ids))
                owned = conn.execute(f"SELECT count(*) FROM quotes WHERE speaker_id = ? AND id IN ({marks})",
                                     (speaker_id, *ids)).fetchone()[0]
                if owned != len(ids):
                    raise ValueError(f"some of these quotes are not attributed to speaker {speaker_id}")
            new_id = self._insert(conn, name.strip(), new_kind, None)
            self.add_aliases(conn, new_id, [name], person=new_kind == SpeakerKind.PERSON)
            if ids:
                conn.execute(f"UPDATE quotes SET speaker_id = ?, speaker_name = ? WHERE id IN ({marks})",
                             (new_id, name.strip(), *ids))
            self.lib.correction_log.log(conn, "split_speaker", "speaker", {"id": speaker_id, "name": source["name"], "quotes": ids},
                      {"id": new_id, "name": name.strip(), "kind": new_kind.value}, editor=editor, speaker_id=new_id)
            return self.summary(conn, new_id)

    def suggest_merges(self, *, threshold: float = 88.0, limit: int = 50) -> list[MergeSuggestion]:
        """Pairs of speakers that may be one, best first. Never applied automatically.

        Two people are suggested when one name's tokens contain the other's with the same
        surname (a "Kerry" left apart because two Kerrys existed), or when their names are
        close by rapidfuzz's token-sort ratio (spelling variants: "Haidar al-Abadi").
        """
        from rapidfuzz import fuzz, process

        speakers = self.speakers()
        out: list[MergeSuggestion] = []
        by_kind: dict[SpeakerKind, list[SpeakerSummary]] = {}
        for s in speakers:
            by_kind.setdefault(s.kind, []).append(s)
        for group in by_kind.values():
            keys = [names.norm(s.name) for s in group]
            # Compare within blocks that share a surname initial, so a big library stays fast.
            blocks: dict[str, list[int]] = {}
            for i, k in enumerate(keys):
                blocks.setdefault(k.split()[-1][:1] if k else "", []).append(i)
            for idx in blocks.values():
                block = [keys[i] for i in idx]
                scores = process.cdist(block, block, scorer=fuzz.token_sort_ratio, score_cutoff=min(threshold, 100),
                                       workers=-1)
                for a in range(len(idx)):
                    for b in range(a + 1, len(idx)):
                        sa, sb = group[idx[a]], group[idx[b]]
                        ta, tb = names.tokens(sa.name), names.tokens(sb.name)
                        if sa.kind == SpeakerKind.PERSON and names.names_same_person(ta, tb):
                            score, reason = 95.0, "one name contains the other"
                        elif scores[a][b] >= threshold:
                            score, reason = float(scores[a][b]), "similar spelling"
                        else:
                            continue
                        keep, other = (sa, sb) if (len(ta), sa.n_quotes) >= (len(tb), sb.n_quotes) else (sb, sa)
                        out.append(MergeSuggestion(keep, other, score, reason))
        out.sort(key=lambda m: (-m.score, -(m.keep.n_quotes + m.other.n_quotes)))
        return out[:limit]


def _linkable(name: str, kind: SpeakerKind) -> tuple[bool, tuple[str, ...]] | None:
    """Whether ``name`` is a person's, and its name tokens; None for a kind not linked across
    the library or a name without words."""
    if kind not in LINKED_KINDS:
        return None
    person = kind == SpeakerKind.PERSON
    toks = names.tokens(name, strip_titles=person)
    return (person, toks) if toks else None
