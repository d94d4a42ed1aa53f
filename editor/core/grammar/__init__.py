"""Dutch spelling and grammar through a local (or team) LanguageTool server.

- `LocalServer` (server.py): starts/stops the private loopback JVM from the Maven jars.
- `GrammarChecker` (client.py): paragraph checks with a cache, word lists and filters.
- `GrammarMatch`: one issue with code-point offsets, rule id, category, message, replacements, kind.
- `profile_terms` (terms.py): the organisation profile's names, never flagged as misspellings.
See docs/grammar.md.
"""

from editor.core.grammar.client import GrammarChecker, language_for
from editor.core.grammar.match import GrammarMatch, classify
from editor.core.grammar.privacy import is_insecure_url, privacy_notice
from editor.core.grammar.server import (
    EngineUnavailable,
    LocalServer,
    find_jars,
    find_java,
    shared_server,
    stop_shared_server,
)
from editor.core.grammar.terms import profile_terms
from editor.core.grammar.wordlists import accepted_regional, legal_words

__all__ = [
    "EngineUnavailable",
    "GrammarChecker",
    "GrammarMatch",
    "LocalServer",
    "classify",
    "find_jars",
    "find_java",
    "is_insecure_url",
    "language_for",
    "accepted_regional",
    "legal_words",
    "privacy_notice",
    "profile_terms",
    "shared_server",
    "stop_shared_server",
]
