"""Dutch-aware search and suggestions."""

from __future__ import annotations

from editor.core.library import Clause
from editor.core.library.search import SearchIndex, fold, search, suggest
from editor.core.model import Paragraph, Policy, PolicyMeta, Run

CLAUSES = [
    Clause(id="bewaren", title="Hoe lang bewaren wij uw gegevens?", body="Wij bewaren persoonsgegevens niet langer dan noodzakelijk.", item_ids=["retention"]),
    Clause(id="inzage", title="Recht op inzage", body="U hebt het recht uw gegevens in te zien. Wij verwerkten ze geïnformeerd.", item_ids=["right_access"], jurisdiction="BE"),
    Clause(id="inzage-nl", title="Inzage", body="U mag uw persoonsgegevens inzien bij {{organisatie}} op elk moment van de week.", item_ids=["right_access"], jurisdiction="NL"),
    Clause(id="oud", title="Inzage (oud)", body="Overeenkomstig de wet van 8 december 1992 hebt u recht op inzage in uw gegevens en verbetering.", item_ids=["right_access", "right_rectification"], outdated=True),
    Clause(id="weg", title="Verwerking", body="Wij verwerken uw gegevens voor de overeenkomst.", item_ids=["purposes"], status="retired"),
]


def test_folding_and_stemming_match_word_forms():
    idx = SearchIndex(CLAUSES)
    assert fold("Geïnformeerd É") == "geinformeerd e"
    assert [c.id for c in search(idx, "GEINFORMEERD")] == ["inzage"]
    assert "bewaren" in [c.id for c in search(idx, "Bewaring persoonsgegevens")]  # stems meet
    assert {c.id for c in search(idx, "verwerking", status=None)} == {"weg", "inzage"}
    assert [c.id for c in search(idx, "verwerking")] == ["inzage"]


def test_filters_item_jurisdiction_status():
    idx = SearchIndex(CLAUSES)
    assert {c.id for c in search(idx, "inzage")} == {"inzage", "inzage-nl", "oud"}
    assert {c.id for c in search(idx, "inzage", jurisdiction="NL")} == {"inzage-nl", "oud"}
    assert {c.id for c in search(idx, "", item_id="right_rectification")} == {"oud"}
    assert [c.id for c in search(idx, "wet overeenkomst")] == ["oud"]  # last word also as prefix: overeenkomstig
    assert [c.id for c in search(idx, "voor de overeenkomst", status="retired")] == ["weg"]
    assert {c.id for c in search(idx, "bewaren persoonsgeg")} == {"bewaren"}  # as-you-type prefix


def test_suggest_prefers_jurisdiction_skips_outdated_and_text_already_present():
    doc = Policy(blocks=[Paragraph(runs=[Run("Welkom.")])], meta=PolicyMeta(jurisdiction="NL"))
    assert [c.id for c in suggest(CLAUSES, "right_access", "Welkom.", "NL")] == ["inzage-nl", "inzage"]
    assert [c.id for c in suggest(CLAUSES, "right_access", "", "BE")] == ["inzage", "inzage-nl"]
    assert "oud" in [c.id for c in suggest(CLAUSES, "right_access", "", "BE", include_outdated=True)]
    present = "U mag uw persoonsgegevens inzien bij Acme op elk moment van de week."
    assert [c.id for c in suggest(CLAUSES, "right_access", present, "NL")] == ["inzage"]
    assert doc.meta.jurisdiction == "NL"


def test_suggest_prefers_a_title_about_the_item():
    clauses = [
        Clause(id="a-algemeen", title="Algemeen", body="U kunt een klacht indienen bij de {{toezichthouder}} als u dat wilt doen.", item_ids=["complaint_authority"]),
        Clause(id="b-klachten", title="Klachten", body="U hebt het recht een klacht in te dienen bij de {{toezichthouder}}, {{toezichthouder_adres}}.", item_ids=["complaint_authority"]),
    ]
    assert [c.id for c in suggest(clauses, "complaint_authority", "", "BE")] == ["a-algemeen", "b-klachten"]
    topic = "Recht om klacht in te dienen bij de toezichthoudende autoriteit"
    assert [c.id for c in suggest(clauses, "complaint_authority", "", "BE", topic=topic)] == ["b-klachten", "a-algemeen"]
