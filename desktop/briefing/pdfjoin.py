"""Join the pieces of one print, each a PDF that Renpam's own ReportLab layout wrote, into one PDF,
streaming: a piece is read, renumbered and written out, then forgotten, so joining holds one piece
at a time whatever the page count.

The pieces are laid out apart (in worker processes, `desktop.briefing.parallel`), so none knows
on which page it starts or how many pages the document has. Their footers leave both open:
"Halaman X dari " is a small form per page (`layout.page_form`) and the total a form per numbered
copy (`layout.total_form`); a piece defines them with a placeholder number, and the joiner writes
each page's own number and one total form per copy for the whole document. Everything else (page
contents, fonts, images) is copied as it is; a font file or image that several pieces embed
alike is written once.

Only what ReportLab writes is read here (cross-reference table, trailer, a flat page tree), not
PDF in general: the pieces never come from anywhere else.
"""

from __future__ import annotations

import base64
import hashlib
import re
import zlib
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics

from desktop.briefing.layout import FONT, PAGE_FORM, PLACEHOLDER, TOTAL_FORM

_REF = re.compile(rb"(\d+) 0 R\b")
_OBJ = re.compile(rb"(\d+) 0 obj\s*")
_FORM_REF = re.compile(rb"/FormXob\.(" + PAGE_FORM.encode() + rb"|" + TOTAL_FORM.encode() + rb")(\d+) (\d+) 0 R")
_TEXT = re.compile(rb"BT 1 0 0 1 (\S+) (\S+) Tm (/\S+ \S+ Tf \S+ TL) \((.*?)\) Tj")
HEADER = b"%PDF-1.4\n%\x93\x8c\x8b\x9e Renpam\n"


class JoinError(ValueError):
    """A piece is not the PDF this module expects (a bug, never a user's file)."""


@dataclass(slots=True)
class _Piece:
    data: bytes
    offsets: dict[int, int]
    root: int
    info: int | None

    @classmethod
    def parse(cls, data: bytes) -> _Piece:
        at = data.rfind(b"startxref")
        if at < 0:
            raise JoinError("no startxref")
        xref = int(data[at + 9 :].split()[0])
        if not data.startswith(b"xref", xref):
            raise JoinError("no cross-reference table")
        lines = data[xref : data.index(b"trailer", xref)].split(b"\n")
        offsets: dict[int, int] = {}
        i = 1
        while i < len(lines):
            head = lines[i].split()
            if len(head) != 2:
                i += 1
                continue
            first, count = int(head[0]), int(head[1])
            for k in range(count):
                entry = lines[i + 1 + k].split()
                if entry[2] == b"n":
                    offsets[first + k] = int(entry[0])
            i += 1 + count
        trailer = data[data.index(b"trailer", xref) : at]
        root = re.search(rb"/Root (\d+) 0 R", trailer)
        info = re.search(rb"/Info (\d+) 0 R", trailer)
        if root is None:
            raise JoinError("no /Root")
        return cls(data, offsets, int(root.group(1)), int(info.group(1)) if info else None)

    def body(self, number: int) -> tuple[bytes, bytes | None]:
        """An object's dictionary (or value) and its stream data (None when it has none)."""
        start = self.offsets[number]
        m = _OBJ.match(self.data, start)
        if m is None or int(m.group(1)) != number:
            raise JoinError(f"object {number} is not where the table says")
        begin = m.end()
        end = self.data.index(b"endobj", begin)
        s = self.data.find(b"stream\n", begin, end)  # (stream data is never searched: it may hold anything)
        if s < 0 or b"/Length" not in self.data[begin:s]:
            return self.data[begin:end].rstrip(), None
        head = self.data[begin:s]
        length = int(re.search(rb"/Length (\d+)", head).group(1))  # type: ignore[union-attr]
        return head.rstrip(), self.data[s + 7 : s + 7 + length]

    def value(self, number: int) -> bytes:
        return self.body(number)[0]


def _refs(text: bytes) -> list[int]:
    return [int(n) for n in _REF.findall(text)]


def _decode(head: bytes, stream: bytes) -> bytes:
    if b"/ASCII85Decode" in head:
        stream = base64.a85decode(b"<~" + stream.strip(), adobe=True)
    if b"/FlateDecode" in head:
        stream = zlib.decompress(stream)
    return stream


def _plain_stream(head: bytes, content: bytes) -> bytes:
    """The object's dictionary for `content` written without filters."""
    head = re.sub(rb"/Filter (\[[^\]]*\]|/\w+)\s*", b"", head)
    return re.sub(rb"/Length \d+", b"/Length %d" % len(content), head)


@dataclass(slots=True)
class _Total:
    head: bytes  # the dictionary, references already renumbered
    content: bytes  # decoded, with the piece's own count in it


@dataclass
class PdfJoiner:
    """Write the pieces in order through `write(bytes)`; `finish()` ends the document.

    `page_text(copy, n)` is the footer text of the n-th page of a numbered copy ("Halaman 3 dari ").
    """

    write: Callable[[bytes], object]
    page_text: Callable[[int, int], str]
    info: dict[str, str] = field(default_factory=dict)
    pages: int = 0
    _at: int = 0
    # per object and per page: plain arrays of numbers, 8 bytes each (not a Python int apiece)
    _offsets: array = field(default_factory=lambda: array("q"))  # object number -> offset, -1 free
    _next: int = 3  # 1: catalog, 2: page tree; the rest as written
    _kids: array = field(default_factory=lambda: array("q"))
    _totals: dict[int, int] = field(default_factory=dict)  # copy -> object number of its total form
    _total_forms: dict[int, _Total] = field(default_factory=dict)
    _copy_pages: dict[int, int] = field(default_factory=dict)
    _shared: dict[bytes, int] = field(default_factory=dict)  # digest of a stream standing alone -> object written

    def __post_init__(self) -> None:
        self._out(HEADER)

    def _out(self, data: bytes) -> None:
        self.write(data)
        self._at += len(data)

    def _new(self) -> int:
        self._next += 1
        return self._next - 1

    def _put(self, number: int, head: bytes, stream: bytes | None = None) -> None:
        if number >= len(self._offsets):
            self._offsets.extend([-1] * (number + 1 - len(self._offsets)))
        self._offsets[number] = self._at
        if stream is None:
            self._out(b"%d 0 obj\n%s\nendobj\n" % (number, head))
        else:
            self._out(b"%d 0 obj\n%s\nstream\n%s\nendstream\nendobj\n" % (number, head, stream))

    def add(self, data: bytes, page_copies: list[tuple[int, int]]) -> None:
        """Append a piece. `page_copies` gives, per page of the piece, its numbered copy and its
        number within that copy as the piece counted them (from 1 for each copy it holds)."""
        piece = _Piece.parse(data)
        catalog = piece.value(piece.root)
        tree = re.search(rb"/Pages (\d+) 0 R", catalog)
        if tree is None:
            raise JoinError("no page tree")
        pages = self._leaves(piece, int(tree.group(1)))
        if len(pages) != len(page_copies):
            raise JoinError(f"{len(pages)} pages but {len(page_copies)} page numbers")
        # the footer forms: which object is which page's number, which the copy's total
        page_forms: dict[int, int] = {}  # object -> page index within the piece
        totals: dict[int, int] = {}  # object -> copy
        for number in pages:
            for kind, index, obj in _FORM_REF.findall(piece.value(number)):
                if kind == PAGE_FORM.encode():
                    page_forms[int(obj)] = int(index) - 1
                else:
                    totals[int(obj)] = int(index)
        start = {copy: self._copy_pages.get(copy, 0) for copy, _ in page_copies}
        renumber: dict[int, int] = {piece.root: 1, int(tree.group(1)): 2}
        if piece.info is not None:
            renumber[piece.info] = 0
        for obj, copy in totals.items():
            if copy not in self._totals:
                self._totals[copy] = self._new()
            renumber[obj] = self._totals[copy]
        shared: dict[int, int] = {}  # objects of this piece already in the output
        for number in sorted(piece.offsets):
            if number in renumber:
                continue
            head, stream = piece.body(number)
            if stream is not None and not _REF.search(head) and number not in page_forms and number not in totals:
                # a stream standing alone: a font file, a character map, an image; every piece
                # embeds the same ones (the ASCII glyphs, the site plan), the output holds each once
                digest = hashlib.sha256(head + b"\0" + stream).digest()
                if digest in self._shared:
                    shared[number] = renumber[number] = self._shared[digest]
                    continue
                renumber[number] = self._shared[digest] = self._new()
                continue
            renumber[number] = self._new()

        def new_refs(text: bytes) -> bytes:
            return _REF.sub(lambda m: b"%d 0 R" % renumber[int(m.group(1))], text)

        for number in sorted(piece.offsets):
            if number in (piece.root, int(tree.group(1)), piece.info) or number in shared:
                continue
            head, stream = piece.body(number)
            head = new_refs(head)
            if number in totals:
                copy = totals[number]
                if copy not in self._total_forms and stream is not None:
                    self._total_forms[copy] = _Total(head, _decode(head, stream))
                continue
            if number in page_forms and stream is not None:
                copy, n = page_copies[page_forms[number]]
                stream = self._page_number(_decode(head, stream), self.page_text(copy, start[copy] + n))
                head = _plain_stream(head, stream)
            self._put(renumber[number], head, stream)
        for number in pages:
            self._kids.append(renumber[number])
        for copy, n in page_copies:
            self._copy_pages[copy] = max(self._copy_pages.get(copy, 0), start[copy] + n)
        self.pages += len(pages)

    def _leaves(self, piece: _Piece, number: int) -> list[int]:
        node = piece.value(number)
        if b"/Type /Pages" not in node:
            return [number]
        kids = re.search(rb"/Kids \[([^\]]*)\]", node)
        out: list[int] = []
        for kid in _refs(kids.group(1)) if kids else []:
            out += self._leaves(piece, kid)
        return out

    @staticmethod
    def _page_number(content: bytes, text: str) -> bytes:
        """The placeholder page form with `text`, right-aligned at the form's origin as drawn."""
        m = _TEXT.search(content)
        if m is None or PLACEHOLDER.encode() not in m.group(4):
            raise JoinError("page form without its placeholder")
        x = -pdfmetrics.stringWidth(text, FONT, 7.5)
        body = text.encode("ascii").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        new = b"BT 1 0 0 1 %s %s Tm %s (%s) Tj" % (fp_str(x).encode(), m.group(2), m.group(3), body)
        return content[: m.start()] + new + content[m.end() :]

    def finish(self) -> int:
        """Write the total forms, the page tree, the catalog and the tables; returns the page count."""
        for copy, number in self._totals.items():
            form = self._total_forms[copy]
            m = _TEXT.search(form.content)
            if m is None:
                raise JoinError("total form without its number")
            count = b"%d" % self._copy_pages.get(copy, 0)
            content = form.content[: m.start(4)] + count + form.content[m.end(4) :]
            self._put(number, _plain_stream(form.head, content), content)
        kids = b" ".join(b"%d 0 R" % k for k in self._kids)
        self._put(2, b"<< /Count %d /Kids [ %s ] /Type /Pages >>" % (len(self._kids), kids))
        self._put(1, b"<< /PageMode /UseNone /Pages 2 0 R /Type /Catalog >>")
        info = self._new()
        entries = b" ".join(b"/%s %s" % (k.encode(), _pdf_string(v)) for k, v in self.info.items())
        self._put(info, b"<< %s >>" % entries)
        xref = self._at
        size = self._next
        rows = [b"xref\n0 %d\n0000000000 65535 f \n" % size]
        for number in range(1, size):
            at = self._offsets[number] if number < len(self._offsets) else -1
            rows.append(b"%010d 00000 n \n" % at if at >= 0 else b"0000000000 65535 f \n")
        self._out(b"".join(rows))
        self._out(b"trailer\n<< /Info %d 0 R /Root 1 0 R /Size %d >>\nstartxref\n%d\n%%%%EOF\n" % (info, size, xref))
        return self.pages


def _pdf_string(text: str) -> bytes:
    """A PDF text string: UTF-16 with its byte order mark (any script), hex-encoded."""
    return b"<" + ("\ufeff" + text).encode("utf-16-be").hex().upper().encode() + b">"
