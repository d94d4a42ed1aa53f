"""Grammar and spelling checks through LanguageTool, paragraph by paragraph.

`GrammarChecker` talks to the app's own loopback server (`LocalServer`) or, when the user
configured one in Settings, to a team server, by plain HTTP (request.py). Requests are
independent, so a long document goes out in batches that the server's check threads work on
at the same time (batches.py).

Offsets: LanguageTool counts UTF-16 units; GrammarMatch offsets are Python code points,
relative to the checked paragraph (or to the policy's plain-text view in `check_policy`).

Results are cached per (language, paragraph text) unfiltered, in memory and, with the app's own
local server, on disk between sessions (result_store.py); the user's words, the legal word
list, the document's own names (`set_document_terms`, from its organisation profile), disabled
rules, ignored occurrences and {{placeholders}} are filtered on the way out, so changing those
never needs a new server round trip.
"""

from __future__ import annotations

import logging
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from editor.core.grammar import batches, server_words
from editor.core.grammar.match import GrammarMatch
from editor.core.grammar.privacy import is_insecure_url
from editor.core.grammar.request import check_text as request_check
from editor.core.grammar.result_store import ResultStore
from editor.core.grammar.server import EngineUnavailable, LocalServer, Progress, http_get_json, shared_server
from editor.core.grammar.wordlists import _term_pattern, accepted_regional, legal_words
from editor.core.i18n import pick
from editor.core.model import LANGUAGES, Policy
from editor.core.patterns import PLACEHOLDER
from editor.core.plaintext import PlainText
from editor.core.settings import Settings, cache_dir

log = logging.getLogger(__name__)

PARAGRAPH_BREAK = batches.PARAGRAPH_BREAK
BATCH_CHARS = 6000  # at most this many characters per request when checking many paragraphs
REMOTE_WORKERS = 2  # requests in flight to a team server (its thread pool is unknown)
_SEGMENT_RE = re.compile(r"[^\n\t]+")

# --------------------------------------------------------------------------- the checker


def language_for(policy: Policy) -> str:
    """nl-BE or nl-NL from the document (language first, then jurisdiction)."""
    lang = policy.meta.language
    if lang in LANGUAGES:
        return lang
    return "nl-NL" if (policy.meta.jurisdiction or "").upper() == "NL" else "nl-BE"


@dataclass
class _Ignored:
    paragraph: str
    start: int
    end: int
    rule_id: str


@dataclass
class GrammarChecker:
    """Checks Dutch text through LanguageTool. Create, `start()`, check, `close()`."""

    settings: Settings = field(default_factory=Settings)
    server: LocalServer | None = None
    url: str | None = None  # an already running server (tests, team server); overrides settings
    cache_limit: int = 5000
    persistent: bool = True  # keep results on disk between sessions (local server only)

    def __post_init__(self) -> None:
        self._cache: OrderedDict[tuple[str, str], tuple[GrammarMatch, ...]] = OrderedDict()
        self._cache_lock = threading.Lock()  # short; never held during a server call
        self._store: ResultStore | None = None
        self._ignored: list[_Ignored] = []
        self._base_url: str | None = None
        self.warnings: list[str] = []
        self._filter_key: tuple | None = None
        self._pattern: re.Pattern[str] | None = None
        self._document_terms: tuple[str, ...] = ()

    # -- engine life cycle

    @property
    def mode(self) -> str:
        if self.url:
            return "remote"
        return self.settings.grammar_mode if self.settings.grammar_mode in ("local", "remote", "off") else "local"

    @property
    def available(self) -> bool:
        return self._base_url is not None

    @property
    def engine_version(self) -> str:
        """LanguageTool's version of the local server once started ("" when unknown)."""
        return self.server.version if self.server is not None else ""

    def start(self, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> None:
        """Connect to (and if needed start) the engine. Raises EngineUnavailable.

        Local mode without a given server uses the process's shared server (one JVM for all
        windows), which `stop_shared_server()` or interpreter exit stops; `cancelled()` ends the
        wait for it without stopping it.
        """
        if self._base_url:
            return
        mode = self.mode
        if mode == "off":
            raise EngineUnavailable(
                "Spelling- en grammaticacontrole staat uit in de instellingen.",
                "Spelling and grammar checking is switched off in the settings.",
            )
        if self.url or mode == "remote":
            url = (self.url or self.settings.grammar_url).strip()
            if not url:
                raise EngineUnavailable(
                    "Er is geen teamserver voor LanguageTool ingesteld.", "No team LanguageTool server is configured."
                )
            if "://" not in url:
                url = "http://" + url
            if self.url is None and is_insecure_url(url):
                self.warnings.append(
                    pick(
                        f"Let op: de teamserver {url} gebruikt geen https; tekst gaat onversleuteld over het netwerk.",
                        f"Warning: the team server {url} does not use https; text travels unencrypted.",
                    )
                )
            self._probe(url)
            self._base_url = url.rstrip("/")
            return
        if self.server is None:
            self.server = shared_server()
        self.server.wait_until_ready(progress, cancelled)
        self._base_url = self.server.url
        if self.persistent and self._store is None and self.server.version:
            # The server's accepted words shape its answers: a new list never reuses old ones.
            self._store = ResultStore(cache_dir() / "languagetool" / "results.sqlite3",
                                      f"LanguageTool {self.server.version}; words {server_words.fingerprint()}")

    def _probe(self, url: str) -> None:
        try:
            http_get_json(url.rstrip("/") + "/v2/languages", timeout=10.0)
        except (OSError, ValueError) as exc:
            raise EngineUnavailable(
                f"De LanguageTool-server {url} is niet bereikbaar ({exc}).",
                f"The LanguageTool server {url} cannot be reached ({exc}).",
            ) from exc

    def close(self) -> None:
        """Forget the engine; never waits (a check in another thread ends with EngineUnavailable).

        Servers are stopped by their owner: the shared one by `stop_shared_server()` or at
        interpreter exit, a server passed in by whoever created it.
        """
        self._base_url = None
        store, self._store = self._store, None
        if store is not None:
            store.close()

    @property
    def workers(self) -> int:
        """Requests to keep in flight: the local server's check threads, or REMOTE_WORKERS."""
        if self.server is not None and self._base_url is not None and self.url is None:
            return max(1, self.server.check_threads)
        return REMOTE_WORKERS

    def __enter__(self) -> GrammarChecker:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- checking

    def cached_raw(self, text: str, language: str) -> tuple[GrammarMatch, ...] | None:
        with self._cache_lock:
            hit = self._cache.get((language, text))
            if hit is not None:
                self._cache.move_to_end((language, text))
                return hit
        store = self._store
        hit = store.get(language, text) if store is not None else None
        if hit is not None:
            self.store_raw(text, language, hit)
        return hit

    def store_raw(self, text: str, language: str, matches: Iterable[GrammarMatch]) -> None:
        with self._cache_lock:
            self._cache[(language, text)] = tuple(matches)
            self._cache.move_to_end((language, text))
            while len(self._cache) > self.cache_limit:
                self._cache.popitem(last=False)

    def check_raw(self, text: str, language: str) -> tuple[GrammarMatch, ...]:
        """Unfiltered matches of one paragraph (cached). Raises EngineUnavailable."""
        language = language if language in LANGUAGES else "nl-BE"
        hit = self.cached_raw(text, language)
        if hit is not None:
            return hit
        if not text.strip():
            return ()
        result = self._query_with_restart(text, language)
        self.store_raw(text, language, result)
        store = self._store
        if store is not None:
            store.put_many(language, {text: result})
        return result

    def check_many(
        self,
        paragraphs: Iterable[str],
        language: str,
        batch_chars: int = BATCH_CHARS,
        *,
        workers: int | None = None,
        on_result: Callable[[str, tuple[GrammarMatch, ...]], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> dict[str, tuple[GrammarMatch, ...]]:
        """Unfiltered matches of many paragraphs; uncached ones in batches sent concurrently.

        Paragraphs are joined with blank lines (LanguageTool's paragraph break) into requests
        of at most `batch_chars` (batches.plan), started in the given order; see check_groups.
        """
        workers = self.workers if workers is None else max(1, workers)
        paras = list(dict.fromkeys(paragraphs))
        return self.check_groups(batches.plan(paras, batch_chars, workers), language, workers=workers,
                                 on_result=on_result, cancelled=cancelled)

    def check_groups(
        self,
        groups: Iterable[Iterable[str]],
        language: str,
        *,
        workers: int | None = None,
        on_result: Callable[[str, tuple[GrammarMatch, ...]], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> dict[str, tuple[GrammarMatch, ...]]:
        """Unfiltered matches of paragraphs grouped by the caller: one request per group.

        Cached and blank paragraphs are answered at once; the other groups go out in order with
        up to `workers` (default: the server's check threads) requests in flight. Results are
        cached per paragraph. `on_result(text, raw)` hears every paragraph, in the calling
        thread, as soon as it is known; `cancelled()` stops starting new requests (batches.run).
        """
        language = language if language in LANGUAGES else "nl-BE"
        out: dict[str, tuple[GrammarMatch, ...]] = {}
        plan: list[list[str]] = []
        for group in groups:
            todo: list[str] = []
            for para in group:
                if para in out or para in todo:
                    continue
                hit = self.cached_raw(para, language) if para.strip() else ()
                if hit is None:
                    todo.append(para)
                    continue
                out[para] = hit
                if on_result is not None:
                    on_result(para, hit)
            if todo:
                plan.append(todo)
        workers = self.workers if workers is None else max(1, workers)
        out.update(batches.run(plan, lambda batch: self._check_batch(batch, language), workers, on_result, cancelled))
        return out

    def _check_batch(self, batch: list[str], language: str) -> dict[str, tuple[GrammarMatch, ...]]:
        joined = PARAGRAPH_BREAK.join(batch)
        result = batches.split(batch, self._query_with_restart(joined, language))
        for para, mine in result.items():
            self.store_raw(para, language, mine)
        store = self._store
        if store is not None:
            store.put_many(language, result)
        return result

    def _query_with_restart(self, text: str, language: str) -> tuple[GrammarMatch, ...]:
        if not self._base_url:
            raise EngineUnavailable("De taalserver is niet gestart.", "The language server has not been started.")
        try:
            return self._query(text, language)
        except Exception as first:  # connection refused, crashed JVM, bad JSON...
            # Plain words for the status bar; the raw error ("HTTPConnectionPool...") stays in the chain.
            if self.server is None:
                raise EngineUnavailable(
                    "De taalserver antwoordt niet; de taalcontrole staat uit.",
                    "The language server does not answer; grammar checking is off.",
                ) from first
            if not self.server.ensure_running():
                raise EngineUnavailable(
                    "De taalserver is gestopt en start niet opnieuw; de taalcontrole staat uit.",
                    "The language server stopped and does not start again; grammar checking is off.",
                ) from first
            self._base_url = self.server.url  # a restart picks a new port
            try:
                return self._query(text, language)
            except Exception as second:
                raise EngineUnavailable(
                    "De taalserver antwoordt niet na een herstart; de taalcontrole wordt later opnieuw geprobeerd.",
                    "The language server does not answer after a restart; grammar checking will try again later.",
                ) from second

    def _query(self, text: str, language: str) -> tuple[GrammarMatch, ...]:
        base = self._base_url
        if not base:
            raise EngineUnavailable("De taalserver is niet gestart.", "The language server has not been started.")
        return request_check(base, text, language)

    def check_paragraph(self, text: str, language: str) -> list[GrammarMatch]:
        """Filtered matches of one paragraph, offsets relative to it."""
        return self.filter(text, self.check_raw(text, language), language)

    def check_text(self, text: str, language: str) -> list[GrammarMatch]:
        """Check every line / table cell of text as its own paragraph; offsets relative to text."""
        segments = list(_SEGMENT_RE.finditer(text))
        raw = self.check_many((seg.group() for seg in segments), language)
        out: list[GrammarMatch] = []
        for seg in segments:
            para = seg.group()
            out += [m.shifted(seg.start()) for m in self.filter(para, raw.get(para, ()), language)]
        return out

    def check_policy(self, policy: Policy, language: str | None = None) -> list[GrammarMatch]:
        """All issues of a policy with spans in its plain-text view (PlainText.from_policy)."""
        plain = PlainText.from_policy(policy)
        return self.check_text(plain.text, language or language_for(policy))

    # -- filtering and the user's choices

    @property
    def document_terms(self) -> tuple[str, ...]:
        return self._document_terms

    def set_document_terms(self, terms: Iterable[str]) -> None:
        """The open document's own names (see terms.profile_terms): never spelling errors.

        Per document, unlike the user's word list: they are not saved in the settings. Only
        the filter changes, so cached results are reused.
        """
        self._document_terms = tuple(dict.fromkeys(t.strip() for t in terms if t and t.strip()))

    def _protected_pattern(self) -> re.Pattern[str] | None:
        key = (tuple(self.settings.user_words), legal_words(), self._document_terms)
        if key != self._filter_key:
            self._filter_key = key
            self._pattern = _term_pattern([*key[0], *key[1], *key[2]])
        return self._pattern

    def filter_token(self) -> tuple[object, ...]:
        """Changes whenever filter() could answer differently for the same paragraph and matches."""
        s = self.settings
        return (id(s), tuple(s.user_words), tuple(s.disabled_rules), self._document_terms, len(self._ignored))

    def filter(self, paragraph: str, matches: Iterable[GrammarMatch], language: str = "") -> list[GrammarMatch]:
        """Drop what the user or the app said to keep: words, placeholders, rules, ignored spots,
        and usage that is standard in the document's variant (`language`, e.g. Belgian Dutch in nl-BE)."""
        protected = [(m.start(), m.end()) for m in PLACEHOLDER.finditer(paragraph)]
        placeholders = list(protected)
        pattern = self._protected_pattern()
        if pattern is not None:
            protected += [(m.start(), m.end()) for m in pattern.finditer(paragraph)]
        disabled = set(self.settings.disabled_rules)
        out = []
        for m in matches:
            if m.rule_id in disabled or (language and accepted_regional(language, m)):
                continue
            if any(s < m.end and m.start < e for s, e in placeholders):
                continue  # a placeholder is never an error, nor part of one
            if any(s <= m.start and m.end <= e for s, e in protected):
                continue  # inside a listed term
            if m.kind == "spelling" and any(s < m.end and m.start < e for s, e in protected):
                continue
            if any(i.paragraph == paragraph and i.start == m.start and i.end == m.end and i.rule_id == m.rule_id
                   for i in self._ignored):
                continue
            out.append(m)
        return out

    def ignore(self, paragraph: str, match: GrammarMatch) -> None:
        """"Negeren": hide this one occurrence (for this session)."""
        self._ignored.append(_Ignored(paragraph, match.start, match.end, match.rule_id))

    def add_word(self, word: str) -> None:
        """"Toevoegen aan woordenlijst". The caller saves the settings."""
        word = word.strip()
        if word and word not in self.settings.user_words:
            self.settings.user_words.append(word)

    def disable_rule(self, rule_id: str) -> None:
        """"Regel uitschakelen". The caller saves the settings."""
        if rule_id and rule_id not in self.settings.disabled_rules:
            self.settings.disabled_rules.append(rule_id)
