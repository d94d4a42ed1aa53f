"""`privacy-editor screenshot FILE --out PNG [--size 1400x900]`: the main window as a PNG.

Renders offscreen: opens FILE, waits for the checklist to be computed (and the clause library
to be loaded, so suggestions show), selects the first missing required item and saves a PNG.
"""

from __future__ import annotations

import argparse
import os
import re
from pathlib import Path

from editor.core.errors import BadInputError
from editor.core.i18n import pick

NAME = "screenshot"
HELP = pick(
    "Schermafbeelding van het hoofdvenster met FILE geopend en de checklist berekend (offscreen).",
    "Screenshot of the main window with FILE open and the checklist computed (offscreen).",
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help=pick("het beleid om te openen", "the policy to open"))
    parser.add_argument("--out", required=True, help=pick("PNG-bestand om te schrijven", "PNG file to write"))
    parser.add_argument("--size", default="1400x900", help=pick("venstergrootte BxH", "window size WxH"))
    parser.add_argument("--item", default="", help=pick("checklistonderdeel om te selecteren", "checklist item to select"))


def _size(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"\s*(\d{3,5})\s*[xX×]\s*(\d{3,5})\s*", text)
    if not m:
        raise BadInputError(
            f"Ongeldige grootte {text!r}; gebruik bijvoorbeeld 1400x900.",
            f"Invalid size {text!r}; use for example 1400x900.",
        )
    w, h = int(m.group(1)), int(m.group(2))
    if not (400 <= w <= 8000 and 300 <= h <= 8000):
        raise BadInputError(
            "De grootte moet tussen 400x300 en 8000x8000 liggen.", "The size must be between 400x300 and 8000x8000."
        )
    return w, h


def run(args: argparse.Namespace) -> int:
    width, height = _size(args.size)
    source = Path(args.file)
    if not source.is_file():
        raise BadInputError(f"Bestand niet gevonden: {source}", f"File not found: {source}")
    out = Path(args.out)
    if out.suffix.lower() != ".png":
        raise BadInputError("Het uitvoerbestand moet op .png eindigen.", "The output file must end in .png.")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from editor.core.importers import load_document

    result = load_document(source)  # raises a clear BadInputError for unreadable input

    from PySide6.QtCore import QBuffer, QByteArray, QEventLoop, QIODevice, QTimer

    from editor.core.atomic import atomic_write_bytes
    from editor.gui.app import create_window, ensure_app

    app = ensure_app()
    window = create_window(None, recover=False)
    window.resize(width, height)
    window.show()
    native = source.suffix.lower() == ".ppe"
    window.load_policy(result.policy, str(source.resolve()) if native else None)
    if not native:
        window.imported_from = str(source.resolve())
        window.update_title()

    def wait(condition, timeout_ms: int) -> None:
        loop = QEventLoop()
        timer = QTimer()
        timer.setInterval(25)
        timer.timeout.connect(lambda: loop.quit() if condition() else None)
        timer.start()
        QTimer.singleShot(timeout_ms, loop.quit)
        if not condition():
            loop.exec()
        timer.stop()

    wait(lambda: (window.report is not None or bool(window.checks.analysis_error)) and not window.checks.worker.busy(), 60000)
    wait(lambda: window.library is not None or bool(window.library_ctl.library_error), 60000)
    if window.report is not None:
        wanted = args.item or next(
            (i.id for i in window.report.items if i.status == "missing" and i.required),
            next((i.id for i in window.report.items if i.status == "partial"), ""),
        )
        if wanted and hasattr(window.checklist, "select_item"):
            window.checklist.select_item(wanted)
    for _ in range(5):
        app.processEvents()
    pixmap = window.grab()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    buffer.close()
    atomic_write_bytes(out, bytes(data))
    window.autosaver.close()
    window.editor.document().setModified(False)
    window.close()
    print(pick(f"Opgeslagen: {out}", f"Saved: {out}"))
    return 0
