"""The packaged binary (`make package`): unpacked sizes, and start-to-window-shown of the built binary.

"Window shown" is measured from outside, as a user sees it: the binary runs on a private Xvfb display and the
parent polls the X server (libX11 through ctypes, every 2 ms) until a top-level window of the app is viewable.
Cold: the bundle's files are dropped from the page cache first (posix_fadvise DONTNEED, our files only) and the
user folders are fresh. Warm: the same run again, five times, median. Nothing is built here: when dist/ has no
package the figures say "not built (run make package)".
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import importlib.util
import os
import shutil
import signal
import statistics
import subprocess
import tempfile
import time
from pathlib import Path
from types import ModuleType

from bench import Figure

ROOT = Path(__file__).resolve().parents[1]


def _build_script() -> ModuleType:
    """packaging/build_package.py (not a package): its DIST and tree_size measure what it built."""
    spec = importlib.util.spec_from_file_location("build_package", ROOT / "packaging" / "build_package.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_BUILD = _build_script()
DIST: Path = _BUILD.DIST
EXE = "privacy-editor.exe" if os.name == "nt" else "privacy-editor"
SIZE_TARGETS = {"lite": 120e6, "full": 300e6}
WARM_RUNS = 5
SHOW_TIMEOUT = 60.0
NOT_BUILT = "not built (run make package)"


def _evict(folder: Path) -> None:
    """Drop the bundle's pages from the page cache (no root needed: only files we can open)."""
    if not hasattr(os, "posix_fadvise"):
        return
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            p = os.path.join(dirpath, name)
            if os.path.islink(p):
                continue
            with contextlib.suppress(OSError):
                fd = os.open(p, os.O_RDONLY)
                try:
                    os.fsync(fd)  # dirty pages (a fresh build) are not dropped until written back
                    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
                finally:
                    os.close(fd)


# --------------------------------------------------------------------------------------------- X11 probe


class _XWindowAttributes(ctypes.Structure):
    _fields_ = [
        ("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int), ("height", ctypes.c_int),
        ("border_width", ctypes.c_int), ("depth", ctypes.c_int), ("visual", ctypes.c_void_p),
        ("root", ctypes.c_ulong), ("class_", ctypes.c_int), ("bit_gravity", ctypes.c_int),
        ("win_gravity", ctypes.c_int), ("backing_store", ctypes.c_int), ("backing_planes", ctypes.c_ulong),
        ("backing_pixel", ctypes.c_ulong), ("save_under", ctypes.c_int), ("colormap", ctypes.c_ulong),
        ("map_installed", ctypes.c_int), ("map_state", ctypes.c_int), ("all_event_masks", ctypes.c_long),
        ("your_event_mask", ctypes.c_long), ("do_not_propagate_mask", ctypes.c_long),
        ("override_redirect", ctypes.c_int), ("screen", ctypes.c_void_p),
    ]


IS_VIEWABLE = 2


class _XProbe:
    """Is a big top-level window viewable on this (private) display?"""

    def __init__(self, display: str) -> None:
        name = ctypes.util.find_library("X11")
        if not name:
            raise RuntimeError("libX11 not found")
        x = ctypes.CDLL(name)
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XDefaultRootWindow.restype = ctypes.c_ulong
        x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x.XQueryTree.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
                                 ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.POINTER(ctypes.c_ulong)),
                                 ctypes.POINTER(ctypes.c_uint)]
        x.XGetWindowAttributes.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(_XWindowAttributes)]
        x.XFree.argtypes = [ctypes.c_void_p]
        x.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self.x = x
        self.dpy = x.XOpenDisplay(display.encode())
        if not self.dpy:
            raise RuntimeError(f"cannot open display {display}")
        self.root = x.XDefaultRootWindow(self.dpy)

    def window_shown(self) -> bool:
        x = self.x
        root, parent = ctypes.c_ulong(), ctypes.c_ulong()
        children = ctypes.POINTER(ctypes.c_ulong)()
        n = ctypes.c_uint()
        if not x.XQueryTree(self.dpy, self.root, ctypes.byref(root), ctypes.byref(parent), ctypes.byref(children),
                            ctypes.byref(n)):
            return False
        try:
            attrs = _XWindowAttributes()
            for i in range(n.value):
                if x.XGetWindowAttributes(self.dpy, children[i], ctypes.byref(attrs)) and \
                        attrs.map_state == IS_VIEWABLE and attrs.width >= 300 and attrs.height >= 200:
                    return True
            return False
        finally:
            if children:
                x.XFree(children)

    def close(self) -> None:
        self.x.XCloseDisplay(self.dpy)


@contextlib.contextmanager
def _xvfb():
    """A private Xvfb display; yields its name (":93")."""
    read, write = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as fh:
            number = fh.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        proc.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=10)


def _time_to_window(exe: Path, sample: Path, display: str, probe: _XProbe, home: Path) -> float:
    env = {k: v for k, v in os.environ.items() if k in ("LANG", "LC_ALL", "PATH")}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_CACHE_HOME=str(home / "cache"), XDG_DATA_HOME=str(home / "data"),
               XDG_RUNTIME_DIR=str(home / "runtime"))
    (home / "runtime").mkdir(mode=0o700, parents=True, exist_ok=True)
    t0 = time.perf_counter()
    proc = subprocess.Popen([str(exe), str(sample)], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, start_new_session=True)
    try:
        while time.perf_counter() - t0 < SHOW_TIMEOUT:
            if probe.window_shown():
                return time.perf_counter() - t0
            if proc.poll() is not None:
                raise RuntimeError(f"the app exited ({proc.returncode}) before showing a window: "
                                   f"{proc.stderr.read().decode(errors='replace')[-400:] if proc.stderr else ''}")
            time.sleep(0.002)
        raise RuntimeError(f"no window within {SHOW_TIMEOUT:.0f} s")
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)  # its own session: the app and nothing else
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        # wait until the window is gone, so the next run does not see it
        deadline = time.perf_counter() + 5
        while probe.window_shown() and time.perf_counter() < deadline:
            time.sleep(0.01)


def _startup_figures(variant: str, folder: Path) -> list[Figure]:
    label = f"packaged {variant}: start to window shown"
    if os.name == "nt" or not shutil.which("Xvfb"):
        return [Figure(label, "skipped (needs Linux and Xvfb)", "< 500 ms warm")]
    sample = sorted((ROOT / "clause_library" / "corpus").glob("*.txt"))[3]
    exe = folder / EXE
    with tempfile.TemporaryDirectory(prefix="ppe-bench-") as tmp, _xvfb() as display:
        probe = _XProbe(display)
        try:
            _evict(folder)
            cold = _time_to_window(exe, sample, display, probe, Path(tmp) / "home-cold")
            warm = [_time_to_window(exe, sample, display, probe, Path(tmp) / "home-warm") for _ in range(WARM_RUNS)]
        finally:
            probe.close()
    return [
        Figure(f"{label}, cold (page cache dropped, first run)", f"{cold * 1000:.0f} ms", ""),
        Figure(f"{label}, warm (median of {WARM_RUNS})", f"{statistics.median(warm) * 1000:.0f} ms", "< 500 ms"),
    ]


def _version_time(folder: Path) -> float:
    times = []
    for _ in range(3):
        t0 = time.perf_counter()
        subprocess.run([str(folder / EXE), "--version"], capture_output=True, check=True, timeout=60)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def run() -> list[Figure]:
    figures: list[Figure] = []
    for variant, target in SIZE_TARGETS.items():
        folder = DIST / f"privacy-editor-{variant}"
        name = f"packaged {variant}: unpacked size"
        if not (folder / EXE).is_file():
            figures.append(Figure(name, NOT_BUILT, f"< {target / 1e6:.0f} MB"))
            continue
        size = _BUILD.tree_size(folder)
        figures.append(Figure(name, f"{size / 1e6:.1f} MB ({size / 2**20:.1f} MiB)", f"< {target / 1e6:.0f} MB"))
        archives = sorted(DIST.glob(f"privacy-editor-{variant}-*.tar.gz")) + sorted(DIST.glob(f"privacy-editor-{variant}-*.zip"))
        if archives:
            figures.append(Figure(f"packaged {variant}: archive {archives[-1].name}",
                                  f"{archives[-1].stat().st_size / 1e6:.1f} MB", ""))
    for variant in ("lite", "full"):
        folder = DIST / f"privacy-editor-{variant}"
        if not (folder / EXE).is_file():
            figures.append(Figure(f"packaged {variant}: start to window shown", NOT_BUILT, "< 500 ms warm"))
            continue
        figures.append(Figure(f"packaged {variant}: `--version` (median of 3)",
                              f"{_version_time(folder) * 1000:.0f} ms", ""))
        try:
            figures.extend(_startup_figures(variant, folder))
        except Exception as exc:  # one failing measurement must not hide the sizes
            figures.append(Figure(f"packaged {variant}: start to window shown", f"FAILED: {exc}", "< 500 ms warm"))
    return figures
