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
