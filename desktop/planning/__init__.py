"""Planning help without Qt: rules that check a plan, ranked candidates, auto-assignment.

- `desktop.planning.rules`: every rule, `Finding`, `validate(plan)`, and `Validator` (incremental
  re-validation that follows a plan's changes).
- `desktop.planning.candidates`: ranked people for one place, each with its reasons.
- `desktop.planning.autoassign`: fill open places by min-cost flow, never breaking an error rule.
- `desktop.planning.cli`: the `auto-assign`, `candidates`, `accept` and `placeholders` verbs.
"""
