"""Validation rules of the register. Each returns FieldProblems (errors and warnings)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator

from desktop.domain import records as r
from desktop.domain.dates import PartialDate
from desktop.domain.errors import FieldProblem, ValidationError
from desktop.domain.indicators import problems as indicator_problems
from desktop.domain.messages import Message, N_

REFERENCE_MAX = 100
TEXT_MAX = 100_000
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_DISPLAY_ONLY = {"person", "party", "agreement_reference", "uuid", "person_uuid", "party_uuid"}


def problem(field: str, text: str, warning: bool = False, **params: object) -> FieldProblem:
    return FieldProblem(field, Message(text, params), warning)


def needs_a_title(ar: str, en: str, field: str = "title_ar") -> list[FieldProblem]:
    if ar.strip() or en.strip():
        return []
    return [problem(field, N_("A title is required in Arabic or in English."))]


def needs_a_name(ar: str, en: str, field: str = "name_ar") -> list[FieldProblem]:
    if ar.strip() or en.strip():
        return []
    return [problem(field, N_("A name is required in Arabic or in English."))]


def end_not_before_start(
    start: PartialDate | None, end: PartialDate | None, field: str = "end"
) -> list[FieldProblem]:
    if start is not None and end is not None and not start.may_be_before(end):
        return [problem(field, N_("The end ({end}) is before the start ({start})."), end=end, start=start)]
    return []


def within_period(
    activity: r.Activity, period_start: PartialDate | None, period_end: PartialDate | None
) -> list[FieldProblem]:
    """Warnings (not refusals) when an activity falls outside its agreement's period."""
    problems: list[FieldProblem] = []
    if activity.start and period_start and activity.start.last_day() < period_start.first_day():
        problems.append(
            problem("start", N_("Starts before the agreement's period ({period})."), True, period=period_start)
        )
    last = activity.end or activity.start
    if last and period_end and last.first_day() > period_end.last_day():
        problems.append(
            problem("end", N_("Ends after the agreement's period ({period})."), True, period=period_end)
        )
    return problems


def text_lengths(record: object, fields: Iterable[str]) -> list[FieldProblem]:
    problems = []
    for name in fields:
        value = getattr(record, name, "") or ""
        if len(value) > TEXT_MAX:
            problems.append(problem(name, N_("Too long: at most {max} characters."), max=TEXT_MAX))
    return problems


def _text_values(record: object, prefix: str = "") -> Iterator[tuple[str, str]]:
    """(field, text) for every text field of a record and of its objectives/statements."""
    if not dataclasses.is_dataclass(record):
        return
    for f in dataclasses.fields(record):
        if f.name in _DISPLAY_ONLY:
            continue
        value = getattr(record, f.name)
        if isinstance(value, str):
            yield prefix + f.name, value
        elif isinstance(value, list):
            for item in value:
                yield from _text_values(item, f"{prefix}{f.name}.")


def storable_text(record: object) -> list[FieldProblem]:
    """Refuse text no database can store: a lone surrogate (half of a UTF-16 pair, which
    cannot be encoded to UTF-8) or a NUL character (refused by PostgreSQL)."""
    problems = []
    for name, value in _text_values(record):
        if "\x00" in value or _LONE_SURROGATE.search(value):
            field = name.split(".")[0]
            problems.append(problem(field, N_("Contains a character that cannot be stored (an invalid or NUL character); remove it.")))
    return problems


def organization(rec: r.Organization) -> list[FieldProblem]:
    return (
        needs_a_name(rec.name_ar, rec.name_en)
        + text_lengths(rec, ["name_ar", "name_en", "country"])
        + storable_text(rec)
    )


def person(rec: r.Person) -> list[FieldProblem]:
    return (
        needs_a_name(rec.name_ar, rec.name_en)
        + text_lengths(rec, ["name_ar", "name_en", "position_ar", "position_en"])
        + storable_text(rec)
    )


def agreement(rec: r.Agreement) -> list[FieldProblem]:
    problems = needs_a_title(rec.title_ar, rec.title_en)
    if not rec.reference.strip():
        problems.append(problem("reference", N_("A reference is required.")))
    elif len(rec.reference) > REFERENCE_MAX:
        problems.append(problem("reference", N_("Too long: at most {max} characters."), max=REFERENCE_MAX))
    problems += end_not_before_start(rec.period_start, rec.period_end, "period_end")
    problems += text_lengths(rec, ["title_ar", "title_en", "purpose_ar", "purpose_en"])
    seen: set[str] = set()
    for sig in rec.signatories:
        if sig.party_uuid and sig.party_uuid not in rec.parties:
            problems.append(problem("signatories", N_("A signatory signs for an organisation that is not a party.")))
        if sig.person_uuid in seen:
            problems.append(problem("signatories", N_("The same person is listed twice as a signatory.")))
        seen.add(sig.person_uuid)
    if len(set(rec.parties)) != len(rec.parties):
        problems.append(problem("parties", N_("The same organisation is listed twice as a party.")))
    for index, objective in enumerate(rec.objectives, start=1):
        if not (objective.text_ar.strip() or objective.text_en.strip()):
            problems.append(problem("objectives", N_("Objective {n} is empty."), n=index))
    problems += indicator_problems((n, o.indicators) for n, o in enumerate(rec.objectives, start=1))
    return problems + storable_text(rec)


def activity(rec: r.Activity) -> list[FieldProblem]:
    problems = needs_a_title(rec.title_ar, rec.title_en)
    if not rec.agreement_uuid:
        problems.append(problem("agreement", N_("An activity belongs to an agreement.")))
    problems += end_not_before_start(rec.start, rec.end)
    if rec.participants is not None and rec.participants < 0:
        problems.append(problem("participants", N_("The number of participants cannot be negative.")))
    problems += text_lengths(rec, ["title_ar", "title_en", "place", "country", "notes"])
    return problems + storable_text(rec)


def milestone(rec: r.Milestone) -> list[FieldProblem]:
    problems = needs_a_title(rec.title_ar, rec.title_en)
    if rec.date is None:
        problems.append(problem("date", N_("A milestone needs a date (a year at least).")))
    return problems + storable_text(rec)


def raise_errors(problems: list[FieldProblem]) -> list[FieldProblem]:
    """Raise ValidationError if any problem is an error; return the warnings."""
    if any(not p.warning for p in problems):
        raise ValidationError(problems)
    return [p for p in problems if p.warning]
