"""The organisation profile: the details that fill clause placeholders, plus jurisdiction and language."""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from editor.core.model import OrganisationProfile

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_PHONE_CHARS = re.compile(r"^[0-9+()./\s-]+$")
_ERROR_STYLE = "border:1px solid #b71c1c; background-color:#fdecea"

DEFAULT_LANGUAGE = {"BE": "nl-BE", "NL": "nl-NL"}


def normalise_be_enterprise_number(text: str) -> str | None:
    """A Belgian enterprise number (KBO) as 0xxx.xxx.xxx, or None when it is not a valid one.

    Accepts dots, spaces and a "BE" prefix; checks the mod-97 check digits.
    """
    digits = re.sub(r"[\s.\-]", "", text.strip().upper().removeprefix("BE"))
    if len(digits) == 9 and digits.isdigit():
        digits = "0" + digits  # numbers from before 2005 are often written without the leading 0
    if len(digits) != 10 or not digits.isdigit() or digits[0] not in "01":
        return None
    if 97 - int(digits[:8]) % 97 != int(digits[8:]):
        return None
    return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"


def normalise_kvk_number(text: str) -> str | None:
    """A Dutch KvK number (8 digits), or None when it is not one."""
    digits = re.sub(r"[\s.\-]", "", text.strip())
    return digits if len(digits) == 8 and digits.isdigit() else None


class ProfileDialog(QDialog):
    """Edit the organisation profile, jurisdiction and language of the document.

    After exec() == Accepted, values() returns (OrganisationProfile, jurisdiction, language);
    jurisdiction is "BE", "NL" or None (recognise from the text).
    """

    def __init__(
        self,
        profile: OrganisationProfile | None = None,
        jurisdiction: str | None = None,
        language: str = "nl-BE",
        parent: QWidget | None = None,
        document_text: str = "",
    ) -> None:
        super().__init__(parent)
        self._document_text = document_text
        profile = profile or OrganisationProfile()
        self.setWindowTitle(self.tr("Organisatieprofiel"))
        self.setAccessibleName(self.tr("Organisatieprofiel"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)

        intro = QLabel(
            self.tr("Deze gegevens vullen de clausules uit de bibliotheek in. Lege velden blijven gemarkeerd."), self
        )
        intro.setWordWrap(True)
        intro.setStyleSheet("color:#545454")
        layout.addWidget(intro)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self._form = form

        self.jurisdiction_combo = QComboBox(self)
        self.jurisdiction_combo.setAccessibleName(self.tr("Rechtsgebied"))
        self.jurisdiction_combo.addItem(self.tr("België"), "BE")
        self.jurisdiction_combo.addItem(self.tr("Nederland"), "NL")
        self.jurisdiction_combo.addItem(self.tr("Automatisch herkennen uit de tekst"), None)
        index = self.jurisdiction_combo.findData(jurisdiction)
        self.jurisdiction_combo.setCurrentIndex(index if index >= 0 else 2)
        form.addRow(self.tr("Rechtsgebied"), self.jurisdiction_combo)

        self.language_combo = QComboBox(self)
        self.language_combo.setAccessibleName(self.tr("Taal van de verklaring"))
        self.language_combo.addItem(self.tr("Nederlands (België)"), "nl-BE")
        self.language_combo.addItem(self.tr("Nederlands (Nederland)"), "nl-NL")
        index = self.language_combo.findData(language)
        self.language_combo.setCurrentIndex(max(index, 0))
        form.addRow(self.tr("Taal"), self.language_combo)
        for combo in (self.jurisdiction_combo, self.language_combo):
            combo.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)

        def line(value: str, label: str, accessible: str, placeholder: str = "") -> QLineEdit:
            edit = QLineEdit(value, self)
            edit.setAccessibleName(accessible)
            if placeholder:
                edit.setPlaceholderText(placeholder)
            form.addRow(label, edit)
            return edit

        self.name_edit = line(profile.name, self.tr("Naam *"), self.tr("Naam van de organisatie"))
        self.legal_form_edit = line(
            profile.legal_form, self.tr("Rechtsvorm"), self.tr("Rechtsvorm"), self.tr("bv. BV, NV, vzw, stichting")
        )
        self.address_edit = line(profile.address, self.tr("Adres"), self.tr("Adres van de organisatie"))
        self.enterprise_edit = line(profile.enterprise_number, self.tr("Ondernemingsnummer"), self.tr("Ondernemingsnummer"))
        self.enterprise_label = form.labelForField(self.enterprise_edit)
        self.email_edit = line(
            profile.email, self.tr("E-mail"), self.tr("E-mailadres voor privacyvragen"), "privacy@voorbeeld.be"
        )
        self.phone_edit = line(profile.phone, self.tr("Telefoon"), self.tr("Telefoonnummer"))
        self.website_edit = line(profile.website, self.tr("Website"), self.tr("Website"), "www.voorbeeld.be")
        self.dpo_name_edit = line(
            profile.dpo_name, self.tr("Naam DPO"), self.tr("Naam van de functionaris voor gegevensbescherming")
        )
        self.dpo_contact_edit = line(
            profile.dpo_contact, self.tr("Contact DPO"), self.tr("Contactgegevens van de functionaris"),
            self.tr("e-mailadres of telefoonnummer"),
        )
        layout.addLayout(form)

        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Fouten in het formulier"))
        self.error_label.setStyleSheet("color:#b71c1c")
        self.error_label.hide()
        layout.addWidget(self.error_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Opslaan"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # Pre-fill from the policy's own text; the user checks the fields and confirms with Opslaan.
        self.extract_button = self.buttons.addButton(self.tr("Uit document overnemen"), QDialogButtonBox.ActionRole)
        self.extract_button.setAccessibleName(self.tr("Gegevens uit de tekst van het document overnemen"))
        self.extract_button.setEnabled(bool(document_text.strip()))
        self.extract_button.clicked.connect(self.fill_from_document)
        # Or a profile the user picks explicitly (a client's JSON profile, docs/profile.md).
        self.load_button = self.buttons.addButton(self.tr("Profiel laden…"), QDialogButtonBox.ActionRole)
        self.load_button.setAccessibleName(self.tr("Een organisatieprofiel uit een bestand laden"))
        self.load_button.clicked.connect(self.load_from_file)
        layout.addWidget(self.buttons)

        self._last_jurisdiction = self.jurisdiction_combo.currentData()
        self.jurisdiction_combo.currentIndexChanged.connect(self._on_jurisdiction_changed)
        self._update_enterprise_label()

    # ----- public API -----

    def load_from_file(self, path: str = "") -> bool:
        """Replace every field with a profile file's values (the user picked it); False if none."""
        from editor.core.errors import UserError
        from editor.core.profile import load_profile
        from editor.gui import messages

        path = path or messages.open_file_name(
            self, self.tr("Profiel laden"), "", self.tr("Organisatieprofiel (*.json);;Alle bestanden (*)")
        )
        if not path:
            return False
        try:
            loaded = load_profile(path)
        except UserError as exc:
            messages.show_error(self, self.tr("Profiel laden mislukt"), exc.message)
            return False
        p = loaded.organisation
        for edit, value in ((self.name_edit, p.name), (self.legal_form_edit, p.legal_form),
                            (self.address_edit, p.address), (self.enterprise_edit, p.enterprise_number),
                            (self.email_edit, p.email), (self.phone_edit, p.phone), (self.website_edit, p.website),
                            (self.dpo_name_edit, p.dpo_name), (self.dpo_contact_edit, p.dpo_contact)):
            edit.setText(value)
            edit.setStyleSheet("")
        if loaded.jurisdiction:
            self.jurisdiction_combo.setCurrentIndex(self.jurisdiction_combo.findData(loaded.jurisdiction))
        return True

    def fill_from_document(self) -> int:
        """Fill the empty fields with what the text gives (marked for review); returns how many."""
        from editor.core.profile_extract import extract_profile

        found = extract_profile(self._document_text)
        edits = {
            "name": self.name_edit, "legal_form": self.legal_form_edit, "address": self.address_edit,
            "enterprise_number": self.enterprise_edit, "email": self.email_edit, "phone": self.phone_edit,
            "website": self.website_edit, "dpo_name": self.dpo_name_edit, "dpo_contact": self.dpo_contact_edit,
        }
        filled = 0
        for name, edit in edits.items():
            value = getattr(found, name)
            if value and not edit.text().strip():
                edit.setText(value)
                edit.setStyleSheet("QLineEdit { background: #fff8c4; }")  # taken over: check it
                edit.setToolTip(self.tr("Overgenomen uit het document: controleer dit gegeven."))
                filled += 1
        if filled:
            note = self.tr("%1 gegevens uit het document overgenomen (geel). Controleer ze en klik op Opslaan.")
            self.error_label.setText(note.replace("%1", str(filled)))
        else:
            self.error_label.setText(self.tr("De tekst geeft geen nieuwe gegevens voor het profiel."))
        self.error_label.setStyleSheet("color:#5d4037")
        self.error_label.show()
        return filled

    def jurisdiction(self) -> str | None:
        return self.jurisdiction_combo.currentData()

    def language(self) -> str:
        return self.language_combo.currentData()

    def profile(self) -> OrganisationProfile:
        """The profile as entered (enterprise number normalised when it is valid)."""
        profile = OrganisationProfile(
            name=self.name_edit.text().strip(),
            legal_form=self.legal_form_edit.text().strip(),
            address=self.address_edit.text().strip(),
            enterprise_number=self.enterprise_edit.text().strip(),
            email=self.email_edit.text().strip(),
            phone=self.phone_edit.text().strip(),
            website=self.website_edit.text().strip(),
            dpo_name=self.dpo_name_edit.text().strip(),
            dpo_contact=self.dpo_contact_edit.text().strip(),
        )
        normalised = self._normalised_enterprise_number(profile.enterprise_number)
        return replace(profile, enterprise_number=normalised) if normalised else profile

    def values(self) -> tuple[OrganisationProfile, str | None, str]:
        return self.profile(), self.jurisdiction(), self.language()

    def validate(self) -> list[str]:
        """Dutch (or translated) messages for every invalid field; marks those fields. Empty: all fine."""
        errors: list[tuple[QLineEdit, str]] = []
        if not self.name_edit.text().strip():
            errors.append((self.name_edit, self.tr("Vul de naam van de organisatie in.")))
        number = self.enterprise_edit.text().strip()
        if number and not self._normalised_enterprise_number(number):
            jurisdiction = self.jurisdiction()
            if jurisdiction == "BE":
                message = self.tr(
                    "Het ondernemingsnummer is ongeldig: verwacht 0xxx.xxx.xxx met geldige controlecijfers."
                )
            elif jurisdiction == "NL":
                message = self.tr("Het KvK-nummer is ongeldig: verwacht 8 cijfers.")
            else:
                message = self.tr(
                    "Het ondernemingsnummer is ongeldig: verwacht 0xxx.xxx.xxx (België) of 8 cijfers (KvK, Nederland)."
                )
            errors.append((self.enterprise_edit, message))
        email = self.email_edit.text().strip()
        if email and not _EMAIL.match(email):
            errors.append((self.email_edit, self.tr("Het e-mailadres is ongeldig (verwacht: naam@domein.be).")))
        phone = self.phone_edit.text().strip()
        if phone and (not _PHONE_CHARS.match(phone) or sum(c.isdigit() for c in phone) < 8):
            errors.append((self.phone_edit, self.tr("Het telefoonnummer is ongeldig (alleen cijfers, spaties en +).")))
        website = self.website_edit.text().strip()
        if website and (" " in website or "." not in website):
            errors.append((self.website_edit, self.tr("Het webadres is ongeldig (verwacht: www.voorbeeld.be).")))

        for edit in self._all_edits():
            edit.setStyleSheet("")
        for edit, _message in errors:
            edit.setStyleSheet(_ERROR_STYLE)
        messages = [message for _edit, message in errors]
        self.error_label.setStyleSheet("color:#b71c1c")
        self.error_label.setText("\n".join(messages))
        self.error_label.setVisible(bool(messages))
        if errors:
            errors[0][0].setFocus()
        return messages

    def accept(self) -> None:
        if self.validate():
            return
        super().accept()

    # ----- internals -----

    def _all_edits(self) -> list[QLineEdit]:
        return [
            self.name_edit, self.legal_form_edit, self.address_edit, self.enterprise_edit, self.email_edit,
            self.phone_edit, self.website_edit, self.dpo_name_edit, self.dpo_contact_edit,
        ]

    def _normalised_enterprise_number(self, text: str) -> str | None:
        jurisdiction = self.jurisdiction()
        if jurisdiction == "BE":
            return normalise_be_enterprise_number(text)
        if jurisdiction == "NL":
            return normalise_kvk_number(text)
        return normalise_be_enterprise_number(text) or normalise_kvk_number(text)

    def _update_enterprise_label(self) -> None:
        jurisdiction = self.jurisdiction()
        if jurisdiction == "NL":
            text, placeholder = self.tr("KvK-nummer"), "12345678"
        elif jurisdiction == "BE":
            text, placeholder = self.tr("Ondernemingsnummer (KBO)"), "0xxx.xxx.xxx"
        else:
            text, placeholder = self.tr("Ondernemings- of KvK-nummer"), ""
        if isinstance(self.enterprise_label, QLabel):
            self.enterprise_label.setText(text)
        self.enterprise_edit.setAccessibleName(text)
        self.enterprise_edit.setPlaceholderText(placeholder)

    def _on_jurisdiction_changed(self, _index: int) -> None:
        new = self.jurisdiction()
        # Keep the language in step with the country unless the user chose something else.
        follows = self._last_jurisdiction is None or self.language() == DEFAULT_LANGUAGE.get(self._last_jurisdiction)
        if follows and new in DEFAULT_LANGUAGE:
            self.language_combo.setCurrentIndex(self.language_combo.findData(DEFAULT_LANGUAGE[new]))
        self._last_jurisdiction = new
        self._update_enterprise_label()
        if self.error_label.isVisible():
            self.validate()
