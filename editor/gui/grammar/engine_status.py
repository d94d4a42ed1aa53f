"""Status-bar wording for the grammar engine's restarts, in plain words.

The local LanguageTool server tells its listeners "restarting", "ready" and "off" from the
thread that restarts it; this relay brings them to the GUI thread as (state, text) for the
grammar controller, which shows them like any other state. Texts are in the GrammarController
translation context (Dutch source, English in resources/translations).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from editor.core.grammar.server import LocalServer


def _tr(text: str) -> str:
    return QCoreApplication.translate("GrammarController", text)


def status_text(event: str, attempt: int) -> tuple[str, str]:
    """(controller state, status-bar text) for an engine event."""
    if event == "restarting":
        return "restarting", _tr("Taalcontrole herstart na een storing (poging {0})…").format(attempt)
    if event == "ready":
        return "checking", _tr("Taalcontrole werkt weer")
    return "unavailable", _tr(
        "Taalcontrole staat uit: de taalserver start niet meer. Herstart de editor om het opnieuw te proberen."
    )


def progress_text(phase: str, elapsed: float) -> str | None:
    """Status-bar text while the engine starts (None once it is ready)."""
    if phase == "ready":
        return None
    if phase == "warming":
        return _tr("Taalcontrole laadt het Nederlands… {0} s").format(int(elapsed))
    return _tr("Taalcontrole starten… {0} s").format(int(elapsed))


class EngineStatus(QObject):
    """Watches one LocalServer; `changed(state, text)` arrives in the GUI thread (queued)."""

    changed = Signal(str, str)
    _event = Signal(str, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server: LocalServer | None = None
        self._event.connect(lambda event, attempt: self.changed.emit(*status_text(event, attempt)))

    def watch(self, server: LocalServer | None) -> None:
        if server is self._server:
            return
        self.unwatch()
        self._server = server
        if server is not None:
            server.add_listener(self._on_event)

    def unwatch(self) -> None:
        if self._server is not None:
            self._server.remove_listener(self._on_event)
            self._server = None

    def _on_event(self, event: str, attempt: int) -> None:
        try:
            self._event.emit(event, attempt)  # from the restarting thread: queued to the GUI thread
        except RuntimeError:  # this object was deleted with its window
            pass
