"""Never refused on data: 100,000-character fields in every printed field still print."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from desktop.domain import records as r
from desktop.domain.dates import PartialDate
from desktop.domain.kinds import ActivityKind, ActivityStatus, AgreementStatus
from desktop.reports import export_summary
from desktop.reports.cells import CellTable
from desktop.reports.flow import Style, Text, table
from desktop.reports.fonts import register_fonts
from desktop.reports.splitting import fits_rows

from .conftest import need

LONG = 100_000
ARABIC = ("كلمة عربية طويلة " * (LONG // 17 + 1))[:LONG]
ONE_WORD = "x" * LONG


def long_plan(register, text: str) -> str:  # type: ignore[no-untyped-def]
    org = register.save_organization(r.Organization(name_ar=text, name_en=text, acronym="ACR")).record
    person = register.save_person(r.Person(name_ar=text, name_en=text, organization_uuid=org.uuid,
                                           position_ar=text, position_en=text)).record
    plan = register.save_agreement(r.Agreement(
        reference="LONG/1", status=AgreementStatus.ACTIVE, period_start=PartialDate(2022),
        period_end=PartialDate(2025), parties=[org.uuid], signatories=[r.Signatory(person.uuid, org.uuid)],
        objectives=[r.Objective(text_ar=text, text_en=text), r.Objective(text_ar="قصير", text_en="short")],
        statements=[r.Statement(person_uuid=person.uuid, text_ar=text, text_en=text)],
        title_ar=text, title_en=text, signing_place_ar=text, signing_place_en=text, purpose_ar=text, purpose_en=text,
    )).record
    register.save_activity(r.Activity(agreement_uuid=plan.uuid, kind=ActivityKind.WORKSHOP, title_ar=text,
                                      title_en=text, start=PartialDate(2023, 1, 1), place=text,
                                      status=ActivityStatus.PLANNED))
    register.save_milestone(r.Milestone(date=PartialDate(1988), title_ar=text, title_en=text,
                                        description_ar=text, description_en=text))
    return plan.reference


@pytest.mark.parametrize("text", [ARABIC, ONE_WORD], ids=["words", "one-word"])
def test_every_field_100000_characters_long_prints(register, tmp_path: Path, text: str) -> None:  # type: ignore[no-untyped-def]
    reference = long_plan(register, text)
    for lang in ("ar", "en"):
        path = export_summary(register, reference, tmp_path / f"{lang}.pdf", lang=lang)
        out = subprocess.run([need("pdftotext"), "-enc", "UTF-8", str(path), "-"], check=True,
                             capture_output=True, text=True).stdout
        assert ("تابع" if lang == "ar" else "continued") in out  # a row split over pages says so
        assert out.count("xxxxx") > 100 or out.count("طويلة") > 1000


def test_a_row_taller_than_the_page_splits_with_its_reference_repeated() -> None:
    register_fonts()
    style = Style(rtl=False)
    long = Text("word " * 4000, style)
    result = table([["Label", long]], [100, 300], style, header=False,
                   continued=lambda: [Text("(continued)", style)], frame_height=700)
    assert isinstance(result, CellTable)
    first, rest = result.split(400, 700)
    assert first.wrap(400, 700)[1] <= 700
    label_cell = rest.rows[0][0]
    assert [f.text for f in label_cell] == ["Label", "(continued)"]


def test_rows_are_never_left_alone_when_two_fit() -> None:
    assert fits_rows([10] * 5, 45) == 3  # 4 fit, one would be alone on the next page
    assert fits_rows([10] * 5, 15) == 0  # one alone at the foot: all move
    assert fits_rows([10] * 5, 15, orphans=False) == 1
    assert fits_rows([10] * 5, 100) == 5


def test_latin_runs_use_latin_punctuation_forms() -> None:
    """"achieved." in English is drawn with Amiri's Latin full stop, not its Arabic diamond dot."""
    from desktop.reports.flow import font_runs, one_line
    from desktop.reports.fonts import LATIN, REGULAR

    register_fonts()
    english = one_line("Goal achieved. 1. Find (UNHCR)", Style(rtl=False))
    assert any(font == LATIN[REGULAR] and "." in run for run, font in font_runs(english, REGULAR))
    arabic = one_line("تمت الورشة.", Style(rtl=True))
    assert all(font == REGULAR for run, font in font_runs(arabic, REGULAR) if "." in run)
    assert english.width < one_line("Goal achieved. 1. Find (UNHCR)", Style(rtl=False).but(direction="rtl")).width + 50


def test_hebrew_prints_from_the_fallback_font_not_as_stand_ins(register, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop.reports.fonts import fallback_for

    if fallback_for("SijillAmiri") is None:
        pytest.skip("no fallback font here (Debian fonts-dejavu-core)")
    hebrew = "שלום עולם וברכה"
    plan = register.save_agreement(r.Agreement(
        reference="HE/1", status=AgreementStatus.ACTIVE, title_ar=f"خطة {hebrew} مشتركة", purpose_ar=hebrew * 30)).record
    path = export_summary(register, plan.reference, tmp_path / "he.pdf")
    out = subprocess.run([need("pdftotext"), "-enc", "UTF-8", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    assert "[U+05" not in out and "שלום" in out and "עולם" in out
    fonts = subprocess.run([need("pdffonts"), str(path)], check=True, capture_output=True, text=True).stdout
    assert "DejaVuSans" in fonts
