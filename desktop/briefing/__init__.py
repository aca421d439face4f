"""Printed documents of an operation (ReportLab, no Qt): briefing packet, post sheets,
assignment slips, attendance sheets and the roster by unit.

    generate(plan, "out.pdf", BriefingOptions(documents=("packet",), lang="id"), progress)

`content.py` turns the plan into plain data per part (with its revision stamp), `render.py`
lays the parts out, `layout.py` holds page furniture, fonts and custom flowables, and
`strings.py` the Indonesian/English words.
"""

from desktop.briefing.content import DOCUMENTS, BriefingOptions, Cancelled, stamp_of
from desktop.briefing.render import GenerationResult, generate

__all__ = ["DOCUMENTS", "BriefingOptions", "Cancelled", "GenerationResult", "generate", "stamp_of"]
