"""The exact solver of one shift: the objective of `desktop.planning.objective`, optimised as it is.

The flow (`desktop.planning.autoassign.solve_problem`) gives every person one place of one kind; it
cannot see that one polwan of the right rank meets a post's skill and its danpos rank at once, so
it can miss the best plan when one person could meet two needs (issue 15's two-post example). This
solver states the shift as an integer programme over "how many people of class c go to post p"
(people of one class are interchangeable, `objective.PersonClass`), with each component of the
objective as the rules count it: empty posts and TPS clusters without police (the errors a
shift's additions can make or mend), required places, skills per post, pattern police and Linmas
per TPS cluster, the danpos's rank (the senior Polri of the new and unlocked people, one per TPS
cluster, as `autoassign._choose_danpos` picks), room up to
the maximum when asked, preferences, people added. The components are weighted so that each one
outweighs everything below it (a lexicographic optimum), and OR-Tools' CP-SAT solves it with one
worker, a fixed seed and a deterministic time budget, so a dry run and the real run agree.

It returns None when the shift is larger than `max_pairs` (class, post) pairs or the optimum is
not proven within the budget; auto-assignment then keeps the flow's answer.
"""

from __future__ import annotations

from collections import defaultdict

from desktop.model import Person, Plan, Post
from desktop.planning.objective import PersonClass, Pricing, Workload, unit_here
from desktop.planning.rules import active_pattern, cluster_members, cluster_of, pattern_need
from desktop.planning.staffing import place_staff
from desktop.planning.vote import is_tps
from desktop.ranks import rank_level

MAX_WEIGHT = 2**50  # objective coefficients stay exact through the double-valued model
DETERMINISTIC_SECONDS = 1.0  # about 2 s of a laptop's time; beyond it the best answer found stands


class Additions(list[tuple[Person, str]]):
    """The solver's additions (person, post); `proven`: the optimum is proven, not only the best found."""

    proven = True


def solve_exact(
    work: Plan,
    shift: str,
    people: list[Person],
    pricing: Pricing,
    workload: Workload,
    *,
    fill_to_max: bool = False,
    max_pairs: int = 4000,
    only: list[str] | None = None,
    hint: list[tuple[Person, str]] | None = None,
) -> Additions | None:
    """The optimal additions (person, post) of `people` to the posts manned in `shift` (to the
    posts `only`, when given: a part of the shift, the rest as it stands), or None.

    `hint`: an answer to start from (the flow's). With it, when the budget ends before the optimum
    is proven, the best answer found (never worse than the hint) is returned, `proven` False."""
    # pywraplp with the CP-SAT backend: OR-Tools' cp_model module would pull in numpy and pandas
    # (left out of the frozen program); this one does not.
    from ortools.linear_solver import pywraplp

    posts = [p for p in work.posts.values() if p.manned_in(shift) and (only is None or p.code in only)]
    if not posts or not people:
        return Additions()
    members: dict[PersonClass, list[Person]] = defaultdict(list)
    for person in people:
        members[pricing.person_class(person, workload, shift)].append(person)
    classes = list(members)
    if len(classes) * len(posts) > max_pairs:
        return None
    agency_of_unit = pricing.agency_of_unit
    n_people = len(people)

    m = pywraplp.Solver.CreateSolver("CP-SAT")
    if m is None:  # an OR-Tools build without CP-SAT: the flow's answer stands
        return None
    x: dict[tuple[int, str], object] = {}
    of_class: dict[int, list] = defaultdict(list)
    of_post_agency: dict[tuple[str, str], list] = defaultdict(list)
    terms: dict[str, list] = defaultdict(list)
    bounds: dict[str, int] = defaultdict(int)
    ph_left_by_post: dict[str, dict[str, object]] = {}
    rows_of_cluster: dict[str, list[tuple[Post, list[tuple[PersonClass, object]]]]] = defaultdict(list)
    for post in posts:
        staff = place_staff(work, post.code, shift)
        n = staff.count
        ph_units: dict[str, int] = defaultdict(int)
        for ph in staff.placeholders:
            ph_units[ph.unit] += 1
        cap = n + n_people if post.max_staff is None else max(post.max_staff, n)
        group = pricing.group(post, unit_here=unit_here(work, post.code, shift))
        row: list[tuple[PersonClass, object]] = []
        for i, c in enumerate(classes):
            ub = min(len(members[c]), cap - n + ph_units.get(c.unit, 0))
            if ub <= 0:
                continue
            v = m.IntVar(0, ub, "")
            x[(i, post.code)] = v
            of_class[i].append(v)
            of_post_agency[(post.code, c.agency)].append(v)
            row.append((c, v))
            pref = pricing.preference(c, group)
            if pref:
                terms["preference"].append(pref * v)
                bounds["preference"] += pref * ub
            terms["added"].append(v)
        total = m.Sum([v for _c, v in row])
        # Places held for a unit go to people of that unit first (as auto-assignment fills them):
        # r = min(people of the unit added, places held), exactly.
        taken = []
        ph_left: dict[str, object] = {}
        for unit, held in ph_units.items():
            of_unit = [v for c, v in row if c.unit == unit]
            if not of_unit:
                ph_left[unit] = held
                continue
            big = held + n_people
            r = m.IntVar(0, held, "")
            z = m.BoolVar("")
            s = m.Sum(of_unit)
            m.Add(r <= s)
            m.Add(r >= s - big * z)
            m.Add(r >= held - big * (1 - z))
            taken.append(r)
            ph_left[unit] = held - r
        ph_left_by_post[post.code] = ph_left
        count = n + total - m.Sum(taken)
        m.Add(count <= cap)
        # 1. errors: a post nobody holds
        if n == 0 and post.min_staff > 0:
            e = m.BoolVar("")
            m.Add(total + e >= 1)
            terms["errors"].append(e)
            bounds["errors"] += 1
        # 2. required places, and places held for a unit nobody of it took
        if post.min_staff > n - len(staff.placeholders):
            u = m.IntVar(0, post.min_staff, "")
            m.Add(u >= post.min_staff - count)
            terms["unfilled"].append(u)
            bounds["unfilled"] += post.min_staff
        for unit, held in ph_units.items():
            terms["unfilled"].append(ph_left[unit])
            bounds["unfilled"] += held
        # 3. required skills
        for skill, need in post.required_skills.items():
            have = sum(1 for a in staff.people if skill in work.personnel[a.person].skills)
            if have >= need:
                continue
            short = m.IntVar(0, need - have, "")
            m.Add(short >= need - have - m.Sum([v for c, v in row if skill in c.skills]))
            terms["unmet"].append(short)
            bounds["unmet"] += need - have
        # 4. the danpos's rank (the senior Polri of the new and unlocked people becomes danpos;
        # at a polling station, one per TPS cluster: below)
        min_level = rank_level(post.commander_min_rank)
        if is_tps(post):
            rows_of_cluster[cluster_of(post)].append((post, row))
        elif min_level and not staff.has_danpos and row:
            pool = [work.personnel[a.person] for a in staff.people if not a.locked]
            good = [v for c, v in row if c.agency == "POLRI" and c.level >= min_level]
            if not any(agency_of_unit.get(p.unit or "") == "POLRI" and rank_level(p.rank) >= min_level for p in pool):
                # A danpos is chosen only where someone is added: then it is bad unless a good one came.
                any_good = m.BoolVar("")
                m.Add(m.Sum(good) >= any_good)
                any_new = m.BoolVar("")
                m.Add(total <= n_people * any_new)
                bad = m.BoolVar("")
                m.Add(bad >= any_new - any_good)
                terms["danpos_rank"].append(bad)
                bounds["danpos_rank"] += 1
        # 5. room up to the maximum, when asked
        if fill_to_max and post.max_staff is not None and n < post.max_staff:
            terms["room_left"].append(post.max_staff - count)
            bounds["room_left"] += post.max_staff - n

    # 1. errors: a TPS cluster without police (`tps_without_police`), and 4. its danpos's rank: in
    # a cluster someone is added to and nobody commands, the senior police officer who meets his
    # post's rank becomes danpos, else the senior of them (`autoassign._choose_danpos`).
    if rows_of_cluster:
        tps_of: dict[str, list[Post]] = defaultdict(list)
        for p in work.posts.values():
            if is_tps(p) and p.manned_in(shift):
                tps_of[cluster_of(p)].append(p)
        for cluster, entries in rows_of_cluster.items():
            manned = tps_of[cluster]
            police_vars = [v for p, row in entries for c, v in row if c.agency == "POLRI"]
            fixed = [(work.personnel[a.person], a, p) for p in manned for a in work.assignments_at(p.code, shift)]
            holders = [ph for p in manned for ph in work.placeholders_at(p.code, shift)]
            if not any(
                agency_of_unit.get(person.unit or "", "OTHER") == "POLRI" for person, _a, _p in fixed
            ) and not any(agency_of_unit.get(ph.unit, "OTHER") == "POLRI" for ph in holders):
                e = m.BoolVar("")
                if police_vars:
                    m.Add(m.Sum(police_vars) + e >= 1)
                else:
                    m.Add(e == 1)
                terms["errors"].append(e)
                bounds["errors"] += 1
            if any(a.role == "danpos" for _person, a, _p in fixed) or any(ph.role == "danpos" for ph in holders):
                continue
            if not any(rank_level(p.commander_min_rank) for p in manned):
                continue  # no rank asked: any police danpos will do
            officers = [
                (person, p)
                for person, a, p in fixed
                if not a.locked and agency_of_unit.get(person.unit or "", "OTHER") == "POLRI"
            ]
            if any(rank_level(person.rank) >= rank_level(p.commander_min_rank) for person, p in officers):
                continue  # a police officer of his post's rank is there already
            new = [v for _p, row in entries for _c, v in row]
            if not new or not (officers or police_vars):
                continue
            good = [
                v
                for p, row in entries
                for c, v in row
                if c.agency == "POLRI" and c.level >= rank_level(p.commander_min_rank)
            ]
            any_good = m.BoolVar("")
            if good:
                m.Add(m.Sum(good) >= any_good)
            else:
                m.Add(any_good == 0)
            chosen = m.BoolVar("")  # a police officer becomes danpos
            m.Add(m.Sum(new if officers else police_vars) <= n_people * chosen)
            bad = m.BoolVar("")
            m.Add(bad >= chosen - any_good)
            terms["danpos_rank"].append(bad)
            bounds["danpos_rank"] += 1

    for i, c in enumerate(classes):  # each person at one post at most
        if of_class[i]:
            m.Add(m.Sum(of_class[i]) <= len(members[c]))

    # 3. police and Linmas of each TPS cluster against the staffing pattern
    pattern = active_pattern(work)
    if pattern is not None and only is not None:
        return None  # a cluster's needs span posts outside the part
    if pattern is not None:
        for cluster_posts in cluster_members(work, pattern).values():
            manned = [p for p in cluster_posts if p.manned_in(shift)]
            if not manned:
                continue
            police_need, linmas_need, _n = pattern_need(pattern, manned)
            for agency, need in (("POLRI", police_need), ("LINMAS", linmas_need)):
                if need <= 0:
                    continue
                have_fixed = 0
                have_vars: list = []
                for post in manned:
                    for a in work.assignments_at(post.code, shift):
                        have_fixed += agency_of_unit.get(work.personnel[a.person].unit or "", "OTHER") == agency
                    for unit, left in ph_left_by_post.get(post.code, {}).items():
                        if agency_of_unit.get(unit, "OTHER") == agency:
                            have_vars.append(left)
                    have_vars += of_post_agency.get((post.code, agency), [])
                if have_fixed >= need:
                    continue
                short = m.IntVar(0, need, "")
                m.Add(short >= need - have_fixed - m.Sum(have_vars))
                terms["unmet"].append(short)
                bounds["unmet"] += need

    bounds["added"] = n_people
    weights: dict[str, int] = {}
    reach = 0
    for name in ("added", "preference", "room_left", "danpos_rank", "unmet", "unfilled", "errors"):
        weights[name] = reach + 1
        reach += weights[name] * bounds[name]
    if reach >= MAX_WEIGHT:
        return None
    m.Minimize(m.Sum([weights[name] * m.Sum(terms[name]) for name in weights if terms[name]]))
    if hint:
        index = {c: i for i, c in enumerate(classes)}
        start: dict[tuple[int, str], int] = defaultdict(int)
        for person, code in hint:
            start[(index[pricing.person_class(person, workload, shift)], code)] += 1
        keys = list(x)
        m.SetHint([x[k] for k in keys], [float(start.get(k, 0)) for k in keys])
    m.SetSolverSpecificParametersAsString(f"num_workers:1 random_seed:0 max_deterministic_time:{DETERMINISTIC_SECONDS}")
    status = m.Solve()
    if status != pywraplp.Solver.OPTIMAL and not (hint and status == pywraplp.Solver.FEASIBLE):
        return None
    out = Additions()
    out.proven = status == pywraplp.Solver.OPTIMAL
    used = dict.fromkeys(range(len(classes)), 0)
    for post in posts:
        for i, c in enumerate(classes):
            v = x.get((i, post.code))
            k = round(v.solution_value()) if v is not None else 0  # type: ignore[attr-defined]
            for person in members[c][used[i] : used[i] + k]:
                out.append((person, post.code))
            used[i] += k
    return out
