"""One /v2/check request to a LanguageTool server, its answer as GrammarMatch objects. No Qt.

Plain HTTP (urllib) instead of language-tool-python's client: that client's `Match` keeps the
last text's astral-character positions in class-level state, so every call had to be serialised
by one process-wide lock and the server's check threads could never work on two requests of the
same document at once. Here each request is independent and thread-safe.

Offsets: LanguageTool counts UTF-16 units (`offset`, `length`); GrammarMatch offsets are Python
code points (editor.core.plaintext.from_utf16). The message is NFKC-normalised and at most ten
replacements are kept, as the app did with language-tool-python.
"""

from __future__ import annotations

import json
import unicodedata
import urllib.parse
import urllib.request
from typing import Any

from editor.core.grammar.discovery import LOOPBACK
from editor.core.grammar.match import GrammarMatch, classify
from editor.core.plaintext import from_utf16

REQUEST_TIMEOUT = 300.0  # a cold server on a busy 2-core machine needs tens of seconds for 20k words

# Loopback goes direct (never through a proxy); a team server honours the user's proxy settings.
_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))
_DEFAULT = urllib.request.build_opener()


def check_params(text: str, language: str) -> dict[str, str]:
    """The form fields of a check: the app sends no rule lists, filters apply on the client."""
    return {"language": language, "text": text}


def post_check(base_url: str, text: str, language: str, timeout: float = REQUEST_TIMEOUT) -> list[dict[str, Any]]:
    """The raw `matches` list of one /v2/check request. Raises OSError/ValueError on failure."""
    body = urllib.parse.urlencode(check_params(text, language)).encode("utf-8")
    req = urllib.request.Request(base_url.rstrip("/") + "/v2/check", data=body, method="POST")
    host = urllib.parse.urlparse(base_url).hostname or ""
    opener = _DIRECT if host in (LOOPBACK, "localhost", "::1") else _DEFAULT
    with opener.open(req, timeout=timeout) as resp:
        answer = json.loads(resp.read().decode("utf-8"))
    matches = answer.get("matches") if isinstance(answer, dict) else None
    if not isinstance(matches, list):
        raise ValueError("LanguageTool answered without a list of matches")
    return matches


def from_json(match: dict[str, Any], text: str) -> GrammarMatch:
    """One LanguageTool JSON match -> GrammarMatch with code-point offsets in `text`."""
    start16 = int(match["offset"])
    start = from_utf16(text, start16)
    end = from_utf16(text, start16 + int(match["length"]))
    rule = match.get("rule") or {}
    category = str((rule.get("category") or {}).get("id", "") or "")
    rule_id = str(rule.get("id", ""))
    return GrammarMatch(
        start=start,
        end=end,
        text=text[start:end],
        rule_id=rule_id,
        category=category,
        message=unicodedata.normalize("NFKC", str(match.get("message", ""))),
        replacements=tuple(str(r.get("value", "")) for r in (match.get("replacements") or [])[:10]),
        kind=classify(rule_id, category, str(rule.get("issueType", "") or "")),
    )


def check_text(base_url: str, text: str, language: str, timeout: float = REQUEST_TIMEOUT) -> tuple[GrammarMatch, ...]:
    """All unfiltered matches of `text` in one request."""
    return tuple(from_json(m, text) for m in post_check(base_url, text, language, timeout))
