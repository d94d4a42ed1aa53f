"""Build resources/export/reference.docx, the house-style template of the DOCX export.

Run: .venv/bin/python packaging/build_docx_template.py [OUT.docx]   (the result is committed;
tests/test_export_docx.py checks that the committed file matches what this script builds)

Starts from python-docx's own template and makes it a Dutch A4 house style: Calibri everywhere
(fonts-crosextra-carlito is metric-compatible, so Word and LibreOffice lay out the same lines),
explicit fonts instead of theme fonts, Title / Heading 1-3 / Subtitle / list styles with real
multi-level numbering, a Hyperlink character style, TOC styles and a "Policy Table" table style
with a shaded, bold header row. The body is empty: the exporter fills it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "export" / "reference.docx"

FONT = "Calibri"
DARK = RGBColor(0x1F, 0x38, 0x64)
MID = RGBColor(0x2F, 0x54, 0x96)
GREY = RGBColor(0x59, 0x59, 0x59)

# List indents (twips): text at 1.27 cm, each level 0.75 cm deeper, bullet or number 0.63 cm before the text.
FIRST_INDENT = 720
LEVEL_INDENT = 425
HANGING = 360

BULLETS = ("\u2022", "\u25e6", "\u25aa")  # • ◦ ▪ (Calibri and Carlito both have them)
NUMBER_FORMATS = (("decimal", "%1."), ("lowerLetter", "%2."), ("lowerRoman", "%3."))


# Word rejects out-of-order children ("unreadable content"): the schema order of w:pPr.
PPR_ORDER = (
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
    "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
    "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
    "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
    "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange",
)


def insert_ordered(ppr, element) -> None:
    """Insert `element` into a w:pPr at its schema position (replacing one of the same kind)."""
    name = element.tag.split("}")[1]
    for old in ppr.findall(qn(f"w:{name}")):
        ppr.remove(old)
    later = PPR_ORDER[PPR_ORDER.index(name) + 1 :]
    for child in ppr:
        if child.tag.split("}")[1] in later:
            child.addprevious(element)
            return
    ppr.append(element)


def _set_fonts(rpr_parent, name: str = FONT) -> None:
    """Explicit fonts on a style or docDefaults rPr: theme fonts differ between Word and LibreOffice."""
    rpr = rpr_parent.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.insert(0, fonts)
    for attr in list(fonts.attrib):
        del fonts.attrib[attr]
    for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{attr}"), name)


def _drop_theme_fonts(styles_el) -> None:
    for fonts in styles_el.iter(qn("w:rFonts")):
        for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
            fonts.attrib.pop(qn(f"w:{attr}"), None)


def abstract_num_xml(abstract_id: int, ordered: bool, nsid: str) -> str:
    levels = []
    for i in range(9):
        if ordered:
            fmt, text = NUMBER_FORMATS[i % 3]
            text = text.replace(f"%{i % 3 + 1}", f"%{i + 1}")
            rpr = ""
        else:
            fmt, text = "bullet", BULLETS[i % 3]
            rpr = f'<w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}" w:hint="default"/></w:rPr>'
        left = FIRST_INDENT + LEVEL_INDENT * i
        levels.append(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="{HANGING}"/></w:pPr>{rpr}</w:lvl>'
        )
    return (
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        f'<w:nsid w:val="{nsid}"/><w:multiLevelType w:val="hybridMultilevel"/>'
        f'<w:tmpl w:val="{nsid}"/>' + "".join(levels) + "</w:abstractNum>"
    )


def build(out: Path = OUT) -> Path:
    doc = Document()
    styles = doc.styles
    styles_el = styles.element
    _drop_theme_fonts(styles_el)

    # Defaults: Calibri 11, Dutch (Belgium) proofing language, 1.15 line spacing.
    defaults = styles_el.find(qn("w:docDefaults"))
    rpr_default = defaults.find(qn("w:rPrDefault"))
    rpr = rpr_default.find(qn("w:rPr"))
    for child in list(rpr):
        rpr.remove(child)
    rpr.append(parse_xml(f'<w:rFonts {nsdecls("w")} w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}"/>'))
    rpr.append(parse_xml(f'<w:sz {nsdecls("w")} w:val="22"/>'))
    rpr.append(parse_xml(f'<w:szCs {nsdecls("w")} w:val="22"/>'))
    rpr.append(parse_xml(f'<w:lang {nsdecls("w")} w:val="nl-BE" w:eastAsia="en-US" w:bidi="ar-SA"/>'))
    ppr_default = defaults.find(qn("w:pPrDefault"))
    if ppr_default is None:
        ppr_default = parse_xml(f"<w:pPrDefault {nsdecls('w')}><w:pPr/></w:pPrDefault>")
        defaults.append(ppr_default)
    ppr = ppr_default.find(qn("w:pPr"))
    for child in list(ppr):
        ppr.remove(child)
    ppr.append(parse_xml(f'<w:spacing {nsdecls("w")} w:after="140" w:line="276" w:lineRule="auto"/>'))

    normal = styles["Normal"]
    _set_fonts(normal.element)
    normal.font.size = Pt(11)
    normal.font.color.rgb = RGBColor(0x1A, 0x1A, 0x1A)

    def heading(name: str, size: float, color: RGBColor, before: float, after: float, italic: bool = False) -> None:
        st = styles[name]
        _set_fonts(st.element)
        st.font.size = Pt(size)
        st.font.bold = True
        st.font.italic = italic
        st.font.color.rgb = color
        pf = st.paragraph_format
        pf.space_before = Pt(before)
        pf.space_after = Pt(after)
        pf.keep_with_next = True
        pf.line_spacing = 1.0

    heading("Title", 24, DARK, 0, 6)
    heading("Heading 1", 16, DARK, 18, 6)
    heading("Heading 2", 13, MID, 14, 4)
    heading("Heading 3", 11.5, MID, 10, 2)
    title = styles["Title"]
    insert_ordered(title.element.get_or_add_pPr(), parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="12" w:space="4" w:color="1F3864"/></w:pBdr>'
    ))
    for el in title.element.get_or_add_rPr().findall(qn("w:spacing")) + title.element.get_or_add_rPr().findall(qn("w:kern")):
        el.getparent().remove(el)

    subtitle = styles["Subtitle"]
    _set_fonts(subtitle.element)
    for stray in subtitle.element.get_or_add_pPr().findall(qn("w:numPr")):  # stock Subtitle: numPr without numId
        stray.getparent().remove(stray)
    srpr = subtitle.element.get_or_add_rPr()
    for el in srpr.findall(qn("w:spacing")):  # the stock Subtitle is letter-spaced
        srpr.remove(el)
    subtitle.font.size = Pt(11)
    subtitle.font.italic = True
    subtitle.font.color.rgb = GREY
    subtitle.paragraph_format.space_before = Pt(4)
    subtitle.paragraph_format.space_after = Pt(16)

    toc_heading = styles["TOC Heading"]
    _set_fonts(toc_heading.element)
    toc_heading.font.size = Pt(13)
    toc_heading.font.color.rgb = DARK

    for name in ("Header", "Footer"):
        st = styles[name]
        st.font.size = Pt(9)
        st.font.color.rgb = GREY

    # Numbering: one multi-level bullet list and one multi-level number list.
    numbering = doc.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    numbering.append(parse_xml(abstract_num_xml(1, ordered=False, nsid="5A1B0001")))
    numbering.append(parse_xml(abstract_num_xml(2, ordered=True, nsid="5A1B0002")))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="1"><w:abstractNumId w:val="1"/></w:num>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="2"><w:abstractNumId w:val="2"/></w:num>'))

    for base, num_id in (("List Bullet", 1), ("List Number", 2)):
        for level in range(3):
            name = base if level == 0 else f"{base} {level + 1}"
            st = styles[name]
            sppr = st.element.get_or_add_pPr()
            for old in sppr.findall(qn("w:numPr")) + sppr.findall(qn("w:ind")) + sppr.findall(qn("w:spacing")):
                sppr.remove(old)
            insert_ordered(sppr, parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
            ))
            insert_ordered(sppr, parse_xml(f'<w:spacing {nsdecls("w")} w:after="60"/>'))

    if "Hyperlink" not in [s.name for s in styles]:
        link = styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
        link.element.attrib.pop(qn("w:customStyle"), None)  # Word's built-in Hyperlink style, not a custom one
        link.base_style = styles["Default Paragraph Font"]
        link.font.color.rgb = RGBColor(0x1A, 0x4F, 0x9C)
        link.font.underline = True
        # uiPriority and unhideWhenUsed belong before rPr in a w:style.
        link_rpr = link.element.find(qn("w:rPr"))
        link_rpr.addprevious(parse_xml(f'<w:uiPriority {nsdecls("w")} w:val="99"/>'))
        link_rpr.addprevious(parse_xml(f"<w:unhideWhenUsed {nsdecls('w')}/>"))

    for level in (1, 2, 3):
        toc = parse_xml(
            f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="TOC{level}">'
            f'<w:name w:val="toc {level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
            f'<w:uiPriority w:val="39"/><w:unhideWhenUsed/>'
            f'<w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9060"/></w:tabs>'
            f'<w:spacing w:after="60"/><w:ind w:left="{(level - 1) * 284}"/></w:pPr></w:style>'
        )
        styles_el.append(toc)

    # Table style: thin blue-grey grid, shaded bold header row, comfortable cell padding.
    styles_el.append(parse_xml(
        f'<w:style {nsdecls("w")} w:type="table" w:customStyle="1" w:styleId="PolicyTable">'
        '<w:name w:val="Policy Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>'
        '<w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/></w:pPr>'
        '<w:tblPr><w:tblBorders>'
        '<w:top w:val="single" w:sz="4" w:space="0" w:color="8EA0C0"/>'
        '<w:left w:val="single" w:sz="4" w:space="0" w:color="8EA0C0"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="8EA0C0"/>'
        '<w:right w:val="single" w:sz="4" w:space="0" w:color="8EA0C0"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="8EA0C0"/>'
        '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="8EA0C0"/>'
        '</w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="100" w:type="dxa"/>'
        '<w:bottom w:w="40" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr>'
        '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr>'
        '<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="DDE5F2"/></w:tcPr></w:tblStylePr>'
        "</w:style>"
    ))

    # A4 page, 2.5 cm margins.
    section = doc.sections[0]
    section.page_width = Cm(21)
    section.page_height = Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.5))
    section.top_margin = Cm(2.2)
    section.bottom_margin = Cm(2.2)
    section.header_distance = Cm(1.1)
    section.footer_distance = Cm(1.1)

    # Empty body (the exporter adds the content), neutral document properties.
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    props = doc.core_properties
    props.author = ""
    props.last_modified_by = ""
    props.title = "Huisstijl privacyverklaring"
    props.subject = ""
    props.keywords = ""
    props.comments = "Sjabloon voor de DOCX-export van de privacyverklaring-editor."
    props.language = "nl-BE"
    props.revision = 1

    # Dutch settings: theme language, decimal comma; no stale thumbnail or "spelling is clean" flag.
    settings = doc.settings.element
    for tag in ("w:proofState", "w:savePreviewPicture"):
        for el in settings.findall(qn(tag)):
            settings.remove(el)
    lang = settings.find(qn("w:themeFontLang"))
    if lang is not None:
        lang.set(qn("w:val"), "nl-BE")
    for tag, value in (("w:decimalSymbol", ","), ("w:listSeparator", ";")):
        el = settings.find(qn(tag))
        if el is not None:
            el.set(qn("w:val"), value)
    package = doc.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            del package.rels[rid]

    # The theme's own fonts are not used any more; keep the theme part but make its fonts Calibri too.
    theme_fix(doc)

    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(out)
    return out


def theme_fix(doc) -> None:
    """Point the theme's major/minor Latin fonts at Calibri (styles copied by users keep it consistent)."""
    for rel in doc.part.rels.values():
        if rel.reltype.endswith("/theme"):
            part = rel.target_part
            blob = part.blob.decode("utf-8")
            for old in ('typeface="Calibri Light"', 'typeface="Cambria"'):
                blob = blob.replace(f'<a:latin {old}', f'<a:latin typeface="{FONT}"')
            part._blob = blob.encode("utf-8")


if __name__ == "__main__":
    path = build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
    print(f"wrote {path}")
    sys.exit(0)
