"""The soak driver: the window's way of using one library file, with everything around it at once.

One real library file, used as the desktop app uses it:

- the window (this process's main connection, open throughout) makes corrections and undoes
  some of them;
- worker threads open their own connection (``Library.reopen()``, as ``gui/jobs.py``) and read
  and write;
- child processes import (``import_paths`` with a stand-in engine for synthetic articles, and
  now and then the real ``quotedesk import`` with spaCy) and re-analyse (``services.reanalysis``
  likewise, and ``quotedesk reanalyze``), some of them killed with SIGKILL mid-work, once some
  of their writes returned;
- a second window process reads (lists, search, quotes) and now and then writes.

Every call that returned is journalled, one JSON line fsynced at once, outside the library. The
checks (:func:`verify`, every few rounds in another process and at the end) hold the library to
the journals: a clean ``PRAGMA integrity_check``; every journalled correction in the corrections
log, and each quote as its last logged correction left it; every journalled article stored; no
article half stored (all its quotes and people).

Used by ``tests/services/test_soak.py`` (about a minute) and ``benchmarks/soak.py`` (long runs).
Children run this module: ``python -m tests.soak import|reanalyze|window|verify ...``.
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from quotedesk.core.errors import LibraryError
from quotedesk.core.model import Analysis, Person, Quote, SpeakerKind, Span
from quotedesk.core.paths import sample_article
from quotedesk.ingest import read_paths
from quotedesk.store import Library, Unchanged
from quotedesk.store.corrections import Corrections

ROOT = Path(__file__).resolve().parents[1]
EDITORS_LINE = "The editors may quote this line too."  # ends every article: room for add_quote
SYNTHETIC = "Soak article"  # the title of the stand-in engine's articles
NAMES = ["Maria Lopez", "Tom Becker", "Anna Kowalski", "David Okafor", "Lena Park", "Omar Haddad",
         "Ines Moreau", "Karl Vogel"]
SAYINGS = ["We will not accept these cuts", "The numbers speak for themselves", "Nobody told us anything",
           "This is the best result in a decade", "Prices will keep rising", "I have never seen anything like it"]
QUOTE = re.compile(r"\u201c([^\u201d]*),\u201d said ([A-Z]\w+ [A-Z]\w+)\.")
REFUSED = (LibraryError, ValueError)  # what the window shows in words (gui/session.py REFUSALS)


# -- articles ------------------------------------------------------------------------------------

def synthetic_text(n: int) -> str:
    """A short article whose quotes :func:`analyze_synthetic` finds exactly."""
    rng = random.Random(n)
    cast = rng.sample(NAMES, 3)
    lines = [f"{SYNTHETIC} {n}", ""]
    lines += [f"\u201c{rng.choice(SAYINGS)},\u201d said {rng.choice(cast)}." for _ in range(rng.randint(3, 6))]
    return "\n\n".join(lines + [f"{SYNTHETIC} {n} ends here. {EDITORS_LINE}\n"])


def real_text(n: int) -> str:
    """The sample news article, made unique, for the real engine."""
    return sample_article().read_text(encoding="utf-8") + f"\n\nReport number {n} ends here. {EDITORS_LINE}\n"


def analyze_synthetic(texts, *, batch_size: int = 16, variant: int = 0, **_):
    """A stand-in engine for :func:`synthetic_text` articles (``analyze_many``'s signature);
    ``variant`` attributes each quote to another of the article's people, as a new model might."""
    for text in texts:
        found = list(QUOTE.finditer(text))
        names = list(dict.fromkeys(m[2] for m in found))
        mentions = {n: tuple(Span(m.start(2), m.end(2)) for m in found if m[2] == n) for n in names}
        quotes = []
        for m in found:
            speaker = names[(names.index(m[2]) + variant) % len(names)]
            quotes.append(Quote(m.start(), m.end(1) + 2, (Span(m.start(1), m.end(1)),), speaker=speaker,
                                speaker_kind=SpeakerKind.PERSON, mention=mentions[speaker][0], confidence=0.7))
        people = [Person(n, SpeakerKind.PERSON, mentions[n], (n.split()[-1],)) for n in names]
        yield Analysis(text, quotes, people, f"soak-{variant}")


# -- the journal -----------------------------------------------------------------------------------

class Journal:
    """JSON lines outside the library, each fsynced before the caller goes on."""

    def __init__(self, path: Path) -> None:
        self._file = open(path, "a", encoding="utf-8")
        self._lock = threading.Lock()

    def record(self, **entry) -> None:
        with self._lock:
            self._file.write(json.dumps(entry) + "\n")
            self._file.flush()
            os.fsync(self._file.fileno())

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> "Journal":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def read_journals(folder: Path) -> list[dict]:
    entries = []
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                entries.append(json.loads(line))
            except json.JSONDecodeError:
                pass  # the last line of a killed child's journal: its call never returned
    return entries


# -- an editor at work ------------------------------------------------------------------------------

class Editor:
    """One connection's editor: reads, corrections and undo, each correction journalled once its
    call returned, tagged with a unique editor name (``window:set_status:17``) so the check finds
    its lines in the corrections log. ``mix`` weighs reads, corrections and undos."""

    OPS = ("set_speaker", "set_bounds", "add_quote", "set_status", "remove_restore", "verify_article")

    def __init__(self, lib: Library, journal: Journal, rng: random.Random, name: str, *, mix) -> None:
        self.lib, self.journal, self.rng, self.name, self.mix = lib, journal, rng, name, mix
        self.ops: Counter[str] = Counter()
        self.errors: list[str] = []  # refusals that mean the file is damaged
        self._undo: list[int] = []  # this editor's undoable operations, newest last (as gui/session.py's stack)
        self._ids: list[int] = []
        self._seq = 0

    def step(self) -> None:
        kind = self.rng.choices(("read", "correct", "undo"), weights=self.mix)[0]
        try:
            if kind == "read":
                self.read()
            elif kind == "undo":
                self.undo()
            else:
                self.correct(self.rng.choice(self.OPS))
        except REFUSED as e:  # a quote re-analysis replaced, a busy library: the window says so
            self.ops["refused"] += 1
            if "damaged" in str(e) or "not a QuoteDesk library" in str(e):
                self.errors.append(f"{self.name}: {e}")

    def _tag(self, op: str) -> str:
        self._seq += 1
        return f"{self.name}:{op}:{self._seq}"

    def _article(self) -> int | None:
        if not self._ids or self.rng.random() < 0.1:
            self._ids = [a.id for a in self.lib.articles()]
        return self.rng.choice(self._ids) if self._ids else None

    def read(self) -> None:
        aid = self._article()
        self.lib.articles(status="proposed", limit=50)
        self.lib.search(speaker=self.rng.choice(NAMES).split()[-1], limit=20)
        self.lib.search(text=self.rng.choice(SAYINGS).split()[-1], limit=20)
        if aid is not None:
            self.lib.quotes(aid)
            self.lib.people(aid)
            self.lib.corrections(article_id=aid, limit=20)
        self.ops["read"] += 1

    def correct(self, op: str) -> None:
        aid = self._article()
        if aid is None:
            return
        quotes = self.lib.quotes(aid, include_removed=True)
        q = self.rng.choice(quotes) if quotes else None
        if q is None and op != "add_quote":
            return
        tag = self._tag(op)
        actions, quote_id = getattr(self, "_" + op)(aid, q, tag)
        self._record(tag, actions, quote_id)
        if self.lib.last_operation is not None:
            self._undo.append(self.lib.last_operation)
        self.ops[op] += 1

    def undo(self) -> None:
        """Undo this editor's newest correction through the library, as the window's Ctrl+Z does
        (refused when another editor's correction came after it)."""
        if self._undo:
            tag = self._tag("undo")
            self.lib.undo(editor=tag, operation_id=self._undo.pop())
            self._record(tag, ["undo"], None)
            self.ops["undo"] += 1

    def _record(self, tag: str, actions: list[str], quote_id: int | None) -> None:
        self.journal.record(tag=tag, actions=actions, quote=quote_id)

    # Each correction returns (actions logged, quote id).

    def _logged(self, action: str) -> list[str]:
        """A correction that changed nothing (its quote already so) logs nothing."""
        return [] if self.lib.last_operation is None else [action]

    def _set_speaker(self, aid, q, tag):
        names = [p.name for p in self.lib.people(aid)] + [self.rng.choice(NAMES), None]
        self.lib.set_speaker(q.id, self.rng.choice(names), editor=tag)
        return self._logged("set_speaker"), q.id

    def _set_bounds(self, aid, q, tag):
        start = q.start + self.rng.randint(0, 2)  # inward only: a quote never grows into its neighbour
        end = max(start + 1, q.end - self.rng.randint(0, 2))
        moved = self.lib.set_bounds(q.id, start, end, editor=tag)
        return ([] if isinstance(moved, Unchanged) else ["set_bounds"]), q.id  # the same bounds log nothing

    def _add_quote(self, aid, q, tag):
        text = self.lib.article(aid).text
        at = text.find(EDITORS_LINE)
        start, end = at + self.rng.randint(0, 8), at + len(EDITORS_LINE) - self.rng.randint(0, 8)
        speaker = self.rng.choice([None, self.rng.choice(NAMES)])
        new = self.lib.add_quote(aid, start, end, speaker=speaker, editor=tag)
        actions = ["add_quote"] + ["set_speaker"] * (speaker is not None)
        return actions, new.id

    def _set_status(self, aid, q, tag):
        status = self.rng.choice([s for s in ("proposed", "verified", "rejected") if s != q.status])
        self.lib.set_status(q.id, status, editor=tag)  # (another editor may have set it since q was read)
        return self._logged("set_status"), q.id

    def _remove_restore(self, aid, q, tag):
        do = self.lib.restore_quote if q.removed else self.lib.remove_quote
        do(q.id, editor=tag)
        return self._logged(do.__name__), q.id

    def _verify_article(self, aid, q, tag):
        n = self.lib.verify_article(aid, editor=tag)
        return ["set_status"] * n, None


# -- checks ------------------------------------------------------------------------------------------

def verify(path: Path, journals: Path) -> dict:
    """The library against every journal: lists of problems by kind, and what it holds."""
    entries = read_journals(journals)
    out: dict = {"integrity": [], "lost_corrections": [], "lost_articles": [], "half_stored": [], "state": []}
    try:
        with Library.open(path, create=False) as lib:
            out["integrity"] = lib.integrity_check()
            log = lib.corrections()
            undone = {r[0] for r in lib.db.execute("SELECT id FROM operations WHERE state <> 'done'")}
            articles = list(lib.iter_articles())
            quotes = {a.id: lib.quotes(a.id, include_removed=True) for a in articles}
            people = {a.id: lib.people(a.id) for a in articles}
    except LibraryError as e:
        out["integrity"].append(str(e))
        return out
    out["counts"] = {"articles": len(articles), "corrections": len(log)}
    out["journalled"] = dict(Counter("import" if "article" in e else e["tag"].split(":")[1] for e in entries))
    by_tag = defaultdict(list)
    for c in log:
        by_tag[c.editor].append(c)
    hashes = {a.content_hash for a in articles}
    for e in entries:
        if "article" in e and e["article"] not in hashes:
            out["lost_articles"].append(e["article"])
        if "tag" in e:
            got = by_tag.get(e["tag"], [])
            if [c.action for c in got] != e["actions"] or any(e["quote"] not in (None, c.quote_id) for c in got):
                out["lost_corrections"].append(f"{e['tag']}: returned {e['actions']}, logged {[c.action for c in got]}")
    live = [c for c in log if c.operation_id not in undone]
    out["state"] = _state_problems(live, {q.id: q for qs in quotes.values() for q in qs})
    real = Counter()
    for a in articles:
        machine = sum(q.origin == "machine" for q in quotes[a.id])
        if a.text.startswith(SYNTHETIC):
            [want] = analyze_synthetic([a.text])
            if (machine, len(people[a.id])) != (len(want.quotes), len(want.people)):
                out["half_stored"].append(f"article {a.id}: {machine} quotes and {len(people[a.id])} people, "
                                          f"not {len(want.quotes)} and {len(want.people)}")
        else:  # the sample's quotes do not overlap, so re-analysis keeps their number
            real[(machine, len(people[a.id]))] += 1
    if len(real) > 1 or any(0 in k for k in real):
        out["half_stored"].append(f"real articles (quotes, people): {dict(real)}")
    return out


def _state_problems(log, quotes) -> list[str]:
    """Each corrected quote must be as its last live correction of each field left it (an undone
    correction's rows were put back as they were before it)."""
    last = {}
    for c in log:
        if c.quote_id is None:
            continue
        if c.action == "add_quote":
            last[c.quote_id, "bounds"] = {k: c.after[k] for k in ("start", "end", "parts")}
            last[c.quote_id, "status"], last[c.quote_id, "removed"] = c.after["status"], False
        elif c.action in ("set_bounds", "set_speaker", "set_status"):
            last[c.quote_id, c.field] = c.after
        elif c.action in ("remove_quote", "restore_quote"):
            last[c.quote_id, "removed"] = c.after
    problems = []
    for (qid, what), want in last.items():
        q = quotes.get(qid)
        if q is None:
            problems.append(f"quote {qid}: corrected, but no longer in the library")
            continue
        have = {"bounds": Corrections._bounds_state, "speaker": Corrections._speaker_state,
                "status": lambda q: q.status, "removed": lambda q: q.removed}[what](q)
        if have != want:
            problems.append(f"quote {qid} {what}: {have}, but the log's last correction says {want}")
    return problems


# -- the driver ----------------------------------------------------------------------------------

@dataclass
class SoakReport:
    seed: int
    rounds: int = 0
    kills: int = 0
    children: Counter = field(default_factory=Counter)  # started, by kind
    operations: Counter = field(default_factory=Counter)  # writes that returned (journalled), this process's reads
    checks: int = 0
    counts: dict = field(default_factory=dict)  # what the library holds at the end
    problems: dict = field(default_factory=lambda: defaultdict(list))
    caught: str = ""  # when the first problem showed
    seconds: float = 0.0

    def problem_lines(self) -> list[str]:
        return [f"{kind}: {p}" for kind, ps in self.problems.items() for p in ps]

    def summary(self) -> str:
        found = {k: len(v) for k, v in self.problems.items() if v}
        return (f"seed {self.seed}: {self.rounds} rounds in {self.seconds:.0f} s, {self.checks} checks; "
                f"children {dict(self.children)}, {self.kills} killed; operations {dict(self.operations)}; "
                f"library {self.counts}; problems {found or 'none'}"
                + (f" (the first: {self.caught})" if self.caught else ""))


class Soak:
    """Rounds of children, kills, worker threads and the window's corrections on one library."""

    def __init__(self, workdir: Path, *, seed: int, real_every: int = 8, check_every: int = 5,
                 kill_rate: float = 0.35, progress=None) -> None:
        self.dir = Path(workdir)
        self.path = self.dir / "library.sqlite"
        self.journals = self.dir / "journals"
        for d in (self.journals, self.dir / "logs", self.dir / "in"):
            d.mkdir(parents=True, exist_ok=True)
        self.rng = random.Random(seed)
        self.real_every, self.check_every, self.kill_rate = real_every, check_every, kill_rate
        self.progress = progress or (lambda report: None)
        self.report = SoakReport(seed)
        self.env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "desktop"), str(ROOT)]))
        self._n = 0  # articles written for imports so far
        self._owed = False  # the last planned kill missed (the child had finished): kill in the next round
        self._worker: threading.Thread | None = None
        self._editors: list[Editor] = []

    def run(self, *, rounds: int | None = None, seconds: float | None = None) -> SoakReport:
        self.started = started = time.monotonic()
        journal = Journal(self.journals / "window.jsonl")
        lib = Library.open(self.path)
        try:
            window = Editor(lib, journal, random.Random(self.rng.random()), "window", mix=(1, 6, 2))
            self._editors.append(window)
            r = 0
            while (rounds is None or r < rounds) and (seconds is None or time.monotonic() - started < seconds):
                r += 1
                self._round(r, lib, window, journal)
                self.report.rounds = r
                if r % self.check_every == 0:
                    self._check(r, in_process=False)
                self.report.seconds = time.monotonic() - started
                if self.report.caught:
                    break
                self.progress(self.report)
            self._check(r, in_process=False)  # another process's view while the window is still open
        finally:
            self._join_worker()
            lib.close()
            journal.close()
        self._check(self.report.rounds, in_process=True)
        for e in self._editors:
            self.report.operations.update({k: n for k, n in e.ops.items() if k in ("read", "refused")})
        self.report.seconds = time.monotonic() - started
        return self.report

    # -- one round -------------------------------------------------------------------------------

    def _round(self, r: int, lib: Library, window: Editor, journal: Journal) -> None:
        children = [self._spawn(kind, r, lib) for kind in self._kinds(r)]
        children = [c for c in children if c is not None]
        children[0]["kill"] = children[0]["kill"] or self._owed
        steps = 0
        try:
            while steps < 5 or any(c["proc"].poll() is None for c in children):
                window.step()
                steps += 1
                if steps % 8 == 0 and (self._worker is None or not self._worker.is_alive()):
                    self._join_worker()
                    self._worker = threading.Thread(target=self._work, args=(lib, journal, self.rng.random(), r, steps))
                    self._worker.start()
                for c in children:
                    if c["kill"] and c["proc"].poll() is None and c["written"]() >= c["writes"]:
                        c["proc"].kill()
                time.sleep(self.rng.uniform(0, 0.02))
        except BaseException:  # the driver failed: leave no child of ours running
            for c in children:
                c["proc"].kill()
                c["proc"].wait()
            raise
        self._join_worker()
        killed = [self._finish(c, r, journal) for c in children]
        self._owed = any(c["kill"] for c in children) and not any(killed)
        for e in self._editors:
            self._problems({"refusals": e.errors}, r)
            e.errors = []

    def _kinds(self, r: int) -> list[str]:
        kinds = [self.rng.choice(("import", "import", "reanalyze"))]
        if self.real_every and r % self.real_every == 1:
            kinds.append("real-import")
        elif self.real_every and r % self.real_every == self.real_every // 2 + 1:
            kinds.append("real-reanalyze")
        if self.rng.random() < 0.5:
            kinds.append("window")
        return kinds

    def _spawn(self, kind: str, r: int, lib: Library) -> dict | None:
        """Starts a child; it is to be killed (``kill``) once ``written()`` of its writes returned."""
        py, lib_path, tag = sys.executable, str(self.path), f"r{r}"
        journal = self.journals / f"r{r}-{kind}.jsonl"
        child = {"kind": kind, "hashes": [], "kill": self.rng.random() < self.kill_rate,
                 "written": lambda: journal.read_bytes().count(b"\n") if journal.exists() else 0,
                 "writes": self.rng.randint(1, 3)}  # killed once that many writes returned, more to come
        if kind in ("import", "real-import"):
            folder = self.dir / "in" / f"r{r}-{kind}"
            folder.mkdir()
            real = kind == "real-import"
            for _ in range(self.rng.randint(2, 3) if real else self.rng.randint(2, 6)):
                self._n += 1
                (folder / f"{self._n}.txt").write_text(real_text(self._n) if real else synthetic_text(self._n),
                                                       encoding="utf-8")
            files = sorted(folder.iterdir())
            cmd = [py, "-m", "tests.soak", "import", lib_path, str(journal), *map(str, files)]
            if real:
                cmd = [py, "-m", "quotedesk.cli", "import", str(folder), "--library", lib_path, "--editor", tag]
                child["hashes"] = hashes = [a.content_hash for a in read_paths(files)]
                child["written"] = lambda: sum(lib.find_article(h) is not None for h in hashes)
                child["writes"] = self.rng.randint(1, len(files) - 1)
        elif kind == "reanalyze":
            cmd = [py, "-m", "tests.soak", "reanalyze", lib_path, str(journal), str(self.rng.randint(0, 2)),
                   str(self.rng.random())]
        elif kind == "window":
            cmd = [py, "-m", "tests.soak", "window", lib_path, str(journal), f"window{r}", str(self.rng.random())]
        else:  # real-reanalyze: the real articles only (the stand-in engine's stay the stand-in's)
            real_ids = [a.id for a in lib.iter_articles() if not a.text.startswith(SYNTHETIC)]
            if not real_ids:
                return None
            ids = self.rng.sample(real_ids, min(3, len(real_ids)))
            cmd = [py, "-m", "quotedesk.cli", "reanalyze", "--all", "--library", lib_path, "--editor", tag]
            cmd += [arg for aid in ids for arg in ("--article", str(aid))]
            child["written"] = lambda: sum(c.editor == tag for aid in ids for c in lib.corrections(article_id=aid))
            child["writes"] = self.rng.randint(1, max(1, len(ids) - 1))
        with open(self.dir / "logs" / f"r{r}-{kind}.log", "w") as log:
            child["proc"] = subprocess.Popen(cmd, cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT)
        self.report.children[kind] += 1
        return child

    def _finish(self, child: dict, r: int, journal: Journal) -> bool:
        """Collects a child; returns whether it was killed."""
        rc = child["proc"].wait()
        if rc == -signal.SIGKILL:
            self.report.kills += 1
            return True
        if rc != 0:
            log = (self.dir / "logs" / f"r{r}-{child['kind']}.log").read_text(encoding="utf-8", errors="replace")
            self._problems({"children": [f"{child['kind']} exit {rc}: {log[-2000:]}"]}, r)
            return False
        for h in child["hashes"]:  # `quotedesk import` returned: all its articles are stored
            journal.record(article=h)
        return False

    def _work(self, lib: Library, journal: Journal, seed: float, r: int, n: int) -> None:
        """A worker thread's job: its own connection, as gui/jobs.py opens one."""
        try:
            own = lib.reopen()
            try:
                editor = Editor(own, journal, random.Random(seed), f"worker{r}.{n}", mix=(2, 2, 1))
                self._editors.append(editor)
                for _ in range(editor.rng.randint(2, 6)):
                    editor.step()
            finally:
                own.close()
        except Exception as e:  # noqa: BLE001 - reported with the others
            self._problems({"worker": [f"{type(e).__name__}: {e}"]}, r)

    def _join_worker(self) -> None:
        if self._worker is not None:
            self._worker.join()
            self._worker = None

    # -- checks ----------------------------------------------------------------------------------

    def _check(self, r: int, *, in_process: bool) -> None:
        """Checks the library, here or in another process (while the window is open)."""
        self.report.checks += 1
        if in_process:
            found = verify(self.path, self.journals)
        else:
            out = subprocess.run([sys.executable, "-m", "tests.soak", "verify", str(self.path), str(self.journals)],
                                 cwd=ROOT, env=self.env, capture_output=True, text=True)
            if out.returncode != 0:
                found = {"children": [f"verify exit {out.returncode}: {out.stderr[-2000:]}"]}
            else:
                found = json.loads(out.stdout)
        self.report.counts = found.pop("counts", self.report.counts)
        self.report.operations = Counter(found.pop("journalled", self.report.operations))
        self._problems(found, r)

    def _problems(self, found: dict, r: int) -> None:
        """Adds problems by kind; the first one found says when it was."""
        for kind, ps in found.items():
            self.report.problems[kind].extend(f"round {r}: {p}" for p in ps)
            if ps and not self.report.caught:
                self.report.caught = f"{kind} in round {r}, after {time.monotonic() - self.started:.1f} s"


def run_soak(workdir: Path, *, seed: int, rounds: int | None = None, seconds: float | None = None,
             **options) -> SoakReport:
    """Soak one library in ``workdir`` for ``rounds`` or ``seconds`` (whichever ends first)."""
    return Soak(workdir, seed=seed, **options).run(rounds=rounds, seconds=seconds)


# -- the children ------------------------------------------------------------------------------

def _child_import(lib_path: str, journal_path: str, *files: str) -> None:
    """Imports the files one call each through the library's import, journalling what returned."""
    from quotedesk.services import import_paths

    with Library.open(lib_path) as lib, Journal(Path(journal_path)) as journal:
        for f in files:
            report = import_paths(lib, [f], analyze=analyze_synthetic, editor="soak")
            if report.errors:
                raise SystemExit(f"{f}: {report.errors}")
            for aid in report.added:
                journal.record(article=lib.article(aid).content_hash)


def _child_reanalyze(lib_path: str, journal_path: str, variant: str, seed: str) -> None:
    """Re-analyses some synthetic articles, one call each, with the stand-in engine's ``variant``."""
    from quotedesk.services.reanalysis import reanalyze

    rng = random.Random(float(seed))
    with Library.open(lib_path) as lib, Journal(Path(journal_path)) as journal:
        ids = [a.id for a in lib.iter_articles() if a.text.startswith(SYNTHETIC)]
        for aid in rng.sample(ids, min(8, len(ids))):
            tag = f"reanalyzer{seed}:reanalyze:{aid}"
            report = reanalyze(lib, editor=tag, article_ids=[aid], include_current=True, use_active_model=False,
                               analyze=partial(analyze_synthetic, variant=int(variant)))
            journal.record(tag=tag, actions=["reanalyze"] * len(report.articles), quote=None)


def _child_window(lib_path: str, journal_path: str, name: str, seed: str) -> None:
    """A second window: mostly reading, now and then correcting."""
    rng = random.Random(float(seed))
    with Library.open(lib_path) as lib, Journal(Path(journal_path)) as journal:
        editor = Editor(lib, journal, rng, name, mix=(6, 1, 1))
        for _ in range(rng.randint(20, 80)):
            editor.step()
            time.sleep(rng.uniform(0, 0.02))
        if editor.errors:
            raise SystemExit("\n".join(editor.errors))


def _child_verify(lib_path: str, journals: str) -> None:
    print(json.dumps(verify(Path(lib_path), Path(journals))))


if __name__ == "__main__":
    {"import": _child_import, "reanalyze": _child_reanalyze, "window": _child_window,
     "verify": _child_verify}[sys.argv[1]](*sys.argv[2:])
