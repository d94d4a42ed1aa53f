"""A full grammar check in concurrent batches equals one whole-text LanguageTool request (real server).

The app sends a document as many requests at once (issue 14, "no lag"). A user must see exactly
what one request with the whole document would give: the same rules, at the same document
offsets, with the same messages and suggestions. Checked on real corpus policies, the longest
(003) included, with small batches so that many requests overlap.

Known, explained differences (none occur in these policies): LanguageTool's few text-level
rules that compare paragraphs with each other see only the paragraphs of their own batch.
"""

from __future__ import annotations

import pytest

from editor.core.grammar import GrammarChecker
from editor.core.grammar.batches import PARAGRAPH_BREAK, plan
from editor.core.grammar.launch import default_check_threads
from editor.core.grammar.request import check_text
from editor.core.importers import load_document
from editor.core.paths import corpus_dir
from editor.core.plaintext import PlainText
from editor.core.settings import Settings

pytestmark = pytest.mark.languagetool


def _paragraphs(prefix: str) -> list[str]:
    path = sorted(corpus_dir().glob(f"{prefix}_*.txt"))[0]
    text = PlainText.from_policy(load_document(str(path)).policy).text
    return [p for p in text.replace("\t", "\n").split("\n") if p.strip()]


@pytest.mark.parametrize("prefix", ["001", "003"])
def test_concurrent_batches_give_the_matches_of_one_whole_text_request(lt_server, prefix):
    paras = list(dict.fromkeys(_paragraphs(prefix)))  # the checker answers a repeated paragraph once
    checker = GrammarChecker(Settings(), server=lt_server)
    checker.start()
    assert checker.workers == lt_server.check_threads
    heard: list[str] = []
    # two requests in flight whatever this machine's default (a server with one thread queues the second)
    raw = checker.check_many(paras, "nl-BE", batch_chars=1500, workers=2, on_result=lambda text, _m: heard.append(text))
    assert len(plan(paras, 1500, 2)) >= 5  # really many requests
    assert sorted(heard) == sorted(paras)

    joined = PARAGRAPH_BREAK.join(paras)
    batched, pos = set(), 0
    for para in paras:
        batched |= {(m.start + pos, m.end + pos, m.rule_id, m.message, m.replacements) for m in raw[para]}
        pos += len(para) + len(PARAGRAPH_BREAK)
    whole = {(m.start, m.end, m.rule_id, m.message, m.replacements) for m in check_text(lt_server.url, joined, "nl-BE")}
    assert whole, "a real policy has at least some issues"
    assert batched == whole


def test_the_server_gets_a_check_thread_per_core_but_one(lt_server):
    config = lt_server._write_config().read_text(encoding="utf-8")
    assert f"maxCheckThreads={lt_server.check_threads}" in config
    assert lt_server.check_threads == default_check_threads()
    # one core stays free for typing; every thread holds its own pipeline, so at most four
    assert [default_check_threads(n) for n in (1, 2, 4, 8, 32)] == [1, 1, 3, 4, 4]
