"""The grammar benchmark's peer: one plain LanguageTool request with the whole text, on a fresh JVM.

The app's full check and this request each get their own freshly started server, because
LanguageTool keeps per-sentence results and per-word spelling suggestions for the JVM's lifetime:
whichever ran second on a shared server would look fast for the wrong reason.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

from bench.util import cpu_seconds
from editor.core.grammar import LocalServer
from editor.core.grammar.batches import PARAGRAPH_BREAK
from editor.core.grammar.request import check_text


@dataclass
class Timed:
    wall: float
    cpu: float | None  # the JVM's CPU seconds during the check
    load: float  # 1-minute load average when it started (2 cores here)
    issues: int

    def figure(self) -> str:
        cpu = f", JVM CPU {self.cpu:.1f} s" if self.cpu is not None else ""
        return f"{self.wall:.2f} s{cpu}, load {self.load:.1f}"


def whole_text(text: str) -> str:
    """The text as the app sends it: every line and table cell a paragraph (blank line between)."""
    return PARAGRAPH_BREAK.join(p for p in text.replace("\t", "\n").split("\n") if p.strip())


def timed(server: LocalServer, fn) -> tuple[Timed, object]:  # noqa: ANN001 - any callable returning a sized result
    cpu0 = cpu_seconds(server.pid)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    t0 = time.perf_counter()
    result = fn()
    wall = time.perf_counter() - t0
    cpu1 = cpu_seconds(server.pid)
    cpu = cpu1 - cpu0 if cpu0 is not None and cpu1 is not None else None
    return Timed(wall, cpu, load, len(result)), result


def plain_request(text: str, language: str = "nl-BE") -> Timed:
    """One /v2/check request with the whole text (same language, no rule lists, like the app)."""
    server = LocalServer()
    try:
        server.start()
        return timed(server, lambda: check_text(server.url, whole_text(text), language))[0]
    finally:
        server.stop()
