"""Checklist accuracy when the same real policies come in another layout, as users paste them.

A lawyer's text arrives copied from a web page (list bullets lost), from a browser that gives single line
breaks, or from a PDF or e-mail (lines wrapped at about 72 characters). The words, and so the annotations,
stay the same: each variant of ../shared/realworld is written to a temporary folder and scored with the
official scorer (../shared/tools/score-checklist). A layout that costs accuracy shows here.

usage: python -m bench.bench_layout   (also part of `make bench`)
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path

from bench import Figure
from bench.accuracy import CLI, REALWORLD, SCORER, last_line, score

_BULLET = re.compile(r"^[ \t]*[-•*–·▪●][ \t]+", re.M)


def no_bullets(text: str) -> str:
    """A web list copied without its bullets: every entry a line of its own."""
    return _BULLET.sub("", text)


def single_breaks(text: str) -> str:
    """Paragraphs separated by one line break instead of a blank line."""
    return re.sub(r"\n[ \t]*\n+", "\n", text)


def wrapped(text: str, width: int = 72) -> str:
    """Every paragraph broken into lines of at most `width` characters, as a PDF or an e-mail gives it."""
    return "\n\n".join("\n".join(textwrap.wrap(p, width)) or p for p in re.split(r"\n[ \t]*\n", text))


VARIANTS: dict[str, Callable[[str], str]] = {
    "as annotated": lambda t: t,
    "list bullets lost": no_bullets,
    "single line breaks": single_breaks,
    "bullets lost and single line breaks": lambda t: single_breaks(no_bullets(t)),
    "wrapped at 72 characters (PDF, e-mail)": wrapped,
}


def write_variant(source: Path, target: Path, change: Callable[[str], str]) -> None:
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy(source / "annotations.json", target / "annotations.json")
    for path in source.glob("*.txt"):
        (target / path.name).write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")


def run() -> list[Figure]:
    if not SCORER.exists() or not (REALWORLD / "annotations.json").exists():
        return [Figure("layout: skipped", f"needs {SCORER} and {REALWORLD}")]
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, change in VARIANTS.items():
            folder = Path(tmp) / re.sub(r"\W+", "_", name)
            write_variant(REALWORLD, folder, change)
            line = last_line(score(CLI, folder))
            m = re.search(r"F1=([\d.]+) \| gap P=([\d.]+) R=([\d.]+) \| macro F1=([\d.]+)", line)
            value = f"F1 {m[1]}, gap P {m[2]} / R {m[3]}, macro {m[4]}" if m else line
            out.append(Figure(f"layout: ../shared/realworld, {name}", value))
    return out


if __name__ == "__main__":
    for fig in run():
        print(f"{fig.name}: {fig.value}")
    sys.exit(0)
