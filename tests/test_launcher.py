"""The `renpam` program as installed: version, usage errors and the missing display decided
before Qt loads, and a broken installation (a bundled file missing) said in one sentence."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.metadata import version as dist_version
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent
RENPAM = Path(sys.executable).with_name("renpam")

# Runs the launcher in a child and reports whether Qt was loaded on the way.
LAUNCH = (
    "import sys\n"
    "from ui.launcher import main\n"
    "try:\n"
    "    code = main(sys.argv[1:])\n"
    "finally:\n"
    "    print('QT LOADED' if 'PySide6' in sys.modules else 'no qt')\n"
    "sys.exit(code)\n"
)


def launch(*args: str, env: dict[str, str] | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", LAUNCH, *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=120
    )


def without_display() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(ROOT)
    return env


def test_version_comes_from_the_package_metadata():
    """`renpam --version` prints the installed version and opens no window."""
    result = subprocess.run([str(RENPAM), "--version"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert result.stdout.strip() == f"renpam {dist_version('renpam')}"


def test_help_shows_the_window_form_and_the_verbs():
    result = launch("--help")
    assert result.returncode == 0
    assert "renpam [FILE]" in result.stdout and "validate" in result.stdout
    assert "no qt" in result.stdout


def test_a_mistyped_verb_is_a_usage_error_with_a_suggestion_before_qt(tmp_path):
    """`renpam valdate x.renpam`: exit 2, one line naming the nearest verb; no window, no Qt."""
    (tmp_path / "x.renpam").write_bytes(b"")
    result = launch("valdate", "x.renpam", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == ["renpam: unknown command 'valdate'; did you mean validate?"]
    assert "no qt" in result.stdout
    headless = subprocess.run(
        [sys.executable, "-m", "desktop", "valdate", "x.renpam"], capture_output=True, text=True, cwd=ROOT
    )
    assert headless.returncode == 2 and "did you mean validate?" in headless.stderr


@pytest.mark.parametrize(
    "args, code, words",
    [
        (["frobnicate"], 2, "unknown command 'frobnicate' (neither a verb nor a file)"),
        (["--frobnicate"], 2, "unknown option --frobnicate"),
        (["missing.renpam"], 3, "file not found: missing.renpam"),
    ],
)
def test_other_arguments_that_are_neither_verb_option_nor_file(tmp_path, args, code, words):
    result = launch(*args, cwd=tmp_path)
    assert result.returncode == code
    assert len(result.stderr.strip().splitlines()) == 1 and words in result.stderr
    assert "no qt" in result.stdout


def test_without_a_display_the_window_says_so_in_one_line(tmp_path, demo_file):
    """No DISPLAY/WAYLAND_DISPLAY and no platform forced: one sentence, exit 2, Qt never loaded."""
    for args in ([], [str(demo_file)]):
        result = launch(*args, env=without_display(), cwd=tmp_path)
        assert result.returncode == 2, result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "needs a display" in lines[0] and "headless verbs" in lines[0]
        assert "no qt" in result.stdout


def test_an_x_display_that_does_not_answer_is_no_display(tmp_path):
    env = without_display() | {"DISPLAY": ":187"}
    result = launch(env=env, cwd=tmp_path)
    assert result.returncode == 2
    assert "the X display :187 does not answer" in result.stderr


def test_the_version_is_in_the_footer_of_every_printed_page(tmp_path, demo_file):
    out = tmp_path / "posts.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "print", str(demo_file), "-o", str(out), "--doc", "posts"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    pages = PdfReader(out).pages
    assert len(pages) > 1
    assert all(f"Renpam {dist_version('renpam')}" in page.extract_text() for page in pages)


@pytest.fixture
def empty_resources(tmp_path) -> dict[str, str]:
    """An environment in which `resources` is a package without its files (a broken install)."""
    fake = tmp_path / "broken"
    (fake / "resources").mkdir(parents=True)
    (fake / "resources" / "__init__.py").write_text("", encoding="utf-8")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(fake), str(ROOT)])
    return env


def test_a_missing_font_stops_print_with_one_sentence(tmp_path, demo_file, empty_resources):
    out = tmp_path / "packet.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "print", str(demo_file), "-o", str(out)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=empty_resources,
        timeout=120,
    )
    assert result.returncode == 3
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert lines[0].startswith("Renpam is incomplete: the file fonts/DejaVuSans.ttf is missing")
    assert lines[0].endswith("reinstall Renpam.")
    assert not out.exists()


def test_a_missing_resource_stops_the_window_before_it_opens(tmp_path, empty_resources):
    """The window never opens half-translated or without icons: make_app raises ResourceMissing."""
    script = (
        "from desktop.resources import ResourceMissing\n"
        "from ui.app import make_app\n"
        "try:\n"
        "    make_app()\n"
        "except ResourceMissing as exc:\n"
        "    print(exc.sentence('id'))\n"
        "else:\n"
        "    raise SystemExit('no error')\n"
    )
    env = empty_resources | {"QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Instalasi Renpam tidak lengkap: berkas fonts/DejaVuSans.ttf tidak ada")


def test_every_bundled_resource_is_found():
    from desktop.resources import REQUIRED, check_installation, resource_path

    check_installation()
    assert all(resource_path(*parts).stat().st_size > 0 for parts in REQUIRED)


def test_the_about_box_shows_the_version(qtbot, tmp_path, indonesian_ui):
    """Help > About names the installed version, in the interface language."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.storage.recovery import RecoveryStore
    from ui.main_window import MainWindow

    window = MainWindow(recovery=RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(window)
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, read_and_close)
            return
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(0, read_and_close)
    window.about()
    assert seen and f"Versi {dist_version('renpam')}" in seen[0]
