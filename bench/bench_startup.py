"""Process start to "window shown", offscreen: a child process opens a corpus file in the main window.

The parent measures wall time from spawning the child until it prints "shown"; the child also
reports how long its own Python code took (imports + QApplication + window + import + show).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench import Figure
from editor.core.paths import corpus_dir

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import time
t0 = time.perf_counter()
import sys
from PySide6.QtWidgets import QApplication
from editor.gui.main_window import MainWindow
app = QApplication(sys.argv[:1])
window = MainWindow()
ok = window.open_path(sys.argv[1])
window.show()
app.processEvents()
print("shown", ok, f"{(time.perf_counter() - t0) * 1000:.0f}", flush=True)
"""


def _one(sample: Path) -> tuple[float, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(sample)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    wall = (time.perf_counter() - t0) * 1000
    _, err = proc.communicate(timeout=60)
    parts = line.split()
    if not parts or parts[0] != "shown" or parts[1] != "True":
        raise RuntimeError(f"the window did not show: {line!r} {err.strip()[-300:]}")
    return wall, float(parts[2])


def run() -> list[Figure]:
    sample = sorted(corpus_dir().glob("*.txt"))[3]
    runs = [_one(sample) for _ in range(3)]
    wall = statistics.median(r[0] for r in runs)
    inner = statistics.median(r[1] for r in runs)
    return [
        Figure("startup to window shown, offscreen (median of 3)", f"{wall:.0f} ms", "< 3000 ms"),
        Figure("  of which Python code in the child (imports, window, open)", f"{inner:.0f} ms", ""),
    ]
