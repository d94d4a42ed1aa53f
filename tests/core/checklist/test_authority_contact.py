"""The supervisory authority's own address, on lines of its own under the complaint paragraph, is never
taken for the controller's contact details (resources/checklist/vocabulary/authority.toml, AUTH_CONTACT)."""

from __future__ import annotations

from editor.core.checklist import analyze
from editor.core.importers import import_text

COMPLAINT = (
    "Klachten\n\nU kunt een klacht indienen bij de Gegevensbeschermingsautoriteit:\n\n"
    "Gegevensbeschermingsautoriteit\nDrukpersstraat 35, 1000 Brussel\n"
)


def _identity(text: str) -> str:
    return analyze(import_text(text).policy).item("controller_identity").status


def test_the_authoritys_address_is_not_the_controllers():
    text = f"Privacyverklaring\n\nWie zijn wij\n\nDe verwerkingsverantwoordelijke is Atelier Voorbeeld BV.\n\n{COMPLAINT}"
    assert _identity(text) != "present"


def test_the_controllers_own_address_still_counts_beside_it():
    text = (
        "Privacyverklaring\n\nWie zijn wij\n\nDe verwerkingsverantwoordelijke is Atelier Voorbeeld BV, "
        "Kerkstraat 12, 9000 Gent.\n\n" + COMPLAINT
    )
    assert _identity(text) == "present"


def test_a_complaint_to_the_old_commission_under_a_variant_name_names_an_authority():
    """GUIDELINES: the right to complain counts even under the authority's old name; "de Commissie voor de
    bescherming van de privacy" is one (flagged as outdated, with the current name as replacement)."""
    text = ("Privacyverklaring\n\nKlachten\n\nJe kunt een klacht indienen bij de Commissie voor de bescherming van de privacy.\n")
    report = analyze(import_text(text).policy)
    assert report.item("complaint_authority").status == "present"
    assert [r.key for r in report.outdated_references] == ["cbpl"]
