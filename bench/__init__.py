"""Benchmarks: `make bench` runs every module in BENCHES and prints one table.

Each module defines run() -> list[Figure]. Figures are medians and ratios, not pass/fail.
"""

from __future__ import annotations

from dataclasses import dataclass

BENCHES: tuple[str, ...] = (
    "bench_accuracy",
    "bench_layout",
    "bench_checklist",
    "bench_library",
    "bench_import",
    "bench_startup",
    "bench_gui",
    "bench_latency",
    "bench_export",
    "bench_grammar",
    "bench_package",
    "bench_fix",
    "bench_inputs",
)


@dataclass
class Figure:
    name: str
    value: str
    target: str = ""
