"""The base of the window's parts (file controller, workspace edits): what they read off the window.

A part is a QObject owned by the main window; it reaches the open document, the prompts, the map
and the status bar through the window, under the names the window uses, so its methods read as if
they were the window's own (they were, before the window became an assembly of parts).
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.storage.document import OperationDocument


class WindowPart(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    @property
    def ws(self):
        return self.window.ws

    @property
    def prompts(self):
        return self.window.prompts

    @property
    def document(self) -> OperationDocument:
        return self.window.ws.document

    @property
    def plan(self):
        return self.window.ws.plan

    @property
    def language(self) -> str:
        return self.window.language

    @property
    def plan_view(self):
        return self.window.plan_view

    def statusBar(self):
        return self.window.statusBar()
