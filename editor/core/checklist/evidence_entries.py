"""Evidence that is a lead-in ("Wij gebruiken uw gegevens voor de volgende doeleinden:") shows its first list
entries too: the entries give the information, the lead-in alone does not."""

from __future__ import annotations

import bisect

from editor.core.checklist.document import _Doc
from editor.core.checklist.report import Evidence

MAX_ENTRIES = 4  # enough for a lawyer to see what the list says; the panel stays compact


def with_list_entries(doc: _Doc, evidence: list[Evidence]) -> list[Evidence]:
    """Each lead-in ending a block with ':' is extended over the list entries right after it; evidence that
    is one of those entries is then dropped (it is shown inside the lead-in's span)."""
    out: list[Evidence] = []
    covered: list[tuple[int, int]] = []
    for ev in evidence:
        bi = bisect.bisect_right(doc.offsets, ev.start) - 1
        f = doc.feats[bi] if 0 <= bi < len(doc.feats) else None
        if f is None or not ev.text.rstrip().endswith(":") or doc.offsets[bi] + len(f.text.rstrip()) != ev.end:
            out.append(ev)
            continue
        last = bi
        while last + 1 < len(doc.feats) and last - bi < MAX_ENTRIES and doc.feats[last + 1].is_list and doc.feats[last + 1].text.strip():
            last += 1
        if last == bi:
            out.append(ev)
            continue
        end = doc.offsets[last] + len(doc.feats[last].text)
        text = ev.text + "\n" + "\n".join(doc.feats[i].text for i in range(bi + 1, last + 1))
        out.append(Evidence(ev.start, end, text, [*ev.block_ids, *(doc.blocks[i].id for i in range(bi + 1, last + 1))], ev.reason))
        covered.append((ev.start, end))
    return [e for e in out if not any(s <= e.start and e.end <= t and (s, t) != (e.start, e.end) for s, t in covered)]
