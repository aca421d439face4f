"""Shared test set-up: headless Qt, a private per-user data folder, and plan fixtures."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Recovery copies and settings of the tests never touch the real user's folders.
os.environ["RENPAM_DATA_DIR"] = tempfile.mkdtemp(prefix="renpam-test-data-")

import pytest

from desktop.demo import build_demo_plan
from desktop.model import Plan


@pytest.fixture
def demo_plan() -> Plan:
    """A fresh copy of the demo operation."""
    return build_demo_plan()


@pytest.fixture
def demo_file(tmp_path, demo_plan):
    """The demo operation saved as an operation file on disk."""
    from desktop.storage import save_plan

    path = tmp_path / "demo.renpam"
    save_plan(demo_plan, path)
    return path


@pytest.fixture
def indonesian_ui(qapp):
    """The Indonesian catalogue installed, as the application does at start; removed afterwards."""
    from PySide6.QtCore import QLocale

    from ui import i18n

    before = QLocale()
    assert i18n.install("id")
    yield
    i18n.uninstall()  # back to what other tests expect: English source text, the locale as it was
    QLocale.setDefault(before)
