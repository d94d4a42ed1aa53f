"""Mark a checklist item as not applicable, with a required reason that is saved in the document."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from editor.core.model import Decision


def suggested_reasons(item_id: str) -> list[str]:
    """Common reasons per item, offered in the drop-down (the user may type any other)."""
    # Literal QCoreApplication.translate calls, so lupdate finds every reason.
    qt = QCoreApplication
    reasons = {
        "dpo_contact": [qt.translate("DecisionDialog", "geen DPO aangesteld (niet verplicht)")],
        "third_country_transfers": [qt.translate("DecisionDialog", "geen doorgifte van gegevens buiten de EER")],
        "automated_decisions": [qt.translate("DecisionDialog", "geen geautomatiseerde besluitvorming of profilering")],
        "children": [qt.translate("DecisionDialog", "diensten niet gericht op kinderen")],
        "cookies": [
            qt.translate("DecisionDialog", "de website gebruikt geen cookies"),
            qt.translate("DecisionDialog", "cookies staan in een aparte cookieverklaring"),
        ],
        "legitimate_interests": [qt.translate("DecisionDialog", "geen verwerking op grond van gerechtvaardigd belang")],
        "withdraw_consent": [qt.translate("DecisionDialog", "geen verwerking op grond van toestemming")],
        "data_source": [qt.translate("DecisionDialog", "alle gegevens komen van de betrokkene zelf")],
        "data_categories": [qt.translate("DecisionDialog", "alle gegevens komen van de betrokkene zelf")],
        "statutory_contractual_requirement": [
            qt.translate("DecisionDialog", "verstrekking is nergens wettelijk of contractueel verplicht")
        ],
        "right_portability": [qt.translate("DecisionDialog", "geen verwerking op grond van toestemming of overeenkomst")],
    }
    general = [qt.translate("DecisionDialog", "valt buiten de verwerking van deze organisatie")]
    return reasons.get(item_id, []) + general


class DecisionDialog(QDialog):
    """Ask why an item does not apply. OK stays disabled until a reason is given."""

    def __init__(self, item_id: str, item_title: str = "", parent: QWidget | None = None, reason: str = "") -> None:
        super().__init__(parent)
        self._item_id = item_id
        self.setWindowTitle(self.tr("Niet van toepassing"))
        self.setAccessibleName(self.tr("Onderdeel markeren als niet van toepassing"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)

        heading = QLabel(self.tr("Markeer „{title}” als niet van toepassing.").format(title=item_title or item_id), self)
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight:600")
        layout.addWidget(heading)
        info = QLabel(
            self.tr(
                "Het onderdeel telt dan niet meer als ontbrekend. De reden wordt in het document bewaard "
                "en de beslissing kan later ongedaan worden gemaakt."
            ),
            self,
        )
        info.setWordWrap(True)
        info.setStyleSheet("color:#545454")
        layout.addWidget(info)

        label = QLabel(self.tr("Reden (verplicht):"), self)
        layout.addWidget(label)
        self.reason_combo = QComboBox(self)
        self.reason_combo.setEditable(True)
        self.reason_combo.setInsertPolicy(QComboBox.NoInsert)
        self.reason_combo.setAccessibleName(self.tr("Reden waarom het onderdeel niet van toepassing is"))
        self.reason_combo.lineEdit().setAccessibleName(self.reason_combo.accessibleName())
        suggestions = suggested_reasons(item_id)
        self.reason_combo.addItems(suggestions)
        self.reason_combo.setEditText(reason)
        self.reason_combo.lineEdit().setPlaceholderText(self.tr("bv. {reason}").format(reason=suggestions[0]))
        label.setBuddy(self.reason_combo)
        layout.addWidget(self.reason_combo)

        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.Ok)
        self.ok_button.setText(self.tr("Markeren"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.reason_combo.editTextChanged.connect(self._update_ok)
        self._update_ok()

    def item_id(self) -> str:
        return self._item_id

    def reason(self) -> str:
        return " ".join(self.reason_combo.currentText().split())

    def decision(self) -> Decision:
        """The decision to store in PolicyMeta.decisions (timestamp in UTC, ISO 8601)."""
        now = _dt.datetime.now(_dt.UTC).replace(microsecond=0).isoformat()
        return Decision(item_id=self._item_id, status="not_applicable", reason=self.reason(), decided_at=now)

    def accept(self) -> None:
        if not self.reason():
            return  # a decision without a reason cannot be reviewed later
        super().accept()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.reason()))
