"""Standard dialog buttons speak the interface language (Qt ships no Indonesian for them)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from ui import i18n


def test_standard_buttons_follow_the_interface_language(qtbot, indonesian_ui):
    """OK/Cancel and Save/Discard read Indonesian in 'id' and English in 'en'."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Ok).text() == "OK"
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Batal"
    message = QMessageBox(
        QMessageBox.Icon.Question, "x", "y", QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
    )
    qtbot.addWidget(message)
    assert message.button(QMessageBox.StandardButton.Save).text() == "Simpan"
    assert message.button(QMessageBox.StandardButton.Discard).text() == "Buang"
    i18n.install("en")
    box_en = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box_en)
    assert box_en.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
