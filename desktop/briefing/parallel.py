"""Lay out a large print in pieces on every core, and join the pieces into the one document.

A district packet has thousands of pages, and its parts (the cover, the orders, each annex, each
post sheet, each attendance list) each start on a fresh page, so they can be laid out apart. This
process computes the parts in order (the content is cheap beside the layout), cuts them into
pieces of about `PIECE_PAGES` pages, and hands the pieces to worker processes; each worker lays
its piece out with the same `render.lay_out` as a one-process print, into a temporary PDF in a
private folder. The pieces are joined in order as they come back (`pdfjoin`), which fills in the
page numbers ("Halaman X dari Y", per numbered copy) and the first page of each part for the
print revision, and streams the joined PDF out. Neither side keeps a finished page: a worker
holds one piece, the joiner one piece, and at most `2 x processes + 1` pieces are under way, so
memory stays flat however many pages the print has.

Processes are started with `spawn` (the same on Linux, Windows and macOS, and safe beside Qt's
threads); a worker receives the plan pickled once, when it starts. Progress is counted in parts
laid out (by any worker) and reported from this process at least every `POLL` seconds; cancel
stops every worker at its next page, removes the temporary folder, and leaves no output.
Where processes cannot be started (a frozen build without `multiprocessing.freeze_support()`,
a sandbox), or for small prints, the pieces are laid out in this process instead; the document
is the same either way.
"""

from __future__ import annotations

import contextlib
import gc
import io
import logging
import multiprocessing
import os
import pickle
import shutil
import tempfile
import time
from collections import deque
from collections.abc import Callable, Generator, Iterator
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from desktop.briefing import strings as S
from desktop.briefing.content import BriefingOptions, Cancelled, Part, Selection
from desktop.briefing.identity import Namer
from desktop.briefing.layout import register_fonts
from desktop.briefing.pdfjoin import PdfJoiner

log = logging.getLogger("renpam.print")

PIECE_PAGES = 100  # pages laid out by one worker at a time, about (bounds each process's memory)
SPLIT_PAGES = 150  # at most this many pages in one PDF of a piece: a long part goes on in a fresh one
MIN_PARTS = 120  # below this many parts a print is laid out as one document (starting processes costs more)
MAX_PROCESSES = 8
POLL = 0.1  # seconds between progress reports while waiting for workers


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def processes_for(parts: int, workers: int | None) -> int | None:
    """How many worker processes lay out a print of `parts` parts: None for one document laid
    out here, 0 for pieces laid out here, else the number of processes (see `render.generate`)."""
    if workers is not None:
        if workers < 0:
            raise ValueError(f"workers must be 0 or more, not {workers}")
        return None if workers == 1 else min(workers, MAX_PROCESSES)
    if parts < MIN_PARTS:
        return None
    cores = min(available_cores(), MAX_PROCESSES)
    return cores if cores >= 2 else 0


def weight(part: Part) -> float:
    """About how many pages a part takes (post sheets one; tables by their rows)."""
    rows = 0
    for key in ("rows", "posts", "markers", "slips", "units"):
        value = part.data.get(key)
        if isinstance(value, list):
            rows += len(value)
            if key == "units":
                rows += sum(len(u.get("rows", ())) for u in value if isinstance(u, dict))
    return 1 + rows / 25


# ---------------------------------------------------------------------------- the worker's side
@dataclass(slots=True)
class _Piece:
    number: int
    parts: list[tuple[int, int, Part]]


@dataclass(slots=True)
class _File:
    """One PDF of a laid-out piece (a piece is cut into PDFs of at most `PIECE_PAGES` pages)."""

    path: str
    page_numbers: list[tuple[int, int]]  # (copy, page within the copy as this file counts) per page
    first_pages: dict[int, int] = field(default_factory=dict)  # part index -> page within the file


@dataclass(slots=True)
class _Done:
    number: int
    files: list[_File]


_worker: dict[str, Any] = {}


def _start(payload: bytes, folder: str, made: str, cancel: Any, counter: Any) -> None:
    """A worker's start: the plan and options, once."""
    from desktop.briefing.render import Renderer

    plan, options = pickle.loads(payload)
    register_fonts()
    renderer = Renderer(Selection(plan, options), S.check_lang(options.lang), options.paper)
    _worker.update(renderer=renderer, folder=folder, made=made, cancel=cancel, counter=counter)


def _lay_out(piece: _Piece, here: dict[str, Any] | None = None) -> _Done:
    """Lay one piece out into its temporary PDF: in a worker (with what `_start` set up), or in
    this process (`here`: the same, for this print alone)."""
    from desktop.briefing.render import lay_out, page_context

    w = here if here is not None else _worker
    renderer = w["renderer"]
    ctx = page_context(renderer, w["made"], renderer.sel.options.copies)
    ctx.number_later = True
    cancel, counter = w["cancel"], w["counter"]

    tick = w.get("tick")

    def on_page() -> None:
        if cancel.is_set():
            raise Cancelled()
        if tick is not None:  # laid out in this process: report (and hear a cancel) page by page
            tick()

    first: dict[int, int] = {}
    files: list[_File] = []
    buf = io.BytesIO()

    def on_part(index: int, page: int) -> None:
        on_page()
        first[index] = page
        if index != piece.parts[0][0]:
            with counter.get_lock():
                counter.value += 1

    def keep(numbers: list[tuple[int, int]]) -> None:
        path = os.path.join(w["folder"], f"piece-{piece.number:05d}-{len(files):04d}.pdf")
        with open(path, "xb") as f:
            f.write(buf.getvalue())
        files.append(_File(path, numbers, dict(first)))
        first.clear()

    def split(full: Any) -> io.BytesIO:
        """A long part goes on in a fresh PDF: the full one is written out and forgotten."""
        nonlocal buf
        full.save()
        keep(full.page_numbers)
        ctx.copy_pages.clear()  # each PDF counts its pages from 1 (the joiner adds them up)
        buf = io.BytesIO()
        return buf

    ctx.on_page = on_page
    canvas = lay_out(renderer, ctx, piece.parts, buf, on_part=on_part, split_pages=SPLIT_PAGES, split=split)
    with counter.get_lock():
        counter.value += 1  # the last part of the piece
    keep(canvas.page_numbers if canvas else [])
    buf.close()
    del canvas
    gc.collect()  # the piece's document is a web of cycles: free it now, not some pieces later
    return _Done(piece.number, files)


class _Here:
    """Stand-ins for the shared event and counter when the pieces are laid out in this process."""

    class Counter:
        def __init__(self) -> None:
            self.value = 0

        def get_lock(self) -> contextlib.nullcontext:
            return contextlib.nullcontext()

    class Event:
        def __init__(self) -> None:
            self._set = False

        def set(self) -> None:
            self._set = True

        def is_set(self) -> bool:
            return self._set


# ---------------------------------------------------------------------------- this process's side
@dataclass
class _Run:
    """One print in pieces: what the caller learns at the end."""

    pages: int = 0
    parts: int = 0
    printed: list[list] = field(default_factory=list)


def generate_pieces(
    plan: Any,
    renderer: Any,
    numbered: Iterator[tuple[int, int, Part]],
    out: str | Path | BinaryIO,
    made: str,
    total: int,
    progress: Callable[[int, int, str], object] | None,
    processes: int,
):
    """`render.generate` for a print laid out in pieces (`processes` 0: in this process)."""
    from desktop.briefing.render import GenerationResult

    run = _Run()
    options: BriefingOptions = renderer.sel.options
    # closed whatever happens: a failed write stops the workers and removes the pieces at once
    with contextlib.closing(_joined(plan, renderer, numbered, made, total, progress, processes, run)) as stream:
        if isinstance(out, (str, Path)):
            from desktop.files import write_atomically

            write_atomically(Path(out), stream)
            log.info("printed %s to %s: %d pages in pieces", ", ".join(options.documents), out, run.pages)
        else:
            for data in stream:
                out.write(data)
    if progress is not None:
        progress(total, total, "")
    return GenerationResult(pages=run.pages, parts=run.parts, printed=[tuple(p) for p in run.printed])


def _payload(plan: Any, options: BriefingOptions) -> bytes:
    """The plan and options as each worker receives them (a plan with listeners, the window's,
    is sent as its clone, which has none)."""
    try:
        return pickle.dumps((plan, options), protocol=5)
    except (pickle.PicklingError, TypeError, AttributeError):
        return pickle.dumps((plan.clone(), options), protocol=5)


def _pool(processes: int, payload: bytes, folder: str, made: str) -> tuple[Any, Any, Any]:
    """A pool of `processes` workers with their shared cancel flag and part counter, or None
    when processes cannot be started here."""
    try:
        context = multiprocessing.get_context("spawn")
        cancel, counter = context.Event(), context.Value("i", 0)
        pool = ProcessPoolExecutor(
            processes, mp_context=context, initializer=_start, initargs=(payload, folder, made, cancel, counter)
        )
        return pool, cancel, counter
    except (OSError, ImportError, NotImplementedError, ValueError) as exc:  # no processes here
        log.info("laying the print out in this process: %s", exc)
        return None, None, None


def _joined(
    plan: Any,
    renderer: Any,
    numbered: Iterator[tuple[int, int, Part]],
    made: str,
    total: int,
    progress: Callable[[int, int, str], object] | None,
    processes: int,
    run: _Run,
) -> Generator[bytes, None, None]:
    """The joined PDF, piece by piece, as the pieces are laid out."""
    options: BriefingOptions = renderer.sel.options
    folder = tempfile.mkdtemp(prefix="renpam-print-")
    pool = cancel = counter = None
    if processes > 0:
        pool, cancel, counter = _pool(processes, _payload(plan, options), folder, made)
    here: dict[str, Any] = {}

    def lay_out_here() -> None:
        """From now on the pieces are laid out in this process."""
        nonlocal pool, cancel, counter
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        pool, cancel, done = None, _Here.Event(), counter.value if counter is not None else 0
        counter = _Here.Counter()
        counter.value = done
        here.update(renderer=renderer, folder=folder, made=made, cancel=cancel, counter=counter)
        here["tick"] = lambda: report()

    if pool is None:
        lay_out_here()
    lang = renderer.lang
    out: list[bytes] = []
    joiner = PdfJoiner(
        out.append,
        lambda _copy, n: S.tr("page_of", lang).format(n=n),
        {
            "Title": renderer.header["name"],
            "Author": "Renpam",
            "Creator": "Renpam",
            "Producer": "Renpam",
            "Subject": S.tr("security_plan", lang),
        },
    )
    pending: deque[Future | _Done] = deque()
    sent: dict[Future, _Piece] = {}  # the pieces with the workers, to lay out here if they fail
    last_report = [0.0]

    def report(force: bool = False) -> None:
        now = time.monotonic()
        if progress is None or (not force and now - last_report[0] < POLL):
            return
        last_report[0] = now
        done = min(counter.value, total)  # type: ignore[union-attr]
        if progress(done, max(total, done + 1), "") is False:
            raise Cancelled()

    def join_oldest() -> Iterator[bytes]:
        item = pending.popleft()
        if isinstance(item, Future):
            piece = sent.pop(item)
            while True:
                try:
                    done = item.result(timeout=POLL)
                    break
                except TimeoutError:
                    report(force=True)
                except (BrokenProcessPool, CancelledError) as exc:  # a worker could not start, or was killed
                    log.warning("print workers stopped (%s): laying the rest out in this process", exc)
                    if pool is not None:
                        lay_out_here()
                    done = _lay_out(piece, here)
                    break
        else:
            done = item
        for file in done.files:
            base = joiner.pages
            for index, page in file.first_pages.items():
                if index < len(run.printed):
                    run.printed[index][5] = base + page
            with open(file.path, "rb") as f:
                data = f.read()
            os.unlink(file.path)
            joiner.add(data, file.page_numbers)
            del data
            report()
            yield b"".join(out)
            out.clear()

    limit = 2 * max(processes, 1) + 1
    # several pieces per process even in a small print, so that every core has work to the end
    most_parts = max(1, total // (4 * processes)) if processes else total

    def submit(piece: _Piece) -> None:
        if pool is not None:
            try:
                future = pool.submit(_lay_out, piece)
                sent[future] = piece
                pending.append(future)
                return
            except (OSError, RuntimeError) as exc:  # no process can be started here
                log.warning("print workers cannot start (%s): laying the print out in this process", exc)
                lay_out_here()
        pending.append(_lay_out(piece, here))

    namer = Namer()
    try:
        yield b"".join(out)
        out.clear()
        piece: list[tuple[int, int, Part]] = []
        pages = 0.0
        number = 0
        for index, copy, part in numbered:
            run.parts += 1
            if copy == 1:
                run.printed.append([*namer.key(part), part.kind, renderer.label(part), part.stamp, 0])
            piece.append((index, copy, part))
            pages += weight(part)
            if pages >= PIECE_PAGES or len(piece) >= most_parts:
                submit(_Piece(number, piece))
                number, piece, pages = number + 1, [], 0.0
                while len(pending) >= limit or (pending and not isinstance(pending[0], Future)):
                    yield from join_oldest()
                while pending and isinstance(pending[0], Future) and pending[0].done():
                    yield from join_oldest()
            report()
        if piece or number == 0:
            if not piece:  # nothing to print: one page that says so
                _worker_nothing(renderer, folder, made, lang, pending)
            else:
                submit(_Piece(number, piece))
        while pending:
            yield from join_oldest()
        run.pages = joiner.finish()
        yield b"".join(out)
        out.clear()
    except BaseException:  # cancelled, the output cannot be written, or a bug
        if cancel is not None:
            cancel.set()
        raise
    finally:
        if pool is not None:
            for item in pending:
                if isinstance(item, Future):
                    item.cancel()
            pool.shutdown(wait=True, cancel_futures=True)
        shutil.rmtree(folder, ignore_errors=True)


def _worker_nothing(renderer: Any, folder: str, made: str, lang: str, pending: deque) -> None:
    """The one page of a print with nothing in it, laid out here."""
    from desktop.briefing.render import lay_out, page_context

    ctx = page_context(renderer, made, 1)
    ctx.number_later = True
    buf = io.BytesIO()
    canvas = lay_out(renderer, ctx, [], buf, empty=S.tr("nothing", lang))
    path = os.path.join(folder, "piece-nothing.pdf")
    with open(path, "xb") as f:
        f.write(buf.getvalue())
    pending.append(_Done(0, [_File(path, canvas.page_numbers if canvas else [], {})]))
