"""Planning help without Qt: rules that check a plan, ranked candidates, auto-assignment.

- `desktop.planning.staffing`: how many hold a post in a shift (people plus places held for a
  unit) and whether that is short, full or over: one classification for rules, auto-assignment
  and the window.
- `desktop.planning.duty`: hours in any 24 hours and rest between duties, for the rules and for
  auto-assignment and candidates; the duty model (a vote's TPS duty is one duty); `duty_cli` the
  `duty` verb.
- `desktop.planning.vote`: a vote's figures per Polsek and kecamatan (`rekap`: the pattern's
  needs, assignments, reserve and shortfall).
- `desktop.planning.rules`: every rule, `Finding`, `validate(plan)`, and `Validator` (incremental
  re-validation that follows a plan's changes).
- `desktop.planning.candidates`: ranked people for one place, each with its reasons.
- `desktop.planning.autoassign`: fill open places by min-cost flow, never breaking an error rule.
- `desktop.planning.cli`: the `auto-assign`, `candidates`, `accept`, `lock`, `placeholders` and
  `delete-unit` verbs.
"""
