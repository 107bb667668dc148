"""Arbitrary Unicode through every text field of the services: what was saved is what is
read back, search finds it and never crashes, and text no database can hold is refused
with a clear message rather than a crash."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given

from desktop.domain import records as r
from desktop.domain.dates import PartialDate
from desktop.domain.errors import ValidationError
from desktop.services.activities import ActivityFilter
from desktop.services.register import Register
from desktop.services.validation import TEXT_MAX
from hostile_strategies import FAST, SPECIALS, hostile_text, hostile_title

_numbers = itertools.count(1)


@pytest.fixture(scope="module")
def reg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Register]:
    register = Register.open(tmp_path_factory.mktemp("hostile") / "unicode.sqlite")
    yield register
    register.close()


@pytest.fixture(scope="module")
def base(reg: Register) -> r.Agreement:
    return reg.save_agreement(r.Agreement(reference="BASE", title_en="Base")).record


def _text_fields(rec: object) -> dict[str, str]:
    return {k: v for k, v in vars(rec).items() if isinstance(v, str) and k not in ("uuid", "agreement_uuid", "agreement_reference")}


@FAST
@given(text=hostile_text, name=hostile_title)
def test_organization_and_person_round_trip(reg: Register, text: str, name: str) -> None:
    org = r.Organization(name_ar=name, name_en=text, acronym=text, country=text)
    saved = reg.save_organization(org).record
    back = reg.organization(saved.uuid)
    assert (back.name_ar, back.name_en, back.country) == (name, text, text)
    assert back.acronym == text.strip()
    assert saved.uuid in {o.uuid for o in reg.organizations(name)}

    person = r.Person(
        name_ar=text, name_en=name, honorific_ar=text, honorific_en=text,
        position_ar=text, position_en=text, organization_uuid=saved.uuid,
    )
    saved_person = reg.save_person(person).record
    back_person = reg.person(saved_person.uuid)
    assert _text_fields(back_person) == _text_fields(person)
    assert saved_person.uuid in {p.uuid for p in reg.people(name)}


@FAST
@given(text=hostile_text, title=hostile_title)
def test_agreement_round_trip_and_search(reg: Register, text: str, title: str) -> None:
    reference = f"H{next(_numbers)} {text[:60]}"
    agreement = r.Agreement(
        reference=reference, title_ar=title, title_en=text,
        signing_place_ar=text, signing_place_en=text, purpose_ar=text, purpose_en=title,
        objectives=[r.Objective(text_ar=title, text_en=text)],
        statements=[r.Statement(speaker=text, text_ar=text, text_en=title, date=PartialDate(2022))],
    )
    saved = reg.save_agreement(agreement).record
    back = reg.agreement(saved.uuid)
    expected = _text_fields(agreement) | {"reference": reference.strip()}
    assert _text_fields(back) == expected
    assert [(o.text_ar, o.text_en) for o in back.objectives] == [(title, text)]
    assert [(s.speaker, s.text_ar, s.text_en) for s in back.statements] == [(text, text, title)]
    # Found by its reference (as typed) and by searching for its title or a stored word.
    assert reg.agreement(reference.strip()).uuid == saved.uuid
    for query in (title, text, reference):
        assert saved.uuid in {a.uuid for a in reg.agreements(query)}, query


@FAST
@given(text=hostile_text, title=hostile_title)
def test_activity_and_milestone_round_trip(reg: Register, base: r.Agreement, text: str, title: str) -> None:
    activity = r.Activity(agreement_uuid=base.uuid, title_ar=text, title_en=title, place=text, country=text, notes=text)
    saved = reg.save_activity(activity).record
    back = reg.activity(saved.uuid)
    assert _text_fields(back) == _text_fields(activity)
    for query in (title, text):
        found = reg.activities(ActivityFilter(agreement=base.uuid, search=query))
        assert saved.uuid in {a.uuid for a in found}, query

    milestone = r.Milestone(date=PartialDate(2014, 11), title_ar=title, title_en=text, description_ar=text, description_en=text)
    saved_ms = reg.save_milestone(milestone).record
    assert _text_fields(reg.milestone(saved_ms.uuid)) == _text_fields(milestone)
    assert saved_ms.uuid in {m.uuid for m in reg.milestones(title)}


@FAST
@given(query=hostile_text)
def test_search_never_crashes(reg: Register, query: str) -> None:
    reg.agreements(query)
    reg.agreements_full(query)
    reg.activities(ActivityFilter(search=query))
    reg.count_activities(ActivityFilter(search=query))
    reg.organizations(query)
    reg.people(query)
    reg.milestones(query)


@pytest.mark.parametrize("query", ["\ud800", "a\udfffb", "%", "_", "\\", "\x00", "' OR 1=1 --"])
def test_search_odd_queries(reg: Register, base: r.Agreement, query: str) -> None:
    """Lone surrogates and LIKE wildcards in a query neither crash nor match everything."""
    reg.agreements(query)
    reg.activities(ActivityFilter(search=query))
    reg.organizations(query)
    reg.milestones(query)


@pytest.mark.parametrize("bad", ["\ud800", "a\udc00b", "x\udbff", "nul\x00here"])
def test_unstorable_text_is_refused_clearly(reg: Register, base: r.Agreement, bad: str) -> None:
    """A lone surrogate cannot be encoded to UTF-8 and PostgreSQL refuses NUL: a validation
    error names the field; nothing is written."""
    before = len(reg.agreements())
    for save, rec, field in (
        (reg.save_agreement, r.Agreement(reference="SUR", title_en=bad), "title_en"),
        (reg.save_agreement, r.Agreement(reference="SUR", title_en="ok", objectives=[r.Objective(text_en=bad)]), "objectives"),
        (reg.save_agreement, r.Agreement(reference="SUR", title_en="ok", statements=[r.Statement(speaker=bad)]), "statements"),
        (reg.save_organization, r.Organization(name_en="ok", acronym=bad), "acronym"),
        (reg.save_person, r.Person(name_en="ok", honorific_en=bad), "honorific_en"),
        (reg.save_activity, r.Activity(agreement_uuid=base.uuid, title_en="ok", notes=bad), "notes"),
        (reg.save_milestone, r.Milestone(date=PartialDate(2012), title_en="ok", description_ar=bad), "description_ar"),
    ):
        with pytest.raises(ValidationError) as caught:
            save(rec)
        assert [p.field for p in caught.value.problems] == [field]
        assert "cannot be stored" in str(caught.value)
    assert len(reg.agreements()) == before


def test_longest_fields_round_trip_and_longer_are_refused(reg: Register, base: r.Agreement) -> None:
    longest = ("ب" + "\u0651" + " x" + "\u202e") * (TEXT_MAX // 5)
    longest = longest[:TEXT_MAX]
    word = "w" * 300
    saved = reg.save_activity(r.Activity(agreement_uuid=base.uuid, title_en=word, notes=longest)).record
    back = reg.activity(saved.uuid)
    assert back.notes == longest and back.title_en == word
    assert saved.uuid in {a.uuid for a in reg.activities(ActivityFilter(search=word))}
    with pytest.raises(ValidationError, match="at most 100000"):
        reg.save_activity(r.Activity(agreement_uuid=base.uuid, title_en="x", notes=longest + "y"))


def test_cli_json_shows_exactly_what_was_stored(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    """What the CLI shows (JSON) is the stored text, every special character intact."""
    db = tmp_path / "cli.sqlite"
    reg = Register.open(db)
    tricky = "".join(SPECIALS[:40])
    saved = reg.save_agreement(r.Agreement(reference="CLI-1", title_ar="ع" + tricky, purpose_en=tricky)).record
    reg.save_activity(r.Activity(agreement_uuid=saved.uuid, title_en="t" + tricky, notes=tricky))
    reg.close()
    code, out, err = run_cli("--db", str(db), "show", "CLI-1", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["title_ar"] == "ع" + tricky and data["purpose_en"] == tricky
    code, out, err = run_cli("--db", str(db), "activities", "--json")
    assert code == 0, err
    assert json.loads(out)[0]["notes"] == tricky


def test_cli_arguments_that_are_not_utf8(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    """Python hands bytes that are not UTF-8 in argv over as lone surrogates
    (surrogateescape): a lookup says so in one line; a file name may hold them."""
    from hostile_helpers import one_clear_line

    from desktop.services.demo import load_demo

    db = tmp_path / "bytes\udcff.sqlite"  # a Linux file name that is not UTF-8
    reg = Register.open(db)  # (the CLI would print its name, which a UTF-8 terminal refuses)
    load_demo(reg)
    reg.close()
    for args in (["show", "\udcff"], ["activities", "--agreement", "x\udcff"]):
        code, _out, err = run_cli("--db", str(db), *args)
        assert code == 1, err
        assert "not valid UTF-8" in one_clear_line(err)
    code, _out, err = run_cli("--db", str(db), "agreements", "--search", "\udcffab")
    assert code == 0, err
    code, out, err = run_cli("--db", str(db), "export-activities", "-o", str(tmp_path / "out\udcfe.csv"))
    assert code == 0 and "out\\udcfe.csv" in out, err
    assert (tmp_path / "out\udcfe.csv").is_file()
