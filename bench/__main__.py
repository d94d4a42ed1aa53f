"""Run all benchmarks and print one table of figures."""

from __future__ import annotations

import importlib
import os
import sys
import traceback

from bench import BENCHES, Figure

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    wanted = sys.argv[1:] or list(BENCHES)
    rows: list[Figure] = []
    for name in wanted:
        try:
            rows.extend(importlib.import_module(f"bench.{name}").run())
        except Exception as exc:  # a failing benchmark must not hide the others
            traceback.print_exc()
            rows.append(Figure(f"{name}: FAILED", str(exc)))
    w1 = max(len(r.name) for r in rows)
    w2 = max(len(r.value) for r in rows)
    print(f"{'measurement'.ljust(w1)}  {'figure'.ljust(w2)}  target")
    print(f"{'-' * w1}  {'-' * w2}  ------")
    for r in rows:
        print(f"{r.name.ljust(w1)}  {r.value.ljust(w2)}  {r.target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
