"""Many paragraphs in few requests, sent concurrently to LanguageTool's check threads. No Qt.

LanguageTool checks one request on one thread; a server with N check threads (maxCheckThreads,
set by launch.py from the machine's cores) works on N requests at once. So a long document is
cut into batches of whole paragraphs, and `run` keeps up to `workers` of them in flight. Batches
start in the order given (the caller puts what the user sees first) and results come back in the
caller's thread as each batch finishes.

Paragraphs of one batch are joined with a blank line, LanguageTool's paragraph break, so every
paragraph is checked exactly as in one whole-text request, except for the few text-level rules
that compare paragraphs with each other (see docs/grammar.md, "Batches and one whole-text request").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait

from editor.core.grammar.match import GrammarMatch

PARAGRAPH_BREAK = "\n\n"  # LanguageTool starts a new paragraph here
MIN_BATCH_CHARS = 1500  # below this the per-request overhead (~20 ms) outweighs the balance gained

Results = dict[str, tuple[GrammarMatch, ...]]


def plan(paragraphs: Sequence[str], batch_chars: int, workers: int = 1) -> list[list[str]]:
    """Cut paragraphs (in order) into batches of about `batch_chars`.

    With several workers the batches are made smaller, about a quarter of each worker's share,
    so that a batch full of rare words (slow spelling suggestions) does not leave the other
    threads idle at the end.
    """
    total = sum(len(p) + len(PARAGRAPH_BREAK) for p in paragraphs)
    if workers > 1:
        batch_chars = min(batch_chars, max(MIN_BATCH_CHARS, total // (workers * 4)))
    batches: list[list[str]] = []
    size = 0
    for para in paragraphs:
        if not batches or (size and size + len(para) > batch_chars):
            batches.append([])
            size = 0
        batches[-1].append(para)
        size += len(para) + len(PARAGRAPH_BREAK)
    return batches


def split(batch: Sequence[str], found: Sequence[GrammarMatch]) -> Results:
    """Matches of a joined batch, back per paragraph with offsets relative to it."""
    result: Results = {}
    pos = 0
    for para in batch:
        end = pos + len(para)
        result[para] = tuple(m.shifted(-pos) for m in found if pos <= m.start and m.end <= end)
        pos = end + len(PARAGRAPH_BREAK)
    return result


def run(
    batches: Sequence[list[str]],
    check_batch: Callable[[list[str]], Results],
    workers: int,
    on_result: Callable[[str, tuple[GrammarMatch, ...]], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Results:
    """Check batches with up to `workers` requests in flight; `on_result` per paragraph as they finish.

    `on_result` runs in the calling thread. Once `cancelled()` is true no further batch starts;
    those already sent finish (their results still arrive). The first error is raised after the
    batches in flight have ended.
    """
    out: Results = {}

    def deliver(results: Results) -> None:
        out.update(results)
        if on_result is not None:
            for text, raw in results.items():
                on_result(text, raw)

    if workers <= 1 or len(batches) <= 1:
        for batch in batches:
            if cancelled is not None and cancelled():
                break
            deliver(check_batch(batch))
        return out
    queue = list(batches)
    error: BaseException | None = None
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="grammar-batch") as pool:
        running: set[Future[Results]] = set()
        while queue or running:
            while queue and len(running) < workers and error is None and not (cancelled and cancelled()):
                running.add(pool.submit(check_batch, queue.pop(0)))
            if not running:
                break
            done, running = wait(running, return_when=FIRST_COMPLETED)
            for future in done:
                exc = future.exception()
                if exc is not None:
                    error = error or exc
                else:
                    deliver(future.result())
            if error is not None or (cancelled is not None and cancelled()):
                queue.clear()
    if error is not None:
        raise error
    return out
