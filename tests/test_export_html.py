"""HTML export: semantic, valid (W3C Nu validator), accessible (axe-core in Chromium), safe."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html as lxml_html
from test_export_tools import (
    corpus_policies,
    first_sentence,
    png_ink_ratio,
    rich_policy,
    run_chromium,
    run_vnu,
    serious_violations,
    squash,
    work_dir,
)

from editor.core.errors import WriteError
from editor.core.export import export_html, render_html
from editor.core.export.common import dutch_date, parse_date, safe_link, slugify
from editor.core.model import Heading, ListItem, Paragraph, Policy, PolicyMeta, Run, Table


def _tree(text: str) -> lxml_html.HtmlElement:
    return lxml_html.document_fromstring(text, parser=lxml_html.HTMLParser(no_network=True))


def test_page_head_language_title_and_css() -> None:
    text = render_html(rich_policy())
    assert text.startswith("<!DOCTYPE html>\n")
    root = _tree(text)
    assert root.get("lang") == "nl-BE"
    assert root.find("head/meta").get("charset") == "utf-8"
    assert root.findtext("head/title") == "Privacyverklaring Voorbeeld bv"
    assert root.find("head/meta[@name='author']").get("content") == "Voorbeeld bv"
    css = root.findtext("head/style")
    assert "overflow-wrap" in css and "@media print" in css
    # No external resources of any kind.
    assert not root.xpath("//link | //script | //img | //iframe | //*[@src]")
    assert "url(" not in css and "@import" not in css
    nl = rich_policy()
    nl.meta.language = "nl-NL"
    assert _tree(render_html(nl)).get("lang") == "nl-NL"


def test_semantic_structure() -> None:
    root = _tree(render_html(rich_policy()))
    article = root.find("body/main/article")
    assert article is not None
    assert [h.tag for h in root.xpath("//h1|//h2|//h3")] == ["h1", "h2", "h2", "h3"]
    assert root.xpath("string(//p[@class='updated'])") == "Laatst bijgewerkt op 1 november 2026 (versie 2.1)"
    # Each heading opens a section labelled by it; sections nest by level.
    for section in root.iter("section"):
        heading = section[0]
        assert heading.tag in ("h2", "h3") and section.get("aria-labelledby") == heading.get("id")
    nested = root.xpath("//section/section/h3")
    assert [h.text for h in nested] == ["2.1 Uw rechten"]
    ids = [el.get("id") for el in root.iter() if el.get("id")]
    assert len(ids) == len(set(ids)) and ids[1] == "wie-zijn-wij"


def test_lists_nest_inside_list_items() -> None:
    root = _tree(render_html(rich_policy()))
    first_ol = root.xpath("//ol")[0]
    items = first_ol.findall("li")
    assert [li.text for li in items] == ["Eerste doel", "Tweede doel"]
    assert [li.text for li in items[0].find("ol").findall("li")] == ["Onderdeel a", "Onderdeel b"]
    assert items[1].find("ul/li").text == "een opmerking"
    second_ol = root.xpath("//ol")[2]
    assert [li.text for li in second_ol.findall("li")] == ["Nieuwe lijst, eerste punt", "Nieuwe lijst, tweede punt"]
    deep = root.xpath("//ul/li/ul/li/ul/li")
    assert [li.text for li in deep] == ["ook van onvolledige gegevens"]


def test_table_header_cells() -> None:
    root = _tree(render_html(rich_policy()))
    table = root.find(".//table")
    assert [(th.text, th.get("scope")) for th in table.findall("thead/tr/th")] == [("Gegevens", "col"), ("Termijn", "col")]
    assert [[td.text_content() for td in tr] for tr in table.findall("tbody/tr")] == [
        ["Facturen", "7 jaar"], ["Sollicitaties", "1 jaar"]]


def test_inline_formats_and_links() -> None:
    root = _tree(render_html(rich_policy()))
    intro = root.xpath("//article/p")[1]
    assert intro.find("strong").text == "Voorbeeld bv"
    assert intro.find("em").text == "aandachtig"
    assert intro.find("u").text == "volledig"
    assert [(a.get("href"), a.text) for a in intro.findall("a")] == [
        ("https://example.be/privacy", "onze website"), ("mailto:privacy@example.be", "privacy@example.be")]


def test_toc_navigation() -> None:
    root = _tree(render_html(rich_policy(), toc=True))
    nav = root.find(".//nav")
    assert nav.get("aria-label") == "Inhoudsopgave"
    links = nav.xpath(".//a")
    assert [a.text for a in links] == ["1. Wie zijn wij?", "2. Bewaartermijnen", "2.1 Uw rechten"]
    for a in links:
        assert root.xpath(f"//*[@id='{a.get('href')[1:]}']"), a.get("href")
    assert nav.xpath("./ol/li/ol/li/a")[0].text == "2.1 Uw rechten"
    assert _tree(render_html(rich_policy())).find(".//nav") is None


def test_page_without_level_one_heading_gets_title_as_h1() -> None:
    policy = Policy(blocks=[Heading(runs=[Run("Wie zijn wij")], level=2), Paragraph(runs=[Run("Tekst.")])],
                    meta=PolicyMeta(title="Privacyverklaring Test bv"))
    root = _tree(render_html(policy))
    assert [(h.tag, h.text) for h in root.xpath("//h1|//h2")] == [("h1", "Privacyverklaring Test bv"),
                                                                  ("h2", "Wie zijn wij")]
    frag = lxml_html.fragment_fromstring(render_html(policy, fragment=True).strip())
    assert frag.find(".//h1") is None  # the CMS page has its own h1


def test_fragment_is_body_content_only() -> None:
    text = render_html(rich_policy(), fragment=True)
    assert "<html" not in text and "<head" not in text and "<body" not in text and "<style" not in text
    frag = lxml_html.fragment_fromstring(text.strip())
    assert frag.tag == "div" and frag.get("lang") == "nl-BE" and frag.get("class") == "privacy-policy"
    assert frag.find("h1").text == "Privacyverklaring Voorbeeld bv"


def test_text_is_escaped() -> None:
    policy = Policy(blocks=[
        Heading(runs=[Run("Kop <b>vet</b> & co")], level=1),
        Paragraph(runs=[Run('<script>alert("x")</script> & "quotes" \'single\'')]),
        Paragraph(runs=[Run("link", link='https://example.be/?a=1&b="><script>alert(1)</script>')]),
    ], meta=PolicyMeta(title="</title><script>alert(2)</script>"))
    text = render_html(policy)
    assert "<script" not in text
    root = _tree(text)
    assert root.findtext("head/title") == "</title><script>alert(2)</script>"
    assert root.find(".//h1").text_content() == "Kop <b>vet</b> & co"
    assert root.xpath("//article/p")[0].text_content() == '<script>alert("x")</script> & "quotes" \'single\''
    assert root.find(".//a").get("href") == 'https://example.be/?a=1&b="><script>alert(1)</script>'
    assert not root.xpath("//script|//b")


@pytest.mark.parametrize(
    "url, kept",
    [
        ("https://example.be/x", True),
        ("http://example.be", True),
        ("mailto:dpo@example.be", True),
        ("javascript:alert(1)", False),
        ("JaVaScRiPt:alert(1)", False),
        (" javascript:alert(1)", False),
        ("java\tscript:alert(1)", False),
        ("java\nscript:alert(1)", False),
        ("\x01javascript:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("file:///etc/passwd", False),
        ("vbscript:msgbox", False),
        ("//evil.example/x", False),
        ("/relatief/pad", False),
        ("https:///geenhost", False),
        ("mailto:", False),
        ("", False),
    ],
)
def test_only_http_https_mailto_links_survive(url: str, kept: bool) -> None:
    assert (safe_link(url) is not None) is kept
    policy = Policy(blocks=[Paragraph(runs=[Run("Zie "), Run("hier", link=url), Run(".")])])
    root = _tree(render_html(policy))
    para = root.xpath("//article/p")[0]
    assert para.text_content() == "Zie hier."  # the text always stays
    assert bool(para.findall("a")) is kept


def test_control_characters_are_stripped() -> None:
    controls = "".join(chr(c) for c in range(32) if chr(c) not in "\t\n\r") + "\x7f\x85\ufffe"
    policy = Policy(blocks=[Paragraph(runs=[Run(f"a{controls}b")])], meta=PolicyMeta(title=f"T{controls}"))
    root = _tree(render_html(policy))
    assert root.xpath("//article/p")[0].text == "ab"
    assert root.findtext("head/title") == "T"


def test_helpers() -> None:
    used: set[str] = set()
    assert slugify("Uw rechten & plichten", used) == "uw-rechten-plichten"
    assert slugify("Uw rechten & plichten", used) == "uw-rechten-plichten-2"
    assert slugify("Privacyverklaring — België", used) == "privacyverklaring-belgie"
    assert slugify("???", used) == "sectie"
    assert slugify("2024", used) == "sectie-2024"
    assert dutch_date(parse_date("2026-11-01")) == "1 november 2026"
    assert dutch_date(parse_date("2024-03-15T10:00:00")) == "15 maart 2024"
    assert parse_date("gisteren") is None


def test_empty_blocks_and_ragged_tables() -> None:
    policy = Policy(blocks=[
        Heading(runs=[Run("  ")], level=2), Paragraph(runs=[]),
        Table(rows=[[], []]),
        Table(rows=[[_cell("a"), _cell("b"), _cell("c")], [_cell("d")]], header_rows=1),
        ListItem(runs=[Run("x")], level=3),
    ])
    root = _tree(render_html(policy))
    # Empty headings vanish; the page still gets an h1 (the generic title).
    assert [h.text for h in root.xpath("//h1|//h2|//h3")] == ["Privacyverklaring"]
    assert len(root.xpath("//table")) == 1
    assert [len(tr) for tr in root.xpath("//tr")] == [3, 3]
    assert root.xpath("//article/ul/li")[0].text == "x"


def _cell(text: str):  # noqa: ANN202
    from editor.core.model import Cell

    return Cell([Run(text)])


def test_unwritable_target(tmp_path: Path) -> None:
    with pytest.raises(WriteError):
        export_html(rich_policy(), tmp_path / "nope" / "x.html")
    export_html(rich_policy(), tmp_path / "x.html", fragment=True)
    assert (tmp_path / "x.html").read_text(encoding="utf-8").startswith('<div class="privacy-policy"')


# -- the real tools ------------------------------------------------------------------------
@pytest.fixture(scope="module")
def corpus_pages() -> dict[str, Path]:
    """Every corpus policy as a page, plus TOC and fragment variants of the rich sample."""
    folder = work_dir() / "html"
    folder.mkdir(exist_ok=True)
    pages: dict[str, Path] = {}
    for name, policy in corpus_policies().items():
        export_html(policy, folder / f"{name}.html")
        pages[name] = folder / f"{name}.html"
    export_html(rich_policy(), folder / "rich-toc.html", toc=True)
    pages["rich-toc"] = folder / "rich-toc.html"
    # A fragment is checked the way a CMS shows it: inside someone else's page.
    fragment = render_html(rich_policy(), fragment=True, toc=True)
    (folder / "rich-fragment.html").write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>CMS</title></head>'
        f"<body><main>{fragment}</main></body></html>", encoding="utf-8")
    pages["rich-fragment"] = folder / "rich-fragment.html"
    return pages


def test_nu_validator_finds_no_errors(corpus_pages: dict[str, Path]) -> None:
    result = run_vnu(list(corpus_pages.values()))
    problems = {Path(f).name: [m["message"] for m in msgs] for f, msgs in result.items() if msgs}
    assert problems == {}


def test_chromium_renders_headings_and_axe_is_clean(corpus_pages: dict[str, Path], qapp) -> None:  # noqa: ANN001
    reports = run_chromium(list(corpus_pages.values()), work_dir() / "html")
    by_name = {Path(r["file"]).stem: r for r in reports}
    for name, policy in corpus_policies().items():
        report = by_name[name]
        assert [squash(h["text"]) for h in report["headings"]] == [squash(h.text) for h in policy.headings()], name
        assert report["lang"] == policy.meta.language
        assert first_sentence(policy) in squash(render_html(policy))
    for name, report in by_name.items():
        assert serious_violations(report) == [], (name, serious_violations(report))
        assert report["scripts"] == 0 and report["dialogs"] == [] and report["consoleErrors"] == [], name
        assert report["overflowX"] is False, f"{name} scrolls sideways"
        assert png_ink_ratio(Path(report["screenshot"])) > 0.01, f"{name}: blank screenshot"
    assert by_name["rich-toc"]["headings"][0] == {"tag": "h1", "id": "privacyverklaring-voorbeeld-bv",
                                                  "text": "Privacyverklaring Voorbeeld bv"}
