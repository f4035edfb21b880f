"""Archive extraction on real Dask clusters: identical to the engine, fault tolerant, resumable.

Every run parses with real spaCy in real worker processes; faults are real (an exception in the
engine, a worker process that dies); the dataset is read back with pyarrow, DuckDB and the library.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import dask
import pyarrow as pa
import pyarrow.csv as pcsv
import pyarrow.parquet as pq
import pytest
from distributed import Client, LocalCluster

from quotedesk.archive import dataset
from quotedesk.archive.run import DASK_CONFIG, extract_archive
from quotedesk.core.errors import ClusterError, InputError
from quotedesk.engine import analyze_many
from quotedesk.ingest import ArticleInput
from quotedesk.services import import_paths
from quotedesk.services.archive_import import import_dataset
from quotedesk.store import Library
from tests.archive import faults
from tests.synthetic import make_article

TOP = Path(__file__).resolve().parents[2]
SAMPLE = TOP / "resources" / "samples" / "voa-kerry-coalition.txt"
SMALL = 3 * 1024  # bytes per partition: several partitions from a few dozen articles


def _articles() -> list[dict]:
    rows = [{"id": f"a{n:02d}", "text": make_article(n).text} for n in range(24)]
    rows.append({"id": "emoji", "text": '🎉 Party 𝕏 news.\n\n"We won 🏆 tonight," said Maria Lopez, the coach.\n'})
    rows.append({"id": "crlf", "text": 'Council news.\r\n\r\n"Roads first," Mayor Tom Becker said.\r\n'})
    rows.append({"id": "kerry", "text": SAMPLE.read_text(encoding="utf-8")})
    return rows


ARTICLES = _articles()


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def by_id(rows) -> dict[str, dict]:
    return {r["id"]: {"quotes": r["quotes"], "people": r["people"], "error": r["error"]} for r in rows}


@pytest.fixture(scope="module")
def expected() -> dict[str, dict]:
    """What the in-process engine finds, as dataset rows."""
    analyses = analyze_many(r["text"] for r in ARTICLES)
    rows = [dataset.article_row(ArticleInput(r["id"], r["text"]), a, with_text=True) for r, a in zip(ARTICLES, analyses)]
    return by_id(rows)


@contextmanager
def local_cluster():
    """Two single-threaded worker processes, configured as extract --workers makes them."""
    with dask.config.set(DASK_CONFIG):
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as c:
            c.wait_for_workers(2)  # (on a busy machine the second may still be joining)
            yield c.scheduler_address


@pytest.fixture(scope="module")
def cluster():
    """A cluster the tests share; none of them kills its workers."""
    with local_cluster() as address:
        yield address


@pytest.fixture
def own_cluster():
    """A cluster for one test that kills workers: Dask's restart of a killed worker can fail
    (dask/distributed#7312), and a cluster left without workers must not take other tests down."""
    with local_cluster() as address:
        yield address


@pytest.fixture
def jsonl(tmp_path) -> Path:
    return write_jsonl(tmp_path / "news.jsonl", ARTICLES)


def read_dataset(outdir: Path) -> list[dict]:
    return list(dataset.read_rows(outdir))


def test_two_workers_write_exactly_what_the_engine_finds(cluster, jsonl, tmp_path, expected):
    out = tmp_path / "ds"
    summary = extract_archive([jsonl], out, dataset_output=True, scheduler=cluster, partition_bytes=SMALL, progress=False)
    rows = read_dataset(out)
    assert summary.partitions >= 4 and summary.workers == 2
    assert sorted(r["id"] for r in rows) == sorted(r["id"] for r in ARTICLES)  # each once
    assert by_id(rows) == expected
    kerry = next(r for r in rows if r["id"] == "kerry")
    assert sum(q["speaker"] == "John Kerry" for q in kerry["quotes"]) == 9
    emoji = next(r for r in rows if r["id"] == "emoji")
    (quote,) = emoji["quotes"]  # offsets in code points of the text as given
    assert emoji["text"][quote["parts"][0]["start"]:quote["parts"][0]["end"]] == "We won 🏆 tonight,"
    manifest = dataset.read_manifest(out)
    assert manifest["complete"] and manifest["articles"] == len(ARTICLES) and manifest["spacy"]
    assert pq.read_schema(next(out.glob("part-*.parquet"))).equals(dataset.SCHEMA, check_metadata=False)


def test_cli_workers_write_the_same_json_lines_as_one_process(jsonl, tmp_path):
    env = {**os.environ, "PYTHONPATH": str(TOP / "desktop")}
    cmd = [sys.executable, "-m", "quotedesk.cli", "extract", str(jsonl)]
    subprocess.run([*cmd, "-o", str(tmp_path / "one.jsonl")], env=env, check=True, capture_output=True)
    two = subprocess.run([*cmd, "--workers", "2", "--partition-kb", "3", "-o", str(tmp_path / "two.jsonl")],
                         env=env, capture_output=True, text=True)
    assert two.returncode == 0, two.stderr
    assert (tmp_path / "two.jsonl").read_bytes() == (tmp_path / "one.jsonl").read_bytes()
    assert f"{len(ARTICLES)} articles" in two.stderr.splitlines()[-1]
    assert not list(tmp_path.glob(".quotedesk-parts-*"))  # the workers' parts are cleaned up


def test_an_engine_error_becomes_an_error_row_and_the_job_completes(cluster, tmp_path, expected):
    rows = [dict(r) for r in ARTICLES]
    rows[5]["text"] += "\nINJECT-FAULT\n"
    out = tmp_path / "ds"
    summary = extract_archive([write_jsonl(tmp_path / "in.jsonl", rows)], out, dataset_output=True,
                              scheduler=cluster, partition_bytes=SMALL, analyze=faults.raising_on("INJECT-FAULT"),
                              progress=False)
    got = by_id(read_dataset(out))
    assert summary.errors == 1 and summary.failed == 0
    failed = got.pop("a05")
    assert "injected engine fault" in failed["error"] and failed["quotes"] == []
    assert got == {k: v for k, v in expected.items() if k != "a05"}
    (line,) = (out / dataset.ERRORS).read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["id"] == "a05"


def test_a_killed_worker_costs_one_retry_and_loses_nothing(own_cluster, tmp_path, expected):
    rows = [dict(r) for r in ARTICLES]
    rows[7]["text"] += "\nKILL-WORKER\n"
    out = tmp_path / "ds"
    summary = extract_archive([write_jsonl(tmp_path / "in.jsonl", rows)], out, dataset_output=True, scheduler=own_cluster,
                              partition_bytes=SMALL, analyze=faults.dying_on("KILL-WORKER", once_flag=str(tmp_path / "died")),
                              progress=False)
    assert (tmp_path / "died").exists()  # a worker process really died
    assert summary.failed == 0 and summary.errors == 0
    got = read_dataset(out)
    assert sorted(r["id"] for r in got) == sorted(r["id"] for r in ARTICLES)
    assert {k: v for k, v in by_id(got).items() if k != "a07"} == {k: v for k, v in expected.items() if k != "a07"}


def test_a_partition_that_always_kills_its_worker_is_given_up_and_the_rest_finish(own_cluster, tmp_path):
    rows = [dict(r) for r in ARTICLES]
    rows[3]["text"] += "\nKILL-WORKER\n"
    out = tmp_path / "ds"
    summary = extract_archive([write_jsonl(tmp_path / "in.jsonl", rows)], out, dataset_output=True, scheduler=own_cluster,
                              partition_bytes=SMALL, analyze=faults.dying_on("KILL-WORKER"), progress=False)
    assert summary.failed == 1
    got = {r["id"] for r in read_dataset(out)}
    lost = {r["id"] for r in ARTICLES} - got
    assert "a03" in lost and lost <= {f"a{n:02d}" for n in range(12)}  # one partition of a few articles
    assert summary.articles == len(got)
    (line,) = (out / dataset.ERRORS).read_text(encoding="utf-8").splitlines()
    assert "the partition failed" in json.loads(line)["error"]
    assert dataset.read_manifest(out)["complete"] is False


def test_a_rerun_after_the_driver_was_killed_processes_only_the_rest(tmp_path):
    rows = [{"id": f"r{n:03d}", "text": make_article(n).text} for n in range(80)]
    src = write_jsonl(tmp_path / "in.jsonl", rows)
    out = tmp_path / "ds"
    env = {**os.environ, "PYTHONPATH": str(TOP / "desktop")}
    cmd = [sys.executable, "-m", "quotedesk.cli", "extract", str(src), "--partition-kb", "2", "-o", f"{out}/"]
    driver = subprocess.Popen([*cmd, "--workers", "2"], env=env, start_new_session=True,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while len(list(out.glob("part-*.parquet"))) < 2 and time.monotonic() < deadline and driver.poll() is None:
            time.sleep(0.05)
    finally:
        os.killpg(driver.pid, signal.SIGKILL)  # the driver and its workers
        driver.wait()
    finished = len(list(out.glob("part-*.parquet")))
    total = dataset.read_manifest(out)["partitions"]
    assert 2 <= finished < total
    rerun = subprocess.run(cmd, env=env, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert f"of {total} partitions already done" in rerun.stderr
    ids = [r["id"] for r in read_dataset(out)]
    assert sorted(ids) == [r["id"] for r in rows]  # nothing twice, nothing missed
    assert not list(out.glob(".*.tmp"))


DASK_ENV = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TOP / "desktop"), str(TOP)])}


@contextmanager
def dask_scheduler(tmp_path: Path):
    """A ``dask scheduler`` process on this machine, as a cluster's would be started: yields its
    address and a function that starts a ``dask worker`` process for it (with the arguments given)."""
    scheduler_file = tmp_path / "scheduler.json"
    procs = [subprocess.Popen([sys.executable, "-m", "dask", "scheduler", "--host", "127.0.0.1", "--port", "0",
                               "--no-dashboard", "--scheduler-file", str(scheduler_file)], env=DASK_ENV,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]

    def start_worker(*args: str) -> None:
        procs.append(subprocess.Popen([sys.executable, "-m", "dask", "worker", "--nthreads", "1", "--no-dashboard",
                                       *args, "--scheduler-file", str(scheduler_file)], env=DASK_ENV,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))

    try:
        deadline = time.monotonic() + 60
        while not scheduler_file.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        address = json.loads(scheduler_file.read_text())["address"]
        assert address.startswith("tcp://127.0.0.1:")
        yield address, start_worker
    finally:
        for p in procs:
            p.terminate()
            p.wait(timeout=30)


def wait_for_workers(address: str, n: int) -> None:
    with Client(address, timeout="30s") as client:
        client.wait_for_workers(n, timeout=120)


def test_an_existing_dask_scheduler_and_worker_pair(tmp_path, jsonl, expected):
    with dask_scheduler(tmp_path) as (address, start_worker):
        start_worker()
        out = tmp_path / "ds"
        result = subprocess.run([sys.executable, "-m", "quotedesk.cli", "extract", str(jsonl), "--scheduler", address,
                                 "-o", f"{out}/"], env=DASK_ENV, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stderr
        assert by_id(read_dataset(out)) == expected


def test_a_cluster_left_without_workers_ends_the_run_with_one_line_and_a_rerun_finishes(tmp_path, expected):
    rows = [dict(r) for r in ARTICLES]
    rows[23]["text"] += "\nKILL-WORKER\n"
    src, out = write_jsonl(tmp_path / "in.jsonl", rows), tmp_path / "ds"
    with dask_scheduler(tmp_path) as (address, start_worker):
        start_worker("--no-nanny")  # nothing brings it back when it dies
        wait_for_workers(address, 1)
        with pytest.raises(ClusterError) as stopped:
            extract_archive([src], out, dataset_output=True, scheduler=address, partition_bytes=SMALL,
                            analyze=faults.dying_on("KILL-WORKER"), progress=False, no_workers_timeout=3)
        assert str(stopped.value).startswith(f"the Dask cluster at {address} has had no workers for 3 s")
        assert "run the same command again" in str(stopped.value) and "\n" not in str(stopped.value)
        assert not dataset.read_manifest(out).get("complete")  # unfinished, as a killed run's
        start_worker()
        wait_for_workers(address, 1)
        summary = extract_archive([src], out, dataset_output=True, scheduler=address, progress=False)
    assert summary.failed == 0 and summary.skipped >= 1
    got = by_id(read_dataset(out))
    assert sorted(got) == sorted(r["id"] for r in ARTICLES)  # nothing twice, nothing missed
    assert {k: v for k, v in got.items() if k != "a23"} == {k: v for k, v in expected.items() if k != "a23"}
    assert dataset.read_manifest(out)["complete"] is True

def stored_quotes(lib: Library) -> dict[str, list]:
    return {lib.article(a.id).text: [(q.start, q.end, q.speaker, q.speaker_kind, q.confidence, q.method, q.flags)
                                     for q in lib.quotes(a.id)] for a in lib.articles()}


def test_the_dataset_goes_into_the_library_as_the_engine_would_store_it(tmp_path, jsonl):
    out = tmp_path / "ds"
    extract_archive([jsonl], out, dataset_output=True, partition_bytes=SMALL, progress=False)
    with Library.open(tmp_path / "from-dataset.sqlite") as lib:
        report = import_dataset(lib, out)
        assert len(report.added) == len(ARTICLES) and not report.errors
        stored = stored_quotes(lib)
        again = import_dataset(lib, out)  # a rerun adds nothing
        assert again.added == [] and len(again.duplicates) == len(ARTICLES)
    with Library.open(tmp_path / "from-files.sqlite") as lib:
        import_paths(lib, [jsonl])
        direct = stored_quotes(lib)
    assert stored == direct


def test_bad_articles_become_error_rows_and_the_rest_are_read(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(make_article(1).text, encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "empty.md").write_text("  \n", encoding="utf-8")
    lines = [json.dumps({"id": "fine", "text": make_article(2).text}), "{not json", json.dumps({"id": "notext"})]
    (folder / "rows.jsonl").write_bytes(("\n".join(lines) + "\n").encode() + b'{"id": "latin", "text": "caf\xe9"}\n')
    out = tmp_path / "ds"
    summary = extract_archive([folder], out, dataset_output=True, progress=False)
    rows = read_dataset(out)
    good = {r["id"] for r in rows if not r["error"]}
    assert good == {"good", "fine"}
    errors = [r["error"] for r in rows if r["error"]]
    assert len(errors) == summary.errors == 5
    assert any("binary" in e for e in errors) and any("not UTF-8" in e for e in errors)
    assert all("\n" not in e for e in errors)


def test_parquet_and_csv_archives_are_read_in_row_groups(tmp_path, expected):
    table = pa.Table.from_pylist([{"id": r["id"], "text": r["text"]} for r in ARTICLES])
    pq.write_table(table, tmp_path / "news.parquet", row_group_size=10)
    pcsv.write_csv(table.slice(0, 5), tmp_path / "more.csv")
    out = tmp_path / "ds"
    summary = extract_archive([tmp_path / "news.parquet", tmp_path / "more.csv"], out, dataset_output=True, progress=False)
    assert summary.partitions == 3 + 1
    rows = read_dataset(out)
    assert len(rows) == len(ARTICLES) + 5
    assert by_id(r for r in rows if r["source"].endswith(".parquet")) == expected


def test_a_folder_written_with_other_options_is_refused(tmp_path, jsonl):
    out = tmp_path / "ds"
    extract_archive([jsonl], out, dataset_output=True, partition_bytes=SMALL, progress=False)
    with pytest.raises(InputError, match="written with another options"):
        extract_archive([jsonl], out, dataset_output=True, with_text=False, progress=False)


def test_the_readme_queries_run_on_the_dataset_in_duckdb(tmp_path, jsonl):
    import duckdb

    out = tmp_path / "ds"
    extract_archive([jsonl], out, dataset_output=True, progress=False)
    top = duckdb.sql(f"""
        SELECT q.speaker, count(*) AS quotes
        FROM read_parquet('{out}/*.parquet'), unnest(quotes) AS t(q)
        WHERE q.speech GROUP BY q.speaker ORDER BY quotes DESC LIMIT 20""").fetchall()
    assert ("John Kerry", 9) in top and top == sorted(top, key=lambda t: -t[1])
    by = duckdb.sql(f"""
        SELECT id, q.text FROM read_parquet('{out}/*.parquet'), unnest(quotes) AS t(q)
        WHERE q.speaker = 'Maria Lopez' AND q.speech""").fetchall()
    assert ("emoji", "We won 🏆 tonight,") in by


def test_workers_use_the_library_s_active_model(cluster, tmp_path, jsonl, capsys):
    from quotedesk.cli import main
    from quotedesk.services.training import load_active_model

    gold = tmp_path / "gold.jsonl"
    write_jsonl(gold, [make_article(n).to_json() for n in range(12)])
    lib = tmp_path / "lib.sqlite"
    assert main(["train", "--library", str(lib), "--gold", str(gold), "--json"]) in (0, 3)
    version = json.loads(capsys.readouterr().out)["version"]
    assert main(["models", "--library", str(lib), "--activate", version]) == 0
    with Library.open(lib, create=False) as library:
        model = load_active_model(library)
    local, remote = tmp_path / "local", tmp_path / "remote"
    extract_archive([jsonl], local, dataset_output=True, model=model, partition_bytes=SMALL, progress=False)
    extract_archive([jsonl], remote, dataset_output=True, model=model, scheduler=cluster, partition_bytes=SMALL,
                    progress=False)
    assert {r["model"] for r in read_dataset(remote)} == {version}
    assert dataset.read_manifest(remote)["model"] == version
    assert by_id(read_dataset(remote)) == by_id(read_dataset(local))
