"""``quotedesk extract`` on real files, good and bad, through the real entry point."""

import json
import subprocess
import sys

from quotedesk.core.paths import sample_article


def run(*args, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "quotedesk", *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=600
    )


def test_extract_writes_scorer_format(tmp_path):
    out = tmp_path / "out.jsonl"
    r = run("extract", sample_article(), "-o", out)
    assert r.returncode == 0, r.stderr
    (row,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert row["id"] == "voa-kerry-coalition"
    text = row["text"]
    speakers = [q["speaker"] for q in row["quotes"]]
    assert speakers.count("John Kerry") == 9
    for q in row["quotes"]:
        s, e = q["speaker_mentions"][0]
        assert text[s:e] in {"Kerry", "he", "Abadi", "Iraq's Abadi", "Abe", "Kurdish fighters"}
        assert text[q["start"] : q["end"]] == q["text"]


def test_bad_inputs_get_one_line_each_and_the_rest_is_processed(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text('"We will win," Jane Doe said.', encoding="utf-8")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    latin = tmp_path / "latin.txt"
    latin.write_bytes('"C\'est la fin, déjà," a dit Jean Dupont à Besançon, où le café coûte cher.'.encode("cp1252"))
    broken = tmp_path / "rows.jsonl"
    broken.write_text('{"id": "a", "text": "\\"Yes,\\" Ann Lee said."}\n{not json\n', encoding="utf-8")
    missing = tmp_path / "nope.txt"
    out = tmp_path / "out.jsonl"
    r = run("extract", good, binary, empty, latin, broken, missing, "-o", out)
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    errors = [line for line in r.stderr.splitlines() if line.startswith("quotedesk: skipped")]
    assert len(errors) == 4, r.stderr
    for path in (binary, empty, broken, missing):
        assert any(str(path) in e for e in errors)
    rows = {row["id"]: row for row in map(json.loads, out.read_text().splitlines())}
    assert set(rows) == {"good", "latin", "a"}
    assert rows["good"]["quotes"][0]["speaker"] == "Jane Doe"
    assert rows["good"]["quotes"][0]["method"] == "syntax"  # the sieve that found Jane Doe
    assert "déjà" in rows["latin"]["text"]


def test_html_article(tmp_path):
    page = tmp_path / "story.html"
    page.write_text(
        "<html><head><title>Mayor speaks</title></head><body><nav>Home | World | Sport</nav>"
        "<article><h1>Mayor speaks</h1><p>The mayor of Springfield addressed the council on Monday evening "
        "about the budget for the coming year and the state of the roads.</p>"
        '<p>"We will fix every road in this city before winter comes," Mayor Joe Quimby said.</p>'
        "<p>Residents have complained for months about potholes on the main streets of the town.</p>"
        "</article><footer>Copyright</footer></body></html>",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    r = run("extract", page, "-o", out)
    assert r.returncode == 0, r.stderr
    row = json.loads(out.read_text())
    assert "Home | World" not in row["text"]
    assert [q["speaker"] for q in row["quotes"]] == ["Joe Quimby"]


def test_offsets_index_the_given_text_of_crlf_files(tmp_path):
    words = [
        "City news 🎉🇫🇷",
        "Mayor Ana Ruiz spoke to the council on Monday about the budget.",
        '"We will fix every road in this city before the winter comes," she said.',
        "Line separators\u2028stay inside a row.",
        '"It will take two years," said Tom Lee, the head of the roads office.',
    ]
    text = "\r\n\r\n".join(words) + "\r\n"
    txt = tmp_path / "story.txt"
    txt.write_bytes(text.encode("utf-8"))
    rows = tmp_path / "rows.jsonl"
    rows.write_bytes((json.dumps({"id": "row", "text": text}, ensure_ascii=False) + "\r\n").encode("utf-8"))
    out = tmp_path / "out.jsonl"
    r = run("extract", txt, rows, "-o", out)
    assert r.returncode == 0, r.stderr
    got = [json.loads(line) for line in out.read_text(encoding="utf-8").split("\n") if line]
    assert [row["id"] for row in got] == ["story", "row"]
    for row in got:
        assert row["text"] == text
        assert [q["speaker"] for q in row["quotes"]] == ["Ana Ruiz", "Tom Lee"]
        for q in row["quotes"]:
            assert text[q["start"] : q["end"]] == q["text"]
            s, e = q["speaker_mentions"][0]
            assert text[s:e] == q["mention_text"] in {"she", "Tom Lee"}
            assert text[q["cue_span"][0] : q["cue_span"][1]] == q["cue"] == "said"
