"""Build the packaged application: `python packaging/build_package.py [lite|full|all]` (what `make package` runs).

lite  PyInstaller onedir from packaging/privacy-editor.spec -> dist/privacy-editor-lite/
full  the same plus a Java runtime cut down with jlink to the modules jdeps finds in the LanguageTool jars
      (plus jdk.httpserver and java.management) and the jars themselves -> dist/privacy-editor-full/
Each folder is archived as dist/privacy-editor-<variant>-<version>-<os>-<arch>.tar.gz (.zip on Windows).

Works on Linux, Windows and macOS: paths via pathlib, the Java class path via os.pathsep, tools found through
JAVA_HOME or PATH. Prints the time of each step and the unpacked/archived sizes at the end.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "privacy-editor.spec"
# PPE_DIST_DIR / PPE_BUILD_DIR move the output and the caches (e.g. to try another Python without touching dist/).
DIST = Path(os.environ.get("PPE_DIST_DIR") or ROOT / "dist").resolve()
BUILD = Path(os.environ.get("PPE_BUILD_DIR") or ROOT / "build").resolve()
WORK = BUILD / "pyinstaller"
LT_STAGE = BUILD / "languagetool-bundle"  # jre/ + jars/ handed to the spec for the full variant
DEFAULT_JARS = ROOT / ".cache" / "languagetool" / "lt-jars"  # packaging/setup.d/40-languagetool.sh fills it
REQUIRED_JARS = ("languagetool-server-", "language-nl-", "dutch-pos-dict-")
# Always in the runtime, whatever jdeps says: the server's HTTP stack and its JMX memory checks; Dutch
# locale data (date and number formats in rules); elliptic-curve TLS in case a rule fetches over https.
EXTRA_MODULES = ("jdk.httpserver", "java.management", "jdk.localedata", "jdk.crypto.ec")
KEEP_LOCALES = "en,nl"
MIN_JAVA = 17


class BuildError(Exception):
    pass


def log(msg: str) -> None:
    print(f"[package] {msg}", flush=True)


def app_version() -> str:
    text = (ROOT / "editor" / "__init__.py").read_text(encoding="utf-8")
    m = re.search(r'__version__\s*=\s*"([^"]+)"', text)
    if not m:
        raise BuildError("editor/__init__.py has no __version__")
    return m.group(1)


def platform_tag() -> str:
    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    return f"{system}-{machine}"


def tree_size(folder: Path) -> int:
    """Bytes of all regular files under folder (symbolic links are not followed or counted)."""
    total = 0
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            p = os.path.join(dirpath, name)
            if not os.path.islink(p):
                total += os.path.getsize(p)
    return total


def write_text(path: Path, text: str) -> None:
    """Atomic: a temporary file beside the target, then os.replace."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def mb(n: int) -> str:
    return f"{n / 1e6:.1f} MB ({n / 2**20:.1f} MiB)"


# --------------------------------------------------------------------------------------------- PyInstaller


def run_pyinstaller(variant: str, extra_env: dict[str, str] | None = None) -> Path:
    env = dict(os.environ, PPE_VARIANT=variant, **(extra_env or {}))
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
           "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)]
    log(f"PyInstaller ({variant}) ...")
    # PyInstaller's warnings about optional libraries (ctypes look-ups for Windows DLLs, xcb extras) are noise
    # here; keep its output in a log file and show it only when the build fails.
    WORK.mkdir(parents=True, exist_ok=True)
    log_file = WORK / f"pyinstaller-{variant}.log"
    with open(log_file, "w", encoding="utf-8") as fh:
        proc = subprocess.run(cmd, cwd=ROOT, env=env, stdout=fh, stderr=subprocess.STDOUT)
    text = log_file.read_text(encoding="utf-8", errors="replace")
    for line in text.splitlines():
        if line.startswith("privacy-editor.spec:"):
            log(line if len(line) < 200 else line[:200] + " …")
    if proc.returncode != 0:
        sys.stderr.write(text[-6000:])
        raise BuildError(f"PyInstaller failed for {variant} (full log: {log_file})")
    out = DIST / f"privacy-editor-{variant}"
    if not out.is_dir():
        raise BuildError(f"PyInstaller did not produce {out}")
    return out


# --------------------------------------------------------------------------------------------- Java


def jdk_home() -> Path:
    """A JDK (17+) that has jlink, jdeps and its jmods: JAVA_HOME first, then the jlink on PATH."""
    exe = ".exe" if os.name == "nt" else ""
    candidates = []
    if os.environ.get("JAVA_HOME"):
        candidates.append(Path(os.environ["JAVA_HOME"]))
    on_path = shutil.which("jlink")
    if on_path:
        candidates.append(Path(on_path).resolve().parent.parent)
    for home in candidates:
        if (home / "bin" / f"jlink{exe}").is_file() and (home / "bin" / f"jdeps{exe}").is_file():
            if java_feature_version(home) >= MIN_JAVA:
                return home
    raise BuildError(
        f"no JDK {MIN_JAVA}+ with jlink and jdeps found (set JAVA_HOME, or on Debian install "
        "openjdk-17-jdk-headless; packaging/setup.d/70-package-tools.sh does it)"
    )


def java_feature_version(home: Path) -> int:
    release = home / "release"
    try:
        m = re.search(r'JAVA_VERSION="(\d+)', release.read_text(encoding="utf-8"))
        return int(m.group(1)) if m else 0
    except OSError:
        return 0


def tool(home: Path, name: str) -> str:
    return str(home / "bin" / (name + (".exe" if os.name == "nt" else "")))


def lt_jars() -> list[Path]:
    folder = Path(os.environ.get("PPE_LT_JARS") or DEFAULT_JARS)
    jars = sorted(folder.glob("*.jar")) if folder.is_dir() else []
    names = [j.name for j in jars]
    missing = [p for p in REQUIRED_JARS if not any(n.startswith(p) for n in names)]
    if missing:
        raise BuildError(
            f"the LanguageTool jars are not in {folder} (missing {', '.join(m + '*.jar' for m in missing)}); "
            "run `make setup` first or set PPE_LT_JARS"
        )
    return jars


def _is_modular(jar: Path) -> bool:
    with zipfile.ZipFile(jar) as zf:
        return any(n.endswith("module-info.class") for n in zf.namelist())


def _extract_classes(jars: list[Path], target: Path, release: int) -> None:
    """Unpack the classes of modular jars without their module-info: jdeps then reads them as plain classes
    instead of resolving their module graph (which fails on LanguageTool's mix of jaxb versions)."""
    for jar in jars:
        with zipfile.ZipFile(jar) as zf:
            for name in zf.namelist():
                if not name.endswith(".class") or name.endswith("module-info.class"):
                    continue
                rel = name
                m = re.match(r"META-INF/versions/(\d+)/(.+)", name)
                if m:  # multi-release: classes for newer Java than we ship are skipped
                    if int(m.group(1)) > release:
                        continue
                    rel = m.group(2)
                elif name.startswith("META-INF/"):
                    continue
                dest = target / jar.stem / rel
                dest.parent.mkdir(parents=True, exist_ok=True)
                dest.write_bytes(zf.read(name))


def jdeps_modules(home: Path, jars: list[Path]) -> list[str]:
    """JDK modules the LanguageTool jars use, according to jdeps (cached by jar names, sizes and JDK)."""
    release = java_feature_version(home)
    key = hashlib.sha256(json.dumps([str(home), release] + [(j.name, j.stat().st_size) for j in jars])
                         .encode()).hexdigest()
    cache = LT_STAGE.parent / "jdeps-modules.json"
    try:
        cached = json.loads(cache.read_text(encoding="utf-8"))
        if cached.get("key") == key:
            return cached["modules"]
    except (OSError, ValueError):
        pass
    base = [tool(home, "jdeps"), "--ignore-missing-deps", "--multi-release", str(release),
            "--print-module-deps", "-q"]
    plain = [j for j in jars if not _is_modular(j)]
    modular = [j for j in jars if j not in plain]
    modules: set[str] = set()

    def run(args: list[str]) -> None:
        proc = subprocess.run(base + args, capture_output=True, text=True)
        out = proc.stdout.strip().splitlines()
        if proc.returncode != 0 or not out:
            raise BuildError(f"jdeps failed: {(proc.stderr or proc.stdout).strip()[:2000]}")
        modules.update(m.strip() for m in out[-1].split(",") if m.strip())

    run([str(j) for j in plain])
    if modular:
        with tempfile.TemporaryDirectory(prefix="ppe-jdeps-") as tmp:
            _extract_classes(modular, Path(tmp), release)
            run([str(p) for p in sorted(Path(tmp).iterdir())])
    result = sorted(modules)
    write_text(cache, json.dumps({"key": key, "modules": result}))
    return result


def jlink_runtime(home: Path, modules: list[str], out: Path) -> None:
    """A trimmed runtime; rebuilt only when the JDK or the module list changes."""
    release = java_feature_version(home)
    # zip-N replaced the numbered levels in JDK 21; 17 only knows 0/1/2.
    compress = "--compress=zip-6" if release >= 21 else "--compress=2"
    args = [tool(home, "jlink"), "--add-modules", ",".join(modules), "--strip-debug", "--no-header-files",
            "--no-man-pages", compress, "--include-locales=" + KEEP_LOCALES, "--output", str(out)]
    stamp = out.parent / "jre.stamp"
    want = json.dumps(args[1:-1] + [str(home), release])
    if out.is_dir() and stamp.is_file() and stamp.read_text(encoding="utf-8") == want:
        log("jlink: runtime up to date")
        return
    shutil.rmtree(out, ignore_errors=True)
    stamp.unlink(missing_ok=True)
    log(f"jlink: {len(modules)} modules -> {out}")
    proc = subprocess.run(args, capture_output=True, text=True)
    if proc.returncode != 0:
        raise BuildError(f"jlink failed: {(proc.stderr or proc.stdout).strip()[:2000]}")
    strip_native(out)
    java = out / "bin" / ("java.exe" if os.name == "nt" else "java")
    check = subprocess.run([str(java), "-version"], capture_output=True, text=True)
    if check.returncode != 0:
        raise BuildError(f"the jlink'ed runtime does not start: {check.stderr.strip()[:500]}")
    write_text(stamp, want)


def strip_native(jre: Path) -> None:
    """Linux: Debian's libjvm.so keeps its symbol table (4 MB); jlink's --strip-debug only touches class files.
    Symbols are not needed to run; the JVM's own crash reports do without them."""
    if not sys.platform.startswith("linux") or not shutil.which("strip"):
        return
    libs = [str(p) for p in jre.rglob("*.so") if p.is_file() and not p.is_symlink()]
    if libs:
        subprocess.run(["strip", "--strip-unneeded", *libs], check=True)


def stage_languagetool() -> Path:
    jars = lt_jars()
    home = jdk_home()
    t0 = time.perf_counter()
    found = jdeps_modules(home, jars)
    modules = sorted(set(found) | set(EXTRA_MODULES))
    log(f"jdeps ({time.perf_counter() - t0:.1f} s): {', '.join(found)}")
    LT_STAGE.mkdir(parents=True, exist_ok=True)
    jlink_runtime(home, modules, LT_STAGE / "jre")
    target = LT_STAGE / "jars"
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir()
    for jar in jars:
        shutil.copy2(jar, target / jar.name)
    write_text(LT_STAGE / "modules.txt", "\n".join(modules) + "\n")
    return LT_STAGE


# --------------------------------------------------------------------------------------------- archives


def archive(folder: Path, variant: str) -> Path:
    base = DIST / f"privacy-editor-{variant}-{app_version()}-{platform_tag()}"
    out = base.with_name(base.name + (".zip" if os.name == "nt" else ".tar.gz"))
    tmp = out.with_name(out.name + ".tmp")
    try:
        if os.name == "nt":
            with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
                for path in sorted(folder.rglob("*")):
                    if path.is_file():
                        zf.write(path, Path(folder.name, path.relative_to(folder)))
        else:
            with tarfile.open(tmp, "w:gz", compresslevel=6) as tf:
                tf.add(folder, arcname=folder.name)  # keeps symbolic links and executable bits
        os.replace(tmp, out)  # never leave a half-written archive under the final name
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out


# --------------------------------------------------------------------------------------------- main


def build(variant: str, make_archive: bool) -> dict[str, object]:
    t0 = time.perf_counter()
    if variant == "full":
        stage = stage_languagetool()
        folder = run_pyinstaller("full", {"PPE_LT_BUNDLE": str(stage)})
    else:
        folder = run_pyinstaller("lite")
    built = time.perf_counter() - t0
    result: dict[str, object] = {"variant": variant, "folder": str(folder), "size": tree_size(folder),
                                 "build_seconds": round(built, 1)}
    if make_archive:
        t1 = time.perf_counter()
        out = archive(folder, variant)
        result.update(archive=str(out), archive_size=out.stat().st_size,
                      archive_seconds=round(time.perf_counter() - t1, 1))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("variant", nargs="?", choices=("lite", "full", "all"), default="all")
    parser.add_argument("--no-archive", action="store_true", help="only build the folders under dist/")
    args = parser.parse_args(argv)
    variants = ["lite", "full"] if args.variant == "all" else [args.variant]
    t0 = time.perf_counter()
    results = []
    try:
        for variant in variants:
            results.append(build(variant, not args.no_archive))
    except BuildError as exc:
        print(f"package: error: {exc}", file=sys.stderr)
        return 1
    for r in results:
        line = f"{r['variant']}: {r['folder']}  unpacked {mb(int(r['size']))}  built in {r['build_seconds']} s"
        if "archive" in r:
            line += f"\n      {r['archive']}  {mb(int(r['archive_size']))}  archived in {r['archive_seconds']} s"
        log(line)
    log(f"total {time.perf_counter() - t0:.1f} s")
    write_text(DIST / "package-report.json", json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
