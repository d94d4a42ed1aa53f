"""Document-wide settings of an exported .docx: the proofing language and the core properties.

Core properties are cut to the 255 characters OOXML (and python-docx) allow, so a policy
whose first heading is a long paragraph still exports.
"""

from __future__ import annotations

import datetime as _dt

from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn

from editor.core.export.common import clean_line, document_title, html_language, parse_date
from editor.core.model import Policy


def _set_language(doc: DocxDocument, lang: str) -> None:
    """Proofing language of the document defaults (Word's spell checker uses it)."""
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    if defaults is None:
        return
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = parse_xml(f"<w:rPrDefault {nsdecls('w')}><w:rPr/></w:rPrDefault>")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    lang_el = rpr.find(qn("w:lang"))
    if lang_el is None:
        lang_el = OxmlElement("w:lang")
        rpr.append(lang_el)
    lang_el.set(qn("w:val"), lang)


# OOXML core properties (and python-docx) allow at most 255 characters per text property.
PROPERTY_LIMIT = 255


def _fit(text: str) -> str:
    return text if len(text) <= PROPERTY_LIMIT else text[: PROPERTY_LIMIT - 1].rstrip() + "…"


def _set_properties(doc: DocxDocument, policy: Policy) -> None:
    props = doc.core_properties
    meta = policy.meta
    org = _fit(" ".join(clean_line(meta.organisation.name).split()))
    version = _fit(" ".join(clean_line(meta.version).split()))
    props.title = _fit(document_title(policy))
    props.subject = "Privacyverklaring"
    props.author = org
    props.last_modified_by = org
    props.language = html_language(policy)
    props.keywords = _fit("privacyverklaring; AVG" + (f"; versie {version}" if version else ""))
    props.comments = _fit(f"Versie {version}" if version else "")
    props.version = version
    props.category = "Privacyverklaring"
    props.revision = 1
    date = parse_date(meta.last_updated)
    moment = (
        _dt.datetime(date.year, date.month, date.day, 12, 0, tzinfo=_dt.UTC)
        if date
        else _dt.datetime.now(_dt.UTC).replace(microsecond=0)
    )
    props.modified = moment
    props.created = moment
