"""Drag-and-drop payload for people: which persons, and the post they are dragged from (if any)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from PySide6.QtCore import QMimeData

PEOPLE_MIME = "application/x-renpam-people"


@dataclass(frozen=True, slots=True)
class PeoplePayload:
    people: tuple[str, ...]
    from_post: str | None = None  # set when dragged out of a post: the drop moves them
    shift: str | None = None


def people_mime(
    people: list[str] | tuple[str, ...], from_post: str | None = None, shift: str | None = None
) -> QMimeData:
    data = QMimeData()
    body = {"people": list(people), "from_post": from_post, "shift": shift}
    data.setData(PEOPLE_MIME, json.dumps(body).encode("utf-8"))
    data.setText("\n".join(people))
    return data


def read_people(mime: QMimeData | None) -> PeoplePayload | None:
    if mime is None or not mime.hasFormat(PEOPLE_MIME):
        return None
    try:
        body = json.loads(bytes(mime.data(PEOPLE_MIME)).decode("utf-8"))
        people = tuple(str(p) for p in body.get("people", []))
    except (ValueError, AttributeError, TypeError):
        return None
    if not people:
        return None
    return PeoplePayload(people, body.get("from_post"), body.get("shift"))
