"""The one time field of the window: WIB, minutes, Indonesian notation, and an honest "not set".

Qt's QDateTimeEdit cannot be empty: left alone it shows its minimum (14-09-1752), and a value
read back from it then carries Jakarta's local mean time (+07:07:12). This field keeps a sentinel
minimum that reads as "not set", hands back ``None`` for it, drops seconds, and lets the planner
type "27-11-2024 18.00" from the first key (an unset field starts from the suggested default).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
from PySide6.QtWidgets import QDateTimeEdit, QWidget

from desktop.model import DEFAULT_TZ

PLAN_ZONE = QTimeZone(b"Asia/Jakarta")  # times are shown and entered in WIB, whatever the PC's zone
# Indonesian notation: a period between hours and minutes ("18.00 WIB").
DATETIME_FORMAT = "dd-MM-yyyy HH.mm 'WIB'"
# The sentinel "not set" value: earlier than any operation, late enough that WIB is +07:00.
# What planners type between the parts of a date and a time.
SEPARATORS = "-/.: "
UNSET = QDateTime(QDate(2000, 1, 1), QTime(0, 0), PLAN_ZONE)


def tomorrow_morning() -> datetime:
    """The suggested start of a new operation: tomorrow 07.00 WIB."""
    now = datetime.now(DEFAULT_TZ)
    return (now + timedelta(days=1)).replace(hour=7, minute=0, second=0, microsecond=0)


def to_qdatetime(value: datetime | None) -> QDateTime:
    if value is None:
        return QDateTime()
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp()), PLAN_ZONE)


def from_qdatetime(value: QDateTime) -> datetime | None:
    if not value.isValid() or value <= UNSET:
        return None
    moment = datetime.fromtimestamp(value.toSecsSinceEpoch(), DEFAULT_TZ)
    return moment.replace(second=0, microsecond=0)


class PlanTimeEdit(QDateTimeEdit):
    """A date and time in WIB to the minute, or "not set" (``value()`` is then ``None``)."""

    def __init__(
        self, value: datetime | None = None, suggested: datetime | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTimeZone(PLAN_ZONE)
        self.setDisplayFormat(DATETIME_FORMAT)
        self.setCalendarPopup(True)
        self.setMinimumDateTime(UNSET)
        self._suggested = suggested
        self._advanced = False  # the last digit filled its section and Qt moved to the next
        self.retranslate()
        self.set_value(value)

    def retranslate(self) -> None:
        self.setSpecialValueText(self.tr("not set"))

    def value(self) -> datetime | None:
        return from_qdatetime(self.dateTime())

    def set_value(self, value: datetime | None) -> None:
        self.setDateTime(to_qdatetime(value) if value is not None else UNSET)

    def is_unset(self) -> bool:
        return self.dateTime() <= UNSET

    def set_suggested(self, value: datetime | None) -> None:
        """The moment an unset field starts from when the planner begins typing or stepping."""
        self._suggested = value

    def _leave_unset(self) -> None:
        start = self._suggested or tomorrow_morning()
        self.setDateTime(to_qdatetime(start))
        self.setSelectedSection(QDateTimeEdit.Section.DaySection)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if not self.is_unset():
            self.setSelectedSection(QDateTimeEdit.Section.DaySection)

    def keyPressEvent(self, event) -> None:
        text = event.text()
        if text and text in SEPARATORS and self._advanced:
            # Qt already moved on when the section was full ("27" -> month): the typed separator
            # would skip the next section, so "27-11-2024 18.00" is taken as the planner means it.
            self._advanced = False
            return
        if self.is_unset() and text and text.isdigit():
            self._leave_unset()
        before = self.currentSection()
        super().keyPressEvent(event)
        self._advanced = bool(text) and text.isdigit() and self.currentSection() != before

    def stepBy(self, steps: int) -> None:
        if self.is_unset():
            self._leave_unset()
            return
        super().stepBy(steps)
