"""A private LanguageTool HTTP server on loopback, started and stopped by the app.

language-tool-python's own start-up downloads a 250 MB zip, waits only 15 s and can leave
JVMs behind, so the app runs the server itself from the jars that `make setup` copied out of
Maven (packaging/setup.d/40-languagetool.sh) or that a packaged build ships beside the app.

Guarantees: loopback only (never `--public`), one readiness wait of up to `ready_timeout`
seconds followed by a warm-up check (the first Dutch check loads the dictionaries, 10-20 s),
a restart after every crash with a growing back-off, also when the JVM dies during start-up
or warm-up (see restart.py; the crashed server's log is kept as server.log.1 ...), and the
JVM's whole process group is stopped on `stop()`, on interpreter exit (atexit) and on
SIGTERM/SIGHUP. Listeners hear "restarting", "ready" and "off" for the status bar.

A SIGKILLed app cannot stop its JVM, so every running server has a pid file in the user's cache
folder; the next start stops servers whose app is gone (Linux only: identity is checked in /proc).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from editor.core.grammar.discovery import (  # noqa: F401 - re-exported: the public grammar API
    LOOPBACK,
    MIN_JAVA,
    REQUIRED_JARS,
    EngineUnavailable,
    Progress,
    _ensure_no_proxy_for_loopback,
    _no_window_flag,
    bundle_dir,
    find_java,
    free_port,
    http_get_json,
    http_post_json,
    java_major_version,
    project_jar_dir,
)
from editor.core.grammar.launch import WARM_UP_TEXT, Launcher, default_check_threads  # noqa: F401 - re-exported
from editor.core.grammar.processes import (  # noqa: F401 - re-exported
    _LIVE,
    MAIN_CLASS,
    PID_SUFFIX,
    STALE_TERM_WAIT,
    _alive,
    _proc_stat,
    _proc_supported,
    _terminate,
    install_signal_handlers,
    is_languagetool_server,
    pid_dir,
    stop_all,
    stop_stale_servers,
    write_pid_file,
)
from editor.core.grammar.restart import (
    MAX_CRASHES_IN_ROW,
    STABLE_AFTER,
    EngineListener,
    backoff_delay,
)


# Here, not in discovery.py: it looks the folders up through this module (tests replace them).
def find_jars() -> list[Path]:
    """The LanguageTool jars, or [] when none of the known folders holds a complete set."""
    candidates: list[Path] = []
    env = os.environ.get("PRIVACY_EDITOR_LT_JARS")
    if env:
        candidates.append(Path(env))
    candidates += [bundle_dir() / "jars", project_jar_dir()]
    for folder in candidates:
        jars = sorted(folder.glob("*.jar")) if folder.is_dir() else []
        names = [j.name for j in jars]
        if all(any(n.startswith(prefix) for n in names) for prefix in REQUIRED_JARS):
            return jars
    return []


class LocalServer(Launcher):
    """One LanguageTool JVM on a free loopback port. Thread-safe start/stop."""

    def __init__(
        self,
        *,
        java: str | os.PathLike[str] | None = None,
        jars: list[Path] | None = None,
        heap: str = "512m",
        cache_size: int = 2000,
        check_threads: int | None = None,
        ready_timeout: float = 180.0,
        warm_up_language: str = "nl-BE",
        warm_up: bool = True,
    ) -> None:
        self._java = Path(java) if java else None
        self._jars = jars
        self.heap = heap
        self.cache_size = cache_size
        self.check_threads = check_threads or default_check_threads()  # requests checked at once
        self.ready_timeout = ready_timeout
        self.warm_up_language = warm_up_language
        self.warm_up = warm_up  # False only for tests of the process life cycle
        self.port: int | None = None
        self.startup_seconds: float | None = None  # launch -> warm-up done, of the last start
        self.restarts = 0
        self.version = ""  # LanguageTool's version as the running server reports it ("6.8")
        self.owned_elsewhere = False  # True: stop_shared_server() leaves it to its owner
        self._proc: subprocess.Popen[bytes] | None = None
        self._pid_files: dict[int, Path] = {}  # JVM pid -> its pid file (see stop_stale_servers)
        self._tmpdir: Path | None = None
        self._log_path: Path | None = None
        self._lock = threading.RLock()
        self._stopped_by_us = False
        self._cancel = threading.Event()  # stop() during a start-up ends the wait at once
        self._done = threading.Event()  # set when the latest start-up finished (either way)
        self._failure: EngineUnavailable | None = None
        self._starter: threading.Thread | None = None
        self._bg_lock = threading.Lock()
        self._last_progress: tuple[str, float] | None = None
        self._listeners: list[EngineListener] = []
        self._ready_at: float | None = None  # monotonic time the running server became ready
        self.crashes_in_row = 0
        self.gave_up = False  # True after MAX_CRASHES_IN_ROW crashes in a row: grammar stays off

    # -- public state

    @property
    def url(self) -> str:
        if self.port is None:
            raise EngineUnavailable("De taalserver is niet gestart.", "The language server has not been started.")
        return f"http://{LOOPBACK}:{self.port}"

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc else None

    def is_running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def rss_bytes(self) -> int | None:
        """Resident memory of the JVM (Linux /proc; None elsewhere)."""
        if not self.is_running():
            return None
        try:
            status = Path(f"/proc/{self.pid}/status").read_text()
        except OSError:
            return None
        m = re.search(r"VmRSS:\s+(\d+)\s+kB", status)
        return int(m.group(1)) * 1024 if m else None

    @property
    def log_path(self) -> Path | None:
        return self._log_path

    def add_listener(self, listener: EngineListener) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: EngineListener) -> None:
        with contextlib.suppress(ValueError):
            self._listeners.remove(listener)

    def _notify(self, event: str, attempt: int) -> None:
        for listener in list(self._listeners):
            with contextlib.suppress(Exception):  # a closed window's listener must not stop a restart
                listener(event, attempt)

    # -- life cycle

    def command(self, port: int, config: Path) -> list[str]:
        java, jars = self._resolve()
        classpath = self._classpath(jars)  # the app's accepted words first (server_words.py)
        # Loopback only: HTTPServer listens on localhost unless --public is given; we never give it.
        return [
            str(java),
            f"-Xmx{self.heap}",
            "-XX:+UseSerialGC",  # fewer GC threads and less memory on small machines
            "-Djava.awt.headless=true",
            "-Dfile.encoding=UTF-8",
            "-cp",
            classpath,
            MAIN_CLASS,
            "--port",
            str(port),
            "--config",
            str(config),
        ]

    def _resolve(self) -> tuple[Path, list[Path]]:
        if self._java is None:
            self._java = find_java()
        if self._java is None:
            raise EngineUnavailable(
                f"Geen Java {MIN_JAVA} of nieuwer gevonden; spelling- en grammaticacontrole is niet beschikbaar "
                "(installeer Java of stel een teamserver in).",
                f"No Java {MIN_JAVA} or newer found; spelling and grammar checking is unavailable "
                "(install Java or configure a team server).",
            )
        if not self._jars:
            self._jars = find_jars()
        if not self._jars:
            raise EngineUnavailable(
                "LanguageTool is niet geïnstalleerd (voer 'make setup' uit); spelling- en grammaticacontrole is "
                "niet beschikbaar.",
                "LanguageTool is not installed (run 'make setup'); spelling and grammar checking is unavailable.",
            )
        return self._java, self._jars

    def start(self, progress: Progress | None = None) -> None:
        """Start the JVM and block until it answers a warm-up check. Raises EngineUnavailable."""
        with self._lock:
            if self.is_running():
                self._done.set()
                return
            self._cancel.clear()
            self._done.clear()
            self.gave_up = False  # an explicit start tries again
            self.crashes_in_row = 0
            try:
                self._launch_and_wait(progress)
            except EngineUnavailable as exc:
                self._failure = exc
                raise
            else:
                self._failure = None
            finally:
                self._done.set()

    def start_background(self) -> None:
        """Start the JVM in a daemon thread unless it runs or is starting already (returns at once)."""
        with self._bg_lock:
            if self.is_running() and self._done.is_set():
                return
            if self._starter is not None and self._starter.is_alive():
                return
            self._done.clear()
            self._start_thread()

    def _start_thread(self) -> None:
        def run() -> None:
            try:
                self.start(lambda phase, elapsed: setattr(self, "_last_progress", (phase, elapsed)))
            except EngineUnavailable:
                pass  # kept in self._failure for the waiters
            except Exception as exc:  # never lose a failure in a background thread
                self._failure = EngineUnavailable(f"De taalserver start niet: {exc}",
                                                  f"The language server does not start: {exc}")
                self._done.set()

        self._starter = threading.Thread(target=run, name="languagetool-start", daemon=True)
        self._starter.start()

    def wait_until_ready(self, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
                         poll: float = 0.25) -> None:
        """Start in the background if needed and wait; `cancelled()` ends the wait (not the server).

        Several callers (windows, threads) can wait for one server; none of them blocks another's
        shutdown for longer than `poll` seconds.
        """
        self.start_background()
        while not self._done.wait(poll):
            if cancelled is not None and cancelled():
                raise EngineUnavailable("De taalcontrole werd afgebroken.", "The language check was cancelled.")
            if progress is not None and self._last_progress is not None:
                progress(*self._last_progress)
        if self._failure is not None:
            raise self._failure
        if not self.is_running():
            raise EngineUnavailable("De taalserver is gestopt.", "The language server has stopped.")

    def ensure_running(self, progress: Progress | None = None) -> bool:
        """Restart after a crash, after a back-off. True when the server is (again) running.

        Every crash is restarted; only MAX_CRASHES_IN_ROW crashes in a row (without a stable
        STABLE_AFTER seconds between them) turn grammar checking off. stop() ends a back-off wait.
        """
        with self._lock:
            if self.is_running():
                return True
            if self._proc is None or self._stopped_by_us or self.gave_up:
                return False
            uptime = time.monotonic() - (self._ready_at or time.monotonic())
            self.crashes_in_row = 1 if uptime >= STABLE_AFTER else self.crashes_in_row + 1
            self._kill()
            if self.crashes_in_row > MAX_CRASHES_IN_ROW:
                self.gave_up = True
                self._notify("off", self.restarts)
                return False
            self.restarts += 1
            self._notify("restarting", self.restarts)
            if self._cancel.wait(backoff_delay(self.crashes_in_row)):
                return False  # stopped during the back-off
            try:
                self._launch_and_wait(progress)
            except EngineUnavailable:
                self.gave_up = not self._stopped_by_us
                self._notify("off", self.restarts)
                return False
            self._notify("ready", self.restarts)
            return True

    def _kill(self, proc: subprocess.Popen[bytes] | None = None) -> None:
        proc = proc or self._proc
        if proc is None:
            return
        if proc.poll() is None:
            try:
                if os.name == "nt":
                    proc.terminate()
                else:
                    os.killpg(proc.pid, signal.SIGTERM)
            except (OSError, ProcessLookupError):
                pass
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(OSError, ProcessLookupError):
                    if os.name == "nt":
                        proc.kill()
                    else:
                        os.killpg(proc.pid, signal.SIGKILL)
                with contextlib.suppress(subprocess.TimeoutExpired):
                    proc.wait(timeout=5)
        pid_file = self._pid_files.pop(proc.pid, None)
        if pid_file is not None and proc.poll() is not None:
            with contextlib.suppress(OSError):
                pid_file.unlink()

    def stop(self) -> None:
        """Stop the JVM (process group) and remove the temporary config. Safe to call twice."""
        self._cancel.set()
        self._stopped_by_us = True
        self._kill(self._proc)  # without the lock: a start-up in another thread may hold it
        with self._lock:
            self._kill()
            self._proc = None
            _LIVE.discard(self)
            if self._tmpdir is not None:
                shutil.rmtree(self._tmpdir, ignore_errors=True)
                self._tmpdir = None

    def __enter__(self) -> LocalServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            if self.is_running():
                self.stop()


_SHARED: LocalServer | None = None
_SHARED_LOCK = threading.Lock()


def shared_server() -> LocalServer:
    """The process's one local server: every editor window (and test) shares a single JVM."""
    global _SHARED
    with _SHARED_LOCK:
        if _SHARED is None or _SHARED._stopped_by_us:
            _SHARED = LocalServer()
        return _SHARED


def stop_shared_server() -> None:
    """Stop the shared server (on application quit; atexit does it too).

    A server marked `owned_elsewhere` (installed as the shared one by its owner, such as a test
    session) is left running: its owner stops it.
    """
    global _SHARED
    with _SHARED_LOCK:
        server = _SHARED
        if server is None or server.owned_elsewhere:
            return
        _SHARED = None
    server.stop()


def _debug_main() -> int:  # pragma: no cover - manual tool: python -m editor.core.grammar.server
    server = LocalServer()
    server.start(lambda m, t: print(f"{m} {t:.1f}s", file=sys.stderr))
    print(server.url, server.startup_seconds, server.rss_bytes())
    server.stop()
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(_debug_main())
