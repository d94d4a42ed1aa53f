"""Clause library at scale: a synthetic library of 10,000 clauses on local disk.

Figures: load without and with the index, search latency, and the load with an artificial
5 ms latency on every file read (standing for a slow SMB share), with and without the index.
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from bench import Figure
from bench.util import HEADINGS, WORDS

N_CLAUSES = 10_000
LATENCY_S = 0.005
ITEMS = ["retention", "purposes", "legal_basis", "recipients", "right_access", "right_erasure", "cookies",
         "security", "complaint_authority", "controller_identity"]
QUERIES = ["bewaren gegevens", "recht op inzage", "verwerkingsverantwoordelijke", "Europese Economische Ruimte",
           "verwerkers", "overeenkomst uitvoering", "wissing", "persoonsgeg", "niet langer dan nodig", "cookies"]


def make_library(root: Path, n: int = N_CLAUSES, seed: int = 11) -> None:
    from editor.core.library import Clause

    rng = random.Random(seed)
    folder = root / "clauses"
    folder.mkdir(parents=True)
    old = time.time() - 3600  # a library that has existed a while (not "racy" against the index)
    for i in range(n):
        sentences = []
        for _ in range(rng.randint(2, 6)):
            s = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 22)))
            sentences.append(s[0].upper() + s[1:] + ".")
        clause = Clause(
            id=f"clausule-{i:05d}",
            title=f"{rng.choice(HEADINGS)} ({i})",
            body=" ".join(sentences) + " Contact: {{email}}.",
            item_ids=sorted(rng.sample(ITEMS, rng.randint(1, 3))),
            jurisdiction=rng.choice(["BE", "NL", "any"]),
        )
        path = folder / f"{clause.id}.md"
        path.write_bytes(clause.to_bytes())
        os.utime(path, (old, old))


def make_revision_library(source: Path, root: Path) -> None:
    """Each clause of `source` as a migrated revision plus one saved edit: 20k revision files."""
    from editor.core.library import parse_clause
    from editor.core.library.layout import new_revision_name
    from editor.core.library.revisions import _with_checksum, rev_id, with_lineage

    folder = root / "revisions"
    folder.mkdir(parents=True)
    for path in sorted((source / "clauses").glob("*.md")):
        old = parse_clause(path.read_bytes())
        first = _with_checksum(with_lineage(old, rev_id(old), []))
        edit = _with_checksum(with_lineage(replace(old, revision=2, body=old.body + " Aangepast."), f"r{old.id}", [rev_id(old)]))
        for clause in (first, edit):
            (folder / new_revision_name(clause.id, clause.revision, "bench").file_name).write_bytes(clause.to_bytes())


def _timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def run() -> list[Figure]:
    from editor.core.library import ClauseLibrary, loader, revisions, share

    tmp = Path(tempfile.mkdtemp(prefix="bench-library-"))
    figures: list[Figure] = []
    try:
        root = tmp / "share"
        make_library(root)
        cache = tmp / "cache"

        def load(**kw) -> ClauseLibrary:
            return ClauseLibrary.open(root, cache_dir=cache, **kw)

        t_cold = _timed(lambda: load(use_cache=False))  # no index yet: reads every file, writes the index
        lib = load(use_cache=False)
        assert lib.files_read == 0 and len(lib) == N_CLAUSES
        warm = statistics.median(_timed(lambda: load(use_cache=False)) for _ in range(3))
        with_cache = _timed(lambda: load())
        figures += [
            Figure("library: load 10k clauses, no index (reads all files)", f"{t_cold * 1000:.0f} ms"),
            Figure("library: load 10k clauses with index (local disk)", f"{warm * 1000:.0f} ms", "< 1000 ms"),
            Figure("library: load with index + offline-copy refresh", f"{with_cache * 1000:.0f} ms"),
        ]

        t_index = _timed(lambda: lib.search("gegevens"))
        times = []
        for _ in range(3):
            for q in QUERIES:
                t0 = time.perf_counter()
                lib.search(q, limit=20)
                times.append((time.perf_counter() - t0) * 1000)
        figures += [
            Figure("library: build search index (first search)", f"{t_index * 1000:.0f} ms"),
            Figure("library: search query, median", f"{statistics.median(times):.2f} ms", "< 10 ms"),
            Figure("library: search query, max", f"{max(times):.2f} ms"),
        ]

        # Slow share: every read through the library's single read function costs 5 ms.
        original = share.read_bytes

        def slow_read(path: Path) -> bytes:
            time.sleep(LATENCY_S)
            return original(path)

        share.read_bytes = slow_read
        try:
            t_slow_index = _timed(lambda: load(use_cache=False))
            (root / "index.json").unlink()
            t_slow_cold = _timed(lambda: load(use_cache=False))
        finally:
            share.read_bytes = original
        serial = N_CLAUSES * LATENCY_S
        figures += [
            Figure("library: load, 5 ms/read latency, with index", f"{t_slow_index * 1000:.0f} ms"),
            Figure(
                f"library: load, 5 ms/read latency, no index ({loader.READ_THREADS} parallel reads)",
                f"{t_slow_cold * 1000:.0f} ms",
                f"serial would be >= {serial * 1000:.0f} ms",
            ),
        ]

        # The same 10k clauses saved as revision files (every clause saved once since migration).
        rev_root = tmp / "share-revisions"
        make_revision_library(root, rev_root)

        def load_revisions() -> ClauseLibrary:
            revisions._PARSED.clear()  # a fresh process: nothing parsed yet
            return ClauseLibrary.open(rev_root, use_cache=False)

        t_rev_cold = _timed(load_revisions)
        t_rev_warm = statistics.median(_timed(load_revisions) for _ in range(3))
        assert len(load_revisions()) == N_CLAUSES
        figures += [
            Figure("library: load 10k clauses from revision files, no index", f"{t_rev_cold * 1000:.0f} ms"),
            Figure("library: load 10k clauses from revision files with index", f"{t_rev_warm * 1000:.0f} ms", "< 1000 ms"),
        ]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return figures
