"""Helpers shared by the benchmarks."""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable

WORDS = (
    "wij verwerken uw persoonsgegevens voor de uitvoering van de overeenkomst en bewaren deze "
    "niet langer dan nodig u heeft het recht op inzage verbetering en wissing van uw gegevens "
    "de verwerkingsverantwoordelijke deelt gegevens met verwerkers binnen de Europese Economische Ruimte"
).split()

HEADINGS = ["Wie zijn wij?", "Welke gegevens verwerken wij?", "Waarom verwerken wij uw gegevens?",
            "Hoe lang bewaren wij uw gegevens?", "Uw rechten", "Cookies", "Klachten", "Beveiliging"]


def synthetic_policy_text(words: int = 20_000, seed: int = 7) -> str:
    """A policy-shaped .txt of about `words` words, with headings and paragraphs."""
    rng = random.Random(seed)
    out: list[str] = ["Privacyverklaring", ""]
    count = 0
    section = 0
    while count < words:
        out.append(f"{HEADINGS[section % len(HEADINGS)]}")
        out.append("")
        section += 1
        for _ in range(4):
            sentence_count = rng.randint(2, 5)
            sentences = []
            for _ in range(sentence_count):
                n = rng.randint(8, 22)
                s = " ".join(rng.choice(WORDS) for _ in range(n))
                sentences.append(s[0].upper() + s[1:] + ".")
                count += n
            out.append(" ".join(sentences))
            out.append("")
    return "\n".join(out)


def median_ms(fn: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def cpu_seconds(pid: int | None) -> float | None:
    """User + system CPU seconds of a process so far (Linux /proc; None elsewhere).

    The machine is shared: wall times move with other people's load, CPU seconds much less.
    """
    import os

    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, TypeError):
        return None
