"""The layout variants of bench/bench_layout.py change the layout of a policy, never its words (so its annotations
still hold), and a variant folder is ready for the scorer."""

from __future__ import annotations

import json

from bench.bench_layout import VARIANTS, no_bullets, single_breaks, wrapped, write_variant

TEXT = "Privacyverklaring\n\nWij verwerken:\n\n- naam;\n- e-mailadres.\n\n" + "Wij bewaren uw gegevens twee jaar. " * 6 + "\n"


def test_variants_keep_every_word_and_change_the_layout():
    words = [w for w in TEXT.split() if w != "-"]
    for name, change in VARIANTS.items():
        assert [w for w in change(TEXT).split() if w != "-"] == words, name
    assert "- naam" not in no_bullets(TEXT) and "naam;" in no_bullets(TEXT)
    assert "\n\n" not in single_breaks(TEXT)
    assert all(len(line) <= 72 for line in wrapped(TEXT).splitlines())


def test_a_variant_folder_holds_the_annotations_and_every_text(tmp_path):
    source = tmp_path / "src"
    source.mkdir()
    (source / "a.txt").write_text(TEXT, encoding="utf-8")
    (source / "annotations.json").write_text(json.dumps([{"file": "a.txt", "items": {}}]), encoding="utf-8")
    write_variant(source, tmp_path / "out", no_bullets)
    assert json.loads((tmp_path / "out" / "annotations.json").read_text(encoding="utf-8"))[0]["file"] == "a.txt"
    assert (tmp_path / "out" / "a.txt").read_text(encoding="utf-8") == no_bullets(TEXT)
