"""Grammar test fixtures: the real LanguageTool (once per session) and a replay server.

Used by test modules through `pytest_plugins = ["grammar_fixtures"]`.

- `lt_server`: the real loopback LanguageTool, started once per test session. Without Java or
  the jars a developer's run skips those tests, but in CI (CI=true) that is a failure.
- `replay_url`: a tiny loopback HTTP server answering /v2/languages and /v2/check from the
  responses recorded in tests/recordings/grammar/ (made by `python tests/grammar_fixtures.py`),
  so the client, its span mapping and filters are tested fast and without Java.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RECORDINGS = Path(__file__).resolve().parent / "recordings" / "grammar"

# Texts recorded from the real server; the replay tests use exactly these.
EMOJI_SENTENCE = "Prijs: 5 € 😀 café — Hij vind dat het goed is."
LEGAL_SENTENCES = (
    "De verwerkingsverantwoordelijke verwerkt uw persoonsgegevens conform de AVG en de GDPR.",
    "U kunt een klacht indienen bij de Gegevensbeschermingsautoriteit of bij de Autoriteit Persoonsgegevens.",
    "Wij sluiten met elke verwerker een verwerkersovereenkomst en vermelden ons ondernemingsnummer uit de KBO.",
    "In Nederland geldt naast de AVG ook de UAVG; ons nummer bij de KvK staat onderaan.",
    "U kunt de functionaris voor gegevensbescherming bereiken via privacy@example.be.",
)
# LanguageTool flags the misspelt placeholder name; placeholders must never be flagged.
PLACEHOLDER_SENTENCE = "Bel {{telefoonnumer}} want hij vind dat goed."
RECORD_TEXTS: tuple[tuple[str, str], ...] = (
    ("nl-BE", "Hij vind dat het goed is."),
    ("nl-NL", "Hij vind dat het goed is."),
    ("nl-BE", "Dit is een verkeerdd woord."),
    ("nl-BE", "Wij bewaren de de gegevens niet langer dan nodig."),
    ("nl-BE", EMOJI_SENTENCE),
    ("nl-BE", "Wij verwerken uw gegevens zorgvuldig."),
    ("nl-BE", "{{organisatie}} verwerkt uw gegevens; mail naar {{contact_email}}."),
    ("nl-BE", PLACEHOLDER_SENTENCE),
    ("nl-BE", "Privacyverklaring"),
    ("nl-BE", "Hij vind het goed."),
    ("nl-BE", "Wij delen gegevens met Brusselse partners en de Gegevensbeschermingsautoriteit."),
    *(("nl-BE", s) for s in LEGAL_SENTENCES),
)


def recording_name(language: str, text: str) -> str:
    import hashlib

    digest = hashlib.sha1(f"{language}\n{text}".encode()).hexdigest()[:12]
    return f"check_{language}_{digest}.json"


# --------------------------------------------------------------------------- real server


@pytest.fixture(scope="session")
def lt_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """The real LanguageTool server, started once per session and always stopped."""
    from editor.core.grammar.server import EngineUnavailable, LocalServer

    server = LocalServer()
    with pytest.MonkeyPatch.context() as mp:
        # keep its log out of the developer's real cache folder
        mp.setenv("PRIVACY_EDITOR_CACHE_DIR", str(tmp_path_factory.mktemp("lt-cache")))
        try:
            server.start()
        except EngineUnavailable as exc:
            server.stop()
            if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
                pytest.fail(f"LanguageTool must run in CI but did not start: {exc.en}")
            pytest.skip(f"LanguageTool not available here: {exc.en}")
    from editor.core.grammar import server as server_mod

    previous, server_mod._SHARED = server_mod._SHARED, server  # default checkers reuse this JVM
    server.owned_elsewhere = True  # a window closing in a GUI test must not stop the session's JVM
    try:
        yield server
    finally:
        server_mod._SHARED = previous
        server.stop()


# --------------------------------------------------------------------------- replay server


class _ReplayHandler(BaseHTTPRequestHandler):
    server: _ReplayServer

    def log_message(self, *args: object) -> None:  # keep test output clean
        pass

    def _send(self, code: int, payload: object) -> None:
        body = json.dumps(payload).encode("utf-8")
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - http.server API
        if self.path.startswith("/v2/languages"):
            self._send(200, json.loads((RECORDINGS / "languages.json").read_text(encoding="utf-8")))
        else:
            self._send(404, {"error": "not recorded"})

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("Content-Length") or 0)
        form = urllib.parse.parse_qs(self.rfile.read(length).decode("utf-8"), keep_blank_values=True)
        language = form.get("language", [""])[0]
        text = form.get("text", [""])[0]
        self.server.requests.append((language, text))
        if not self.path.startswith("/v2/check"):
            self._send(404, {"error": "unknown endpoint"})
            return
        # A batch of paragraphs joined by blank lines is answered by composing the recordings of
        # its paragraphs, offsets shifted in UTF-16 units as LanguageTool counts them.
        matches: list[dict] = []
        shift = 0
        for part in text.split("\n\n"):
            path = RECORDINGS / recording_name(language, part)
            if not path.exists():
                self._send(500, {"error": f"no recording for {language}: {part!r}"})
                return
            for m in json.loads(path.read_text(encoding="utf-8"))["response"]["matches"]:
                matches.append(dict(m, offset=m["offset"] + shift))
            shift += len(part.encode("utf-16-le")) // 2 + 2
        self._send(200, {"matches": matches})


class _ReplayServer(ThreadingHTTPServer):
    requests: list[tuple[str, str]]


@pytest.fixture
def replay_server() -> Iterator[_ReplayServer]:
    srv = _ReplayServer(("127.0.0.1", 0), _ReplayHandler)
    srv.requests = []
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        yield srv
    finally:
        srv.shutdown()
        srv.server_close()


@pytest.fixture
def replay_url(replay_server: _ReplayServer) -> str:
    host, port = replay_server.server_address[:2]
    return f"http://{host}:{port}"


# --------------------------------------------------------------------------- recorder


def record() -> int:
    """Re-record every response in RECORD_TEXTS from the real server (run by hand)."""
    sys.path.insert(0, str(ROOT))
    from editor.core.atomic import atomic_write_text
    from editor.core.grammar.server import LocalServer, http_get_json, http_post_json

    RECORDINGS.mkdir(parents=True, exist_ok=True)
    with LocalServer() as server:
        base = server.url + "/v2/"
        langs = http_get_json(base + "languages", timeout=10)
        atomic_write_text(RECORDINGS / "languages.json", json.dumps(langs, ensure_ascii=False, indent=1))
        for language, text in RECORD_TEXTS:
            resp = http_post_json(base + "check", {"language": language, "text": text}, timeout=60)
            data = {"language": language, "text": text, "response": resp}
            atomic_write_text(RECORDINGS / recording_name(language, text), json.dumps(data, ensure_ascii=False, indent=1))
            print(recording_name(language, text), len(resp["matches"]), "matches")  # type: ignore[index]
    return 0


if __name__ == "__main__":
    sys.exit(record())
