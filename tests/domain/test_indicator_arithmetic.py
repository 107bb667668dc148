"""Indicator arithmetic: achieved is a level, progress the share of baseline -> target covered."""

from __future__ import annotations

import pytest

from desktop.domain.dates import PartialDate
from desktop.domain.indicators import Direction, Indicator, IndicatorEntry, achieved, format_number, manual_total, problems, progress


def test_increase_from_zero() -> None:
    staff = Indicator(name_en="Staff trained", baseline=0, target=500)
    assert achieved(staff, 340) == 340
    assert progress(staff, 340) == pytest.approx(0.68)


def test_baseline_counts_and_progress_is_bounded() -> None:
    states = Indicator(name_en="Member states reached", baseline=10, target=25)
    assert achieved(states, 6) == 16
    assert progress(states, 16) == pytest.approx(0.4)
    assert progress(states, 40) == 1.0
    assert progress(states, 5) == 0.0


def test_decrease_moves_down() -> None:
    days = Indicator(name_en="Days to register a refugee", baseline=30, target=10, direction=Direction.DECREASE)
    assert achieved(days, 5) == 25
    assert progress(days, 25) == pytest.approx(0.25)


def test_target_equal_to_baseline() -> None:
    flat = Indicator(name_en="x", baseline=3, target=3)
    assert progress(flat, 3) == 1.0
    assert progress(flat, 2) == 0.0


def test_manual_entries_within_a_period() -> None:
    funds = Indicator(name_en="Funds", entries=[
        IndicatorEntry(PartialDate(2023), 1.5), IndicatorEntry(PartialDate(2024, 3), 2.25), IndicatorEntry(None, 1),
    ])
    assert manual_total(funds) == 4.75
    assert manual_total(funds, PartialDate(2024), PartialDate(2024)) == 3.25  # 2024-03 and the undated entry
    assert manual_total(funds, None, PartialDate(2023, 12)) == 2.5


def test_problems_name_the_objective() -> None:
    bad = [Indicator(name_en=""), Indicator(name_en="x", baseline=10, target=5)]
    found = problems([(2, bad)])
    assert [p.field for p in found] == ["objectives", "objectives"]
    assert all("2" in p.message.render() for p in found)
    assert problems([(1, [Indicator(name_ar="مؤشر", baseline=10, target=5, direction=Direction.DECREASE)])]) == []


def test_numbers_as_people_write_them() -> None:
    assert format_number(340.0) == "340"
    assert format_number(3.75) == "3.75"
    assert format_number(2.5) == "2.5"
