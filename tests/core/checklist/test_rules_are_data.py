"""Rules are data: no module of the checklist writes a vocabulary regex of its own.

The words the checklist looks for live in resources/checklist (vocabulary/*.toml, rules/*.toml,
services.toml, outdated.toml), each pattern with examples a test runs. Code may still compile a few
structural regexes (sentence splitting, numbering, digits, token shapes, regexes built from data);
those are listed here by module, and any other regex literal in editor/core/checklist fails.
"""

from __future__ import annotations

import ast
from pathlib import Path

import editor.core.checklist as checklist_pkg
from editor.core.checklist.vocabulary import vocab_dir

PKG = Path(checklist_pkg.__file__).parent
_RE_FUNCS = {"compile", "search", "match", "fullmatch", "findall", "finditer", "sub", "subn", "split"}

# module -> the regex literals it may keep, each structural (no Dutch vocabulary).
STRUCTURAL: dict[str, set[str]] = {
    "text.py": {  # sentence splitting and list numbering
        r"[.!?…]+[\"'”’)\]]*(?=\s)|[\n\t]", r"([\w.]+)$", r"\s+", r"\d+(?:\.\d+)*|[ivx]+",
        r"^\s*(?:artikel\s+\d+|art\.\s*\d+|\d+(?:\.\d+)*\.?|[a-z]\.|[ivx]+\.|[-•*·▪–])\s*", r"^\s*\d+\.\d+",
        r"^\s*(?:artikel\s+\d+|art\.\s*\d+|\d+\.?\s|[A-Z]\.\s|[IVX]+\.\s)",
    },
    "readability.py": {r"[^\W\d_]+(?:[-'][^\W\d_]+)*"},  # a word
    "prefilter.py": {r"[a-zà-ÿ0-9]+"},  # a token
    "cues.py": {r"\d"},
    "engine.py": {r"\n\s*\n"},  # paragraphs
    "outdated.py": {r"[.!?\n]"},  # sentence end
    "rulebook.py": {r"\{([a-z_]+)\}"},  # {fragment} references
    "vocabulary.py": {r"\{([a-z_]+)\}"},
    "services.py": {  # regexes built from the services table, and its tokens
        r"\\[bswdW]|\[[^\]]*\]|[?*+()|\\^$.]", r"[a-z0-9à-ÿ]+", r"\b(?:", r")\b",
    },
    # Token shapes the decisions use to find the organisation's name: capitalised runs, domains, postcodes.
    "decide_parties.py": {
        r"\b(?:[A-Z][A-Za-z0-9&]*[A-Z][\w&]*|[a-z]+[A-Z]\w*|[A-Za-z][\w-]*\.(?:website|be|nl|com|eu|org|net))\b",
        r"[\w.+-]+@([\w-]+)\.[a-z]{2,}|\b(?:https?://)?(?:www\.)?([\w-]+)\.(?:be|nl|com|eu|org|net|shop|site)\b",
        r"(?:[A-Z][\w&'-]*\s?){1,4}", r"[^a-z0-9]", r"\b\d{4}\s?(?:[A-Z]{2}\s)?\s*[A-Z]",
    },
}


def _literal_parts(node: ast.expr) -> list[str] | None:
    """The string constants of a regex argument written in the code: "..." or "..." + x + "...";
    None for an expression built otherwise (from data: "|".join(...), a variable)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return [v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal_parts(node.left), _literal_parts(node.right)
        if left is None and right is None:
            return None
        return (left or []) + (right or [])
    return None


def _regex_literals(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    aliases = {"C"}  # the old `C = re.compile` shorthand, wherever it comes back
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute) and node.value.attr == "compile":
            aliases.update(t.id for t in node.targets if isinstance(t, ast.Name))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        f = node.func
        is_re = isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id == "re" and f.attr in _RE_FUNCS
        is_alias = (isinstance(f, ast.Name) and f.id in aliases) or (isinstance(f, ast.Attribute) and f.attr in aliases)
        if is_re or is_alias:
            parts = _literal_parts(node.args[0])
            found += [(node.lineno, p) for p in parts or ()]
    return found


def test_no_checklist_module_writes_a_vocabulary_regex():
    offenders = []
    for path in sorted(PKG.glob("*.py")):
        allowed = STRUCTURAL.get(path.name, set())
        offenders += [f"{path.name}:{line}: {lit[:70]!r}" for line, lit in _regex_literals(path) if lit not in allowed]
    assert not offenders, "vocabulary belongs in resources/checklist/vocabulary (with examples):\n" + "\n".join(offenders)


def test_the_allow_list_holds_only_literals_still_in_the_code():
    """A structural literal that left the code leaves the list too, so the list only shrinks."""
    for name, allowed in STRUCTURAL.items():
        present = {lit for _line, lit in _regex_literals(PKG / name)}
        assert allowed <= present, f"{name}: no longer in the code: {allowed - present}"


def test_the_scan_sees_a_regex_literal_in_each_way_it_can_be_written(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text(
        'import re\nC = re.compile\nA = C(r"bewaar|termijn")\nB = re.search(r"klacht", x)\n'
        'D = re.compile(r"(?:" + Y + r")\\b")\nE = re.compile("|".join(words))\n', encoding="utf-8")
    assert [lit for _l, lit in _regex_literals(probe)] == ["bewaar|termijn", "klacht", "(?:", ")\\b"]


def test_no_checklist_module_or_vocabulary_file_is_over_400_lines():
    for path in [*PKG.glob("*.py"), *vocab_dir().glob("*.toml")]:
        n = len(path.read_text(encoding="utf-8").splitlines())
        assert n <= 400, f"{path.name}: {n} lines"


def test_no_checklist_module_asks_for_a_word_by_a_string_literal():
    """`"zodat" in low` is vocabulary hidden in code, and a hand-kept guard silently disables the
    pattern behind it; words are asked through named vocabulary patterns. Structural characters
    ("@", "{{", ":") may stay."""
    import re

    word_test = re.compile(r'"([^"\\]*[a-z][^"\\]*)"\s+(?:not\s+)?in\s+(?:low|raw|text|sentence|before|after)\b')
    found = []
    for path in sorted(PKG.glob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            found += [f"{path.name}:{number}: {m.group(0)}" for m in word_test.finditer(line)]
    assert not found, "\n".join(found)
