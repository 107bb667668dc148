"""Broken or hostile bundles are refused with a clear message and nothing changes."""

from __future__ import annotations

import hashlib
import json
import stat
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.errors import SijillError
from desktop.exchange import bundle as fmt
from desktop.services.register import Register
from exchange_helpers import PLAN, dump


@pytest.fixture
def good(office: Register, tmp_path: Path) -> Path:
    return office.export_bundle(tmp_path / "good.sijill", agreements=[PLAN]).path


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def _write(path: Path, members: dict[str, bytes], *, fix_manifest: bool = True, extra: Callable[[zipfile.ZipFile], None] | None = None) -> Path:
    if fix_manifest:
        manifest = json.loads(members["manifest.json"])
        manifest["files"] = {
            n: {"sha256": hashlib.sha256(b).hexdigest(), "size": len(b)} for n, b in members.items() if n != "manifest.json"
        }
        members = {**members, "manifest.json": json.dumps(manifest).encode()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members.items():
            z.writestr(name, blob)
        if extra:
            extra(z)
    return path


def _edit_json(members: dict[str, bytes], name: str, change: Callable[[Any], None]) -> dict[str, bytes]:
    data = json.loads(members[name])
    change(data)
    return {**members, name: json.dumps(data).encode()}


def _set_activity_field(field: str, value: Any) -> Callable[[Any], None]:
    def change(data: Any) -> None:
        data["records"][0]["data"][field] = value
    return change


def _manifest(**changes: Any) -> Callable[[Any], None]:
    def change(data: Any) -> None:
        data.update(changes)
    return change


def _same_size_change(members: dict[str, bytes]) -> dict[str, bytes]:
    blob = members["records/activity.json"]
    changed = blob.replace(b"completed", b"cancelled", 1)
    assert changed != blob and len(changed) == len(blob)
    return {**members, "records/activity.json": changed}


def _symlink(z: zipfile.ZipFile) -> None:
    info = zipfile.ZipInfo("records/link.json")
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    z.writestr(info, "/etc/passwd")


CASES: dict[str, Callable[[Path, Path], Path]] = {
    "not a zip": lambda good, out: (out.write_bytes(b"PK\x03\x04 this is not really a zip" * 10), out)[1],
    "plain text": lambda good, out: (out.write_text("hello"), out)[1],
    "truncated": lambda good, out: (out.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2]), out)[1],
    "checksum mismatch": lambda good, out: _write(out, _same_size_change(_members(good)), fix_manifest=False),
    "member smaller than declared": lambda good, out: _write(
        out, {**_members(good), "records/person.json": b'{"records": []}'}, fix_manifest=False),
    "unknown format": lambda good, out: _write(out, _edit_json(_members(good), "manifest.json", _manifest(format="something-else"))),
    "newer format version": lambda good, out: _write(out, _edit_json(_members(good), "manifest.json", _manifest(format_version=99))),
    "no manifest": lambda good, out: _write(out, {n: b for n, b in _members(good).items() if n != "manifest.json"}, fix_manifest=False),
    "dot-dot path": lambda good, out: _write(out, {**_members(good), "../../evil.json": b"{}"}),
    "absolute path": lambda good, out: _write(out, {**_members(good), "/tmp/evil.json": b"{}"}),
    "symlink member": lambda good, out: _write(out, _members(good), extra=_symlink),
    "member not in manifest": lambda good, out: _write(out, _members(good), fix_manifest=False, extra=lambda z: z.writestr("extra.json", "{}")),
    "invalid record (no title)": lambda good, out: _write(out, _edit_json(
        _edit_json(_members(good), "records/activity.json", _set_activity_field("title_ar", "")),
        "records/activity.json", _set_activity_field("title_en", ""))),
    "invalid record (bad status)": lambda good, out: _write(out, _edit_json(_members(good), "records/activity.json", _set_activity_field("status", "exploded"))),
    "invalid record (bad date)": lambda good, out: _write(out, _edit_json(_members(good), "records/activity.json", _set_activity_field("start", "2023-13-45"))),
    "invalid record (wrong type)": lambda good, out: _write(out, _edit_json(_members(good), "records/activity.json", _set_activity_field("participants", "many"))),
    "record not matching digest": lambda good, out: _write(out, _edit_json(_members(good), "records/activity.json", _set_activity_field("notes", "quietly changed"))),
    "broken JSON": lambda good, out: _write(out, {**_members(good), "records/person.json": b"{not json"}),
}


EXPECTED = {
    "not a zip": "not a Sijill bundle",
    "plain text": "not a Sijill bundle",
    "truncated": "damaged or truncated",
    "checksum mismatch": "does not match its checksum",
    "member smaller than declared": "does not match its checksum",
    "unknown format": "unknown format",
    "newer format version": "newer than this Sijill",
    "no manifest": "no manifest",
    "dot-dot path": "unsafe name",
    "absolute path": "unsafe name",
    "symlink member": "link or folder",
    "member not in manifest": "does not list",
    "invalid record (no title)": "fails validation",
    "invalid record (bad status)": "fails validation",
    "invalid record (bad date)": "fails validation",
    "invalid record (wrong type)": "fails validation",
    "record not matching digest": "does not match its digest",
    "broken JSON": "not valid JSON",
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_bundle_is_refused_and_nothing_changes(case: str, office: Register, laptop: Register, good: Path, tmp_path: Path) -> None:
    bad = CASES[case](good, tmp_path / f"bad-{case.replace(' ', '_')}.sijill")
    before = dump(laptop)
    with pytest.raises(SijillError) as info:
        laptop.import_bundle(bad)
    message = str(info.value)
    assert EXPECTED[case] in message, message
    assert dump(laptop) == before


def test_zip_bomb_is_refused_while_streaming(laptop: Register, good: Path, tmp_path: Path) -> None:
    members = _members(good)
    manifest = json.loads(members["manifest.json"])
    bomb = b"[" + b" " * (50 << 20) + b"]"  # 50 MB of blanks, compresses to ~50 KB
    manifest["files"]["records/activity.json"] = {"sha256": hashlib.sha256(bomb).hexdigest(), "size": 1000}
    out = tmp_path / "bomb.sijill"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", json.dumps(manifest))
        for name, blob in members.items():
            if name != "manifest.json":
                z.writestr(name, bomb if name == "records/activity.json" else blob)
    assert out.stat().st_size < 1 << 20
    before = dump(laptop)
    with pytest.raises(SijillError, match="larger than declared"):
        laptop.import_bundle(out)
    assert dump(laptop) == before


def test_lying_zip_header_is_caught(good: Path, tmp_path: Path) -> None:
    """A member that inflates past the size its header claims is cut off, never read whole."""
    members = _members(good)
    with zipfile.ZipFile(_write(tmp_path / "ok.sijill", members)) as z:
        info = z.getinfo("records/activity.json")
        info.file_size = 10
        with pytest.raises((fmt.BundleError, zipfile.BadZipFile)):
            fmt._read_capped(z, info, 10)


def test_bundle_from_the_same_database_is_refused(office: Register, good: Path) -> None:
    with pytest.raises(SijillError, match="this very database"):
        office.import_bundle(good)


def test_a_bundle_needing_a_missing_record_is_refused_as_a_whole(office: Register, laptop: Register, tmp_path: Path) -> None:
    """A record whose agreement is in no database here is kept for review, nothing else lost."""
    members = _members(office.export_bundle(tmp_path / "all.sijill", agreements=[PLAN]).path)
    members = _edit_json(members, "records/agreement.json", lambda d: d["records"].clear())
    fresh = Register.open(tmp_path / "fresh.sqlite")
    before = dump(fresh)
    report = fresh.import_bundle(_write(tmp_path / "partial.sijill", members))
    assert report.conflicts and all(c.reason == "cannot_apply" for c in report.conflicts)
    assert report.added == 4  # the organisations and people
    assert dump(fresh) != before
    fresh.close()
