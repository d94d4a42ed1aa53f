"""Round-16 misreadings of real policies, as behaviour: each sentence alone in a short policy."""

from __future__ import annotations

from editor.core.checklist import analyze
from editor.core.importers import import_text

_HEAD = "Privacyverklaring van Voorbeeld BV, Kerkstraat 1, 1234 AB Breda, info@voorbeeld.nl\n\n"


def _item(body: str, item: str):
    return analyze(import_text(_HEAD + body).policy).item(item)


def test_restriction_in_subordinate_word_order():
    body = "Je hebt het recht om te eisen dat de verwerking van de persoonsgegevens verder beperkt wordt.\n"
    assert _item(body, "right_restriction").status == "present"


def test_portability_with_laten():
    body = "Ook heb je het recht om je gegevens over te laten dragen aan een andere organisatie.\n"
    assert _item(body, "right_portability").status == "present"


def test_a_rights_entry_about_automated_decisions_is_no_statement_about_them():
    body = ("Je hebt de volgende rechten:\n\n- Inzage: je gegevens inkijken\n"
            "- Geautomatiseerde besluitvorming: daar niet aan onderworpen te zijn\n")
    assert _item(body, "automated_decisions").status != "present"


def test_a_bare_legitimate_interest_condition_describes_no_interest():
    body = ("Wij verwerken uw gegevens wanneer:\n\n- dat nodig is om de overeenkomst met u uit te voeren;\n"
            "- u hier toestemming voor geeft;\n- wij hier een gerechtvaardigd belang bij hebben;\n")
    assert _item(body, "legitimate_interests").status != "present"


def test_running_the_service_smoothly_is_a_generic_interest():
    body = ("Wij verwerken uw gegevens op basis van ons gerechtvaardigd belang om onze dienstverlening goed te "
            "laten verlopen.\n")
    assert _item(body, "legitimate_interests").status == "partial"


def test_no_duty_to_keep_is_no_retention_period():
    body = "Voorbeeld BV heeft geen bewaarplicht voor gegevens. De gebruiker is verantwoordelijk voor zijn gegevens.\n"
    assert _item(body, "retention").status != "present"


def test_a_processor_agreement_or_an_approved_comment_is_no_legal_basis():
    body = ("Na goedkeuring van je reactie is je profielfoto zichtbaar voor andere bezoekers.\n\n"
            "Met deze partijen hebben we, waar wettelijk vereist, een verwerkersovereenkomst.\n")
    assert _item(body, "legal_basis").status != "present"
