"""GUI benchmarks: start to window shown, main-thread stalls while typing, memory.

1. Start-up: a child process runs the real start path (editor.gui.app.create_window: settings,
   translations, recovery check, open the file, autosave, library loading in the background)
   with a corpus policy; the parent measures from spawning it until the child says the window is
   shown and painted. The child also lists which heavy modules were imported by then.
2. Typing: a child loads a synthetic 20,000-word policy, waits for the first checklist, then
   types one character every 30 ms for several seconds (live checking runs meanwhile, at least
   every 1.5 s). A 4 ms probe timer records how late each of its ticks fires: that lateness is
   the main-thread stall the user would feel. Reported: p50, p99 and max.
3. Memory: RSS of that child with the 20k-word policy loaded and checked.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench import Figure

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("docx", "lxml", "language_tool_python", "editor.core.export", "editor.core.grammar")

STARTUP_CHILD = r"""
import sys, time
from PySide6.QtCore import QTimer
import editor.gui.app as app_mod

def shown(window):
    heavy = [m for m in %(heavy)r if m in sys.modules]
    print("shown", window.isVisible(), ",".join(heavy) or "-", flush=True)
    window.autosaver.close()
    window.editor.document().setModified(False)
    app_mod.QApplication.instance().exit(0)

original = app_mod.create_window
def create_window(*a, **k):
    window = original(*a, **k)
    QTimer.singleShot(0, lambda: shown(window))
    return window
app_mod.create_window = create_window
sys.exit(app_mod.run_app(sys.argv[1]))
"""

TYPING_CHILD = r"""
import json, os, resource, statistics, sys, time
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication
from bench.util import synthetic_policy_text
from editor.core.importers import import_text
from editor.gui.app import create_window, ensure_app

app = ensure_app()
window = create_window(None, recover=False)
window.resize(1400, 900)
window.show()
policy = import_text(synthetic_policy_text(20_000)).policy
t0 = time.perf_counter()
window.load_policy(policy, None)
load_ms = (time.perf_counter() - t0) * 1000
reports = []
window.analysis_finished.connect(lambda r: reports.append(time.perf_counter()))
while not reports:
    app.processEvents()
    time.sleep(0.005)
first_ms = (reports[0] - t0) * 1000

# Type into the middle of the document, like someone editing a long policy.
cursor = window.editor.textCursor()
cursor.setPosition(window.editor.document().characterCount() // 2)
cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
window.editor.setTextCursor(cursor)
window.editor.setFocus()

PROBE_MS = 4
TYPE_MS = 30
DURATION_MS = int(os.environ.get("BENCH_TYPING_MS", "8000"))
lateness = []
clock = QElapsedTimer()
clock.start()
last = [clock.nsecsElapsed()]
text = "Wij bewaren uw gegevens niet langer dan nodig. "
typed = [0]
analyses_before = len(reports)

def probe():
    now = clock.nsecsElapsed()
    lateness.append(max(0.0, (now - last[0]) / 1e6 - PROBE_MS))
    last[0] = now

def type_one():
    ch = text[typed[0] % len(text)]
    typed[0] += 1
    for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
        QApplication.sendEvent(window.editor, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))

probe_timer = QTimer(); probe_timer.setTimerType(Qt.TimerType.PreciseTimer); probe_timer.setInterval(PROBE_MS)
probe_timer.timeout.connect(probe)
type_timer = QTimer(); type_timer.setTimerType(Qt.TimerType.PreciseTimer); type_timer.setInterval(TYPE_MS)
type_timer.timeout.connect(type_one)
probe_timer.start(); type_timer.start()
QTimer.singleShot(DURATION_MS, lambda: app.exit(0))
app.exec()
probe_timer.stop(); type_timer.stop()
lateness.sort()

def rss_mb():
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

out = {
    "load_ms": load_ms,
    "first_check_ms": first_ms,
    "typed": typed[0],
    "analyses": len(reports) - analyses_before,
    "p50": lateness[len(lateness) // 2],
    "p99": lateness[int(len(lateness) * 0.99)],
    "max": lateness[-1],
    "ticks": len(lateness),
    "rss_mb": rss_mb(),
    "analysis_ms": window.checks.last_analysis_ms,
}
window.autosaver.close()
window.editor.document().setModified(False)
print("RESULT " + json.dumps(out), flush=True)
"""


def _env() -> dict[str, str]:
    import tempfile

    base = Path(tempfile.mkdtemp(prefix="bench-gui-"))
    return dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
        PRIVACY_EDITOR_CONFIG_DIR=str(base / "config"),
        PRIVACY_EDITOR_CACHE_DIR=str(base / "cache"),
        PRIVACY_EDITOR_DATA_DIR=str(base / "data"),
    )


def _startup_once(sample: Path) -> tuple[float, str]:
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", STARTUP_CHILD % {"heavy": HEAVY}, str(sample)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(), cwd=ROOT,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    wall = (time.perf_counter() - t0) * 1000
    _, err = proc.communicate(timeout=120)
    parts = line.split()
    if len(parts) < 3 or parts[0] != "shown" or parts[1] != "True":
        raise RuntimeError(f"the window did not show: {line!r} {err.strip()[-300:]}")
    return wall, parts[2]


def _typing() -> dict:
    proc = subprocess.run(
        [sys.executable, "-c", TYPING_CHILD], capture_output=True, text=True, env=_env(), cwd=ROOT, timeout=300
    )
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[len("RESULT "):])
    raise RuntimeError(f"typing benchmark failed: {proc.stderr.strip()[-500:]}")


def run() -> list[Figure]:
    from editor.core.paths import corpus_dir

    sample = sorted(corpus_dir().glob("*.txt"))[3]
    runs = [_startup_once(sample) for _ in range(5)]
    wall = statistics.median(r[0] for r in runs)
    heavy = runs[-1][1]
    t = _typing()
    return [
        Figure("gui: process start to window shown, corpus policy (median of 5)", f"{wall:.0f} ms", "< 500 ms"),
        Figure("gui: heavy modules imported before the window shows", heavy, "-"),
        Figure("gui: load 20k-word policy into the editor", f"{t['load_ms']:.0f} ms", ""),
        Figure("gui: 20k words, first checklist after load", f"{t['first_check_ms']:.0f} ms", ""),
        Figure(
            f"gui: main-thread stall while typing 20k words, p99 ({t['typed']} keys, {t['analyses']} live checks)",
            f"{t['p99']:.1f} ms",
            "< 8 ms",
        ),
        Figure("gui: main-thread stall while typing, p50 / max", f"{t['p50']:.1f} / {t['max']:.1f} ms", ""),
        Figure("gui: RSS with the 20k-word policy loaded and checked", f"{t['rss_mb']:.0f} MB", "< 250 MB"),
    ]


if __name__ == "__main__":
    for fig in run():
        print(f"{fig.name}: {fig.value} (target {fig.target})")
