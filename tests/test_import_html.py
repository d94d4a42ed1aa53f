"""The .html importer: structure from literal HTML, dropped page chrome, encodings and XXE."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.core.importers import describe, import_text, load_document
from editor.core.model import Heading, ListItem, Paragraph, Table

PAGE = """<!DOCTYPE html>
<html lang="nl"><head><title>Privacy | Bakkerij Janssens</title>
<style>p { color: red }</style><script>var tracking = "Wie zijn wij?";</script></head>
<body>
<header><a href="/">Home</a> <a href="/contact">Contact</a></header>
<nav><ul><li>Menu-item</li></ul></nav>
<h1>Privacyverklaring</h1>
<p>Wij zijn <strong>Bakkerij Janssens</strong> uit <em>Gent</em>, <u>KBO</u> 0123.456.789.</p>
<h2>Welke gegevens?</h2>
<ul>
  <li>naam
    <ul><li>voornaam</li><li>achternaam</li></ul>
  </li>
  <li>adres</li>
</ul>
<ol><li><p>eerst</p></li><li>dan</li></ol>
<h4>Klachten</h4>
<p>Bij de <a href="https://www.gegevensbeschermingsautoriteit.be">GBA</a> of <a href="#top">boven</a>.</p>
<table>
  <thead><tr><th>Cookie</th><th>Duur</th></tr></thead>
  <tbody><tr><td>_ga</td><td>2 jaar</td></tr><tr><td colspan="2">samen</td></tr></tbody>
</table>
<form><label>Naam</label><input name="n"></form>
<noscript>Zet JavaScript aan</noscript>
<iframe src="https://example.org"></iframe>
<footer>© 2024 Bakkerij Janssens – <a href="/privacy">Privacy</a></footer>
</body></html>
"""


def test_structure_of_a_policy_page() -> None:
    result = import_text(PAGE, "html")
    assert describe(result).splitlines() == [
        "H1 Privacyverklaring",
        "P Wij zijn Bakkerij Janssens uit Gent, KBO 0123.456.789.",
        "H2 Welke gegevens?",
        "LI0 naam",
        "LI1 voornaam",
        "LI1 achternaam",
        "LI0 adres",
        "OL0 eerst",
        "OL0 dan",
        "H3 Klachten",
        "P Bij de GBA of boven.",
        "T 3x2 h1",
    ]
    policy = result.policy
    assert policy.meta.title == "Privacyverklaring"
    runs = policy.blocks[1].runs
    assert [(r.text, r.bold, r.italic, r.underline) for r in runs if r.bold or r.italic or r.underline] == [
        ("Bakkerij Janssens", True, False, False),
        ("Gent", False, True, False),
        ("KBO", False, False, True),
    ]
    links = [(r.text, r.link) for r in policy.blocks[10].runs if r.link]
    assert links == [("GBA", "https://www.gegevensbeschermingsautoriteit.be")]
    table = policy.blocks[11]
    assert isinstance(table, Table)
    assert [[c.text for c in row] for row in table.rows] == [["Cookie", "Duur"], ["_ga", "2 jaar"], ["samen", ""]]
    assert any("weggelaten" in w for w in result.warnings)


def test_scripts_navigation_and_forms_leave_no_text() -> None:
    text = "\n".join(b.text for b in import_text(PAGE, "html").policy.blocks if not isinstance(b, Table))
    for gone in ("tracking", "Menu-item", "Home", "Naam", "JavaScript", "© 2024", "color"):
        assert gone not in text


def test_main_element_is_the_content_when_present() -> None:
    page = "<body><div>Cookiebanner tekst</div><main><h1>Beleid</h1><p>Inhoud.</p></main><div>Voet</div></body>"
    assert describe(import_text(page, "html")).splitlines() == ["H1 Beleid", "P Inhoud."]


def test_article_header_is_kept() -> None:
    page = "<body><article><header><h1>Privacybeleid</h1></header><p>Tekst.</p></article></body>"
    assert describe(import_text(page, "html")).splitlines() == ["H1 Privacybeleid", "P Tekst."]


def test_div_only_page_with_br() -> None:
    page = (
        "<html><body><div><b>Privacy</b></div><div>Eerste alinea van het beleid.<br>"
        "Tweede regel na een br.</div><div>Derde <span>stuk</span> tekst</div></body></html>"
    )
    assert describe(import_text(page, "html")).splitlines() == [
        "P Privacy",
        "P Eerste alinea van het beleid.",
        "P Tweede regel na een br.",
        "P Derde stuk tekst",
    ]


def test_title_element_is_used_without_h1() -> None:
    result = import_text("<title>Onze privacy</title><h2>Sectie</h2><p>x</p>", "html")
    assert result.policy.meta.title == "Onze privacy"


def test_entities_and_shortcodes_in_html_are_cleaned() -> None:
    page = "<p>Tom &amp; Jerry&nbsp;bv &eacute;&eacute;n [wpgdprc_consents_settings_link]Mijn instellingen[/wpgdprc_consents_settings_link]</p>"
    result = import_text(page, "html")
    assert result.policy.blocks[0].text == "Tom & Jerry bv één"
    assert any("shortcode" in w for w in result.warnings)


def test_html_with_external_entity_does_not_read_the_file(tmp_path: Path) -> None:
    secret = tmp_path / "geheim.txt"
    secret.write_text("TOPSECRET-4711", encoding="utf-8")
    page = (
        f'<?xml version="1.0"?>\n<!DOCTYPE html [\n  <!ENTITY xxe SYSTEM "file://{secret}">\n]>\n'
        "<html><body><h1>Beleid</h1><p>Gegevens: &xxe;</p></body></html>"
    )
    path = tmp_path / "xxe.html"
    path.write_text(page, encoding="utf-8")
    result = load_document(path)
    text = "\n".join(b.text for b in result.policy.blocks)
    assert "TOPSECRET" not in text
    assert "]>" not in text  # the declaration leaves no debris
    assert [b.kind for b in result.policy.blocks] == ["heading", "paragraph"]
    assert any("DOCTYPE" in w for w in result.warnings)


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "iso-8859-1"])
def test_html_encodings(encoding: str, tmp_path: Path) -> None:
    body = "<p>Wij bewaren uw gegevens één jaar – café’s</p>" if encoding != "iso-8859-1" else "<p>één café</p>"
    page = f'<html><head><meta charset="{encoding}"></head><body><h1>Beleid</h1>{body}</body></html>'
    path = tmp_path / "p.htm"
    path.write_bytes(page.encode(encoding))
    blocks = load_document(path).policy.blocks
    assert isinstance(blocks[0], Heading)
    assert isinstance(blocks[1], Paragraph) and blocks[1].text == body[3:-4]


def test_layout_table_is_read_as_blocks() -> None:
    page = "<table><tr><td><h1>Beleid</h1><p>Tekst.</p></td><td><ul><li>punt</li></ul></td></tr></table>"
    blocks = import_text(page, "html").policy.blocks
    assert [type(b) for b in blocks] == [Heading, Paragraph, ListItem]


def test_absurdly_deep_html_is_refused_not_silently_truncated() -> None:
    from editor.core.errors import BadInputError

    with pytest.raises(BadInputError, match="te diep genest"):
        import_text("<p>begin</p>" + "<div>" * 400 + "tekst", "html")
    # 200 levels is fine.
    assert import_text("<div>" * 200 + "tekst", "html").policy.blocks[0].text == "tekst"


def test_html_pasted_from_word_keeps_its_lists() -> None:
    # Word's clipboard HTML: list items are paragraphs with mso-list styles and literal bullets.
    page = (
        "<html><body><p class=MsoNormal>Wij verwerken:<o:p></o:p></p>"
        "<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>"
        "<![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·"
        "<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span></span><![endif]>uw naam<o:p></o:p></p>"
        "<p class=MsoListParagraphCxSpLast style='margin-left:72.0pt;mso-list:l1 level2 lfo2'>"
        "<!--[if !supportLists]--><span><span style='mso-list:Ignore'>a.<span>&nbsp; </span></span></span>"
        "<!--[endif]--><b>uw</b> adres</p></body></html>"
    )
    assert describe(import_text(page, "html")).splitlines() == ["P Wij verwerken:", "LI0 uw naam", "OL1 uw adres"]
