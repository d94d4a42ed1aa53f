"""bench.agreement: the figures that say how far two readers, or the checklist and a reader, agree."""

from __future__ import annotations

import json

import pytest

from bench.agreement import figures, main


def test_two_readers_who_agree_on_everything_score_one():
    f = figures([(True, True), (False, False), (True, True)])
    assert (f["F1"], f["gap_P"], f["gap_R"], f["kappa"], f["differ"]) == (1.0, 1.0, 1.0, 1.0, 0)


def test_a_missed_item_lowers_recall_and_gap_precision():
    # truth first: 3 given, 1 not; the other calls one given item not given
    f = figures([(True, True), (True, True), (True, False), (False, False)])
    assert f["P"] == 1.0
    assert f["R"] == pytest.approx(2 / 3)
    assert f["gap_P"] == pytest.approx(1 / 2)  # of the two items called gaps, one is given
    assert f["gap_R"] == 1.0
    assert f["kappa"] == pytest.approx(0.5)
    assert f["differ"] == 1


def test_the_readers_split_is_printed_per_item(tmp_path, capsys):
    item = {"present": True, "evidence": "x"}
    first = [{"file": "a.txt", "items": {"retention": item, "cookies": item}}]
    second = [{"file": "a.txt", "items": {"retention": item, "cookies": {"present": False, "evidence": ""}}}]
    (tmp_path / "first.json").write_text(json.dumps(first), encoding="utf-8")
    (tmp_path / "second.json").write_text(json.dumps(second), encoding="utf-8")
    assert main([str(tmp_path / "first.json"), str(tmp_path / "second.json"), str(tmp_path), "--disagreements"]) == 0
    out = capsys.readouterr().out
    assert "1 policies read by both readers" in out
    assert "cookies 1" in out
    assert "a.txt" in out and "first=True second=False" in out
