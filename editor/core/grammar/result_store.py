"""Grammar results kept between sessions, so a reopened policy or boilerplate seen before costs nothing.

A cold LanguageTool spends most of a first full check on spelling suggestions for unknown words
(about 10 of 12 CPU seconds for the longest corpus policy); that work is lost with the JVM.
This store keeps the unfiltered matches per paragraph in an SQLite file in the user's cache
folder, keyed by a SHA-256 of (engine, language, paragraph text): the engine string names the
LanguageTool version, so an upgrade never serves old answers. Values are JSON (never pickled).

Only the app's own local server uses it (a team server's version and rules may change under
us). It is a cache: every error (locked, corrupt, full disk) behaves as a miss and is logged,
never shown. It holds fragments of checked documents (the flagged words), like the recovery
files beside it; `clear()` removes it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import sqlite3
import threading
import time
from collections.abc import Mapping
from pathlib import Path

from editor.core.grammar.match import GrammarMatch

log = logging.getLogger(__name__)

LIMIT = 50_000  # paragraphs kept; the oldest go first (a few MB)
FORMAT = 1  # raise when what the app sends or keeps changes: older entries are then never read


def _key(engine: str, language: str, text: str) -> str:
    return hashlib.sha256(f"{FORMAT}\0{engine}\0{language}\0{text}".encode()).hexdigest()


def _decode(value: str, text: str) -> tuple[GrammarMatch, ...]:
    """The stored matches, checked against the paragraph (a damaged entry raises ValueError)."""
    out = []
    for item in json.loads(value):
        start, end = int(item["start"]), int(item["end"])
        if not 0 <= start <= end <= len(text):
            raise ValueError("a stored match lies outside its paragraph")
        out.append(GrammarMatch(
            start=start, end=end, text=text[start:end], rule_id=str(item["rule_id"]), category=str(item["category"]),
            message=str(item["message"]), replacements=tuple(str(r) for r in item["replacements"]),
            kind=str(item["kind"]),
        ))
    return tuple(out)


class ResultStore:
    """Unfiltered matches per (language, paragraph text) for one engine version, on disk."""

    def __init__(self, path: Path, engine: str, limit: int = LIMIT) -> None:
        self.path = path
        self.engine = engine
        self.limit = limit
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(str(path), timeout=2.0, check_same_thread=False, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")  # a cache: losing the last writes in a crash is fine
            db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, value TEXT NOT NULL, at REAL NOT NULL)")
            self._db = db
            self._prune()
        except (OSError, sqlite3.Error) as exc:
            log.warning("grammar result store %s unavailable: %s", path, exc)
            self._db = None

    @property
    def available(self) -> bool:
        return self._db is not None

    def get(self, language: str, text: str) -> tuple[GrammarMatch, ...] | None:
        try:
            with self._lock:
                if self._db is None:
                    return None
                row = self._db.execute("SELECT value FROM results WHERE key = ?", (_key(self.engine, language, text),)).fetchone()
            return None if row is None else _decode(row[0], text)
        except (sqlite3.Error, ValueError, KeyError, TypeError) as exc:
            log.warning("grammar result store read failed: %s", exc)
            return None

    def put_many(self, language: str, results: Mapping[str, tuple[GrammarMatch, ...]]) -> None:
        if self._db is None or not results:
            return
        now = time.time()
        rows = [(_key(self.engine, language, text), json.dumps([m.to_json() for m in found], ensure_ascii=False), now)
                for text, found in results.items()]
        with self._lock:
            db = self._db
            if db is None:
                return
            try:
                db.execute("BEGIN")
                db.executemany("INSERT OR REPLACE INTO results (key, value, at) VALUES (?, ?, ?)", rows)
                db.execute("COMMIT")
            except sqlite3.Error as exc:
                log.warning("grammar result store write failed: %s", exc)
                with contextlib.suppress(sqlite3.Error):
                    db.execute("ROLLBACK")

    def _prune(self) -> None:
        assert self._db is not None
        (count,) = self._db.execute("SELECT COUNT(*) FROM results").fetchone()
        if count > self.limit:
            self._db.execute("DELETE FROM results WHERE key IN (SELECT key FROM results ORDER BY at LIMIT ?)",
                             (count - self.limit,))

    def clear(self) -> None:
        with contextlib.suppress(sqlite3.Error), self._lock:
            if self._db is not None:
                self._db.execute("DELETE FROM results")

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                with contextlib.suppress(sqlite3.Error):
                    self._db.close()
                self._db = None
