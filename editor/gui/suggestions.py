"""Suggested clauses for one checklist item, with a filled-in preview.

The widget only shows what the clause library returns (`library.suggest(item_id, policy)`) and
what `fill_placeholders` makes of a clause body; ranking and filling live in editor.core.library.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from editor.core.errors import UserError
from editor.core.i18n import pick
from editor.core.model import OrganisationProfile, Policy

# Background of an unfilled placeholder in previews: yellow, like a highlighter pen.
UNFILLED_BACKGROUND = "#fff176"

Filler = Callable[[str, OrganisationProfile, str], Any]


def placeholder_label(name: str) -> str:
    """A readable name for a placeholder, e.g. "email" -> "e-mailadres voor privacyvragen"."""
    key = name.strip().strip("{}").strip().lower()
    try:
        from editor.core.library.placeholders import PLACEHOLDERS
    except ImportError:  # the library package is optional for this widget
        PLACEHOLDERS = {}
    if key in PLACEHOLDERS:
        nl, en = PLACEHOLDERS[key]
        return pick(nl, en)
    return key.replace("_", " ")


def default_filler(library: Any) -> Filler:
    """The library's own fill_placeholders if it has one, else the module function of editor.core.library."""
    own = getattr(library, "fill_placeholders", None)
    if callable(own):
        return own
    # Imported late: this widget works with any object that has the library's methods.
    try:
        from editor.core.library import fill_placeholders
    except ImportError:
        from editor.core.library.placeholders import fill_placeholders
    return fill_placeholders


_LIST_LINE = re.compile(r"^(?P<indent>(?:  )*)(?:- |(?P<num>\d{1,3})\. )(?P<text>.*)$")


def filled_html(text: str, unfilled: list[tuple[int, int, str]], missing_word: str) -> str:
    """HTML for a filled clause body, unfilled placeholders marked in yellow.

    `unfilled` holds (start, end, name) ranges in `text`; each range is replaced by a visible
    "[ontbreekt: name]" marker so the user sees what the organisation profile lacks. The body
    format follows the clause files: blank lines separate paragraphs, "- " and "1. " start list items.
    """
    pieces: list[str] = []
    pos = 0
    for start, end, name in sorted(unfilled, key=lambda u: (u[0], u[1])):
        start = max(pos, min(start, len(text)))
        end = max(start, min(end, len(text)))
        pieces.append(html.escape(text[pos:start]))
        marker = html.escape(f"[{missing_word}: {placeholder_label(name)}]")
        pieces.append(
            f'<span style="background-color:{UNFILLED_BACKGROUND}; color:#3b2500; font-weight:600">{marker}</span>'
        )
        pos = end
    pieces.append(html.escape(text[pos:]))
    body = "".join(pieces)
    # Markers contain no newlines, so splitting after escaping keeps every span intact.
    out: list[str] = []
    para: list[str] = []

    def flush() -> None:
        if para:
            out.append(f'<p style="margin:0 0 6px 0">{" ".join(para)}</p>')
            para.clear()

    for line in body.split("\n"):
        if not line.strip():
            flush()
            continue
        m = _LIST_LINE.match(line)
        if m:
            flush()
            mark = f"{m.group('num')}." if m.group("num") else "•"
            indent = 14 + 14 * (len(m.group("indent")) // 2)
            out.append(f'<p style="margin:0 0 3px {indent}px">{mark}&nbsp;{m.group("text").strip()}</p>')
        else:
            para.append(line.strip())
    flush()
    return "".join(out)


class _Preview(QTextBrowser):
    """The clause preview. It asks for little height and takes what is left: a tall size hint
    would push "Invoegen" below the fold of the detail area on a laptop screen."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), 90)


class SuggestionsView(QWidget):
    """Ranked clauses for one item, a filled preview and an "Invoegen" (insert) button."""

    insert_requested = Signal(object)  # the Clause to insert
    clause_selected = Signal(object)  # the Clause now previewed (or None)
    profile_requested = Signal()  # the user wants to complete the organisation profile

    def __init__(self, parent: QWidget | None = None, filler: Filler | None = None) -> None:
        super().__init__(parent)
        self._filler = filler
        self._library: Any = None
        self._policy: Policy | None = None
        self._jurisdiction = "BE"
        self._item_id: str | None = None
        self._clauses: list[Any] = []
        self._unfilled_count = 0

        self.setAccessibleName(self.tr("Voorgestelde clausules"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)

        self.heading = QLabel(self.tr("Voorstellen uit de clausulebibliotheek"), self)
        self.heading.setStyleSheet("font-weight:600")
        layout.addWidget(self.heading)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#545454")
        self.message.hide()
        layout.addWidget(self.message)

        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Lijst met voorgestelde clausules"))
        self.list.setTextElideMode(Qt.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.list.setUniformItemSizes(True)
        self.list.currentRowChanged.connect(self._show_preview)
        self.list.itemDoubleClicked.connect(lambda _item: self._emit_insert())
        layout.addWidget(self.list)

        # Choose, see, insert: the preview follows the list and the buttons follow the preview.
        self.preview = _Preview(self)
        self.preview.setAccessibleName(self.tr("Voorbeeld van de clausule"))
        self.preview.setOpenLinks(False)
        self.preview.setMinimumHeight(80)
        layout.addWidget(self.preview, 1)

        # What the profile lacks sits beside the button that completes it: one row, not two.
        buttons = QHBoxLayout()
        self.unfilled_note = QLabel(self)
        self.unfilled_note.setWordWrap(True)
        self.unfilled_note.setStyleSheet(
            f"background-color:{UNFILLED_BACKGROUND}; color:#3b2500; padding:3px 4px; border-radius:3px"
        )
        self.unfilled_note.hide()
        buttons.addWidget(self.unfilled_note, 1)
        self.profile_button = QPushButton(self.tr("Profiel aanvullen…"), self)
        self.profile_button.setAccessibleName(self.tr("Organisatieprofiel aanvullen"))
        self.profile_button.clicked.connect(self.profile_requested)
        self.profile_button.hide()
        buttons.addWidget(self.profile_button, 0, Qt.AlignBottom)
        buttons.addStretch(0)  # takes the room only while the note (stretch 1) is hidden
        self.insert_button = QPushButton(self.tr("Invoegen"), self)
        self.insert_button.setAccessibleName(self.tr("Clausule invoegen in de tekst"))
        self.insert_button.setEnabled(False)
        self.insert_button.clicked.connect(self._emit_insert)
        buttons.addWidget(self.insert_button, 0, Qt.AlignBottom)
        layout.addLayout(buttons)

        layout.addStretch(0)  # keeps a lone message at the top when list and preview are hidden

        self._show_message(self.tr("Kies een ontbrekend of gedeeltelijk onderdeel om voorstellen te zien."))

    # ----- public API -----

    def set_item(self, item_id: str | None, library: Any, policy: Policy | None, jurisdiction: str | None = None) -> None:
        """Show the clauses the library suggests for `item_id`, best first."""
        self._item_id = item_id
        self._library = library
        self._policy = policy
        meta_jurisdiction = policy.meta.jurisdiction if policy is not None else None
        self._jurisdiction = jurisdiction or meta_jurisdiction or "BE"
        self._clauses = []
        self.list.blockSignals(True)
        self.list.clear()
        self.list.blockSignals(False)
        if item_id is None:
            self._show_message(self.tr("Kies een ontbrekend of gedeeltelijk onderdeel om voorstellen te zien."))
            return
        if library is None:
            self._show_message(self.tr("Er is geen clausulebibliotheek geladen. Kies de map in de instellingen."))
            return
        try:
            self._clauses = list(library.suggest(item_id, policy if policy is not None else Policy()))
        except UserError as exc:
            self._show_message(exc.message)
            return
        if not self._clauses:
            self._show_message(self.tr("De bibliotheek bevat geen clausule voor dit onderdeel."))
            return
        self.message.hide()
        self.list.show()
        self.preview.show()
        self.insert_button.show()
        for clause in self._clauses:
            title = self._title(clause)
            entry = QListWidgetItem(title)
            entry.setToolTip(title)
            self.list.addItem(entry)
        # Show every suggestion without scrolling, up to five rows.
        rows = min(len(self._clauses), 5)
        row_height = max(self.list.sizeHintForRow(0), self.list.fontMetrics().height() + 2)
        self.list.setFixedHeight(rows * row_height + 2 * self.list.frameWidth() + 2)
        self.list.setCurrentRow(0)

    def clear(self) -> None:
        self.set_item(None, self._library, self._policy)

    def item_id(self) -> str | None:
        return self._item_id

    def clauses(self) -> list[Any]:
        return list(self._clauses)

    def current_clause(self) -> Any | None:
        row = self.list.currentRow()
        return self._clauses[row] if 0 <= row < len(self._clauses) else None

    def unfilled_count(self) -> int:
        """How many placeholders the previewed clause could not fill from the profile."""
        return self._unfilled_count

    # ----- internals -----

    def _profile(self) -> OrganisationProfile:
        return self._policy.meta.organisation if self._policy is not None else OrganisationProfile()

    def _title(self, clause: Any) -> str:
        """The clause title with placeholders filled where the profile allows."""
        if not clause.title:
            return clause.id
        filler = self._filler or default_filler(self._library)
        return filler(clause.title, self._profile(), self._jurisdiction).text

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.list.hide()
        self.preview.clear()
        self.preview.hide()
        self.unfilled_note.hide()
        self.profile_button.hide()
        self.insert_button.setEnabled(False)
        self.insert_button.hide()
        self._unfilled_count = 0

    def _show_preview(self, row: int) -> None:
        clause = self._clauses[row] if 0 <= row < len(self._clauses) else None
        self.insert_button.setEnabled(clause is not None)
        self._unfilled_count = 0
        if clause is None:
            self.preview.clear()
            self.unfilled_note.hide()
            self.profile_button.hide()
            self.clause_selected.emit(None)
            return
        filler = self._filler or default_filler(self._library)
        filled = filler(clause.body, self._profile(), self._jurisdiction)
        unfilled = list(filled.unfilled)
        self._unfilled_count = len(unfilled)
        title = html.escape(self._title(clause))
        self.preview.setHtml(
            f'<p style="font-weight:600; margin:0 0 6px 0">{title}</p>'
            + filled_html(filled.text, unfilled, self.tr("ontbreekt"))
        )
        if unfilled:
            names = ", ".join(sorted({placeholder_label(name) for _s, _e, name in unfilled}))
            self.unfilled_note.setText(self.tr("Niet ingevuld: {names}").format(names=names))
            self.unfilled_note.setToolTip(
                self.tr("Niet ingevuld (ontbreekt in het organisatieprofiel): {names}").format(names=names)
            )
            self.unfilled_note.show()
            self.profile_button.show()
        else:
            self.unfilled_note.hide()
            self.profile_button.hide()
        self.clause_selected.emit(clause)

    def _emit_insert(self) -> None:
        clause = self.current_clause()
        if clause is not None:
            self.insert_requested.emit(clause)
