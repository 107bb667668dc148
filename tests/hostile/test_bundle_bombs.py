"""Bundles that inflate to gigabytes (honestly declared, or lying about their size), many
large members, JSON built to take memory: each is refused in one line while the importing
process stays under 500 MB (measured: the child's peak resident size, from wait4)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.exchange import bundle as fmt
from desktop.services.demo import load_demo
from desktop.services.register import Register

PLAN = "UNHCR-OIC/JAP/2022-2025"
LIMIT_KB = 500 * 1024  # 500 MB


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, bytes]]:
    """(the office's register, a laptop register, the members of a good bundle)."""
    folder = tmp_path_factory.mktemp("bombs")
    office, laptop = folder / "office.sqlite", folder / "laptop.sqlite"
    reg = Register.open(office)
    load_demo(reg)
    good = reg.export_bundle(folder / "good.sijill", agreements=[PLAN]).path
    reg.close()
    Register.open(laptop).close()
    with zipfile.ZipFile(good) as z:
        members = {n: z.read(n) for n in z.namelist()}
    return office, laptop, members


Bomb = tuple[bytes, bytes, bytes, int, "int | None"]  # head, chunk, tail, size, declared


def _bomb(path: Path, members: dict[str, bytes], bombs: dict[str, Bomb]) -> Path:
    """A bundle whose members in ``bombs`` are ``head + chunk * n + tail`` (``size`` bytes),
    declared in the manifest as ``declared`` bytes (None: honestly) with their true SHA-256."""
    manifest = json.loads(members["manifest.json"])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        for name, blob in members.items():
            if name != "manifest.json" and name not in bombs:
                z.writestr(name, blob)
        for name, (head, chunk, tail, size, declared) in bombs.items():
            digest = hashlib.sha256()
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            with z.open(info, "w", force_zip64=True) as out:
                for piece in _pieces(head, chunk, tail, size):
                    out.write(piece)
                    digest.update(piece)
            manifest["files"][name] = {"sha256": digest.hexdigest(), "size": size if declared is None else declared}
        z.writestr("manifest.json", json.dumps(manifest))
    return path


def _pieces(head: bytes, chunk: bytes, tail: bytes, size: int) -> Iterator[bytes]:
    body = size - len(head) - len(tail)
    big = chunk * ((1 << 20) // len(chunk))
    yield head
    while body >= len(big):
        yield big
        body -= len(big)
    yield chunk * (body // len(chunk))
    yield b" " * (body % len(chunk)) + tail


def _import_measured(db: Path, bundle: Path, tmp_path: Path) -> tuple[int, str, int]:
    """``sijill bundle import`` in a child process: (exit code, stderr, peak RSS in KiB)."""
    # The child's own peak (VmHWM, written as it exits): ru_maxrss would also count the pytest
    # process it was forked from, which grows to hundreds of MB over a whole run.
    peak_file = tmp_path / "peak.txt"
    code = (
        "import atexit, sys\n"
        "from desktop.cli import main\n"
        "def peak():\n"
        "    with open('/proc/self/status') as status, open(sys.argv[1], 'w') as out:\n"
        "        out.write(next(line.split()[1] for line in status if line.startswith('VmHWM:')))\n"
        "atexit.register(peak)\n"
        "sys.exit(main(sys.argv[2:]))\n"
    )
    err_file = tmp_path / "stderr.txt"
    with err_file.open("w") as err, open(os.devnull, "w") as out:
        child = subprocess.Popen([sys.executable, "-c", code, str(peak_file), "--db", str(db), "bundle", "import", str(bundle)],
                                 stdout=out, stderr=err, env=dict(os.environ, SIJILL_NO_AUTO_BACKUP="1"))
        _pid, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
    peak = int(peak_file.read_text()) if peak_file.exists() else usage.ru_maxrss
    return child.returncode, err_file.read_text(), peak


RECORDS = (b'{"schema": 1, "kind": "activity", "records": [', b'{"a": 1},', b'{"a": 1}]}')
BOMBS: dict[str, dict[str, Bomb]] = {
    # one member honestly declaring 500 MiB of JSON (3.1 GB before budgets)
    "honest": {"records/activity.json": (*RECORDS, 500 << 20, None)},
    # four such members (a MemoryError before)
    "four": {f"records/{k}.json": (*RECORDS, 300 << 20, None) for k in ("activity", "person", "organization", "milestone")},
    # one member declaring its real small size but inflating to 1 GiB
    "lying": {"records/activity.json": (b"[", b"          ", b"]", 1 << 30, 1000)},
    # two members under the per-member cap, together over the budget
    "two": {f"records/{k}.json": (b"[", b"          ", b"]", 40 << 20, None) for k in ("activity", "person")},
    # one member within the byte budget whose JSON would take gigabytes to parse
    "dense": {"records/activity.json": (b"[", b"{},", b"{}]", 40 << 20, None)},
}


@pytest.mark.parametrize("case", sorted(BOMBS))
def test_bombs_are_refused_in_one_line_under_500_mb(setup: tuple[Path, Path, dict[str, bytes]], tmp_path: Path, case: str) -> None:
    _office, laptop, members = setup
    db = tmp_path / "laptop.sqlite"
    shutil.copyfile(laptop, db)
    before = db.read_bytes()
    bomb = _bomb(tmp_path / f"{case}.sijill", members, BOMBS[case])
    assert bomb.stat().st_size < 4 << 20
    code, err, peak_kb = _import_measured(db, bomb, tmp_path)
    assert code == 1, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("sijill: error: ") and "Traceback" not in err, err
    assert peak_kb < LIMIT_KB, f"{case}: peak {peak_kb >> 10} MiB"
    assert db.read_bytes() == before


def test_sizes_are_counted_as_they_are_inflated_not_taken_from_headers(setup: tuple[Path, Path, dict[str, bytes]], tmp_path: Path) -> None:
    """The reader stops a member as soon as it outgrows the limit, whatever its zip header
    says (here the header is made to claim 10 bytes, then a huge size)."""
    _office, _laptop, members = setup
    path = _bomb(tmp_path / "b.sijill", members, {"records/activity.json": (b"", b"x", b"", 8 << 20, None)})
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("records/activity.json")
        info.file_size = 1 << 40
        with pytest.raises(fmt.BundleError, match="larger than declared"):
            fmt.read_member(z, info, 1 << 20)
        budget = fmt.Budget(total=2 << 20)
        with pytest.raises(fmt.BundleError, match="once unpacked"):
            fmt.read_member(z, info, 16 << 20, budget)


def test_a_budget_big_enough_for_a_real_bundle(setup: tuple[Path, Path, dict[str, bytes]]) -> None:
    """The memory estimate is an upper bound that still lets real bundles through easily."""
    _office, _laptop, members = setup
    blob = members["records/activity.json"]
    assert fmt.json_cost(blob) < 12 * len(blob)
    assert fmt.MEMORY_MAX // 12 > 16 << 20  # at least 16 MiB of real records at once


def _directory_bomb(path: Path, entries: int) -> Path:
    """A zip whose central directory lists ``entries`` members (all pointing at one empty
    file), while its end record claims just one: ZipFile would hold them all as ZipInfos."""
    import struct

    name = b"a"
    local = struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 0, 0, 0, 0, 0, 0, len(name), 0) + name
    size = 0
    with path.open("wb") as out:  # written as it is made: the test process stays small
        out.write(local)
        for i in range(entries):
            member = b"m%07d" % i
            record = struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 0, 0, 0, 0, 0, 0, len(member), 0, 0, 0, 0, 0, 0) + member
            out.write(record)
            size += len(record)
        out.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 1, 1, size, len(local), 0))
    return path


def test_a_central_directory_bomb_is_refused_before_it_is_read(setup: tuple[Path, Path, dict[str, bytes]], tmp_path: Path) -> None:
    _office, laptop, _members = setup
    db = tmp_path / "laptop.sqlite"
    shutil.copyfile(laptop, db)
    bomb = _directory_bomb(tmp_path / "directory.sijill", 600_000)
    assert bomb.stat().st_size < fmt.TOTAL_MAX
    code, err, peak_kb = _import_measured(db, bomb, tmp_path)
    assert code == 1 and "too many files" in err and "Traceback" not in err, err
    assert peak_kb < LIMIT_KB, f"peak {peak_kb >> 10} MiB"


def test_a_bundle_too_big_to_import_is_not_written(setup: tuple[Path, Path, dict[str, bytes]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    office, _laptop, _members = setup
    monkeypatch.setattr(fmt, "MEMORY_MAX", 50_000)
    reg = Register.open(office)
    try:
        with pytest.raises(fmt.BundleError, match="too large to import at once"):
            reg.export_bundle(tmp_path / "big.sijill")
    finally:
        reg.close()
    assert not (tmp_path / "big.sijill").exists()
