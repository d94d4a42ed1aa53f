"""Batches for a full grammar check (editor/core/grammar/batches.py): order, concurrency, cancel, errors.

A fake check function stands in for the server here; tests/test_grammar_full_check.py runs the
same code against the real LanguageTool and compares it with one whole-text request.
"""

from __future__ import annotations

import threading
import time

import pytest

from editor.core.grammar.batches import MIN_BATCH_CHARS, PARAGRAPH_BREAK, plan, run, split
from editor.core.grammar.match import GrammarMatch


def _match(start: int, end: int, rule: str = "R") -> GrammarMatch:
    return GrammarMatch(start, end, "", rule, "C", "m")


def test_plan_keeps_order_and_whole_paragraphs_within_the_size():
    paras = [f"Paragraaf {i} " + "x" * 400 for i in range(40)]
    batches = plan(paras, 6000, workers=1)
    assert [p for b in batches for p in b] == paras
    assert all(sum(len(p) + len(PARAGRAPH_BREAK) for p in b) <= 6000 + len(PARAGRAPH_BREAK) for b in batches)
    assert len(batches) == 3


def test_plan_makes_smaller_batches_when_several_threads_share_the_work():
    paras = ["y" * 500 for _ in range(48)]  # about 24,000 characters
    one, two = plan(paras, 6000, workers=1), plan(paras, 6000, workers=2)
    assert len(two) > len(one) >= 4
    assert all(sum(len(p) for p in b) >= MIN_BATCH_CHARS - 500 for b in two[:-1])


def test_a_paragraph_longer_than_a_batch_gets_a_batch_of_its_own():
    paras = ["a" * 10, "b" * 9000, "c" * 10]
    assert plan(paras, 6000) == [["a" * 10], ["b" * 9000], ["c" * 10]]


def test_split_gives_each_paragraph_its_matches_relative_to_itself():
    batch = ["Een twee.", "Drie vier vijf.", "Zes."]
    joined = PARAGRAPH_BREAK.join(batch)
    found = [_match(joined.index("twee"), joined.index("twee") + 4), _match(joined.index("vier"), joined.index("vier") + 4)]
    out = split(batch, found)
    assert [(m.start, m.end) for m in out["Een twee."]] == [(4, 8)]
    assert [(m.start, m.end) for m in out["Drie vier vijf."]] == [(5, 9)]
    assert out["Zes."] == ()


def test_requests_overlap_up_to_the_number_of_workers_and_start_in_order():
    started: list[str] = []
    lock = threading.Lock()
    in_flight = 0
    most = 0

    def check(batch: list[str]) -> dict[str, tuple[GrammarMatch, ...]]:
        nonlocal in_flight, most
        with lock:
            started.append(batch[0])
            in_flight += 1
            most = max(most, in_flight)
        time.sleep(0.05)
        with lock:
            in_flight -= 1
        return {p: () for p in batch}

    heard: list[tuple[str, str]] = []
    batches = [[f"p{i}"] for i in range(8)]
    out = run(batches, check, workers=2, on_result=lambda text, _raw: heard.append((threading.current_thread().name, text)))
    assert most == 2
    assert started == [f"p{i}" for i in range(8)]
    assert sorted(out) == sorted(f"p{i}" for i in range(8))
    # results arrive in the caller's thread (the GUI relays them by signal from there)
    assert {name for name, _ in heard} == {threading.current_thread().name}


def test_cancel_stops_new_requests_but_keeps_what_was_checked():
    calls: list[str] = []
    stop = threading.Event()

    def check(batch: list[str]) -> dict[str, tuple[GrammarMatch, ...]]:
        calls.append(batch[0])
        if len(calls) == 2:
            stop.set()
        time.sleep(0.02)
        return {p: () for p in batch}

    out = run([[f"p{i}"] for i in range(10)], check, workers=2, cancelled=stop.is_set)
    assert 2 <= len(calls) <= 3 and set(out) == set(calls)


def test_an_engine_error_is_raised_after_the_requests_in_flight_end():
    def check(batch: list[str]) -> dict[str, tuple[GrammarMatch, ...]]:
        if batch[0] == "p1":
            raise OSError("connection refused")
        time.sleep(0.02)
        return {p: () for p in batch}

    with pytest.raises(OSError, match="refused"):
        run([[f"p{i}"] for i in range(6)], check, workers=2)
