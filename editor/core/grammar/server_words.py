"""The app's legal word list, loaded by its own LanguageTool server as accepted spelling. No Qt.

The client filters listed terms out of every answer (client.py), so the user never sees them
flagged; but LanguageTool still flagged them and, for each flagged word, searched its
dictionary for spelling suggestions, up to three edits away. For long compounds that search is
the bulk of a cold check (1-3 s of CPU per word such as "gepseudonimiseerde"; docs/grammar.md).

LanguageTool reads extra accepted words from the classpath resource
`org/languagetool/resource/nl/hunspell/spelling_custom.txt` (SpellingCheckRule's
"additional spelling files"). `write_classpath_dir` writes that file, from the same list the
client filters with, into a folder that launch.py puts first on the JVM's classpath. Only
single-token entries go there: the server accepts a token equal to an entry (LanguageTool
also accepts it capitalised), and the client drops every spelling match on such a token
anyway (case-insensitive, whole word), so what the user sees stays the same. Multi-word terms
and the user's own words stay on the client: the server's list changes only with the app.
A team server never sees the list; the client filter does the same work there.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from editor.core.atomic import atomic_write_text
from editor.core.grammar.wordlists import legal_words

# Where LanguageTool looks for additional accepted words of Dutch (any nl variant).
RESOURCE = "org/languagetool/resource/nl/hunspell/spelling_custom.txt"


def server_words() -> tuple[str, ...]:
    """The legal list's single-token entries, in file order, without duplicates."""
    return tuple(dict.fromkeys(w for w in legal_words() if len(w.split()) == 1))


def fingerprint() -> str:
    """Changes whenever the server's list changes (part of the on-disk result store's key)."""
    return hashlib.sha256("\n".join(server_words()).encode("utf-8")).hexdigest()[:16]


def write_classpath_dir(folder: Path) -> Path:
    """Write the accepted-words resource under `folder` (a classpath entry); returns `folder`."""
    target = folder / RESOURCE
    target.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(target, "# written by privacy-policy-editor from resources/grammar/legal_words.txt\n"
                      + "".join(f"{w}\n" for w in server_words()))
    return folder
