"""Two databases from the same start diverge and exchange bundles both ways: every edit is
applied or listed as a conflict, nothing is silently lost, and once the conflicts are
resolved and exchanged again both hold the same records."""

from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from desktop.domain import records as r
from desktop.domain.kinds import ActivityStatus
from desktop.services.activities import ActivityFilter
from desktop.services.register import Register
from exchange_helpers import PLAN, copy_register, records

STATUSES = list(ActivityStatus)
WORDS = st.sampled_from(["", "وصل الفريق", "report filed", "تم التأجيل", "visit done", "نشاط"])

edit = st.one_of(
    st.tuples(st.just("status"), st.integers(0, 7), st.sampled_from(STATUSES)),
    st.tuples(st.just("notes"), st.integers(0, 7), WORDS),
    st.tuples(st.just("participants"), st.integers(0, 7), st.none() | st.integers(0, 500)),
    st.tuples(st.just("delete"), st.integers(0, 7), st.none()),
    st.tuples(st.just("add"), st.integers(0, 3), WORDS),
    st.tuples(st.just("person"), st.integers(0, 1), WORDS),
    st.tuples(st.just("purpose"), st.just(0), WORDS),
    st.tuples(st.just("milestone"), st.integers(0, 2), WORDS),
)


def _apply(reg: Register, op: tuple[str, int, Any], targets: dict[str, list[str]]) -> None:
    what, index, value = op
    if what in ("status", "notes", "participants", "delete"):
        uuid = targets["activity"][index]
        try:
            act = reg.activity(uuid)
        except Exception:
            return  # deleted earlier in this sequence
        if what == "delete":
            reg.delete_activity(uuid)
        else:
            reg.save_activity(dataclasses.replace(act, **{what: value}))
    elif what == "add":
        plan = reg.agreement(PLAN)
        reg.save_activity(r.Activity(agreement_uuid=plan.uuid or "", title_en=f"added {index} {value}", title_ar="نشاط جديد"))
    elif what == "person":
        person = reg.person(targets["person"][index])
        reg.save_person(dataclasses.replace(person, position_en=person.position_en + " " + (value or "x")))
    elif what == "purpose":
        plan = reg.agreement(PLAN)
        reg.save_agreement(dataclasses.replace(plan, purpose_en=(value or "x") + " " + plan.purpose_en))
    elif what == "milestone":
        ms = reg.milestone(targets["milestone"][index])
        reg.save_milestone(dataclasses.replace(ms, description_en=ms.description_en + " " + (value or "y")))


def _changed_by(start: dict[str, dict[str, Any]], after: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """uuid -> the side's content (None when it deleted it) for each record it changed."""
    out: dict[str, Any] = {}
    for kind in start:
        for uuid in set(start[kind]) | set(after[kind]):
            if start[kind].get(uuid) != after[kind].get(uuid):
                out[uuid] = after[kind].get(uuid)
    return out


def _flat(recs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    return {u: d for kind in recs.values() for u, d in kind.items()}


def _nothing_lost(theirs: dict[str, Any], mine: dict[str, Any], reg: Register) -> None:
    """Each change made on the other side is here, or waits here as a conflict. A record
    changed on both sides without a conflict holds one side's content (the other side's
    edit was an ancestor of it: the same edit made on both sides, then taken further), or
    both sides' changes merged field by field (each changed different fields)."""
    here = _flat(records(reg))
    waiting = {c.record_uuid for c in reg.conflicts()}
    for uuid, content in theirs.items():
        if uuid in waiting:
            continue
        if uuid in mine:
            got = here.get(uuid)
            if got not in (content, mine[uuid]):
                assert got is not None and content is not None and mine[uuid] is not None, uuid
                assert all(got.get(f) in (content.get(f), mine[uuid].get(f)) for f in {**content, **got}), uuid
        else:
            assert here.get(uuid) == content, uuid


# No shrinking phase: a failing example is reported as found (shrinking takes minutes here).
@settings(max_examples=20, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate], suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(ops_a=st.lists(edit, max_size=8), ops_b=st.lists(edit, max_size=8), keep=st.lists(st.sampled_from(["mine", "theirs", "merge"]), min_size=20, max_size=20))
def test_random_divergence_converges(demo_file: Path, ops_a: list[Any], ops_b: list[Any], keep: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        a = copy_register(demo_file, folder / "a.sqlite")
        b = copy_register(demo_file, folder / "b.sqlite")
        try:
            start = records(a)
            targets = {
                "activity": [x.uuid for x in a.activities(ActivityFilter(agreement=PLAN))][:8],
                "person": [p.uuid for p in a.people()][:2],
                "milestone": [ms.uuid for ms in a.milestones()][:3],
            }
            for op in ops_a:
                _apply(a, op, targets)  # type: ignore[arg-type]
            for op in ops_b:
                _apply(b, op, targets)  # type: ignore[arg-type]
            changed_a, changed_b = _changed_by(start, records(a)), _changed_by(start, records(b))

            bundle_a = a.export_bundle(folder / "a.sijill").path
            bundle_b = b.export_bundle(folder / "b.sijill").path
            report_a = a.import_bundle(bundle_b)
            b.import_bundle(bundle_a)
            _nothing_lost(changed_b, changed_a, a)
            _nothing_lost(changed_a, changed_b, b)
            both = set(changed_a) & set(changed_b)
            differ = {u for u in both if changed_a[u] != changed_b[u]}
            assert {c.uuid for c in report_a.conflicts} <= differ

            for conflict, choice in zip(a.conflicts(), keep * 5, strict=False):
                one_side_deleted = conflict.mine is None or conflict.theirs is None
                if choice == "merge" and not one_side_deleted:
                    a.resolve_conflict(conflict.id, {f: "theirs" for f in conflict.fields[::2]})
                else:
                    a.resolve_conflict(conflict.id, keep="theirs" if choice == "merge" else choice)
            assert a.open_conflict_count() == 0
            final = b.import_bundle(a.export_bundle(folder / "a2.sijill").path)
            assert final.conflicts == []
            assert b.open_conflict_count() == 0
            assert records(a) == records(b)
            again = a.import_bundle(b.export_bundle(folder / "b2.sijill").path)
            assert (again.added, again.updated, again.deleted, again.conflicts) == (0, 0, 0, [])
        finally:
            a.close()
            b.close()
