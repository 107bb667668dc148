"""Search goes through the FTS5 trigram index and finds exactly what a plain scan finds."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event, select

from desktop.domain import records as r
from desktop.services.activities import ActivityFilter
from desktop.services.generator import generate
from desktop.services.register import Register
from desktop.services.search import fts_phrase, like_all_terms
from desktop.store import models as m

QUERIES = [
    "الأمم المتحدة", "الامم المتحده", "حمايه اللاجئين", "الإسلامى", "مُحاضَرة", "في", "ورشة عمل",
    "اللاجئين عمّان", "Resettlement", "UNITED nations", "in", "زك", 'a"b', "100%", "x_y", "عمان 2",
    "غير موجود إطلاقاً",
]


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Register]:
    reg = Register.open(tmp_path_factory.mktemp("search") / "search.sqlite")
    generate(reg, 1500)
    yield reg
    reg.close()


def _statements(reg: Register, action: Any) -> list[tuple[str, Any]]:
    seen: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        seen.append((statement, parameters))

    event.listen(reg.database.engine, "before_cursor_execute", record)
    try:
        action()
    finally:
        event.remove(reg.database.engine, "before_cursor_execute", record)
    return [(s, p) for s, p in seen if s.lstrip().upper().startswith("SELECT")]


def _plan(reg: Register, statement: str, parameters: Any) -> str:
    with reg.database.engine.connect() as connection:
        rows = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
    return "\n".join(str(row[-1]) for row in rows)


@pytest.mark.parametrize("action", ["list", "count", "agreements"])
def test_search_uses_the_fts_index(big: Register, action: str) -> None:
    flt = ActivityFilter(search="الامم المتحده")
    run = {
        "list": lambda: big.activities(flt, limit=100),
        "count": lambda: big.count_activities(flt),
        "agreements": lambda: big.agreements("تفاهم"),
    }[action]
    statements = [s for s in _statements(big, run) if "MATCH" in s[0]]
    assert statements, "the search query did not use MATCH"
    table = "agreement_search" if action == "agreements" else "activity_search"
    for statement, parameters in statements:
        plan = _plan(big, statement, parameters)
        assert f"SCAN {table} VIRTUAL TABLE INDEX" in plan, plan
        assert "SCAN activity\n" not in plan + "\n" and "SCAN agreement\n" not in plan + "\n", plan


@pytest.mark.parametrize("query", QUERIES)
def test_index_finds_what_a_scan_finds(big: Register, query: str) -> None:
    with big.database.transaction() as session:
        scan = select(m.ActivityRow.uuid).where(like_all_terms(m.ActivityRow.search_text, query))
        expected = set(session.scalars(scan))
    found = {a.uuid for a in big.activities(ActivityFilter(search=query))}
    assert found == expected
    assert big.count_activities(ActivityFilter(search=query)) == len(expected)


def test_variant_spellings_find_each_other(big: Register) -> None:
    one = {a.uuid for a in big.activities(ActivityFilter(search="الأمم المتحدة"))}
    other = {a.uuid for a in big.activities(ActivityFilter(search="الامم المتحده"))}
    assert one == other and one
    titles = [a.title_ar for a in big.activities(ActivityFilter(search="حماية"))]
    assert any("حمايه" in t for t in titles) and any("حماية" in t for t in titles)


def test_index_follows_edits_and_deletions(register: Register) -> None:
    plan = register.save_agreement(r.Agreement(reference="P-1", title_en="Plan")).record
    saved = register.save_activity(r.Activity(agreement_uuid=plan.uuid, title_ar="زيارة إلى نواكشوط")).record
    assert [a.uuid for a in register.activities(ActivityFilter(search="نواكشوط"))] == [saved.uuid]
    saved.title_ar = "زيارة إلى مقديشو"
    register.save_activity(saved)
    assert register.activities(ActivityFilter(search="نواكشوط")) == []
    assert len(register.activities(ActivityFilter(search="مقديشو"))) == 1
    register.delete_activity(saved.uuid)
    assert register.activities(ActivityFilter(search="مقديشو")) == []
    assert [a.reference for a in register.agreements("plan")] == ["P-1"]


def test_fts_phrase_quotes_terms() -> None:
    assert fts_phrase(["abc", 'x"y']) == '"abc" AND "x""y"'


def test_postgresql_search_uses_the_trigram_index(pg_url: str) -> None:
    from sqlalchemy import text

    register = Register.open(pg_url)
    generate(register, 300)
    assert register.count_activities(ActivityFilter(search="الامم المتحده")) > 0
    with register.database.engine.connect() as connection:
        names = set(connection.scalars(text("SELECT indexname FROM pg_indexes WHERE indexname LIKE '%search_trgm'")))
        assert names == {"ix_activity_search_trgm", "ix_agreement_search_trgm"}
        connection.execute(text("SET enable_seqscan = off"))  # a small table would be scanned anyway
        plan = "\n".join(connection.scalars(text("EXPLAIN SELECT id FROM activity WHERE search_text LIKE '%متحده%'")))
    register.close()
    assert "ix_activity_search_trgm" in plan, plan
