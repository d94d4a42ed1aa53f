"""The team's model clauses (resources/library/model_clauses.toml), in the u and je forms.

Each clause is written once with "u"; its je variant comes from the tested conversion in
address.py. Tags are verified by the build like those of mined clauses.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field

from editor.core.library.address import to_je
from editor.core.paths import resources_dir


@dataclass
class ModelClause:
    id: str
    title: str
    body: str
    form: str
    jurisdiction: str
    intended: list[str] = field(default_factory=list)
    review: str = ""  # what the lawyer must check with the client


def model_clauses_file():  # noqa: ANN201 - a Path
    return resources_dir() / "library" / "model_clauses.toml"


def load_model_clauses() -> list[ModelClause]:
    """Every model clause in both forms of address (ids of the je variant end in '-je')."""
    data = tomllib.loads(model_clauses_file().read_text(encoding="utf-8"))
    out: list[ModelClause] = []
    for entry in data.get("clause", []):
        body = str(entry["body"]).strip()
        title = str(entry["title"]).strip()
        base = dict(
            jurisdiction=str(entry.get("jurisdiction", "any")), intended=list(entry.get("items", [])),
            review=str(entry.get("review", "")),
        )
        out.append(ModelClause(id=str(entry["id"]), title=title, body=body, form="u", **base))
        out.append(ModelClause(id=f"{entry['id']}-je", title=to_je(title), body=to_je(body), form="je", **base))
    return out
