"""The one vocabulary: what each stored code of the domain is called, in Indonesian and English.

The core stores codes ("pos_pantau", "II", "danpos"); the window (ui/labels.py, in the
interface language), the printouts (desktop/briefing) and the command line name them through
this table. The codes themselves are defined in desktop/model.py and desktop/ranks.py; a test
keeps every code named here in both languages.
"""

from __future__ import annotations

from desktop.messages import Words
from desktop.model import (
    AGENCIES,
    CLASSIFICATIONS,
    GENDERS,
    GROUP_ROLES,
    KNOWN_SKILLS,
    OPERATION_KINDS,
    PATTERN_PARTS,
    POST_KINDS,
    RINGS,
    ROLES,
    TPS_CATEGORIES,
)
from desktop.ranks import RANK_GROUPS

Table = dict[object, tuple[str, str]]  # code -> (Indonesian, English)

OPERATION_KIND: Table = {
    "audiensi": ("Audiensi", "Audience"),
    "unjuk_rasa": ("Unjuk rasa", "Demonstration"),
    "pemilu": ("Pemilu (TPS)", "Election (TPS)"),
    "kunjungan_vip": ("Kunjungan VIP", "VIP visit"),
    "event": ("Kegiatan masyarakat", "Public event"),
    "other": ("Lainnya", "Other"),
}
POST_KIND: Table = {
    "gerbang": ("Gerbang", "Gate"),
    "pintu": ("Pintu gedung", "Building door"),
    "ruang": ("Ruang", "Room"),
    "perimeter": ("Perimeter", "Perimeter"),
    "lalu_lintas": ("Pos lalu lintas", "Traffic post"),
    "pos_pantau": ("Pos pantau", "Observation post"),
    "kesehatan": ("Pos kesehatan", "Health post"),
    "pos_komando": ("Pos komando", "Command post"),
    "patroli": ("Patroli", "Mobile patrol"),
    "tps": ("TPS", "Polling station (TPS)"),
    "pengawalan": ("Pengawalan kotak suara", "Ballot-box escort"),
    "other": ("Lainnya", "Other"),
}
RING: Table = {
    "I": ("Ring I", "Ring I"),
    "II": ("Ring II", "Ring II"),
    "III": ("Ring III", "Ring III"),
    None: ("Di luar ring", "Outside the rings"),
}
ROLE: Table = {
    "danpos": ("Komandan pos (danpos)", "Post commander (danpos)"),
    "anggota": ("Anggota", "Member"),
}
CLASSIFICATION: Table = {
    "BIASA": ("BIASA", "ORDINARY (BIASA)"),
    "TERBATAS": ("TERBATAS", "RESTRICTED (TERBATAS)"),
    "RAHASIA": ("RAHASIA", "SECRET (RAHASIA)"),
    "SANGAT_RAHASIA": ("SANGAT RAHASIA", "TOP SECRET (SANGAT RAHASIA)"),
}
# A command group's role (desktop.model.GROUP_ROLES): its place in the command structure and,
# for crowd control, on the Dalmas ladder.
GROUP_ROLE: Table = {
    "wakil": ("Wakil penanggung jawab", "Deputy commander"),
    "komando": ("Pos komando", "Command post"),
    "negosiator": ("Negosiator / Polwan", "Negotiators / Polwan"),
    "dalmas_awal": ("Dalmas awal", "Dalmas awal (first line)"),
    "dalmas_lanjut": ("Dalmas lanjut", "Dalmas lanjut (riot gear)"),
    "phh_brimob": ("PHH Brimob", "Brimob riot company (PHH)"),
    "pam_ring": ("Pam ring", "Ring guard"),
    "lantas": ("Lantas", "Traffic"),
    "intel": ("Intel", "Intelligence"),
    "propam": ("Propam", "Provost (Propam)"),
    "dokkes": ("Dokkes (kesehatan)", "Medical"),
    "humas": ("Humas", "Public relations"),
    "polsek": ("Polsek", "Sector station (Polsek)"),
    "cadangan": ("Cadangan", "Reserve"),
    "other": ("Lainnya", "Other"),
}
AGENCY: Table = {
    "POLRI": ("Polri", "Police (Polri)"),
    "TNI": ("TNI", "Armed forces (TNI)"),
    "SATPOL_PP": ("Satpol PP", "Satpol PP"),
    "DISHUB": ("Dishub", "Transport office (Dishub)"),
    "LINMAS": ("Linmas", "Linmas"),
    "OTHER": ("Instansi lain", "Other agency"),
}
RANK_GROUP: Table = {
    "tamtama": ("Tamtama", "Enlisted (Tamtama)"),
    "bintara": ("Bintara", "NCO (Bintara)"),
    "pama": ("Perwira pertama (Pama)", "Junior officer (Pama)"),
    "pamen": ("Perwira menengah (Pamen)", "Senior officer (Pamen)"),
    "pati": ("Perwira tinggi (Pati)", "General officer (Pati)"),
}
GENDER: Table = {
    "L": ("Laki-laki", "Male"),
    "P": ("Perempuan", "Female"),
}
# The skills Renpam knows (desktop.model.KNOWN_SKILLS); a plan may hold others, shown as written.
SKILL: Table = {
    "dalmas": ("Dalmas", "Crowd control (Dalmas)"),
    "negosiator": ("Negosiator", "Negotiator"),
    "polwan": ("Polwan", "Policewoman (Polwan)"),
    "medis": ("Medis", "Medic"),
    "lantas": ("Lantas", "Traffic"),
    "intel": ("Intel", "Intelligence"),
    "sopir": ("Sopir", "Driver"),
    "k9": ("K9", "K9 handler"),
    "jibom": ("Jibom", "Bomb disposal (Jibom)"),
}
# Vulnerability category of a polling station (TPS), as the Polres maps them before the vote.
TPS_CATEGORY: Table = {
    "kurang_rawan": ("kurang rawan", "less vulnerable"),
    "rawan": ("rawan", "vulnerable"),
    "sangat_rawan": ("sangat rawan", "very vulnerable"),
    "khusus": ("khusus", "special"),
}
# The three numbers of a staffing pattern (pola), in the order its source writes them.
PATTERN_PART: Table = {
    "police": ("Polri", "police"),
    "tps": ("TPS", "TPS"),
    "linmas": ("Linmas", "Linmas"),
}
SEVERITY: Table = {
    "error": ("Kesalahan", "Error"),
    "warning": ("Peringatan", "Warning"),
}
STAFFING: Table = {
    "full": ("Personel lengkap", "Fully staffed"),
    "short": ("Kurang dari minimal", "Below minimum"),
    "over": ("Melebihi maksimal", "Above maximum"),
    "off": ("Tidak dijaga pada sif ini", "Not manned in this shift"),
}

# Each table with the codes the model defines for it (a test checks they match).
TABLES: dict[str, tuple[Table, tuple[object, ...]]] = {
    "operation_kind": (OPERATION_KIND, OPERATION_KINDS),
    "post_kind": (POST_KIND, POST_KINDS),
    "ring": (RING, (*RINGS, None)),
    "role": (ROLE, ROLES),
    "classification": (CLASSIFICATION, CLASSIFICATIONS),
    "agency": (AGENCY, AGENCIES),
    "group_role": (GROUP_ROLE, GROUP_ROLES),
    "rank_group": (RANK_GROUP, tuple(RANK_GROUPS)),
    "gender": (GENDER, GENDERS),
    "skill": (SKILL, KNOWN_SKILLS),
    "tps_category": (TPS_CATEGORY, TPS_CATEGORIES),
    "pattern_part": (PATTERN_PART, PATTERN_PARTS),
    "severity": (SEVERITY, ("error", "warning")),
    "staffing": (STAFFING, ("full", "short", "over", "off")),
}


def label(table: Table, code: object, lang: str = "id") -> str:
    """The name of `code` in `lang` ("id" or "en"); an unknown code is shown as written."""
    pair = table.get(code)
    if pair is None:
        return str(code or "")
    return pair[0 if lang == "id" else 1]


def words(table: Table, code: object) -> Words:
    """The name of `code` in both languages, as a message parameter (an unknown code as written)."""
    pair = table.get(code)
    return Words(*pair) if pair is not None else Words(str(code or ""), str(code or ""))


def notation_words(notation: str) -> Words:
    """A pattern's notation ("police-tps-linmas") named in both languages ("Polri-TPS-Linmas")."""
    parts = notation.split("-")
    return Words(*("-".join(label(PATTERN_PART, part, lang) for part in parts) for lang in ("id", "en")))


def choices(table: Table, lang: str = "id") -> list[tuple[object, str]]:
    """(code, name) pairs in the table's order, for a choice list."""
    return [(code, pair[0 if lang == "id" else 1]) for code, pair in table.items()]


__all__ = [
    "AGENCY",
    "CLASSIFICATION",
    "GENDER",
    "GROUP_ROLE",
    "OPERATION_KIND",
    "PATTERN_PART",
    "POST_KIND",
    "RANK_GROUP",
    "RING",
    "ROLE",
    "SEVERITY",
    "SKILL",
    "STAFFING",
    "TABLES",
    "TPS_CATEGORY",
    "Table",
    "choices",
    "label",
    "notation_words",
    "words",
]
