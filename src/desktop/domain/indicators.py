"""Indicators: what an objective measures, its target, and how far a plan has come.

An indicator belongs to one objective. Its *achieved* value is a level: the baseline moved in
the indicator's direction by what was reported during the plan — by the objective's
completed activities (their participants, or the value each reported for this indicator, or
simply how many of the chosen kinds were completed) or by entries made by hand per period.
*Progress* is the share of the distance from baseline to target that was covered, 0..1.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterable
from dataclasses import dataclass, field

from desktop.domain.dates import PartialDate
from desktop.domain.errors import FieldProblem
from desktop.domain.kinds import ActivityKind
from desktop.domain.messages import Message, N_


class Direction(enum.StrEnum):
    INCREASE = "increase"
    DECREASE = "decrease"


class Method(enum.StrEnum):
    """How an indicator's achieved value is computed."""

    PARTICIPANTS = "participants"  # sum of participants of the objective's completed activities
    REPORTED = "reported"  # sum of the value each completed activity reported for it
    COUNT = "count"  # number of completed activities (of the chosen kinds, or all)
    MANUAL = "manual"  # entered by hand, per period


METHOD_LABELS_EN: dict[Method, str] = {
    Method.PARTICIPANTS: N_("Participants of completed activities"),
    Method.REPORTED: N_("Values reported by completed activities"),
    Method.COUNT: N_("Completed activities counted"),
    Method.MANUAL: N_("Entered by hand per period"),
}
METHOD_LABELS_AR: dict[Method, str] = {
    Method.PARTICIPANTS: "المشاركون في الأنشطة المنجزة",
    Method.REPORTED: "القيم التي أبلغت عنها الأنشطة المنجزة",
    Method.COUNT: "عدد الأنشطة المنجزة",
    Method.MANUAL: "تُدخل يدويًا لكل مدة",
}
DIRECTION_LABELS_EN: dict[Direction, str] = {Direction.INCREASE: N_("Increase"), Direction.DECREASE: N_("Decrease")}
DIRECTION_LABELS_AR: dict[Direction, str] = {Direction.INCREASE: "زيادة", Direction.DECREASE: "انخفاض"}


@dataclass
class IndicatorEntry:
    """A value entered by hand for one period (a year, a month or a day)."""

    period: PartialDate | None = None
    value: float = 0.0


@dataclass
class Indicator:
    uuid: str | None = None
    name_ar: str = ""
    name_en: str = ""
    unit: str = ""
    baseline: float = 0.0
    target: float = 0.0
    direction: Direction = Direction.INCREASE
    method: Method = Method.PARTICIPANTS
    kinds: list[ActivityKind] = field(default_factory=list)  # for COUNT: which kinds (none = all)
    entries: list[IndicatorEntry] = field(default_factory=list)  # for MANUAL

    def display_name(self, lang: str = "ar") -> str:
        first, second = (self.name_ar, self.name_en) if lang == "ar" else (self.name_en, self.name_ar)
        return first or second


@dataclass
class IndicatorValue:
    """What one activity reported for one indicator of its objective."""

    indicator_uuid: str = ""
    value: float = 0.0


def achieved(indicator: Indicator, reported_total: float) -> float:
    """The level reached: the baseline moved in the indicator's direction by what was reported."""
    sign = 1.0 if indicator.direction is Direction.INCREASE else -1.0
    return indicator.baseline + sign * reported_total


def progress(indicator: Indicator, level: float) -> float:
    """The share of the way from baseline to target covered by ``level``, within 0..1."""
    distance = indicator.target - indicator.baseline
    if distance == 0 or not math.isfinite(distance):
        reached = level >= indicator.target if indicator.direction is Direction.INCREASE else level <= indicator.target
        return 1.0 if reached else 0.0
    share = (level - indicator.baseline) / distance
    return min(1.0, max(0.0, share))


def manual_total(indicator: Indicator, start: PartialDate | None = None, end: PartialDate | None = None) -> float:
    """The sum of the entries made by hand whose period overlaps start..end (undated entries
    always count)."""
    total = 0.0
    for entry in indicator.entries:
        if entry.period is not None:
            if start is not None and entry.period.last_day() < start.first_day():
                continue
            if end is not None and entry.period.first_day() > end.last_day():
                continue
        total += entry.value
    return total


def format_number(value: float) -> str:
    """A number as people write it: whole numbers without decimals, others with up to two."""
    if math.isfinite(value) and value == int(value):
        return str(int(value))
    return f"{value:.2f}".rstrip("0").rstrip(".")


NAME_MAX = 2_000


def problems(objectives: Iterable[tuple[int, list[Indicator]]]) -> list[FieldProblem]:
    """What is wrong with the indicators of an agreement's objectives (numbered from 1)."""
    found: list[FieldProblem] = []
    for number, indicators in objectives:
        for indicator in indicators:
            if not (indicator.name_ar.strip() or indicator.name_en.strip()):
                found.append(_problem(N_("Objective {n}: an indicator needs a name."), n=number))
            if max(len(indicator.name_ar), len(indicator.name_en)) > NAME_MAX:
                found.append(_problem(N_("Objective {n}: an indicator's name is too long."), n=number))
            if indicator.direction is Direction.INCREASE and indicator.target < indicator.baseline:
                found.append(_problem(N_("Objective {n}: the target of an increasing indicator is below its baseline."), n=number))
            if indicator.direction is Direction.DECREASE and indicator.target > indicator.baseline:
                found.append(_problem(N_("Objective {n}: the target of a decreasing indicator is above its baseline."), n=number))
    return found


def _problem(text: str, **params: object) -> FieldProblem:
    return FieldProblem("objectives", Message(text, params))  # shown under the objectives table


