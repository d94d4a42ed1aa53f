"""editor/core must never import Qt: the CLI and the core stand without it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = r"""
import builtins, importlib, pkgutil, sys
real_import = builtins.__import__
def guarded(name, *args, **kwargs):
    if name.split(".")[0] in ("PySide6", "PyQt5", "PyQt6", "shiboken6"):
        raise ImportError("Qt import from core: " + name)
    return real_import(name, *args, **kwargs)
builtins.__import__ = guarded
import editor.core
names = [m.name for m in pkgutil.walk_packages(editor.core.__path__, "editor.core.")]
for name in names:
    importlib.import_module(name)
print(len(names))
"""


def test_every_core_module_imports_without_qt():
    proc = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert int(proc.stdout.strip()) >= 5


def test_guard_really_blocks_qt():
    """The guard must catch a Qt import, or the test above proves nothing."""
    script = SCRIPT.replace("import editor.core\n", "import editor.core\nimport PySide6.QtCore\n")
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode != 0
    assert "Qt import from core" in proc.stderr
