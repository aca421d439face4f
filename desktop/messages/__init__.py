"""Messages as data: a code and its parameters, rendered into Indonesian or English on demand.

Every sentence Renpam says to a planner about a failure, a warning, a finding or an import
problem is built as a `Message(code, **params)` (or raised as a `RenpamError` carrying a code and
params) and turned into words only where it is shown: the window, the command line, a printout.
The words live in one table, `desktop.messages.catalogue.TEXTS`; nothing parses English prose
back into meaning.

A parameter is a plain value (shown as written), a `Message` (rendered in the same language), a
tuple of messages (rendered and joined with "; ") or `Words` (a name held in both languages,
e.g. a column's or a code's name from the vocabulary).
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

from desktop.errors import RenpamError
from desktop.messages.catalogue import TEXTS

LANGS = ("id", "en")


class Words(NamedTuple):
    """A name in both languages, used as a parameter: the language of the sentence picks one."""

    id: str
    en: str


class Message:
    """A sentence as data: `code` names its text in the catalogue, `params` fill it in."""

    __slots__ = ("code", "params")

    def __init__(self, code: str, /, **params: Any) -> None:
        self.code = code
        self.params: dict[str, Any] = params  # values hashable: text, numbers, Words, messages, tuples

    def render(self, lang: str = "id") -> str:
        return render(self.code, self.params, lang)

    def __str__(self) -> str:
        return self.render("en")

    def __repr__(self) -> str:
        args = "".join(f", {k}={v!r}" for k, v in self.params.items())
        return f"Message({self.code!r}{args})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (self.code, self.params) == (other.code, other.params)

    def __hash__(self) -> int:
        return hash((self.code, frozenset(self.params.items())))

    def to_json(self) -> dict[str, Any]:
        """{"code": ..., "params": {...}} with nested messages as the same shape."""
        return {"code": self.code, "params": {k: _param_json(v) for k, v in self.params.items()}}


def _param_json(value: Any) -> Any:
    if isinstance(value, Message):
        return value.to_json()
    if isinstance(value, Words):
        return {"id": value.id, "en": value.en}
    if isinstance(value, tuple):
        return [_param_json(v) for v in value]
    return value


def _param_text(value: Any, lang: str) -> str:
    if isinstance(value, Message):
        return value.render(lang)
    if isinstance(value, Words):
        return value.id if lang == "id" else value.en
    if isinstance(value, tuple):
        return "; ".join(_param_text(v, lang) for v in value)
    return str(value)


def text_of(code: str, lang: str) -> str | None:
    """The catalogue's template for `code` in `lang`, or None for an unknown code."""
    pair = TEXTS.get(code)
    return None if pair is None else pair[0 if lang == "id" else 1]


def render(code: str, params: Mapping[str, Any] | None = None, lang: str = "id") -> str:
    """The sentence for `code` in `lang` ("id" or "en") with `params` filled in.

    An unknown code renders as the code itself (a test keeps every code used in the catalogue).
    """
    template = text_of(code, lang)
    if template is None:
        return code
    values = {k: _param_text(v, lang) for k, v in (params or {}).items()}
    return format_text(template, values)


def format_text(template: str, values: Mapping[str, Any]) -> str:
    """`template.format(**values)` that also writes a count with its noun: "{n:#phase|phases}"."""
    if ":#" in template:  # plain templates take the fast path
        return _FORMATTER.vformat(template, (), values)
    return template.format_map(values)


class _PluralFormatter(string.Formatter):
    """`str.format` plus a count with its noun: "{count:#place|places}" is "1 place" when count is 1
    and "3 places" otherwise (English needs it; Indonesian templates do not use it)."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec.startswith("#"):
            one, _bar, many = format_spec[1:].partition("|")
            return f"{value} {one if str(value).strip() in ('1', '-1') else many}"
        return super().format_field(value, format_spec)


_FORMATTER = _PluralFormatter()


def render_error(error: BaseException, lang: str = "id") -> str:
    """One sentence for an expected failure: a `RenpamError` by its code and params.

    An error raised without a code of its own, whose code has no text, or another exception, is
    shown as its English `str()`; with no sentence at all, the catalogue's generic "error".
    """
    if isinstance(error, RenpamError) and error.code in TEXTS and error.code != "error":
        return render(error.code, error.params, lang)
    text = str(error)
    return text if text and text != "error" else render("error", None, lang)


def counted(count: int, one: str, many: str) -> str:
    """An English count with its noun in the right number: counted(1, "place", "places") is
    "1 place", counted(0, ...) "0 places" (for English-only texts outside the catalogue)."""
    return f"{count} {one if count in (1, -1) else many}"


def placeholders(template: str) -> set[str]:
    """The names a catalogue template fills in ("{who} at {post}" -> {"who", "post"})."""
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(template) if name}


def codes() -> Iterable[str]:
    return TEXTS.keys()


__all__ = ["LANGS", "Message", "Words", "codes", "placeholders", "render", "render_error", "text_of"]
