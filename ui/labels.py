"""The core's enum labels (desktop/vocabulary.py) in the interface language, for widgets and models.

The core stores codes ("pos_pantau", "II", "danpos"); every widget, model and dialog shows them
through these functions, which name them in the language `ui.i18n` installed. The words live
in the core, once, shared with the printouts and the command line.
"""

from __future__ import annotations

from desktop import vocabulary as vocab
from desktop.ranks import parse_rank
from ui import i18n

OPERATION_KINDS = vocab.OPERATION_KIND
POST_KINDS = vocab.POST_KIND
RINGS = vocab.RING
ROLES = vocab.ROLE
CLASSIFICATIONS = vocab.CLASSIFICATION
AGENCIES = vocab.AGENCY
GROUP_ROLES = vocab.GROUP_ROLE
RANK_GROUPS_TABLE = vocab.RANK_GROUP
GENDERS = vocab.GENDER
SKILLS = vocab.SKILL
SEVERITIES = vocab.SEVERITY
STAFFING = vocab.STAFFING


def _label(table: vocab.Table, code: object) -> str:
    return vocab.label(table, code, i18n.language())


def operation_kind(code: str) -> str:
    return _label(OPERATION_KINDS, code)


def post_kind(code: str) -> str:
    return _label(POST_KINDS, code)


def ring(code: str | None) -> str:
    return _label(RINGS, code)


def role(code: str) -> str:
    return _label(ROLES, code)


def classification(code: str) -> str:
    return _label(CLASSIFICATIONS, code)


def agency(code: str) -> str:
    return _label(AGENCIES, code)


def group_role(code: str) -> str:
    return _label(GROUP_ROLES, code)


def rank_group(code: str) -> str:
    return _label(RANK_GROUPS_TABLE, code)


def gender(code: str) -> str:
    return _label(GENDERS, code)


def skill(code: str) -> str:
    return _label(SKILLS, code)


def severity(code: str) -> str:
    return _label(SEVERITIES, code)


def staffing(code: str) -> str:
    return _label(STAFFING, code)


def rank(text: str) -> str:
    """A rank as written on lists: the official abbreviation (not translated), else the text."""
    parsed = parse_rank(text)
    return parsed.abbr if parsed else (text or "")


def choices(table: vocab.Table) -> list[tuple[object, str]]:
    """(code, label) pairs in the table's order and the interface language, for combo boxes."""
    return vocab.choices(table, i18n.language())
