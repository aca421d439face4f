"""Python >= 3.12 keeps Qt calls that return nothing from killing the process (see pyproject)."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for i in range(10_000):
    label.setText(str(i))
assert label.text() == "9999"
print("ok", sys.version_info[:2])
"""


def test_ten_thousand_qt_calls_leave_the_process_alive():
    """10,000 QLabel.setText calls in a fresh interpreter end with exit code 0, not none_dealloc."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("ok")
    assert sys.version_info >= (3, 12)
