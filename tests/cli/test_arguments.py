"""Arguments are checked before any work: out-of-range numbers, NUL or non-UTF-8 text, runaway
word lists and non-UTF-8 gold files each get one error line, never a traceback or a silent no-op."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

WORDS = " ".join(f"w{i}" for i in range(1100))

# (arguments, exit code, words of the error line); {lib}, {file} and {gold} are filled in.
CASES = [
    (["import", "{file}", "--batch-size", "0"], 2, "argument --batch-size: 0 is out of range"),
    (["import", "{file}", "--batch-size", "-5"], 2, "argument --batch-size: -5 is out of range"),
    (["reanalyze", "--batch-size", "0"], 2, "argument --batch-size: 0 is out of range"),
    (["search", "--speaker", "Kerry", "--limit", "1e20"], 2, "argument --limit: '1e20' is not a whole number"),
    (["search", "--speaker", "Kerry", "--limit", "1" + "0" * 20], 2, "argument --limit: 1" + "0" * 20 + " is out of range"),
    (["search", "--article", "1" + "0" * 20], 2, "argument --article: 1" + "0" * 20 + " is out of range"),
    (["reanalyze", "--article", "0"], 2, "argument --article: 0 is out of range"),
    (["search", "--text", b"caf\xe9"], 2, "argument --text: is not valid UTF-8 text"),
    (["search", "--speaker", "Kerry", "--from", b"\xff\xfe"], 2, "argument --from: '\\udcff\\udcfe' is not a date"),
    (["search", "--speaker", "Kerry", "--to", "yesterday"], 2, "argument --to: 'yesterday' is not a date"),
    (["import", "{file}", "--editor", b"ana\xff"], 2, "argument --editor: is not valid UTF-8 text"),
    (["search", "--speaker", WORDS], 2, "argument --speaker: has more than 100 words"),
    (["speakers", "--query", WORDS], 2, "argument --query: has more than 100 words"),
    (["evaluate", "{gold}"], 1, "{gold}:2: not UTF-8 text"),
    (["train", "--gold", "{gold}"], 1, "{gold}:2: not UTF-8 text"),
]


@pytest.mark.parametrize("args, code, words", CASES, ids=[" ".join(map(str, c[0]))[:40] for c in CASES])
def test_bad_arguments_get_one_error_line(tmp_path, args, code, words):
    article = tmp_path / "a.txt"
    article.write_text('"Fine," Cy Ko said.', encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes(b'{"id": "1", "text": "ok", "quotes": []}\n{"id": "2", "text": "caf\xe9"}\n')
    lib = tmp_path / "lib.sqlite"
    fill = {"{file}": str(article), "{gold}": str(gold)}
    argv = [fill.get(a, a) if isinstance(a, str) else a for a in args]
    if args[0] != "evaluate":
        argv += ["--library", str(lib)]
    r = subprocess.run([sys.executable, "-m", "quotedesk", *argv], capture_output=True,
                       timeout=120, env={**os.environ, "PYTHONIOENCODING": "utf-8:backslashreplace"})
    err = r.stderr.decode("utf-8")
    assert r.returncode == code and "Traceback" not in err, err
    assert words.replace("{gold}", str(gold)) in err.strip().splitlines()[-1]
    if code == 2:
        assert not lib.exists()  # refused before any work
