"""The head of the checklist: required items present, a coverage bar, what is still open
(required and recommended counted apart, in correct Dutch) and outdated law in the text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from editor.gui.status_style import MISSING, PARTIAL, status_colour
from editor.gui.widgets import CoverageBar

if TYPE_CHECKING:
    from editor.core.checklist import Report


class SummaryBox(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.summary_label = QLabel(self.tr("Nog geen analyse"), self)
        self.summary_label.setAccessibleName(self.tr("Samenvatting van de checklist"))
        self.summary_label.setWordWrap(True)
        font = self.summary_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.summary_label.setFont(font)
        layout.addWidget(self.summary_label)
        self.progress = CoverageBar(self)
        self.progress.setAccessibleName(self.tr("Aandeel aanwezige verplichte onderdelen"))
        layout.addWidget(self.progress)
        self.context_label = QLabel(self)
        self.context_label.setWordWrap(True)
        self.context_label.setStyleSheet("color:#545454")
        layout.addWidget(self.context_label)
        # Outdated law is a finding about the whole document: shown with the summary, not folded away.
        self.outdated_label = QLabel(self)
        self.outdated_label.setWordWrap(True)
        self.outdated_label.setStyleSheet(f"color:{status_colour(PARTIAL).name()}")
        self.outdated_label.hide()
        layout.addWidget(self.outdated_label)

    def _count(self, n: int, one: str, many: str) -> str:
        """Dutch agrees the verb with the number: "1 ontbreekt", "2 ontbreken"."""
        return one if n == 1 else many.replace("%n", str(n))

    def open_counts_text(self, report: Report) -> str:
        """E.g. "Verplicht: 1 ontbreekt, 2 gedeeltelijk · Aanbevolen: 1 ontbreekt"."""
        parts = []
        for required, label in ((True, self.tr("Verplicht")), (False, self.tr("Aanbevolen"))):
            items = [it for it in report.items if it.required == required
                     and (required or it.level == "recommended")]
            missing = sum(1 for it in items if it.status == MISSING)
            partial = sum(1 for it in items if it.status == PARTIAL)
            if not missing and not partial:
                if required:
                    parts.append(f"{label}: " + self.tr("alles aanwezig"))
                continue
            counts = [self._count(missing, self.tr("1 ontbreekt"), self.tr("%n ontbreken"))] if missing else []
            if partial:
                counts.append(self._count(partial, self.tr("1 gedeeltelijk"), self.tr("%n gedeeltelijk")))
            parts.append(f"{label}: " + ", ".join(counts))
        return " · ".join(parts)

    def set_report(self, report: Report | None) -> None:
        if report is None:
            self.summary_label.setText(self.tr("Nog geen analyse"))
            self.progress.set_counts(0, 0)
            self.context_label.clear()
            self.outdated_label.hide()
            return
        present, total = report.summary()
        self.summary_label.setText(
            self.tr("{present} van {total} verplichte onderdelen aanwezig").format(present=present, total=total)
        )
        self.progress.set_counts(present, total)
        line = self.open_counts_text(report)
        jurisdiction = {"BE": self.tr("België"), "NL": self.tr("Nederland")}.get(report.jurisdiction or "", "")
        if jurisdiction:
            line += " · " + self.tr("getoetst voor {country}").format(country=jurisdiction)
        self.context_label.setText(line)
        outdated = report.outdated_references
        if outdated:
            self.outdated_label.setText(
                self.tr("Verouderde wetsverwijzingen: {count} (onderstreept in de tekst)").format(count=len(outdated))
            )
            self.outdated_label.setToolTip("\n".join(f"{ref.text} → {ref.replacement}" for ref in outdated if ref.replacement))
            self.outdated_label.show()
        else:
            self.outdated_label.hide()
