"""Clean the leftovers that copying a policy from a website leaves in the text.

Found in the corpus: broken HTML entities ("Geboortedatum&lt"), real entities,
WordPress shortcodes ("[wpgdprc_consents_settings_link]Mijn instellingen[/...]"),
Markdown links ("[deze link](#)"), non-breaking spaces and lines holding only one.
Every kind of cleanup that changed something adds one warning with a count.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass, field

from editor.core.i18n import pick
from editor.core.model import Run, merge_runs

# An entity name with a semicolon: decode it (&amp; &nbsp; &#8217; &eacute; ...).
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# A common entity without its semicolon, as left behind by broken exports.
_BROKEN_ENTITY = re.compile(r"&(lt|gt|amp|nbsp|quot|apos)(?![;A-Za-z0-9])")
# [name attrs]inner[/name] (a closing tag proves it is a shortcode), and lone [name attrs] /
# [/name] whose name looks like a shortcode identifier (has "_" or "-") so "[sic]" stays.
_SHORTCODE_CLOSE = re.compile(r"\[/([a-z][a-z0-9_-]*)\]")
_SHORTCODE_LONE = re.compile(r"\[/?([a-z][a-z0-9]{0,40}[_-][a-z0-9_-]{0,40})(\s+[a-z_-]{1,40}=[^\]\[]{0,500})?\]")
_MD_LINK = re.compile(r"\[([^\[\]\n]+)\]\(\s*([^()\s]*)\s*\)")
_HTTP_URL = re.compile(r"https?://[^\s/$.?#]\S*", re.I)
MAX_URL_CHARS = 2_048  # what browsers and Word handle; a longer "link" is read as text
_NBSP = "\u00a0\u202f\u2007"
_ODD_SPACE = re.compile("[\u00a0\u202f\u2007\u200b\ufeff]")


def is_real_url(url: str) -> bool:
    """http(s) with a host, or mailto:local@domain.tld. No regex backtracking on long input."""
    url = url.strip()
    if len(url) > MAX_URL_CHARS:
        return False
    if url[:7].lower() == "mailto:":
        address = url[7:]
        if any(ch.isspace() for ch in address) or address.count("@") != 1:
            return False
        local, domain = address.split("@")
        return bool(local) and "." in domain[1:-1]
    return _HTTP_URL.fullmatch(url) is not None


@dataclass
class Cleaner:
    """Collects counts of every cleanup so the importer can report them once."""

    counts: Counter = field(default_factory=Counter)

    # -- single steps -------------------------------------------------------
    def shortcodes(self, text: str) -> str:
        if "[" not in text:
            return text

        def pair(m: re.Match[str]) -> str:
            self.counts["shortcode"] += 1
            name, inner = m.group(1), m.group(3)
            # A consent "settings link" only works on the website: drop it with its label.
            if name.endswith("_link") or "settings" in name:
                return ""
            return inner

        # Only names that are closed somewhere can form a pair; this keeps text with many
        # "[" but no "[/name]" linear.
        closed = set(_SHORTCODE_CLOSE.findall(text))
        if closed:
            # Bounded attribute and body lengths keep each attempt short; "[" cannot appear in
            # the attributes, so a text of many unclosed "[name x=" stays linear.
            pattern = re.compile(
                r"\[(" + "|".join(map(re.escape, sorted(closed)[:50])) + r")(\s[^\]\[]{0,500})?\]((?:(?!\[/?\1[\s\]]).){0,2000}?)\[/\1\]",
                re.S,
            )
            text = pattern.sub(pair, text)

        def lone(m: re.Match[str]) -> str:
            self.counts["shortcode"] += 1
            return ""

        return _SHORTCODE_LONE.sub(lone, text)

    def entities(self, text: str) -> str:
        if "&" not in text:
            return text

        def broken(m: re.Match[str]) -> str:
            self.counts["broken_entity"] += 1
            start = m.start()
            # Glued to the end of a word ("Geboortedatum&lt"): debris, drop it.
            if start > 0 and text[start - 1].isalnum():
                return ""
            return html.unescape(m.group(0) + ";")

        text = _BROKEN_ENTITY.sub(broken, text)

        def real(m: re.Match[str]) -> str:
            decoded = html.unescape(m.group(0))
            if decoded != m.group(0):
                self.counts["entity"] += 1
            return decoded

        return _ENTITY.sub(real, text)

    def spaces(self, text: str) -> str:
        if not _ODD_SPACE.search(text):
            return text
        if any(ch in text for ch in _NBSP):
            self.counts["nbsp"] += sum(text.count(ch) for ch in _NBSP)
            for ch in _NBSP:
                text = text.replace(ch, " ")
            text = re.sub(r"(?<=\S) {2,}(?=\S)", " ", text)
        if "\u200b" in text or "\ufeff" in text:
            self.counts["zero_width"] += 1
            text = text.replace("\u200b", "").replace("\ufeff", "")
        return text

    def md_links(self, text: str) -> list[Run]:
        """Split text at Markdown links: real URLs become link runs, "#" links plain text."""
        runs: list[Run] = []
        pos = 0
        for m in _MD_LINK.finditer(text):
            runs.append(Run(text[pos : m.start()]))
            label, url = m.group(1), m.group(2)
            self.counts["md_link"] += 1
            runs.append(Run(label, link=url if is_real_url(url) else None))
            pos = m.end()
        runs.append(Run(text[pos:]))
        return merge_runs(runs)

    # -- combined -----------------------------------------------------------
    def text(self, text: str) -> str:
        """Entities, shortcodes and spaces; for text from any source."""
        return self.spaces(self.shortcodes(self.entities(text)))

    def line_runs(self, line: str) -> list[Run]:
        """A line of plain text (.txt import) to runs, Markdown links included."""
        return self.md_links(self.text(line))

    def runs(self, runs: list[Run]) -> list[Run]:
        """Clean runs that came from a structured format (HTML, DOCX, Markdown)."""
        out = []
        for run in runs:
            out.append(Run(self.text(run.text), run.bold, run.italic, run.underline, run.link))
        return merge_runs(out)

    def note_blank_line(self) -> None:
        self.counts["blank_nbsp_line"] += 1

    def warnings(self) -> list[str]:
        c = self.counts
        out = []
        if c["broken_entity"]:
            out.append(
                pick(
                    f"{c['broken_entity']} kapotte HTML-entiteit(en) verwijderd of hersteld (bijv. '&lt' zonder ';').",
                    f"Removed or repaired {c['broken_entity']} broken HTML entit(y/ies) (e.g. '&lt' without ';').",
                )
            )
        if c["entity"]:
            out.append(
                pick(
                    f"{c['entity']} HTML-entiteit(en) omgezet naar tekens (bijv. '&amp;').",
                    f"Converted {c['entity']} HTML entit(y/ies) to characters (e.g. '&amp;').",
                )
            )
        if c["shortcode"]:
            out.append(
                pick(
                    f"{c['shortcode']} WordPress-shortcode(s) verwijderd (bijv. [wpgdprc_consents_settings_link]).",
                    f"Removed {c['shortcode']} WordPress shortcode(s) (e.g. [wpgdprc_consents_settings_link]).",
                )
            )
        if c["md_link"]:
            out.append(
                pick(
                    f"{c['md_link']} Markdown-link(s) omgezet (links zonder echt adres werden gewone tekst).",
                    f"Converted {c['md_link']} Markdown link(s) (links without a real address became plain text).",
                )
            )
        if c["nbsp"]:
            out.append(
                pick(
                    f"{c['nbsp']} harde spatie(s) vervangen door gewone spaties.",
                    f"Replaced {c['nbsp']} non-breaking space(s) with ordinary spaces.",
                )
            )
        if c["blank_nbsp_line"]:
            out.append(
                pick(
                    f"{c['blank_nbsp_line']} lege regel(s) met alleen een harde spatie verwijderd.",
                    f"Removed {c['blank_nbsp_line']} empty line(s) holding only a non-breaking space.",
                )
            )
        if c["zero_width"]:
            out.append(
                pick("Onzichtbare tekens (zero-width) verwijderd.", "Removed invisible (zero-width) characters.")
            )
        return out
