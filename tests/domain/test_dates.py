from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.dates import PartialDate, PartialDateError, Precision


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    year = draw(st.integers(1, 9999))
    precision = draw(st.sampled_from(list(Precision)))
    if precision is Precision.YEAR:
        return PartialDate(year)
    month = draw(st.integers(1, 12))
    if precision is Precision.MONTH:
        return PartialDate(year, month)
    day = draw(st.integers(1, 28))
    return PartialDate(year, month, day)


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("1988", PartialDate(1988), Precision.YEAR),
        ("2014-11", PartialDate(2014, 11), Precision.MONTH),
        ("2022-03-15", PartialDate(2022, 3, 15), Precision.DAY),
        (" 2022-3-5 ", PartialDate(2022, 3, 5), Precision.DAY),
        ("١٩٨٨", PartialDate(1988), Precision.YEAR),
        ("٢٠١٤-١١", PartialDate(2014, 11), Precision.MONTH),
    ],
)
def test_parse(text: str, expected: PartialDate, precision: Precision) -> None:
    value = PartialDate.parse(text)
    assert value == expected
    assert value.precision is precision


@pytest.mark.parametrize("text", ["", "88", "2014-13", "2023-02-29", "2014-11-31", "abc", "2014--11", "0000"])
def test_parse_rejects(text: str) -> None:
    with pytest.raises(PartialDateError):
        PartialDate.parse(text)


def test_never_invents_a_day() -> None:
    year = PartialDate(2022)
    assert year.isoformat() == "2022"
    assert year.as_date() is None
    assert str(PartialDate(2014, 11)) == "2014-11"
    assert PartialDate(2014, 11).last_day() == dt.date(2014, 11, 30)
    assert PartialDate(2024, 2).last_day() == dt.date(2024, 2, 29)
    assert PartialDate(2022).last_day() == dt.date(2022, 12, 31)


def test_order_less_precise_first() -> None:
    values = [PartialDate(2014, 11), PartialDate(1988), PartialDate(2014), PartialDate(2014, 1, 1), PartialDate(2012)]
    assert [str(v) for v in sorted(values)] == ["1988", "2012", "2014", "2014-01-01", "2014-11"]


def test_may_be_before_respects_precision() -> None:
    assert PartialDate(2022).may_be_before(PartialDate(2022, 1, 1))
    assert PartialDate(2022, 5).may_be_before(PartialDate(2022))
    assert not PartialDate(2023).may_be_before(PartialDate(2022, 12, 31))


@given(partial_dates())
def test_iso_round_trip(value: PartialDate) -> None:
    assert PartialDate.parse(value.isoformat()) == value


@given(partial_dates(), partial_dates())
def test_order_matches_stored_text(a: PartialDate, b: PartialDate) -> None:
    assert (a < b) == (a.isoformat() < b.isoformat())
    assert (a == b) == (a.isoformat() == b.isoformat())


@given(partial_dates())
def test_span_is_consistent(value: PartialDate) -> None:
    assert value.first_day() <= value.last_day()
    assert value.may_be_before(value)
