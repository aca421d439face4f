"""Planning problems a planner sees and fixes: findings with a rule, a severity and a subject.

Each rule is a function `rule(plan) -> Iterable[Finding]` registered in `RULES`. Messages come
in Indonesian and English. The command line's `validate` and the GUI's problems pane both use
`validate(plan)`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass

from desktop.integrity import structural_problems
from desktop.model import Plan

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    severity: str  # "error" or "warning"
    message_id: str
    message_en: str
    post: str | None = None
    person: str | None = None
    shift: str | None = None

    def message(self, lang: str = "id") -> str:
        return self.message_en if lang == "en" else self.message_id

    def to_json(self) -> dict[str, object]:
        return asdict(self)


Rule = Callable[[Plan], Iterable[Finding]]


def _person_label(plan: Plan, pid: str) -> str:
    p = plan.personnel.get(pid)
    return f"{p.rank} {p.name}".strip() if p else pid


def rule_integrity(plan: Plan) -> Iterator[Finding]:
    for problem in structural_problems(plan):
        yield Finding("integrity", ERROR, f"Data tidak konsisten: {problem}", f"Inconsistent data: {problem}")


def rule_double_booking(plan: Plan) -> Iterator[Finding]:
    """A person at two posts in the same or overlapping shifts."""
    for pid in plan.personnel:
        duties = plan.assignments_of(pid)
        if len(duties) < 2:
            continue
        for i, a in enumerate(duties):
            for b in duties[i + 1:]:
                sa, sb = plan.shifts.get(a.shift), plan.shifts.get(b.shift)
                if sa is None or sb is None or not (a.shift == b.shift or sa.overlaps(sb)):
                    continue
                who = _person_label(plan, pid)
                when = a.shift if a.shift == b.shift else f"{a.shift}/{b.shift}"
                yield Finding(
                    "double_booking", ERROR,
                    f"{who} ditugaskan di dua pos pada waktu yang sama: {a.post} dan {b.post} (shift {when}).",
                    f"{who} is assigned to two posts at the same time: {a.post} and {b.post} (shift {when}).",
                    post=b.post, person=pid, shift=b.shift,
                )


def rule_staffing(plan: Plan) -> Iterator[Finding]:
    """A manned post below its minimum or above its maximum staff, or without a danpos."""
    for post in plan.posts.values():
        for shift in plan.shifts_of_post(post):
            people = plan.assignments_at(post.code, shift.code)
            n = len(people)
            if n < post.min_staff:
                yield Finding(
                    "post_understaffed", ERROR if n == 0 else WARNING,
                    f"Pos {post.code} ({post.name}) kurang personel pada shift {shift.code}: {n} dari minimal {post.min_staff}.",
                    f"Post {post.code} ({post.name}) is short in shift {shift.code}: {n} of at least {post.min_staff}.",
                    post=post.code, shift=shift.code,
                )
            if post.max_staff is not None and n > post.max_staff:
                yield Finding(
                    "post_overstaffed", WARNING,
                    f"Pos {post.code} ({post.name}) kelebihan personel pada shift {shift.code}: {n} dari maksimal {post.max_staff}.",
                    f"Post {post.code} ({post.name}) is over its maximum in shift {shift.code}: {n} of at most {post.max_staff}.",
                    post=post.code, shift=shift.code,
                )
            if n and not any(a.role == "danpos" for a in people):
                yield Finding(
                    "missing_danpos", WARNING,
                    f"Pos {post.code} ({post.name}) belum memiliki danpos pada shift {shift.code}.",
                    f"Post {post.code} ({post.name}) has no post commander (danpos) in shift {shift.code}.",
                    post=post.code, shift=shift.code,
                )
            danpos = [a for a in people if a.role == "danpos"]
            if len(danpos) > 1:
                yield Finding(
                    "several_danpos", ERROR,
                    f"Pos {post.code} memiliki {len(danpos)} danpos pada shift {shift.code}.",
                    f"Post {post.code} has {len(danpos)} post commanders in shift {shift.code}.",
                    post=post.code, shift=shift.code,
                )
    for a in plan.assignments.values():
        post = plan.posts.get(a.post)
        if post is not None and not post.manned_in(a.shift):
            yield Finding(
                "post_not_manned", WARNING,
                f"{_person_label(plan, a.person)} ditugaskan di pos {a.post} pada shift {a.shift}, padahal pos tidak dijaga pada shift itu.",
                f"{_person_label(plan, a.person)} is assigned to post {a.post} in shift {a.shift}, when the post is not manned.",
                post=a.post, person=a.person, shift=a.shift,
            )


RULES: dict[str, Rule] = {
    "integrity": rule_integrity,
    "double_booking": rule_double_booking,
    "staffing": rule_staffing,
}


def validate(plan: Plan) -> list[Finding]:
    findings: list[Finding] = []
    for rule in RULES.values():
        findings.extend(rule(plan))
    findings.sort(key=lambda f: (f.severity != ERROR, f.rule, f.post or "", f.person or "", f.shift or ""))
    return findings


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(f.severity == ERROR for f in findings)
