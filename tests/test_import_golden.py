"""Golden tests: the block structure of every corpus file after import.

The golden files list one block per line ("H2 Cookies", "P <first 60 chars>", "OL0 …").
They were generated once and then read and checked by hand: every heading a reader sees
is a heading, and nothing else is. Regenerate with UPDATE_GOLDEN=1 after a deliberate change.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from editor.core.importers import describe, load_document
from editor.core.model import Heading
from tests.conftest import CORPUS_FILES

GOLDEN = Path(__file__).parent / "golden" / "import"


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.stem)
def test_corpus_block_structure_matches_golden(path: Path) -> None:
    got = describe(load_document(path))
    golden = GOLDEN / f"{path.stem}.txt"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.write_text(got, encoding="utf-8")
    assert got == golden.read_text(encoding="utf-8")


def test_there_is_a_golden_file_for_every_corpus_file() -> None:
    assert len(CORPUS_FILES) == 5
    assert sorted(p.stem for p in GOLDEN.glob("*.txt")) == sorted(p.stem for p in CORPUS_FILES)


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.stem)
def test_every_corpus_file_has_a_title_and_sections(path: Path) -> None:
    policy = load_document(path).policy
    levels = [b.level for b in policy.blocks if isinstance(b, Heading)]
    assert levels[0] == 1 and levels.count(1) == 1
    assert levels.count(2) >= 5
    assert policy.meta.title == policy.blocks[0].text
