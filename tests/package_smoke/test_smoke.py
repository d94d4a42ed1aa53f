"""Start the BUILT binaries (dist/privacy-editor-lite and -full), never Python, the way a user would.

Each run: offscreen Qt, a fresh temporary HOME with fresh XDG config/cache/data folders, a PATH without Java
or Python on it (so the full variant can only use its bundled runtime), a time limit, exit code checked, and
stderr checked for tracebacks and for Qt warnings outside a small allow-list.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DIST = Path(os.environ.get("PPE_DIST_DIR") or ROOT / "dist")  # as in packaging/build_package.py
EXE = "privacy-editor.exe" if os.name == "nt" else "privacy-editor"
CORPUS = ROOT / "clause_library" / "corpus"
POLICY = sorted(CORPUS.glob("003_*.txt"))[0]

# stderr lines a healthy run may print. Anything else (a Qt warning, a Python warning) fails the test.
ALLOWED_STDERR = [
    re.compile(r"^This plugin does not support propagateSizeHints\(\)$"),  # offscreen QPA, harmless
    re.compile(r"^privacy-editor( \w+)?: "),  # the app's own one-line notices and errors
    re.compile(r"^(waarschuwing|warning): "),
]

LIMITS = {"version": 15, "check": 60, "export": 60, "screenshot": 120, "grammar": 300}


def _bundle(variant: str) -> Path:
    folder = DIST / f"privacy-editor-{variant}"
    if not (folder / EXE).is_file():
        pytest.fail(f"{folder / EXE} is not built: run `make package` (make package-test does it)")
    return folder


@pytest.fixture(params=["lite", "full"])
def bundle(request) -> Path:
    return _bundle(request.param)


@pytest.fixture
def fresh_env(tmp_path) -> dict[str, str]:
    """A first-run user: empty home and XDG folders; no Java, Python or project settings leaking in."""
    home = tmp_path / "home"
    runtime = tmp_path / "runtime"
    empty_bin = tmp_path / "bin"
    for d in (home, runtime, empty_bin, tmp_path / "tmp"):
        d.mkdir()
    runtime.chmod(0o700)
    keep = ("SYSTEMROOT", "WINDIR")  # Windows needs SYSTEMROOT to start anything
    env = {k: v for k, v in os.environ.items() if k in keep}
    # A UTF-8 locale, as on any desktop (under LANG=C Qt prints a warning and switches to C.UTF-8 itself).
    lang = os.environ.get("LANG", "")
    env.update(
        HOME=str(home),
        USERPROFILE=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_RUNTIME_DIR=str(runtime),
        TMPDIR=str(tmp_path / "tmp"),
        PATH=str(empty_bin),
        QT_QPA_PLATFORM="offscreen",
        LANG=lang if lang.lower().replace("-", "").endswith("utf8") else "C.UTF-8",
    )
    return env


def run(folder: Path, args: list[str], env: dict[str, str], cwd: Path, kind: str,
        ok_codes: tuple[int, ...] = (0,)) -> subprocess.CompletedProcess[str]:
    t0 = time.perf_counter()
    try:
        proc = subprocess.run([str(folder / EXE), *args], env=env, cwd=cwd, capture_output=True, text=True,
                              encoding="utf-8", errors="replace", timeout=LIMITS[kind])
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"{kind}: no result within {LIMITS[kind]} s; stderr: {exc.stderr!r}")
    elapsed = time.perf_counter() - t0
    print(f"{folder.name} {kind} {' '.join(args[:1])}: {elapsed:.2f} s (exit {proc.returncode})")
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode in ok_codes, f"exit {proc.returncode}; stderr: {proc.stderr}"
    unexpected = [line for line in proc.stderr.splitlines()
                  if line.strip() and not any(p.search(line) for p in ALLOWED_STDERR)]
    assert not unexpected, f"unexpected stderr lines: {unexpected}"
    return proc


# ------------------------------------------------------------------------------------------ both variants


def test_version(bundle, fresh_env, tmp_path):
    from editor import __version__

    proc = run(bundle, ["--version"], fresh_env, tmp_path, "version")
    assert proc.stdout.strip() == f"privacy-editor {__version__}"


def test_check_json(bundle, fresh_env, tmp_path):
    # Exit 1 means "a required item is missing", which a real corpus policy may well have.
    proc = run(bundle, ["check", str(POLICY), "--json"], fresh_env, tmp_path, "check", ok_codes=(0, 1))
    report = json.loads(proc.stdout)
    items = report["items"]
    assert len(items) >= 20, items  # the whole Art. 13/14 catalogue came along in the bundle
    statuses = {item["id"]: item["status"] for item in items}
    assert set(statuses.values()) <= {"present", "partial", "missing", "not_applicable"}
    # The corpus policy names its controller and the supervisory authority: found by the bundled engine.
    assert statuses["controller_identity"] in ("present", "partial")
    assert "present" in statuses.values()


def _headings() -> list[str]:
    from editor.core.importers import load_document
    from editor.core.model import Heading

    policy = load_document(POLICY).policy
    return [" ".join(b.text.split()) for b in policy.blocks if isinstance(b, Heading)]


def test_export_docx_and_html(bundle, fresh_env, tmp_path):
    headings = _headings()
    assert headings, "the corpus policy should have headings"

    docx = tmp_path / "out.docx"
    run(bundle, ["export", str(POLICY), "--to", str(docx)], fresh_env, tmp_path, "export")
    with zipfile.ZipFile(docx) as zf:
        xml = zf.read("word/document.xml").decode("utf-8")
    text = re.sub(r"<[^>]+>", "", xml.replace("</w:p>", "\n"))
    for heading in headings:
        assert heading in " ".join(text.split()), heading

    html = tmp_path / "out.html"
    run(bundle, ["export", str(POLICY), "--to", str(html)], fresh_env, tmp_path, "export")
    from lxml import etree
    from lxml import html as lxml_html

    doc = lxml_html.fromstring(html.read_bytes(), parser=lxml_html.HTMLParser(no_network=True))
    found = [" ".join(etree.tostring(h, method="text", encoding="unicode").split())
             for h in doc.iter("h1", "h2", "h3")]
    for heading in headings:
        assert heading in found, (heading, found)


def test_export_pdf(bundle, fresh_env, tmp_path):
    pdf = tmp_path / "out.pdf"
    run(bundle, ["export", str(POLICY), "--to", str(pdf)], fresh_env, tmp_path, "export")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-") and len(re.findall(rb"/Type\s*/Page\b", data)) >= 1


def test_gui_opens_policy_and_renders(bundle, fresh_env, tmp_path):
    """The GUI starts from the binary, loads a corpus policy, computes the checklist, renders, quits."""
    png = tmp_path / "shot.png"
    run(bundle, ["screenshot", str(POLICY), "--out", str(png), "--size", "1200x800"], fresh_env, tmp_path,
        "screenshot")
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    assert not image.isNull()
    assert (image.width(), image.height()) == (1200, 800)
    colours = {image.pixel(x, y) for x in range(0, 1200, 7) for y in range(0, 800, 7)}
    assert len(colours) > 20, "the window rendered blank"


@pytest.mark.skipif(sys.platform != "linux", reason="X11 (Xvfb) only on Linux")
def test_gui_shows_a_real_x11_window(bundle, fresh_env, tmp_path):
    """The real display path (xcb plugin and the bundled xcb libraries), which offscreen runs never load.
    The session claims to be Wayland: the package ships no Wayland plugin and must still come up (XWayland)."""
    import shutil
    import signal

    from bench.bench_package import _XProbe, _xvfb

    if not shutil.which("Xvfb"):
        pytest.fail("Xvfb is missing (packaging/apt-test-packages.txt installs it)")
    with _xvfb() as display:
        probe = _XProbe(display)
        env = dict(fresh_env, DISPLAY=display, XDG_SESSION_TYPE="wayland", WAYLAND_DISPLAY="wayland-0")
        env.pop("QT_QPA_PLATFORM")
        err = tmp_path / "stderr.txt"
        with open(err, "w", encoding="utf-8") as fh:
            proc = subprocess.Popen([str(bundle / EXE), str(POLICY)], env=env, cwd=tmp_path, stdout=subprocess.DEVNULL,
                                    stderr=fh, start_new_session=True)
        try:
            t0 = time.perf_counter()
            while not probe.window_shown():
                assert proc.poll() is None, f"the app exited ({proc.returncode}): {err.read_text()}"
                assert time.perf_counter() - t0 < LIMITS["screenshot"], "no window"
                time.sleep(0.01)
            print(f"{bundle.name} X11 window shown after {time.perf_counter() - t0:.2f} s")
            time.sleep(1.0)  # let it load the checklist and library while shown
            assert proc.poll() is None, f"the app died after showing: {err.read_text()}"
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=20)
            probe.close()
    # Stopped by SIGTERM (a logout does that): a LanguageTool JVM it may have started must go with it.
    deadline = time.time() + 10
    while _java_processes_under(bundle) and time.time() < deadline:
        time.sleep(0.2)
    assert not _java_processes_under(bundle)
    text = err.read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in text, text
    unexpected = [line for line in text.splitlines()
                  if line.strip() and not any(p.search(line) for p in ALLOWED_STDERR)]
    assert not unexpected, unexpected


def test_bundle_contents(bundle):
    internal = bundle / "_internal"
    # Every shipped data file came along: resources (compiled .qm rather than .ts) and the clause library.
    for src_root in ("resources", "clause_library"):
        for path in (ROOT / src_root).rglob("*"):
            rel = path.relative_to(ROOT)
            if not path.is_file() or "__pycache__" in rel.parts or any(p.startswith(".") for p in rel.parts):
                continue
            if path.suffix == ".ts":
                assert (internal / rel).with_suffix(".qm").is_file(), f"no compiled translation for {rel}"
            else:
                assert (internal / rel).is_file(), f"{rel} is missing from the bundle"
    qt = internal / "PySide6" if sys.platform == "win32" else internal / "PySide6" / "Qt"
    plugins = {p.name for p in (qt / "plugins").iterdir()}
    assert not plugins & {"platformthemes", "tls", "networkinformation", "generic", "egldeviceintegrations"}
    assert not [p for p in plugins if p.startswith("wayland")]
    platforms = {p.name.split(".")[0].removeprefix("lib") for p in (qt / "plugins" / "platforms").iterdir()}
    assert platforms <= {"qxcb", "qoffscreen", "qwindows", "qcocoa"}, platforms
    assert (qt / "plugins" / "iconengines").is_dir()  # SVG icons
    assert list(internal.rglob("*Qt6Svg*")) or list(internal.rglob("QtSvg.framework"))
    qms = {p.name for p in (qt / "translations").glob("*.qm")} if (qt / "translations").is_dir() else set()
    assert qms <= {"qtbase_nl.qm", "qtbase_en.qm"}
    assert list((internal / "docx" / "templates").glob("default.docx")), "python-docx's template"
    dangling = [p for p in bundle.rglob("*") if p.is_symlink() and not p.exists()]
    assert not dangling


# ------------------------------------------------------------------------------------------ grammar


SENTENCE = "Hij vind dat het goed is.\n"


def _java_processes_under(folder: Path) -> list[int]:
    import psutil

    pids = []
    for proc in psutil.process_iter(["exe", "cmdline"]):
        cmd = " ".join(proc.info.get("cmdline") or [])
        if str(folder) in (proc.info.get("exe") or "") or (str(folder) in cmd and "java" in cmd):
            pids.append(proc.pid)
    return pids


def test_full_grammar_through_bundled_languagetool(fresh_env, tmp_path):
    full = _bundle("full")
    assert (full / "_internal" / "languagetool" / "jre" / "bin" / ("java.exe" if os.name == "nt" else "java")).is_file()
    text = tmp_path / "zin.txt"
    text.write_text(SENTENCE, encoding="utf-8")
    proc = run(full, ["grammar", str(text), "--json"], fresh_env, tmp_path, "grammar")
    matches = json.loads(proc.stdout)["matches"]
    start = SENTENCE.index("vind")
    hits = [m for m in matches if m["start"] <= start < m["end"] and "vindt" in " ".join(m["replacements"])]
    assert hits, matches
    # The app stops its JVM when it exits: nothing from the bundle may keep running.
    deadline = time.time() + 10
    while _java_processes_under(full) and time.time() < deadline:
        time.sleep(0.2)
    assert not _java_processes_under(full)


def test_lite_grammar_without_engine_says_so(fresh_env, tmp_path):
    """lite carries no Java: with no team server configured, grammar exits 2 with a one-line message."""
    lite = _bundle("lite")
    text = tmp_path / "zin.txt"
    text.write_text(SENTENCE, encoding="utf-8")
    proc = run(lite, ["grammar", str(text), "--json"], fresh_env, tmp_path, "grammar", ok_codes=(2,))
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr


@pytest.mark.skipif(sys.platform != "linux", reason="the archive is a .tar.gz on Linux")
def test_lite_archive_unpacks_and_runs_elsewhere(fresh_env, tmp_path):
    """What a user downloads: the .tar.gz unpacks to a folder that works from any place (nothing points back
    into dist/ or the source tree)."""
    import tarfile

    from editor import __version__

    archives = sorted(DIST.glob(f"privacy-editor-lite-{__version__}-linux-*.tar.gz"))
    if not archives:
        pytest.fail("no lite archive in dist/: run `make package`")
    target = tmp_path / "elsewhere"
    with tarfile.open(archives[-1]) as tf:
        # keep modes and symbolic links; the extraction filter exists from Python 3.11.4 on
        kwargs = {"filter": "tar"} if hasattr(tarfile, "tar_filter") else {}
        tf.extractall(target, **kwargs)
    folder = target / "privacy-editor-lite"
    assert os.access(folder / EXE, os.X_OK)
    proc = run(folder, ["check", str(POLICY), "--json"], fresh_env, tmp_path, "check", ok_codes=(0, 1))
    assert json.loads(proc.stdout)["items"]


@pytest.mark.skipif(sys.platform != "linux", reason="the ELF checks are Linux-only")
def test_binaries_resolve(bundle):
    """Every bundled library's dependencies resolve (inside the bundle or on the system)."""
    internal = bundle / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))
    missing = []
    for lib in [bundle / EXE, *internal.rglob("*.so*")]:
        if lib.is_symlink() or not lib.is_file() or "languagetool" in lib.parts:
            continue
        out = subprocess.run(["ldd", str(lib)], capture_output=True, text=True, env=env).stdout
        missing += [f"{lib.name}: {line.strip()}" for line in out.splitlines() if "not found" in line]
    assert not missing, missing
