"""Trust features of the operation file as the planner meets them in the window: Indonesian
reasons for files that cannot be opened, warnings about what opening left out, the backup
preference, and taking over a lock left on another computer."""

from __future__ import annotations

import json
import socket
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.model import Unit
from desktop.storage import save_plan
from desktop.storage.lock import lock_path_for, read_owner
from desktop.storage.recovery import RecoveryStore
from ui import i18n
from ui import settings as cfg
from ui.commands import PutUnitCommand
from ui.main_window import MainWindow
from ui.prompts import DISCARD, Prompts

SHOTS = Path(__file__).parent / "artifacts"


class FakePrompts:
    """Answers the window's questions from queues and records what it was told."""

    def __init__(self) -> None:
        self.paths: list[Path] = []
        self.errors: list[tuple[str, str]] = []
        self.warnings: list[tuple[str, str]] = []
        self.take_over_answers: list[bool] = []
        self.take_over_offers: list[tuple[str, str]] = []

    def ask_save_changes(self, name: str) -> str:
        return DISCARD

    def open_path(self, title, filters):
        return self.paths.pop(0) if self.paths else None

    def save_path(self, title, filters, suggested=""):
        return self.paths.pop(0) if self.paths else None

    def confirm(self, title, text) -> bool:
        return True

    def error(self, title, text, details="") -> None:
        self.errors.append((title, text))

    def info(self, title, text) -> None:
        pass

    def warning(self, title, text, details="") -> None:
        self.warnings.append((title, text))

    def offer_take_over(self, name: str, holder: str) -> bool:
        self.take_over_offers.append((name, holder))
        return self.take_over_answers.pop(0) if self.take_over_answers else False

    def choose(self, title, label, items):
        return None


@pytest.fixture
def indonesian():
    """The interface in Indonesian with the backup preference at its default, restored afterwards."""
    before_lang, before_backup = cfg.language(), cfg.keep_backup()
    cfg.set_language("id")
    cfg.set_keep_backup(True)
    i18n.install("id")
    yield
    cfg.set_language(before_lang)
    cfg.set_keep_backup(before_backup)
    i18n.install(before_lang)


def make_window(qtbot, tmp_path: Path, prompts=None) -> MainWindow:
    window = MainWindow(recovery=RecoveryStore(tmp_path / "recovery"), prompts=prompts or FakePrompts())
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    return window


def damaged_image_file(tmp_path: Path, demo_plan) -> Path:
    """The demo operation saved with its site-plan PNG cut in half (as a bad USB copy might)."""
    png = demo_plan.site_plan.image_png
    demo_plan.site_plan = replace(demo_plan.site_plan, image_png=png[: len(png) // 2])
    path = tmp_path / "denah-rusak.renpam"
    save_plan(demo_plan, path)
    return path


def test_unopenable_file_shows_the_indonesian_sentence(qtbot, tmp_path, indonesian):
    """A file that is not an operation is refused in Indonesian, from File > Open and from the recent list."""
    bad = tmp_path / "rencana.renpam"
    bad.write_bytes(b"bukan basis data, hanya teks biasa " * 10)
    window = make_window(qtbot, tmp_path)
    assert not window.open_path(bad)
    title, text = window.prompts.errors[-1]
    assert text == "Tidak dapat membuka rencana.renpam: ini bukan berkas operasi Renpam."
    assert title == "Berkas tidak dapat dibuka"
    assert window.document.path is None  # the window keeps its (new) operation

    # a recent file that has gone missing since: the same kind of sentence
    gone = tmp_path / "hilang.renpam"
    cfg.add_recent(gone)
    window._fill_recent()
    action = next(a for a in window.recent_menu.actions() if a.text() == "hilang.renpam")
    action.trigger()
    assert window.prompts.errors[-1][1] == "Tidak dapat membuka hilang.renpam: berkas tidak ada."

    window.set_language("en")
    assert not window.open_path(bad)
    assert window.prompts.errors[-1][1] == "Cannot open rencana.renpam: it is not a Renpam operation file."


def test_file_errors_with_values_render_from_the_catalogue_in_indonesian(qtbot, tmp_path, demo_plan, indonesian):
    """A refusal carrying values (a file of a newer format) reaches the window from its code and values,
    in Indonesian; switching to English renders the same data in English, not a translated sentence."""
    import sqlite3

    from desktop.storage.schema import SCHEMA_VERSION

    newer = tmp_path / "dari-versi-baru.renpam"
    save_plan(demo_plan, newer)
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 3}")
    conn.commit()
    conn.close()
    window = make_window(qtbot, tmp_path)
    assert not window.open_path(newer)
    assert window.prompts.errors[-1][1] == (
        f"Tidak dapat membuka dari-versi-baru.renpam: berkas dibuat oleh Renpam yang lebih baru "
        f"(format {SCHEMA_VERSION + 3}, Renpam ini membaca sampai {SCHEMA_VERSION}); perbarui Renpam."
    )
    window.set_language("en")
    assert not window.open_path(newer)
    assert window.prompts.errors[-1][1] == (
        f"Cannot open dari-versi-baru.renpam: it was written by a newer Renpam "
        f"(file format {SCHEMA_VERSION + 3}, this Renpam reads up to {SCHEMA_VERSION}); update Renpam."
    )
    # the window reads no English sentence back: the translations by regular expression are gone
    import ui.file_trust

    assert not hasattr(ui.file_trust, "re") and not hasattr(ui.file_trust, "image_problem_text")


def test_damaged_site_plan_image_opens_with_a_warning(qtbot, tmp_path, demo_plan, indonesian):
    """The plan opens without its damaged image and the planner is told why, in Indonesian."""
    path = damaged_image_file(tmp_path, demo_plan)
    window = make_window(qtbot, tmp_path)
    assert window.open_path(path)
    assert window.plan.site_plan.image_png == b""  # blank grid instead
    assert len(window.plan.posts) == len(demo_plan.posts) and len(window.plan.personnel) == 60
    assert not window.document.read_only
    [(title, text)] = window.prompts.warnings
    assert title == "Dibuka dengan peringatan: denah-rusak.renpam"
    assert text.startswith("Gambar denah dihilangkan karena gambar rusak (")
    assert text.endswith("; rencana menampilkan grid kosong.")
    assert window.statusBar().currentMessage() == text


def test_warning_does_not_block_and_is_readable(qtbot, tmp_path, demo_plan, indonesian):
    """With the real prompts the warning is a non-modal box: opening returns while it is shown."""
    path = damaged_image_file(tmp_path, demo_plan)
    window = MainWindow(recovery=RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    assert isinstance(window.prompts, Prompts)
    assert window.open_path(path)  # returns at once: nothing modal waits for a click
    box = window.prompts.last_warning
    qtbot.waitUntil(box.isVisible)
    assert not box.isModal() and QApplication.activeModalWidget() is None
    assert "Gambar denah dihilangkan" in box.text()
    SHOTS.mkdir(exist_ok=True)
    box.grab().save(str(SHOTS / "open_warning.png"))
    box.close()


def test_backup_preference_off_means_no_bak_after_save(qtbot, tmp_path, demo_file, indonesian):
    """Turning the backup off in Settings applies to the open file at once and to later windows."""
    window = make_window(qtbot, tmp_path)
    assert window.open_path(demo_file)
    bak = demo_file.with_name(demo_file.name + ".bak")
    window.push(PutUnitCommand(window.plan, Unit("BRIMOB", "Sat Brimob Polda Jabar (BKO)", "POLRI")))
    assert window.file_save()
    assert bak.exists()  # the default keeps the previous version
    bak.unlink()

    from ui.dialogs import SettingsDialog

    dialog = SettingsDialog(window.language, window, keep_backup=window.keep_backup)
    assert dialog.keep_backup.isChecked()
    assert dialog.keep_backup.text() == "&Simpan versi sebelumnya sebagai NAMA.renpam.bak"
    SHOTS.mkdir(exist_ok=True)
    dialog.show()
    dialog.grab().save(str(SHOTS / "settings_dialog.png"))
    dialog.keep_backup.setChecked(False)
    assert not dialog.chosen_keep_backup()
    dialog.close()

    window.set_keep_backup(False)
    assert window.document.keep_backup is False and cfg.keep_backup() is False
    window.push(PutUnitCommand(window.plan, Unit("DALMAS", "Sat Samapta Polres Purwakarta", "POLRI")))
    assert window.file_save()
    assert not bak.exists()
    # a later window, and the files it opens, start with the preference as stored
    other = make_window(qtbot, tmp_path)
    window.close()
    assert other.keep_backup is False
    assert other.open_path(demo_file)
    assert other.document.keep_backup is False and "DALMAS" in other.plan.units


def test_lock_from_another_computer_offers_open_anyway(qtbot, tmp_path, demo_file, indonesian):
    """A lock from another machine is offered for take-over; declining stays read-only, accepting edits."""
    lock = lock_path_for(demo_file)
    lock.write_text(
        json.dumps({"user": "bripka.sari", "host": "pc-posko-2", "pid": 4242, "since": "2026-11-27T21:05:00+07:00"}),
        encoding="utf-8",
    )
    window = make_window(qtbot, tmp_path)
    window.prompts.take_over_answers = [False]
    assert window.open_path(demo_file)
    assert window.prompts.take_over_offers == [
        ("demo.renpam", "bripka.sari di komputer pc-posko-2 sejak 27-11-2026 21:05")
    ]
    assert window.document.read_only
    assert not window.actions["save"].isEnabled()
    assert window.statusBar().currentMessage() == (
        "demo.renpam sedang dipegang oleh bripka.sari di komputer pc-posko-2 sejak 27-11-2026 21:05; dibuka hanya-baca."
    )
    assert read_owner(lock).host == "pc-posko-2"

    window.prompts.take_over_answers = [True]
    assert window.open_path(demo_file)
    assert not window.document.read_only
    assert window.actions["save"].isEnabled()
    assert read_owner(lock).host == socket.gethostname()  # the lock is ours now
    window.push(PutUnitCommand(window.plan, Unit("BRIMOB", "Sat Brimob Polda Jabar (BKO)", "POLRI")))
    assert window.file_save()
    assert not window.prompts.errors

    # a live instance on this machine (this window) is not offered for take-over: read-only
    second = make_window(qtbot, tmp_path)
    assert second.open_path(demo_file)
    assert second.document.read_only and second.prompts.take_over_offers == []
    assert "BRIMOB" in second.plan.units


def test_take_over_dialog_warns_about_lost_changes(qtbot, tmp_path, indonesian):
    """The real question names the holder, warns of lost changes and defaults to read-only."""
    window = make_window(qtbot, tmp_path)
    prompts = Prompts(window)
    seen: dict[str, object] = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        seen["text"] = box.text()
        seen["info"] = box.informativeText()
        seen["default"] = box.defaultButton().text()
        SHOTS.mkdir(exist_ok=True)
        box.grab().save(str(SHOTS / "take_over_question.png"))
        next(b for b in box.buttons() if b.text() == "Tetap buka").click()

    QTimer.singleShot(0, answer)
    assert prompts.offer_take_over("demo.renpam", "bripka.sari di komputer pc-posko-2 sejak 27-11-2026 21:05")
    assert "bripka.sari di komputer pc-posko-2" in seen["text"]
    assert "kehilangan perubahan" in seen["info"]
    assert seen["default"] == "Buka hanya-baca"


def test_damaged_recovery_copy_is_refused_in_indonesian(qtbot, tmp_path, demo_plan, indonesian):
    """A recovery copy cut short by the crash is refused with the Indonesian reason and dropped."""
    store = RecoveryStore(tmp_path / "recovery")
    entry = store.write(RecoveryStore.key_for(None), demo_plan, None)
    data = entry.copy.read_bytes()
    entry.copy.write_bytes(data[: len(data) // 3])
    window = make_window(qtbot, tmp_path)
    window.prompts.choose = lambda title, label, items: 0
    assert not window.offer_recovery()
    _title, text = window.prompts.errors[-1]
    assert text.startswith(f"Tidak dapat membuka {entry.copy.name}: berkas ")
    assert "damaged" not in text and "truncated" not in text
    assert store.entries() == []
