"""Every command of the planning window as one table: id, text, status tip, icon, shortcut, handler.

`ACTIONS` is the table; `ActionRegistry` turns it into QActions once (`create`) and sets their
texts in the interface language (`retranslate`, run again on a language switch; nothing else is
rebuilt). Menus, the toolbar and context menus look actions up by `ActionId`; a plain string
(`registry["save"]`) finds the same action, since `ActionId` is a `StrEnum`.

A handler is the dotted path of a callable on the window (`"files.file_save"`), called with the
row's `args`. Three kinds of action are made by Qt and only registered here: undo and redo (the
undo stack keeps their text, "Undo Assign ..."), and the view toggles of the docks (their text is
the dock's title).
"""

from __future__ import annotations

import operator
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from ui import icons

CONTEXT = "MainWindow"  # translation context of the texts below (kept from when MainWindow held them)
RING_TIP = QT_TRANSLATE_NOOP("MainWindow", "Click the corners; double-click or Enter closes it")

S = QKeySequence.StandardKey


class ActionId(StrEnum):
    NEW = "new"
    OPEN = "open"
    SAVE = "save"
    SAVE_AS = "save_as"
    IMPORT_PLAN = "import_plan"
    IMPORT_ROSTER = "import_roster"
    IMPORT_POSTS = "import_posts"
    IMPORT_CATEGORIES = "import_categories"
    EXPORT_PLAN = "export_plan"
    EXPORT_TABLE = "export_table"
    EXPORT_SECTOR = "export_sector"
    MERGE_SECTOR = "merge_sector"
    PRINT = "print"
    CLOSE = "close"
    QUIT = "quit"
    UNDO = "undo"
    REDO = "redo"
    DELETE = "delete"
    FIND = "find"
    ADD_PERSON = "add_person"
    EDIT_PERSON = "edit_person"
    ASSIGN = "assign"
    AUTO_ASSIGN = "auto_assign"
    DUTY_SETTINGS = "duty_settings"
    SETTINGS = "settings"
    ADD_POST = "add_post"
    EDIT_POST = "edit_post"
    LOAD_IMAGE = "load_image"
    CLEAR_IMAGE = "clear_image"
    SITE_PLAN_DETAILS = "site_plan_details"
    DRAW_RING_I = "draw_ring_I"
    DRAW_RING_II = "draw_ring_II"
    DRAW_RING_III = "draw_ring_III"
    ZOOM_IN = "zoom_in"
    ZOOM_OUT = "zoom_out"
    ZOOM_FIT = "zoom_fit"
    VIEW_ROSTER = "view_roster"
    VIEW_POSTS = "view_posts"
    VIEW_PROBLEMS = "view_problems"
    VIEW_HISTORY = "view_history"
    VIEW_CANDIDATES = "view_candidates"
    VIEW_CHANGES = "view_changes"
    VIEW_SECTORS = "view_sectors"
    ROLL_CALL = "roll_call"
    QUICK_START = "quick_start"
    SHORTCUTS = "shortcuts"
    MANUAL = "manual"
    ABOUT = "about"


Shortcut = object  # a QKeySequence.StandardKey, a portable text ("Ctrl+0"), a tuple of them, or None

# How an action comes to be: CALL runs the handler; UNDO/REDO come from the undo stack; DOCK is
# the toggle of the dock named by the handler (an attribute of the window).
CALL, UNDO, REDO, DOCK = "call", "undo", "redo", "dock"


@dataclass(frozen=True)
class ActionSpec:
    id: ActionId
    text: str  # source text, translated in CONTEXT
    tip: str  # status tip, translated in CONTEXT
    icon: str | None = None
    shortcut: Shortcut = None
    handler: str | None = None  # dotted path on the window
    args: tuple = ()
    kind: str = CALL
    role: QAction.MenuRole | None = None


A = ActionSpec
ACTIONS: tuple[ActionSpec, ...] = (
    A(
        ActionId.NEW,
        QT_TRANSLATE_NOOP("MainWindow", "&New"),
        QT_TRANSLATE_NOOP("MainWindow", "Start a new operation"),
        "new",
        S.New,
        "files.file_new",
    ),
    A(
        ActionId.OPEN,
        QT_TRANSLATE_NOOP("MainWindow", "&Open..."),
        QT_TRANSLATE_NOOP("MainWindow", "Open an operation file"),
        "open",
        S.Open,
        "files.file_open",
    ),
    A(
        ActionId.SAVE,
        QT_TRANSLATE_NOOP("MainWindow", "&Save"),
        QT_TRANSLATE_NOOP("MainWindow", "Save the operation"),
        "save",
        S.Save,
        "files.file_save",
    ),
    A(
        ActionId.SAVE_AS,
        QT_TRANSLATE_NOOP("MainWindow", "Save &As..."),
        QT_TRANSLATE_NOOP("MainWindow", "Save the operation under another name"),
        "save-as",
        S.SaveAs,
        "files.file_save_as",
    ),
    A(
        ActionId.IMPORT_PLAN,
        QT_TRANSLATE_NOOP("MainWindow", "&Plan (JSON)..."),
        QT_TRANSLATE_NOOP("MainWindow", "Merge a plan document (JSON) into this operation"),
        "import",
        None,
        "edits.import_plan",
    ),
    A(
        ActionId.IMPORT_ROSTER,
        QT_TRANSLATE_NOOP("MainWindow", "&Roster (spreadsheet)..."),
        QT_TRANSLATE_NOOP("MainWindow", "Import personnel from a spreadsheet"),
        "import",
        None,
        "open_import_wizard",
        ("roster",),
    ),
    A(
        ActionId.IMPORT_POSTS,
        QT_TRANSLATE_NOOP("MainWindow", "P&osts (spreadsheet)..."),
        QT_TRANSLATE_NOOP("MainWindow", "Import posts from a spreadsheet"),
        "import",
        None,
        "open_import_wizard",
        ("posts",),
    ),
    A(
        ActionId.IMPORT_CATEGORIES,
        QT_TRANSLATE_NOOP("MainWindow", "TPS &categories (spreadsheet)..."),
        QT_TRANSLATE_NOOP("MainWindow", "Set the vulnerability category of polling stations from a list"),
        "import",
        None,
        "open_import_wizard",
        ("categories",),
    ),
    A(
        ActionId.EXPORT_PLAN,
        QT_TRANSLATE_NOOP("MainWindow", "&Plan (JSON)..."),
        QT_TRANSLATE_NOOP("MainWindow", "Write the whole operation as a plan document"),
        "export",
        None,
        "edits.export_plan",
    ),
    A(
        ActionId.EXPORT_TABLE,
        QT_TRANSLATE_NOOP("MainWindow", "&Deployment table (spreadsheet)..."),
        QT_TRANSLATE_NOOP("MainWindow", "Write the plotting per shift as an Excel workbook or CSV"),
        "export",
        None,
        "export_table",
    ),
    A(
        ActionId.EXPORT_SECTOR,
        QT_TRANSLATE_NOOP("MainWindow", "&Sector Plan (Polsek)..."),
        QT_TRANSLATE_NOOP("MainWindow", "Write the posts of chosen Polsek as a sector file they plan and send back"),
        "export",
        None,
        "sector_plans.export_sector",
    ),
    A(
        ActionId.MERGE_SECTOR,
        QT_TRANSLATE_NOOP("MainWindow", "&Merge Sector Plan..."),
        QT_TRANSLATE_NOOP("MainWindow", "Merge a sector file sent back by a Polsek: preview, conflicts, one undo step"),
        "import",
        None,
        "sector_plans.merge_sector",
    ),
    A(
        ActionId.PRINT,
        QT_TRANSLATE_NOOP("MainWindow", "&Print..."),
        QT_TRANSLATE_NOOP("MainWindow", "Print or export the plan documents as PDF"),
        "print",
        S.Print,
        "open_print_dialog",
    ),
    A(
        ActionId.CLOSE,
        QT_TRANSLATE_NOOP("MainWindow", "&Close"),
        QT_TRANSLATE_NOOP("MainWindow", "Close this operation"),
        "close",
        S.Close,
        "files.file_close",
    ),
    A(
        ActionId.QUIT,
        QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
        QT_TRANSLATE_NOOP("MainWindow", "Quit Renpam"),
        "quit",
        S.Quit,
        "close",
        role=QAction.MenuRole.QuitRole,
    ),
    A(ActionId.UNDO, "", "", "undo", S.Undo, kind=UNDO),
    A(ActionId.REDO, "", "", "redo", (S.Redo, "Ctrl+Y", "Ctrl+Shift+Z"), kind=REDO),
    A(
        ActionId.DELETE,
        QT_TRANSLATE_NOOP("MainWindow", "&Delete"),
        QT_TRANSLATE_NOOP("MainWindow", "Delete what is selected: people, posts, shifts or units"),
        "delete",
        S.Delete,
        "edits.delete_selection",
    ),
    A(
        ActionId.FIND,
        QT_TRANSLATE_NOOP("MainWindow", "&Find Person"),
        QT_TRANSLATE_NOOP("MainWindow", "Search the roster by name or NRP"),
        "find",
        S.Find,
        "selection.focus_find",
    ),
    A(
        ActionId.ADD_PERSON,
        QT_TRANSLATE_NOOP("MainWindow", "Add &Person..."),
        QT_TRANSLATE_NOOP("MainWindow", "Add a person to the roster"),
        "add-person",
        "Ctrl+Shift+N",
        "edits.add_person",
    ),
    A(
        ActionId.EDIT_PERSON,
        QT_TRANSLATE_NOOP("MainWindow", "&Edit Person..."),
        QT_TRANSLATE_NOOP("MainWindow", "Edit the selected person"),
        None,
        None,
        "edits.edit_person",
    ),
    A(
        ActionId.ASSIGN,
        QT_TRANSLATE_NOOP("MainWindow", "&Assign to Post..."),
        QT_TRANSLATE_NOOP("MainWindow", "Assign the selected people to a post in this shift"),
        "assign",
        "Ctrl+Return",
        "edits.assign_to_post",
    ),
    A(
        ActionId.AUTO_ASSIGN,
        QT_TRANSLATE_NOOP("MainWindow", "A&uto-assign..."),
        QT_TRANSLATE_NOOP("MainWindow", "Let Renpam propose a plotting for this shift"),
        "auto-assign",
        None,
        "open_auto_assign",
    ),
    A(
        ActionId.DUTY_SETTINGS,
        QT_TRANSLATE_NOOP("MainWindow", "&Duty and Reserve..."),
        QT_TRANSLATE_NOOP(
            "MainWindow", "How duty hours are judged (a vote's TPS duty is one duty) and the reserve share"
        ),
        None,
        None,
        "open_duty_settings",
    ),
    A(
        ActionId.SETTINGS,
        QT_TRANSLATE_NOOP("MainWindow", "Se&ttings..."),
        QT_TRANSLATE_NOOP("MainWindow", "Language and preferences"),
        "settings",
        S.Preferences,
        "open_settings",
        role=QAction.MenuRole.PreferencesRole,
    ),
    A(
        ActionId.ADD_POST,
        QT_TRANSLATE_NOOP("MainWindow", "Add P&ost..."),
        QT_TRANSLATE_NOOP("MainWindow", "Add a post in the middle of the plan"),
        "add-post",
        "Ctrl+Shift+P",
        "edits.add_post_at",
        (0.5, 0.5),
    ),
    A(
        ActionId.EDIT_POST,
        QT_TRANSLATE_NOOP("MainWindow", "&Edit Post..."),
        QT_TRANSLATE_NOOP("MainWindow", "Edit the selected post"),
        None,
        None,
        "edits.edit_selected_post",
    ),
    A(
        ActionId.LOAD_IMAGE,
        QT_TRANSLATE_NOOP("MainWindow", "&Load Site Plan Image..."),
        QT_TRANSLATE_NOOP("MainWindow", "Use a PNG or JPEG drawing as the site plan"),
        "site-plan",
        None,
        "edits.load_site_image",
    ),
    A(
        ActionId.CLEAR_IMAGE,
        QT_TRANSLATE_NOOP("MainWindow", "Use &Blank Grid"),
        QT_TRANSLATE_NOOP("MainWindow", "Remove the site plan image"),
        None,
        None,
        "edits.clear_site_image",
    ),
    A(
        ActionId.SITE_PLAN_DETAILS,
        QT_TRANSLATE_NOOP("MainWindow", "Site Plan &Title and Scale..."),
        QT_TRANSLATE_NOOP("MainWindow", "The title and scale note printed with the site plan"),
        None,
        None,
        "edits.edit_site_plan_details",
    ),
    A(
        ActionId.DRAW_RING_I,
        QT_TRANSLATE_NOOP("MainWindow", "Draw Ring &I Outline"),
        RING_TIP,
        "ring",
        None,
        "plan_view.start_ring",
        ("I",),
    ),
    A(
        ActionId.DRAW_RING_II,
        QT_TRANSLATE_NOOP("MainWindow", "Draw Ring I&I Outline"),
        RING_TIP,
        "ring",
        None,
        "plan_view.start_ring",
        ("II",),
    ),
    A(
        ActionId.DRAW_RING_III,
        QT_TRANSLATE_NOOP("MainWindow", "Draw Ring II&I Outline"),
        RING_TIP,
        "ring",
        None,
        "plan_view.start_ring",
        ("III",),
    ),
    A(
        ActionId.ZOOM_IN,
        QT_TRANSLATE_NOOP("MainWindow", "Zoom &In"),
        QT_TRANSLATE_NOOP("MainWindow", "Zoom into the site plan"),
        "zoom-in",
        S.ZoomIn,
        "plan_view.zoom",
        (1.25,),
    ),
    A(
        ActionId.ZOOM_OUT,
        QT_TRANSLATE_NOOP("MainWindow", "Zoom &Out"),
        QT_TRANSLATE_NOOP("MainWindow", "Zoom out of the site plan"),
        "zoom-out",
        S.ZoomOut,
        "plan_view.zoom",
        (0.8,),
    ),
    A(
        ActionId.ZOOM_FIT,
        QT_TRANSLATE_NOOP("MainWindow", "&Fit Plan"),
        QT_TRANSLATE_NOOP("MainWindow", "Show the whole site plan"),
        "zoom-fit",
        "Ctrl+0",
        "plan_view.fit",
    ),
    A(ActionId.VIEW_ROSTER, "", "", None, "Ctrl+1", "roster_dock", kind=DOCK),
    A(ActionId.VIEW_POSTS, "", "", None, "Ctrl+2", "posts_dock", kind=DOCK),
    A(ActionId.VIEW_PROBLEMS, "", "", "problems", "Ctrl+3", "problems_dock", kind=DOCK),
    A(ActionId.VIEW_HISTORY, "", "", "history", "Ctrl+4", "history_dock", kind=DOCK),
    A(ActionId.VIEW_CANDIDATES, "", "", None, "Ctrl+5", "candidates_dock", kind=DOCK),
    A(ActionId.VIEW_CHANGES, "", "", None, "Ctrl+6", "changes_dock", kind=DOCK),
    A(ActionId.VIEW_SECTORS, "", "", None, "Ctrl+7", "sectors_dock", kind=DOCK),
    A(
        ActionId.ROLL_CALL,
        QT_TRANSLATE_NOOP("MainWindow", "&Roll Call (Apel)..."),
        QT_TRANSLATE_NOOP("MainWindow", "Mark who is absent at the roll call and fill their places"),
        None,
        None,
        "open_apel_view",
    ),
    A(
        ActionId.QUICK_START,
        QT_TRANSLATE_NOOP("MainWindow", "&Quick Start"),
        QT_TRANSLATE_NOOP("MainWindow", "What to do first, with the demo"),
        None,
        S.HelpContents,
        "show_help",
        (0,),
    ),
    A(
        ActionId.SHORTCUTS,
        QT_TRANSLATE_NOOP("MainWindow", "&Keyboard Shortcuts"),
        QT_TRANSLATE_NOOP("MainWindow", "Every shortcut of the window"),
        None,
        "Ctrl+F1",
        "show_help",
        (1,),
    ),
    A(
        ActionId.MANUAL,
        QT_TRANSLATE_NOOP("MainWindow", "&Manual"),
        QT_TRANSLATE_NOOP("MainWindow", "The sections of the manual (README)"),
        None,
        None,
        "show_help",
        (2,),
    ),
    A(ActionId.ABOUT, QT_TRANSLATE_NOOP("MainWindow", "&About Renpam"), "", None, None, "about"),
)
del A


def _sequences(shortcut: Shortcut) -> list[QKeySequence]:
    """The key sequences of a table entry: a standard key gives every binding of the platform
    (only its first when more follow); duplicates are dropped (Redo is Ctrl+Y on Windows)."""
    items = shortcut if isinstance(shortcut, tuple) else (shortcut,)
    seqs: list[QKeySequence] = []
    for item in items:
        if item is None:
            continue
        if isinstance(item, S):
            seqs.extend(QKeySequence.keyBindings(item) if len(items) == 1 else [QKeySequence(item)])
        else:
            seqs.append(QKeySequence(item))
    unique: list[QKeySequence] = []
    for seq in seqs:
        if not seq.isEmpty() and seq not in unique:
            unique.append(seq)
    return unique


class ActionRegistry(QObject):
    """The window's QActions, made from `ACTIONS`; `registry[ActionId.SAVE]` or `registry["save"]`."""

    def __init__(self, window, undo_stack) -> None:
        super().__init__(window)
        self.window = window
        self.undo_stack = undo_stack
        self._actions: dict[ActionId, QAction] = {}
        self.specs = {spec.id: spec for spec in ACTIONS}

    def create(self) -> None:
        """Make every action of the table (once); texts come with `retranslate()`."""
        for spec in ACTIONS:
            action = self._make(spec)
            action.setObjectName(spec.id.value)
            if spec.icon:
                action.setIcon(icons.icon(spec.icon))
            shortcuts = _sequences(spec.shortcut)
            if shortcuts:
                action.setShortcuts(shortcuts)
            if spec.role is not None:
                action.setMenuRole(spec.role)
            self._actions[spec.id] = action

    def _make(self, spec: ActionSpec) -> QAction:
        if spec.kind == UNDO:
            return self.undo_stack.createUndoAction(self.window)
        if spec.kind == REDO:
            return self.undo_stack.createRedoAction(self.window)
        if spec.kind == DOCK:
            return operator.attrgetter(spec.handler)(self.window).toggleViewAction()
        action = QAction(self.window)
        handler, args = spec.handler, spec.args
        action.triggered.connect(lambda _checked=False: self.run(handler, args))
        return action

    def run(self, handler: str | None, args: tuple = ()) -> None:
        if handler:
            operator.attrgetter(handler)(self.window)(*args)

    def retranslate(self) -> None:
        """Set every text and tip in the current language (the only step a language switch re-runs)."""
        for spec in ACTIONS:
            if spec.kind != CALL:
                continue
            text = QCoreApplication.translate(CONTEXT, spec.text)
            tip = QCoreApplication.translate(CONTEXT, spec.tip) if spec.tip else ""
            action = self._actions[spec.id]
            action.setText(text)
            action.setStatusTip(tip)
            action.setToolTip(text.replace("&", "").rstrip(".") + (f"\n{tip}" if tip else ""))

    def __getitem__(self, key: ActionId | str) -> QAction:
        return self._actions[ActionId(key)]

    def __contains__(self, key: object) -> bool:
        return key in self._actions

    def __iter__(self) -> Iterator[ActionId]:
        return iter(self._actions)

    def __len__(self) -> int:
        return len(self._actions)

    def set_enabled(self, ids: tuple[ActionId, ...] | list[ActionId], on: bool) -> None:
        for key in ids:
            self._actions[key].setEnabled(on)
