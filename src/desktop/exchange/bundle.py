"""The ``.sijill`` bundle file: a zip holding ``manifest.json`` and JSON members whose sizes
and SHA-256 the manifest declares. Reading trusts nothing: the zip's names, sizes, kinds of
member and checksums are all checked, and each member is streamed with a size cap.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.domain.errors import SijillError
from desktop.domain.messages import Message, N_
from desktop.exchange import attachments
from desktop.files import atomic_write

FORMAT = "sijill-bundle"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "signature.p7s"  # a detached CMS signature of manifest.json (desktop.exchange.signing)
SIGNATURE_MAX = 1 << 16
MANIFEST_MAX = 1 << 20  # 1 MiB
MEMBER_MAX = 512 << 20  # 512 MiB: far beyond any register
MEMBERS_MAX = 64
CHUNK = 1 << 16


class BundleError(SijillError):
    """A bundle that cannot be trusted or read; nothing was changed."""


def refuse(text: str, **params: object) -> BundleError:
    return BundleError(Message(text, params))


@dataclass
class RawBundle:
    manifest: dict[str, Any]
    members: dict[str, Any] = field(default_factory=dict)  # name -> parsed JSON
    manifest_bytes: bytes = b""  # manifest.json as stored: what a signature signs
    signature: bytes | None = None  # signature.p7s, when the bundle is signed


def _dumps(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def write_bundle(
    path: str | os.PathLike[str], manifest: dict[str, Any], members: dict[str, Any],
    blobs: list[attachments.Blob] | None = None, sign: Callable[[bytes], bytes] | None = None,
) -> Path:
    """Write members (name -> JSON data), attachment contents (``blobs``, streamed) and the
    manifest (with their checksums) atomically, readable by the owner only; ``sign(manifest
    bytes)`` adds a detached signature."""
    texts = {name: _dumps(data) for name, data in members.items()}
    manifest = dict(manifest)
    manifest["files"] = {
        name: {"sha256": hashlib.sha256(blob).hexdigest(), "size": len(blob)} for name, blob in texts.items()
    }
    manifest["files"].update(attachments.manifest_entries(blobs or []))
    target = Path(path)
    manifest_blob = _dumps(manifest)
    signature = sign(manifest_blob) if sign is not None else None
    with atomic_write(target) as handle:
        with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(_info(MANIFEST), manifest_blob)
            if signature is not None:
                archive.writestr(_info(SIGNATURE), signature)
            for name, blob in texts.items():
                archive.writestr(_info(name), blob)
            attachments.write_blobs(archive, blobs or [], _info)
    os.chmod(target, 0o600)
    return target


def _info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = (stat.S_IFREG | 0o600) << 16
    return info


def _safe_name(name: str) -> bool:
    if not name or name.startswith(("/", "\\")) or "\\" in name or ":" in name or "\x00" in name:
        return False
    return all(part not in ("", ".", "..") for part in name.split("/"))


def _check_entries(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    contents = attachments.count_members([info.filename for info in infos])
    if len(infos) - contents > MEMBERS_MAX or contents > attachments.COUNT_MAX:
        raise refuse(N_("The bundle holds too many files ({count})."), count=len(infos))
    entries: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        if not _safe_name(info.filename):
            raise refuse(N_("The bundle holds a file with an unsafe name ({name}); it was refused."), name=info.filename)
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode) or info.is_dir() or stat.S_IFMT(mode) not in (0, stat.S_IFREG):
            raise refuse(N_("The bundle holds a link or folder ({name}), not a plain file; it was refused."), name=info.filename)
        if info.filename in entries:
            raise refuse(N_("The bundle holds {name} twice; it was refused."), name=info.filename)
        if info.flag_bits & 0x1:
            raise refuse(N_("The bundle holds an encrypted file ({name})."), name=info.filename)
        entries[info.filename] = info
    return entries


def _read_capped(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """Read a member, refusing it as soon as it grows past ``limit`` bytes (a zip bomb)."""
    if info.file_size > limit:
        raise refuse(N_("{name} in the bundle is larger than declared; it was refused."), name=info.filename)
    chunks, total = [], 0
    with archive.open(info) as stream:
        while chunk := stream.read(CHUNK):
            total += len(chunk)
            if total > limit:
                raise refuse(N_("{name} in the bundle is larger than declared; it was refused."), name=info.filename)
            chunks.append(chunk)
    return b"".join(chunks)


def _parse(name: str, blob: bytes) -> Any:
    try:
        return json.loads(blob.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise refuse(N_("{name} in the bundle is not valid JSON ({error})."), name=name, error=str(exc)[:120]) from None


def _check_manifest(manifest: Any) -> dict[str, Any]:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise refuse(N_("This file is not a Sijill exchange bundle (unknown format)."))
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise refuse(N_("The bundle does not say which format version it uses."))
    if version > FORMAT_VERSION:
        raise refuse(
            N_("The bundle uses format version {version}, newer than this Sijill reads ({known}); please update Sijill."),
            version=version, known=FORMAT_VERSION,
        )
    if version < 1:
        raise refuse(N_("The bundle uses an unknown format version ({version})."), version=version)
    files = manifest.get("files")
    if not isinstance(files, dict):
        raise refuse(N_("The bundle's manifest lists no files."))
    for name, entry in files.items():
        ok = isinstance(entry, dict) and isinstance(entry.get("sha256"), str) and isinstance(entry.get("size"), int)
        if not ok or not _safe_name(name) or name == MANIFEST:
            raise refuse(N_("The bundle's manifest has a bad entry for {name}."), name=name)
        if attachments.is_member(name):
            attachments.check_member(name, entry["size"])
    return manifest


def read_bundle(path: str | os.PathLike[str]) -> RawBundle:
    """Open and verify a bundle; raises BundleError with a clear message otherwise."""
    source = Path(path)
    if not source.is_file():
        raise refuse(N_("No bundle file at {path}."), path=source)
    try:
        with zipfile.ZipFile(source) as archive:
            return _read_verified(archive)
    except zipfile.BadZipFile as exc:
        raise refuse(N_("{path} is not a Sijill bundle, or it is damaged or truncated ({error})."), path=source.name, error=exc) from None
    except (EOFError, zipfile.LargeZipFile, NotImplementedError, ValueError, OSError) as exc:
        if isinstance(exc, BundleError):
            raise
        raise refuse(N_("{path} is damaged or truncated ({error})."), path=source.name, error=exc) from None


def _read_verified(archive: zipfile.ZipFile) -> RawBundle:
    entries = _check_entries(archive)
    if MANIFEST not in entries:
        raise refuse(N_("This file is not a Sijill exchange bundle (no manifest)."))
    manifest_blob = _read_capped(archive, entries[MANIFEST], MANIFEST_MAX)
    manifest = _check_manifest(_parse(MANIFEST, manifest_blob))
    files: dict[str, dict[str, Any]] = manifest["files"]
    extra = sorted(set(entries) - set(files) - {MANIFEST, SIGNATURE})
    if extra:
        raise refuse(N_("The bundle holds files its manifest does not list ({names})."), names=", ".join(extra))
    raw = RawBundle(manifest, manifest_bytes=manifest_blob)
    if SIGNATURE in entries:
        raw.signature = _read_capped(archive, entries[SIGNATURE], SIGNATURE_MAX)
    for name, entry in files.items():
        info = entries.get(name)
        if info is None:
            raise refuse(N_("The bundle is incomplete: {name} is missing."), name=name)
        declared = int(entry["size"])
        if attachments.is_member(name) and info.file_size == declared:
            continue  # streamed and checked on import (exchange/attachments.py)
        if declared < 0 or declared > MEMBER_MAX or info.file_size > declared:
            raise refuse(N_("{name} in the bundle is larger than declared; it was refused."), name=name)
        if info.file_size != declared:
            raise refuse(N_("{name} in the bundle does not match its checksum: the bundle is damaged or was altered."), name=name)
        blob = _read_capped(archive, info, declared)
        if len(blob) != declared or hashlib.sha256(blob).hexdigest() != entry["sha256"]:
            raise refuse(N_("{name} in the bundle does not match its checksum: the bundle is damaged or was altered."), name=name)
        raw.members[name] = _parse(name, blob)
    return raw
