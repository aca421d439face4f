"""The one base class of every expected failure in Renpam.

An expected failure (a bad file, a full disk, a bad spreadsheet row, a refused edit) is raised as
a `RenpamError` (or a subclass) and reaches the user as one sentence in the interface language;
anything else is a bug and is logged with its traceback. A `RenpamError` carries a message
`code` and its `params`, so the sentence is rendered from data by the message catalogue and never
parsed back out of English prose.
"""

from __future__ import annotations

from typing import Any


class RenpamError(Exception):
    """An expected failure: `code` names the message, `params` fill it in.

    `str(error)` is the English sentence given at construction (for logs and developers);
    interfaces render `code` and `params` in the user's language instead.
    """

    code: str = "error"

    def __init__(self, message: str = "", *, code: str | None = None, **params: Any) -> None:
        super().__init__(message or (code or self.code))
        if code is not None:
            self.code = code
        self.params: dict[str, Any] = params


class Cancelled(RenpamError):
    """Long work was cancelled by the user; nothing it would have changed was changed."""

    code = "cancelled"
