from __future__ import annotations

import json
import os

import pytest

from editor.core import native
from editor.core.errors import BadInputError, WriteError
from editor.core.model import (
    Cell,
    Decision,
    Heading,
    ListItem,
    OrganisationProfile,
    Paragraph,
    Policy,
    PolicyMeta,
    Run,
    Table,
)
from editor.core.plaintext import PlainText, from_utf16, to_utf16


def sample_policy() -> Policy:
    return Policy(
        blocks=[
            Heading(runs=[Run("Privacyverklaring")], level=1),
            Paragraph(runs=[Run("Wij, "), Run("Voorbeeld BV", bold=True), Run(" verwerken "), Run("é€😀", italic=True)]),
            Paragraph(runs=[Run("Zie "), Run("de GBA", underline=True, link="https://www.gegevensbeschermingsautoriteit.be")]),
            ListItem(runs=[Run("naam")], ordered=False, level=0),
            ListItem(runs=[Run("voornaam")], ordered=True, level=1),
            Table(rows=[[Cell([Run("Cookie")]), Cell([Run("Duur")])], [Cell([Run("_ga")]), Cell([Run("2 jaar")])]], header_rows=1),
        ],
        meta=PolicyMeta(
            title="Privacyverklaring",
            language="nl-NL",
            jurisdiction="NL",
            organisation=OrganisationProfile(name="Voorbeeld BV", email="privacy@voorbeeld.nl", dpo_name="J. Jansen"),
            version="3",
            last_updated="2026-11-01",
            decisions={"dpo_contact": Decision("dpo_contact", reason="geen DPO aangesteld", decided_at="2026-11-23T10:00:00")},
        ),
    )


def test_round_trip_keeps_everything(tmp_path):
    policy = sample_policy()
    path = tmp_path / "beleid.ppe"
    native.save(policy, path)
    again = native.load(path)
    assert again == policy
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == native.FORMAT_VERSION


def test_block_ids_are_unique_and_stable():
    policy = sample_policy()
    ids = [b.id for b in policy.blocks]
    assert len(set(ids)) == len(ids)
    again = native.loads(native.dumps(policy))
    assert [b.id for b in again.blocks] == ids
    assert policy.new_block_id() not in ids


def test_interrupted_save_keeps_old_file(tmp_path, monkeypatch):
    path = tmp_path / "beleid.ppe"
    native.save(sample_policy(), path)
    before = path.read_bytes()

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(WriteError):
        native.save(Policy(blocks=[Paragraph(runs=[Run("nieuw")])]), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["beleid.ppe"], "no temporary file left behind"


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00\x01\x02binary", b"{not json", b'{"format": "other"}', b'{"format": "privacy-policy-editor", "version": 99}'],
)
def test_bad_native_files_raise_user_errors(tmp_path, content):
    path = tmp_path / "kapot.ppe"
    path.write_bytes(content)
    with pytest.raises(BadInputError) as err:
        native.load(path)
    assert err.value.nl and err.value.en


def test_unknown_fields_are_ignored():
    data = native.policy_to_json(sample_policy())
    data["meta"]["organisation"]["future_field"] = "x"
    data["extra"] = {"a": 1}
    policy = native.policy_from_json(data)
    assert policy.meta.organisation.name == "Voorbeeld BV"


def test_plain_text_mapping_locates_blocks():
    policy = sample_policy()
    view = PlainText.from_policy(policy)
    for block, span in zip(policy.blocks, view.spans, strict=True):
        assert view.text[span.start : span.end] == block.text
        assert view.locate(span.start) == (block.id, 0)
    offset = view.text.index("Voorbeeld BV")
    assert view.locate(offset) == (policy.blocks[1].id, len("Wij, "))
    assert view.blocks_in(offset, offset + 3) == [policy.blocks[1].id]


def test_utf16_offsets_with_emoji_and_accents():
    text = "é€😀 fout"
    cp = text.index("fout")
    u16 = to_utf16(text, cp)
    assert u16 == cp + 1  # the emoji is two UTF-16 units
    assert from_utf16(text, u16) == cp
