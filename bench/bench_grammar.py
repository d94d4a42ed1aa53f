"""Grammar engine figures with the real LanguageTool: cold start, memory, edit latency, full check.

- cold start: launching the JVM until it answers HTTP, and until the warm-up Dutch check is done;
- paragraph edit -> matches: one changed paragraph checked on a warm server (the GUI adds its
  ~400 ms typing pause on top of this; target < 0.5 s);
- full check of the longest corpus policy (003_*) through the app's client (batches sent
  concurrently to the server's check threads) on a freshly started server with empty caches,
  beside one plain LanguageTool request with the same text on another fresh server (the peer,
  see grammar_peer.py), and their ratio; three rounds of each, alternated, each on its own fresh
  server, reported as medians (the machine's load moves one run by up to a factor of two); wall
  time, the JVM's CPU seconds and the load average;
- warm: the same check again (client memory cache); after reopening in a new session (results
  kept on disk, result_store.py); and from a new client without that store on the warm server;
- the editor's cold first pass on a third fresh server: the visible paragraphs, then all
  (grammar_screen.py);
- everything runs with an empty temporary cache folder, so "cold" is cold;
- the server's resident memory after those checks.
"""

from __future__ import annotations

import statistics
import time

from bench import Figure
from bench.grammar_peer import Timed, cold_rounds, median, spread, timed
from bench.grammar_screen import run_screen
from editor.core.grammar import GrammarChecker, LocalServer
from editor.core.importers import load_document
from editor.core.model import Policy
from editor.core.paths import corpus_dir
from editor.core.settings import Settings


def _paragraphs(policy_text: str) -> list[str]:
    return [p for p in policy_text.split("\n") if len(p.split()) >= 8]


def _gui_latency(server: LocalServer) -> list[Figure]:
    """Edit a paragraph in an offscreen editor; time from the end of the typing pause to its underline."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication, QTextEdit

    from editor.gui.grammar import GrammarController

    app = QApplication.instance() or QApplication([])
    edit = QTextEdit()
    edit.setPlainText("Privacyverklaring\nWij verwerken uw gegevens zorgvuldig.")
    ctrl = GrammarController(edit, Settings(), lambda: "nl-BE", checker=GrammarChecker(Settings(), server=server))
    ctrl.attach(install_context_menu=False)
    deadline = time.perf_counter() + 60
    while ctrl.state != "ready" and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.005)
    times = []
    for i in range(8):
        cursor = QTextCursor(edit.document().findBlockByNumber(1))
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        cursor.insertText(f" Hij vind dat {i} keer goed.")
        t = time.perf_counter()
        ctrl.check_changed()  # what the ~400 ms pause timer calls
        while time.perf_counter() - t < 10:
            QCoreApplication.processEvents()
            if any("vind" in m.match.text for m in ctrl.issues() if m.block_number == 1) and ctrl.state == "ready":
                break
            time.sleep(0.002)
        times.append(time.perf_counter() - t)
    ctrl.shutdown()
    edit.deleteLater()
    return [Figure("grammar: editor, pause over -> underline shown (median)",
                   f"{statistics.median(times) * 1000:.0f} ms", "< 500 ms (+ 400 ms pause)")]


def run() -> list[Figure]:
    import os
    import tempfile

    previous = os.environ.get("PRIVACY_EDITOR_CACHE_DIR")
    with tempfile.TemporaryDirectory(prefix="bench-grammar-") as folder:
        os.environ["PRIVACY_EDITOR_CACHE_DIR"] = folder  # no results kept from an earlier run
        try:
            return _run()
        finally:
            if previous is None:
                os.environ.pop("PRIVACY_EDITOR_CACHE_DIR", None)
            else:
                os.environ["PRIVACY_EDITOR_CACHE_DIR"] = previous


def _run() -> list[Figure]:
    figures: list[Figure] = []
    marks: dict[str, float] = {}
    server = LocalServer()
    t0 = time.perf_counter()

    def progress(phase: str, _elapsed: float) -> None:
        marks.setdefault(phase, time.perf_counter() - t0)

    checker = GrammarChecker(Settings(), server=server)
    try:
        checker.start(progress)
        cold = time.perf_counter() - t0
        figures.append(Figure("grammar: server cold start, HTTP up", f"{marks.get('warming', cold):.1f} s"))
        figures.append(Figure("grammar: server cold start incl. Dutch warm-up", f"{cold:.1f} s"))

        sample = sorted(corpus_dir().glob("003_*.txt"))[0]  # the longest corpus policy
        policy = load_document(str(sample)).policy
        from editor.core.plaintext import PlainText

        text = PlainText.from_policy(policy).text
        paragraphs = _paragraphs(text)

        full, _ = timed(server, lambda: checker.check_policy(policy))
        name = f"{sample.name[:3]} ({len(text)} chars, {checker.workers} requests in flight)"
        cold_at = len(figures)  # the cold figures go here once all rounds are done (_peer)
        figures.append(Figure(f"grammar: full check {sample.name[:3]}, issues shown", str(full.issues)))
        reopened = GrammarChecker(Settings(), server=server)  # a new session: empty memory cache
        reopened.start()
        again, _ = timed(server, lambda: reopened.check_policy(policy))
        figures.append(Figure("grammar: full check after reopening (results kept on disk)", again.figure(), "< 5 s"))
        other = GrammarChecker(Settings(), server=server, persistent=False)
        other.start()
        warm_server, _ = timed(server, lambda: other.check_policy(policy))
        figures.append(Figure("grammar: full check, no disk store, warm server", warm_server.figure()))

        # an edit: a paragraph the server has not seen yet (client and server caches miss)
        times = []
        for i, para in enumerate(paragraphs[:12]):
            edited = para.replace(" ", f" echt{i} ", 1) if i % 2 else para + " Hij vind dat goed."
            t = time.perf_counter()
            checker.check_paragraph(edited, "nl-BE")
            times.append(time.perf_counter() - t)
        figures.append(Figure("grammar: paragraph edit -> matches (median)", f"{statistics.median(times) * 1000:.0f} ms",
                              "< 500 ms"))
        figures.append(Figure("grammar: paragraph edit -> matches (max of 12)", f"{max(times) * 1000:.0f} ms"))

        t = time.perf_counter()
        checker.check_policy(policy)
        figures.append(Figure("grammar: full check, warm (all paragraphs in the client cache)", f"{(time.perf_counter() - t) * 1000:.0f} ms"))

        figures += _gui_latency(server)

        rss = server.rss_bytes()
        figures.append(Figure("grammar: server memory (RSS)", f"{rss / 2**20:.0f} MiB" if rss else "n/a"))
    finally:
        checker.close()
        server.stop()
    figures[cold_at:cold_at] = _cold(policy, text, full, name)
    figures += run_screen(text)
    return figures


def _cold(policy: Policy, text: str, full: Timed, name: str) -> list[Figure]:
    """The app's cold full check and one plain request with the same text, each on fresh servers,
    alternated over several rounds (grammar_peer.cold_rounds): medians and their ratio."""
    apps, peers = cold_rounds(policy, text, full)
    app, peer = median(apps), median(peers)
    ratio = f"{app.wall / peer.wall:.2f}" if peer.wall else "n/a"
    cpu_ratio = f", JVM CPU {app.cpu / peer.cpu:.2f}" if app.cpu and peer.cpu else ""
    return [
        Figure(f"grammar: full check {name}, cold", spread(apps), "< 5 s"),
        Figure("grammar: peer, one plain LanguageTool request, same text, cold", spread(peers)),
        Figure("grammar: ratio full check / plain request (medians, wall)", f"{ratio}{cpu_ratio}", "< 1"),
    ]


if __name__ == "__main__":  # pragma: no cover
    for f in run():
        print(f"{f.name}: {f.value} {f.target}")
