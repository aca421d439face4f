"""Readable, translated labels for the core's enum values: the one place the interface names them.

The core stores codes ("pos_pantau", "II", "danpos"); every widget, model and dialog shows them
through these functions. Source strings are English; `resources/translations/renpam_id.ts`
carries the Indonesian.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.ranks import RANK_GROUPS, parse_rank

_CTX = "Labels"

OPERATION_KINDS = {
    "audiensi": QT_TRANSLATE_NOOP("Labels", "Audience"),
    "unjuk_rasa": QT_TRANSLATE_NOOP("Labels", "Demonstration"),
    "pemilu": QT_TRANSLATE_NOOP("Labels", "Election (TPS)"),
    "kunjungan_vip": QT_TRANSLATE_NOOP("Labels", "VIP visit"),
    "event": QT_TRANSLATE_NOOP("Labels", "Public event"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
POST_KINDS = {
    "gerbang": QT_TRANSLATE_NOOP("Labels", "Gate"),
    "pintu": QT_TRANSLATE_NOOP("Labels", "Building door"),
    "ruang": QT_TRANSLATE_NOOP("Labels", "Room"),
    "perimeter": QT_TRANSLATE_NOOP("Labels", "Perimeter"),
    "lalu_lintas": QT_TRANSLATE_NOOP("Labels", "Traffic post"),
    "pos_pantau": QT_TRANSLATE_NOOP("Labels", "Observation post"),
    "kesehatan": QT_TRANSLATE_NOOP("Labels", "Health post"),
    "pos_komando": QT_TRANSLATE_NOOP("Labels", "Command post"),
    "patroli": QT_TRANSLATE_NOOP("Labels", "Mobile patrol"),
    "tps": QT_TRANSLATE_NOOP("Labels", "Polling station (TPS)"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
RINGS = {
    "I": QT_TRANSLATE_NOOP("Labels", "Ring I"),
    "II": QT_TRANSLATE_NOOP("Labels", "Ring II"),
    "III": QT_TRANSLATE_NOOP("Labels", "Ring III"),
    None: QT_TRANSLATE_NOOP("Labels", "No ring"),
}
ROLES = {
    "danpos": QT_TRANSLATE_NOOP("Labels", "Post commander (danpos)"),
    "anggota": QT_TRANSLATE_NOOP("Labels", "Member"),
}
CLASSIFICATIONS = {
    "BIASA": QT_TRANSLATE_NOOP("Labels", "ORDINARY (BIASA)"),
    "TERBATAS": QT_TRANSLATE_NOOP("Labels", "RESTRICTED (TERBATAS)"),
    "RAHASIA": QT_TRANSLATE_NOOP("Labels", "SECRET (RAHASIA)"),
    "SANGAT_RAHASIA": QT_TRANSLATE_NOOP("Labels", "TOP SECRET (SANGAT RAHASIA)"),
}
GROUP_ROLES = {
    "komando": QT_TRANSLATE_NOOP("Labels", "Command post"),
    "negosiator": QT_TRANSLATE_NOOP("Labels", "Negotiators / Polwan"),
    "dalmas_awal": QT_TRANSLATE_NOOP("Labels", "Dalmas awal (first line)"),
    "dalmas_lanjut": QT_TRANSLATE_NOOP("Labels", "Dalmas lanjut (riot gear)"),
    "phh_brimob": QT_TRANSLATE_NOOP("Labels", "Brimob riot company (PHH)"),
    "pam_ring": QT_TRANSLATE_NOOP("Labels", "Ring guard"),
    "lantas": QT_TRANSLATE_NOOP("Labels", "Traffic"),
    "intel": QT_TRANSLATE_NOOP("Labels", "Intelligence"),
    "propam": QT_TRANSLATE_NOOP("Labels", "Provost (Propam)"),
    "dokkes": QT_TRANSLATE_NOOP("Labels", "Medical"),
    "humas": QT_TRANSLATE_NOOP("Labels", "Public relations"),
    "polsek": QT_TRANSLATE_NOOP("Labels", "Sector station (Polsek)"),
    "cadangan": QT_TRANSLATE_NOOP("Labels", "Reserve"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
AGENCIES = {
    "POLRI": QT_TRANSLATE_NOOP("Labels", "Police (Polri)"),
    "TNI": QT_TRANSLATE_NOOP("Labels", "Armed forces (TNI)"),
    "SATPOL_PP": QT_TRANSLATE_NOOP("Labels", "Satpol PP"),
    "DISHUB": QT_TRANSLATE_NOOP("Labels", "Transport office (Dishub)"),
    "LINMAS": QT_TRANSLATE_NOOP("Labels", "Linmas"),
    "OTHER": QT_TRANSLATE_NOOP("Labels", "Other agency"),
}
RANK_GROUP_NAMES = {
    "tamtama": QT_TRANSLATE_NOOP("Labels", "Enlisted (Tamtama)"),
    "bintara": QT_TRANSLATE_NOOP("Labels", "NCO (Bintara)"),
    "pama": QT_TRANSLATE_NOOP("Labels", "Junior officer (Pama)"),
    "pamen": QT_TRANSLATE_NOOP("Labels", "Senior officer (Pamen)"),
    "pati": QT_TRANSLATE_NOOP("Labels", "General officer (Pati)"),
}
GENDERS = {
    "L": QT_TRANSLATE_NOOP("Labels", "Male"),
    "P": QT_TRANSLATE_NOOP("Labels", "Female"),
}
SKILLS = {
    "dalmas": QT_TRANSLATE_NOOP("Labels", "Crowd control (Dalmas)"),
    "negosiator": QT_TRANSLATE_NOOP("Labels", "Negotiator"),
    "polwan": QT_TRANSLATE_NOOP("Labels", "Policewoman (Polwan)"),
    "medis": QT_TRANSLATE_NOOP("Labels", "Medic"),
    "lantas": QT_TRANSLATE_NOOP("Labels", "Traffic"),
    "intel": QT_TRANSLATE_NOOP("Labels", "Intelligence"),
    "sopir": QT_TRANSLATE_NOOP("Labels", "Driver"),
    "k9": QT_TRANSLATE_NOOP("Labels", "K9 handler"),
    "jibom": QT_TRANSLATE_NOOP("Labels", "Bomb disposal (Jibom)"),
}
SEVERITIES = {
    "error": QT_TRANSLATE_NOOP("Labels", "Error"),
    "warning": QT_TRANSLATE_NOOP("Labels", "Warning"),
}
STAFFING = {
    "full": QT_TRANSLATE_NOOP("Labels", "Fully staffed"),
    "short": QT_TRANSLATE_NOOP("Labels", "Below minimum"),
    "over": QT_TRANSLATE_NOOP("Labels", "Above maximum"),
    "off": QT_TRANSLATE_NOOP("Labels", "Not manned in this shift"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def _label(table: dict, code: object) -> str:
    text = table.get(code)
    return _t(text) if text is not None else str(code or "")


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


RANK_GROUPS_TABLE = {g: RANK_GROUP_NAMES[g] for g in RANK_GROUPS}


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


def choices(table: dict) -> list[tuple[object, str]]:
    """(code, translated label) pairs in the table's order, for combo boxes."""
    return [(code, _t(text)) for code, text in table.items()]
