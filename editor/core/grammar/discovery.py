"""Finding the LanguageTool jars and a Java runtime, free loopback ports, direct HTTP (no proxy)."""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path

from editor.core import paths
from editor.core.errors import UserError

MIN_JAVA = 17
REQUIRED_JARS = ("languagetool-server-", "language-nl-", "dutch-pos-dict-")
LOOPBACK = "127.0.0.1"

# progress(message, elapsed_seconds): called from the thread that runs start().
Progress = Callable[[str, float], None]


class EngineUnavailable(UserError):
    """No grammar engine can be used (no Java, no jars, the server did not start or is unreachable)."""


def project_jar_dir() -> Path:
    """Where packaging/setup.d/40-languagetool.sh puts the jars in a source checkout."""
    return paths.app_root() / ".cache" / "languagetool" / "lt-jars"


def bundle_dir() -> Path:
    """A packaged build ships languagetool/{jars,jre} beside the app's resources."""
    return paths.app_root() / "languagetool"


def java_major_version(java: str | os.PathLike[str]) -> int | None:
    """The major version of a java executable (8 for "1.8.0_x"), or None if it does not run."""
    try:
        out = subprocess.run(
            [str(java), "-version"],
            capture_output=True,
            text=True,
            timeout=30,
            creationflags=_no_window_flag(),
        )
    except (OSError, subprocess.SubprocessError):
        return None
    m = re.search(r'version "(\d+)(?:\.(\d+))?', out.stderr + out.stdout)
    if not m:
        return None
    major = int(m.group(1))
    if major == 1 and m.group(2):  # "1.8.0" style
        major = int(m.group(2))
    return major


def find_java() -> Path | None:
    """A Java 17+ runtime: env override, the bundled JRE, JAVA_HOME, then PATH."""
    exe = "java.exe" if os.name == "nt" else "java"
    candidates: list[Path] = []
    env = os.environ.get("PRIVACY_EDITOR_JAVA")
    if env:
        candidates.append(Path(env))
    candidates.append(bundle_dir() / "jre" / "bin" / exe)
    if os.environ.get("JAVA_HOME"):
        candidates.append(Path(os.environ["JAVA_HOME"]) / "bin" / exe)
    on_path = shutil.which("java")
    if on_path:
        candidates.append(Path(on_path))
    for cand in candidates:
        if cand.is_file() and (java_major_version(cand) or 0) >= MIN_JAVA:
            return cand
    return None


def free_port() -> int:
    """A currently free TCP port on loopback (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((LOOPBACK, 0))
        return int(s.getsockname()[1])


def _no_window_flag() -> int:
    return getattr(subprocess, "CREATE_NO_WINDOW", 0) if os.name == "nt" else 0


def _ensure_no_proxy_for_loopback() -> None:
    """urllib and requests honour HTTP_PROXY; loopback text must never go there."""
    for key in ("no_proxy", "NO_PROXY"):
        parts = [p for p in os.environ.get(key, "").split(",") if p.strip()]
        for host in (LOOPBACK, "localhost"):
            if host not in parts:
                parts.append(host)
        os.environ[key] = ",".join(parts)


# A direct opener: readiness probes must not go through a proxy either.
_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def http_get_json(url: str, timeout: float) -> object:
    with _DIRECT.open(url, timeout=timeout) as resp:
        return json.loads(resp.read().decode("utf-8"))


def http_post_json(url: str, data: dict[str, str], timeout: float) -> object:
    body = urllib.parse.urlencode(data).encode("utf-8")
    req = urllib.request.Request(url, data=body, method="POST")
    with _DIRECT.open(req, timeout=timeout) as resp:
        return json.loads(resp.read().decode("utf-8"))

