"""Launching the LanguageTool JVM and waiting until it answers (a mixin of LocalServer).

A JVM that dies while starting or warming up is launched again after a back-off, up to
MAX_START_ATTEMPTS times; every launch rotates the log first, so a crashed launch's log is
kept as server.log.1 (restart.py).
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from editor.core.atomic import atomic_write_text
from editor.core.grammar.discovery import (
    LOOPBACK,
    EngineUnavailable,
    Progress,
    _ensure_no_proxy_for_loopback,
    _no_window_flag,
    free_port,
    http_get_json,
    http_post_json,
)
from editor.core.grammar.processes import _LIVE, install_signal_handlers, stop_stale_servers, write_pid_file
from editor.core.grammar.restart import MAX_START_ATTEMPTS, backoff_delay, rotate_logs
from editor.core.grammar.server_words import write_classpath_dir
from editor.core.model import LANGUAGES
from editor.core.settings import cache_dir

# The warm-up builds what a first document would otherwise pay for (measured on corpus policy
# 003, docs/grammar.md): the dictionaries and rule pipeline; the spelling suggestions ("verkeerdd");
# and the Dutch default speller and multi-word name speller that LanguageTool creates only when a
# run of unknown capitalised words first occurs ("Rocki Mountains National Parc", LanguageTool's own
# example): 1-1.5 CPU seconds, about a fifth of a cold check of 003 before it moved here.
WARM_UP_TEXT = ("Dit is een korte zin om de taalserver op te warmen. "
                "Wij bewaren de verkeerdd gegevens van Rocki Mountains National Parc niet langer dan nodig.")
MAX_CHECK_THREADS = 4  # each thread keeps its own rule pipeline (and spelling-suggestion cache)


def default_check_threads(cores: int | None = None) -> int:
    """LanguageTool check threads: one per core but one, which stays free for typing (1..4).

    Measured on 2 cores (docs/grammar.md): a second thread did not shorten a cold full check
    under load and cost about a third more CPU, because every thread's pipeline computes its
    own spelling suggestions for the same unknown words; it would also take the typing core.
    """
    cores = cores if cores is not None else os.cpu_count() or 2
    return max(1, min(MAX_CHECK_THREADS, cores - 1))


def warm_up_text(thread: int) -> str:
    """A warm-up sentence of its own per check thread: LanguageTool caches results per sentence,
    and a cached answer would leave that thread's rule pipeline unbuilt."""
    return WARM_UP_TEXT if thread == 0 else f"{WARM_UP_TEXT[:-1]} ({thread})."


class Launcher:
    """The start-up half of LocalServer; the attributes are LocalServer's."""

    _proc: subprocess.Popen[bytes] | None
    _tmpdir: Path | None
    _log_path: Path | None
    _cancel: threading.Event
    _pid_files: dict[int, Path]
    _stopped_by_us: bool
    _ready_at: float | None
    port: int | None
    cache_size: int
    check_threads: int
    ready_timeout: float
    warm_up: bool
    warm_up_language: str
    startup_seconds: float | None
    version: str
    _notify: Callable[[str, int], None]
    _kill: Callable[..., None]
    _resolve: Callable[[], object]
    command: Callable[[int, Path], list[str]]

    def log_tail(self, lines: int = 15) -> str:
        if not self._log_path:
            return ""
        try:
            return "\n".join(self._log_path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def _classpath(self, jars: list[Path]) -> str:
        """The jars, after the folder with the app's accepted words (server_words.py) once written."""
        words = [self._tmpdir / "classpath"] if self._tmpdir is not None else []
        return os.pathsep.join(str(p) for p in [*words, *jars])

    def _write_config(self) -> Path:
        if self._tmpdir is None or not self._tmpdir.exists():
            self._tmpdir = Path(tempfile.mkdtemp(prefix="privacy-editor-lt-"))
        write_classpath_dir(self._tmpdir / "classpath")  # read by the JVM at start (server_words.py)
        config = self._tmpdir / "server.properties"
        atomic_write_text(
            config,
            "\n".join(
                [
                    "# written by privacy-policy-editor for its private loopback server",
                    "pipelineCaching=true",
                    "maxPipelinePoolSize=50",
                    "pipelineExpireTimeInSeconds=3600",
                    f"cacheSize={self.cache_size}",
                    "cacheTTLSeconds=3600",
                    f"maxCheckThreads={self.check_threads}",
                    "",
                ]
            ),
        )
        return config

    def _launch_and_wait(self, progress: Progress | None, attempts: int = MAX_START_ATTEMPTS) -> None:
        self._resolve()
        _ensure_no_proxy_for_loopback()
        install_signal_handlers()
        config = self._write_config()
        stop_stale_servers()  # JVMs of a killed earlier session would hold ~500 MB each, forever
        log_folder = cache_dir() / "languagetool"
        log_folder.mkdir(parents=True, exist_ok=True)
        self._log_path = log_folder / "server.log"
        t0 = time.monotonic()
        last_error = ""
        for attempt in range(attempts):
            if attempt:
                # The JVM died while starting or warming up (or lost its port): try again, later.
                self._notify("restarting", attempt)
                if self._cancel.wait(backoff_delay(attempt)):
                    raise EngineUnavailable("De taalserver werd gestopt.", "The language server was stopped.")
                t0 = time.monotonic()
            rotate_logs(self._log_path)  # the log of a crashed server is kept as server.log.1
            self.port = free_port()
            with open(self._log_path, "wb") as log:
                kwargs: dict = {}
                if os.name == "nt":
                    kwargs["creationflags"] = _no_window_flag() | getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)
                else:
                    kwargs["start_new_session"] = True  # own process group: stop() kills it whole
                self._proc = subprocess.Popen(
                    self.command(self.port, config),
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    cwd=str(self._tmpdir),
                    **kwargs,
                )
            _LIVE.add(self)
            pid_file = write_pid_file(self._proc.pid, self.port)
            if pid_file is not None:
                self._pid_files[self._proc.pid] = pid_file
            self._stopped_by_us = False
            try:
                self._wait_ready(t0, progress)
                self.startup_seconds = time.monotonic() - t0
                self._ready_at = time.monotonic()
                if progress:
                    progress("ready", self.startup_seconds)
                return
            except EngineUnavailable as exc:
                last_error = exc.en
                if self._proc is not None:  # a JVM killed a moment ago may not be reaped yet
                    with contextlib.suppress(subprocess.TimeoutExpired):
                        self._proc.wait(timeout=1.0)
                crashed = self._proc is not None and self._proc.poll() is not None
                tail = self.log_tail(40)
                self._kill()
                if self._cancel.is_set():
                    raise
                bind_error = "Address already in use" in tail or "BindException" in tail
                if not (crashed or bind_error):
                    raise  # a timeout is not retried: the next attempt would wait as long again
        raise EngineUnavailable(
            f"De taalserver stopte {attempts} keer tijdens het opstarten; de taalcontrole staat uit. "
            f"Het logboek staat in {self._log_path}.",
            f"The language server stopped {attempts} times while starting; grammar checking is off. "
            f"Its log is in {self._log_path}. ({last_error})",
        )

    def _wait_ready(self, t0: float, progress: Progress | None) -> None:
        deadline = t0 + self.ready_timeout
        base = f"http://{LOOPBACK}:{self.port}/v2/"
        while True:
            elapsed = time.monotonic() - t0
            if self._cancel.is_set():
                raise EngineUnavailable("De taalserver werd gestopt.", "The language server was stopped.")
            if self._proc is None or self._proc.poll() is not None:
                raise EngineUnavailable(
                    "De taalserver stopte tijdens het opstarten: " + self._last_log_line(),
                    "The language server exited during start-up: " + self._last_log_line(),
                )
            if time.monotonic() > deadline:
                raise EngineUnavailable(
                    f"De taalserver was na {int(self.ready_timeout)} s nog niet klaar.",
                    f"The language server was not ready after {int(self.ready_timeout)} s.",
                )
            if progress:
                progress("starting", elapsed)
            try:
                http_get_json(base + "languages", timeout=2.0)
                break
            except (OSError, ValueError):
                time.sleep(0.25)
        if not self.warm_up:
            return
        # Warm-up: the first Dutch check loads the dictionaries and rule files (10-20 s on a small machine).
        if progress:
            progress("warming", time.monotonic() - t0)
        # One request per check thread at once, so every thread's pipeline exists before the
        # user's first document is sent in concurrent batches; for both variants of Dutch, because
        # each has its own pipelines and spellers (a first nl-NL check after an nl-BE-only warm-up
        # took 2 CPU seconds more; docs/grammar.md). The app's language first.
        answers: list[object] = []
        for language in [self.warm_up_language, *(x for x in LANGUAGES if x != self.warm_up_language)]:
            answers += self._warm(base, language, max(5.0, deadline - time.monotonic()))
        answer = answers[0]
        software = answer.get("software", {}) if isinstance(answer, dict) else {}
        self.version = str(software.get("version", "")) if isinstance(software, dict) else ""

    def _warm(self, base: str, language: str, timeout: float) -> list[object]:
        """One warm-up check per check thread, sent at once; their answers. Raises EngineUnavailable."""
        texts = [warm_up_text(i) for i in range(max(1, self.check_threads))]
        answers: list[object] = [None] * len(texts)
        errors: list[Exception] = []

        def warm(i: int) -> None:
            try:
                answers[i] = http_post_json(base + "check", {"language": language, "text": texts[i]}, timeout)
            except (OSError, ValueError) as exc:
                errors.append(exc)

        threads = [threading.Thread(target=warm, args=(i,), name="languagetool-warm-up", daemon=True)
                   for i in range(len(texts))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        if errors:
            raise EngineUnavailable(
                f"De taalserver antwoordt niet op een eerste controle ({errors[0]}).",
                f"The language server does not answer a first check ({errors[0]}).",
            ) from errors[0]
        return answers

    def _last_log_line(self) -> str:
        for line in reversed(self.log_tail(40).splitlines()):
            if "Exception" in line or "Error" in line:
                return line.strip()[:300]
        return (self.log_tail(1) or "?").strip()[:300]
