"""Resolve clause conflicts: two or more versions of a clause were saved side by side.

Lists every clause in conflict, shows all its versions in full, and saves the one the curator
picks as a new revision (library.resolve) in the background; the library is a network share.
"""

from __future__ import annotations

import datetime as _dt
import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from editor.core.errors import UserError
from editor.gui.workers import Worker


def _local_time(stamp: str) -> str:
    """'2026-12-07T04:19:34Z' as local time, '07-12-2026 05:19'; unknown formats as they are."""
    try:
        return _dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone().strftime("%d-%m-%Y %H:%M")
    except ValueError:
        return stamp


class ConflictDialog(QDialog):
    """Signal resolved(clause_id) after the chosen version was saved as the new revision."""

    resolved = Signal(str)

    def __init__(self, library: Any, author: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._author = author
        self._conflicts: dict[str, list[Any]] = dict(library.conflicts())
        self._radios: list[QRadioButton] = []
        self.setWindowTitle(self.tr("Conflicten in de clausulebibliotheek"))
        self.setAccessibleName(self.tr("Conflicten in de clausulebibliotheek oplossen"))
        self.resize(960, 620)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Van deze clausules zijn tegelijk verschillende versies opgeslagen. Er is niets verloren: "
            "kies per clausule de juiste versie; die wordt de nieuwe revisie, de andere blijven in de historiek."
        ), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        splitter = QSplitter(Qt.Horizontal, self)
        self.clause_list = QListWidget(splitter)
        self.clause_list.setAccessibleName(self.tr("Clausules met een conflict"))
        self.clause_list.currentRowChanged.connect(self._show_versions)
        scroll = QScrollArea(splitter)
        scroll.setWidgetResizable(True)
        self.versions = QWidget(scroll)
        self.versions_layout = QVBoxLayout(self.versions)
        scroll.setWidget(self.versions)
        splitter.setSizes([260, 700])
        layout.addWidget(splitter, 1)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.keep_button = QPushButton(self.tr("Gekozen versie bewaren"), self)
        self.keep_button.setAccessibleName(self.tr("De gekozen versie bewaren als nieuwe revisie"))
        self.keep_button.clicked.connect(self._resolve)
        buttons.addWidget(self.keep_button)
        close = QPushButton(self.tr("Sluiten"), self)
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self._group = QButtonGroup(self)
        self._worker = Worker(self)
        self._worker.result.connect(self._on_resolved)
        self._worker.error.connect(self._on_error)
        self._fill_list()

    def clause_ids(self) -> list[str]:
        return list(self._conflicts)

    def version_texts(self) -> list[str]:
        """The bodies of the versions shown for the current clause, in the order shown."""
        heads = self._conflicts.get(self._current_id() or "", [])
        return [h.body for h in heads]

    def pick(self, index: int) -> None:
        self._radios[index].setChecked(True)

    def _current_id(self) -> str | None:
        item = self.clause_list.currentItem()
        return item.data(Qt.UserRole) if item is not None else None

    def _fill_list(self) -> None:
        self.clause_list.clear()
        for cid, heads in self._conflicts.items():
            title = heads[0].title or cid
            self.clause_list.addItem(self.tr("{title} ({count} versies)").format(title=title, count=len(heads)))
            self.clause_list.item(self.clause_list.count() - 1).setData(Qt.UserRole, cid)
        self.keep_button.setEnabled(bool(self._conflicts))
        self.clause_list.setCurrentRow(0 if self._conflicts else -1)
        if not self._conflicts:
            self._show_versions(-1)

    def _show_versions(self, _row: int) -> None:
        while self.versions_layout.count():
            widget = self.versions_layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for radio in self._radios:
            self._group.removeButton(radio)
        self._radios = []
        for n, head in enumerate(self._conflicts.get(self._current_id() or "", [])):
            who = head.author or self.tr("onbekend")
            radio = QRadioButton(
                self.tr("Versie {n}: revisie {rev}, door {who}, {when}").format(n=n + 1, rev=head.revision, who=who, when=_local_time(head.modified)),
                self.versions,
            )
            self._group.addButton(radio, n)
            self._radios.append(radio)
            text = QTextBrowser(self.versions)
            text.setAccessibleName(self.tr("Tekst van versie {n}").format(n=n + 1))
            text.setHtml(f"<h3>{html.escape(head.title)}</h3>" + "".join(
                f"<p>{html.escape(p)}</p>" for p in head.body.split("\n\n")
            ))
            text.setMinimumHeight(140)
            self.versions_layout.addWidget(radio)
            self.versions_layout.addWidget(text)
        if self._radios:
            self._radios[0].setChecked(True)

    def _resolve(self) -> None:
        cid = self._current_id()
        index = self._group.checkedId()
        heads = self._conflicts.get(cid or "", [])
        if cid is None or not 0 <= index < len(heads):
            return
        from editor.core.library.revisions import rev_id

        chosen = heads[index]
        seen = [rev_id(h) for h in heads]
        self.keep_button.setEnabled(False)
        self.status.setText(self.tr("Bezig met bewaren…"))
        self._worker.submit(lambda: (cid, self._library.resolve(cid, chosen, author=self._author, seen=seen)))

    def _on_resolved(self, outcome: object) -> None:
        cid, saved = outcome  # type: ignore[misc]
        self._conflicts.pop(cid, None)
        self._fill_list()
        done = self.tr("Bewaard als revisie {rev}.").format(rev=saved.revision)
        self.status.setText(done if self._conflicts else done + " " + self.tr("Geen conflicten meer."))
        self.resolved.emit(cid)

    def _on_error(self, exc: object) -> None:
        self.keep_button.setEnabled(True)
        if isinstance(exc, UserError):
            self.status.setText(exc.message)
        else:
            self.status.setText(self.tr("Bewaren is niet gelukt; er is niets verloren. Probeer het opnieuw."))
        self._conflicts = dict(self._library.conflicts())  # a newer version may have appeared
        self._fill_list()
