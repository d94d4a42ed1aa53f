"""The default library is mined from the corpus: deterministic, anonymised, traceable, honest."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from editor.core.library import ClauseLibrary
from editor.core.library.build import REPORT_FILE, build_library
from editor.core.library.clause import PLACEHOLDER_RE

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "clause_library"
CORPUS = SHIPPED / "corpus"

ORG_DETAILS = [
    "INSUCOMMERCE", "3D CONFIG", "Webassur", "Archer Consulting", "iAssist", "Luyten", "Dok-Noord",
    "Bevrijdingslaan", "Doornzele", "0786.223.206", "0726.804.172", "0882.753.745", "@", "+32",
    "456 15 44 87", "474 58 26 85", "12/04/2018", "28/12/2022", "1 oktober 2018", "www.", "iassist.be",
    "Diepenbeek", "Evergem", "9000 Gent",
]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("build") / "lib"
    build_library([CORPUS], out)
    return out


def tree(root: Path) -> dict[str, bytes]:
    files = [root / "index.json", root / REPORT_FILE, *sorted((root / "clauses").glob("*"))]
    return {str(p.relative_to(root)): p.read_bytes() for p in files if p.is_file()}


def test_shipped_library_equals_a_fresh_build(built):
    shipped = tree(SHIPPED)
    fresh = tree(built)
    assert sorted(shipped) == sorted(fresh), "run: privacy-editor library build clause_library/corpus --out clause_library"
    for name in fresh:
        assert shipped[name] == fresh[name], f"{name} differs from a fresh build"


def test_build_is_deterministic(built, tmp_path):
    again = tmp_path / "again"
    build_library([CORPUS], again)
    assert tree(again) == tree(built)


def _corpus_plain(source: str) -> str:
    from editor.core.importers import load_document
    from editor.core.plaintext import PlainText

    text = PlainText.from_policy(load_document(CORPUS / source).policy).text
    return re.sub(r"\s+", " ", text)


def test_every_clause_is_corpus_text_with_only_placeholders_and_recorded_changes(built):
    lib = ClauseLibrary.open(built, use_cache=False)
    assert len(lib.clauses) >= 30 and not lib.problems
    plain_cache: dict[str, str] = {}
    for clause in (c for c in lib.clauses if c.origin == "corpus"):
        assert clause.provenance is not None
        source = clause.provenance.source
        plain = plain_cache.setdefault(source, _corpus_plain(source))
        body = clause.body
        for change in clause.changes:
            if change.new:
                assert change.old in plain or " ".join(change.old.split()) in plain
                body = body.replace(change.new, "{{gewijzigd}}")  # a recorded modernisation: skip over it
                if change.new.startswith("de "):
                    body = body.replace(change.new[3:], "{{gewijzigd}}")  # after an article already there
        sentences = []
        for line in body.split("\n"):
            line = re.sub(r"^\s*(?:- |\d+\. )", "", line).strip()
            # A repair drops whole sentences (recorded), so each remaining sentence is corpus text.
            sentences += re.split(r"(?<=[.!?])\s+", line) if any(not c.new for c in clause.changes) else [line]
        for line in sentences:
            if not line:
                continue
            parts = [re.escape(p).replace(r"\ ", r"\s+") for p in PLACEHOLDER_RE.split(line)[::2]]
            pattern = r".{1,160}?".join(parts)
            assert re.search(pattern, plain), f"{clause.id}: not found in {source}: {line[:80]}"


def test_no_organisation_details_left(built):
    lib = ClauseLibrary.open(built, use_cache=False)
    for clause in lib.clauses:
        text = (clause.title + "\n" + clause.body).casefold()
        for detail in ORG_DETAILS:
            assert detail.casefold() not in text, f"{clause.id} still contains {detail!r}"
    placeholders = {p for c in lib.clauses for p in c.placeholders}
    assert {"organisatie", "adres", "ondernemingsnummer", "email", "telefoon", "website", "datum"} <= placeholders


def test_provenance_points_at_the_source(built):
    from editor.core.importers import load_document
    from editor.core.plaintext import PlainText

    lib = ClauseLibrary.open(built, use_cache=False)
    plains: dict[str, str] = {}
    for clause in (c for c in lib.clauses if c.origin == "corpus"):
        prov = clause.provenance
        lines = [" ".join(line.split()) for line in (CORPUS / prov.source).read_text(encoding="utf-8").split("\n")]
        plain = plains.setdefault(prov.source, PlainText.from_policy(load_document(CORPUS / prov.source).policy).text)
        assert 1 <= prov.line <= len(lines) and prov.end > prov.start
        region = " ".join(plain[prov.start : prov.end].split())
        # The line recorded is where the clause's text (its heading or first block) starts.
        assert lines[prov.line - 1][:15] in region, clause.id  # the importer cleans leftovers such as "&lt"
        if prov.heading and "{{" not in prov.heading:
            assert any(" ".join(prov.heading.split())[:30] in line for line in lines[: prov.line]), clause.id


def test_required_items_the_corpus_covers_have_clauses_and_gaps_are_reported(built):
    from editor.core.checklist import analyze
    from editor.core.importers import load_document

    lib = ClauseLibrary.open(built, use_cache=False)
    in_corpus: set[str] = set()
    for path in sorted(CORPUS.glob("*.txt")):
        report = analyze(load_document(path).policy, "BE")
        in_corpus |= {r.id for r in report.items if r.required and r.status in ("present", "partial")}
    offered = {i for c in lib.clauses if c.active and not c.outdated for i in c.item_ids}
    assert in_corpus - offered == set()
    report_text = (built / REPORT_FILE).read_text(encoding="utf-8")
    gaps = report_text.split("## Verplichte punten zonder clausule", 1)[1].split("##", 1)[0]
    from editor.core.checklist import load_catalogue

    required = {i.id for i in load_catalogue().items if i.level == "always"} if hasattr(load_catalogue(), "items") else set()
    for item in required - offered:
        assert item in gaps, f"{item} has no clause but the report does not say so"


def test_rights_sections_become_one_clause_per_right(built):
    lib = ClauseLibrary.open(built, use_cache=False)
    rights = ("right_access", "right_rectification", "right_erasure", "right_restriction", "right_objection", "right_portability")
    for right in rights:
        focused = [c for c in lib.clauses if right in c.item_ids and sum(r in c.item_ids for r in rights) <= 2]
        assert focused, f"no focused clause for {right}"


def test_outdated_references_are_modernised_or_rejected(built):
    lib = ClauseLibrary.open(built, use_cache=False)
    for clause in lib.clauses:
        assert "8 december 1992" not in clause.body
        assert "Privacy Shield" not in clause.body
        assert "Commissie voor de Bescherming" not in clause.body
        assert not clause.outdated
    changed = [c for c in lib.clauses if c.changes]
    assert any(ch.new and "1992" in ch.old for c in changed for ch in c.changes)
    rejected = (built / REPORT_FILE).read_text(encoding="utf-8").split("## Afgewezen", 1)[1].split("##", 1)[0]
    assert "Privacy Shield" in rejected  # the corpus has one; it could not be modernised safely


def test_building_over_a_library_in_use_is_refused(tmp_path):
    from editor.core.errors import UserError

    (tmp_path / "history").mkdir()
    with pytest.raises(UserError, match="historiek"):
        build_library([CORPUS], tmp_path)


def test_near_duplicates_are_dropped_and_recorded(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    original = (CORPUS / "000_575fdc7e13541796.txt").read_text(encoding="utf-8")
    (corpus / "a.txt").write_text(original, encoding="utf-8")
    # A second organisation copied the policy and changed a few words.
    copy = original.replace("INSUCOMMERCE", "ACME").replace("gekwalificeerd personeel", "bevoegd personeel")
    (corpus / "b.txt").write_text(copy, encoding="utf-8")
    (corpus / "README.md").write_text("# not a policy\n", encoding="utf-8")
    result = build_library([corpus], tmp_path / "out")
    mined = [c for c in result.clauses if c.origin == "corpus"]
    sources = {c.provenance.source for c in mined}
    assert sources == {"a.txt"}, "every clause of the copy is a near-duplicate"
    assert len(result.dropped) == len(mined)
    assert all(any(x.startswith("b.txt:") for x in c.also_in) for c in mined)
    report = (tmp_path / "out" / REPORT_FILE).read_text(encoding="utf-8")
    assert "(b.txt) lijkt op" in report
