"""What the columns of a roster or post list mean: header synonyms and the user's own mapping.

Headers are compared after lower-casing and dropping everything but letters and digits, so
"No. HP", "NO HP" and "no_hp" are one header. A list may carry a title above its header
("DAFTAR PERSONEL POLSEK BUNGURSARI"): the header is the first of the top rows that names at
least two known columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

KINDS = ("roster", "posts", "categories")
IGNORE = ""  # mapping target meaning "read nothing from this column"

# Field -> (Indonesian label, English label).
FIELD_LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "roster": {
        "name": ("Nama", "Name"),
        "rank": ("Pangkat", "Rank"),
        "nrp": ("NRP/NIP", "NRP/NIP"),
        "rank_nrp": ("Pangkat/NRP (satu kolom)", "Rank/NRP (one column)"),
        "unit": ("Satuan", "Unit"),
        "agency": ("Instansi", "Agency"),
        "position": ("Jabatan", "Position"),
        "gender": ("Jenis kelamin", "Gender"),
        "phone": ("No HP", "Phone"),
        "callsign": ("Sandi panggilan", "Call sign"),
        "skills": ("Keahlian", "Skills"),
        "origin": ("Asal BKO", "BKO origin"),
        "seq": ("No urut (diabaikan)", "Row number (ignored)"),
    },
    "posts": {
        "code": ("Kode", "Code"),
        "name": ("Nama pos", "Post name"),
        "ring": ("Ring", "Ring"),
        "kind": ("Jenis", "Kind"),
        "category": ("Kategori", "Category"),
        "min_staff": ("Minimal personel", "Minimum staff"),
        "max_staff": ("Maksimal personel", "Maximum staff"),
        "village": ("Kelurahan/Desa", "Village"),
        "district": ("Kecamatan", "District"),
        "sector": ("Sektor", "Sector"),
        "address": ("Alamat", "Address"),
        "x": ("X", "X"),
        "y": ("Y", "Y"),
        "tasks": ("Tugas", "Tasks"),
        "radio_channel": ("Kanal radio", "Radio channel"),
        "cluster": ("Klaster", "Cluster"),
        "voters": ("DPT", "Registered voters"),
        "latitude": ("Lintang", "Latitude"),
        "longitude": ("Bujur", "Longitude"),
        "route": ("Rute pengawalan", "Escort route"),
        "seq": ("No urut (diabaikan)", "Row number (ignored)"),
    },
    # A category list: which polling station is how vulnerable (TPS number, maybe its village and
    # kecamatan, the category), read into the TPS already in the plan.
    "categories": {
        "tps": ("No TPS", "TPS number"),
        "village": ("Kelurahan/Desa", "Village"),
        "district": ("Kecamatan", "District"),
        "category": ("Kategori", "Category"),
        "seq": ("No urut (diabaikan)", "Row number (ignored)"),
    },
}

SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "roster": {
        "name": ("nama", "name", "namalengkap", "fullname", "namapersonel", "namaanggota"),
        "rank": ("pangkat", "rank", "pkt", "pangkatgolongan", "pangkatgol", "golongan"),
        "nrp": ("nrp", "nip", "nrpnip", "nipnrp", "nrpnips", "nomorinduk"),
        "rank_nrp": ("pangkatnrp", "pangkatnrpnip", "pktnrp", "ranknrp"),
        "unit": ("satuan", "unit", "kesatuan", "satker", "asalsatuan", "satuanasal"),
        "agency": ("instansi", "agency", "asalinstansi"),
        "position": ("jabatan", "position", "jab", "jabatandinas"),
        "gender": ("jk", "jeniskelamin", "gender", "lp", "sex", "kelamin"),
        "phone": (
            "nohp",
            "hp",
            "telepon",
            "phone",
            "notelp",
            "telp",
            "notelepon",
            "nomorhp",
            "nohandphone",
            "handphone",
            "nowa",
            "wa",
            "nohpwa",
            "telephone",
            "phonenumber",
            "mobile",
        ),
        "callsign": ("callsign", "sandi", "sandipanggilan"),
        "skills": ("keahlian", "skills", "skill", "kemampuan", "keterampilan"),
        # BKO: the home unit that lends the person (not "asal satuan", which is the unit itself)
        "origin": ("asalbko", "bko", "bkodari", "satuanasalbko", "asalsatuanbko", "origin", "bkoorigin", "homeunit"),
        "seq": ("no", "nomor", "nourut", "number"),
    },
    "posts": {
        "code": ("kode", "code", "kodepos", "postcode", "kodetps"),
        "name": ("nama", "name", "namapos", "tps", "pos", "post", "postname", "notps", "nomortps"),
        "ring": ("ring",),
        "kind": ("jenis", "kind", "jenispos", "type"),
        "category": ("kategori", "category", "kerawanan", "kategorikerawanan", "kategoritps"),
        "min_staff": ("min", "minimum", "minimal", "minpersonel", "minstaff"),
        "max_staff": ("maks", "max", "maksimum", "maximum", "maksimal", "makspersonel", "maxstaff"),
        "village": ("kelurahan", "desa", "kelurahandesa", "desakelurahan", "village"),
        "district": ("kecamatan", "district", "kec"),
        "sector": ("sektor", "sector", "polsek"),
        "address": ("alamat", "address", "lokasi"),
        "x": ("x",),
        "y": ("y",),
        "tasks": ("tugas", "tasks"),
        "radio_channel": ("kanal", "channel", "kanalradio", "radiochannel", "frekuensi"),
        "cluster": ("klaster", "cluster", "kluster", "klastertps"),
        "voters": ("dpt", "jumlahdpt", "jmldpt", "pemilih", "jumlahpemilih", "voters", "registeredvoters"),
        "latitude": ("latitude", "lat", "lintang", "garislintang"),
        "longitude": ("longitude", "lon", "lng", "long", "bujur", "garisbujur"),
        "route": ("rute", "route", "rutepengawalan", "escortroute"),
        "seq": ("no", "nomor", "nourut", "number"),
    },
    "categories": {
        "tps": ("tps", "notps", "nomortps", "nomertps", "tpsno", "tpsnumber", "pollingstation"),
        "village": ("kelurahan", "desa", "kelurahandesa", "desakelurahan", "village"),
        "district": ("kecamatan", "district", "kec"),
        "category": ("kategori", "category", "kerawanan", "kategorikerawanan", "kategoritps", "tingkatkerawanan"),
        "seq": ("no", "nomor", "nourut", "number"),
    },
}

HEADER_SEARCH_ROWS = 15


def header_key(text: object) -> str:
    """A header as compared: lower case, letters and digits only."""
    return re.sub(r"[^0-9a-z]+", "", str(text or "").lower())


def _synonym_table(kind: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for fld, words in SYNONYMS[kind].items():
        for word in words:
            table[word] = fld
    return table


def field_for(kind: str, header: object) -> str | None:
    return _synonym_table(kind).get(header_key(header))


def column_letter(index: int) -> str:
    """Spreadsheet column letter of a 0-based index (0 -> A, 26 -> AA)."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


@dataclass(slots=True)
class ColumnMap:
    """Which column holds which field, and which columns are ignored because nobody knows them."""

    kind: str
    headers: list[str]
    header_row: int  # spreadsheet row number of the header
    fields: dict[str, int] = field(default_factory=dict)  # field -> 0-based column index
    unknown: list[int] = field(default_factory=list)  # columns neither recognised nor mapped
    duplicates: list[int] = field(default_factory=list)  # second column mapped to a taken field

    def column_label(self, index: int) -> str:
        """'C (NRP)': the letter and the header, as a user finds the column."""
        header = self.headers[index] if index < len(self.headers) else ""
        return f"{column_letter(index)} ({header})" if header else column_letter(index)

    def field_label(self, fld: str) -> str:
        return self.column_label(self.fields[fld]) if fld in self.fields else fld


def map_columns(kind: str, headers: list[str], header_row: int, mapping: dict[str, str] | None = None) -> ColumnMap:
    """Match headers to fields; `mapping` (header text -> field, "" = ignore) overrides synonyms."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}")
    table = _synonym_table(kind)
    valid = set(FIELD_LABELS[kind])
    overrides = {header_key(h): f for h, f in (mapping or {}).items()}
    result = ColumnMap(kind, headers, header_row)
    for index, header in enumerate(headers):
        key = header_key(header)
        if not key:
            continue
        if key in overrides:
            fld = overrides[key]
            if fld == IGNORE:
                continue
            if fld not in valid:
                raise ValueError(f"unknown field {fld!r} for {kind} (known: {', '.join(sorted(valid))})")
        else:
            fld = table.get(key)  # type: ignore[assignment]
        if fld is None:
            result.unknown.append(index)
        elif fld in result.fields:
            result.duplicates.append(index)
        else:
            result.fields[fld] = index
    return result


def find_header(kind: str, rows: list[list[object]], mapping: dict[str, str] | None = None) -> int:
    """Index into `rows` of the header: the first top row naming two known (or mapped) columns."""
    table = _synonym_table(kind)
    mapped = {header_key(h) for h in (mapping or {})}
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        keys = {header_key(c) for c in row if isinstance(c, str)}
        if len([k for k in keys if k in table or k in mapped]) >= 2:
            return i
    return 0
