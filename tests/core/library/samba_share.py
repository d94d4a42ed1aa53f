"""A real SMB share for tests: smbd on 127.0.0.1 (a free, non-standard port) with a private
config in a temp folder, mounted as many times as needed with `rclone mount` (FUSE), each mount
standing for one workstation. Needs root (smbd), /dev/fuse, smbd, rclone and fusermount3;
packaging/apt-test-packages.txt installs them and CI runs as root.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

import pytest

TOOLS = ("smbd", "rclone", "fusermount3")
SHARE = "clausules"
REMOTE = "teamshare"


def missing_requirements() -> list[str]:
    missing = [t for t in TOOLS if shutil.which(t) is None and not Path("/usr/sbin", t).exists()]
    if not Path("/dev/fuse").exists():
        missing.append("/dev/fuse")
    if os.geteuid() != 0:
        missing.append("root (smbd)")
    return missing


def require_share_tools() -> None:
    """Skip locally when the tools are missing; under CI a missing tool is a failure, never a skip."""
    missing = missing_requirements()
    if not missing:
        return
    if os.environ.get("CI"):
        pytest.fail(f"real-share tests need {', '.join(missing)} (packaging/apt-test-packages.txt, run as root)")
    pytest.skip(f"real-share tests need {', '.join(missing)}")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _smbd() -> str:
    return shutil.which("smbd") or "/usr/sbin/smbd"


class SambaShare:
    def __init__(self, base: Path) -> None:
        self.base = base
        self.export = base / "export"  # what the server holds: the truth the tests check against
        self.port = _free_port()
        self.smbd: subprocess.Popen[bytes] | None = None
        self.mounts: list[tuple[Path, subprocess.Popen[bytes]]] = []
        for sub in ("export", "private", "lock", "state", "cache", "pid", "ncalrpc", "log"):
            (base / sub).mkdir(parents=True, exist_ok=True)
        self.conf = base / "smb.conf"
        self.conf.write_text(
            f"""[global]
  workgroup = WORKGROUP
  server role = standalone server
  smb ports = {self.port}
  interfaces = 127.0.0.1
  bind interfaces only = yes
  private dir = {base}/private
  lock directory = {base}/lock
  state directory = {base}/state
  cache directory = {base}/cache
  pid directory = {base}/pid
  ncalrpc dir = {base}/ncalrpc
  log file = {base}/log/log.%m
  disable spoolss = yes
  load printers = no
  printcap name = /dev/null
  map to guest = Bad User
  server min protocol = SMB2
[{SHARE}]
  path = {self.export}
  read only = no
  guest ok = yes
  force user = root
""",
            encoding="utf-8",
        )
        self.rclone_conf = base / "rclone.conf"
        self.rclone_conf.write_text(
            f"[{REMOTE}]\ntype = smb\nhost = 127.0.0.1\nport = {self.port}\nuser = guest\npass =\n", encoding="utf-8"
        )

    # --- the server ---------------------------------------------------------------------

    def start(self) -> None:
        log = open(self.base / "log" / "smbd.out", "ab")  # noqa: SIM115 - lives as long as smbd
        self.smbd = subprocess.Popen(
            [_smbd(), "--foreground", "--no-process-group", "-s", str(self.conf), "--debug-stdout", "-d", "1"],
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True,  # its own group: stop() ends all of it
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                if self.smbd.poll() is not None:
                    break
                time.sleep(0.1)
        raise RuntimeError(f"smbd did not start: {(self.base / 'log' / 'smbd.out').read_text(errors='replace')[-2000:]}")

    def stop(self) -> None:
        if self.smbd is None:
            return
        group = self.smbd.pid  # smbd and the per-connection servers it forked
        for sig in (signal.SIGTERM, signal.SIGKILL):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(group, sig)
            try:
                self.smbd.wait(10)
                break
            except subprocess.TimeoutExpired:
                continue
        time.sleep(0.3)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(group, signal.SIGKILL)  # a connection server that outlived its parent
        self.smbd = None

    def freeze(self) -> None:
        """Stop smbd without closing its connections: the server hangs, as a dead one on a network would."""
        assert self.smbd is not None
        os.killpg(self.smbd.pid, signal.SIGSTOP)

    def thaw(self) -> None:
        if self.smbd is not None:
            os.killpg(self.smbd.pid, signal.SIGCONT)

    # --- workstations -------------------------------------------------------------------

    def mount(self, name: str, *options: str) -> Path:
        """Mount the share at <base>/<name> with `rclone mount` and the given options."""
        point = self.base / name
        point.mkdir(exist_ok=True)
        cache = self.base / f"rclone-cache-{name}"
        proc = subprocess.Popen(
            ["rclone", "--config", str(self.rclone_conf), "mount", f"{REMOTE}:{SHARE}", str(point),
             "--cache-dir", str(cache), *options],
            stdout=subprocess.DEVNULL, stderr=open(self.base / "log" / f"rclone-{name}.log", "ab"),  # noqa: SIM115
        )
        deadline = time.monotonic() + 20
        while not os.path.ismount(point):
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError((self.base / "log" / f"rclone-{name}.log").read_text(errors="replace")[-2000:])
            time.sleep(0.1)
        self.mounts.append((point, proc))
        return point

    def close(self) -> None:
        for point, proc in reversed(self.mounts):
            subprocess.run(["fusermount3", "-u", "-z", str(point)], check=False, capture_output=True)
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
        self.mounts.clear()
        self.stop()
