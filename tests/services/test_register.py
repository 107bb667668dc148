from __future__ import annotations

import pytest

from desktop.domain import records as r
from desktop.domain.dates import PartialDate as D
from desktop.domain.errors import ConflictError, SijillError, ValidationError
from desktop.domain.kinds import ActivityKind, ActivityStatus
from desktop.services.activities import ActivityFilter
from desktop.services.register import Register


@pytest.fixture
def plan(register: Register) -> r.Agreement:
    un = register.save_organization(r.Organization(name_ar="المفوضية السامية للأمم المتحدة لشؤون اللاجئين", name_en="UNHCR", acronym="UNHCR")).record
    oic = register.save_organization(r.Organization(name_ar="منظمة التعاون الإسلامي", name_en="Organisation of Islamic Cooperation", acronym="OIC")).record
    khalifa = register.save_person(r.Person(name_ar="خالد خليفة", name_en="Khaled Khalifa", organization_uuid=un.uuid)).record
    return register.save_agreement(
        r.Agreement(
            reference="UNHCR-OIC/JAP/2022-2025",
            title_ar="خطة العمل المشتركة",
            title_en="Joint action plan",
            period_start=D(2022),
            period_end=D(2025),
            signed_on=D(2022),
            parties=[un.uuid, oic.uuid],  # type: ignore[list-item]
            signatories=[r.Signatory(person_uuid=khalifa.uuid, party_uuid=un.uuid)],  # type: ignore[arg-type]
            objectives=[r.Objective(text_ar="أ"), r.Objective(text_ar="ب"), r.Objective(text_ar="ج")],
        )
    ).record


def test_agreement_round_trip(register: Register, plan: r.Agreement) -> None:
    again = register.agreement("UNHCR-OIC/JAP/2022-2025")
    assert again.uuid == plan.uuid
    assert again.signed_on == D(2022)
    assert [o.text_ar for o in again.objectives] == ["أ", "ب", "ج"]
    assert again.signatories[0].person is not None and again.signatories[0].person.name_en == "Khaled Khalifa"
    assert again.signatories[0].party is not None and again.signatories[0].party.acronym == "UNHCR"
    assert register.agreement(plan.uuid).reference == plan.reference  # by uuid too


def test_reordering_objectives_keeps_their_identity(register: Register, plan: r.Agreement) -> None:
    uuids = [o.uuid for o in plan.objectives]
    plan.objectives.reverse()
    saved = register.save_agreement(plan).record
    assert [o.uuid for o in saved.objectives] == list(reversed(uuids))
    assert [o.text_ar for o in saved.objectives] == ["ج", "ب", "أ"]


def test_version_counter_refuses_a_stale_save(register: Register, plan: r.Agreement) -> None:
    import dataclasses

    first = register.save_agreement(dataclasses.replace(plan, purpose_en="edited elsewhere")).record
    assert first.version > plan.version
    plan.title_en = "stale edit"
    with pytest.raises(ConflictError):
        register.save_agreement(plan)
    assert register.agreement(plan.uuid).title_en == "Joint action plan"  # type: ignore[arg-type]


def test_title_required_in_one_language(register: Register) -> None:
    with pytest.raises(ValidationError) as info:
        register.save_agreement(r.Agreement(reference="X"))
    assert [p.field for p in info.value.problems] == ["title_ar"]
    register.save_agreement(r.Agreement(reference="X", title_en="only English"))


def test_reference_required_and_unique(register: Register, plan: r.Agreement) -> None:
    with pytest.raises(ValidationError) as info:
        register.save_agreement(r.Agreement(reference="UNHCR-OIC/JAP/2022-2025", title_ar="نسخة"))
    assert info.value.problems[0].field == "reference"
    with pytest.raises(ValidationError):
        register.save_agreement(r.Agreement(reference="  ", title_ar="نسخة"))


def test_end_not_before_start(register: Register) -> None:
    with pytest.raises(ValidationError) as info:
        register.save_agreement(r.Agreement(reference="Y", title_ar="ي", period_start=D(2025), period_end=D(2022)))
    assert info.value.problems[0].field == "period_end"
    # The same year at different precision is not "before".
    register.save_agreement(r.Agreement(reference="Z", title_ar="ز", period_start=D(2022, 5), period_end=D(2022)))


def test_no_cycle_of_predecessors(register: Register, plan: r.Agreement) -> None:
    older = register.save_agreement(r.Agreement(reference="OLD", title_ar="القديمة")).record
    plan.predecessor_uuid = older.uuid
    plan = register.save_agreement(plan).record
    older.predecessor_uuid = plan.uuid
    with pytest.raises(ValidationError) as info:
        register.save_agreement(older)
    assert info.value.problems[0].field == "predecessor"
    plan.predecessor_uuid = plan.uuid
    with pytest.raises(ValidationError):
        register.save_agreement(plan)


def test_activity_outside_period_is_a_warning(register: Register, plan: r.Agreement) -> None:
    saved = register.save_activity(
        r.Activity(agreement_uuid=plan.uuid or "", title_ar="ورشة", start=D(2021, 5), end=D(2026))
    )
    assert sorted(w.field for w in saved.warnings) == ["end", "start"]
    inside = register.save_activity(r.Activity(agreement_uuid=plan.reference, title_ar="ورشة", start=D(2023, 5, 1)))
    assert inside.warnings == []


def test_activity_validation(register: Register, plan: r.Agreement) -> None:
    with pytest.raises(ValidationError) as info:
        register.save_activity(r.Activity(agreement_uuid=plan.uuid or "", start=D(2023, 5), end=D(2023, 4), participants=-1))
    assert sorted(p.field for p in info.value.problems) == ["end", "participants", "title_ar"]
    with pytest.raises(ValidationError) as info:
        register.save_activity(r.Activity(agreement_uuid="NOPE", title_ar="x"))
    assert info.value.problems[0].field == "agreement"


def test_objective_must_belong_to_the_agreement(register: Register, plan: r.Agreement) -> None:
    other = register.save_agreement(r.Agreement(reference="O2", title_ar="أخرى", objectives=[r.Objective(text_ar="س")])).record
    with pytest.raises(ValidationError):
        register.save_activity(r.Activity(agreement_uuid=plan.uuid or "", title_ar="x", objective_uuid=other.objectives[0].uuid))
    ok = register.save_activity(r.Activity(agreement_uuid=plan.uuid or "", title_ar="x", objective_uuid=plan.objectives[1].uuid)).record
    assert ok.objective_uuid == plan.objectives[1].uuid
    [listed] = register.activities()
    assert listed.objective_uuid == plan.objectives[1].uuid


def test_arabic_search_finds_variants(register: Register, plan: r.Agreement) -> None:
    register.save_activity(r.Activity(agreement_uuid=plan.uuid or "", title_ar="ورشة عمل حول حماية اللاجئين في الأمم المتحدة", kind=ActivityKind.WORKSHOP))
    register.save_activity(r.Activity(agreement_uuid=plan.uuid or "", title_ar="محاضرة عن التمويل الإسلامي", title_en="Lecture on Islamic finance"))
    assert len(register.activities(ActivityFilter(search="الامم"))) == 1
    assert len(register.activities(ActivityFilter(search="حمايه اللاجئين"))) == 1
    assert len(register.activities(ActivityFilter(search="الإسلامى"))) == 1
    assert len(register.activities(ActivityFilter(search="ISLAMIC"))) == 1
    assert len(register.activities(ActivityFilter(search="مُحاضَرة"))) == 1
    assert register.activities(ActivityFilter(search="غير موجود")) == []
    assert [a.reference for a in register.agreements("خطه العمل")] == [plan.reference]
    assert [a.reference for a in register.agreements("unhcr-oic")] == [plan.reference]
    assert [o.acronym for o in register.organizations("الاسلامي")] == ["OIC"]


def test_paging_counts_and_order(register: Register, plan: r.Agreement) -> None:
    for month in range(1, 13):
        register.save_activity(
            r.Activity(agreement_uuid=plan.uuid or "", title_ar=f"نشاط {month}", start=D(2023, month),
                       status=ActivityStatus.COMPLETED if month < 6 else ActivityStatus.PLANNED)
        )
    flt = ActivityFilter(agreement=plan.reference)
    assert register.count_activities(flt) == 12
    page = register.activities(flt, offset=4, limit=3)
    assert [a.start for a in page] == [D(2023, 5), D(2023, 6), D(2023, 7)]
    newest = register.activities(flt, order_by="start", descending=True, limit=1)
    assert newest[0].start == D(2023, 12)
    assert register.activity_counts_by_status(flt) == {ActivityStatus.COMPLETED: 5, ActivityStatus.PLANNED: 7}


def test_delete_says_what_depends(register: Register, plan: r.Agreement) -> None:
    register.save_activity(r.Activity(agreement_uuid=plan.uuid or "", title_ar="x"))
    assert register.agreement_dependents(plan.reference)["activities"] == 1
    with pytest.raises(SijillError):
        register.delete_agreement(plan.reference)
    party = plan.parties[0]
    with pytest.raises(SijillError):
        register.delete_organization(party)
    register.delete_agreement(plan.reference, with_activities=True)
    assert register.agreements() == []
    assert register.count_activities() == 0


def test_failed_save_leaves_database_unchanged(register: Register, plan: r.Agreement) -> None:
    plan.title_en = "changed"
    plan.parties.append("no-such-organisation")
    with pytest.raises(SijillError):
        register.save_agreement(plan)
    assert register.agreement(plan.reference).title_en == "Joint action plan"


def test_milestones_sort_by_partial_date(register: Register) -> None:
    for date, title in [("2014-11", "لجنة"), ("1988", "بداية"), ("2012", "عشق أباد")]:
        register.save_milestone(r.Milestone(date=D.parse(date), title_ar=title))
    assert [str(m.date) for m in register.milestones()] == ["1988", "2012", "2014-11"]
    with pytest.raises(ValidationError):
        register.save_milestone(r.Milestone(title_ar="بلا تاريخ"))


def test_saving_without_changes_keeps_the_version(register: Register, plan: r.Agreement) -> None:
    assert plan.version == 1
    assert register.save_agreement(plan).record.version == 1
    activity = register.save_activity(r.Activity(agreement_uuid=plan.uuid or "", title_ar="x")).record
    assert activity.version == 1
    assert register.save_activity(activity).record.version == 1
    activity.title_en = "x"
    assert register.save_activity(activity).record.version == 2
    plan.objectives[0].text_en = "first"
    assert register.save_agreement(plan).record.version == 2


def test_new_agreement_with_a_predecessor(register: Register, plan: r.Agreement) -> None:
    saved = register.save_agreement(r.Agreement(reference="NEXT", title_ar="التالية", predecessor_uuid=plan.uuid)).record
    assert saved.predecessor_uuid == plan.uuid and saved.version == 1


def test_is_empty_until_an_organisation_or_agreement_is_saved(register: Register) -> None:
    assert register.is_empty()
    saved = register.save_organization(r.Organization(name_ar="منظمة التعاون الإسلامي", name_en="OIC")).record
    assert not register.is_empty()
    register.delete_organization(saved.uuid)
    assert register.is_empty()  # what is in the trash does not count
    register.save_agreement(r.Agreement(reference="X/1", title_ar="خطة", title_en="Plan"))
    assert not register.is_empty()
