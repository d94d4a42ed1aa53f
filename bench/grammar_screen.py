"""What the user sees while the first grammar pass runs: the screen's paragraphs first.

A freshly started server (empty caches) and an 800x600 offscreen editor showing the top of the
longest corpus policy, as after opening it: time from the engine being ready to the last visible
paragraph's results, and to the whole document's.
"""

from __future__ import annotations

import time

from bench import Figure
from editor.core.grammar import GrammarChecker, LocalServer
from editor.core.settings import Settings


def run_screen(text: str) -> list[Figure]:
    import os
    import tempfile

    previous = os.environ.get("PRIVACY_EDITOR_CACHE_DIR")
    with tempfile.TemporaryDirectory(prefix="bench-grammar-screen-") as folder:
        os.environ["PRIVACY_EDITOR_CACHE_DIR"] = folder  # no results kept by the full check before
        try:
            return _run_screen(text)
        finally:
            if previous is None:
                os.environ.pop("PRIVACY_EDITOR_CACHE_DIR", None)
            else:
                os.environ["PRIVACY_EDITOR_CACHE_DIR"] = previous


def _run_screen(text: str) -> list[Figure]:
    from PySide6.QtWidgets import QApplication, QTextEdit

    from editor.gui.grammar import GrammarController, order
    from editor.gui.grammar.context_menu import text_blocks

    app = QApplication.instance() or QApplication([])
    server = LocalServer()
    try:
        server.start()
        edit = QTextEdit()
        edit.resize(800, 600)
        edit.setPlainText(text)
        edit.show()
        for _ in range(20):  # let the document lay out, as it has long before a real pass starts
            app.processEvents()
            time.sleep(0.01)
        first, last = order.visible_span(edit)
        blocks = [t for _n, _p, t in text_blocks(edit) if t.strip()]
        visible = {t for _n, pos, t in text_blocks(edit) if t.strip() and pos <= last and pos + len(t) >= first}
        checker = GrammarChecker(Settings(), server=server)
        ctrl = GrammarController(edit, Settings(), lambda: "nl-BE", checker=checker)
        arrived: dict[str, float] = {}
        t0 = time.perf_counter()
        ctrl._relay.partial.connect(lambda _g, _l, t, _r: arrived.setdefault(t, time.perf_counter() - t0))
        ctrl.attach(install_context_menu=False)
        deadline = t0 + 300
        while time.perf_counter() < deadline and not (set(blocks) <= set(arrived) and ctrl.state == "ready"):
            app.processEvents()
            time.sleep(0.005)
        ctrl.shutdown()
        edit.deleteLater()
        if not set(blocks) <= set(arrived):
            return [Figure("grammar: editor first pass", "did not finish in 300 s")]
        screen = max(arrived[t] for t in visible)
        whole = max(arrived.values())
        return [
            Figure(f"grammar: editor, cold first pass, {len(visible)} visible paragraphs underlined", f"{screen:.2f} s"),
            Figure(f"grammar: editor, cold first pass, all {len(set(blocks))} paragraphs", f"{whole:.2f} s", "< 5 s"),
        ]
    finally:
        server.stop()
