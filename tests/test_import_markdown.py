"""The .md importer and the Markdown/plain-text writers of `convert`."""

from __future__ import annotations

from pathlib import Path

from editor.core.importers import describe, import_text, load_document
from editor.core.importers.render import to_markdown, to_plain_text
from editor.core.model import Heading, ListItem, Paragraph, Policy, Run, Table

MD = """# Privacyverklaring

Wij zijn **Bakkerij Janssens** uit *Gent* (zie [onze site](https://bakkerij.example.be) of [hier](#)).

## Welke gegevens?

- naam
  - voornaam
  * achternaam
- adres
  over meerdere regels

1. eerst
2) dan

#### Diep genest

| Cookie | Duur |
|--------|-----:|
| _ga    | 2 jaar |
| `_gid` | 1 dag |

Setext-titel
------------

> Een citaat
met vervolg.

Een snake_case_woord en 2 * 3 = 6 blijven staan.
"""


def test_markdown_structure() -> None:
    result = import_text(MD, "md")
    assert describe(result).splitlines() == [
        "H1 Privacyverklaring",
        "P Wij zijn Bakkerij Janssens uit Gent (zie onze site of hier).",
        "H2 Welke gegevens?",
        "LI0 naam",
        "LI1 voornaam",
        "LI1 achternaam",
        "LI0 adres over meerdere regels",
        "OL0 eerst",
        "OL0 dan",
        "H3 Diep genest",
        "T 3x2 h1",
        "H2 Setext-titel",
        "P Een citaat met vervolg.",
        "P Een snake_case_woord en 2 * 3 = 6 blijven staan.",
    ]
    policy = result.policy
    assert policy.meta.title == "Privacyverklaring"
    runs = policy.blocks[1].runs
    assert ("Bakkerij Janssens", True, False) in [(r.text, r.bold, r.italic) for r in runs]
    assert ("Gent", False, True) in [(r.text, r.bold, r.italic) for r in runs]
    assert [(r.text, r.link) for r in runs if r.link] == [("onze site", "https://bakkerij.example.be")]
    table = policy.blocks[10]
    assert isinstance(table, Table) and [c.text for c in table.rows[2]] == ["_gid", "1 dag"]


def test_nested_emphasis_and_escapes() -> None:
    runs = import_text("***beide*** en **vet met *schuin* erin** en \\*geen\\*", "md").policy.blocks[0].runs
    assert [(r.text, r.bold, r.italic) for r in runs] == [
        ("beide", True, True),
        (" en ", False, False),
        ("vet met ", True, False),
        ("schuin", True, True),
        (" erin", True, False),
        (" en *geen*", False, False),
    ]


def test_markdown_file_from_disk(tmp_path: Path) -> None:
    path = tmp_path / "beleid.md"
    path.write_text(MD, encoding="utf-8-sig")
    assert load_document(path).policy.blocks[0].text == "Privacyverklaring"


def sample_policy() -> Policy:
    return Policy(
        blocks=[
            Heading(runs=[Run("Privacy")], level=1),
            Paragraph(runs=[Run("Zie "), Run("hier", bold=True, link="https://x.example"), Run(" – *geen* _nadruk_.")]),
            Paragraph(runs=[Run("1. geen lijst maar een zin")]),
            Paragraph(runs=[Run("# geen kop")]),
            ListItem(runs=[Run("a")], ordered=True),
            ListItem(runs=[Run("b")], ordered=True, level=1),
            ListItem(runs=[Run("c")], ordered=True, level=1),
            ListItem(runs=[Run("d")], ordered=True),
            Table(rows=[[_cell("A|B"), _cell("C")], [_cell("1"), _cell("2")]], header_rows=1),
        ]
    )


def _cell(text: str):  # noqa: ANN202
    from editor.core.model import Cell

    return Cell([Run(text)])


def test_markdown_writer_round_trips_text_and_formatting() -> None:
    policy = sample_policy()
    md = to_markdown(policy)
    again = import_text(md, "md").policy
    assert [b.text for b in again.blocks] == [b.text for b in policy.blocks]
    assert [b.kind for b in again.blocks] == [b.kind for b in policy.blocks]
    link = [r for r in again.blocks[1].runs if r.link]
    assert [(r.text, r.bold, r.link) for r in link] == [("hier", True, "https://x.example")]
    assert "1. a\n    1. b\n    2. c\n2. d" in md


def test_plain_text_writer() -> None:
    text = to_plain_text(sample_policy())
    assert text.startswith("Privacy\n\nZie hier – *geen* _nadruk_.\n\n")
    assert "1. a\n  1. b\n  2. c\n2. d\n\nA|B\tC\n1\t2\n" in text


def test_pathological_markdown_stays_fast() -> None:
    import time

    t0 = time.perf_counter()
    for text in ("**a " * 20_000, "_a " * 30_000, "`x " * 30_000, "[x](y " * 20_000):
        import_text(text, "md")
    assert time.perf_counter() - t0 < 5
