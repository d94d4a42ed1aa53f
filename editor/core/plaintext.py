"""The plain-text view of a policy with a stable offset <-> block mapping.

Analysers (checklist, grammar) report character spans into this text; the GUI and
exporters map them back to blocks with `locate`. Offsets are Python string indices
(Unicode code points); use `utf16` helpers where Qt or Java positions are needed.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from editor.core.model import Block, Policy

BLOCK_SEPARATOR = "\n"


@dataclass(frozen=True)
class BlockSpan:
    block_id: str
    start: int  # offset of the block's first character in the plain text
    end: int  # offset just past the block's last character


@dataclass
class PlainText:
    text: str
    spans: list[BlockSpan]

    @classmethod
    def from_policy(cls, policy: Policy) -> PlainText:
        return cls.from_blocks(policy.blocks)

    @classmethod
    def from_blocks(cls, blocks: list[Block]) -> PlainText:
        parts: list[str] = []
        spans: list[BlockSpan] = []
        pos = 0
        for i, block in enumerate(blocks):
            if i:
                parts.append(BLOCK_SEPARATOR)
                pos += len(BLOCK_SEPARATOR)
            text = block.text
            parts.append(text)
            spans.append(BlockSpan(block.id, pos, pos + len(text)))
            pos += len(text)
        return cls("".join(parts), spans)

    def block_span(self, block_id: str) -> BlockSpan | None:
        for span in self.spans:
            if span.block_id == block_id:
                return span
        return None

    def locate(self, offset: int) -> tuple[str, int] | None:
        """Map a plain-text offset to (block id, offset inside that block)."""
        if not self.spans:
            return None
        starts = [s.start for s in self.spans]
        i = bisect.bisect_right(starts, offset) - 1
        if i < 0:
            return None
        span = self.spans[i]
        if offset > span.end:
            return None
        return span.block_id, offset - span.start

    def blocks_in(self, start: int, end: int) -> list[str]:
        """Ids of the blocks that a span [start, end) touches."""
        hits = []
        for s in self.spans:
            overlaps = s.start < end and start < s.end
            empty_at_block = start == end and s.start <= start <= s.end
            if overlaps or empty_at_block:
                hits.append(s.block_id)
        return hits


def utf16_len(text: str) -> int:
    """Length of text in UTF-16 code units (what Qt and Java count)."""
    return len(text.encode("utf-16-le")) // 2


def to_utf16(text: str, offset: int) -> int:
    """Convert a code-point offset in text to a UTF-16 offset."""
    return utf16_len(text[:offset])


def from_utf16(text: str, offset16: int) -> int:
    """Convert a UTF-16 offset in text to a code-point offset."""
    units = 0
    for i, ch in enumerate(text):
        if units >= offset16:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)
