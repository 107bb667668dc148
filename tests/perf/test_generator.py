"""The synthetic register generator: N activities, every kind and status, searchable text."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.domain.errors import SijillError
from desktop.domain.kinds import ActivityKind, ActivityStatus
from desktop.services.activities import ActivityFilter
from desktop.services.convert import activity_search_text, agreement_search_text
from desktop.services.generator import generate
from desktop.services.register import Register
from desktop.store import models as m


def test_generates_n_activities_of_every_kind_and_status(register: Register) -> None:
    result = generate(register, 600)
    assert result.activities == 600
    assert register.count_activities() == 600
    assert set(register.activity_counts_by_kind()) == set(ActivityKind)
    assert set(register.activity_counts_by_status()) == set(ActivityStatus)
    assert len(register.agreements()) == result.agreements >= 3


def test_search_text_is_what_the_services_write(register: Register) -> None:
    generate(register, 300)
    with register.database.transaction() as session:
        for row in session.scalars(select(m.ActivityRow).limit(300)):
            assert row.search_text == activity_search_text(row)
            assert row.agreement_id is not None
        for agreement in session.scalars(select(m.AgreementRow)):
            assert agreement.search_text == agreement_search_text(agreement)
        dated = session.scalar(select(func.count()).where(m.ActivityRow.start.is_not(None)))
        assert dated and dated > 250


def test_titles_are_arabic_and_english_with_variant_spellings(register: Register) -> None:
    generate(register, 2000)
    both = register.activities(ActivityFilter(search="الأمم المتحدة"))
    spellings = {a.title_ar for a in both}
    assert any("الأمم" in t for t in spellings) and any("الامم" in t for t in spellings)
    assert register.count_activities(ActivityFilter(search="حمايه")) == register.count_activities(
        ActivityFilter(search="حماية")
    ) > 0
    assert register.count_activities(ActivityFilter(search="resettlement")) > 0


def test_deterministic_and_refuses_to_generate_twice(tmp_path: Path) -> None:
    titles = []
    for name in ("a.sqlite", "b.sqlite"):
        reg = Register.open(tmp_path / name)
        generate(reg, 50, seed=3)
        titles.append([a.title_ar for a in reg.activities(limit=50)])
        if name == "b.sqlite":
            with pytest.raises(SijillError):
                generate(reg, 10)
        reg.close()
    assert titles[0] == titles[1]


def test_cli_demo_scale(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "scale.sqlite")
    code, out, err = run_cli("--db", db, "demo", "--scale", "120")
    assert code == 0, err
    assert "120 activities" in out
    code, out, _ = run_cli("--db", db, "activities", "--json")
    assert code == 0 and out.count('"uuid"') >= 120
