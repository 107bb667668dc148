"""A fuzz test of the bundle reader: 1,200 random mutations of a real bundle (bit flips,
truncations, inserted and deleted bytes, members swapped, sizes that lie in the zip's
headers or in the manifest). Each one is either refused with one clear message (a
SijillError, which the CLI prints as one line) or imports exactly what the good bundle
imports; never another exception, and the register is unchanged after every refusal.
The seed is fixed, so a failure is reproduced by running the test again."""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import struct
import zipfile
from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.errors import SijillError
from desktop.services.fieldwork import incoming
from desktop.services.register import Register
from exchange_helpers import PLAN, dump, records

SEED = 20261208
COUNT = 1200


def _flip(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.choice((1, 1, 1, 2, 8))):
        i = rng.randrange(len(out))
        out[i] ^= 1 << rng.randrange(8)
    return bytes(out)


def _truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data))]


def _splice(rng: random.Random, data: bytes) -> bytes:
    i = rng.randrange(len(data))
    if rng.random() < 0.5:
        return data[:i] + bytes(rng.randrange(256) for _ in range(rng.randint(1, 16))) + data[i:]
    return data[:i] + data[i + rng.randint(1, 64):]


def _rezip(members: dict[str, bytes], fix: bool) -> bytes:
    if fix:
        manifest = json.loads(members["manifest.json"])
        manifest["files"] = {n: {"sha256": hashlib.sha256(b).hexdigest(), "size": len(b)} for n, b in members.items() if n != "manifest.json"}
        members = {**members, "manifest.json": json.dumps(manifest).encode()}
    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members.items():
            z.writestr(name, blob)
    return out.getvalue()


def _swap(rng: random.Random, data: bytes) -> bytes:
    """Two members exchange their contents (with or without a manifest made to match)."""
    with zipfile.ZipFile(BytesIO(data)) as z:
        members = {n: z.read(n) for n in z.namelist()}
    a, b = rng.sample(sorted(members), 2)
    members[a], members[b] = members[b], members[a]
    return _rezip(members, fix=rng.random() < 0.5 and "manifest.json" not in (a, b))


def _header_size_lie(rng: random.Random, data: bytes) -> bytes:
    """A zip header (local or central) claims another compressed or uncompressed size."""
    out = bytearray(data)
    spots = [(i, 18) for i in _find_all(data, b"PK\x03\x04")] + [(i, 20) for i in _find_all(data, b"PK\x01\x02")]
    at, base = rng.choice(spots)
    field = base + rng.choice((0, 4))
    value = rng.choice((0, 1, 10, 1 << 20, 0xFFFFFFFE, rng.randrange(1 << 32)))
    out[at + field:at + field + 4] = struct.pack("<I", value)
    return bytes(out)


def _manifest_size_lie(rng: random.Random, data: bytes) -> bytes:
    with zipfile.ZipFile(BytesIO(data)) as z:
        members = {n: z.read(n) for n in z.namelist()}
    manifest = json.loads(members["manifest.json"])
    name = rng.choice(sorted(manifest["files"]))
    manifest["files"][name]["size"] = rng.choice((0, -1, 1, manifest["files"][name]["size"] * 1000, 1 << 62, "12", None))
    members["manifest.json"] = json.dumps(manifest).encode()
    return _rezip(members, fix=False)


def _find_all(data: bytes, needle: bytes) -> list[int]:
    found, at = [], data.find(needle)
    while at >= 0:
        found.append(at)
        at = data.find(needle, at + 1)
    return found


MUTATIONS: list[Callable[[random.Random, bytes], bytes]] = [
    _flip, _flip, _flip, _truncate, _splice, _swap, _header_size_lie, _manifest_size_lie,
]


def test_random_mutations_are_refused_in_one_message_or_imported_correctly(office: Register, laptop: Register, tmp_path: Path) -> None:
    good = office.export_bundle(tmp_path / "good.sijill", agreements=[PLAN]).path.read_bytes()
    laptop_file = laptop.database.path
    assert laptop_file is not None
    laptop.close()
    pristine = tmp_path / "pristine.sqlite"
    shutil.copyfile(laptop_file, pristine)
    expected = _imported(pristine, tmp_path / "expected.sqlite", good, tmp_path / "good-copy.sijill")
    rng = random.Random(SEED)
    outcomes: dict[str, int] = {}
    target = tmp_path / "mutant.sijill"
    for n in range(COUNT):
        mutation = rng.choice(MUTATIONS)
        data = mutation(rng, good)
        target.write_bytes(data)
        try:
            incoming.load(target)
        except SijillError as exc:
            assert "\n" not in exc.message.render(), exc.message.render()
            outcomes["refused"] = outcomes.get("refused", 0) + 1
            if n % 100 == 0:  # now and then, the whole import: refused and nothing changed
                _refused_unchanged(pristine, tmp_path / "refused.sqlite", target)
            continue
        except Exception as exc:  # noqa: BLE001 - the point of the test
            pytest.fail(f"mutation {n} ({mutation.__name__}) raised {type(exc).__name__}: {exc}")
        # The reading accepted it; attachment contents are streamed (and checked) only on import,
        # so the import itself may still refuse in one line, with nothing changed.
        try:
            result = _imported(pristine, tmp_path / "accepted.sqlite", data, target)
        except SijillError as exc:
            assert "\n" not in exc.message.render(), exc.message.render()
            _refused_unchanged(pristine, tmp_path / "refused.sqlite", target)
            outcomes["refused"] = outcomes.get("refused", 0) + 1
            continue
        outcomes["accepted"] = outcomes.get("accepted", 0) + 1
        assert result == expected, f"mutation {n} ({mutation.__name__})"
    assert sum(outcomes.values()) == COUNT >= 1000
    assert outcomes["refused"] > COUNT // 2


def _imported(pristine: Path, db: Path, data: bytes, bundle: Path) -> dict[str, Any]:
    shutil.copyfile(pristine, db)
    bundle.write_bytes(data)
    reg = Register.open(db)
    try:
        reg.import_bundle(bundle)
        return records(reg)
    finally:
        reg.close()


def _refused_unchanged(pristine: Path, db: Path, bundle: Path) -> None:
    shutil.copyfile(pristine, db)
    reg = Register.open(db)
    try:
        before = dump(reg)
        with pytest.raises(SijillError):
            reg.import_bundle(bundle)
        assert dump(reg) == before
    finally:
        reg.close()
