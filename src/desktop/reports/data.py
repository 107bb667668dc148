"""What a signed-plan summary prints, read from the register in one place.

Both the PDF builder and the fingerprint read through here, so the fingerprint covers
exactly the records the summary shows. Activities are paged (never all in one list).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from desktop.domain import records as r
from desktop.domain.errors import SijillError
from desktop.domain.kinds import ActivityKind, ActivityStatus
from desktop.services.activities import ActivityFilter
from desktop.services.indicators import Progress
from desktop.services.register import Register

PAGE = 1000
#: a plan with at most this many activities is read once (``gather(read_activities=True)``)
#: and the list shared by the fingerprint and the layout; a larger one is streamed page by
#: page, twice
SHARED = 5000


@dataclass
class PlanData:
    agreement: r.Agreement
    parties: list[r.Organization]
    predecessor: r.Agreement | None
    people: dict[str, r.Person]
    milestones: list[r.Milestone]
    activity_count: int
    by_status: dict[ActivityStatus, int] = field(default_factory=dict)
    by_kind: dict[ActivityKind, int] = field(default_factory=dict)
    #: all the plan's activities when read once for both fingerprint and layout, else None
    activities: list[r.Activity] | None = None
    #: the indicators of the plan's objectives with what each has achieved
    indicators: list[Progress] = field(default_factory=list)
    #: the files kept with the agreement (reports/attachments.py lists them)
    attachments: list[r.Attachment] = field(default_factory=list)

    @property
    def objective_numbers(self) -> dict[str, int]:
        return {o.uuid: n for n, o in enumerate(self.agreement.objectives, 1) if o.uuid}


def gather(register: Register, key: str, *, read_activities: bool = False) -> PlanData:
    """The agreement (by reference or UUID) and everything around it except activities.

    With ``read_activities``, a plan of at most ``SHARED`` activities also has them in
    ``activities`` (read once, counted by status and kind from the list); a larger plan is
    left to :func:`iter_activities`, page by page."""
    agreement = register.agreement(key)
    assert agreement.uuid is not None
    parties = [register.organization(uuid) for uuid in agreement.parties]
    predecessor = None
    if agreement.predecessor_uuid:
        try:
            predecessor = register.agreement(agreement.predecessor_uuid)
        except SijillError:
            predecessor = None
    people: dict[str, r.Person] = {}
    for signatory in agreement.signatories:
        if signatory.person is not None:
            people[signatory.person_uuid] = signatory.person
    for statement in agreement.statements:
        if statement.person_uuid and statement.person_uuid not in people:
            people[statement.person_uuid] = register.person(statement.person_uuid)
    flt = ActivityFilter(agreement=agreement.uuid)
    data = PlanData(
        agreement=agreement,
        parties=parties,
        predecessor=predecessor,
        people=people,
        milestones=history(register, agreement),
        activity_count=register.count_activities(flt),
        indicators=register.indicator_progress(agreement.uuid),
        attachments=register.attachments(agreement.uuid),
    )
    if read_activities and data.activity_count <= SHARED:
        data.activities = list(iter_activities(register, agreement.uuid))
        data.activity_count = len(data.activities)
        data.by_status = dict(Counter(a.status for a in data.activities))
        data.by_kind = dict(Counter(a.kind for a in data.activities))
    else:
        data.by_status = register.activity_counts_by_status(flt)
        data.by_kind = register.activity_counts_by_kind(flt)
    return data


def history(register: Register, agreement: r.Agreement) -> list[r.Milestone]:
    """Milestones of the partnership: those of this plan, of the plans before it, and those
    tied to no plan, in date order."""
    chain = {agreement.uuid}
    current = agreement
    for _ in range(50):
        if not current.predecessor_uuid or current.predecessor_uuid in chain:
            break
        chain.add(current.predecessor_uuid)
        try:
            current = register.agreement(current.predecessor_uuid)
        except SijillError:
            break
    return [m for m in register.milestones() if m.agreement_uuid is None or m.agreement_uuid in chain]


def iter_activities(register: Register, agreement_uuid: str, page: int = PAGE) -> Iterator[r.Activity]:
    """The plan's activities by start date, read page by page."""
    return register.all_activities(ActivityFilter(agreement=agreement_uuid), page=page)

