"""Interface language: Indonesian (default) from resources/translations/renpam_id.qm, or English
(the source language; renpam_en.qm gives only the singular of the "%n" strings)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.resources import ResourceMissing, resource_path

_installed: list[QTranslator] = []
_language = "en"  # what the installed translators speak ("en" with none)


def uninstall() -> None:
    """Remove every translator Renpam installed (the interface falls back to English)."""
    global _language
    _language = "en"
    app = QCoreApplication.instance()
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()


def language() -> str:
    """The language the interface speaks now ('id' while Renpam's Indonesian translators are
    installed, else 'en'), for core-side texts (`desktop.fields` problems, ...) shown next to
    translated ones."""
    return _language


def install(language: str) -> bool:
    """Install the translators for `language` ('id' or 'en'); returns True when Renpam's loaded.

    A missing or unreadable Renpam translation raises `ResourceMissing` (never a silent English)."""
    global _language
    app = QCoreApplication.instance()
    uninstall()
    if language != "id":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        _add(app, "renpam_en.qm")  # "1 person", not "1 people"
        return False
    _language = "id"
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    for name in ("renpam_id.qm", "qt_id.qm"):  # ours; Qt's standard dialog buttons (Qt has no Indonesian)
        _add(app, name)
    qt = QTranslator(app)  # the rest of Qt's own text, where Qt ships Indonesian
    if qt.load(
        QLocale(QLocale.Language.Indonesian),
        "qtbase",
        "_",
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    ):
        app.installTranslator(qt)
        _installed.append(qt)
    return True


def _add(app: QCoreApplication, name: str) -> None:
    """Install Renpam's translation `name`; a missing or unreadable one raises `ResourceMissing`."""
    path = resource_path("translations", name)
    translator = QTranslator(app)
    if not translator.load(str(path)):
        raise ResourceMissing(f"translations/{name}", path)
    app.installTranslator(translator)
    _installed.append(translator)
