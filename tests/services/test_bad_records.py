"""One bad record never sinks a run: each is reported as ``FILE:LINE: what is wrong``, the rest stored."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from quotedesk.cli import main
from quotedesk.store import Library

GOOD = ['{"id": "before", "text": "\\"We will win,\\" Ann Lee said."}',
        '{"id": "after", "text": "\\"We lost,\\" Bo Li said."}']
EXPORT = '"quotedesk_export": 1, "text": "\\"Hi,\\" Ann said.", "quotes": '

# (what is wrong, the bad line, words the one-line message must hold)
BAD_ROWS = [
    ("date not a string", '{"id": "x", "text": "Some text here.", "date": [2020, 1, 1]}', "date"),
    ("title not a string", '{"id": "x", "text": "Some text here.", "title": {"a": 1}}', "title"),
    ("source not a string", '{"id": "x", "text": "Some text here.", "source": 7}', "source"),
    ("id not a string", '{"id": [1], "text": "Some text here."}', "id"),
    ("lone surrogate", '{"id": "x", "text": "Hi \\ud800 there"}', "surrogate"),
    ("deep nesting", "[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ("malformed JSON", '{"id": "x", "text": ', "not valid JSON"),
    ("not an object", '["text"]', "JSON object"),
    ("export quote not an object", "{" + EXPORT + "[1]}", "quotes[0]"),
    ("export role not a string", "{" + EXPORT + '[{"start": 0, "end": 5, "role": {}}]}', "quotes[0].role"),
    ("export person name not a string", "{" + EXPORT + '[], "people": [{"name": 123}]}', "people[0].name"),
    ("NaN in any field", "{" + EXPORT + '[{"start": 0, "end": 5, "confidence": NaN}]}', "NaN is not a finite number"),
    ("number too large", '{"id": "x", "text": "Some text here.", "weight": 1e400}', "1e400 is not a finite number"),
]


def _files(tmp_path, bad_lines):
    first = tmp_path / "a.txt"
    first.write_text('"Fine," Cy Ko said.', encoding="utf-8")
    rows = tmp_path / "s.jsonl"
    rows.write_text("\n".join([GOOD[0], *bad_lines, GOOD[1]]) + "\n", encoding="utf-8")
    last = tmp_path / "c.txt"
    last.write_text('"Done," Di Wu said.', encoding="utf-8")
    return first, rows, last


@pytest.mark.parametrize("problem, line, words", BAD_ROWS, ids=[b[0] for b in BAD_ROWS])
def test_import_reports_the_bad_line_and_stores_the_rest(tmp_path, capsys, problem, line, words):
    lib = tmp_path / "lib.sqlite"
    files = _files(tmp_path, [line])
    assert main(["import", *map(str, files), "--library", str(lib)]) == 1
    err = capsys.readouterr().err
    (message,) = [m for m in err.splitlines() if m.startswith("quotedesk: skipped")]
    assert "s.jsonl:2: " in message and words in message, message
    assert "Traceback" not in err
    with Library.open(lib, create=False) as library:
        stored = {a.external_id for a in library.iter_articles()}
    assert stored == {"a", "before", "after", "c"}


def test_extract_writes_every_good_article_and_one_line_per_bad_row(tmp_path):
    files = _files(tmp_path, [line for _, line, _ in BAD_ROWS])
    out = tmp_path / "out.jsonl"
    r = subprocess.run([sys.executable, "-m", "quotedesk", "extract", *map(str, files), "-o", str(out)],
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    errors = [m for m in r.stderr.splitlines() if m.startswith("quotedesk: skipped")]
    assert [m.split()[2] for m in errors] == [f"{files[1]}:{n}:" for n in range(2, 2 + len(BAD_ROWS))]
    assert [json.loads(row)["id"] for row in out.read_text(encoding="utf-8").splitlines()] == ["a", "before", "after", "c"]
