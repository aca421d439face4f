"""Hostile inputs are refused in one sentence, within seconds and bounded memory, changing nothing.

A corpus of spreadsheet bombs and damaged workbooks, odd CSV files and malformed plan documents
is built by the tests (nothing large is committed). Each input is imported by the real command
line in a child process held to a CPU-time and address-space limit (resource.setrlimit), so a
hang, a memory blow-up or a crash shows as a failed test rather than a stuck run. Every refusal is
one line without a traceback, the exit code is the documented one, and the operation file is
byte-identical afterwards. Run with `-s` to see the counts.
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import subprocess
import sys
import time
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop import limits
from desktop.storage import save_plan

ROOT = Path(__file__).resolve().parent.parent
RENPAM = Path(sys.executable).with_name("renpam")
CPU_SECONDS = 60
MEMORY_BYTES = 1536 * 1024 * 1024  # address space: Python, openpyxl and the plan fit in a fraction
WALL_SECONDS = 120

TRIED: Counter[str] = Counter()


def _limit_child() -> None:
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS))
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))


def run_capped(*args: str) -> tuple[subprocess.CompletedProcess, float]:
    """`renpam ARGS` in a child process under the CPU and memory caps; returns it and its seconds."""
    start = time.monotonic()
    proc = subprocess.run(
        [str(RENPAM), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=WALL_SECONDS,
        preexec_fn=_limit_child,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    return proc, time.monotonic() - start


# Runs `renpam ARGS` for each argument list of a JSON file in one process, as the command line
# does, and prints one JSON line per run (exit code, stderr, seconds), flushed at once: a crash
# shows as a missing line and a non-zero exit code, a hang or a memory blow-up hits the caps.
CHILD = r"""
import contextlib, io, json, sys, time
from desktop.cli import main
runs = json.load(open(sys.argv[1], encoding="utf-8"))
for args in runs:
    err, out = io.StringIO(), io.StringIO()
    start = time.monotonic()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        try:
            code = main(args)
        except BaseException as exc:  # anything escaping the command line is a failure
            code = f"{type(exc).__name__}: {exc}"[:300]
    print(json.dumps({"code": code, "stderr": err.getvalue()[-3000:], "stdout": out.getvalue()[-3000:],
                      "seconds": time.monotonic() - start}), flush=True)
"""


def run_all_capped(folder: Path, runs: list[list[str]]) -> list[dict]:
    """Every `renpam` run of `runs` in one child process under the caps; one result per run."""
    listing = folder / "runs.json"
    listing.write_text(json.dumps(runs), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(listing)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=WALL_SECONDS * 3,
        preexec_fn=_limit_child,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    results = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    assert proc.returncode == 0 and len(results) == len(runs), (proc.returncode, len(results), proc.stderr[-3000:])
    return results


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_one_sentence(proc: subprocess.CompletedProcess | dict, starts: str) -> None:
    stderr = proc["stderr"] if isinstance(proc, dict) else proc.stderr
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert "Traceback" not in stderr, stderr[-2000:]
    assert len(lines) == 1, stderr[-2000:]
    assert lines[0].startswith(starts), lines[0]
    assert len(lines[0]) < 400, lines[0][:400]


@pytest.fixture(scope="module")
def op_file(tmp_path_factory):
    from desktop.demo import build_demo_plan

    path = tmp_path_factory.mktemp("op") / "op.renpam"
    save_plan(build_demo_plan(), path)
    return path


@pytest.fixture(scope="module", autouse=True)
def report():
    yield
    print("\nbounded inputs tried:", dict(sorted(TRIED.items())), "total", sum(TRIED.values()))


# ---------------------------------------------------------------------------- spreadsheet corpus
SHEET_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
)


def _good_workbook(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["Nama", "Pangkat", "NRP", "Satuan"])
    for i in range(10):
        ws.append([f"Orang {i}", "Bripda", f"{90010000 + i}", "Sat Samapta"])
    wb.save(path)
    return path


def _replace_sheet(template: Path, out: Path, write_sheet) -> Path:
    """A copy of `template` whose first sheet is written by `write_sheet(stream)` (streamed, so a
    bomb of hundreds of MB never sits in the test's memory)."""
    with zipfile.ZipFile(template) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zout:
        for item in zin.infolist():
            if item.filename == "xl/worksheets/sheet1.xml":
                info = zipfile.ZipInfo(item.filename)
                info.compress_type = zipfile.ZIP_DEFLATED
                with zout.open(info, "w", force_zip64=True) as stream:
                    write_sheet(stream)
            else:
                zout.writestr(item, zin.read(item.filename))
    return out


def _damaged(template: Path, out: Path, change) -> Path:
    with zipfile.ZipFile(template) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = change(data)
            zout.writestr(item, data)
    return out


def spreadsheet_corpus(folder: Path) -> list[tuple[str, Path, str]]:
    """(kind, file, what the one-line refusal says) for every hostile spreadsheet."""
    good = _good_workbook(folder / "good.xlsx")
    corpus: list[tuple[str, Path, str]] = []

    def whitespace(stream) -> None:
        stream.write(SHEET_HEAD + b"<sheetData>")
        block = b" " * (1024 * 1024)
        for _ in range(300):
            stream.write(block)
        stream.write(b"</sheetData></worksheet>")

    corpus.append(("xlsx whitespace bomb", _replace_sheet(good, folder / "blanks.xlsx", whitespace), "unpacks to"))

    def many_rows(stream) -> None:
        stream.write(SHEET_HEAD + b"<sheetData>")
        chunk = 100_000
        for base in range(1, 12_000_000, chunk):
            stream.write(b"".join(b'<row r="%d"/>' % n for n in range(base, base + chunk)))
        stream.write(b"</sheetData></worksheet>")

    corpus.append(("xlsx 12 million rows", _replace_sheet(good, folder / "rows.xlsx", many_rows), "unpacks to"))

    def far_row(stream) -> None:
        stream.write(
            SHEET_HEAD + b'<dimension ref="A1:D12000000"/><sheetData>'
            b'<row r="1"><c r="A1" t="inlineStr"><is><t>Nama</t></is></c>'
            b'<c r="B1" t="inlineStr"><is><t>Pangkat</t></is></c></row>'
            b'<row r="12000000"><c r="A12000000" t="inlineStr"><is><t>x</t></is></c></row>'
            b"</sheetData></worksheet>"
        )

    corpus.append(("xlsx far row", _replace_sheet(good, folder / "far.xlsx", far_row), "the sheet has more than"))

    def wide(stream) -> None:
        stream.write(
            SHEET_HEAD + b"<sheetData>"
            b'<row r="1"><c r="A1" t="inlineStr"><is><t>Nama</t></is></c>'
            b'<c r="KN1" t="inlineStr"><is><t>far</t></is></c></row></sheetData></worksheet>'
        )

    corpus.append(("xlsx wide row", _replace_sheet(good, folder / "wide.xlsx", wide), "row 1 has more than"))

    def long_cell(stream) -> None:
        stream.write(
            SHEET_HEAD + b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Nama</t></is></c></row>'
            b'<row r="2"><c r="A2" t="inlineStr"><is><t>' + b"A" * 40_000 + b"</t></is></c></row>"
            b"</sheetData></worksheet>"
        )

    corpus.append(
        ("xlsx long cell", _replace_sheet(good, folder / "longcell.xlsx", long_cell), "row 2, column A holds")
    )
    corpus.append(
        (
            "xlsx truncated sheet",
            _damaged(good, folder / "cut.xlsx", lambda d: d[: len(d) // 2]),
            "the sheet 'Sheet' is damaged",
        )
    )
    corpus.append(
        (
            "xlsx mismatched tag",
            _damaged(good, folder / "tag.xlsx", lambda d: d.replace(b"</row>", b"</rowx>", 3)),
            "the sheet 'Sheet' is damaged",
        )
    )
    corpus.append(
        (
            "xlsx bad character",
            _damaged(good, folder / "ent.xlsx", lambda d: d.replace(b"<sheetData>", b"<sheetData>&#0;", 1)),
            "the sheet 'Sheet' is damaged",
        )
    )
    data = bytearray(good.read_bytes())
    at = data.find(b"xl/worksheets/sheet1.xml") + 40
    data[at : at + 30] = b"\x00" * 30
    (folder / "deflate.xlsx").write_bytes(bytes(data))
    corpus.append(("xlsx damaged deflate", folder / "deflate.xlsx", "cannot be read as an Excel workbook"))
    (folder / "notzip.xlsx").write_bytes(b"PK\x03\x04 not really a zip" * 10)
    corpus.append(("xlsx not a zip", folder / "notzip.xlsx", "cannot be read as an Excel workbook"))
    with zipfile.ZipFile(folder / "parts.xlsx", "w") as z:
        for i in range(limits.MAX_XLSX_MEMBERS + 1):
            z.writestr(f"x/{i}.xml", b"")
    corpus.append(("xlsx too many parts", folder / "parts.xlsx", "the workbook holds"))

    with open(folder / "line.csv", "wb") as fh:  # one 50 MB line
        fh.write(b"Nama;Pangkat;NRP\r\n")
        fh.write(b"A" * (50 * 1024 * 1024))
        fh.write(b";Bripda;90010001\r\n")
    corpus.append(("csv 50 MB line", folder / "line.csv", "row 2 holds a cell longer than"))
    (folder / "mid.csv").write_text("Nama;Pangkat;NRP\r\n" + "B" * 40_000 + ";Bripda;90010001\r\n", encoding="utf-8")
    corpus.append(("csv long cell", folder / "mid.csv", "row 2, column A holds"))
    (folder / "bytes.csv").write_bytes(b"Nama;Pangkat;NRP\r\nBudi;Bripda;90010001\r\nX\x81y;Bripda;90010002\r\n")
    corpus.append(("csv undecodable", folder / "bytes.csv", "row 3 cannot be read as text"))
    (folder / "u16bad.csv").write_bytes(b"\xff\xfe" + "Nama;NRP\r\n".encode("utf-16-le") + b"\x00\xd8\x41")
    corpus.append(("csv broken UTF-16", folder / "u16bad.csv", "row 2 cannot be read as text"))
    (folder / "rowsmany.csv").write_text(
        "Nama;Pangkat\r\n" + "Budi;Bripda\r\n" * (limits.MAX_SHEET_ROWS + 5), encoding="utf-8"
    )
    corpus.append(("csv too many rows", folder / "rowsmany.csv", "the list has more than"))
    (folder / "cols.csv").write_text(";".join(["Nama"] + [f"K{i}" for i in range(300)]) + "\r\n", encoding="utf-8")
    corpus.append(("csv too many columns", folder / "cols.csv", "row 1 has more than"))
    with open(folder / "huge.csv", "wb") as fh:  # larger than any list: refused from its size alone
        fh.truncate(limits.MAX_SPREADSHEET_BYTES + 1)
    corpus.append(("csv too large", folder / "huge.csv", "the file is too large"))
    return corpus


def test_spreadsheet_bombs_and_damage_are_refused_in_one_line(tmp_path, op_file):
    """Every hostile spreadsheet ends `import-roster` with exit 3 and 'Cannot read FILE: ...' in
    seconds, under the memory cap, never a traceback or a crash; the operation file is unchanged."""
    before = digest(op_file)
    corpus = spreadsheet_corpus(tmp_path)
    results = run_all_capped(tmp_path, [["import-roster", str(op_file), str(path)] for _kind, path, _says in corpus])
    for (kind, path, says), result in zip(corpus, results):
        assert result["code"] == 3, (kind, result)
        assert_one_sentence(result, f"Cannot read {path.name}: ")
        assert says in result["stderr"], (kind, result["stderr"])
        assert result["seconds"] < 30, (kind, result["seconds"])
        TRIED["spreadsheet"] += 1
    assert digest(op_file) == before
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
    print(
        f"\nslowest spreadsheet refusal: {max(r['seconds'] for r in results):.1f} s; "
        f"largest child so far: {peak} MB resident"
    )


def test_utf16_lists_are_read(tmp_path, op_file):
    """A list saved as UTF-16 (Excel's 'Unicode text', with its byte-order mark) is read as text."""
    text = "Nama\tPangkat\tNRP\tSatuan\r\nBudi Sántoso\tBripda\t90010001\tSat Samapta\r\n"
    for codec, bom in (("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")):
        path = tmp_path / f"{codec}.csv"
        path.write_bytes(bom + text.encode(codec))
        proc, _seconds = run_capped("import-roster", str(op_file), str(path), "--dry-run", "--json")
        assert proc.returncode == 0, proc.stderr
        result = json.loads(proc.stdout)
        assert result["added"] == 1 and result["problems"] == []
        TRIED["spreadsheet ok"] += 1


def test_long_and_control_cells_are_row_problems_and_nothing_is_saved(tmp_path, op_file):
    """A name of 5,000 characters and a name holding a bell character are rejected with their row
    and column; valid rows are not imported either (all or nothing), and the file is unchanged."""
    path = tmp_path / "rows.csv"
    path.write_text(
        "Nama;Pangkat;NRP;Satuan;Jabatan\r\n"
        "Andi Pratama;Bripda;99020111;Sat Samapta;Anggota\r\n"
        f"{'N' * 5000};Bripda;99020112;Sat Samapta;Anggota\r\n"
        "Budi\x07Santoso;Bripda;99020113;Sat Samapta;Anggota\r\n"
        f"Citra;Bripda;99020114;Sat Samapta;{'J' * 600}\r\n",
        encoding="utf-8",
    )
    before = digest(op_file)
    proc, _seconds = run_capped("import-roster", str(op_file), str(path), "--json", "--lang", "en")
    assert proc.returncode == 1, proc.stderr
    result = json.loads(proc.stdout)
    found = {(p["row"], p["code"]) for p in result["problems"]}
    assert (3, "too_long") in found and (4, "control_character") in found and (5, "too_long") in found
    messages = {p["row"]: p["message_en"] for p in result["problems"]}
    assert messages[3] == "5,000 characters, at most 200"
    assert "U+0007" in messages[4]
    assert not result["applied"] and digest(op_file) == before
    TRIED["row problems"] += 3


# ---------------------------------------------------------------------------- plan documents
def _doc(**sections) -> dict:
    return {"format": "renpam-plan", "version": 1, **sections}


def document_corpus(folder: Path) -> list[tuple[str, Path, str]]:
    """(kind, file, a phrase of the listed problem) for every malformed plan document."""
    corpus: list[tuple[str, Path, str]] = []

    def add(kind: str, text: str | bytes, says: str) -> None:
        path = folder / f"{len(corpus):02d}.json"
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        corpus.append((kind, path, says))

    add("nesting 100,000 deep", "[" * 100_000 + "]" * 100_000, "levels deep")
    add(
        "nesting in an object",
        '{"format": "renpam-plan", "version": 1, "settings": {"x": ' + "[" * 5000 + "]" * 5000 + "}}",
        "levels deep",
    )
    add(
        "5,000-digit integer",
        '{"format": "renpam-plan", "version": 1, "posts": [{"code": "P", "min_staff": ' + "9" * 5000 + "}]}",
        "a number of more than",
    )
    add(
        "NaN", '{"format": "renpam-plan", "version": 1, "posts": [{"code": "P", "x": NaN}]}', "NaN is not a JSON number"
    )
    add("millions of values", "[" + "0," * 6_000_000 + "0]", "values, more than a plan document holds")
    add(
        "min_staff 10^30", json.dumps(_doc(posts=[{"code": "P", "min_staff": 10**30}])), "is more than the maximum 1000"
    )
    add(
        "min_staff 10^12", json.dumps(_doc(posts=[{"code": "P", "min_staff": 10**12}])), "is more than the maximum 1000"
    )
    add(
        "skill count 10^7",
        json.dumps(_doc(posts=[{"code": "P", "required_skills": {"polwan": 10**7}}])),
        "is more than the maximum 1000",
    )
    add("max_hours text", json.dumps(_doc(settings={"max_hours": "abc"})), "'abc' is not of type 'number'")
    add("max_hours 10^6", json.dumps(_doc(settings={"max_hours": 10**6})), "is more than the maximum 24")
    add("ring1_skills not a list", json.dumps(_doc(settings={"ring1_skills": "dalmas"})), "is not of type 'array'")
    add(
        "70 MB name",
        json.dumps(_doc(units=[{"code": "U", "name": "A" * 70_000_000}])),
        "70,000,000 characters, at most 200",
    )
    add(
        "100,000 skills",
        json.dumps(_doc(personnel=[{"id": "p", "name": "X", "skills": ["k9"] * 100_000}])),
        "100,000 entries, at most 50",
    )
    add(
        "control character",
        json.dumps(_doc(personnel=[{"id": "p", "name": "Budi\u0007"}])),
        "control character (U+0007)",
    )
    add(
        "newline in a name",
        json.dumps(_doc(posts=[{"code": "P", "name": "Gerbang\nUtama"}])),
        "control character (U+000A)",
    )
    add(
        "escape in a code", json.dumps(_doc(units=[{"code": "U\u001b[31m", "name": "x"}])), "control character (U+001B)"
    )
    add(
        "lone surrogate",
        '{"format": "renpam-plan", "version": 1, "personnel": [{"id": "p", "name": "A\\ud800"}]}',
        "invalid character (U+D800)",
    )
    return corpus


def test_unreadable_plan_documents_are_refused_in_one_line(tmp_path, op_file):
    """A document larger than any plan (refused from its size, unread) or not UTF-8 ends with
    exit 3 and 'Cannot read FILE: ...'; the operation file is unchanged."""
    before = digest(op_file)
    huge = tmp_path / "huge.json"
    with open(huge, "wb") as fh:
        fh.truncate(limits.MAX_DOCUMENT_BYTES + 1)
    latin = tmp_path / "latin.json"
    latin.write_bytes(b'{"format": "renpam-plan", "version": 1,\n "operation": {"name": "Jos\xe9"}}')
    for path, says in ((huge, "the file is too large"), (latin, "line 2 is not UTF-8 text")):
        proc, seconds = run_capped("import", str(op_file), str(path))
        assert proc.returncode == 3, proc.stderr
        assert_one_sentence(proc, f"Cannot read {path.name}: ")
        assert says in proc.stderr and seconds < 30
        TRIED["plan document"] += 1
    assert digest(op_file) == before


def test_malformed_plan_documents_are_listed_problems_and_nothing_is_saved(tmp_path, op_file):
    """`renpam import` and `renpam new --from` refuse every malformed document with its problems
    listed (exit 1), in seconds and under the memory cap; nothing is saved or created."""
    before = digest(op_file)
    corpus = document_corpus(tmp_path)
    runs = [["import", str(op_file), str(path)] for _kind, path, _says in corpus]
    # `new --from` reads documents the same way: the small ones prove it without doubling the run.
    small = [(i, path) for i, (_k, path, _s) in enumerate(corpus) if path.stat().st_size < 1_000_000]
    runs += [["new", str(tmp_path / f"new{i}.renpam"), "--from", str(path)] for i, path in small]
    results = run_all_capped(tmp_path, runs)
    created = dict(zip((i for i, _p in small), results[len(corpus) :]))
    for i, ((kind, _path, says), imported) in enumerate(zip(corpus, results)):
        for result in (imported, created.get(i, imported)):
            assert result["code"] == 1, (kind, result)
            assert "Traceback" not in result["stderr"], (kind, result["stderr"])
            assert says in result["stderr"], (kind, result["stderr"][:1000])
            assert max(len(line) for line in result["stderr"].splitlines()) < 400, kind
            assert result["seconds"] < 30, (kind, result["seconds"])
        TRIED["plan document"] += 1
    assert digest(op_file) == before
    assert not list(tmp_path.glob("new*.renpam"))
    print(f"\nslowest document refusal: {max(r['seconds'] for r in results):.1f} s")


def test_schema_states_the_limits():
    """The JSON Schema's maxima are desktop.limits' bounds (one source of truth, two readers)."""
    schema = json.loads((ROOT / "resources" / "schema" / "renpam-plan.schema.json").read_text(encoding="utf-8"))
    props = schema["properties"]
    person = props["personnel"]["items"]["properties"]
    post = props["posts"]["items"]["properties"]
    for name, bound in limits.PERSON_FIELDS.items():
        assert person[name]["maxLength"] == bound, name
    for name, bound in limits.POST_FIELDS.items():
        assert post[name]["maxLength"] == bound, name
    for name, bound in limits.OPERATION_FIELDS.items():
        assert props["operation"]["properties"][name]["maxLength"] == bound, name
    assert post["min_staff"]["maximum"] == post["max_staff"]["maximum"] == limits.MAX_STAFF
    assert post["required_skills"]["additionalProperties"]["maximum"] == limits.MAX_STAFF
    assert person["skills"]["maxItems"] == limits.MAX_SKILLS
    assert props["personnel"]["maxItems"] == limits.MAX_PERSONNEL and props["posts"]["maxItems"] == limits.MAX_POSTS
    settings = props["settings"]["properties"]
    assert settings["max_hours"] == {**settings["max_hours"], "type": "number", "maximum": limits.MAX_HOURS}
    assert settings["min_rest_hours"]["maximum"] == limits.MAX_REST_HOURS
    assert set(settings) == set(limits.SETTINGS)
