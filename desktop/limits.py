"""Every bound on what Renpam accepts, in one place, and the checks that apply them.

Inputs arrive from spreadsheets, plan documents (JSON), dialogs and in-place edits. Each is held
to the bounds below before any work starts, so that nothing Renpam saves is refused when it is
opened again (the opener, `desktop.storage.opener`, lowers SQLite's limits: 64 MB per value and a
statement budget) and nothing a hostile file holds makes Renpam hang or run out of memory.

The bounds are generous for real operations (a district election day has some 5,000 people and
2,000 posts; a person's name is a few dozen characters) and far below what would hurt. Raising a
bound is compatible: files and documents within the old bounds stay valid. The JSON Schema
(`resources/schema/renpam-plan.schema.json`) states the same numbers; a test keeps them equal.

Formats (NRP digits, phone numbers, ranks, times) are not checked here but by the field-format
module; here are lengths, counts, nesting and the characters a text may hold.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, fields
from typing import Any

from desktop.errors import RenpamError
from desktop.messages import Message, Words

# ---------------------------------------------------------------------------- text lengths
# Characters per kind of field (a Python str's len()).
CODE_CHARS = 64  # unit and post codes, person ids
SHIFT_CODE_CHARS = 32
NAME_CHARS = 200  # names of people, units, posts, shifts, the operation, its venue; titles, labels
RANK_CHARS = 60  # an official abbreviation, or another agency's grade as written
NRP_CHARS = 32
PHONE_CHARS = 40
CALLSIGN_CHARS = 40
SKILL_CHARS = 40  # one skill word
LINE_CHARS = 500  # one line: position, address, village, district, sector, radio channel, cluster
NOTE_CHARS = 5_000  # several lines: a post's tasks and equipment, notes
SECTION_CHARS = 50_000  # an operation's text section (situation, mission, execution, ...)
SETTING_TEXT_CHARS = 500  # a text setting (issuer, document number, place, pattern name)
SETTING_KEY_CHARS = 64
FINDING_KEY_CHARS = 1_000  # rule|post|person|shift[|detail]: a handful of codes
MAX_IMAGE_BASE64_CHARS = 28_000_000  # a 20 MB site-plan image (the image check's cap) in base64

# ---------------------------------------------------------------------------- counts
MAX_UNITS = 5_000
MAX_PERSONNEL = 50_000
MAX_SHIFTS = 200
MAX_POSTS = 20_000
MAX_ASSIGNMENTS = 200_000
MAX_PLACEHOLDERS = 100_000
MAX_ACCEPTED = 50_000
MAX_PATTERNS = 200
MAX_RINGS = 3
MAX_RING_POINTS = 1_000
MAX_SETTINGS = 200  # keys in an operation's settings
MAX_GROUPS = 2_000  # command groups of one operation (a group per Polsek and function is far fewer)
MAX_GROUP_POSTS = 5_000  # posts under one group: a Polsek's polling stations
MAX_GROUP_MEMBERS = 20_000  # people of one group off the posts: a reserve
MAX_STAFF = 1_000  # a post's minimum or maximum staff, a required-skill count, a placeholder number
MAX_PATTERN_NUMBER = 1_000  # police, TPS or Linmas in one staffing-pattern row
MAX_SKILLS = 50  # skills of one person, required skills of one post, Ring I skills
MAX_HOURS = 24.0  # setting max_hours: hours of work in any 24 hours
MAX_REST_HOURS = 168.0  # setting min_rest_hours: one week
MAX_TPS_DUTY_HOURS = 72.0  # setting tps_duty_hours: one continuous polling-station duty
MAX_VOTERS = 100_000  # registered voters (DPT) of one polling station; KPU caps a TPS at a few hundred
MAX_SITEPLAN_WIDTH_M = 100_000.0  # setting siteplan_width_m: the ground a site plan covers, a district at most

# ---------------------------------------------------------------------------- plan documents
MAX_DOCUMENT_BYTES = 128 * 1024 * 1024  # a 50,000-person plan with a 20 MB image is well below
MAX_DOCUMENT_DEPTH = 16  # nesting of arrays and objects; Renpam's own documents reach 5
MAX_DOCUMENT_ITEMS = 5_000_000  # values (arrays, objects, strings, numbers) in one document
MAX_NUMBER_CHARS = 40  # digits in one number literal (Python refuses integers over 4,300 digits)

# ---------------------------------------------------------------------------- spreadsheets
MAX_SPREADSHEET_BYTES = 64 * 1024 * 1024  # the file as it is on disk (.xlsx or .csv)
MAX_XLSX_UNCOMPRESSED_BYTES = 256 * 1024 * 1024  # all members of the .xlsx zip, inflated
MAX_XLSX_MEMBER_BYTES = 128 * 1024 * 1024  # one member (a sheet, the shared strings), inflated
MAX_XLSX_MEMBERS = 1_000
MAX_SHEET_ROWS = 100_000
MAX_SHEET_COLUMNS = 200
MAX_CELL_CHARS = 32_767  # what one Excel cell holds at most

# ---------------------------------------------------------------------------- print
# A printed table cell, box or slip cannot grow past a page: longer texts are cut with "…" and the
# part says so in a note (order sections, tasks and equipment flow as paragraphs and print whole).
PRINT_CELL_CHARS = NAME_CHARS
PRINT_NOTE_CHARS = 1_000  # an accepted warning's note or message in Annex G
PRINT_HEADER_CHARS = 120  # the operation name and issuer in page headers and the letterhead

# ---------------------------------------------------------------------------- storage
# The opener's SQLite limit on one value (desktop.storage.opener.MAX_VALUE_BYTES): anything saved
# must stay below it, or the file would be refused when opened again.
MAX_STORED_VALUE_BYTES = 64 * 1024 * 1024
MAX_STORED_INTEGER = 2**63 - 1  # SQLite's INTEGER
MAX_STORED_FILE_BYTES = 512 * 1024 * 1024  # the opener's largest file (opener.MAX_FILE_BYTES)
# What the texts and the image of a plan may add up to: the file holds them plus indexes and
# free space in its pages, so a quarter of the largest file is kept for those.
MAX_STORED_CONTENT_BYTES = MAX_STORED_FILE_BYTES * 3 // 4

# Single-line fields may hold no control character at all; multi-line ones may hold line breaks
# and tabs. Unpaired surrogates (possible in JSON "\ud800") cannot be stored as UTF-8 at all.
LINE_BREAKS = frozenset("\n\r\t")

# Field lengths of each kind of record, by field name.
OPERATION_FIELDS: dict[str, int] = {
    "name": NAME_CHARS,
    "venue": NAME_CHARS,
    "address": LINE_CHARS,
    "situation": SECTION_CHARS,
    "mission": SECTION_CHARS,
    "execution": SECTION_CHARS,
    "rules": SECTION_CHARS,
    "contingency": SECTION_CHARS,
    "logistics": SECTION_CHARS,
    "communications": SECTION_CHARS,
}
UNIT_FIELDS: dict[str, int] = {"code": CODE_CHARS, "name": NAME_CHARS, "sector": LINE_CHARS}
PERSON_FIELDS: dict[str, int] = {
    "id": CODE_CHARS,
    "name": NAME_CHARS,
    "nrp": NRP_CHARS,
    "rank": RANK_CHARS,
    "unit": CODE_CHARS,
    "position": LINE_CHARS,
    "phone": PHONE_CHARS,
    "callsign": CALLSIGN_CHARS,
    "origin": NAME_CHARS,
}
# A command group (the schema's "groups"): what commits a reserve may take a short paragraph.
GROUP_FIELDS: dict[str, int] = {
    "code": CODE_CHARS,
    "name": NAME_CHARS,
    "held_at": LINE_CHARS,
    "trigger": 2_000,
}
SHIFT_FIELDS: dict[str, int] = {"code": SHIFT_CODE_CHARS, "name": NAME_CHARS}
POST_FIELDS: dict[str, int] = {
    "code": CODE_CHARS,
    "name": NAME_CHARS,
    "commander_min_rank": RANK_CHARS,
    "tasks": NOTE_CHARS,
    "equipment": NOTE_CHARS,
    "radio_channel": LINE_CHARS,
    "sector": LINE_CHARS,
    "village": LINE_CHARS,
    "district": LINE_CHARS,
    "address": LINE_CHARS,
    "cluster": LINE_CHARS,
    "route": LINE_CHARS,
}
SITE_PLAN_FIELDS: dict[str, int] = {"title": NAME_CHARS, "scale_note": LINE_CHARS}
MULTILINE_FIELDS = frozenset(
    {
        "situation",
        "mission",
        "execution",
        "rules",
        "contingency",
        "logistics",
        "communications",
        "tasks",
        "equipment",
        "note",
    }
)

# Typed settings: key -> (kind, bound). Other keys are kept as they are (bounded by the document).
SETTINGS: dict[str, tuple[str, float]] = {
    "max_hours": ("number", MAX_HOURS),
    "min_rest_hours": ("number", MAX_REST_HOURS),
    "siteplan_width_m": ("number", MAX_SITEPLAN_WIDTH_M),
    "tps_duty_hours": ("number", MAX_TPS_DUTY_HOURS),
    "duty_model": ("text", SETTING_TEXT_CHARS),  # "shifts" or "vote" (desktop.planning.duty)
    "ring1_skills": ("skills", MAX_SKILLS),
    "staffing_pattern": ("text", SETTING_TEXT_CHARS),
    "reserve_share": ("number", 100.0),  # percent of the police a pattern requires, held in reserve
    "issuer": ("text", SETTING_TEXT_CHARS),
    "document_number": ("text", SETTING_TEXT_CHARS),
    "place": ("text", SETTING_TEXT_CHARS),
}


@dataclass(frozen=True, slots=True)
class Problem:
    """One value out of bounds: `code` names it, `params` fill the sentence in either language."""

    field: str
    code: str  # too_long, control_character, bad_character, too_many, too_large, not_number, ...
    params: dict[str, Any]

    def message(self, lang: str = "id") -> str:
        return self.text().render(lang)

    def text(self) -> Message:
        """The sentence as data (`desktop.messages`): the catalogue's "limit.*" texts."""
        p = {
            k: number_words(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else v
            for k, v in self.params.items()
        }
        if self.code == "too_long":
            return Message("limit.too_long", length=p["length"], limit=p["limit"])
        if self.code == "control_character":
            return Message("limit.control_character", char=p["char"], position=self.params["position"])
        if self.code == "bad_character":
            return Message("limit.bad_character", char=p["char"], position=self.params["position"])
        if self.code == "too_many":
            return Message("limit.too_many", count=p["count"], limit=p["limit"])
        if self.code == "out_of_range":
            return Message(
                "limit.out_of_range", value=self.params["value"], low=self.params["low"], high=self.params["high"]
            )
        if self.code == "not_number":
            return Message("limit.not_number")
        if self.code == "not_text":
            return Message("limit.not_text")
        if self.code == "not_skills":
            return Message("limit.not_skills")
        if self.code == "too_big_to_store":
            return Message("limit.too_big_to_store", size=p["size"], limit=p["limit"])
        if self.code == "too_big_to_store_file":
            mb = 1024 * 1024
            return Message(
                "limit.too_big_to_store_file",
                size=number_words(self.params["size"] // mb),
                limit=number_words(self.params["limit"] // mb),
            )
        return Message("limit.other", code=self.code)

    def described(self) -> Message:
        """'field name: 1,500 characters, at most 200' as data."""
        return Message("limit.field", field=self.field, problem=self.text()) if self.field else self.text()

    def describe(self, lang: str = "id") -> str:
        """'field name: 1,500 characters, at most 200' (the field as named in the data)."""
        return self.described().render(lang)


class LimitError(RenpamError):
    """A value is out of Renpam's bounds; `problems` says which, where and why."""

    code = "limit"

    def __init__(self, problems: list[Problem], where: str = "") -> None:
        self.problems = problems
        self.where = where
        super().__init__(self.message("en"), problem=limit_message(problems, where))

    def message(self, lang: str = "id") -> str:
        return limit_message(self.problems, self.where).render(lang) if self.problems else self.where


def limit_message(problems: list[Problem], where: str = "") -> Message:
    """The first problem as data, after `where` ("person 'X'") when given."""
    first = problems[0].described() if problems else Message("limit.other", code="")
    return Message("limit.at", where=where, problem=first) if where else first


def number_words(n: int | float) -> Words:
    """A number in both languages' digit grouping: 12.345 / 12,345."""
    return Words(_id_number(n), f"{n:,}")


def _id_number(n: int | float) -> str:
    """12.345 (Indonesian digit grouping)."""
    return f"{n:,}".replace(",", ".")


def _char_name(ch: str) -> str:
    return f"U+{ord(ch):04X}"


# ---------------------------------------------------------------------------- text checks
def character_problem(text: str, field: str = "", *, multiline: bool = False) -> Problem | None:
    """A control character (or an unpaired surrogate) in `text`, or None when it is clean.

    Tabs and line breaks are allowed in multi-line fields only. Control characters cannot be
    written into an .xlsx, print as boxes and break one-line messages, so they are refused at
    every entry point instead of being stripped in some places and kept in others.
    """
    if text.isprintable():  # the common case, in C: no control, format or separator characters
        return None
    for position, ch in enumerate(text, start=1):
        if ch.isprintable() or ch == " ":
            continue
        category = unicodedata.category(ch)
        if category == "Cc":
            if multiline and ch in LINE_BREAKS:
                continue
            return Problem(field, "control_character", {"char": _char_name(ch), "position": position})
        if category == "Cs":
            return Problem(field, "bad_character", {"char": _char_name(ch), "position": position})
    return None  # format characters (soft hyphen, joiners) and separators are legitimate text


def text_problem(value: str, limit: int, field: str = "", *, multiline: bool | None = None) -> Problem | None:
    """The first bound `value` breaks (length, then characters), or None."""
    if len(value) > limit:
        return Problem(field, "too_long", {"length": len(value), "limit": limit})
    if multiline is None:
        multiline = field in MULTILINE_FIELDS
    return character_problem(value, field, multiline=multiline)


def record_problems(record: object, bounds: dict[str, int]) -> list[Problem]:
    """Every text field of a dataclass record (Person, Post, ...) checked against `bounds`."""
    problems: list[Problem] = []
    for name, limit in bounds.items():
        value = getattr(record, name, None)
        if isinstance(value, str):
            problem = text_problem(value, limit, name)
            if problem:
                problems.append(problem)
    return problems


def coordinate_problem(latitude: object, longitude: object) -> str | None:
    """Why a (latitude, longitude) pair in WGS 84 degrees is not a place on Earth, or None.

    Both are given or neither (a polling station from a KPU list without coordinates)."""
    if latitude is None and longitude is None:
        return None
    if latitude is None or longitude is None:
        return "latitude and longitude go together"
    for value, name, bound in ((latitude, "latitude", 90.0), (longitude, "longitude", 180.0)):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return f"{name} is not a number"
        if not -bound <= value <= bound:  # also refuses NaN
            return f"{name} must lie between -{bound:g} and {bound:g} degrees"
    return None


def person_problems(person: Any) -> list[Problem]:
    problems = record_problems(person, PERSON_FIELDS)
    skills = person.skills if isinstance(person.skills, list) else []
    if len(skills) > MAX_SKILLS:
        problems.append(Problem("skills", "too_many", {"count": len(skills), "limit": MAX_SKILLS}))
    for skill in skills[:MAX_SKILLS]:
        problem = text_problem(skill, SKILL_CHARS, "skills") if isinstance(skill, str) else None
        if problem:
            problems.append(problem)
            break
    return problems


def group_problems(group: Any) -> list[Problem]:
    """A command group's texts, and its post and member lists counted against their bounds."""
    problems = record_problems(group, GROUP_FIELDS)
    for name, bound in (("posts", MAX_GROUP_POSTS), ("members", MAX_GROUP_MEMBERS)):
        items = getattr(group, name, None)
        if isinstance(items, list) and len(items) > bound:
            problems.append(Problem(name, "too_many", {"count": len(items), "limit": bound}))
    return problems


def _count_problem(field: str, value: object, high: int, low: int = 0) -> Problem | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return None  # wrong types are the structural checks' business
    if not low <= value <= high:
        return Problem(field, "out_of_range", {"value": _short_number(value), "low": low, "high": high})
    return None


def _short_number(value: int | float) -> str:
    text = str(value)
    return text if len(text) <= 20 else f"{text[:8]}…({len(text)} digits)"


def post_problems(post: Any) -> list[Problem]:
    problems = record_problems(post, POST_FIELDS)
    for name in ("min_staff", "max_staff"):
        problem = _count_problem(name, getattr(post, name), MAX_STAFF)
        if problem:
            problems.append(problem)
    skills = post.required_skills if isinstance(post.required_skills, dict) else {}
    if len(skills) > MAX_SKILLS:
        problems.append(Problem("required_skills", "too_many", {"count": len(skills), "limit": MAX_SKILLS}))
    for skill, count in list(skills.items())[:MAX_SKILLS]:
        problem = (
            text_problem(skill, SKILL_CHARS, "required_skills") if isinstance(skill, str) else None
        ) or _count_problem("required_skills", count, MAX_STAFF, 1)
        if problem:
            problems.append(problem)
            break
    return problems


def unit_problems(unit: Any) -> list[Problem]:
    return record_problems(unit, UNIT_FIELDS)


def shift_problems(shift: Any) -> list[Problem]:
    return record_problems(shift, SHIFT_FIELDS)


def operation_problems(values: dict[str, Any]) -> list[Problem]:
    """Operation fields about to be set (a dict of field -> value)."""
    problems = []
    for name, value in values.items():
        limit = OPERATION_FIELDS.get(name)
        if limit is not None and isinstance(value, str):
            problem = text_problem(value, limit, name)
            if problem:
                problems.append(problem)
    return problems


def setting_problems(settings: dict[str, Any]) -> list[Problem]:
    """Typed settings of an operation: numbers in range, texts bounded, skill lists bounded."""
    problems: list[Problem] = []
    if len(settings) > MAX_SETTINGS:
        problems.append(Problem("settings", "too_many", {"count": len(settings), "limit": MAX_SETTINGS}))
    for key, value in settings.items():
        spec = SETTINGS.get(key)
        where = f"settings.{key}"
        found = text_problem(key, SETTING_KEY_CHARS, "settings", multiline=False) if isinstance(key, str) else None
        found = found or json_character_problem(value, where, key)
        if found:
            problems.append(found)
            continue
        if spec is None:
            continue
        kind, bound = spec
        if kind == "number":
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
                problems.append(Problem(where, "not_number", {}))
            elif not 0 <= value <= bound:
                problems.append(
                    Problem(
                        where, "out_of_range", {"value": _short_number(value), "low": 0, "high": _short_number(bound)}
                    )
                )
        elif kind == "text":
            if value is None:
                continue
            if not isinstance(value, str):
                problems.append(Problem(where, "not_text", {}))
            else:
                problem = text_problem(value, int(bound), where, multiline=False)
                if problem:
                    problems.append(problem)
        elif kind == "skills":
            if not isinstance(value, list) or not all(isinstance(s, str) for s in value):
                problems.append(Problem(where, "not_skills", {}))
            elif len(value) > bound:
                problems.append(Problem(where, "too_many", {"count": len(value), "limit": int(bound)}))
            else:
                for skill in value:
                    problem = text_problem(skill, SKILL_CHARS, where, multiline=False)
                    if problem:
                        problems.append(problem)
                        break
    return problems


def setting_number(settings: dict[str, Any], key: str, default: float) -> float:
    """A numeric setting as a float within its bounds; `default` when absent, and when it is not a
    number (a file written before settings were typed may hold "abc"), so that checks never crash."""
    value = settings.get(key, default)
    if value is None or value == "":
        return 0.0
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
        return float(default)
    high = SETTINGS[key][1] if key in SETTINGS else float("inf")
    return float(min(max(value, 0), high))


def json_character_problem(node: object, field: str, key: str = "") -> Problem | None:
    """The first control character in a JSON value (a setting): in its texts and its keys.

    Texts under a multi-line field name (tasks, notes, sections) may hold line breaks and tabs,
    as in plan documents; the nesting is bounded where the value came from.
    """
    if isinstance(node, str):
        return character_problem(node, field, multiline=key in MULTILINE_FIELDS)
    if isinstance(node, dict):
        for k, v in node.items():
            found = (character_problem(k, field) if isinstance(k, str) else None) or json_character_problem(
                v, field, k if isinstance(k, str) else key
            )
            if found:
                return found
    elif isinstance(node, list):
        for v in node:
            found = json_character_problem(v, field, key)
            if found:
                return found
    return None


def require(problems: list[Problem], where: str = "") -> None:
    """Raise LimitError when there is any problem."""
    if problems:
        raise LimitError(problems, where)


# ---------------------------------------------------------------------------- before saving
def storable_problems(plan: Any) -> list[Problem]:
    """What the operation file could store but its opener would refuse (or SQLite cannot store).

    Entry points keep values far below these; this is the last guard before a save, so a value
    that slipped past them fails the save in one sentence instead of making the saved file
    unopenable. Bounds of entry points are not applied here: files written by older versions
    within the opener's limits stay savable.
    """
    problems: list[Problem] = []
    limit = MAX_STORED_VALUE_BYTES

    def text(where: str, value: object) -> None:
        if isinstance(value, str) and len(value) * 4 > limit:  # cheap test first: UTF-8 is <= 4 bytes a char
            size = len(value.encode("utf-8", "surrogatepass"))
            if size > limit:
                problems.append(Problem(where, "too_big_to_store", {"size": size, "limit": limit}))
        if isinstance(value, str) and not value.isprintable():
            problem = character_problem(value, where, multiline=True)
            if problem and problem.code == "bad_character":
                problems.append(problem)

    def number(where: str, value: object) -> None:
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_STORED_INTEGER:
            problems.append(
                Problem(
                    where,
                    "out_of_range",
                    {"value": _short_number(value), "low": -MAX_STORED_INTEGER, "high": MAX_STORED_INTEGER},
                )
            )

    def record(where: str, item: object) -> None:
        for f in fields(item):  # type: ignore[arg-type]
            value = getattr(item, f.name)
            if isinstance(value, (list, dict)):
                import json

                try:
                    encoded = json.dumps(value, ensure_ascii=False)
                except (TypeError, ValueError):
                    continue
                text(f"{where}, field {f.name}", encoded)
            else:
                text(f"{where}, field {f.name}", value)
                number(f"{where}, field {f.name}", value)

    record("operation", plan.operation)
    for code, unit in plan.units.items():
        record(f"unit {code}", unit)
    for pid, person in plan.personnel.items():
        record(f"person {pid}", person)
    for code, shift in plan.shifts.items():
        record(f"shift {code}", shift)
    for code, post in plan.posts.items():
        record(f"post {code}", post)
    for ph in plan.placeholders.values():
        number(f"placeholder at {ph.post}", ph.number)
    for key, item in plan.accepted.items():
        text(f"accepted finding {key}", item.note)
    for name, pattern in plan.patterns.items():
        text(f"pattern {name}", pattern.note)
        for cat, row in pattern.rows.items():
            for part in ("police", "tps", "linmas"):
                number(f"pattern {name}, {cat}", getattr(row, part))
    if plan.site_plan is not None:
        record("site plan", plan.site_plan)
        image = plan.site_plan.image_png
        if isinstance(image, (bytes, bytearray)) and len(image) > limit:
            problems.append(Problem("site plan, field image", "too_big_to_store", {"size": len(image), "limit": limit}))
    import json

    for key, value in plan.settings.items():
        try:
            text(f"setting {key}", json.dumps(value, ensure_ascii=False))
        except (TypeError, ValueError):
            continue
    if not problems:
        image = len(plan.site_plan.image_png or b"") if plan.site_plan is not None else 0
        size = _content_bytes(_all_texts(plan)) + image
        if size > MAX_STORED_CONTENT_BYTES:
            problems.append(
                Problem("the operation", "too_big_to_store_file", {"size": size, "limit": MAX_STORED_CONTENT_BYTES})
            )
    return problems


def _quickly_storable(plan: Any) -> bool:
    """True when no text can be too long or unencodable and no number too large (C-speed scans).

    The usual case for every save; only a plan failing this is walked field by field to say
    where the problem is.
    """
    from itertools import chain

    texts: list[str] = []
    numbers: list[int] = []
    for records in (plan.units.values(), plan.personnel.values(), plan.shifts.values(), plan.posts.values()):
        for record in records:
            for value in record.__slots__ and (getattr(record, name) for name in record.__slots__):
                if isinstance(value, str):
                    texts.append(value)
                elif isinstance(value, list):
                    texts.extend(v for v in value if isinstance(v, str))
                elif isinstance(value, dict):
                    texts.extend(k for k in value if isinstance(k, str))
                    numbers.extend(v for v in value.values() if isinstance(v, int))
                elif isinstance(value, int):
                    numbers.append(value)
    op = plan.operation
    texts.extend(v for v in (getattr(op, name) for name in op.__slots__) if isinstance(v, str))
    texts.extend(chain.from_iterable((a.note, a.key) for a in plan.accepted.values()))
    for pattern in plan.patterns.values():
        texts.append(pattern.note)
        numbers.extend(chain.from_iterable((r.police, r.tps, r.linmas) for r in pattern.rows.values()))
    numbers.extend(ph.number for ph in plan.placeholders.values())
    if plan.site_plan is not None:
        texts.extend((plan.site_plan.title, plan.site_plan.scale_note))
        if len(plan.site_plan.image_png or b"") > MAX_STORED_VALUE_BYTES:
            return False
    if texts and max(map(len, texts)) * 4 > MAX_STORED_VALUE_BYTES:
        return False
    image = len(plan.site_plan.image_png or b"") if plan.site_plan is not None else 0
    if (
        sum(map(len, texts)) * 4 + image > MAX_STORED_CONTENT_BYTES
        and _content_bytes(texts) + image > MAX_STORED_CONTENT_BYTES
    ):
        return False
    if numbers and max(map(abs, numbers)) > MAX_STORED_INTEGER:
        return False
    try:
        "\n".join(texts).encode("utf-8")  # an unpaired surrogate cannot be stored
    except UnicodeEncodeError:
        return False
    import json

    try:
        settings = json.dumps(plan.settings, ensure_ascii=False)
    except (TypeError, ValueError):
        return True  # the codec reports a setting it cannot write
    return len(settings) * 4 <= MAX_STORED_VALUE_BYTES


def _content_bytes(texts: list[str]) -> int:
    return len("\n".join(texts).encode("utf-8", "surrogatepass"))


def _all_texts(plan: Any) -> list[str]:
    texts: list[str] = []
    for records in (
        plan.units.values(),
        plan.personnel.values(),
        plan.shifts.values(),
        plan.posts.values(),
        (plan.operation,),
        plan.accepted.values(),
        plan.patterns.values(),
    ):
        for record in records:
            texts.extend(v for v in (getattr(record, name) for name in record.__slots__) if isinstance(v, str))
    return texts


def check_storable(plan: Any) -> None:
    """Raise LimitError when the plan holds a value its file could not be reopened with."""
    if _quickly_storable(plan):
        return
    problems = storable_problems(plan)
    if problems:
        raise LimitError(problems)
