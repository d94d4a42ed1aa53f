"""Start the Qt application and show the main window."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from editor.core.settings import Settings
from editor.gui import messages
from editor.gui.autosave import Recovery
from editor.gui.main_window import MainWindow


def ensure_app() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("Privacyverklaring-editor")
        app.setOrganizationName("privacy-policy-editor")
        app.setStyle("Fusion")
    # A background analysis holds the GIL; a short switch interval keeps typing smooth.
    sys.setswitchinterval(0.001)
    return app  # type: ignore[return-value]


FREEZE_AFTER_MS = 1500

# Windows opened besides the first one (restored documents); kept here so they stay alive.
open_windows: list[MainWindow] = []


def _attach_autosaver(window: MainWindow, session: str | None = None) -> None:
    from editor.gui.autosave import Autosaver

    doc = window.editor.document()
    window.autosaver = Autosaver(
        window.current_policy, doc.isModified, window.source_path, doc.revision, window,
        changed=doc.contentsChanged, session=session,
    )
    window.autosaver.failed.connect(window.autosave_failed)


def create_window(path: str | None = None, *, settings: Settings | None = None, recover: bool = True) -> MainWindow:
    """Build the main window: language, recovery offer, the file, autosave and the library."""
    from editor.core import i18n
    from editor.gui import translations
    from editor.gui.autosave import find_recoveries

    app = ensure_app()
    settings = settings or Settings.load()
    # The command line has already chosen: --lang, else the settings (editor.cli.main).
    language = i18n.language()
    translations.install(app, language)
    window = MainWindow(settings)
    chosen = offer_recovery(window, find_recoveries()) if recover else []
    wanted = str(Path(path).resolve()) if path else None
    # The first window takes the recovery of the file asked for, else the file, else the first recovery.
    first = next((r for r in chosen if wanted and r.original_path == wanted), None)
    if first is None and not path and chosen:
        first = chosen[0]
    if first is not None and not _restore(window, first):
        first = None
    if first is None:
        if path:
            window.open_path(path)
        else:
            window.run_analysis()
        _attach_autosaver(window)
    for rec in chosen:
        if rec is first:
            continue
        other = MainWindow(settings)
        if not _restore(other, rec):
            other.deleteLater()
            continue
        other.load_library()
        other.show()
        open_windows.append(other)
    window.load_library()
    QTimer.singleShot(FREEZE_AFTER_MS, _freeze_startup_objects)
    return window


def _freeze_startup_objects() -> None:
    """Move what start-up created (modules, classes, the first document) out of the cyclic GC's way.

    A full collection walks every tracked object: about 25 ms with a 20k-word policy open (up to
    90 ms on a busy machine), and it can start in any keystroke's Python code. These objects live
    as long as the app, so they need not be walked again. Once per process, after the window is up
    (gc.freeze itself is cheap; nothing is collected here).
    """
    if not gc.get_freeze_count():
        gc.freeze()


def _restore(window: MainWindow, rec: Recovery) -> bool:
    """Show a recovered document; its session's files now belong to this window's autosaver."""
    try:
        policy = rec.load()
    except Exception as exc:  # a damaged recovery file must not stop the app; it stays on disk
        messages.show_error(window, QCoreApplication.translate("Recovery", "Herstellen mislukt"), str(exc))
        return False
    original = rec.original_path
    native = bool(original and original.lower().endswith(".ppe"))
    window.load_policy(policy, original if native else None, modified=True)
    window.imported_from = None if native else original
    window.update_title()
    _attach_autosaver(window, session=rec.session)
    return True


def offer_recovery(window: MainWindow, recoveries: list[Recovery]) -> list[Recovery]:
    """Offer every recovery file back; returns the ones the user chose to restore.

    Nothing is deleted here except what the user discards explicitly; "Later" keeps them all.
    """
    if not recoveries:
        return []
    from editor.gui.recovery_dialog import RecoveryChoice, RecoveryDialog

    dialog = RecoveryDialog(recoveries, window)
    messages.exec_dialog(dialog)
    if dialog.choice is RecoveryChoice.RESTORE:
        return dialog.selected()
    return []


def _stop_engines_on_termination(app: QApplication) -> None:
    """SIGTERM/SIGHUP (a logout, `kill`) must not leave a LanguageTool JVM behind.

    The handlers are installed here, in the main thread, because the server starts in a
    background thread. Python runs signal handlers only between bytecodes, so a light timer
    gives the interpreter a turn while Qt's event loop waits.
    """
    from PySide6.QtCore import QTimer

    from editor.core.grammar.server import install_signal_handlers

    install_signal_handlers()
    timer = QTimer(app)
    timer.setInterval(250)
    timer.timeout.connect(lambda: None)
    timer.start()


def run_app(path: str | None = None) -> int:
    app = ensure_app()
    _stop_engines_on_termination(app)
    window = create_window(path)
    window.show()
    code = app.exec()
    # Let a running analysis or library load finish before Python tears down its modules.
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(5000)
    return code
