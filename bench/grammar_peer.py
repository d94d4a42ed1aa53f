"""The grammar benchmark's cold checks: the app's full check and its peer, one plain LanguageTool
request with the whole text, each on a freshly started JVM.

Every cold check gets its own fresh server, because LanguageTool keeps per-sentence results and
per-word spelling suggestions for the JVM's lifetime: whichever ran second on a shared server
would look fast for the wrong reason. On this shared 2-core machine one cold run's wall time moves
by a factor of two with the other developers' load, so `cold_rounds` alternates the two several
times and the bench reports medians.
"""

from __future__ import annotations

import os
import statistics
import time
from dataclasses import dataclass

from bench.util import cpu_seconds
from editor.core.grammar import GrammarChecker, LocalServer
from editor.core.grammar.batches import PARAGRAPH_BREAK
from editor.core.grammar.request import check_text
from editor.core.model import Policy
from editor.core.settings import Settings


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


def app_check(policy: Policy) -> Timed:
    """The app's full check (concurrent batches, as `check_policy`) on its own fresh server."""
    server = LocalServer()
    try:
        checker = GrammarChecker(Settings(), server=server, persistent=False)
        checker.start()
        return timed(server, lambda: checker.check_policy(policy))[0]
    finally:
        server.stop()


def cold_rounds(policy: Policy, text: str, first: Timed, rounds: int = 3) -> tuple[list[Timed], list[Timed]]:
    """`rounds` cold app checks (`first` is the bench's own) and as many plain requests, alternated."""
    apps, peers = [first], []
    for i in range(rounds):
        peers.append(plain_request(text))
        if i < rounds - 1:
            apps.append(app_check(policy))
    return apps, peers


def median(runs: list[Timed]) -> Timed:
    """The median run's figures: wall and CPU medians taken apart, the load of the first run."""
    cpus = [r.cpu for r in runs if r.cpu is not None]
    return Timed(statistics.median(r.wall for r in runs), statistics.median(cpus) if cpus else None,
                 runs[0].load, runs[0].issues)


def spread(runs: list[Timed]) -> str:
    walls = sorted(r.wall for r in runs)
    return f"median of {len(runs)}: {median(runs).figure()} (wall {walls[0]:.2f}-{walls[-1]:.2f} s)"
