"""The numbers behind the dashboard and timeline charts, against the demo register."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.domain import records as r
from desktop.domain.dates import PartialDate, Precision
from desktop.domain.kinds import ActivityKind as K
from desktop.domain.kinds import ActivityStatus as S
from desktop.services import dashboard as D
from desktop.services.demo import DEMO_REFERENCE, demo_uuid, load_demo
from desktop.services.register import Register

TODAY = dt.date(2025, 11, 15)  # fixed: inside the plan's last quarter, never the wall clock


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Register:
    reg = Register.open(Path(tmp_path_factory.mktemp("dash")) / "demo.sqlite")
    load_demo(reg)
    yield reg  # type: ignore[misc]
    reg.close()


@pytest.fixture(scope="module")
def board(demo: Register) -> D.Dashboard:
    return D.dashboard(demo, DEMO_REFERENCE, TODAY)


def test_progress_time_against_done(board: D.Dashboard) -> None:
    p = board.progress
    assert (p.start, p.end) == (dt.date(2022, 1, 1), dt.date(2025, 12, 31))
    assert (p.total_days, p.elapsed_days) == (1461, 1414)
    assert p.time_fraction == pytest.approx(1414 / 1461)
    assert (p.total, p.completed) == (32, 21)
    assert p.done_fraction == pytest.approx(21 / 32)


@pytest.mark.parametrize(("today", "elapsed"), [
    (dt.date(2021, 6, 1), 0), (dt.date(2022, 1, 1), 0), (dt.date(2024, 1, 1), 730),
    (dt.date(2025, 12, 31), 1460), (dt.date(2026, 1, 1), 1461), (dt.date(2030, 1, 1), 1461),
])
def test_time_elapsed_is_clamped_to_the_period(board: D.Dashboard, today: dt.date, elapsed: int) -> None:
    assert D.progress(board.agreement, [], today).elapsed_days == elapsed


def test_progress_without_a_period() -> None:
    p = D.progress(r.Agreement(period_start=PartialDate(2022)), [], TODAY)
    assert p.time_fraction is None and p.done_fraction == 0.0


def test_by_status_and_kind(board: D.Dashboard) -> None:
    assert board.by_status == {S.PLANNED: 4, S.ONGOING: 2, S.COMPLETED: 21, S.POSTPONED: 2, S.CANCELLED: 3}
    assert board.by_kind == {
        K.WORKSHOP: 6, K.LECTURE: 5, K.JOINT_FIELD_VISIT: 5, K.CAPACITY_BUILDING: 5,
        K.INFORMATION_EXCHANGE: 4, K.MEETING: 5, K.OTHER: 2,
    }


def test_per_quarter(board: D.Dashboard) -> None:
    got = [(q.year, q.quarter, q.total) for q in board.quarters]
    totals = [0, 2, 1, 3, 2, 3, 2, 3, 2, 1, 2, 2, 3, 2, 0, 3, 1]
    expected = [(2022 + i // 4, i % 4 + 1, n) for i, n in enumerate(totals)]
    assert got == expected  # 2022-Q1 (empty, in the period) .. 2026-Q1 (the closing meeting)
    assert sum(totals) == 32 and board.undated_quarter == 0
    q4_2025 = board.quarters[15]
    assert q4_2025.by_status == {S.PLANNED: 3}
    assert q4_2025.first_day == dt.date(2025, 10, 1)
    q4_2023 = board.quarters[7]
    assert q4_2023.by_status == {S.COMPLETED: 1, S.CANCELLED: 2}


def test_quarter_of_a_year_only_start_is_unknown(board: D.Dashboard) -> None:
    acts = [r.Activity(start=PartialDate(2023)), r.Activity(start=PartialDate(2023, 8))]
    quarters, undated = D.quarters(board.agreement, acts)
    assert undated == 1
    assert [(q.year, q.quarter) for q in quarters if q.total] == [(2023, 3)]


@pytest.mark.parametrize(("today", "keys"), [
    (dt.date(2025, 10, 31), []),                        # 2025-10 may still be today
    (TODAY, ["29"]),                                    # November: October is past
    (dt.date(2026, 1, 31), ["29", "30", "31"]),         # 2026-01 not over yet
    (dt.date(2026, 2, 1), ["29", "30", "31", "32"]),
])
def test_overdue_planned_activities(demo: Register, today: dt.date, keys: list[str]) -> None:
    board = D.dashboard(demo, DEMO_REFERENCE, today)
    assert [a.uuid for a in board.overdue] == [demo_uuid(f"activity/{k}") for k in keys]


def test_overdue_precision_rules() -> None:
    def planned(text: str, status: S = S.PLANNED) -> r.Activity:
        return r.Activity(start=PartialDate.parse(text), status=status)

    assert D.is_overdue(planned("2025"), dt.date(2026, 1, 1))
    assert not D.is_overdue(planned("2025"), dt.date(2025, 12, 31))
    assert D.is_overdue(planned("2025-03-04"), dt.date(2025, 3, 5))
    assert not D.is_overdue(planned("2025-03-04"), dt.date(2025, 3, 4))
    assert not D.is_overdue(planned("2020", S.POSTPONED), dt.date(2026, 1, 1))
    assert not D.is_overdue(r.Activity(start=None), dt.date(2026, 1, 1))


def test_per_party(board: D.Dashboard) -> None:
    got = [(t.label("en"), t.activities, t.participants) for t in board.per_party]
    assert got == [("UNHCR", 15, 323), ("OIC", 17, 485)]
    assert [t.key for t in board.per_party] == [demo_uuid("organization/unhcr"), demo_uuid("organization/oic")]


def test_per_country(board: D.Dashboard) -> None:
    got = [(t.label("en"), t.activities) for t in board.per_country]
    assert got[:2] == [("Saudi Arabia", 7), ("", 4)]  # "" = no country (online)
    assert sum(n for _, n in got) == 32 and len(got) == 17
    twos = [name for name, n in got if n == 2]
    assert twos == ["Bangladesh", "Egypt", "Jordan", "Qatar", "Senegal", "Türkiye"]
    saudi = board.per_country[0]
    assert (saudi.label("ar"), saudi.participants) == ("المملكة العربية السعودية", 318)


def test_default_agreement_is_the_current_plan(demo: Register) -> None:
    chosen = D.default_agreement(demo.agreements())
    assert chosen is not None and chosen.reference == DEMO_REFERENCE
    assert D.default_agreement([]) is None


def test_timeline(demo: Register) -> None:
    tl = D.timeline(demo, DEMO_REFERENCE)
    previous, plan = tl.agreements
    assert (plan.reference, plan.first, plan.last, plan.uncertain) == (
        DEMO_REFERENCE, dt.date(2022, 1, 1), dt.date(2025, 12, 31), False)
    # The earlier plans have no recorded period: placed from the 2014-11 decision linked to
    # them up to the day before their successor starts, and marked uncertain.
    assert (previous.first, previous.last, previous.uncertain) == (dt.date(2014, 11, 1), dt.date(2021, 12, 31), True)
    assert tl.links == [(previous.uuid, plan.uuid)]
    spans = [(m.label, m.first, m.last, m.precision) for m in tl.milestones]
    assert spans == [
        ("1988", dt.date(1988, 1, 1), dt.date(1988, 12, 31), Precision.YEAR),
        ("2012", dt.date(2012, 1, 1), dt.date(2012, 12, 31), Precision.YEAR),
        ("2014-11", dt.date(2014, 11, 1), dt.date(2014, 11, 30), Precision.MONTH),
    ]
    assert len(tl.activities) == 32 and tl.selected == plan.uuid
    workshop = next(a for a in tl.activities if a.uuid == demo_uuid("activity/02"))
    assert (workshop.first, workshop.last) == (dt.date(2022, 6, 14), dt.date(2022, 6, 16))
    exchange = next(a for a in tl.activities if a.uuid == demo_uuid("activity/13"))
    assert (exchange.first, exchange.last) == (dt.date(2023, 9, 1), dt.date(2023, 10, 31))
    assert (tl.first, tl.last) == (dt.date(1988, 1, 1), dt.date(2026, 12, 31))


def test_timeline_without_selection(demo: Register) -> None:
    tl = D.timeline(demo)
    assert tl.activities == [] and tl.selected is None and len(tl.agreements) == 2
