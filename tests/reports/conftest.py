"""A plan whose fields hold everything the PDF must get right, built with the Register API."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.domain import records as r
from desktop.domain.dates import PartialDate
from desktop.domain.kinds import ActivityKind, ActivityStatus, AgreementStatus

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
REFERENCE = "TEST/JAP/2022-2025"
MARKUP = 'a<b & <font color="red">x</font> &amp;'

# every text field of the plan, with the language it is in
AGREEMENT_TEXT = {
    "title_ar": "خطة العمل المشتركة بين المفوضية ومنظمة التعاون الإسلامي 2022-2025",
    "title_en": f"Joint action plan {MARKUP}",
    "signing_place_ar": "مقر المنظمة في جدة (المملكة العربية السعودية)",
    "purpose_ar": (
        "تعزيز التعاون الإنساني والشراكة الاستراتيجية لدعم النازحين قسرا، والاستجابة للتحديات "
        "التي تواجهها الدول الأعضاء في منظمة OIC التي تستضيف اللاجئين منذ عام 1988، بنسبة 50% "
        "من الموارد «المشتركة» [انظر المرفق] وفقا لإعلان عشق أباد."
    ),
}
OBJECTIVES = [
    "إيجاد سُبُل أفضل لمواجهة التحديات الناجمة عن التهجير القسري",
    "تعزيز تقاسم الأعباء والمسؤوليات بين الدول الأعضاء",
    "حشد الموارد بطرق مبتكرة، ومنها أدوات التمويل الإسلامي",
]
ACTIVITY_TITLES = [
    "ورشة عمل حول الحلول الدائمة للاجئين في المنطقة العربية",
    "محاضرة عن القانون الدولي للاجئين وتقاليد الإجارة في الإسلام",
    "زيارة ميدانية مشتركة إلى مخيمات اللاجئين في كوكس بازار",
    "دورة تدريبية لموظفي المنظمة في مجال حماية اللاجئين",
    "تبادل البيانات عن أعداد اللاجئين في الدول الأعضاء لعام 2023",
    "اجتماع اللجنة المشتركة لإطلاق برنامج عمل الخطة",
]
STATEMENT = "أشاد خالد خليفة بعمق الشراكة بين المنظمتين، وأعرب عن أمله في حشد مزيد من الدعم للاجئين والنازحين."


def build_plan(register) -> str:  # type: ignore[no-untyped-def]
    unhcr = register.save_organization(r.Organization(
        name_ar="المفوضية السامية للأمم المتحدة لشؤون اللاجئين", name_en="UNHCR", acronym="UNHCR")).record
    oic = register.save_organization(r.Organization(
        name_ar="منظمة التعاون الإسلامي", name_en="Organisation of Islamic Cooperation", acronym="OIC")).record
    khalifa = register.save_person(r.Person(
        name_ar="خالد خليفة", name_en="Khaled Khalifa", organization_uuid=unhcr.uuid,
        position_ar="مستشار المفوض السامي وممثل المفوضية لدى دول مجلس التعاون الخليجي")).record
    bakheet = register.save_person(r.Person(
        name_ar="طارق علي بخيت", name_en="Tariq Ali Bakheet", honorific_ar="معالي السفير", organization_uuid=oic.uuid,
        position_ar="الأمين العام المساعد للشؤون الإنسانية والثقافية والاجتماعية")).record
    plan = register.save_agreement(r.Agreement(
        reference=REFERENCE, status=AgreementStatus.ACTIVE,
        period_start=PartialDate(2022), period_end=PartialDate(2025), signed_on=PartialDate(2022),
        parties=[unhcr.uuid, oic.uuid],
        signatories=[r.Signatory(khalifa.uuid, unhcr.uuid), r.Signatory(bakheet.uuid, oic.uuid)],
        objectives=[r.Objective(text_ar=text) for text in OBJECTIVES],
        statements=[r.Statement(person_uuid=khalifa.uuid, text_ar=STATEMENT, date=PartialDate(2022))],
        **AGREEMENT_TEXT,
    )).record
    kinds = list(ActivityKind)
    statuses = list(ActivityStatus)
    for n, title in enumerate(ACTIVITY_TITLES):
        register.save_activity(r.Activity(
            agreement_uuid=plan.uuid, objective_uuid=plan.objectives[n % 3].uuid, kind=kinds[n % len(kinds)],
            title_ar=title, start=PartialDate(2022 + n // 2, 1 + n, 10), place="جدة / Jeddah",
            status=statuses[n % len(statuses)],
        ))
    register.save_milestone(r.Milestone(date=PartialDate(1988), title_ar="بداية الشراكة الاستراتيجية بين المنظمتين"))
    register.save_milestone(r.Milestone(date=PartialDate(2014, 11), title_ar="الاتفاق على تشكيل لجنة مشتركة"))
    return REFERENCE


@pytest.fixture
def plan(register) -> str:  # type: ignore[no-untyped-def]
    return build_plan(register)


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.fail(f"{tool} is required (Debian package poppler-utils)")
    return path
