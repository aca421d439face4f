"""The change engine: what changed between two plan snapshots, in planner's words.

`compare(old, new)` takes two snapshot documents (`desktop.revisions.snapshot_document`, or a
stored revision's inflated snapshot) and lists `PlanChange`s: people added, removed, moved
between posts or shifts, made or unmade danpos; posts added, removed, moved, re-timed or
re-tasked; shifts, order sections, units and the rest. A change is data, a `code` with its
`params`; `message(lang)` renders it in Indonesian or English ("Bripda Dewi Lestari pindah dari
P03 ke P05 (tahap LAKS)"). `stale` names the printed parts it makes stale, in the names of
`desktop.briefing.identity` ("post:P03:LAKS", "attendance:SAMAPTA:LAKS", "plotting", "slips"),
and the lines of the Sprin's name list it changes as "sprin_list:<person id>" (they are printed in
the part "sprin_list", which is named too). A person going on or off duty also changes the
strength the Sprin, the cover and the order state ("sprin", "cover", "orders").

The list is complete: `apply_changes(old, changes)` turns the old snapshot into the new one
(compared as keyed content, see `normalize`); the tests prove it on random edit sequences.
Pure Python, no Qt, no I/O.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

SECTIONS = ("situation", "mission", "execution", "rules", "contingency", "logistics", "communications")

# What each keyed section of a plan document is keyed by.
KEYS: dict[str, tuple[str, ...]] = {
    "units": ("code",),
    "personnel": ("id",),
    "shifts": ("code",),
    "posts": ("code",),
    "assignments": ("person", "post", "shift"),
    "placeholders": ("post", "shift", "unit", "number"),
    "rings": ("ring",),
    "patterns": ("name",),
    "groups": ("code",),
}

MESSAGES: dict[str, tuple[str, str]] = {
    "person_assigned": (
        "{who} ditempatkan di {post} (tahap {shift}){as_danpos_id}",
        "{who} posted to {post} (shift {shift}){as_danpos_en}",
    ),
    "person_unassigned": ("{who} tidak lagi di {post} (tahap {shift})", "{who} no longer at {post} (shift {shift})"),
    "person_replaced": (
        "{who} ({reason_id}) diganti oleh {by} di {post} (tahap {shift})",
        "{who} ({reason_en}) replaced by {by} at {post} (shift {shift})",
    ),
    "person_moved": (
        "{who} pindah dari {from} ke {to} (tahap {shift})",
        "{who} moved from {from} to {to} (shift {shift})",
    ),
    "danpos_made": ("{who} menjadi danpos {post} (tahap {shift})", "{who} made danpos of {post} (shift {shift})"),
    "danpos_unmade": (
        "{who} bukan lagi danpos {post} (tahap {shift})",
        "{who} no longer danpos of {post} (shift {shift})",
    ),
    "assignment_locked": (
        "Penempatan {who} di {post} (tahap {shift}) dikunci",
        "{who}'s place at {post} (shift {shift}) locked",
    ),
    "assignment_unlocked": (
        "Kunci penempatan {who} di {post} (tahap {shift}) dilepas",
        "{who}'s place at {post} (shift {shift}) unlocked",
    ),
    "person_added": ("{who} ditambahkan ke daftar personel", "{who} added to the roster"),
    "person_removed": ("{who} dihapus dari daftar personel", "{who} removed from the roster"),
    "person_updated": ("Data {who} diubah: {fields}", "{who}'s details changed: {fields}"),
    "post_added": ("Pos {post} {name} ditambahkan", "Post {post} {name} added"),
    "post_removed": ("Pos {post} {name} dihapus", "Post {post} {name} removed"),
    "post_moved": ("Pos {post} dipindah di denah", "Post {post} moved on the site plan"),
    "post_retimed": ("Pos {post} kini dijaga pada tahap {shifts}", "Post {post} now manned in shifts {shifts}"),
    "post_retasked": ("Tugas pos {post} diubah", "Tasks of post {post} changed"),
    "post_updated": ("Data pos {post} diubah: {fields}", "Post {post} details changed: {fields}"),
    "shift_added": ("Tahap {shift} ditambahkan", "Shift {shift} added"),
    "shift_removed": ("Tahap {shift} dihapus", "Shift {shift} removed"),
    "shift_changed": ("Tahap {shift} diubah: {fields}", "Shift {shift} changed: {fields}"),
    "section_changed": ('Bagian perintah "{section_id}" diubah', 'Order section "{section_en}" changed'),
    "operation_changed": ("Data operasi diubah: {fields}", "Operation details changed: {fields}"),
    "unit_added": ("Satuan {unit} ditambahkan", "Unit {unit} added"),
    "unit_removed": ("Satuan {unit} dihapus", "Unit {unit} removed"),
    "unit_updated": ("Data satuan {unit} diubah: {fields}", "Unit {unit} details changed: {fields}"),
    "placeholder_added": (
        "Tempat untuk {unit} (nama menyusul {number}) di {post} (tahap {shift})",
        "Place held for {unit} (name to follow {number}) at {post} (shift {shift})",
    ),
    "placeholder_removed": (
        "Tempat nama menyusul {number} {unit} di {post} (tahap {shift}) dihapus",
        "Place held for {unit} (name to follow {number}) at {post} (shift {shift}) removed",
    ),
    "placeholder_updated": (
        "Peran tempat nama menyusul {number} {unit} di {post} (tahap {shift}) diubah",
        "Role of the place held for {unit} ({number}) at {post} (shift {shift}) changed",
    ),
    "ring_changed": ("Garis ring {ring} diubah", "Ring {ring} outline changed"),
    "pattern_changed": ("Pola pengamanan {name} diubah", "Staffing pattern {name} changed"),
    "setting_changed": ("Pengaturan {key} diubah", "Setting {key} changed"),
    "site_plan_changed": ("Denah pengamanan diubah", "Site plan changed"),
    "group_added": ("Kelompok {group} {name} ditambahkan", "Group {group} {name} added"),
    "group_removed": ("Kelompok {group} {name} dihapus", "Group {group} {name} removed"),
    "group_updated": ("Data kelompok {group} diubah: {fields}", "Group {group} details changed: {fields}"),
}

SECTION_LABELS = {
    "situation": ("Situasi", "Situation"),
    "mission": ("Tugas pokok", "Mission"),
    "execution": ("Pelaksanaan", "Execution"),
    "rules": ("Ketentuan", "Rules"),
    "contingency": ("Kontijensi", "Contingency"),
    "logistics": ("Administrasi dan logistik", "Logistics"),
    "communications": ("Komando dan pengendalian", "Command and communications"),
}

FIELD_LABELS = {
    "name": ("nama", "name"),
    "nrp": ("NRP", "service number"),
    "rank": ("pangkat", "rank"),
    "unit": ("satuan", "unit"),
    "position": ("jabatan", "position"),
    "gender": ("jenis kelamin", "gender"),
    "phone": ("no. HP", "phone"),
    "callsign": ("sandi panggilan", "call sign"),
    "skills": ("keahlian", "skills"),
    "ring": ("ring", "ring"),
    "kind": ("jenis", "kind"),
    "min_staff": ("jumlah minimum", "minimum staff"),
    "max_staff": ("jumlah maksimum", "maximum staff"),
    "required_skills": ("keahlian wajib", "required skills"),
    "commander_min_rank": ("pangkat minimum danpos", "danpos minimum rank"),
    "equipment": ("peralatan", "equipment"),
    "radio_channel": ("kanal radio", "radio channel"),
    "category": ("kategori TPS", "TPS category"),
    "sector": ("sektor", "sector"),
    "village": ("desa/kelurahan", "village"),
    "district": ("kecamatan", "district"),
    "address": ("alamat", "address"),
    "cluster": ("klaster TPS", "TPS cluster"),
    "start": ("mulai", "start"),
    "end": ("selesai", "end"),
    "venue": ("tempat", "venue"),
    "classification": ("klasifikasi", "classification"),
    "commander": ("penanggung jawab", "commander"),
    "field_commander": ("pengendali lapangan", "field commander"),
    "agency": ("instansi", "agency"),
    "origin": ("asal BKO", "BKO origin"),
    "role": ("peran", "role"),
    "posts": ("pos", "posts"),
    "members": ("anggota", "members"),
    "reserve": ("cadangan", "reserve"),
    "held_at": ("tempat siaga", "where held"),
    "trigger": ("syarat pengerahan", "trigger"),
}


@dataclass(frozen=True, slots=True)
class PlanChange:
    code: str
    params: dict[str, Any]
    stale: tuple[str, ...] = ()

    def message(self, lang: str = "id") -> str:
        template = MESSAGES[self.code][1 if lang == "en" else 0]
        values = dict(self.params)
        values.setdefault("who", values.get("person", ""))
        role_id = " sebagai danpos" if values.get("role") == "danpos" else ""
        values["as_danpos_id"] = role_id
        values["as_danpos_en"] = " as danpos" if role_id else ""
        if "fields" in values and isinstance(values["fields"], dict):
            index = 1 if lang == "en" else 0
            values["fields"] = ", ".join(FIELD_LABELS.get(f, (f, f))[index] for f in values["fields"])
        if "shifts" in values and isinstance(values["shifts"], list):
            values["shifts"] = ", ".join(values["shifts"]) or ("semua" if lang != "en" else "all")
        if "section" in values:
            labels = SECTION_LABELS.get(values["section"], (values["section"], values["section"]))
            values["section_id"], values["section_en"] = labels
        values["from"] = values.get("from", "")
        if "reason" in values:
            from desktop.revisions import reason_label

            values["reason_id"], values["reason_en"] = (
                reason_label(values["reason"], "id"),
                reason_label(values["reason"], "en"),
            )
        return template.format(**values).replace("  ", " ").strip()

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "params": _plain(self.params),
            "message_id": self.message("id"),
            "message_en": self.message("en"),
            "stale": list(self.stale),
        }


def _plain(params: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in params.items() if k not in ("record", "old_record")}


# ---------------------------------------------------------------------------- normal form
def normalize(doc: dict[str, Any]) -> dict[str, Any]:
    """The keyed content of a plan document: every list section as a dict by its key."""
    out: dict[str, Any] = {
        "operation": dict(doc.get("operation") or {}),
        "settings": dict(doc.get("settings") or {}),
        "site_plan": copy.deepcopy(doc.get("site_plan")),
    }
    for section, key_fields in KEYS.items():
        items: dict[Any, dict[str, Any]] = {}
        for item in doc.get(section) or []:
            key = tuple(item.get(k) for k in key_fields)
            items[key[0] if len(key) == 1 else key] = copy.deepcopy(item)
        out[section] = items
    return out


def _who(person: dict[str, Any] | None, fallback: str) -> str:
    if not person:
        return fallback
    return f"{person.get('rank', '')} {person.get('name', '')}".strip() or fallback


def _fields(old: dict[str, Any], new: dict[str, Any], skip: tuple[str, ...] = ()) -> dict[str, list[Any]]:
    return {
        k: [old.get(k), new.get(k)] for k in sorted(set(old) | set(new)) if k not in skip and old.get(k) != new.get(k)
    }


# ---------------------------------------------------------------------------- compare
def compare(old_doc: dict[str, Any], new_doc: dict[str, Any], replacements: Any = ()) -> list[PlanChange]:
    """Every change from `old_doc` to `new_doc`, people and posts first (the planner's order).

    `replacements` ((absent, post, shift, replacement, reason) from the roll calls) lets an
    absent person leaving a place and their replacement taking it read as one change.
    """
    old, new = normalize(old_doc), normalize(new_doc)
    people = {**old["personnel"], **new["personnel"]}
    unit_of = {pid: p.get("unit") or "" for pid, p in people.items()}
    out: list[PlanChange] = []

    def who(pid: str) -> str:
        return _who(people.get(pid), pid)

    duty_old, duty_new = _on_duty(old), _on_duty(new)

    def sprin(*pids: str) -> tuple[str, ...]:
        """The Sprin list's lines of these people (where they are on it), and the strength
        figures when one of them went on or off duty."""
        lines = tuple(f"sprin_list:{pid}" for pid in pids if pid in duty_old or pid in duty_new)
        if not lines:
            return ()
        moved = any((pid in duty_old) != (pid in duty_new) for pid in pids)
        return ("sprin_list", *lines) + (("sprin", "cover", "orders") if moved else ())

    # --- assignments, grouped per person and shift so a removal plus an addition reads as a move
    o_as, n_as = old["assignments"], new["assignments"]
    gone_keys, came_keys = o_as.keys() - n_as.keys(), n_as.keys() - o_as.keys()
    for absent, post, shift, by, reason in replacements:
        out_key, in_key = (absent, post, shift), (by, post, shift)
        if (
            out_key in gone_keys
            and in_key in came_keys
            and not any(k[0] == absent and k[2] == shift for k in came_keys)
        ):
            gone_keys.discard(out_key)
            came_keys.discard(in_key)
            a = n_as[in_key]
            out.append(
                PlanChange(
                    "person_replaced",
                    {
                        "person": absent,
                        "who": who(absent),
                        "by_person": by,
                        "by": who(by),
                        "post": post,
                        "shift": shift,
                        "reason": reason,
                        "role": a.get("role"),
                        "locked": bool(a.get("locked")),
                    },
                    _assign_stale(unit_of.get(absent, ""), shift, post, None, a.get("role") == "danpos")
                    + (f"attendance:{unit_of.get(by, '')}:{shift}",)
                    + sprin(absent, by),
                )
            )
    groups: dict[tuple[str, str], tuple[list, list]] = {}
    for key in gone_keys:
        groups.setdefault((key[0], key[2]), ([], []))[0].append(key)
    for key in came_keys:
        groups.setdefault((key[0], key[2]), ([], []))[1].append(key)
    for (pid, shift), (gone, came) in sorted(groups.items(), key=lambda kv: (who(kv[0][0]), kv[0][1])):
        gone.sort()
        came.sort()
        unit = unit_of.get(pid, "")
        if len(gone) == 1 and len(came) == 1:
            a_old, a_new = o_as[gone[0]], n_as[came[0]]
            out.append(
                PlanChange(
                    "person_moved",
                    {
                        "person": pid,
                        "who": who(pid),
                        "from": gone[0][1],
                        "to": came[0][1],
                        "shift": shift,
                        "role": a_new.get("role"),
                        "old_role": a_old.get("role"),
                        "locked": bool(a_new.get("locked")),
                    },
                    _assign_stale(
                        unit,
                        shift,
                        gone[0][1],
                        came[0][1],
                        a_new.get("role") == "danpos" or a_old.get("role") == "danpos",
                    )
                    + sprin(pid),
                )
            )
            continue
        for key in gone:
            a = o_as[key]
            out.append(
                PlanChange(
                    "person_unassigned",
                    {"person": pid, "who": who(pid), "post": key[1], "shift": shift, "role": a.get("role")},
                    _assign_stale(unit, shift, key[1], None, a.get("role") == "danpos") + sprin(pid),
                )
            )
        for key in came:
            a = n_as[key]
            out.append(
                PlanChange(
                    "person_assigned",
                    {
                        "person": pid,
                        "who": who(pid),
                        "post": key[1],
                        "shift": shift,
                        "role": a.get("role"),
                        "locked": bool(a.get("locked")),
                    },
                    _assign_stale(unit, shift, key[1], None, a.get("role") == "danpos") + sprin(pid),
                )
            )
    for key in sorted(o_as.keys() & n_as.keys()):
        a_old, a_new = o_as[key], n_as[key]
        pid, post, shift = key
        base = {"person": pid, "who": who(pid), "post": post, "shift": shift}
        if a_old.get("role") != a_new.get("role"):
            code = "danpos_made" if a_new.get("role") == "danpos" else "danpos_unmade"
            out.append(
                PlanChange(
                    code,
                    dict(base, role=a_new.get("role")),
                    _assign_stale(unit_of.get(pid, ""), shift, post, None, True) + sprin(pid),
                )
            )
        if bool(a_old.get("locked")) != bool(a_new.get("locked")):
            code = "assignment_locked" if a_new.get("locked") else "assignment_unlocked"
            out.append(PlanChange(code, dict(base, locked=bool(a_new.get("locked")))))

    # --- people
    o_p, n_p = old["personnel"], new["personnel"]
    for pid in [k for k in n_p if k not in o_p]:
        out.append(
            PlanChange("person_added", {"person": pid, "who": who(pid), "record": n_p[pid]}, ("roster", *sprin(pid)))
        )
    for pid in [k for k in o_p if k not in n_p]:
        out.append(PlanChange("person_removed", {"person": pid, "who": who(pid)}, ("roster", *sprin(pid))))
    for pid in [k for k in n_p if k in o_p and o_p[k] != n_p[k]]:
        diff = _fields(o_p[pid], n_p[pid])
        shifts = sorted({k[2] for k in n_as if k[0] == pid})
        stale = ["roster", "contacts"] + [f"attendance:{unit_of.get(pid, '')}:{s}" for s in shifts]
        stale += [f"post:{k[1]}:{k[2]}" for k in sorted(n_as) if k[0] == pid] + (["slips"] if shifts else [])
        stale += sprin(pid)
        out.append(PlanChange("person_updated", {"person": pid, "who": who(pid), "fields": diff}, tuple(stale)))

    # --- posts
    o_po, n_po = old["posts"], new["posts"]
    for code in [k for k in n_po if k not in o_po]:
        out.append(
            PlanChange(
                "post_added",
                {"post": code, "name": n_po[code].get("name", ""), "record": n_po[code]},
                ("siteplan", "orgchart", "plotting"),
            )
        )
    for code in [k for k in o_po if k not in n_po]:
        out.append(
            PlanChange(
                "post_removed",
                {"post": code, "name": o_po[code].get("name", "")},
                ("siteplan", "orgchart", "plotting", f"post:{code}"),
            )
        )
    for code in [k for k in n_po if k in o_po and o_po[k] != n_po[k]]:
        a, b = o_po[code], n_po[code]
        sheets = f"post:{code}"
        if (a.get("x"), a.get("y")) != (b.get("x"), b.get("y")):
            out.append(PlanChange("post_moved", {"post": code, "x": b.get("x"), "y": b.get("y")}, ("siteplan", sheets)))
        if a.get("shifts") != b.get("shifts"):
            out.append(
                PlanChange(
                    "post_retimed",
                    {"post": code, "shifts": list(b.get("shifts") or [])},
                    ("plotting", "orgchart", sheets),
                )
            )
        if a.get("tasks") != b.get("tasks"):
            out.append(PlanChange("post_retasked", {"post": code, "tasks": b.get("tasks")}, (sheets,)))
        rest = _fields(a, b, skip=("x", "y", "shifts", "tasks"))
        if rest:
            out.append(PlanChange("post_updated", {"post": code, "fields": rest}, (sheets, "plotting")))

    # --- shifts
    o_s, n_s = old["shifts"], new["shifts"]
    for code in [k for k in n_s if k not in o_s]:
        out.append(PlanChange("shift_added", {"shift": code, "record": n_s[code]}, ("cover", "orders")))
    for code in [k for k in o_s if k not in n_s]:
        out.append(PlanChange("shift_removed", {"shift": code}, ("cover", "orders", f"shift:{code}")))
    for code in [k for k in n_s if k in o_s and o_s[k] != n_s[k]]:
        out.append(
            PlanChange(
                "shift_changed",
                {"shift": code, "fields": _fields(o_s[code], n_s[code])},
                ("cover", "orders", f"shift:{code}"),
            )
        )

    # --- the order: sections, then the other operation fields
    o_op, n_op = old["operation"], new["operation"]
    for name in SECTIONS:
        if o_op.get(name) != n_op.get(name):
            out.append(PlanChange("section_changed", {"section": name, "text": n_op.get(name)}, ("orders",)))
    rest = _fields(o_op, n_op, skip=SECTIONS)
    if rest:
        out.append(PlanChange("operation_changed", {"fields": rest}, ("cover", "orders")))

    # --- units, places held, and the rest
    o_u, n_u = old["units"], new["units"]
    for code in [k for k in n_u if k not in o_u]:
        out.append(PlanChange("unit_added", {"unit": code, "record": n_u[code]}, ("roster",)))
    for code in [k for k in o_u if k not in n_u]:
        out.append(PlanChange("unit_removed", {"unit": code}, ("roster",)))
    for code in [k for k in n_u if k in o_u and o_u[k] != n_u[k]]:
        out.append(
            PlanChange(
                "unit_updated",
                {"unit": code, "fields": _fields(o_u[code], n_u[code])},
                ("roster", f"attendance:{code}"),
            )
        )
    o_ph, n_ph = old["placeholders"], new["placeholders"]
    for key in sorted(n_ph.keys() - o_ph.keys()):
        out.append(
            PlanChange(
                "placeholder_added", _ph_params(key, n_ph[key]), (f"post:{key[0]}:{key[1]}", "plotting", "slips")
            )
        )
    for key in sorted(o_ph.keys() - n_ph.keys()):
        out.append(
            PlanChange(
                "placeholder_removed", _ph_params(key, o_ph[key]), (f"post:{key[0]}:{key[1]}", "plotting", "slips")
            )
        )
    for key in sorted(o_ph.keys() & n_ph.keys()):
        if o_ph[key] != n_ph[key]:
            out.append(PlanChange("placeholder_updated", _ph_params(key, n_ph[key]), (f"post:{key[0]}:{key[1]}",)))
    for ring in sorted(old["rings"].keys() | new["rings"].keys()):
        if old["rings"].get(ring) != new["rings"].get(ring):
            out.append(
                PlanChange("ring_changed", {"ring": ring, "record": new["rings"].get(ring)}, ("siteplan", "post"))
            )
    for name in sorted(old["patterns"].keys() | new["patterns"].keys()):
        if old["patterns"].get(name) != new["patterns"].get(name):
            out.append(PlanChange("pattern_changed", {"name": name, "record": new["patterns"].get(name)}))
    for key in sorted(old["settings"].keys() | new["settings"].keys()):
        if old["settings"].get(key, _MISSING) != new["settings"].get(key, _MISSING):
            value = new["settings"].get(key, _MISSING)
            out.append(
                PlanChange(
                    "setting_changed",
                    {"key": key, "present": value is not _MISSING, "value": None if value is _MISSING else value},
                )
            )
    if old["site_plan"] != new["site_plan"]:
        out.append(PlanChange("site_plan_changed", {"record": new["site_plan"]}, ("siteplan", "post")))

    # --- command groups: the chart, the tasks per function, and the Sprin lines of their people
    o_g, n_g = old["groups"], new["groups"]

    def group_stale(groups: tuple[dict[str, Any], ...], people: set[str]) -> tuple[str, ...]:
        deputy = ("cover", "contacts") if any(g.get("role") == "wakil" for g in groups) else ()
        return ("orgchart", "orders", *deputy, *sprin(*sorted(people)))

    for code in [k for k in n_g if k not in o_g]:
        g = n_g[code]
        out.append(
            PlanChange(
                "group_added",
                {"group": code, "name": g.get("name", ""), "record": g},
                group_stale((g,), _group_people(g)),
            )
        )
    for code in [k for k in o_g if k not in n_g]:
        g = o_g[code]
        out.append(
            PlanChange("group_removed", {"group": code, "name": g.get("name", "")}, group_stale((g,), _group_people(g)))
        )
    for code in [k for k in n_g if k in o_g and o_g[k] != n_g[k]]:
        a, b = o_g[code], n_g[code]
        diff = _fields(a, b)
        # who joined or left reads differently; a new name or role changes every line of the group
        if set(diff) <= {"posts", "members", "commander", "held_at", "trigger"}:
            touched = _group_people(a) ^ _group_people(b)
        else:
            touched = _group_people(a) | _group_people(b)
        out.append(PlanChange("group_updated", {"group": code, "fields": diff}, group_stale((a, b), touched)))
    return out


def _group_people(group: dict[str, Any]) -> set[str]:
    """A group's commander and members (person ids) as a snapshot holds them."""
    return {pid for pid in [group.get("commander"), *(group.get("members") or [])] if isinstance(pid, str)}


def _on_duty(state: dict[str, Any]) -> set[str]:
    """Who is on the Sprin list (`desktop.briefing.strength.on_duty`, from keyed snapshot content):
    everyone posted, the commanders, and the people of the groups."""
    ids = {key[0] for key in state["assignments"]}
    op = state["operation"]
    ids |= {pid for pid in (op.get("commander"), op.get("field_commander")) if isinstance(pid, str)}
    for group in state["groups"].values():
        ids |= _group_people(group)
    return ids & set(state["personnel"])


_MISSING = object()


def _ph_params(key: tuple, item: dict[str, Any]) -> dict[str, Any]:
    return {"post": key[0], "shift": key[1], "unit": key[2], "number": key[3], "role": item.get("role")}


def _assign_stale(unit: str, shift: str, post: str, other: str | None, danpos: bool) -> tuple[str, ...]:
    stale = [f"post:{post}:{shift}"] + ([f"post:{other}:{shift}"] if other else [])
    stale += ["plotting", f"attendance:{unit}:{shift}", "slips"]
    if danpos:
        stale += ["orgchart", "contacts"]
    return tuple(stale)


# ---------------------------------------------------------------------------- apply
def apply_changes(old_doc: dict[str, Any], changes: list[PlanChange], new_doc: dict[str, Any]) -> dict[str, Any]:
    """Replay `changes` on the keyed content of `old_doc`; returns the keyed content.

    Field-level changes carry old and new values; additions carry the whole record. `new_doc`
    is consulted for nothing but the records of changes that carry none ("record" omitted to
    keep JSON output short is not a case here: every addition carries its record), and is
    accepted only so the signature documents what the result is compared with.
    """
    del new_doc
    state = normalize(old_doc)
    for ch in changes:
        p = ch.params
        c = ch.code
        if c in ("person_assigned", "person_moved"):
            if c == "person_moved":
                state["assignments"].pop((p["person"], p["from"], p["shift"]))
            post = p["to"] if c == "person_moved" else p["post"]
            state["assignments"][(p["person"], post, p["shift"])] = {
                "person": p["person"],
                "post": post,
                "shift": p["shift"],
                "role": p["role"],
                "locked": p["locked"],
            }
        elif c == "person_replaced":
            state["assignments"].pop((p["person"], p["post"], p["shift"]))
            state["assignments"][(p["by_person"], p["post"], p["shift"])] = {
                "person": p["by_person"],
                "post": p["post"],
                "shift": p["shift"],
                "role": p["role"],
                "locked": p["locked"],
            }
        elif c == "person_unassigned":
            state["assignments"].pop((p["person"], p["post"], p["shift"]))
        elif c in ("danpos_made", "danpos_unmade"):
            state["assignments"][(p["person"], p["post"], p["shift"])]["role"] = p["role"]
        elif c in ("assignment_locked", "assignment_unlocked"):
            state["assignments"][(p["person"], p["post"], p["shift"])]["locked"] = p["locked"]
        elif c == "person_added":
            state["personnel"][p["person"]] = copy.deepcopy(p["record"])
        elif c == "person_removed":
            del state["personnel"][p["person"]]
        elif c == "person_updated":
            _set_fields(state["personnel"][p["person"]], p["fields"])
        elif c == "post_added":
            state["posts"][p["post"]] = copy.deepcopy(p["record"])
        elif c == "post_removed":
            del state["posts"][p["post"]]
        elif c == "post_moved":
            state["posts"][p["post"]].update(x=p["x"], y=p["y"])
        elif c == "post_retimed":
            state["posts"][p["post"]]["shifts"] = list(p["shifts"])
        elif c == "post_retasked":
            state["posts"][p["post"]]["tasks"] = p["tasks"]
        elif c == "post_updated":
            _set_fields(state["posts"][p["post"]], p["fields"])
        elif c == "shift_added":
            state["shifts"][p["shift"]] = copy.deepcopy(p["record"])
        elif c == "shift_removed":
            del state["shifts"][p["shift"]]
        elif c == "shift_changed":
            _set_fields(state["shifts"][p["shift"]], p["fields"])
        elif c == "section_changed":
            state["operation"][p["section"]] = p["text"]
        elif c == "operation_changed":
            _set_fields(state["operation"], p["fields"])
        elif c == "unit_added":
            state["units"][p["unit"]] = copy.deepcopy(p["record"])
        elif c == "unit_removed":
            del state["units"][p["unit"]]
        elif c == "unit_updated":
            _set_fields(state["units"][p["unit"]], p["fields"])
        elif c in ("placeholder_added", "placeholder_updated"):
            key = (p["post"], p["shift"], p["unit"], p["number"])
            state["placeholders"][key] = {
                "post": p["post"],
                "shift": p["shift"],
                "unit": p["unit"],
                "number": p["number"],
                "role": p["role"],
            }
        elif c == "placeholder_removed":
            del state["placeholders"][(p["post"], p["shift"], p["unit"], p["number"])]
        elif c in ("ring_changed", "pattern_changed"):
            table, key = ("rings", p["ring"]) if c == "ring_changed" else ("patterns", p["name"])
            if p["record"] is None:
                state[table].pop(key, None)
            else:
                state[table][key] = copy.deepcopy(p["record"])
        elif c == "setting_changed":
            if p["present"]:
                state["settings"][p["key"]] = copy.deepcopy(p["value"])
            else:
                state["settings"].pop(p["key"], None)
        elif c == "site_plan_changed":
            state["site_plan"] = copy.deepcopy(p["record"])
        elif c == "group_added":
            state["groups"][p["group"]] = copy.deepcopy(p["record"])
        elif c == "group_removed":
            del state["groups"][p["group"]]
        elif c == "group_updated":
            _set_fields(state["groups"][p["group"]], p["fields"])
        else:  # pragma: no cover - every code above is handled
            raise ValueError(f"unknown change {c!r}")
    return state


def _set_fields(record: dict[str, Any], fields: dict[str, list[Any]]) -> None:
    for name, (_old, new) in fields.items():
        if new is None and name not in record:
            continue
        record[name] = copy.deepcopy(new)


@dataclass(slots=True)
class ChangeReport:
    """The changes since a print revision, with the revision they are counted from."""

    since: int
    printed_at: str
    changes: list[PlanChange] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "since": self.since,
            "printed_at": self.printed_at,
            "count": len(self.changes),
            "changes": [c.to_json() for c in self.changes],
        }


def changes_since(plan: Any, number: int | None = None) -> ChangeReport:
    """What changed in `plan` since print revision `number` (the newest when None)."""
    from desktop.revisions import RevisionError, find_revision, read_snapshot, snapshot_document

    rev = find_revision(plan, number)
    if rev.snapshot is None:
        raise RevisionError(
            f"revision {rev.number} is too old to compare with", code="snapshot_pruned", number=rev.number
        )
    old = read_snapshot(rev.snapshot)
    return ChangeReport(
        rev.number, rev.printed_at.isoformat(), compare(old, snapshot_document(plan), roll_call_replacements(plan))
    )


def roll_call_replacements(plan: Any) -> list[tuple[str, str, str, str, str]]:
    """(absent, post, shift, replacement, reason) for every place filled at an apel."""
    return [
        (a.person, post, shift, by, a.reason)
        for shift, call in plan.roll_calls.items()
        for a in call.absences.values()
        for post, by in a.replaced_by
    ]
