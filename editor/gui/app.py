"""Start the Qt application and show the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from editor.core.settings import Settings
from editor.gui import messages
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


def create_window(path: str | None = None, *, settings: Settings | None = None, recover: bool = True) -> MainWindow:
    """Build the main window: language, recovery offer, the file, autosave and the library."""
    from editor.core import i18n
    from editor.gui import translations
    from editor.gui.autosave import Autosaver, find_recoveries

    app = ensure_app()
    settings = settings or Settings.load()
    # The command line has already chosen: --lang, else the settings (editor.cli.main).
    language = i18n.language()
    translations.install(app, language)
    window = MainWindow(settings)
    recovered = False
    if recover:
        recovered = offer_recovery(window, find_recoveries())
    if path and not recovered:
        window.open_path(path)
    elif not recovered:
        window.run_analysis()
    window.autosaver = Autosaver(
        window.current_policy,
        window.editor.document().isModified,
        window.source_path,
        window.editor.document().revision,
        window,
    )
    window.load_library()
    return window


def offer_recovery(window: MainWindow, recoveries: list) -> bool:
    """Offer the newest recovery file back; True when the user took it."""
    if not recoveries:
        return False
    newest = recoveries[0]
    name = newest.original_path or QCoreApplication.translate("Recovery", "een naamloos document")
    if messages.ask_yes_no(
        window,
        QCoreApplication.translate("Recovery", "Werk herstellen"),
        QCoreApplication.translate(
            "Recovery",
            "De editor is de vorige keer niet normaal afgesloten. Er is een automatisch bewaarde versie van %1 "
            "(%2).\n\nWilt u die herstellen?"
        ).replace("%1", name).replace("%2", newest.saved_at.replace("T", " ")),
    ):
        try:
            policy = newest.load()
        except Exception as exc:  # a damaged recovery file must not stop the app
            messages.show_error(window, QCoreApplication.translate("Recovery", "Herstellen mislukt"), str(exc))
        else:
            original = newest.original_path
            native = bool(original and original.lower().endswith(".ppe"))
            window.load_policy(policy, original if native else None, modified=True)
            window.imported_from = None if native else original
            if original and not native:
                window._update_title_imported(original)
            for rec in recoveries:
                rec.discard()
            return True
    for rec in recoveries:
        rec.discard()
    return False


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
