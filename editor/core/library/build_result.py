"""What a library build produced: the clauses, what it dropped or rejected and why, per-item coverage."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from editor.core.library.clause import Clause

REPORT_FILE = "BUILD_REPORT.md"


@dataclass
class Dropped:
    title: str
    source: str
    duplicate_of: str
    similarity: float


@dataclass
class Rejected:
    title: str
    source: str
    reason: str


@dataclass
class BuildResult:
    out: Path
    clauses: list[Clause]
    sources: list[tuple[str, str, int]]  # file, title, clauses taken from it
    dropped: list[Dropped] = field(default_factory=list)
    coverage: dict[str, list[str]] = field(default_factory=dict)
    missing_required: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    per_country: dict[str, dict[str, int]] = field(default_factory=dict)  # item -> {"BE": n, "NL": n}

    def summary(self) -> str:
        missing = ", ".join(self.missing_required) or "-"
        return (
            f"{len(self.clauses)} clausules in {self.out} uit {len(self.sources)} verklaringen en de modelclausules; "
            f"{len(self.rejected)} afgewezen, {len(self.dropped)} bijna-dubbels weggelaten; "
            f"verplichte punten zonder clausule: {missing}. Zie {self.out / REPORT_FILE}."
        )
