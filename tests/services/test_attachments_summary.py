"""The summary lists the plan's attachments and its fingerprint covers them: ``verify``
names an attachment removed or changed since printing (both engines)."""

from __future__ import annotations

from pathlib import Path

from attachment_helpers import pdf_with_text, png_bytes, seed_plan
from desktop.reports import export_summary
from desktop.reports.verify import verify_pdf
from desktop.services.register import Register


def _text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _plan_with_attachments(register: Register, tmp_path: Path) -> tuple[str, str]:
    plan = seed_plan(register)
    signed = register.add_attachment("JAP/2022", pdf_with_text(tmp_path / "signed.pdf", "Signed copy"),
                                     title_en="Signed plan", title_ar="الخطة الموقعة", kind="signed_agreement")
    photo = tmp_path / "workshop.png"
    photo.write_bytes(png_bytes())
    register.add_attachment("JAP/2022", photo, title_en="Workshop photo", kind="photo")
    return plan.uuid or "", signed.uuid or ""


def test_summary_lists_attachments(register: Register, tmp_path: Path) -> None:
    _plan_uuid, signed = _plan_with_attachments(register, tmp_path)
    sha = register.attachment(signed).sha256
    path = export_summary(register, "JAP/2022", tmp_path / "en.pdf", lang="en")
    text = _text(path)
    assert "Attachments" in text and "Signed plan" in text and "Signed agreement" in text
    assert sha[:16] in text and sha[:17] not in text
    assert "Workshop photo" in text and "Photo" in text
    arabic = _text(export_summary(register, "JAP/2022", tmp_path / "ar.pdf", lang="ar"))
    assert "المرفقات" in arabic and sha[:16] in arabic


def test_verify_names_a_removed_attachment(register: Register, tmp_path: Path) -> None:
    _plan_uuid, signed = _plan_with_attachments(register, tmp_path)
    path = export_summary(register, "JAP/2022", tmp_path / "plan.pdf", lang="en")
    assert verify_pdf(register, path).matches
    register.delete_attachment(signed)
    verdict = verify_pdf(register, path)
    assert not verdict.matches and [note.key for note in verdict.register.removed] == [f"attachment:{signed}"]
    register.restore_from_trash(signed)
    assert verify_pdf(register, path).matches


def test_verify_names_a_changed_attachment(register: Register, tmp_path: Path) -> None:
    _plan_uuid, signed = _plan_with_attachments(register, tmp_path)
    path = export_summary(register, "JAP/2022", tmp_path / "plan.pdf", lang="en")
    rec = register.attachment(signed)
    rec.title_en = "Another copy"
    register.save_attachment(rec)
    changed = verify_pdf(register, path).register.changed
    assert [(c.key, c.field, c.new) for c in changed] == [(f"attachment:{signed}", "title_en", "Another copy")]
