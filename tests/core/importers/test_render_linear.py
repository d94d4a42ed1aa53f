"""Plain-text and Markdown output stay linear for long lists (issue 15: 1 million lines).

Each list item used to be appended to the previous text with +=, which made a 99,000-item
list take over a minute to convert.
"""

from __future__ import annotations

import time

from editor.core.importers import import_text
from editor.core.importers.render import to_markdown, to_plain_text
from editor.core.model import ListItem, Policy, Run


def test_a_long_list_converts_in_linear_time_and_round_trips() -> None:
    policy = Policy(blocks=[ListItem(runs=[Run(f"punt {i} met wat tekst")], ordered=i % 2 == 0) for i in range(60_000)])
    t0 = time.perf_counter()
    markdown = to_markdown(policy)
    text = to_plain_text(policy)
    assert time.perf_counter() - t0 < 5.0
    assert markdown.count("\n") == text.count("\n") == 60_000
    again = import_text(markdown, "md").policy.blocks
    assert len(again) == 60_000 and again[-1].text == "punt 59999 met wat tekst"
