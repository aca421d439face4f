"""The Polri rank ladder, lowest to highest, with official abbreviations.

Ranks of other agencies (TNI, Satpol PP, Linmas, civil staff) are free text: they sort
below every Polri rank and keep their written form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True, slots=True)
class Rank:
    abbr: str
    name: str
    group: str  # tamtama, bintara, pama, pamen, pati
    level: int  # 1 = Bharada ... 21 = Jenderal


_LADDER: tuple[tuple[str, str, str], ...] = (
    ("Bharada", "Bhayangkara Dua", "tamtama"),
    ("Bharatu", "Bhayangkara Satu", "tamtama"),
    ("Bharaka", "Bhayangkara Kepala", "tamtama"),
    ("Abripda", "Ajun Brigadir Polisi Dua", "tamtama"),
    ("Abriptu", "Ajun Brigadir Polisi Satu", "tamtama"),
    ("Abrip", "Ajun Brigadir Polisi", "tamtama"),
    ("Bripda", "Brigadir Polisi Dua", "bintara"),
    ("Briptu", "Brigadir Polisi Satu", "bintara"),
    ("Brigpol", "Brigadir Polisi", "bintara"),
    ("Bripka", "Brigadir Polisi Kepala", "bintara"),
    ("Aipda", "Ajun Inspektur Polisi Dua", "bintara"),
    ("Aiptu", "Ajun Inspektur Polisi Satu", "bintara"),
    ("Ipda", "Inspektur Polisi Dua", "pama"),
    ("Iptu", "Inspektur Polisi Satu", "pama"),
    ("AKP", "Ajun Komisaris Polisi", "pama"),
    ("Kompol", "Komisaris Polisi", "pamen"),
    ("AKBP", "Ajun Komisaris Besar Polisi", "pamen"),
    ("Kombes Pol", "Komisaris Besar Polisi", "pamen"),
    ("Brigjen Pol", "Brigadir Jenderal Polisi", "pati"),
    ("Irjen Pol", "Inspektur Jenderal Polisi", "pati"),
    ("Komjen Pol", "Komisaris Jenderal Polisi", "pati"),
    ("Jenderal Polisi", "Jenderal Polisi", "pati"),
)

RANKS: tuple[Rank, ...] = tuple(
    Rank(abbr, name, group, level) for level, (abbr, name, group) in enumerate(_LADDER, start=1)
)
RANK_GROUPS: tuple[str, ...] = ("tamtama", "bintara", "pama", "pamen", "pati")

# Written forms seen on lists, besides the abbreviation and the full name.
_ALIASES = {
    "brigadir": "Brigpol",
    "brig": "Brigpol",
    "kombes": "Kombes Pol",
    "brigjen": "Brigjen Pol",
    "irjen": "Irjen Pol",
    "komjen": "Komjen Pol",
    "jenderal": "Jenderal Polisi",
    "jendral": "Jenderal Polisi",
    "jenderal pol": "Jenderal Polisi",
}


def _key(text: str) -> str:
    return re.sub(r"[\s.]+", " ", text.strip().lower()).strip()


@lru_cache(maxsize=1)
def _lookup() -> dict[str, Rank]:
    table: dict[str, Rank] = {}
    for rank in RANKS:
        table[_key(rank.abbr)] = rank
        table[_key(rank.name)] = rank
        table[_key(rank.abbr.replace(" Pol", ""))] = rank
    for alias, abbr in _ALIASES.items():
        table[_key(alias)] = by_abbr(abbr)
    return table


def by_abbr(abbr: str) -> Rank:
    for rank in RANKS:
        if rank.abbr == abbr:
            return rank
    raise KeyError(abbr)


@lru_cache(maxsize=1024)
def parse_rank(text: str | None) -> Rank | None:
    """The Polri rank a written form means ("BRIPDA", "Bripda.", "Brigadir Polisi Dua"), or None."""
    if not text:
        return None
    table = _lookup()
    key = _key(text)
    rank = table.get(key)
    if rank is None and key.endswith(" pol"):  # "IPTU POL", "Brig. Pol."
        rank = table.get(key[:-4])
    if rank is None:  # "KOMBESPOL", "A.K.B.P."
        rank = _compact_lookup().get(key.replace(" ", ""))
    return rank


@lru_cache(maxsize=1)
def _compact_lookup() -> dict[str, Rank]:
    return {key.replace(" ", ""): rank for key, rank in _lookup().items()}


def normalize_rank(text: str | None) -> str:
    """The official abbreviation for a Polri rank; other text is kept as written."""
    rank = parse_rank(text)
    if rank is not None:
        return rank.abbr
    return (text or "").strip()


def rank_level(text: str | None) -> int:
    """Position on the ladder (1..21); 0 for a non-Polri or empty rank."""
    rank = parse_rank(text)
    return rank.level if rank else 0


def rank_group(text: str | None) -> str | None:
    rank = parse_rank(text)
    return rank.group if rank else None


def rank_full_name(text: str | None) -> str:
    """The rank spelled out, as in a signature block ("AJUN KOMISARIS POLISI" upper-cased there)."""
    rank = parse_rank(text)
    return rank.name if rank else (text or "")
