"""The one definition of the text patterns several parts of the app share.

A {{placeholder}} is a lower-case name in double braces (what clauses use and what the profile
fills); an e-mail address and a phone number are recognised the same way by the checklist, the
clause builder, the grammar filter and the profile dialog.
"""

from __future__ import annotations

import re

# {{organisatie}}: group 1 is the name. Other {{...}} text is ordinary text, never a placeholder.
PLACEHOLDER = re.compile(r"\{\{([a-z_]+)\}\}")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Belgian and Dutch numbers, national (0...) or international (+32 / +31 / (0)), and the Dutch
# municipalities' short number "14 + area code" ("bel 14 050"), after a word such as "tel:" or "bel".
PHONE = re.compile(r"(?:\+\s?\d{2}|\(0\)|\b0)\s?(?:\(0\)\s?)?\d(?:\s?[./-]?\s?\d){7,10}\b"
                   r"|(?:(?<=[Tt]el: )|(?<=[Tt]el\. )|(?<=[Tt]el )|(?<=[Bb]el )|(?<=[Bb]ellen )|(?<=via )|(?<=[Tt]elefoon: )"
                   r"|(?<=[Tt]elefoonnummer ))14 ?0\d{2,3}\b(?![.,]?\d)")

# An address written to fool harvesters, as pasted web pages have it: "info [at] bakkerij.be", "admin(at)levipe.be",
# "robin punt peeters at student punt kuleuven punt be". It is a contact channel a reader can use, but no address a
# mail program takes, so only the checklist reads it; nothing rewrites or fills it. Lower-case text.
_DOT = r"(?:\.|\s*[\[(]\s*(?:dot|punt)\s*[\])]\s*|\s+(?:dot|punt)\s+)"
_LOCAL = rf"\b[\w+-]+(?:{_DOT}[\w+-]+)*"
_DOMAIN = rf"[\w-]+(?:{_DOT}[\w-]+)*{_DOT}"
# A bracketed "at" is unambiguous; a plain " at " needs a top-level domain a BE/NL reader meets.
OBFUSCATED_EMAIL = re.compile(
    rf"{_LOCAL}\s*[\[({{]\s*(?:at|@)\s*[\])}}]\s*{_DOMAIN}[a-z]{{2,12}}\b"
    rf"|{_LOCAL}\s+(?:at|apenstaart|@)\s+{_DOMAIN}(?:be|nl|com|eu|org|net|info|nu|io|gent|vlaanderen|brussels|amsterdam|frl)\b")
_AT_MARKS = ("(at)", "[at]", "{at}", " at ", " @ ", "(@)", "[@]", "apenstaart")


def has_obfuscated_email(low: str) -> bool:
    """Whether a lower-cased text holds an obfuscated e-mail address (a cheap test first: most text has none)."""
    return any(m in low for m in _AT_MARKS) and OBFUSCATED_EMAIL.search(low) is not None
