"""Linked profile fields in the model (editor/core/profile_fields.py) and the native format."""

from __future__ import annotations

from editor.core import native
from editor.core.model import OrganisationProfile, Paragraph, Policy, Run
from editor.core.profile_fields import link_fields


def test_profile_placeholders_become_fields_and_others_plain_values():
    blocks = [Paragraph(runs=[Run("Klacht bij de {{toezichthouder}} of mail {{email}} aan {{organisatie}}.")])]
    linked = link_fields(blocks, OrganisationProfile(name="Acme bv"), "BE")
    runs = linked[0].runs
    assert "".join(r.text for r in runs) == "Klacht bij de Gegevensbeschermingsautoriteit of mail {{email}} aan Acme bv."
    assert [(r.text, r.field) for r in runs if r.field] == [("{{email}}", "email"), ("Acme bv", "organisatie")]


def test_fields_survive_saving_and_reopening(tmp_path):
    policy = Policy(blocks=link_fields([Paragraph(runs=[Run("Wij zijn {{organisatie}}.")])], OrganisationProfile(name="X"), "NL"))
    path = tmp_path / "beleid.ppe"
    native.save(policy, path)
    again = native.load(path)
    assert [(r.text, r.field) for r in again.blocks[0].runs] == [("Wij zijn ", ""), ("X", "organisatie"), (".", "")]
