"""Short codes for units an import creates: "Polsek Bungursari" -> "PS-BGS", the way a Polres
writes them on its boards and in its plotting tables, instead of a long "POLSEK-BUNGURSARI".

The code is deterministic (the same name always gives the same code); the importer makes it
unique in the plan by appending "-2", "-3", ... .
"""

from __future__ import annotations

import re

# The kind of unit a name starts with, and the prefix its code carries.
_KIND_PREFIXES = {
    "POLSEK": "PS",
    "POLRES": "RES",
    "POLRESTA": "RESTA",
    "POLDA": "PD",
    "BRIMOB": "BRIMOB",
    "KORAMIL": "RAMIL",
    "KODIM": "DIM",
    "LINMAS": "LM",
    "SATPOL": "SATPOL",
}
# Words that say what kind of place follows, not which one.
_FILLERS = frozenset(
    {"DESA", "KEL", "KELURAHAN", "KEC", "KECAMATAN", "KAB", "KABUPATEN", "KOTA", "PP", "DAN", "DI", "THE", "OF"}
)
_VOWELS = frozenset("AEIOU")
_WORD_LETTERS = 3
_MAX_INITIALS = 4


def abbreviate(word: str, letters: int = _WORD_LETTERS) -> str:
    """The first letter and the start of each following syllable ("BUNGURSARI" -> "BGS",
    "PURWAKARTA" -> "PWK"), padded with the word's next letters when it has too few syllables."""
    picked = [0]
    for i in range(1, len(word) - 1):
        if word[i] not in _VOWELS and word[i + 1] in _VOWELS and word[i].isalpha():
            picked.append(i)
    chosen = [word[i] for i in picked[:letters]]
    rest = (c for i, c in enumerate(word) if i not in picked)
    while len(chosen) < min(letters, len(word)):
        chosen.append(next(rest))
    return "".join(chosen)


def short_unit_code(name: str) -> str:
    """A short code for a unit named `name` ("" when the name has no letters or digits).

    "Polsek Bungursari" -> "PS-BGS"; "Koramil 0619/Purwakarta" -> "RAMIL-0619";
    "Linmas Desa Cibening" -> "LM-CBN"; "Relawan Kampus Ceria" -> "RKC"; "Cadangan" -> "CDG".
    """
    words = re.findall(r"[A-Z0-9]+", name.upper())
    if not words:
        return ""
    prefix = _KIND_PREFIXES.get(words[0], "")
    rest = [w for w in (words[1:] if prefix else words) if w not in _FILLERS and w not in _KIND_PREFIXES]
    numbers = [w for w in rest if w.isdigit()]
    if prefix:
        if numbers:
            tail = numbers[0]
        elif rest:
            tail = abbreviate(rest[0])
        else:
            return prefix
        return f"{prefix}-{tail}"
    names = [w for w in rest if not w.isdigit()]
    if not names:
        return abbreviate(words[0]) if not numbers else numbers[0]
    base = abbreviate(names[0]) if len(names) == 1 else "".join(w[0] for w in names[:_MAX_INITIALS])
    return f"{base}-{numbers[0]}" if numbers else base
