"""A long table laid out a bounded number of rows at a time, the same pages as the whole table.

ReportLab lays out a `LongTable` by splitting it page by page, and holds every cell of it (a
paragraph each where text wraps) until its last page; a district's plotting annex or contact list
has thousands of rows, so a print's memory grew with them. A `StreamedTable` keeps the rows as
they came (plain values, or a `functools.partial` that makes the cell's paragraph) and builds a
`LongTable` of a window of `CHUNK_ROWS` rows only, page by page: the page's rows split off that
window exactly as they would off the whole table (a row's height depends on its own cells and
the column widths alone, and a window is made larger until it holds more rows than the page), and the rest goes on
as a new `StreamedTable` from the first row not yet drawn. Header rows repeat as before; style
commands are translated from the whole table's rows to the window's (a command on the last row,
such as a totals row, applies only in the window that holds it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.platypus import Flowable, LongTable, TableStyle

CHUNK_ROWS = 64  # rows in the first window a page is split off (then a little more than a page took)
STREAM_ROWS = 400  # a table with more body rows than this is laid out streamed


class RowSource:
    """The whole table's rows, their cells made on demand and forgotten once drawn."""

    def __init__(
        self,
        head: list[list],
        rows: list[list],
        convert: Callable[[list, int], list],
        widths: list[float],
        commands: list[tuple],
        chunk: int | None = None,
    ) -> None:
        self.head, self.rows, self.convert, self.widths = head, rows, convert, widths
        self.repeat = len(head)
        self.commands = commands
        self.chunk = chunk or CHUNK_ROWS
        self._cells: dict[int, list] = {}

    def cells(self, start: int, end: int) -> list[list]:
        for i in [i for i in self._cells if i < start]:  # drawn: forget
            del self._cells[i]
        out = []
        for i in range(start, end):
            row = self._cells.get(i)
            if row is None:
                row = self._cells[i] = self.convert(self.rows[i], self.repeat + i)  # its row in the whole table
            out.append(row)
        return out

    def style(self, start: int, end: int) -> TableStyle:
        """The whole table's commands for the window of body rows [start, end)."""
        repeat, n = self.repeat, self.repeat + len(self.rows)
        first, last = repeat + start, repeat + end - 1  # the window in the whole table's rows
        out = []
        for op, (sc, sr), (ec, er), *args in self.commands:
            sr, er = (sr + n if sr < 0 else sr), (er + n if er < 0 else er)
            if er < repeat:  # the header's own
                out.append((op, (sc, sr), (ec, er), *args))
                continue
            lo, hi = max(sr, first), min(er, last)
            if lo > hi:
                if sr < repeat:
                    out.append((op, (sc, sr), (ec, repeat - 1), *args))
                continue
            begin = sr if sr < repeat else lo - first + repeat
            out.append((op, (sc, begin), (ec, hi - first + repeat), *args))
        return TableStyle(out)

    def table(self, start: int, end: int) -> LongTable:
        return LongTable(
            self.head + self.cells(start, end),
            colWidths=self.widths,
            repeatRows=self.repeat,
            style=self.style(start, end),
            splitByRow=1,
        )


class StreamedTable(Flowable):
    """The rows of `source` from `start` on, as one long table (see the module's docstring)."""

    def __init__(self, source: RowSource, start: int = 0) -> None:
        super().__init__()
        self.source, self.start = source, start
        self._table: LongTable | None = None
        self._end = start

    def _window(self, aw: float, ah: float) -> tuple[LongTable, float, float]:
        src = self.source
        size = src.chunk
        while True:
            end = min(self.start + size, len(src.rows))
            table = src.table(self.start, end)
            w, h = table.wrap(aw, ah)
            if end == len(src.rows) or h > ah:  # the whole rest, or more than this page holds
                self._table, self._end = table, end
                return table, w, h
            size *= 2

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        _table, w, h = self._window(aw, ah)
        self.width, self.height = w, h
        return w, h

    def draw(self) -> None:  # only when the rest fits: the window is the whole rest
        assert self._table is not None
        self._table.drawOn(self.canv, 0, 0)

    def split(self, aw: float, ah: float) -> list[Any]:
        table, _w, _h = self._window(aw, ah)
        parts = table.split(aw, ah)
        if not parts:
            return []
        drawn = len(parts[0]._cellvalues) - self.source.repeat
        if drawn <= 0:
            return []
        self.source.chunk = drawn + drawn // 4 + 4  # the next page's window: a little more than this one took
        if self.start + drawn >= len(self.source.rows):
            return [parts[0]]
        self._table = None
        return [parts[0], StreamedTable(self.source, self.start + drawn)]


class Deferred(Flowable):
    """A flowable made only when its turn comes to be laid out (`make()`), and forgotten with it:
    a long list printed as many short tables (the Sprin's name list) holds one of them at a time."""

    def __init__(self, make: Callable[[], Flowable]) -> None:
        super().__init__()
        self.make = make
        self._made: Flowable | None = None

    def _flowable(self) -> Flowable:
        if self._made is None:
            self._made = self.make()
        return self._made

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width, self.height = self._flowable().wrap(aw, ah)
        return self.width, self.height

    def draw(self) -> None:
        self._flowable().drawOn(self.canv, 0, 0)

    def split(self, aw: float, ah: float) -> list[Any]:
        return self._flowable().split(aw, ah)
