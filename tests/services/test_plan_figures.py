"""The Dashboard is aggregated by the database (issue 17): the same figures as computed from
every activity of the plan, read with a fixed number of statements and no full read of the plan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event

from desktop.domain.changeset import ChangeSet, RecordKind
from desktop.domain.kinds import ActivityStatus
from desktop.services import dashboard as D
from desktop.services.generator import generate
from desktop.services.register import Register

TODAY = dt.date(2025, 11, 15)


@contextmanager
def statements(register: Register) -> Iterator[list[str]]:
    seen: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        seen.append(statement)

    event.listen(register.database.engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(register.database.engine, "before_cursor_execute", count)


def test_dashboard_figures_are_aggregated_by_the_database(register: Register) -> None:
    generate(register, 1200, agreements=3)
    plan = max(register.agreements(), key=lambda a: register.count_activities(D.ActivityFilter(agreement=a.uuid)))
    assert plan.uuid is not None
    with statements(register) as seen:
        board = D.dashboard(register, plan.uuid, TODAY)
    listed = [s for s in seen if "activity.title_ar" in s]
    assert all("LIMIT" in s for s in listed)  # only the first overdue activities are read
    assert any("GROUP BY" in s and "count(" in s for s in seen)
    every = D.plan_activities(register, plan.uuid)  # the figures as computed from every activity
    assert board.progress == D.progress(board.agreement, every, TODAY)
    assert (board.quarters, board.undated_quarter) == D.quarters(board.agreement, every)
    assert board.per_country == D.per_country(every)
    assert board.per_party == D.per_party(register, board.agreement, every)
    late = D.overdue(every, TODAY)
    assert board.overdue_count == len(late) and [a.uuid for a in board.overdue] == [a.uuid for a in late][:len(board.overdue)]
    assert board.by_status[ActivityStatus.COMPLETED] == sum(1 for a in every if a.status == ActivityStatus.COMPLETED)


def test_saves_and_deletes_report_what_they_changed(register: Register) -> None:
    from desktop.domain import records as r

    org = register.save_organization(r.Organization(name_en="Org", name_ar="منظمة")).record
    saved = register.save_person(r.Person(name_en="P", name_ar="ش", organization_uuid=org.uuid))
    assert saved.changes.kinds == {RecordKind.PERSON, RecordKind.CHANGE_LOG}
    assert saved.changes.ids == {saved.record.uuid}
    again = register.save_person(saved.record)
    assert not again.changes  # saved unchanged: nothing changed
    gone = register.delete_person(saved.record.uuid)
    assert isinstance(gone, ChangeSet) and gone.kinds >= {RecordKind.PERSON, RecordKind.TRASH, RecordKind.CHANGE_LOG}
    assert gone.touches_record(RecordKind.PERSON, saved.record.uuid)
