"""Naskah dinas marks of the printed documents (Perkap 1/2023 practice), as plain data.

Everything here is kept per operation in `Plan.settings` (so it travels in the operation file
and the plan document without a schema change) and has a sensible default, so a plan printed
before the planner filled anything in still prints, with dotted blanks where a real document
would have its number:

- `kop`: the letterhead, up to three lines ("KEPOLISIAN NEGARA REPUBLIK INDONESIA / DAERAH JAWA
  BARAT / RESOR PURWAKARTA"), printed with a closing rule on the first page of the order, of
  the Sprin and of each annex;
- `letter_numbers`: per document (`packet`, `sprin`) the parts of its number: classification
  letter, type, serial, Roman month, archive code and year ("R/Renpam/112/XI/OPS.1.1/2024");
- `place` and `signed_on`: where and on which day the documents are signed ("Purwakarta,
  26 November 2024"), printed before every signature block;
- `sprin`: the Surat Perintah's considering clause, basis (Dasar), tasks (Untuk) and copies
  (Tembusan), prefilled per operation kind until the planner writes their own.
"""

from __future__ import annotations

from datetime import date, datetime

from desktop.errors import RenpamError
from desktop.messages import Words
from desktop.model import Plan

KOP_LINES = 3
LETTER_PARTS = ("letter", "type", "serial", "month", "code", "year")
DOC_TYPES = {"packet": "Renpam", "sprin": "Sprin"}
CLASS_LETTERS = {"BIASA": "B", "TERBATAS": "B", "RAHASIA": "R", "SANGAT_RAHASIA": "R"}
DOTS = "......"
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")

# Dasar (legal basis) per operation kind; the operation order and the notification letter are
# named generically until the planner writes their numbers.
_BASIS_COMMON = ("Undang-Undang Nomor 2 Tahun 2002 tentang Kepolisian Negara Republik Indonesia.",)
_BASIS_CROWD = (
    "Undang-Undang Nomor 9 Tahun 1998 tentang Kemerdekaan Menyampaikan Pendapat di Muka Umum.",
    "Peraturan Kapolri Nomor 7 Tahun 2012 tentang Tata Cara Penyelenggaraan Pelayanan, Pengamanan, "
    "dan Penanganan Perkara Penyampaian Pendapat di Muka Umum.",
    "Peraturan Kapolri Nomor 16 Tahun 2006 tentang Pedoman Pengendalian Massa.",
)
_BASIS_ELECTION = ("Undang-Undang Nomor 10 Tahun 2016 tentang Pemilihan Gubernur, Bupati, dan Wali Kota.",)
_BASIS_TAIL = (
    "Rencana Operasi (Renops) yang menjadi dasar pengamanan ini.",
    "Surat pemberitahuan kegiatan dari penyelenggara.",
)
_BASIS_BY_KIND: dict[str, tuple[str, ...]] = {
    "audiensi": _BASIS_COMMON + _BASIS_CROWD + _BASIS_TAIL,
    "unjuk_rasa": _BASIS_COMMON + _BASIS_CROWD + _BASIS_TAIL,
    "pemilu": _BASIS_COMMON + _BASIS_ELECTION + _BASIS_TAIL,
}

_CONSIDERING = (
    "bahwa dalam rangka pengamanan {name} perlu dikeluarkan Surat Perintah.",
    "that an order is needed to secure {name}.",
)
_TASKS = (
    (
        "Melaksanakan pengamanan {name} di {venue} sesuai Rencana Pengamanan dan penugasan dalam "
        "lampiran Surat Perintah ini.",
        "Secure {name} at {venue} according to the security plan and the assignments in the annex to this order.",
    ),
    (
        "Melaksanakan tugas secara humanis dan tegas, mengedepankan komunikasi, dengan penggunaan "
        "kekuatan secara bertahap sesuai ketentuan.",
        "Act humanely and firmly, communication first, using force only in stages as the rules say.",
    ),
    (
        "Melaksanakan perintah ini dengan saksama dan penuh rasa tanggung jawab.",
        "Carry out this order carefully and with full responsibility.",
    ),
    (
        "Setelah selesai melaksanakan tugas agar melaporkan hasilnya kepada pejabat yang memberi perintah.",
        "Report the result to the issuing officer on completion.",
    ),
)
_COPIES_TO = (
    "Kapolda Jawa Barat",
    "Karoops Polda Jawa Barat",
    "Para Kabag, Kasat dan Kasi Polres",
    "Para Kapolsek jajaran",
)


def _lang_index(lang: str) -> int:
    return 0 if lang == "id" else 1


def kop_lines(plan: Plan, police_hq: str) -> list[str]:
    """The letterhead, at most three lines in capitals; `police_hq` when nothing is set."""
    raw = plan.settings.get("kop")
    lines: list[str] = []
    if isinstance(raw, list):
        lines = [str(x).strip().upper() for x in raw if str(x).strip()]
    elif isinstance(raw, str):
        lines = [x.strip().upper() for x in raw.split("\n") if x.strip()]
    if not lines:
        lines = [police_hq]
        issuer = str(plan.settings.get("issuer", "") or "").strip()
        if issuer:
            lines.append(issuer.upper())
    return lines[:KOP_LINES]


def signed_on(plan: Plan) -> date | None:
    """The day the documents are signed: setting `signed_on` (ISO date), else the operation's first day."""
    raw = plan.settings.get("signed_on")
    if isinstance(raw, str) and raw.strip():
        try:
            return date.fromisoformat(raw.strip()[:10])
        except ValueError:
            pass
    start = plan.operation.start
    return start.date() if isinstance(start, datetime) else None


def letter_parts(plan: Plan, doc: str) -> dict[str, str]:
    """The parts of a document's number, defaults filled in (type, month and year from the day
    of signing, the letter from the classification); the serial and archive code stay empty
    until the planner writes them. A part the planner left empty keeps its default."""
    raw = plan.settings.get("letter_numbers")
    given = raw.get(doc, {}) if isinstance(raw, dict) else {}
    given = given if isinstance(given, dict) else {}
    day = signed_on(plan)
    parts = {
        "letter": CLASS_LETTERS.get(plan.operation.classification, ""),
        "type": DOC_TYPES.get(doc, doc.capitalize()),
        "serial": "",
        "month": _ROMAN[day.month - 1] if day else "",
        "code": "",
        "year": str(day.year) if day else "",
    }
    for key in LETTER_PARTS:  # an empty part keeps its default
        if given.get(key) is not None and str(given[key]).strip():
            parts[key] = str(given[key]).strip()
    return parts


def letter_number(plan: Plan, doc: str) -> str:
    """'R/Sprin/112/XI/PAM.3.3/2024'; a missing serial or code prints as dots to be written in.

    For the packet, an old-style whole `document_number` setting wins when the builder has not
    been used.
    """
    raw = plan.settings.get("letter_numbers")
    legacy = str(plan.settings.get("document_number", "") or "").strip()
    if doc == "packet" and legacy and not (isinstance(raw, dict) and raw.get("packet")):
        return legacy
    parts = letter_parts(plan, doc)
    out = [
        parts["letter"],
        parts["type"],
        parts["serial"] or DOTS,
        parts["month"] or DOTS,
        parts["code"] or DOTS,
        parts["year"] or DOTS,
    ]
    return "/".join(p for p in out if p)


def issuer_title(plan: Plan) -> str:
    """Who issues the documents, in capitals, for annex headers: the commander's position
    ('KAPOLRES PURWAKARTA'), else the last kop line."""
    cmd = plan.personnel.get(plan.operation.commander or "")
    if cmd and cmd.position.strip():
        return cmd.position.strip().upper()
    return ""


def sprin_texts(plan: Plan, lang: str) -> dict[str, object]:
    """Considering clause, basis, tasks and copies of the Surat Perintah; what the planner wrote
    (setting `sprin`) wins, else the defaults for the operation's kind (Indonesian defaults are
    the legal texts; English ones a reading aid)."""
    raw = plan.settings.get("sprin")
    given = raw if isinstance(raw, dict) else {}
    op = plan.operation
    i = _lang_index(lang)
    name = op.name or "-"
    venue = op.venue or "-"

    def text_list(key: str, default: list[str]) -> list[str]:
        value = given.get(key)
        if isinstance(value, list):
            return [str(x).strip() for x in value if str(x).strip()]
        return default

    basis = list(_BASIS_BY_KIND.get(op.kind, _BASIS_COMMON + _BASIS_TAIL))
    considering = given.get("considering")
    return {
        "considering": str(considering).strip()
        if isinstance(considering, str) and considering.strip()
        else _CONSIDERING[i].format(name=name),
        "basis": text_list("basis", basis),
        "tasks": text_list("tasks", [t[i].format(name=name, venue=venue) for t in _TASKS]),
        "copies_to": text_list("copies_to", list(_COPIES_TO)),
    }


def tasks_end_with_report(tasks: list[str], lang: str) -> list[str]:
    """The Untuk list always ends with the report on completion (added when the planner's own
    list lacks one)."""
    last = tasks[-1].casefold() if tasks else ""
    if "lapor" in last or "report" in last:
        return tasks
    return tasks + [_TASKS[-1][_lang_index(lang)]]


# ---------------------------------------------------------------------------- edits
MAX_LINE = 120  # a kop line, the place, one part of a letter number
MAX_ITEM = 600  # one item of Dasar / Untuk / Tembusan, the considering clause
MAX_ITEMS = 30  # items per list
SPRIN_LISTS = ("basis", "tasks", "copies_to")


class PaperworkError(RenpamError):
    """A paperwork value the planner gave is out of bounds; nothing was changed."""

    code = "paperwork_invalid"


# What a checked value is called in an error sentence (Indonesian, English).
_WHAT: dict[str, tuple[str, str]] = {
    "kop line": ("Baris kop", "kop line"),
    "place": ("Tempat", "place"),
    "signing date": ("Tanggal penandatanganan", "signing date"),
    "considering": ("Pertimbangan", "considering clause"),
    "basis": ("Dasar", "basis"),
    "tasks": ("Untuk", "tasks"),
    "copies_to": ("Tembusan", "copies to"),
    "contacts": ("Kontak luar", "outside contacts"),
    "outside contact": ("Kontak luar", "outside contact"),
}


def _what(what: str) -> Words:
    if what.startswith("number part "):
        part = what.removeprefix("number part ")
        return Words(f"Bagian nomor surat {part}", what)
    return Words(*_WHAT.get(what, (what, what)))


def _check_text(value: object, what: str, limit: int) -> str:
    if not isinstance(value, str):
        raise PaperworkError(f"{what} must be text", code="paperwork_not_text", what=_what(what))
    text = value.strip()
    if len(text) > limit:
        raise PaperworkError(
            f"{what} is longer than {limit} characters", code="paperwork_too_long", what=_what(what), limit=limit
        )
    if any(ord(c) < 32 and c not in "\n\t" for c in text):
        raise PaperworkError(f"{what} holds control characters", code="paperwork_control", what=_what(what))
    return text


CONTACT_FIELDS = ("party", "name", "phone", "note")


def parse_contact(text: str) -> dict[str, str]:
    """'KPU Kab. Purwakarta; Sekretaris KPU; 0264-200101; penghubung' -> an outside contact."""
    parts = [x.strip() for x in text.split(";")]
    if len(parts) > len(CONTACT_FIELDS) or not parts[0]:
        raise PaperworkError(f"{text!r} is not 'party; name; phone; note'", code="paperwork_contact", value=text)
    return dict(zip(CONTACT_FIELDS, parts + [""] * (len(CONTACT_FIELDS) - len(parts))))


def contact_line(contact: dict) -> str:
    return "; ".join(str(contact.get(k, "") or "") for k in CONTACT_FIELDS).rstrip("; ")


def paperwork_changes(
    plan: Plan,
    *,
    kop: list[str] | None = None,
    place: str | None = None,
    signed_on_text: str | None = None,
    numbers: dict[str, dict[str, str]] | None = None,
    sprin: dict[str, object] | None = None,
    contacts: list[str] | None = None,
) -> dict[str, object]:
    """Check the planner's paperwork values against their bounds and return the settings to
    write (key -> new value); raises `PaperworkError` before anything changes."""
    out: dict[str, object] = {}
    if kop is not None:
        lines = [_check_text(x, "kop line", MAX_LINE) for x in kop]
        lines = [x for x in lines if x]
        if len(lines) > KOP_LINES:
            raise PaperworkError(f"the kop has at most {KOP_LINES} lines", code="paperwork_kop_lines", limit=KOP_LINES)
        out["kop"] = lines
    if place is not None:
        out["place"] = _check_text(place, "place", MAX_LINE)
    if signed_on_text is not None:
        text = _check_text(signed_on_text, "signing date", 10)
        if text:
            try:
                date.fromisoformat(text)
            except ValueError:
                raise PaperworkError(
                    f"{text!r} is not a date like 2024-11-26", code="paperwork_date", value=text
                ) from None
        out["signed_on"] = text
    if numbers:
        current = plan.settings.get("letter_numbers")
        merged: dict[str, dict[str, str]] = (
            {k: dict(v) for k, v in current.items() if isinstance(v, dict)} if isinstance(current, dict) else {}
        )
        for doc, parts in numbers.items():
            if doc not in DOC_TYPES:
                raise PaperworkError(
                    f"no letter number for {doc!r}; choose from {', '.join(DOC_TYPES)}", code="paperwork_doc", doc=doc
                )
            for key, value in parts.items():
                if key not in LETTER_PARTS:
                    raise PaperworkError(
                        f"a letter number has no part {key!r}; parts: {', '.join(LETTER_PARTS)}",
                        code="paperwork_part",
                        part=key,
                    )
                text = _check_text(value, f"number part {key}", MAX_LINE)
                if "/" in text:
                    raise PaperworkError(f"number part {key} may not hold '/'", code="paperwork_slash", part=key)
                if text:
                    merged.setdefault(doc, {})[key] = text
                else:
                    merged.get(doc, {}).pop(key, None)
        out["letter_numbers"] = merged
    if sprin:
        current = plan.settings.get("sprin")
        merged_sprin: dict[str, object] = dict(current) if isinstance(current, dict) else {}
        for key, value in sprin.items():  # type: ignore[assignment]
            if key == "considering":
                merged_sprin[key] = _check_text(value, "considering", MAX_ITEM)
            elif key in SPRIN_LISTS:
                if not isinstance(value, list) or len(value) > MAX_ITEMS:
                    raise PaperworkError(
                        f"{key} is a list of at most {MAX_ITEMS} items",
                        code="paperwork_items",
                        what=_what(key),
                        limit=MAX_ITEMS,
                    )
                merged_sprin[key] = [t for t in (_check_text(v, key, MAX_ITEM) for v in value) if t]
            else:
                raise PaperworkError(f"the Surat Perintah has no part {key!r}", code="paperwork_part", part=key)
        out["sprin"] = merged_sprin
    if contacts is not None:
        if len(contacts) > MAX_ITEMS:
            raise PaperworkError(
                f"at most {MAX_ITEMS} outside contacts", code="paperwork_items", what=_what("contacts"), limit=MAX_ITEMS
            )
        out["outside_contacts"] = [
            parse_contact(_check_text(c, "outside contact", MAX_ITEM)) for c in contacts if c.strip()
        ]
    return out


def summary(plan: Plan) -> dict[str, object]:
    """The paperwork as it will print (for `renpam paperwork --json` and the window)."""
    day = signed_on(plan)
    return {
        "kop": kop_lines(plan, "KEPOLISIAN NEGARA REPUBLIK INDONESIA"),
        "place": str(plan.settings.get("place", "") or ""),
        "signed_on": day.isoformat() if day else None,
        "numbers": {doc: letter_number(plan, doc) for doc in DOC_TYPES},
        "number_parts": {doc: letter_parts(plan, doc) for doc in DOC_TYPES},
        "sprin": sprin_texts(plan, "id"),
        "outside_contacts": outside_contacts(plan),
    }


def outside_contacts(plan: Plan) -> list[dict[str, str]]:
    raw = plan.settings.get("outside_contacts")
    return [
        {k: str(c.get(k, "") or "") for k in CONTACT_FIELDS}
        for c in (raw if isinstance(raw, list) else [])
        if isinstance(c, dict)
    ]
