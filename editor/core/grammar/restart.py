"""How the local LanguageTool server comes back after a crash: back-off delays and kept logs.

Every crash is followed by a restart, after a delay that doubles with each crash in a row
(1, 2, 4, ... up to BACKOFF_MAX seconds); a server that ran STABLE_AFTER seconds resets the
count. Only after MAX_CRASHES_IN_ROW crashes in a row does grammar checking stay off. A crash
during start-up or warm-up is retried the same way (MAX_START_ATTEMPTS launches).

Each launch starts a fresh server.log; the previous logs are kept as server.log.1 ... .N
(newest first), so the log of a crashed server survives its restart.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

BACKOFF_FIRST = 1.0  # seconds before the first restart
BACKOFF_MAX = 30.0
STABLE_AFTER = 120.0  # seconds of running that reset the back-off
MAX_CRASHES_IN_ROW = 6
MAX_START_ATTEMPTS = 4  # launches per start-up when the JVM dies while starting or warming up
LOGS_KEPT = 5

# listener(event, attempt): event "restarting" (before a restart), "ready" (running again) or
# "off" (no more restarts). Called from the thread that restarts the server.
EngineListener = Callable[[str, int], None]


def backoff_delay(crashes_in_row: int, first: float = BACKOFF_FIRST, maximum: float = BACKOFF_MAX) -> float:
    """Seconds to wait before restart number `crashes_in_row` (1-based) of a crash series."""
    if crashes_in_row <= 0:
        return 0.0
    return min(maximum, first * 2 ** (crashes_in_row - 1))


def rotate_logs(log: Path, keep: int = LOGS_KEPT) -> None:
    """server.log -> server.log.1 -> ... -> server.log.<keep> (the oldest is dropped). Never raises."""
    with contextlib.suppress(OSError):
        if not log.exists() or log.stat().st_size == 0:
            return
        for number in range(keep - 1, 0, -1):
            older = log.with_name(f"{log.name}.{number}")
            if older.exists():
                os.replace(older, log.with_name(f"{log.name}.{number + 1}"))
        os.replace(log, log.with_name(f"{log.name}.1"))


def kept_logs(log: Path) -> list[Path]:
    """The rotated logs beside `log`, newest first."""
    return [p for n in range(1, LOGS_KEPT + 1) if (p := log.with_name(f"{log.name}.{n}")).exists()]
