"""Attachments through the Register: stored once per SHA-256, in chunks; identical bytes out;
the size cap; hostile names; content-sniffed types; trash and restore; search in PDFs."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from desktop.domain import records as r
from desktop.domain.dates import PartialDate
from desktop.domain.errors import SijillError
from desktop.domain.attachments import NAME_MAX, clean_name
from desktop.services import attachment_store
from desktop.services.register import Register

from attachment_helpers import pdf_with_text, png_bytes, seed_plan


def _file(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_add_list_extract_remove_identical_bytes(register: Register, tmp_path: Path) -> None:
    plan = seed_plan(register)
    data = os.urandom(attachment_store.CHUNK * 2 + 12345)  # three chunks
    rec = register.add_attachment("JAP/2022", _file(tmp_path, "scan.bin", data), title_ar="النسخة الموقعة", kind="signed_agreement")
    assert rec.owner_kind == "agreement" and rec.owner_uuid == plan.uuid
    assert rec.size == len(data) and rec.sha256 == hashlib.sha256(data).hexdigest()
    assert [a.uuid for a in register.attachments("JAP/2022")] == [rec.uuid]
    out = tmp_path / "out" / "copy.bin"
    register.extract_attachment(rec.uuid or "", out)
    assert out.read_bytes() == data
    register.delete_attachment(rec.uuid or "")
    assert register.attachments("JAP/2022") == []
    assert [e.record_kind for e in register.trash()] == ["attachment"]
    register.restore_from_trash(rec.uuid or "")
    [back] = register.attachments(plan.uuid or "")
    assert back.sha256 == rec.sha256
    assert [h.action for h in register.history(rec.uuid or "")] == ["create", "delete", "restore"]


def test_contents_stored_once_per_sha256(register: Register, tmp_path: Path) -> None:
    seed_plan(register)
    path = _file(tmp_path, "same.txt", b"the same words\n")
    first = register.add_attachment("JAP/2022", path)
    second = register.add_attachment("JAP/2022", path, title_en="again")
    assert first.sha256 == second.sha256 and first.uuid != second.uuid
    with register.database.transaction() as session:
        from sqlalchemy import func, select

        from desktop.store import models as m

        assert session.scalar(select(func.count()).select_from(m.AttachmentChunkRow)) == 1


def test_size_cap_refused_before_anything_is_written(register: Register, tmp_path: Path) -> None:
    seed_plan(register)
    assert register.attachment_limit_mb() == 100
    register.set_attachment_limit_mb(1)
    big = _file(tmp_path, "big.bin", b"x" * 1_000_001)
    with pytest.raises(SijillError, match="limit of 1 MB"):
        register.add_attachment("JAP/2022", big)
    assert register.attachments("JAP/2022") == []
    with register.database.transaction() as session:
        assert not session.scalar(__import__("sqlalchemy").select(attachment_store.m.AttachmentChunkRow.seq).limit(1))
    with pytest.raises(SijillError):
        register.set_attachment_limit_mb(0)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("..\\..\\windows\\system.ini", "system.ini"),
        ("a\x00b.pdf", "ab.pdf"),
        ("photo\u202egpj.exe", "photogpj.exe"),
        ("\u2067\u200fتقرير.pdf", "تقرير.pdf"),
        ("...", "attachment"),
        (".hidden", "hidden"),
    ],
)
def test_hostile_names_are_cleaned(given: str, expected: str) -> None:
    assert clean_name(given) == expected


def test_very_long_name_keeps_its_extension(register: Register, tmp_path: Path) -> None:
    seed_plan(register)
    name = "ع" * 600 + ".pdf"
    assert len(clean_name(name)) <= NAME_MAX
    assert clean_name(name).endswith(".pdf")
    rec = register.add_attachment("JAP/2022", _file(tmp_path, "x.txt", b"hello"), name="../" + name)
    assert rec.name.endswith(".pdf") and "/" not in rec.name


def test_media_type_is_sniffed_from_content(register: Register, tmp_path: Path) -> None:
    seed_plan(register)
    fake_pdf = register.add_attachment("JAP/2022", _file(tmp_path, "contract.pdf", png_bytes()))
    assert fake_pdf.media_type == "image/png" and fake_pdf.name == "contract.pdf"
    real = register.add_attachment("JAP/2022", pdf_with_text(tmp_path / "plan.png", "Hello"))
    assert real.media_type == "application/pdf"
    text = register.add_attachment("JAP/2022", _file(tmp_path, "notes.jpg", "ملاحظات".encode()))
    assert text.media_type == "text/plain"
    empty = register.add_attachment("JAP/2022", _file(tmp_path, "empty", b""))
    assert empty.size == 0 and empty.media_type == "application/octet-stream"
    out = tmp_path / "empty.out"
    register.extract_attachment(empty.uuid or "", out)
    assert out.read_bytes() == b""


def test_search_finds_a_word_only_in_the_signed_pdf(register: Register, tmp_path: Path) -> None:
    plan = seed_plan(register)
    other = seed_plan(register, "OTHER/1")
    activity = register.save_activity(r.Activity(agreement_uuid=plan.uuid or "", title_en="Workshop")).record
    assert register.agreements("Zanzibarian") == []
    register.add_attachment("JAP/2022", pdf_with_text(tmp_path / "signed.pdf", "Signed at Zanzibarian headquarters"), kind="signed_agreement")
    assert [a.reference for a in register.agreements("zanzibarian")] == ["JAP/2022"]
    assert [a.reference for a in register.agreements_full("Zanzibarian headquarters")] == ["JAP/2022"]
    register.add_attachment(activity.uuid or "", pdf_with_text(tmp_path / "report.pdf", "Quokkaland attendance"), kind="report")
    from desktop.services.activities import ActivityFilter

    assert [a.uuid for a in register.activities(ActivityFilter(search="quokkaland"))] == [activity.uuid]
    assert other.reference not in [a.reference for a in register.agreements("zanzibarian")]


def test_search_in_a_docx_attachment(register: Register, tmp_path: Path) -> None:
    import zipfile

    seed_plan(register)
    path = tmp_path / "minutes.docx"
    body = ('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            "<w:p><w:r><w:t>محضر اللجنة المشتركة في عشق أباد</w:t></w:r></w:p></w:body></w:document>")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", body)
    rec = register.add_attachment("JAP/2022", path, kind="minutes")
    assert rec.media_type.endswith("wordprocessingml.document")
    assert [a.reference for a in register.agreements("عشق اباد")] == ["JAP/2022"]


def test_owner_deleted_takes_its_attachments_to_the_trash(register: Register, tmp_path: Path) -> None:
    plan = seed_plan(register)
    rec = register.add_attachment("JAP/2022", _file(tmp_path, "a.txt", b"abc"))
    register.delete_agreement(plan.uuid or "")
    assert register.attachments() == []
    with pytest.raises(SijillError, match="Restore"):
        register.restore_from_trash(rec.uuid or "")
    register.restore_from_trash(plan.uuid or "")
    assert [a.uuid for a in register.attachments("JAP/2022")] == [rec.uuid]


def test_emptying_the_trash_forgets_unused_contents(register: Register, tmp_path: Path) -> None:
    seed_plan(register)
    kept = register.add_attachment("JAP/2022", _file(tmp_path, "k.txt", b"kept"))
    gone = register.add_attachment("JAP/2022", _file(tmp_path, "g.txt", b"gone"))
    register.delete_attachment(gone.uuid or "")
    register.empty_trash()
    with register.database.transaction() as session:
        assert attachment_store.has_content(session, kept.sha256)
        assert not attachment_store.has_content(session, gone.sha256)


def test_titles_and_kind_can_be_changed(register: Register, tmp_path: Path) -> None:
    seed_plan(register)
    rec = register.add_attachment("JAP/2022", _file(tmp_path, "m.txt", b"minutes"))
    rec.title_en, rec.kind = "Minutes of the joint committee", type(rec.kind)("minutes")
    saved = register.save_attachment(rec).record
    assert saved.title_en == "Minutes of the joint committee" and saved.kind.value == "minutes"
    assert "title_en" in register.history(rec.uuid or "")[-1].changes


def test_unknown_owner_and_missing_file(register: Register, tmp_path: Path) -> None:
    seed_plan(register)
    with pytest.raises(SijillError, match="No agreement, activity"):
        register.add_attachment("NOPE", _file(tmp_path, "a.txt", b"a"))
    with pytest.raises(SijillError, match="No file"):
        register.add_attachment("JAP/2022", tmp_path / "absent.pdf")


def test_organisations_and_milestones_hold_files_too(register: Register, tmp_path: Path) -> None:
    org = register.save_organization(r.Organization(name_en="OIC")).record
    milestone = register.save_milestone(r.Milestone(title_en="Ashgabat conference", date=PartialDate(2012))).record
    on_org = register.add_attachment(org.uuid or "", _file(tmp_path, "charter.txt", b"charter"), kind="other")
    on_milestone = register.add_attachment(milestone.uuid or "", _file(tmp_path, "decl.txt", b"declaration"), kind="report")
    assert (on_org.owner_kind, on_milestone.owner_kind) == ("organization", "milestone")
    register.delete_organization(org.uuid or "")
    assert [a.uuid for a in register.attachments()] == [on_milestone.uuid]
    register.restore_from_trash(org.uuid or "")
    assert [a.uuid for a in register.attachments(org.uuid or "")] == [on_org.uuid]


def test_a_damaged_pdf_is_kept_without_words(register: Register, tmp_path: Path) -> None:
    seed_plan(register)
    bad = _file(tmp_path, "broken.pdf", b"%PDF-1.7\n1 0 obj << /Length 999999 >> stream\n\x00\xff garbage")
    rec = register.add_attachment("JAP/2022", bad)
    assert rec.media_type == "application/pdf" and rec.size == bad.stat().st_size
    assert register.agreements("garbage") == []
