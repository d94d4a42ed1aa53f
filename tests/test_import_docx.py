"""The .docx importer: structure from files built with python-docx, and bad Word files."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_UNDERLINE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from editor.core.errors import BadInputError
from editor.core.importers import describe, load_document
from editor.core.model import Heading, ListItem, Paragraph, Table


def add_hyperlink(paragraph, url: str, text: str) -> None:  # noqa: ANN001
    rid = paragraph.part.relate_to(url, docx.opc.constants.RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rid)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def build_policy_docx(path: Path, *, with_title: bool = True) -> Path:
    d = docx.Document()
    if with_title:
        d.add_paragraph("Privacyverklaring Bakkerij Janssens", style="Title")
    d.add_heading("Wie zijn wij?", level=1)
    p = d.add_paragraph("Wij zijn ")
    p.add_run("Bakkerij Janssens").bold = True
    p.add_run(" uit ")
    p.add_run("Gent").italic = True
    u = p.add_run(", ondernemingsnummer")
    u.underline = WD_UNDERLINE.SINGLE
    p.add_run(" 0123.456.789.")
    d.add_heading("Welke gegevens?", level=2)
    d.add_paragraph("naam", style="List Bullet")
    d.add_paragraph("adres", style="List Bullet 2")
    d.add_paragraph("eerste stap", style="List Number")
    d.add_paragraph("tweede stap", style="List Number")
    d.add_heading("Diep", level=4)
    q = d.add_paragraph("Klacht indienen kan bij de ")
    add_hyperlink(q, "https://www.gegevensbeschermingsautoriteit.be", "Gegevensbeschermingsautoriteit")
    q.add_run(".")
    d.add_paragraph("")  # empty paragraphs are skipped
    table = d.add_table(rows=3, cols=2)
    for r, (a, b) in enumerate([("Cookie", "Duur"), ("_ga", "2 jaar"), ("_gid", "1 dag")]):
        table.cell(r, 0).text = a
        table.cell(r, 1).text = b
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:tblHeader"))
    d.add_paragraph("Einde.")
    d.save(path)
    return path


def test_structure_formatting_links_and_tables(tmp_path: Path) -> None:
    result = load_document(build_policy_docx(tmp_path / "beleid.docx"))
    policy = result.policy
    assert describe(result).splitlines() == [
        "H1 Privacyverklaring Bakkerij Janssens",
        "H2 Wie zijn wij?",
        "P Wij zijn Bakkerij Janssens uit Gent, ondernemingsnummer 0123",
        "H3 Welke gegevens?",
        "LI0 naam",
        "LI1 adres",
        "OL0 eerste stap",
        "OL0 tweede stap",
        "H3 Diep",
        "P Klacht indienen kan bij de Gegevensbeschermingsautoriteit.",
        "T 3x2 h1",
        "P Einde.",
    ]
    assert policy.meta.title == "Privacyverklaring Bakkerij Janssens"
    runs = policy.blocks[2].runs
    assert [(r.text, r.bold, r.italic, r.underline) for r in runs] == [
        ("Wij zijn ", False, False, False),
        ("Bakkerij Janssens", True, False, False),
        (" uit ", False, False, False),
        ("Gent", False, True, False),
        (", ondernemingsnummer", False, False, True),
        (" 0123.456.789.", False, False, False),
    ]
    link = [r for r in policy.blocks[9].runs if r.link]
    assert [(r.text, r.link) for r in link] == [
        ("Gegevensbeschermingsautoriteit", "https://www.gegevensbeschermingsautoriteit.be")
    ]
    table = policy.blocks[10]
    assert isinstance(table, Table) and table.rows[1][0].text == "_ga"


def test_without_title_heading_1_is_level_1(tmp_path: Path) -> None:
    policy = load_document(build_policy_docx(tmp_path / "b.docx", with_title=False)).policy
    headings = [(b.level, b.text) for b in policy.blocks if isinstance(b, Heading)]
    assert headings == [(1, "Wie zijn wij?"), (2, "Welke gegevens?"), (3, "Diep")]
    assert policy.meta.title == "Wie zijn wij?"


def test_numbering_format_decides_ordered_or_bullet(tmp_path: Path) -> None:
    # "List Paragraph" with a direct numPr: the numbering definition decides the kind.
    d = docx.Document()
    bullet_p = d.add_paragraph("punt", style="List Bullet")
    number_p = d.add_paragraph("nummer", style="List Number")
    bullet_num = bullet_p.style.element.pPr.numPr.numId.val
    number_num = number_p.style.element.pPr.numPr.numId.val
    for text, num_id, ilvl in [("a", number_num, 0), ("b", bullet_num, 1)]:
        p = d.add_paragraph(text, style="List Paragraph")
        num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = ilvl
        num_pr.get_or_add_numId().val = num_id
    path = tmp_path / "lijst.docx"
    d.save(path)
    items = [b for b in load_document(path).policy.blocks if isinstance(b, ListItem)]
    assert [(i.text, i.ordered, i.level) for i in items] == [
        ("punt", False, 0),
        ("nummer", True, 0),
        ("a", True, 0),
        ("b", False, 1),
    ]


def test_web_leftovers_are_cleaned_in_docx_too(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("Adres\u00a0 Kerkstraat 1 &amp; zonen.")
    path = tmp_path / "c.docx"
    d.save(path)
    result = load_document(path)
    assert result.policy.blocks[0].text == "Adres Kerkstraat 1 & zonen."
    assert len(result.warnings) == 2
    assert isinstance(result.policy.blocks[0], Paragraph)


# -- bad Word files ------------------------------------------------------------------------


def test_binary_file_renamed_to_docx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "foto.docx"
    path.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(BadInputError) as err:
        load_document(path)
    assert "geen geldig Word-bestand" in err.value.nl
    assert "not a valid Word file" in err.value.en


def test_other_zip_renamed_to_docx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "archief.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "hallo")
    with pytest.raises(BadInputError, match="geen geldig Word-bestand"):
        load_document(path)


def test_truncated_docx_is_refused(tmp_path: Path) -> None:
    full = build_policy_docx(tmp_path / "heel.docx").read_bytes()
    path = tmp_path / "half.docx"
    path.write_bytes(full[: len(full) // 2])
    with pytest.raises(BadInputError) as err:
        load_document(path)
    assert "beschadigd of onvolledig" in err.value.nl


def test_corrupted_member_is_refused(tmp_path: Path) -> None:
    path = build_policy_docx(tmp_path / "x.docx")
    data = bytearray(path.read_bytes())
    zf = zipfile.ZipFile(io.BytesIO(bytes(data)))
    info = zf.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for i in range(start + 20, start + 60):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(BadInputError, match="beschadigd"):
        load_document(path)


def make_zip_bomb(path: Path, size: int = 200 * 1024 * 1024) -> Path:
    """A docx-looking zip whose one member unpacks to `size` zero bytes (about 200 kB on disk)."""
    source = build_policy_docx(path.with_name("src.docx"))
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for item in src.infolist():
            zf.writestr(item, src.read(item))
        with zf.open("word/media/zeros.bin", "w", force_zip64=True) as fh:
            chunk = bytes(1024 * 1024)
            for _ in range(size // len(chunk)):
                fh.write(chunk)
    return path


def test_zip_bomb_docx_is_refused(tmp_path: Path) -> None:
    path = make_zip_bomb(tmp_path / "bom.docx")
    assert path.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(BadInputError) as err:
        load_document(path)
    assert "zip-bom" in err.value.nl and "zip bomb" in err.value.en


def test_high_ratio_member_is_refused_even_below_total_limit(tmp_path: Path) -> None:
    path = make_zip_bomb(tmp_path / "ratio.docx", size=20 * 1024 * 1024)
    with pytest.raises(BadInputError, match="zip-bom"):
        load_document(path)


def make_xxe_docx(path: Path, secret_file: Path) -> Path:
    source = build_policy_docx(path.with_name("src.docx"))
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml":
                text = data.decode("utf-8")
                decl_end = text.index("?>") + 2
                doctype = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{secret_file}">]>'
                text = text[:decl_end] + doctype + text[decl_end:]
                text = text.replace("Einde.", "&xxe;")
                data = text.encode("utf-8")
            zf.writestr(item, data)
    return path


def test_docx_with_external_entity_is_refused_and_never_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "geheim.txt"
    secret.write_text("TOPSECRET-4711", encoding="utf-8")
    path = make_xxe_docx(tmp_path / "xxe.docx", secret)
    with pytest.raises(BadInputError) as err:
        load_document(path)
    assert "DOCTYPE" in err.value.nl and "TOPSECRET" not in err.value.nl + err.value.en


def test_python_docx_itself_does_not_resolve_the_entity(tmp_path: Path) -> None:
    # Defence in depth: even past our DOCTYPE check, the parser must not read the file.
    secret = tmp_path / "geheim.txt"
    secret.write_text("TOPSECRET-4711", encoding="utf-8")
    path = make_xxe_docx(tmp_path / "xxe.docx", secret)
    try:
        text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    except Exception:  # refusing to parse is fine too
        text = ""
    assert "TOPSECRET" not in text
