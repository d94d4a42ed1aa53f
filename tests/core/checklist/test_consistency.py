"""The checklist's parts fit together: every item has a decision, every tag a decision reads is
produced by some real sentence, and every tag and reason has a message in both languages."""

from __future__ import annotations

import re
from pathlib import Path

from editor.core.checklist import ITEM_IDS, analyze
from editor.core.checklist.engine import Analyzer
from editor.core.checklist.features import RIGHT_IDS, extract_features
from editor.core.checklist.reasons import REASONS, reason_text
from editor.core.importers import import_text, load_document
from tests.conftest import CORPUS_FILES

CHECKLIST = Path(__file__).resolve().parents[3] / "editor" / "core" / "checklist"
OWN = Path(__file__).resolve().parents[2] / "annotations" / "own"


def _read_tags() -> set[str]:
    """Tags the decision code asks for: doc.hits("tag") and the (tag, reason) pairs given to _simple."""
    tags: set[str] = set()
    for name in ("decide_parties.py", "decide_rights.py", "decisions.py", "document.py"):
        src = (CHECKLIST / name).read_text(encoding="utf-8")
        tags |= set(re.findall(r'hits\("([a-z_]+:[a-z_]+)"\)', src))
        tags |= set(re.findall(r'\(\("([a-z_]+:[a-z_]+)", "[a-z_]+:[a-z_]+"\)', src))
        tags |= set(re.findall(r'\[\("([a-z_]+:[a-z_]+)", "[a-z_]+:[a-z_]+"\)', src))
        for suffix in re.findall(r'hits\(f"\{right\}:([a-z_]+)"\)', src):
            tags |= {f"{right}:{suffix}" for right in RIGHT_IDS}
    return tags


def _produced_tags() -> tuple[set[str], set[str]]:
    """(tags, reason keys) produced by the sentences of the corpus and our own policies."""
    tags: set[str] = set()
    reasons: set[str] = set()
    for path in list(CORPUS_FILES) + sorted(OWN.glob("*.txt")):
        for block in load_document(path).policy.blocks:
            kind = type(block).__name__.lower().replace("listitem", "list_item")
            for t in extract_features(kind, getattr(block, "level", 0), block.text).tags:
                tags |= set(t)
                reasons |= {v for v in t.values() if v}  # helper tags without a reason are never shown
    return tags, reasons


def test_every_catalogue_item_gets_a_decision():
    report = Analyzer().analyze(import_text("Privacyverklaring\n\nWij zijn Bakkerij Test.\n").policy)
    assert [it.id for it in report.items] == list(ITEM_IDS)
    assert all(it.status in ("present", "partial", "missing", "not_applicable") for it in report.items)


def test_every_tag_a_decision_reads_is_produced_by_real_sentences():
    read = _read_tags()
    assert len(read) > 40  # the extraction itself works
    produced, _ = _produced_tags()
    dead = sorted(t for t in read if t not in produced)
    assert not dead, f"decisions read tags that no sentence produces: {dead}"


def test_every_reason_a_sentence_can_carry_has_a_message_in_both_languages():
    _, reasons = _produced_tags()
    for key in reasons:
        assert reason_text(key) != key, f"no message for {key}"
    for key, r in REASONS.items():
        assert r.nl and r.en and r.nl != r.en, key


def test_every_evidence_shown_has_a_readable_reason():
    report = analyze(load_document(CORPUS_FILES[0]).policy)
    for item in report.items:
        for ev in item.evidence:
            assert ev.reason and ":" not in ev.reason.split()[0], (item.id, ev.reason)


def test_every_note_a_decision_can_give_has_a_message_in_both_languages():
    """Status notes live in messages.toml [notes]; a key written in the decisions must be there."""
    import re
    from pathlib import Path

    from editor.core.checklist import decisions

    used: set[str] = set()
    for path in Path(decisions.__file__).parent.glob("*.py"):
        used |= set(re.findall(r'"(note:[a-z_]+)"', path.read_text(encoding="utf-8")))
    assert used, "the decisions give no notes: the scan is broken"
    missing = sorted(k for k in used if k not in decisions.NOTES)
    assert not missing, f"notes without a message in messages.toml: {missing}"
    for key, (nl, en) in decisions.NOTES.items():
        assert nl and en and nl != en, key


def test_every_old_authority_name_the_outdated_rules_find_is_an_authority_for_the_complaint_item():
    """outdated.toml and the AUTH_OLD vocabulary both know the old authorities' names: a complaint sent to
    "de Commissie voor de bescherming van de privacy" is flagged as outdated and still names an authority."""
    from editor.core.checklist import vocab as V
    from editor.core.checklist.outdated import RULES_BY_KEY, lint

    for key in ("cbpl", "cbp"):
        for sentence in RULES_BY_KEY[key].match:
            for f in lint(sentence):
                if f.key == key and "www." not in f.text and "cbpweb" not in f.text.lower():
                    low = f.text.lower()
                    assert V.AUTH_OLD.search(low) or V.AUTH_OLD_RAW.search(f.text), f"{key}: {f.text}"
