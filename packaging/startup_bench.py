"""Start-up times of the desktop app: the bundle (dist/QuoteDesk) and the source install.

    python3 packaging/startup_bench.py                 both, 5 runs each, a Markdown table
    python3 packaging/startup_bench.py --runs 10 --json bench.json
    python3 packaging/startup_bench.py --only bundle   (or --only source)

Each run starts the app offscreen with a fresh temporary library and opens the sample article
through the self-check (``--open --dump-quotes --quit``), the same way packaging/smoke does.
The times are read from the app's own log lines (their wall-clock stamps) and measured from
the moment the process is spawned, so they include the interpreter/bootloader start:

    window      "window shown"              the main window is up (the model is not loaded yet)
    model       "loaded spaCy model"        the model finished loading in the background
    analysis    "imported 1 article"        the sample is analysed: its quotes are on screen
    exit        the process has exited      (after writing the JSON and closing)

The first run of each target is reported apart ("first"): it is the one that pays for a
cold disk cache right after a build or a reboot; the medians are over the other runs.
Standard library only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TOP = Path(__file__).resolve().parent.parent
SAMPLE = TOP / "resources" / "samples" / "voa-kerry-coalition.txt"
MILESTONES = {
    "window": re.compile(r"window shown"),
    "model": re.compile(r"loaded spaCy model"),
    "analysis": re.compile(r"imported 1 article"),
}
STAMP = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) ")


def one_run(command: list[str]) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="quotedesk-bench-") as tmp:
        work = Path(tmp)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(work / "c"),
                   XDG_DATA_HOME=str(work / "d"), XDG_CACHE_HOME=str(work / "k"))
        args = ["--library", str(work / "library.sqlite"), "--settings", str(work / "s.ini"),
                "--open", str(SAMPLE), "--dump-quotes", str(work / "q.json"), "--quit", "-v"]
        spawned = time.time()
        started = time.perf_counter()
        proc = subprocess.run(command + args, env=env, cwd=work, capture_output=True, text=True,
                              timeout=600)
        exited = time.perf_counter() - started
        if proc.returncode != 0:
            raise RuntimeError(f"{command[0]} exited {proc.returncode}:\n{proc.stderr[-3000:]}")
    times = {"exit": exited}
    for line in proc.stderr.splitlines():
        stamp = STAMP.match(line)
        if not stamp:
            continue
        for name, pattern in MILESTONES.items():
            if name not in times and pattern.search(line):
                at = dt.datetime.strptime(stamp.group(1), "%Y-%m-%d %H:%M:%S,%f").timestamp()
                times[name] = at - spawned
    missing = set(MILESTONES) - set(times)
    if missing:
        raise RuntimeError(f"no log line for {sorted(missing)}; is the app logging with -v?")
    return times


def targets(only: str | None, app: Path) -> dict[str, list[str]]:
    out = {}
    if only in (None, "bundle"):
        if not os.access(app, os.X_OK):
            raise SystemExit(f"no bundle at {app}; run packaging/build (or use --only source)")
        out["bundle"] = [str(app)]
    if only in (None, "source"):
        python = subprocess.run([str(TOP / "tools" / "ensure-venv")], capture_output=True,
                                text=True, check=True).stdout.strip()
        out["source"] = [python, "-m", "quotedesk.gui"]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", choices=("bundle", "source"))
    parser.add_argument("--app", type=Path, default=TOP / "dist" / "QuoteDesk" / "quotedesk-app")
    parser.add_argument("--json", type=Path, help="also write every run's figures here")
    args = parser.parse_args()

    commands = targets(args.only, args.app)
    results: dict[str, list[dict[str, float]]] = {label: [] for label in commands}
    # Interleaved (bundle, source, bundle, ...) so a busy machine slows both alike.
    for _ in range(max(2, args.runs)):
        for label, command in commands.items():
            results[label].append(one_run(command))

    names = ("window", "model", "analysis", "exit")
    print("| install | run | " + " | ".join(f"{n} (s)" for n in names) + " |")
    print("|---|---|" + "---|" * len(names))
    for label, runs in results.items():
        first, rest = runs[0], runs[1:]
        print(f"| {label} | first | " + " | ".join(f"{first[n]:.2f}" for n in names) + " |")
        print(f"| {label} | median of {len(rest)} | "
              + " | ".join(f"{statistics.median(r[n] for r in rest):.2f}" for n in names) + " |")
    if hasattr(os, "getloadavg"):
        print(f"\n{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at the end")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
