"""The formats of a person's fields and of times: one rule each, for every way data comes in.

The person dialog, the roster's in-place edit, the spreadsheet importer, the plan JSON import
and `Plan.put_person` all ask this module, so an NRP typed, pasted, imported or scripted meets
the same rule:

- **NRP** (personnel number), spaces and dots ignored ("8611 0233" is kept as "86110233"):
  a member with a Polri rank has an 8-digit NRP; someone of a Polri unit without a Polri rank
  (civil staff, PNS Polri) an 8-digit NRP or an 18-digit NIP; people of other agencies (TNI,
  Satpol PP, Dishub, Linmas) keep their own number as written, or none. An empty NRP is allowed
  (a spreadsheet import of Polri personnel asks for it: a list is where the numbers come from).
- **Phone**: digits with an optional leading "+", spaces, dashes, dots, slashes or brackets
  between them, 8 to 15 digits ("0812-3456-7890", "+62 812 3456 7890", "(0264) 200110").
  Excel's numbers get their leading 0 back (81234567890 -> "081234567890").
- **Rank**: any usual spelling of a Polri rank becomes its abbreviation ("BRIPKA", "Brigadir
  Polisi Kepala" -> "Bripka"); other ranks and civil-service grades are kept as written.
- **Times**: ISO 8601 ("2024-11-27T16:00", without a zone meaning WIB); a span ends after it
  starts.

Lengths and control characters are not formats: `desktop.limits` bounds them. Problems carry a
code and values and render in Indonesian or English (`FieldProblem.message(lang)`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import datetime

from desktop.messages import Message
from desktop.model import DEFAULT_TZ, Person, PlanError
from desktop.ranks import normalize_rank, parse_rank

__all__ = [
    "FieldError",
    "FieldProblem",
    "compact_nrp",
    "normalize_rank",
    "nrp_problem",
    "parse_phone",
    "parse_time",
    "person_problems",
    "phone_problem",
    "span_problem",
]

NRP_DIGITS = 8  # Polri members
NIP_DIGITS = 18  # civil servants (PNS Polri)

# A field problem's code -> its sentence in the message catalogue (desktop.messages).
CATALOGUE_CODES = {
    "nrp_polri": "field.nrp_polri",
    "nrp_polri_staff": "field.nrp_polri_staff",
    "nrp_missing": "field.nrp_missing",
    "bad_phone": "field.bad_phone",
    "bad_time": "field.bad_time",
    "span_reversed": "field.span_reversed",
}


@dataclass(frozen=True, slots=True)
class FieldProblem:
    """One field that does not have its format: `field` ('nrp', 'phone', ...), a `code`, values."""

    field: str
    code: str
    params: dict[str, object] = dataclass_field(default_factory=dict)

    @property
    def text(self) -> Message:
        """The problem as a catalogue message ("field.<code>", desktop/messages/catalogue.py)."""
        return Message(CATALOGUE_CODES[self.code], **self.params)

    def message(self, lang: str = "id") -> str:
        return self.text.render(lang)


class FieldError(PlanError):
    """A person (or shift) refused by `Plan` because a field does not have its format."""

    code = "field_error"

    def __init__(self, problem: FieldProblem) -> None:
        super().__init__(
            problem.message("en"), code=CATALOGUE_CODES[problem.code], field=problem.field, **problem.params
        )
        self.problem = problem

    def message(self, lang: str = "id") -> str:
        return self.problem.message(lang)


# ---------------------------------------------------------------------------- NRP
def compact_nrp(text: str) -> str:
    """The NRP without the spaces and dots lists put in it ("8611 0233" -> "86110233")."""
    return re.sub(r"[\s.]", "", text or "")


def nrp_problem(nrp: str, agency: str, rank: str = "", *, required: bool = False) -> FieldProblem | None:
    """Whether `nrp` fits the person: see the module's rule. `required`: an empty one is a problem
    for Polri personnel (the spreadsheet importer's rule)."""
    polri_rank = parse_rank(rank) is not None
    polri = agency == "POLRI" or polri_rank
    if not nrp.strip():
        return FieldProblem("nrp", "nrp_missing") if required and polri else None
    if not polri:
        return None
    digits = compact_nrp(nrp)
    if polri_rank:
        if not (digits.isascii() and digits.isdigit() and len(digits) == NRP_DIGITS):
            return FieldProblem("nrp", "nrp_polri", {"value": nrp})
        return None
    if not (digits.isascii() and digits.isdigit() and len(digits) in (NRP_DIGITS, NIP_DIGITS)):
        return FieldProblem("nrp", "nrp_polri_staff", {"value": nrp})
    return None


def clean_nrp(nrp: str, agency: str, rank: str = "") -> str:
    """The NRP as kept: Polri numbers without spaces and dots, other agencies' as written."""
    if agency == "POLRI" or parse_rank(rank) is not None:
        return compact_nrp(nrp)
    return nrp.strip()


# ---------------------------------------------------------------------------- phone
_PHONE_SEPARATORS = re.compile(r"[\s\-./()]+")


def parse_phone(value: object) -> str | None:
    """The phone number as it should be kept, or None when it is not a phone number.

    Excel keeps a number typed as 081234567890 without its leading zero; that zero comes back.
    """
    if isinstance(value, int) and not isinstance(value, bool):
        digits = str(value)
        if digits.startswith("62"):
            digits = "0" + digits[2:]
        elif not digits.startswith("0"):
            digits = "0" + digits
        return digits if 9 <= len(digits) <= 14 else None
    text = " ".join(str(value if value is not None else "").split())
    compact = _PHONE_SEPARATORS.sub("", text)
    if not re.fullmatch(r"\+?\d+", compact, re.ASCII):
        return None
    digits = compact.lstrip("+")
    if not 8 <= len(digits) <= 15:
        return None
    return text


def phone_problem(phone: str) -> FieldProblem | None:
    if not phone.strip() or parse_phone(phone) is not None:
        return None
    return FieldProblem("phone", "bad_phone", {"value": phone})


# ---------------------------------------------------------------------------- a person
def person_problems(person: Person, agency: str) -> list[FieldProblem]:
    """Every field of `person` that does not have its format (`agency`: `Plan.agency_of`)."""
    out = []
    problem = nrp_problem(person.nrp, agency, person.rank)
    if problem:
        out.append(problem)
    problem = phone_problem(person.phone)
    if problem:
        out.append(problem)
    return out


# ---------------------------------------------------------------------------- times
def parse_time(text: str) -> datetime | None:
    """An ISO 8601 time ("2024-11-27T16:00", "2024-11-27 16:00:00+07:00"); no zone means WIB.
    None when the text is not one."""
    try:
        parsed = datetime.fromisoformat(text)
    except (ValueError, TypeError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=DEFAULT_TZ)
    return parsed


def span_problem(start: datetime | None, end: datetime | None, what: str = "time") -> FieldProblem | None:
    """A span (shift, operation) must end after it starts; an open end is fine."""
    if start is not None and end is not None and end <= start:
        return FieldProblem(what, "span_reversed")
    return None
