"""Hostile inputs (issue 15): worst time and peak RSS per input class, through the real CLI.

Every input of bench/hostile_inputs.py is written into a temporary folder, then one child
process per input runs `convert` (to .md), `export` (to .html and .docx) and `check` on it
through editor.cli.main; a command's time is its own, the RSS the child's peak (VmHWM).
A command that takes 60 s or more (BENCH_INPUTS_TIMEOUT) counts as a hang.
Run alone: `python -m bench bench_inputs`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bench import Figure
from bench.hostile_inputs import write_all

TIMEOUT_S = float(os.environ.get("BENCH_INPUTS_TIMEOUT", "60"))
COMMANDS = (("convert", ".md"), ("export", ".html"), ("export", ".docx"), ("check", ""))

# The child: run each command through the real CLI, print one JSON line per command.
_CHILD = r"""
import io, json, sys, time, contextlib
from editor.cli import main
src, out = sys.argv[1], sys.argv[2]
for cmd, ext in json.loads(sys.argv[3]):
    argv = [cmd, src] + (["--to", out + ext] if ext else [])
    err = io.StringIO()
    t0 = time.perf_counter()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(argv + ["--lang", "en"])
    hwm = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:"))
    print(json.dumps({"cmd": cmd + ext, "code": code, "s": time.perf_counter() - t0, "hwm_kb": hwm,
                      "err": err.getvalue().strip()[:200]}), flush=True)
"""


@dataclass
class Outcome:
    path: Path
    seconds: float  # the slowest command (each command is one user action)
    rss_mb: float
    codes: dict[str, int] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    times: dict[str, float] = field(default_factory=dict)
    hung: bool = False


def run_one(path: Path, workdir: Path, timeout: float = TIMEOUT_S) -> Outcome:
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent), QT_QPA_PLATFORM="offscreen")
    args = [sys.executable, "-c", _CHILD, str(path), str(workdir / path.stem), json.dumps(COMMANDS)]
    log = workdir / f"{path.name}.log"
    t0 = time.perf_counter()
    with open(log, "wb") as out:
        proc = subprocess.Popen(args, stdout=out, stderr=subprocess.DEVNULL, env=env)
        timer = threading.Timer(timeout * len(COMMANDS), proc.kill)  # each command gets `timeout`
        timer.start()
        proc.wait()
        timer.cancel()
    total = time.perf_counter() - t0
    # Peak RSS as the child saw it (VmHWM, reset at exec; ru_maxrss would include the parent's
    # memory at fork). A killed child reports the peak after its last finished command.
    outcome = Outcome(path, 0.0, 0.0, hung=total >= timeout * len(COMMANDS))
    for line in log.read_text("utf-8", "replace").splitlines():
        try:
            row = json.loads(line)
        except ValueError:
            continue
        outcome.codes[row["cmd"]] = row["code"]
        outcome.errors[row["cmd"]] = row["err"]
        outcome.rss_mb = max(outcome.rss_mb, row["hwm_kb"] / 1024)
        outcome.times[row["cmd"]] = row["s"]
    outcome.seconds = max(outcome.times.values(), default=total)
    outcome.hung = outcome.hung or outcome.seconds >= timeout
    return outcome


def measure(
    classes: list[str] | None = None, report: Callable[[str, Outcome], None] | None = None
) -> dict[str, list[Outcome]]:
    results: dict[str, list[Outcome]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-inputs-") as tmp:
        folder = Path(tmp)
        inputs = write_all(folder / "in", classes)
        work = folder / "out"
        work.mkdir()
        for cls, paths in inputs.items():
            results[cls] = []
            for path in paths:
                results[cls].append(run_one(path, work))
                if report is not None:
                    report(cls, results[cls][-1])
    return results


def _bad(o: Outcome) -> str:
    crashed = [cmd for cmd, code in o.codes.items() if code not in (0, 1, 2)]
    missing = len(COMMANDS) - len(o.codes)
    if o.hung:
        return "HANG"
    if crashed or missing:
        return "CRASH"
    return ""


def run(classes: list[str] | None = None) -> list[Figure]:
    figures: list[Figure] = []
    for cls, outcomes in measure(classes).items():
        worst_t = max(outcomes, key=lambda o: o.seconds)
        worst_m = max(outcomes, key=lambda o: o.rss_mb)
        bad = [f"{o.path.name}:{_bad(o)}" for o in outcomes if _bad(o)]
        figures.append(Figure(
            f"inputs {cls} ({len(outcomes)} files) worst time", f"{worst_t.seconds:.1f} s ({worst_t.path.name})",
            "< 30 s"))
        figures.append(Figure(
            f"inputs {cls} worst peak RSS", f"{worst_m.rss_mb:.0f} MB ({worst_m.path.name})", "< 500 MB"))
        figures.append(Figure(f"inputs {cls} crashes/hangs", ", ".join(bad) or "0", "0"))
        for o in outcomes:
            if o.path.name in ("wide_table_85kb.html", "docx_2mb.docx", "million_lines.txt"):
                figures.append(Figure(f"inputs {o.path.name}", f"{o.seconds:.1f} s, {o.rss_mb:.0f} MB", "< 30 s, < 500 MB"))
    return figures


def _print(cls: str, o: Outcome) -> None:
    codes = " ".join(f"{c}={v}:{o.times[c]:.1f}s" for c, v in o.codes.items())
    first_err = next((e for e in o.errors.values() if e), "")
    print(f"{cls:10} {o.path.name:28} {o.seconds:6.1f} s {o.rss_mb:6.0f} MB {_bad(o):5} {codes} | {first_err[:90]}",
          flush=True)


def main() -> None:
    measure(sys.argv[1:] or None, report=_print)


if __name__ == "__main__":
    main()
