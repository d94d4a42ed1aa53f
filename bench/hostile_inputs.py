"""Hostile inputs, one generator per input class of issue 15, written at run time into a folder.

Used by bench/bench_inputs.py (worst time and RSS per class) and by the robustness tests.
Nothing here is a real policy; every file is synthetic.
"""

from __future__ import annotations

import io
import json
import random
import zipfile
from collections.abc import Callable
from pathlib import Path

from bench.util import WORDS, synthetic_policy_text

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/></Relationships>'
)
_DOC_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
    'Target="styles.xml"/>'
    '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" '
    'Target="https://example.org/" TargetMode="External"/></Relationships>'
)
_STYLES = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W_NS}">'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>{extra}</w:styles>'
)


def docx_bytes(body: str, *, styles_extra: str = "", doctype: str = "", compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A minimal Word package around `body` (the inside of w:body)."""
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{doctype}'
        f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{body}</w:body></w:document>'
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as zf:
        zf.writestr("[Content_Types].xml", _CONTENT_TYPES)
        zf.writestr("_rels/.rels", _ROOT_RELS)
        zf.writestr("word/_rels/document.xml.rels", _DOC_RELS)
        zf.writestr("word/styles.xml", _STYLES.replace("{extra}", styles_extra))
        zf.writestr("word/document.xml", document)
    return buf.getvalue()


def _para(text: str, style: str = "") -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"


def docx_large(target_bytes: int = 2_000_000, seed: int = 15, *, manual_headings: bool = False) -> bytes:
    """A policy-like .docx of about `target_bytes` on disk (deflated, as Word writes it), with a
    Word-sized style list (250 styles), headings, list paragraphs and runs with formatting.
    With `manual_headings` the headings are bold 14 pt Normal paragraphs (what clients send)."""
    rng = random.Random(seed)
    styles = "".join(
        f'<w:style w:type="paragraph" w:styleId="S{i}"><w:name w:val="Stijl {i}"/><w:basedOn w:val="Normal"/>'
        f'<w:rPr><w:b/></w:rPr></w:style>' for i in range(250)
    )
    body: list[str] = []
    size = i = 0
    # Random words compress about as well as real Dutch text (the zip ends up ~1/8 of the XML).
    while size < target_bytes * 8:
        if i % 25 == 0:
            if manual_headings:
                chunk = f'<w:p><w:r><w:rPr><w:b/><w:sz w:val="28"/></w:rPr><w:t>Onderdeel {i // 25}</w:t></w:r></w:p>'
            else:
                chunk = _para(f"Artikel {i // 25}", "Heading1")
        else:
            words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(15, 45)))
            style = f"S{rng.randrange(250)}" if i % 3 else "Normal"
            chunk = (f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:rPr><w:i/></w:rPr>'
                     f'<w:t xml:space="preserve">{words} </w:t></w:r><w:r><w:t>{rng.randrange(10**6)}.</w:t></w:r></w:p>')
        body.append(chunk)
        size += len(chunk)
        i += 1
    data = docx_bytes("".join(body), styles_extra=styles)
    return data


def _ppe(blocks: list, meta: object | None = None) -> str:
    return json.dumps({"format": "privacy-policy-editor", "version": 1, "meta": meta or {}, "blocks": blocks})


def _run(text: str) -> dict:
    return {"text": text}


def ppe_inputs() -> dict[str, bytes]:
    huge = 10**9
    cases: dict[str, str] = {
        "level_1e9.ppe": _ppe([{"type": "list_item", "level": huge, "runs": [_run("x")]}]),
        "level_inf.ppe": _ppe([{"type": "list_item", "level": 1e308, "runs": [_run("x")]}]).replace("1e+308", "1e999"),
        "level_nan.ppe": _ppe([{"type": "heading", "level": "NaN", "runs": [_run("x")]}]).replace('"NaN"', "NaN"),
        "level_str.ppe": _ppe([{"type": "heading", "level": "een", "runs": [_run("x")]}]),
        "level_list.ppe": _ppe([{"type": "list_item", "level": [1], "runs": [_run("x")]}]),
        "header_rows_huge.ppe": _ppe([{"type": "table", "header_rows": 10**30, "rows": [[[_run("a")]]]}]),
        "rows_not_list.ppe": _ppe([{"type": "table", "rows": 5}]),
        "cell_not_list.ppe": _ppe([{"type": "table", "rows": [[5]]}]),
        "wide_table.ppe": _ppe([{"type": "table", "rows": [[[]] * 20000, [[]]]}] + [{"type": "table", "rows": [[[]]] * 20000}]),
        "runs_dict.ppe": _ppe([{"type": "paragraph", "runs": {"text": "x"}}]),
        "meta_list.ppe": _ppe([], meta=[1, 2]),
        "decisions_list.ppe": _ppe([], meta={"decisions": [1, 2]}),
        "org_list.ppe": _ppe([], meta={"organisation": "x"}),
        "blocks_dict.ppe": json.dumps({"format": "privacy-policy-editor", "version": 1, "blocks": {"a": 1}}),
        "version_float.ppe": json.dumps({"format": "privacy-policy-editor", "version": 0.5, "blocks": []}),
        "version_bool.ppe": json.dumps({"format": "privacy-policy-editor", "version": True, "blocks": []}),
        "deep_nesting.ppe": '{"format": "privacy-policy-editor", "version": 1, "x": ' + "[" * 100_000 + "]" * 100_000 + "}",
        "big_int.ppe": _ppe([{"type": "heading", "level": int("9" * 4000), "runs": [_run("x")]}]),
        "surrogate.ppe": _ppe([{"type": "paragraph", "runs": [_run("a\ud800b\x00c")]}]),
        "many_blocks.ppe": _ppe([{"type": "paragraph", "runs": [_run("p")]}] * 300_000),
        "id_object.ppe": _ppe([{"type": "paragraph", "id": {"x": 1}, "runs": [_run("x")]}]),
        "link_number.ppe": _ppe([{"type": "paragraph", "runs": [{"text": "x", "link": 5, "bold": "ja"}]}]),
    }
    return {name: text.encode("utf-8", "surrogatepass") for name, text in cases.items()}


def encoding_inputs() -> dict[str, bytes]:
    text = "# Privacyverklaring\n\nWij verwerken uw gegevens (€, é, ë).\n"
    return {
        "utf16be_bom.md": b"\xfe\xff" + text.encode("utf-16-be"),
        "utf16le_bom.md": b"\xff\xfe" + text.encode("utf-16-le"),
        "utf16be_nobom.txt": text.encode("utf-16-be"),
        "utf32_bom.md": text.encode("utf-32"),
        "utf16_odd.md": b"\xfe\xff" + text.encode("utf-16-be") + b"\x00",
        "utf16_lone.txt": b"\xff\xfe" + "a\ud800b".encode("utf-16-le", "surrogatepass"),
        "latin1.html": "<meta charset='latin-1'><p>café</p>".encode("latin-1"),
        "rot13.html": b"<meta charset='rot13'><p>caf\xe9</p>",
        "hex.html": b"<meta charset='hex'><p>caf\xe9</p>",
        "base64.html": b"<meta charset=base64><p>caf\xe9</p>",
        "zlib.html": b"<meta charset=zlib_codec><p>caf\xe9</p>",
        "utf7.html": b"<meta charset=utf-7><p>caf\xe9 +AGEAYgBj-</p>",
        "idna.html": b"<meta charset=idna><p>caf\xe9</p>",
        "nul.txt": b"Privacy\x00verklaring\n",
        "nul.md": b"# Kop\n\nTekst\x00 met NUL\n",
        "lone_surrogate_utf8.txt": b"Tekst \xed\xa0\x80 einde\n",
    }


def docx_inputs() -> dict[str, bytes]:
    loop = (
        '<w:style w:type="paragraph" w:styleId="A"><w:name w:val="A"/><w:basedOn w:val="B"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="B"><w:name w:val="B"/><w:basedOn w:val="A"/></w:style>'
        '<w:style w:type="character" w:styleId="C"><w:name w:val="C"/><w:basedOn w:val="C"/></w:style>'
    )
    loop_body = '<w:p><w:pPr><w:pStyle w:val="A"/></w:pPr><w:r><w:rPr><w:rStyle w:val="C"/></w:rPr><w:t>x</w:t></w:r></w:p>'
    def deep_link(deep: int) -> str:
        return "<w:p>" + '<w:hyperlink r:id="rId9">' * deep + "<w:r><w:t>x</w:t></w:r>" + "</w:hyperlink>" * deep + "</w:p>"

    deep_sdt = "<w:sdt><w:sdtContent>" * 3000 + _para("x") + "</w:sdtContent></w:sdt>" * 3000
    numbered = '<w:p><w:pPr><w:numPr><w:ilvl w:val="1000000000"/><w:numId w:val="99999999999999999999"/></w:numPr></w:pPr><w:r><w:t>x</w:t></w:r></w:p>'
    outline = '<w:p><w:pPr><w:outlineLvl w:val="-5"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>'
    valid = docx_bytes(_para("Privacyverklaring", "Heading1") + _para("Tekst"))
    out = {
        "style_loop.docx": docx_bytes(loop_body, styles_extra=loop),
        "deep_hyperlink_200.docx": docx_bytes(deep_link(200) * 200, compression=zipfile.ZIP_STORED),
        "deep_hyperlink_50000.docx": docx_bytes(deep_link(50_000), compression=zipfile.ZIP_STORED),
        "deep_sdt.docx": docx_bytes(deep_sdt),
        "huge_numbers.docx": docx_bytes(numbered + outline),
        "doctype.docx": docx_bytes(_para("x"), doctype="<!DOCTYPE w:document>"),
        "wide_table.docx": docx_bytes("<w:tbl>" + ("<w:tr>" + "<w:tc><w:p/></w:tc>" * 3000 + "</w:tr>") * 2 + "</w:tbl>"),
        "version72.docx": _with_zip_version(valid, 72),
        "encrypted.docx": _with_flag(valid, 0x1),
        "bad_cd_offset.docx": _with_bad_cd_offset(valid),
        "not_word_root.docx": _not_word_root(),
        "truncated.docx": valid[: len(valid) // 2],
        "docx_2mb.docx": docx_large(),
        "docx_near_limit.docx": docx_large(2_950_000),  # ~24 MB of XML, just under MAIN_PART_LIMIT
    }
    # A DOCTYPE after the first 4 kB of a part (padded with a comment).
    out["doctype_late.docx"] = _replace_member(
        valid, "word/document.xml",
        (f'<?xml version="1.0"?><!--{" " * 8000}--><!DOCTYPE x [<!ENTITY e "boom">]>'
         f'<w:document xmlns:w="{W_NS}"><w:body>{_para("&e;")}</w:body></w:document>').encode(),
    )
    return out


def _replace_member(data: bytes, name: str, content: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in src.infolist():
            zf.writestr(info.filename, content if info.filename == name else src.read(info))
    return buf.getvalue()


def _patch_headers(data: bytes, patch: Callable[[bytearray, int, bool], None]) -> bytes:
    """Apply `patch(buf, offset, central)` to every local (PK\\3\\4) and central (PK\\1\\2) header."""
    buf = bytearray(data)
    for sig, central in ((b"PK\x03\x04", False), (b"PK\x01\x02", True)):
        pos = buf.find(sig)
        while pos >= 0:
            patch(buf, pos, central)
            pos = buf.find(sig, pos + 4)
    return bytes(buf)


def _with_zip_version(data: bytes, version: int) -> bytes:
    def patch(buf: bytearray, pos: int, central: bool) -> None:
        off = pos + (6 if central else 4)  # "version needed to extract"
        buf[off : off + 2] = version.to_bytes(2, "little")

    return _patch_headers(data, patch)


def _with_flag(data: bytes, flag: int) -> bytes:
    def patch(buf: bytearray, pos: int, central: bool) -> None:
        off = pos + (8 if central else 6)
        value = int.from_bytes(buf[off : off + 2], "little") | flag
        buf[off : off + 2] = value.to_bytes(2, "little")

    return _patch_headers(data, patch)


def _with_bad_cd_offset(data: bytes) -> bytes:
    buf = bytearray(data)
    eocd = buf.rfind(b"PK\x05\x06")
    buf[eocd + 16 : eocd + 20] = (len(buf) * 3).to_bytes(4, "little")
    return bytes(buf)


def _not_word_root() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", _CONTENT_TYPES)
        zf.writestr("_rels/.rels", _ROOT_RELS)
        zf.writestr("word/document.xml", '<?xml version="1.0"?><html><body>niet Word</body></html>')
    return buf.getvalue()


def html_inputs() -> dict[str, bytes]:
    rng = random.Random(2)
    n = 200_000
    wide_rows = "".join("<tr><td>x</td></tr>" for _ in range(2900))
    wide = "<table><tr>" + "<td>y</td>" * 3000 + "</tr>" + wide_rows + "</table>"
    colspan = "<table>" + ("<tr>" + '<td colspan="1000">z</td>' * 20 + "</tr>") * 3000 + "</table>"
    return {
        "doctype_plain.html": ("<!DOCTYPE " + "a" * n + "><p>x</p>").encode(),
        "doctype_bracket.html": ("<!DOCTYPE x [" + "]" * n + "<p>x</p>").encode(),
        "doctype_repeat.html": ("<!DOCTYPE [" * (n // 11) + "<p>x</p>").encode(),
        "doctype_spaces.html": ("<!DOCTYPE x [" + "] " * (n // 2) + "<p>x</p>").encode(),
        "wide_table_85kb.html": f"<html><body>{wide}</body></html>".encode(),
        "colspan_table.html": f"<html><body>{colspan}</body></html>".encode(),
        "mailto_49kb.html": ('<p><a href="mailto:a@' + "b." * 24_500 + '@">x</a></p>').encode(),
        "deep_nesting.html": ("<div>" * 100_000 + "x" + "</div>" * 100_000).encode(),
        "deep_lists.html": ("<ul><li>" * 5000 + "x" + "</li></ul>" * 5000).encode(),
        "mso_level.html": b'<p style="mso-list:l0 level9">x</p>',
        "shortcodes.html": ("<p>[a_b]" + "[a_b x=" * 20_000 + "[/a_b]</p>").encode(),
        # 280,000 elements, just under MAX_HTML_TAGS
        "near_limit.html": ("<html><body>" + "".join(
            f"<p>{_words(rng, 8)} <b>{_words(rng, 2)}</b></p>" for _ in range(70_000)) + "</body></html>").encode(),
    }


def _words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def text_inputs() -> dict[str, bytes]:
    rng = random.Random(1)
    lines = 1_000_000
    return {
        "million_lines.txt": b"".join(b"regel %d\n" % i for i in range(lines)),
        "million_blank.txt": b"a\n\n" * (lines // 2),
        "million_lines.md": b"".join(b"- punt %d\n" % i for i in range(lines)),
        "single_word_19mb.txt": b"a" * 19_000_000,
        "mailto_49kb.md": ("[x](mailto:a@" + "b." * 24_500 + "@)\n").encode(),
        "mailto_49kb.txt": ("mailto:a@" + "b." * 24_500 + "@\n").encode(),
        "atx_spaces.md": ("# a" + " " * 200_000 + "b\n").encode(),
        "table_sep.md": ("|" + " " * 200_000 + "x\n").encode(),
        "underline.md": ("<u>" * 200_000).encode(),
        "brackets.md": ("[" * 200_000 + "](x").encode(),
        "dotted.txt": ("1." * 100_000 + " " * 100_000).encode(),
        "entities.txt": ("&" + "a" * 31) .encode() * 20_000,
        "shortcode_lone.txt": ("[a_b x=" * 40_000 + "[/a_b]").encode(),
        "long_line_19mb.txt": (b"woord " * 3_200_000),
        "policy_950k_chars.txt": synthetic_policy_text(140_000).encode(),
        "near_limit_lines.txt": "\n".join(_words(rng, 25) if i % 2 == 0 else "" for i in range(99_000)).encode(),
        "near_limit_list.md": "\n".join(f"- {_words(rng, 25)}" for _ in range(99_000)).encode(),
    }


CLASSES: dict[str, Callable[[], dict[str, bytes]]] = {
    "ppe": ppe_inputs,
    "encodings": encoding_inputs,
    "docx": docx_inputs,
    "html": html_inputs,
    "text": text_inputs,
}


def write_all(folder: Path, classes: list[str] | None = None) -> dict[str, list[Path]]:
    """Write every input of the wanted classes into `folder`; returns class -> paths."""
    out: dict[str, list[Path]] = {}
    for name, make in CLASSES.items():
        if classes and name not in classes:
            continue
        sub = folder / name
        sub.mkdir(parents=True, exist_ok=True)
        out[name] = []
        for filename, data in make().items():
            path = sub / filename
            path.write_bytes(data)
            out[name].append(path)
    return out
