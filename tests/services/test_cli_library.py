"""``quotedesk import | search | speakers | export`` on real files."""

from __future__ import annotations

import json

import pytest

from quotedesk.cli import main


@pytest.fixture
def lib_env(tmp_path, monkeypatch):
    path = tmp_path / "env-lib.sqlite"
    monkeypatch.setenv("QUOTEDESK_LIBRARY", str(path))
    return path


def test_import_search_speakers_export(tmp_path, sample, lib_env, capsys):
    assert main(["import", str(sample.parent)]) == 0
    out = capsys.readouterr().out
    assert "imported 1 article" in out and lib_env.exists()

    assert main(["search", "--speaker", "Secretary Kerry", "--json"]) == 0
    hits = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(hits) == 9 and {h["speaker"] for h in hits} == {"John Kerry"}
    assert all({"article_id", "start", "end", "content"} <= set(h) for h in hits)

    assert main(["search", "--speaker", "john kerry", "--text", "pipeline"]) == 0
    assert "pipeline" in capsys.readouterr().out

    assert main(["search", "--text", 'NEAR( "AND OR ((']) == 0
    assert "no quotes found" in capsys.readouterr().err

    assert main(["speakers"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert "John Kerry" in first and first.split()[0] == "9"

    for fmt in ("jsonl", "csv", "spacy", "corrections"):
        out_file = tmp_path / f"out.{fmt}"
        args = ["export", "-o", str(out_file), "--format", fmt]
        assert main(args + (["--speaker", "Kerry"] if fmt != "corrections" else [])) == 0
        assert out_file.exists()
    assert "wrote 0 corrections" in capsys.readouterr().out

    assert main(["import", str(sample)]) == 0
    assert "already in the library" in capsys.readouterr().err


def test_flag_beats_environment(tmp_path, sample, lib_env, capsys):
    flag = tmp_path / "flag.sqlite"
    assert main(["import", str(sample), "--library", str(flag)]) == 0
    assert flag.exists() and not lib_env.exists()


@pytest.mark.parametrize("content", [b"not a database at all\n" * 10, b"SQLite format 3\x00" + b"\xff" * 5000])
def test_bad_library_is_one_line_not_a_traceback(tmp_path, capsys, content):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(content)
    assert main(["search", "--speaker", "Kerry", "--library", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("quotedesk: error:") and "Traceback" not in err and len(err.splitlines()) == 1


def test_missing_library_and_bad_input_files(tmp_path, lib_env, capsys):
    assert main(["speakers"]) == 1
    assert "no library there" in capsys.readouterr().err
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["import", str(tmp_path / "empty.txt")]) == 1
    captured = capsys.readouterr()
    assert "empty" in captured.err and "Traceback" not in captured.err


def test_search_needs_something_to_look_for(lib_env, sample, capsys):
    main(["import", str(sample)])
    capsys.readouterr()
    assert main(["search"]) == 1
    assert "--speaker" in capsys.readouterr().err
