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
- `desktop.planning.objective`: what a good auto-assignment is: the lexicographic objective
  (errors, required places, skills and pattern, danpos rank, room to maximum, preferences) and
  `evaluate`, which scores a result.
- `desktop.planning.exact`: that objective optimised exactly for one shift (an integer programme).
- `desktop.planning.autoassign`: fill open places, shift by shift, exactly where the shift is
  small enough and by min-cost flow otherwise; optionally up to each post's maximum.
- `desktop.planning.cli`: the `auto-assign`, `candidates`, `accept`, `lock`, `placeholders` and
  `delete-unit` verbs.
"""
