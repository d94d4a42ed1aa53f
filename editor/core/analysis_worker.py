"""The checklist analysis process: the child side of editor.core.analysis_service.

Run as `python -c "from editor.core.analysis_worker import main; main()"` (or, in the packaged app,
`privacy-editor --checklist-worker`). It warms up first (engine imported, catalogue loaded, patterns
compiled by analysing a small sample), says "ready", then answers requests until its stdin closes
(the editor quit or was killed). One incremental Analyzer per (client, UI language) keeps the
per-block cache alive between requests, so re-analysing a 20k-word policy after a keystroke
re-reads only the changed paragraph.

Frames are a 4-byte big-endian length and a pickle. Both ends are this program: the pipe is an
anonymous one between the editor and its own child, never a file or a socket, and what is pickled
are the core's own dataclasses (Policy in, Report out).
"""

from __future__ import annotations

import os
import pickle
import struct
import sys
import time
from collections import OrderedDict
from typing import IO, Any

HEADER = struct.Struct(">I")
MAX_CLIENTS = 8  # analysers kept (one per open window); the oldest is dropped beyond this


def write_frame(stream: IO[bytes], message: Any) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(HEADER.pack(len(data)) + data)
    stream.flush()


def read_frame(stream: IO[bytes]) -> Any:
    """The next message, or raises EOFError when the other side is gone."""
    head = _read_exactly(stream, HEADER.size)
    return pickle.loads(_read_exactly(stream, HEADER.unpack(head)[0]))


def _read_exactly(stream: IO[bytes], n: int) -> bytes:
    parts = []
    while n:
        chunk = stream.read(n)
        if not chunk:
            raise EOFError
        parts.append(chunk)
        n -= len(chunk)
    return b"".join(parts)


def _warm_up() -> float:
    """Import the engine and analyse a small policy once: the first real request is then fast."""
    started = time.perf_counter()
    from editor.core.checklist import Analyzer
    from editor.core.model import Heading, Paragraph, Policy, Run

    text = [
        "Wij, Voorbeeld bv, zijn verantwoordelijk voor de verwerking van uw persoonsgegevens.",
        "Wij verwerken uw naam en e-mailadres om de overeenkomst uit te voeren (artikel 6.1.b AVG).",
        "Wij bewaren uw gegevens niet langer dan nodig. U heeft het recht op inzage, verbetering en wissing.",
        "U kunt een klacht indienen bij de Gegevensbeschermingsautoriteit. Contact: privacy@example.org.",
    ]
    blocks = [Heading(id="w0", runs=[Run("Privacyverklaring")], level=1)]
    blocks += [Paragraph(id=f"w{i}", runs=[Run(t)]) for i, t in enumerate(text, 1)]
    Analyzer().analyze(Policy(blocks=blocks))
    return (time.perf_counter() - started) * 1000


def serve(inp: IO[bytes], out: IO[bytes]) -> None:
    from editor.core import i18n
    from editor.core.checklist import Analyzer

    write_frame(out, ("ready", _warm_up()))
    analysers: OrderedDict[tuple[str, str], Analyzer] = OrderedDict()
    while True:
        try:
            message = read_frame(inp)
        except (EOFError, OSError):
            return  # the editor is gone
        kind = message[0]
        if kind == "stop":
            return
        if kind != "analyze":
            continue
        _, seq, client, language, policy = message
        started = time.perf_counter()
        try:
            i18n.set_language(language)
            key = (client, language)
            analyser = analysers.get(key)
            if analyser is None:
                analyser = analysers[key] = Analyzer()
                while len(analysers) > MAX_CLIENTS:
                    analysers.popitem(last=False)
            analysers.move_to_end(key)
            report = analyser.analyze(policy)
        except Exception as exc:  # the editor re-runs it in-process and reports it there
            write_frame(out, ("error", seq, f"{type(exc).__name__}: {exc}"))
            continue
        write_frame(out, ("report", seq, report, (time.perf_counter() - started) * 1000, analyser.last_reanalysed))


def main() -> None:
    """Entry point of the child: frames on the original stdout, anything printed goes to stderr."""
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    try:
        serve(sys.stdin.buffer, out)
    except (BrokenPipeError, KeyboardInterrupt):
        pass
    sys.exit(0)
