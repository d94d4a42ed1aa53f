"""Organisation profile and not-applicable decision dialogs."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from editor.core.model import OrganisationProfile
from editor.gui.decision_dialog import DecisionDialog
from editor.gui.profile_dialog import ProfileDialog, normalise_be_enterprise_number, normalise_kvk_number

FULL = OrganisationProfile(
    name="Acme",
    legal_form="BV",
    address="Kerkstraat 1, 9000 Gent",
    enterprise_number="0202.239.951",
    email="privacy@acme.be",
    phone="+32 9 123 45 67",
    website="www.acme.be",
    dpo_name="An Peeters",
    dpo_contact="dpo@acme.be",
)


def open_profile(qtbot, profile=None, jurisdiction="BE", language="nl-BE") -> ProfileDialog:
    dialog = ProfileDialog(profile, jurisdiction, language)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def press_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)


def test_profile_round_trips_all_values(qtbot):
    dialog = open_profile(qtbot, FULL, "BE", "nl-BE")
    assert dialog.values() == (FULL, "BE", "nl-BE")
    assert dialog.validate() == []
    press_ok(qtbot, dialog)
    assert dialog.result() == QDialog.Accepted


def test_profile_edits_by_typing(qtbot):
    dialog = open_profile(qtbot, OrganisationProfile(name="Oud"), "NL", "nl-NL")
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "Nieuw bv")
    qtbot.keyClicks(dialog.enterprise_edit, "1234 5678")
    qtbot.keyClicks(dialog.email_edit, "info@nieuw.nl")
    profile, jurisdiction, language = dialog.values()
    assert (profile.name, profile.enterprise_number, profile.email) == ("Nieuw bv", "12345678", "info@nieuw.nl")
    assert (jurisdiction, language) == ("NL", "nl-NL")


def test_invalid_email_and_enterprise_number_block_ok_with_dutch_messages(qtbot):
    bad = OrganisationProfile(name="Acme", email="privacy@acme", enterprise_number="0123.456.789")
    dialog = open_profile(qtbot, bad, "BE")
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.result() != QDialog.Accepted
    text = dialog.error_label.text()
    assert "ondernemingsnummer is ongeldig" in text and "0xxx.xxx.xxx" in text
    assert "e-mailadres is ongeldig" in text
    assert dialog.email_edit.styleSheet() and dialog.enterprise_edit.styleSheet()
    # Fixing the fields lets the dialog close.
    dialog.email_edit.setText("privacy@acme.be")
    dialog.enterprise_edit.setText("BE 0202 239 951")
    press_ok(qtbot, dialog)
    assert dialog.result() == QDialog.Accepted
    assert dialog.profile().enterprise_number == "0202.239.951"


def test_name_is_required(qtbot):
    dialog = open_profile(qtbot, OrganisationProfile())
    assert dialog.validate() == ["Vul de naam van de organisatie in."]


def test_kvk_number_for_the_netherlands(qtbot):
    dialog = open_profile(qtbot, OrganisationProfile(name="Acme", enterprise_number="1234567"), "NL", "nl-NL")
    assert dialog.validate() == ["Het KvK-nummer is ongeldig: verwacht 8 cijfers."]
    assert dialog.enterprise_label.text() == "KvK-nummer"
    dialog.enterprise_edit.setText("12345678")
    assert dialog.validate() == []


def test_phone_and_website_shape(qtbot):
    dialog = open_profile(qtbot, OrganisationProfile(name="A", phone="bel ons", website="acme be"))
    messages = dialog.validate()
    assert any("telefoonnummer" in m for m in messages) and any("webadres" in m for m in messages)


def test_changing_jurisdiction_follows_language_and_relabels_number(qtbot):
    dialog = open_profile(qtbot, OrganisationProfile(name="Acme"), "BE", "nl-BE")
    assert dialog.enterprise_label.text() == "Ondernemingsnummer (KBO)"
    dialog.jurisdiction_combo.setCurrentIndex(dialog.jurisdiction_combo.findData("NL"))
    assert dialog.language() == "nl-NL"
    assert dialog.enterprise_label.text() == "KvK-nummer"
    # A language that does not match the old country was chosen on purpose: it is kept.
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("nl-BE"))
    dialog.jurisdiction_combo.setCurrentIndex(dialog.jurisdiction_combo.findData(None))
    assert dialog.language() == "nl-BE"
    assert dialog.enterprise_label.text() == "Ondernemings- of KvK-nummer"


def test_unknown_jurisdiction_stays_automatic(qtbot):
    dialog = open_profile(qtbot, OrganisationProfile(name="Acme", enterprise_number="12345678"), None)
    assert dialog.jurisdiction() is None
    assert dialog.validate() == []  # a KvK number is fine when the country is not fixed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0202.239.951", "0202.239.951"),
        ("BE0202239951", "0202.239.951"),
        ("202.239.951", "0202.239.951"),
        ("0202.239.952", None),  # wrong check digits
        ("0123.456.789", None),
        ("2202.239.951", None),
        ("12345678", None),
    ],
)
def test_belgian_enterprise_number(text, expected):
    assert normalise_be_enterprise_number(text) == expected


def test_kvk_number():
    assert normalise_kvk_number("1234 5678") == "12345678"
    assert normalise_kvk_number("123456789") is None


def test_decision_requires_a_reason(qtbot):
    dialog = DecisionDialog("dpo_contact", "Functionaris voor gegevensbescherming")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.accept()
    assert dialog.result() != QDialog.Accepted
    qtbot.keyClicks(dialog.reason_combo.lineEdit(), "  geen DPO   aangesteld ")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)
    assert dialog.result() == QDialog.Accepted
    decision = dialog.decision()
    assert (decision.item_id, decision.status, decision.reason) == ("dpo_contact", "not_applicable", "geen DPO aangesteld")
    assert dt.datetime.fromisoformat(decision.decided_at).tzinfo is not None


def test_decision_offers_item_specific_reasons(qtbot):
    dialog = DecisionDialog("third_country_transfers", "Doorgifte naar derde landen")
    qtbot.addWidget(dialog)
    reasons = [dialog.reason_combo.itemText(i) for i in range(dialog.reason_combo.count())]
    assert "geen doorgifte van gegevens buiten de EER" in reasons
    dialog.reason_combo.setCurrentIndex(0)
    assert dialog.reason() == reasons[0] and dialog.ok_button.isEnabled()


def test_decision_keeps_an_existing_reason(qtbot):
    dialog = DecisionDialog("cookies", "Cookies", reason="aparte cookieverklaring")
    qtbot.addWidget(dialog)
    assert dialog.reason() == "aparte cookieverklaring"


def test_profile_taken_over_from_the_document_fills_only_empty_fields(qtbot):
    from editor.core.model import OrganisationProfile
    from editor.gui.profile_dialog import ProfileDialog

    text = (
        "Garage Dewitte bv, Brugsesteenweg 221, 9940 Evergem (ondernemingsnummer 0456.789.123) is verantwoordelijk "
        "voor de verwerking. Vragen: info@garagedewitte.be of 09 357 12 34."
    )
    dialog = ProfileDialog(OrganisationProfile(email="privacy@dewitte.be"), "BE", "nl-BE", document_text=text)
    qtbot.addWidget(dialog)
    assert dialog.extract_button.text() == "Uit document overnemen"
    assert dialog.fill_from_document() == 5
    profile = dialog.profile()
    assert profile.name == "Garage Dewitte bv" and profile.address == "Brugsesteenweg 221, 9940 Evergem"
    assert profile.enterprise_number == "0456.789.123" and profile.phone == "09 357 12 34"
    assert profile.email == "privacy@dewitte.be"  # what the user typed stays
    assert "overgenomen" in dialog.error_label.text()
    assert not ProfileDialog(document_text="").extract_button.isEnabled()


def test_a_profile_the_user_picks_from_a_file_fills_the_dialog(qtbot, monkeypatch):
    from editor.core.paths import resources_dir
    from editor.gui import messages
    from editor.gui.profile_dialog import ProfileDialog

    dialog = ProfileDialog(None, None, "nl-NL")
    qtbot.addWidget(dialog)
    sample = resources_dir() / "profiles" / "example-nl.json"
    monkeypatch.setattr(messages, "open_file_name", lambda *a: str(sample))
    assert dialog.load_button.text() == "Profiel laden…"
    assert dialog.load_from_file()
    profile, jurisdiction, _language = dialog.values()
    assert profile.name and profile.email and jurisdiction == "NL"
    errors = []
    monkeypatch.setattr(messages, "show_error", lambda _p, title, text: errors.append(text))
    assert not dialog.load_from_file(str(sample.with_name("bestaat-niet.json")))
    assert errors and "bestaat-niet.json" in errors[0]
    assert dialog.profile() == profile  # a failed load changes nothing
