"""Services answer the same on SQLite and PostgreSQL where the engines differ by default."""

from __future__ import annotations

from desktop.domain import records as r
from desktop.domain.dates import PartialDate as D
from desktop.services.activities import ActivityFilter
from desktop.services.register import Register


def test_undated_activities_sort_last_both_ways(register: Register) -> None:
    plan = register.save_agreement(r.Agreement(reference="P/1", title_en="Plan")).record
    for title, end in (("b", D(2023)), ("none", None), ("a", D(2022, 5)), ("c", D(2024, 1, 2))):
        register.save_activity(r.Activity(agreement_uuid=plan.uuid or "", title_en=title, end=end))
    up = [a.title_en for a in register.activities(order_by="end")]
    down = [a.title_en for a in register.activities(order_by="end", descending=True)]
    assert up == ["a", "b", "c", "none"] and down == ["c", "b", "a", "none"]
    flt = ActivityFilter()
    for descending, titles in ((False, up), (True, down)):
        rows = register.activities(flt, order_by="end", descending=descending)
        for index, row in enumerate(rows):
            assert register.activity_position(flt, row.uuid or "", order_by="end", descending=descending) == index, titles


def test_search_is_case_and_accent_blind_on_both(register: Register) -> None:
    plan = register.save_agreement(r.Agreement(reference="P/2", title_en="Plan")).record
    register.save_activity(r.Activity(agreement_uuid=plan.uuid or "", title_en="Réunion à GENÈVE", title_ar="اجتماع الأمم المتحدة"))
    for query in ("geneve", "GENEVE", "réunion", "الامم", "امم"):
        assert [a.title_en for a in register.activities(ActivityFilter(search=query))] == ["Réunion à GENÈVE"], query


def test_undated_agreements_sort_last(register: Register) -> None:
    for reference, start in (("B", D(2020)), ("A", None), ("C", D(2024))):
        register.save_agreement(r.Agreement(reference=reference, title_en=reference, period_start=start))
    assert [a.reference for a in register.agreements()] == ["C", "B", "A"]
