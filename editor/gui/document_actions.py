"""File flows of the window: new, open (in the background, with progress and cancel), save,
export (with a check for unfilled placeholders) and the recent files.

Every failure is told to the user through editor.gui.messages, in the UI language; nothing
here changes the document unless the flow succeeded.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QProgressDialog

from editor.core.errors import UserError
from editor.core.i18n import pick
from editor.core.importers import ImportResult, load_document
from editor.core.model import Heading, OrganisationProfile, Policy, PolicyMeta, Run
from editor.core.patterns import PLACEHOLDER
from editor.core.plaintext import PlainText
from editor.gui import messages
from editor.gui.workers import Worker

if TYPE_CHECKING:
    from editor.gui.main_window import MainWindow

OPEN_FILTER_NL = "Privacyverklaringen (*.ppe *.txt *.md *.docx *.html *.htm);;Alle bestanden (*)"
OPEN_FILTER_EN = "Privacy policies (*.ppe *.txt *.md *.docx *.html *.htm);;All files (*)"
PROGRESS_DELAY_MS = 400  # a quick open shows no progress dialog at all



def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def unfilled_placeholders(policy: Policy) -> list[str]:
    """The distinct {{names}} still in the text, in order of appearance."""
    seen: dict[str, None] = {}
    for m in PLACEHOLDER.finditer(PlainText.from_policy(policy).text):
        seen.setdefault(m.group(0), None)
    return list(seen)


class DocumentActions(QObject):
    document_opened = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.open_worker = Worker(self)
        self._progress: QProgressDialog | None = None

    # ------------------------------------------------------------------ open

    def open_path(self, path: str) -> bool:
        """Read a file in the worker pool while the window stays live (progress, cancel).

        A file that cannot be opened gets a clear message and nothing else changes. Returns True
        when the document is shown.
        """
        win = self.window
        outcome: dict[str, object] = {}
        loop = QEventLoop(self)

        def done(result: object) -> None:
            outcome["result"] = result
            loop.quit()

        def failed(exc: object) -> None:
            outcome["error"] = exc
            loop.quit()

        def cancelled() -> None:
            self.open_worker.cancel()  # the read finishes in the pool; its result is dropped
            outcome["cancelled"] = True
            loop.quit()

        progress = QProgressDialog(
            self.tr("%1 wordt geopend…").replace("%1", Path(path).name), self.tr("Annuleren"), 0, 0, win
        )
        progress.setWindowTitle(self.tr("Openen"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(PROGRESS_DELAY_MS)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(cancelled)
        self._progress = progress
        conn_ok = self.open_worker.result.connect(done)
        conn_err = self.open_worker.error.connect(failed)
        try:
            self.open_worker.submit(load_document, path)
            progress.setValue(0)
            # A nested loop, not a wait: the window repaints and the cancel button answers.
            loop.exec()
        finally:
            progress.canceled.disconnect(cancelled)  # closing the dialog emits canceled too
            self.open_worker.result.disconnect(conn_ok)
            self.open_worker.error.disconnect(conn_err)
            progress.close()
            progress.deleteLater()
            self._progress = None
        if outcome.get("cancelled"):
            win.statusBar().showMessage(self.tr("Openen geannuleerd."), 4000)
            return False
        if "error" in outcome:
            messages.show_error(win, self.tr("Openen mislukt"), self._open_error(path, outcome["error"]))
            return False
        result = outcome.get("result")
        if not isinstance(result, ImportResult):
            messages.show_error(win, self.tr("Openen mislukt"), self._open_error(path, None))
            return False
        self._show_opened(path, result)
        return True

    def progress_dialog(self) -> QProgressDialog | None:
        """The progress dialog of an open in progress (tests cancel through it)."""
        return self._progress

    def _open_error(self, path: str, exc: object) -> str:
        if isinstance(exc, UserError):
            return exc.message
        if isinstance(exc, OSError):
            reason = exc.strerror or str(exc)
            return pick(f"Kan {path} niet lezen: {reason}", f"Cannot read {path}: {reason}")
        return pick(
            f"{Path(path).name} kan niet worden geopend: het bestand is beschadigd of heeft een onbekende vorm.",
            f"{Path(path).name} cannot be opened: the file is damaged or in an unknown format.",
        )

    def _show_opened(self, path: str, result: ImportResult) -> None:
        win = self.window
        native = Path(path).suffix.lower() == ".ppe"
        resolved = str(Path(path).resolve())
        win.imported_from = None if native else resolved
        win.load_policy(result.policy, resolved if native else None)
        win.settings.add_recent(path)
        win.save_settings()
        if result.warnings:
            # The first note in the status bar; all of them in its tooltip.
            more = f" (+{len(result.warnings) - 1})" if len(result.warnings) > 1 else ""
            win.statusBar().showMessage(_short(result.warnings[0], 110) + more, 8000)
            win.statusBar().setToolTip("\n".join(result.warnings))
        self.document_opened.emit(path)

    def open_dialog(self) -> None:
        win = self.window
        if not self.maybe_save():
            return
        folder = str(Path(win.path).parent) if win.path else str(Path.home())
        path = messages.open_file_name(win, self.tr("Privacyverklaring openen"), folder, pick(OPEN_FILTER_NL, OPEN_FILTER_EN))
        if path:
            self.open_path(path)

    def open_dropped(self, files: list[str]) -> None:
        if files and self.maybe_save():
            self.open_path(files[0])

    def open_recent(self, file: str) -> None:
        if self.maybe_save():
            self.open_path(file)

    # ------------------------------------------------------------------ new

    def maybe_save(self) -> bool:
        """Ask about unsaved changes. True: go on (saved or discarded); False: the user went back."""
        win = self.window
        if not win.editor.document().isModified():
            return True
        choice = messages.ask_save_discard_cancel(
            win,
            self.tr("Niet-opgeslagen wijzigingen"),
            self.tr("De privacyverklaring heeft wijzigingen die nog niet zijn opgeslagen. Wilt u ze opslaan?"),
        )
        if choice is messages.Choice.SAVE:
            return self.save()
        return choice is messages.Choice.DISCARD

    def new_document(self) -> None:
        """A new document starts clean: an empty profile, never the previous client's."""
        win = self.window
        if not self.maybe_save():
            return
        options = [self.tr("Lege privacyverklaring"), self.tr("Startversie met clausules uit de bibliotheek")]
        choice = messages.ask_item(win, self.tr("Nieuw document"), self.tr("Waarmee wilt u beginnen?"), options)
        if choice is None:
            return
        meta = PolicyMeta(title=pick("Privacyverklaring", "Privacy policy"), language="nl-BE")
        meta.organisation = OrganisationProfile()
        blocks: list = [Heading(runs=[Run(meta.title)], level=1)]
        if choice == 1:
            # The clauses are filled from the profile: ask for this client's (cancel keeps placeholders).
            from editor.gui.profile_dialog import ProfileDialog

            dialog = ProfileDialog(meta.organisation, meta.jurisdiction, meta.language, win)
            if messages.exec_dialog(dialog):
                meta.organisation, meta.jurisdiction, meta.language = dialog.values()
            blocks.extend(win.library_ctl.starter_blocks(meta, win))
        win.imported_from = None
        win.load_policy(Policy(blocks=blocks, meta=meta), None)

    # ------------------------------------------------------------------ save

    def save(self) -> bool:
        if not self.window.path:
            return self.save_as()
        return self.save_to(self.window.path)

    def save_as(self) -> bool:
        from editor.core import native

        win = self.window
        base = win.path or win.imported_from or str(Path.home() / self.tr("privacyverklaring"))
        suggestion = str(Path(base).with_suffix(native.EXTENSION))
        path, _ = messages.save_file_name(
            win, self.tr("Opslaan als"), suggestion, pick("Privacyverklaring (*.ppe)", "Privacy policy (*.ppe)")
        )
        if not path:
            return False
        if not path.lower().endswith(native.EXTENSION):
            path += native.EXTENSION
        return self.save_to(path)

    def save_to(self, path: str) -> bool:
        """Write the native file (atomic); any failure is told, and the document stays modified."""
        from editor.core import native

        win = self.window
        try:
            native.save(win.current_policy(), path)
        except UserError as exc:
            messages.show_error(win, self.tr("Opslaan mislukt"), exc.message)
            return False
        except OSError as exc:
            messages.show_error(win, self.tr("Opslaan mislukt"), f"{path}: {exc.strerror or exc}")
            return False
        win.path = str(Path(path).resolve())
        win.imported_from = None
        win.editor.document().setModified(False)
        win.settings.add_recent(win.path)
        win.save_settings()
        win.update_title()
        win.statusBar().showMessage(self.tr("Opgeslagen: %1").replace("%1", win.path), 4000)
        if win.autosaver is not None:
            win.autosaver.discard()
        return True

    # ------------------------------------------------------------------ export

    def export_dialog(self) -> None:
        """Export as Word, HTML or PDF; remembers the folder and offers to open the result."""
        win = self.window
        if not self.confirm_placeholders():
            return
        filters = {
            pick("Word-document (*.docx)", "Word document (*.docx)"): ".docx",
            pick("Webpagina (*.html)", "Web page (*.html)"): ".html",
            "PDF (*.pdf)": ".pdf",
        }
        folder = self.export_folder()
        stem = Path(win.path or win.imported_from or self.tr("privacyverklaring")).stem
        path, chosen = messages.save_file_name(
            win, self.tr("Exporteren"), str(Path(folder) / (stem + ".docx")), ";;".join(filters)
        )
        if not path:
            return
        ext = Path(path).suffix.lower()
        if ext not in (".docx", ".html", ".htm", ".pdf"):
            ext = filters.get(chosen, ".docx")
            path += ext
        if self.export_to(path):
            self.offer_to_open(path)

    def export_folder(self) -> str:
        win = self.window
        return win.settings.last_export_dir or (str(Path(win.path).parent) if win.path else str(Path.home()))

    def offer_to_open(self, path: str) -> None:
        """After an export: remember its folder and offer to open the result."""
        win = self.window
        win.settings.last_export_dir = str(Path(path).parent)
        win.save_settings()
        if messages.ask_yes_no(
            win, self.tr("Export klaar"), self.tr("Geëxporteerd naar %1.\nWilt u het bestand openen?").replace("%1", path)
        ):
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def confirm_placeholders(self) -> bool:
        """Unfilled {{placeholders}} are listed; the user decides whether to export them anyway."""
        win = self.window
        names = unfilled_placeholders(win.current_policy())
        if not names:
            return True
        listed = "\n".join(f"• {n}" for n in names[:12]) + ("\n…" if len(names) > 12 else "")
        return messages.ask_yes_no(
            win,
            self.tr("Niet-ingevulde gegevens"),
            self.tr(
                "De tekst bevat nog %1 niet-ingevulde gegevens:\n%2\n\nVul ze aan via Document > Organisatieprofiel. "
                "Toch exporteren met deze plaatshouders?"
            ).replace("%1", str(len(names))).replace("%2", listed),
        )

    def export_to(self, path: str) -> bool:
        win = self.window
        policy = win.current_policy()
        ext = Path(path).suffix.lower()

        def write() -> None:
            if ext == ".pdf":
                from editor.gui.pdf_export import export_pdf

                export_pdf(policy, path)
            elif ext in (".html", ".htm"):
                from editor.core.export import export_html

                export_html(policy, path)
            else:
                from editor.core.export import export_docx

                export_docx(policy, path, template=win.settings.docx_template or None)

        return self.run_export(path, write)

    def run_export(self, path: str, write: Callable[[], None]) -> bool:
        """Run one export; any failure is told in the UI language and the result is False."""
        win = self.window
        try:
            write()
        except UserError as exc:
            messages.show_error(win, self.tr("Exporteren mislukt"), exc.message)
            return False
        except ImportError:
            messages.show_error(win, self.tr("Exporteren mislukt"), self.tr("Deze exportvorm is in deze versie niet beschikbaar."))
            return False
        except OSError as exc:
            messages.show_error(win, self.tr("Exporteren mislukt"), str(exc.strerror or exc))
            return False
        win.statusBar().showMessage(self.tr("Geëxporteerd: %1").replace("%1", path), 4000)
        return True
