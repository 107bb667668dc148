"""Bundles carry attachments: contents once per SHA-256, each checked on import; left out
with --no-attachments; an attachment edited on both sides is a conflict like any record.
The office runs on both engines (``register``); the laptop is a SQLite file."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from attachment_helpers import pdf_with_text, png_bytes, seed_plan
from desktop.exchange.bundle import BundleError
from desktop.services import attachment_store
from desktop.services.register import Register


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Register]:
    reg = Register.open(tmp_path / "laptop.sqlite")
    yield reg
    reg.close()


def _office_with_files(register: Register, tmp_path: Path) -> tuple[str, str]:
    seed_plan(register)
    signed = register.add_attachment("JAP/2022", pdf_with_text(tmp_path / "signed.pdf", "Signed copy"), kind="signed_agreement")
    photo = tmp_path / "photo.png"
    photo.write_bytes(png_bytes())
    register.add_attachment("JAP/2022", photo, kind="photo")
    register.add_attachment("JAP/2022", photo, kind="photo", title_en="same bytes again")
    return signed.uuid or "", signed.sha256


def _chunk_count(reg: Register) -> int:
    from sqlalchemy import func, select

    with reg.database.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(attachment_store.m.AttachmentChunkRow)) or 0)


def test_bundle_carries_contents_once_and_they_arrive_identical(register: Register, laptop: Register, tmp_path: Path) -> None:
    signed, sha = _office_with_files(register, tmp_path)
    result = register.export_bundle(tmp_path / "out.sijill")
    assert result.counts["attachment"] == 3 and result.attachment_contents == 2
    with zipfile.ZipFile(tmp_path / "out.sijill") as archive:
        members = [n for n in archive.namelist() if n.startswith("attachments/")]
        manifest = json.loads(archive.read("manifest.json"))
    assert sorted(members) == sorted({f"attachments/{a.sha256}" for a in register.attachments()})
    assert manifest["files"][f"attachments/{sha}"]["sha256"] == sha
    report = laptop.import_bundle(tmp_path / "out.sijill")
    assert report.contents == 2 and not report.conflicts
    assert len(laptop.attachments("JAP/2022")) == 3
    laptop.extract_attachment(signed, tmp_path / "back.pdf")
    assert (tmp_path / "back.pdf").read_bytes() == (tmp_path / "signed.pdf").read_bytes()
    again = laptop.import_bundle(tmp_path / "out.sijill")
    assert again.contents == 0 and again.added == 0


def test_no_attachments_leaves_them_out_and_says_so(register: Register, laptop: Register, tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    _office_with_files(register, tmp_path)
    code, out, err = run_cli("--db", register.url, "bundle", "export", "-o", str(tmp_path / "lean.sijill"), "--no-attachments")
    assert code == 0, err
    assert "attachments left out (--no-attachments): 3" in out and "0 attached file(s)" in out
    with zipfile.ZipFile(tmp_path / "lean.sijill") as archive:
        assert not [n for n in archive.namelist() if n.startswith("attachments/")]
    laptop.import_bundle(tmp_path / "lean.sijill")
    assert laptop.attachments("JAP/2022") == [] and _chunk_count(laptop) == 0


def _rewrite(source: Path, target: Path, change: dict[str, bytes | None]) -> None:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            if info.filename in change:
                if change[info.filename] is not None:
                    new.writestr(info.filename, change[info.filename])  # type: ignore[arg-type]
            else:
                new.writestr(info.filename, old.read(info.filename))


def test_import_checks_each_hash(register: Register, laptop: Register, tmp_path: Path) -> None:
    _signed, sha = _office_with_files(register, tmp_path)
    register.export_bundle(tmp_path / "out.sijill")
    name = f"attachments/{sha}"
    with zipfile.ZipFile(tmp_path / "out.sijill") as archive:
        original = archive.read(name)
    altered = bytearray(original)
    altered[len(altered) // 2] ^= 0x01  # same size, one bit different
    _rewrite(tmp_path / "out.sijill", tmp_path / "bad.sijill", {name: bytes(altered)})
    with pytest.raises(BundleError, match="does not match its checksum"):
        laptop.import_bundle(tmp_path / "bad.sijill")
    assert laptop.agreements() == [] and _chunk_count(laptop) == 0


def test_missing_contents_become_a_conflict(register: Register, laptop: Register, tmp_path: Path) -> None:
    signed, sha = _office_with_files(register, tmp_path)
    register.export_bundle(tmp_path / "out.sijill")
    name = f"attachments/{sha}"
    with zipfile.ZipFile(tmp_path / "out.sijill") as archive:
        manifest = json.loads(archive.read("manifest.json"))
    del manifest["files"][name]
    _rewrite(tmp_path / "out.sijill", tmp_path / "partial.sijill", {name: None, "manifest.json": json.dumps(manifest).encode()})
    report = laptop.import_bundle(tmp_path / "partial.sijill")
    assert [(c.kind, c.uuid, c.reason) for c in report.conflicts] == [("attachment", signed, "cannot_apply")]
    assert len(laptop.attachments("JAP/2022")) == 2


def test_attachment_edited_on_both_sides_is_a_conflict(register: Register, laptop: Register, tmp_path: Path) -> None:
    signed, _sha = _office_with_files(register, tmp_path)
    register.export_bundle(tmp_path / "first.sijill")
    laptop.import_bundle(tmp_path / "first.sijill")
    mine = laptop.attachment(signed)
    mine.title_en = "Laptop title"
    laptop.save_attachment(mine)
    theirs = register.attachment(signed)
    theirs.title_en = "Office title"
    register.save_attachment(theirs)
    register.export_bundle(tmp_path / "second.sijill")
    report = laptop.import_bundle(tmp_path / "second.sijill")
    [conflict] = report.conflicts
    assert (conflict.kind, conflict.reason, conflict.fields) == ("attachment", "edited_both", ["title_en"])
    [open_conflict] = laptop.conflicts()
    assert open_conflict.record_kind == "attachment"
    laptop.resolve_conflict(open_conflict.id, keep="theirs")
    assert laptop.attachment(signed).title_en == "Office title" and laptop.conflicts() == []


def test_hostile_content_member_names_are_refused(register: Register, laptop: Register, tmp_path: Path) -> None:
    _office_with_files(register, tmp_path)
    register.export_bundle(tmp_path / "out.sijill")
    with zipfile.ZipFile(tmp_path / "out.sijill") as archive:
        manifest = json.loads(archive.read("manifest.json"))
    manifest["files"]["attachments/not-a-hash"] = {"sha256": "0" * 64, "size": 1}
    _rewrite(tmp_path / "out.sijill", tmp_path / "hostile.sijill", {"manifest.json": json.dumps(manifest).encode()})
    with zipfile.ZipFile(tmp_path / "hostile.sijill", "a") as archive:
        archive.writestr("attachments/not-a-hash", b"x")
    with pytest.raises(BundleError, match="bad entry"):
        laptop.import_bundle(tmp_path / "hostile.sijill")


def test_a_hostile_file_name_in_a_bundle_refuses_it(register: Register, laptop: Register, tmp_path: Path) -> None:
    import hashlib

    _office_with_files(register, tmp_path)
    register.export_bundle(tmp_path / "out.sijill")
    member = "records/attachment.json"
    with zipfile.ZipFile(tmp_path / "out.sijill") as archive:
        manifest = json.loads(archive.read("manifest.json"))
        records = json.loads(archive.read(member))
    records["records"][0]["data"]["name"] = "../../etc/passwd\u202e"
    blob = json.dumps(records).encode()
    manifest["files"][member] = {"sha256": hashlib.sha256(blob).hexdigest(), "size": len(blob)}
    _rewrite(tmp_path / "out.sijill", tmp_path / "names.sijill", {member: blob, "manifest.json": json.dumps(manifest).encode()})
    with pytest.raises(BundleError, match="fails validation"):
        laptop.import_bundle(tmp_path / "names.sijill")
    assert laptop.attachments() == []
