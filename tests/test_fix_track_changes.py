"""The redline: `fix --track-changes` writes the inserted clauses as real Word revisions; real
LibreOffice lists them, and accepting all gives exactly the completed policy."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from docx import Document
from lxml import etree

from editor.core.export.track_changes import build_docx_tracked
from editor.core.fill_gaps import fill_gaps
from editor.core.library import ClauseLibrary
from editor.core.model import Heading, Paragraph, Policy, Run
from editor.core.profile import sample_profile
from tests.libreoffice_redline import accept_all
from tests.test_export_tools import require

ROOT = Path(__file__).resolve().parents[1]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def filled():
    policy = Policy(blocks=[
        Heading(runs=[Run("Privacyverklaring")], level=1),
        Paragraph(runs=[Run("Wij verwerken uw naam en e-mailadres om uw vragen te beantwoorden.")]),
        Heading(runs=[Run("Contact")], level=2),
        Paragraph(runs=[Run("Vragen? Mail naar info@bakkerij.be.")]),
    ])
    clauses = ClauseLibrary.open(ROOT / "clause_library", read_only=True, use_cache=False).clauses
    return policy, fill_gaps(policy, sample_profile("BE").organisation, "BE", clauses)


def _paragraphs(data: bytes) -> list[etree._Element]:
    with zipfile.ZipFile(__import__("io").BytesIO(data)) as z:
        root = etree.fromstring(z.read("word/document.xml"), etree.XMLParser(resolve_entities=False, no_network=True))
    return root.findall(f".//{W}body/{W}p")


def _text(p: etree._Element) -> str:
    return "".join(t.text or "" for t in p.iter(f"{W}t"))


def test_inserted_paragraphs_are_w_ins_with_author_and_date_and_originals_are_not(filled):
    original, result = filled
    data = build_docx_tracked(result.policy, result.inserted_block_ids, author="Mr. Peeters", date="2026-01-02T10:00:00Z")
    originals = {b.text for b in original.blocks}
    seen_inserted = 0
    for p in _paragraphs(data):
        text = _text(p)
        if not text:
            continue
        runs = p.findall(f".//{W}r")
        in_ins = [r.getparent().tag == f"{W}ins" for r in runs]
        if text in originals:
            assert not any(in_ins), text
        else:
            seen_inserted += 1
            assert all(in_ins), text
            mark = p.find(f"{W}pPr/{W}rPr/{W}ins")
            assert mark is not None and mark.get(f"{W}author") == "Mr. Peeters"
            assert mark.get(f"{W}date") == "2026-01-02T10:00:00Z"
    assert seen_inserted >= 2 * len(result.inserted)  # a heading and at least one paragraph each


def test_libreoffice_lists_the_revisions_and_accept_all_gives_the_completed_text(filled, tmp_path):
    require("soffice")
    _, result = filled
    path = tmp_path / "redline.docx"
    path.write_bytes(build_docx_tracked(result.policy, result.inserted_block_ids, author="privacy-editor"))
    accepted = accept_all(shutil.which("soffice"), path, tmp_path)
    assert accepted.redlines and all(t == "Insert" and a == "privacy-editor" for t, a in accepted.redlines)
    doc = Document(str(accepted.docx))
    got = [p.text for p in doc.paragraphs if p.text.strip()]
    want = [b.text for b in result.policy.blocks if b.text.strip()]
    assert got == want
    xml = zipfile.ZipFile(accepted.docx).read("word/document.xml").decode("utf-8")
    assert "<w:ins " not in xml  # nothing left to accept
