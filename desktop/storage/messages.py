"""Indonesian wording of the reasons an operation file cannot be opened.

`OperationFileError.reason` is English (stable for scripts and the command line); the window
shows `OperationFileError.message("id")`, built from this table. Each entry is a regular
expression over the English reason and its Indonesian template (groups carried over).
"""

from __future__ import annotations

import re

_REASONS_ID: tuple[tuple[str, str], ...] = (
    (r"the file does not exist", "berkas tidak ada"),
    (r"the file cannot be read \((.*)\)", r"berkas tidak dapat dibaca (\1)"),
    (r"it is a folder, not a file", "itu sebuah folder, bukan berkas"),
    (r"the file is empty", "berkas kosong"),
    (r"the file is too large \((.*)\)", r"berkas terlalu besar (\1)"),
    (r"the file changed while being read.*", "berkas berubah saat sedang dibaca"),
    (r"it is not a Renpam operation file \(no format version\)", "ini bukan berkas operasi Renpam (tanpa versi format)"),
    (r"it is not a Renpam operation file", "ini bukan berkas operasi Renpam"),
    (r"it is an SQLite database of another application, not a Renpam operation",
     "ini basis data SQLite milik aplikasi lain, bukan operasi Renpam"),
    (r"it was written by a newer Renpam \(file format (\d+), this Renpam reads up to (\d+)\); update Renpam",
     r"berkas dibuat oleh Renpam yang lebih baru (format \1, Renpam ini membaca sampai \2); perbarui Renpam"),
    (r"the file is damaged or truncated", "berkas rusak atau terpotong"),
    (r"the file is truncated \(incomplete copy\)", "berkas terpotong (salinan tidak lengkap)"),
    (r"the file is damaged \(SQLite integrity check failed\)", "berkas rusak (pemeriksaan integritas SQLite gagal)"),
    (r"its structure is not Renpam's \((.*)\)", r"strukturnya bukan struktur Renpam (\1)"),
    (r"the file is damaged \((.*)\)", r"berkas rusak (\1)"),
    (r"its content is damaged \((.*)\)", r"isinya rusak (\1)"),
    (r"its content is inconsistent: (.*)", r"isinya tidak konsisten: \1"),
    (r"reading it took far more work than any plan needs, so it was stopped for safety",
     "membacanya memerlukan kerja jauh melebihi rencana mana pun, sehingga dihentikan demi keamanan"),
)


def reason_in(reason: str, lang: str) -> str:
    """The reason in `lang` ("id" or "en"); an unknown reason stays as written."""
    if lang == "en":
        return reason
    for pattern, template in _REASONS_ID:
        match = re.fullmatch(pattern, reason, flags=re.DOTALL)
        if match:
            return match.expand(template)
    return reason
