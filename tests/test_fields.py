"""One rule per field (NRP, phone, rank spelling, times) at every way a person comes in.

The rule (desktop/fields.py, README "Field formats"): a member with a Polri rank has an 8-digit
NRP; someone of a Polri unit without a Polri rank (civil staff) an 8-digit NRP or an 18-digit NIP;
other agencies keep their own number or none. The person dialog, the roster's in-place edit, the
spreadsheet importer, the plan JSON import and `Plan.put_person` all refuse the same values.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from desktop import fields
from desktop.fields import FieldError
from desktop.model import DEFAULT_TZ, Person, Plan, PlanError, Shift, Unit
from desktop.plan_json import PlanDocumentError, export_document, import_document
from desktop.spreadsheets import import_file
from desktop.storage import open_operation_file, save_plan
from desktop.storage.document import OperationDocument


@pytest.fixture
def plan() -> Plan:
    plan = Plan()
    plan.put_unit(Unit("SAMAPTA", "Sat Samapta Polres Purwakarta", "POLRI"))
    plan.put_unit(Unit("BAGSDM", "Bag SDM Polres Purwakarta", "POLRI"))
    plan.put_unit(Unit("KODIM", "Kodim 0619 Purwakarta", "TNI"))
    plan.put_unit(Unit("LINMAS", "Linmas Desa Cibening", "LINMAS"))
    plan.put_person(
        Person("asep", "Asep Hidayat", nrp="86110233", rank="Bripka", unit="SAMAPTA", phone="0812-2233-4455")
    )
    return plan


# ---------------------------------------------------------------------------- the rules themselves
@pytest.mark.parametrize(
    "nrp, agency, rank, ok",
    [
        ("86110233", "POLRI", "Bripka", True),
        ("8611 0233", "POLRI", "AKP", True),  # spaces and dots of a printed list
        ("86.11.0233", "OTHER", "Ipda", True),  # a Polri rank is Polri whatever the unit
        ("8611023", "POLRI", "Bripka", False),
        ("861102330", "POLRI", "Bripka", False),
        ("19800101200501100", "POLRI", "Bripka", False),
        ("198001012005011001", "POLRI", "Bripka", False),  # a NIP is for civil staff, not a member
        ("198001012005011001", "POLRI", "Penata Muda", True),  # civil staff (PNS Polri): 18-digit NIP
        ("86110233", "POLRI", "", True),
        ("8611023X", "POLRI", "", False),
        ("١٢٣٤٥٦٧٨", "POLRI", "Bripka", False),  # digits of another script are not an NRP
        ("21020123450481", "TNI", "Serka", True),  # other agencies keep their own numbers
        ("LM-07/CBN", "LINMAS", "", True),
        ("", "POLRI", "Bripka", True),  # empty is allowed (names first, numbers later) ...
    ],
)
def test_nrp_rule(nrp, agency, rank, ok):
    assert (fields.nrp_problem(nrp, agency, rank) is None) == ok


def test_an_empty_nrp_is_a_problem_only_where_a_list_must_give_it():
    assert fields.nrp_problem("", "POLRI", "Bripka", required=True).code == "nrp_missing"
    assert fields.nrp_problem("", "LINMAS", "", required=True) is None


@pytest.mark.parametrize(
    "value, kept",
    [
        ("0812-2233-4455", "0812-2233-4455"),
        ("+62 812 3456 7890", "+62 812 3456 7890"),
        ("(0264) 200110", "(0264) 200110"),
        (81234567890, "081234567890"),
        (6281234567890, "081234567890"),
        ("nomor saya", None),
        ("0812", None),
        ("0812-3456-7890 ext", None),
        ("", None),
    ],
)
def test_phone_rule(value, kept):
    assert fields.parse_phone(value) == kept


def test_problems_speak_indonesian_and_english():
    problem = fields.nrp_problem("123", "POLRI", "Bripka")
    assert problem.message() == "NRP harus 8 angka: '123'" and problem.message("en") == "NRP must be 8 digits: '123'"
    assert fields.phone_problem("abc").message("en") == "phone number cannot be read: 'abc'"
    assert fields.span_problem(datetime(2024, 1, 1, 8), datetime(2024, 1, 1, 8)).message() == (
        "waktu selesai harus sesudah waktu mulai"
    )
    assert fields.parse_time("2024-11-27T16:00").tzinfo == DEFAULT_TZ and fields.parse_time("27/11/2024") is None


# ---------------------------------------------------------------------------- Plan.put_person
def test_put_person_refuses_a_malformed_nrp_or_phone_and_changes_nothing(plan):
    revision, before = plan.revision, export_document(plan)
    for person in (
        Person("b", "Budi", nrp="1234", rank="Bripda", unit="SAMAPTA"),
        Person("b", "Budi", nrp="99010123", rank="Bripda", unit="SAMAPTA", phone="nomor saya"),
        Person("asep", "Asep Hidayat", nrp="861102331", rank="Bripka", unit="SAMAPTA"),
    ):
        with pytest.raises(FieldError) as caught:
            plan.put_person(person)
        assert isinstance(caught.value, PlanError) and caught.value.params["field"] in ("nrp", "phone")
    assert plan.revision == revision and export_document(plan) == before


def test_put_person_keeps_the_written_forms_the_rule_wants(tmp_path, plan):
    """A Polri rank becomes its abbreviation and a Polri NRP loses its spaces; other agencies keep theirs."""
    plan.put_person(Person("siti", "Siti Aminah", nrp="9901 0123", rank="BRIGADIR POLISI DUA", unit="SAMAPTA"))
    plan.put_person(Person("yayat", "Yayat", nrp="21020 1234", rank="Serka", unit="KODIM"))
    plan.put_person(Person("dewi", "Dewi", nrp="198001012005011001", rank="Penata Muda", unit="BAGSDM", gender="P"))
    save_plan(plan, tmp_path / "op.renpam")
    back = open_operation_file(tmp_path / "op.renpam").plan
    assert (back.personnel["siti"].rank, back.personnel["siti"].nrp) == ("Bripda", "99010123")
    assert (back.personnel["yayat"].rank, back.personnel["yayat"].nrp) == ("Serka", "21020 1234")
    assert back.personnel["dewi"].nrp == "198001012005011001"


def test_a_shift_ending_before_it_starts_is_refused(plan):
    start = datetime(2024, 11, 27, 13, tzinfo=DEFAULT_TZ)
    with pytest.raises(PlanError):
        plan.put_shift(Shift("X", "", start, start - timedelta(hours=1)))
    assert "X" not in plan.shifts


# ---------------------------------------------------------------------------- spreadsheet import
def test_the_importer_applies_the_same_nrp_rule(tmp_path, plan):
    path = tmp_path / "roster.csv"
    path.write_text(
        "Nama;Pangkat;NRP;Satuan\n"
        "Budi;Bripda;9901 0001;SAMAPTA\n"  # fine, kept without the space
        "Cecep;Bripda;198001012005011001;SAMAPTA\n"  # a member with a NIP: refused
        "Yayat;Serka;21020 1234;KODIM\n",
        encoding="utf-8",
    )  # TNI: as written
    result = import_file(plan, path, "roster")
    bad = [(p.row, p.code, p.message("en")) for p in result.problems]
    assert bad == [(3, "bad_nrp", "NRP must be 8 digits: '198001012005011001'")]
    import_file(plan, path, "roster", only_valid=True)
    nrps = {p.name: p.nrp for p in plan.personnel.values()}
    assert nrps["Budi"] == "99010001" and nrps["Yayat"] == "21020 1234" and "Cecep" not in nrps


# ---------------------------------------------------------------------------- plan JSON import
def test_plan_json_import_refuses_a_malformed_nrp_or_phone(plan):
    before = export_document(plan)
    doc = {
        "format": "renpam-plan",
        "version": 1,
        "personnel": [
            {"id": "b", "name": "Budi", "rank": "Bripda", "unit": "SAMAPTA", "nrp": "990100"},
            {"id": "c", "name": "Cecep", "rank": "Bripda", "unit": "SAMAPTA", "nrp": "99010002", "phone": "nomor"},
        ],
    }
    with pytest.raises(PlanDocumentError) as caught:
        import_document(plan, doc)
    assert caught.value.problems == [
        "personnel[1] (id b), field nrp: NRP must be 8 digits: '990100'",
        "personnel[2] (id c), field phone: phone number cannot be read: 'nomor'",
    ]
    assert export_document(plan) == before
    doc["personnel"][0]["nrp"], doc["personnel"][1]["phone"] = "9901 0001", "0812 1111 2222"
    import_document(plan, doc)
    assert plan.personnel["b"].nrp == "99010001" and plan.personnel["c"].phone == "0812 1111 2222"


# ---------------------------------------------------------------------------- the window
def test_person_dialog_says_the_rule_in_the_interface_language(qtbot, plan, indonesian_ui):
    from ui.dialogs import PersonDialog

    dialog = PersonDialog(plan)
    qtbot.addWidget(dialog)
    dialog.name.setText("Budi Santoso")
    dialog.rank.setCurrentIndex(dialog.rank.findData("Bripda"))
    dialog.unit.setCurrentIndex(dialog.unit.findData("SAMAPTA"))
    dialog.nrp.setText("9901")
    dialog.accept()
    assert dialog.result_person is None and dialog.error.text() == "NRP harus 8 angka: '9901'"
    dialog.nrp.setText("99010001")
    dialog.phone.setText("nomor saya")
    dialog.accept()
    assert dialog.result_person is None and dialog.error.text() == "nomor HP tidak terbaca: 'nomor saya'"
    dialog.phone.setText("0812 3456 7890")
    dialog.accept()
    assert dialog.result_person is not None and dialog.result_person.nrp == "99010001"


def test_person_dialog_takes_a_tni_number_as_written(qtbot, plan):
    from ui.dialogs import PersonDialog

    dialog = PersonDialog(plan)
    qtbot.addWidget(dialog)
    dialog.name.setText("Yayat")
    dialog.rank.setEditText("Serka")
    dialog.unit.setCurrentIndex(dialog.unit.findData("KODIM"))
    dialog.nrp.setText("21020 1234")
    dialog.accept()
    assert dialog.result_person is not None and dialog.result_person.nrp == "21020 1234"


def test_roster_in_place_edit_refuses_a_malformed_nrp_and_says_why(qtbot, plan):
    from ui.models import RosterModel
    from ui.workspace import Workspace

    ws = Workspace(OperationDocument(plan))
    model = RosterModel(ws)
    row = model.rows["asep"]
    said: list[str] = []
    model.edit_refused.connect(said.append)
    assert not model.setData(model.index(row, RosterModel.NRP), "8611-0233x")
    assert said == ["NRP must be 8 digits: '8611-0233x'"]  # English source interface in this test
    assert plan.personnel["asep"].nrp == "86110233" and ws.undo_stack.count() == 0
    assert model.setData(model.index(row, RosterModel.NRP), "8611 0234")
    assert plan.personnel["asep"].nrp == "86110234" and ws.undo_stack.count() == 1
    assert model.setData(model.index(row, RosterModel.RANK), "AJUN INSPEKTUR POLISI DUA")
    assert plan.personnel["asep"].rank == "Aipda"


def test_a_number_an_older_file_kept_stays_editable_around_and_undo_restores_it(qtbot, plan):
    """Values already in the plan are not judged again; a changed one is; undo puts back exactly."""
    from PySide6.QtGui import QUndoStack

    from ui.commands import PutPersonCommand, RemovePersonCommand

    legacy = Person("lama", "Data Lama", nrp="12-345", rank="Bripka", unit="SAMAPTA", phone="lihat daftar")
    plan.load(operation=plan.operation, units=plan.units.values(), personnel=[*plan.personnel.values(), legacy])
    stack = QUndoStack()
    stack.push(
        PutPersonCommand(
            plan,
            Person(
                "lama",
                "Data Lama",
                nrp="12-345",
                rank="Bripka",
                unit="SAMAPTA",
                phone="lihat daftar",
                position="Banit Dalmas",
            ),
        )
    )
    assert plan.personnel["lama"].position == "Banit Dalmas"
    with pytest.raises(FieldError):  # a changed number meets the rule
        PutPersonCommand(
            plan, Person("lama", "Data Lama", nrp="12-346", rank="Bripka", unit="SAMAPTA", phone="lihat daftar")
        )
    stack.push(
        PutPersonCommand(
            plan, Person("lama", "Data Lama", nrp="8611 0299", rank="Bripka", unit="SAMAPTA", phone="0812 0000 1111")
        )
    )
    assert plan.personnel["lama"].nrp == "86110299" and stack.count() == 2
    stack.undo()
    stack.push(RemovePersonCommand(plan, "lama"))
    stack.undo()
    assert plan.personnel["lama"] == Person(
        "lama", "Data Lama", nrp="12-345", rank="Bripka", unit="SAMAPTA", phone="lihat daftar", position="Banit Dalmas"
    )
