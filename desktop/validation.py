"""Planning problems a planner sees and fixes: the public entry to the planning rules.

The rules themselves live in `desktop.planning.rules` (each a named rule with a severity, a
message in Indonesian and English, and the post/person/shift it concerns). The command line's
`validate` and the GUI's problems pane both use `validate(plan)`; the GUI keeps a `Validator`
that re-checks only what an edit touched.
"""

from __future__ import annotations

from desktop.planning.rules import (
    ERROR,
    RULE_NAMES,
    WARNING,
    Finding,
    Validator,
    has_errors,
    open_findings,
    validate,
)

RULES = RULE_NAMES  # rule name -> (Indonesian title, English title)

__all__ = ["ERROR", "RULES", "WARNING", "Finding", "Validator", "has_errors", "open_findings", "validate"]
