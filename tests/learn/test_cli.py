"""quotedesk train / evaluate / models on a library file and a synthetic gold file."""

import json

from quotedesk.cli import main


def test_train_evaluate_and_roll_back(tmp_path, gold_file, capsys):
    lib = str(tmp_path / "lib.sqlite")
    code = main(["train", "--library", lib, "--gold", str(gold_file), "--json"])
    report = json.loads(capsys.readouterr().out)
    assert code == (0 if report["activated"] else 3)
    assert report["heldout_source"] == "gold" and report["train_quotes"] > 0
    version = report["version"]

    assert main(["models", "--library", lib, "--activate", version]) == 0
    out = capsys.readouterr().out
    assert f"* {version}" in out

    assert main(["evaluate", str(gold_file), "--library", lib, "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["model"] == version
    assert figures["gold_quotes"] > 0 and 0.0 <= figures["attributed"]["f1"] <= 1.0

    assert main(["models", "--library", lib, "--rules"]) == 0
    assert "no model active" in capsys.readouterr().out
    assert main(["evaluate", str(gold_file), "--library", lib]) == 0
    out = capsys.readouterr().out
    assert "rules" in out and "attributed" in out


def test_train_with_nothing_to_learn_is_an_error(tmp_path, capsys):
    assert main(["train", "--library", str(tmp_path / "empty.sqlite")]) == 1
    assert "nothing to learn" in capsys.readouterr().err


def test_unknown_version_is_an_error(tmp_path, capsys):
    lib = tmp_path / "lib.sqlite"
    from quotedesk.store import Library

    Library.open(lib).close()
    assert main(["models", "--library", str(lib), "--activate", "nope"]) == 1
    assert "nope" in capsys.readouterr().err


def test_extract_uses_the_library_active_model(tmp_path, gold_file, capsys):
    lib = str(tmp_path / "lib.sqlite")
    main(["train", "--library", lib, "--gold", str(gold_file), "--json"])
    version = json.loads(capsys.readouterr().out)["version"]
    assert main(["models", "--library", lib, "--activate", version]) == 0
    capsys.readouterr()
    article = tmp_path / "a.txt"
    article.write_text('Tom Becker spoke on Monday.\n\n"We will not accept these cuts," he said.', encoding="utf-8")
    out = tmp_path / "out.jsonl"

    assert main(["extract", str(article), "--library", lib, "-o", str(out)]) == 0
    assert f"using model {version}" in capsys.readouterr().err
    row = json.loads(out.read_text())
    assert row["model"] == version
    assert [q["speaker"] for q in row["quotes"]] == ["Tom Becker"]

    assert main(["models", "--library", lib, "--rules"]) == 0
    assert main(["extract", str(article), "--library", lib, "-o", str(out)]) == 0
    assert "using the rules" in capsys.readouterr().err
    assert json.loads(out.read_text())["model"].startswith("rules")


def test_extract_with_a_model_holding_nan_says_so_in_one_line_and_writes_no_json(tmp_path, capsys):
    import gzip

    from quotedesk.engine.learn import AttributionModel
    from quotedesk.engine.learn.linear import LinearScorer
    from quotedesk.store import Library

    lib = tmp_path / "lib.sqlite"
    doc = json.loads(gzip.decompress(AttributionModel("nan-1", LinearScorer({"src=rules": 1.0}, 0.5)).to_bytes()))
    text = json.dumps(doc).replace('"bias": 0.5', '"bias": NaN')  # as another program could store it
    with Library.open(lib) as library:
        library.add_model_version("nan-1", metrics={}, blob=gzip.compress(text.encode()), active=True)
    article = tmp_path / "a.txt"
    article.write_text('"We will not accept these cuts," Tom Becker said.', encoding="utf-8")

    assert main(["extract", str(article), "--library", str(lib)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    [line] = err.strip().splitlines()
    assert "NaN is not a finite number" in line and "--rules" in line
