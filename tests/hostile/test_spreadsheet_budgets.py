"""Hostile .xlsx files: a small file whose shared strings inflate to about 1 GB is refused
within the inflate budget (bytes actually inflated, not the sizes declared) and under 500 MB
of memory; and 1,000 deterministic mutations of a real export (bit flips, truncations, member
swaps, size lies) each end in a one-line refusal or a correct import, never a traceback, and
a refusal leaves the register as it was."""

from __future__ import annotations

import io
import random
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pytest

from desktop.domain import records as r
from desktop.domain.dates import PartialDate as D
from desktop.domain.errors import SijillError
from desktop.domain.kinds import ActivityStatus
from desktop.services.register import Register
from desktop.services.spreadsheet import export_activities, import_activities

ROOT = Path(__file__).resolve().parents[2]


def _raw_zip(members: list[tuple[str, bytes, int, int]]) -> bytes:
    """A zip from already deflated members: (name, deflated data, crc32, inflated size)."""
    out, central = io.BytesIO(), io.BytesIO()
    for name, data, crc, size in members:
        offset = out.tell()
        encoded = name.encode()
        out.write(struct.pack("<4s5H3I2H", b"PK\x03\x04", 20, 0, 8, 0, 0, crc, len(data), size, len(encoded), 0) + encoded + data)
        central.write(struct.pack("<4s6H3I5H2I", b"PK\x01\x02", 20, 20, 0, 8, 0, 0, crc, len(data), size, len(encoded),
                                  0, 0, 0, 0, 0, offset) + encoded)
    directory = central.getvalue()
    end = struct.pack("<4s4H2IH", b"PK\x05\x06", 0, 0, len(members), len(members), len(directory), out.tell(), 0)
    return out.getvalue() + directory + end


def _deflated(data: bytes) -> tuple[bytes, int, int]:
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush(), zlib.crc32(data), len(data)


def shared_strings_bomb(source: Path, target: Path, megabytes: int = 1000) -> None:
    """``source`` (a real .xlsx) with its shared strings replaced by ~``megabytes`` MB that
    deflate to about 1 KB a megabyte (the same fully flushed block repeated)."""
    chunk = b"<si><t>" + b"A" * (1 << 20) + b"</t></si>"
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    head = b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    tail = b"</sst>"
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    data = c.compress(head) + c.flush(zlib.Z_FULL_FLUSH) + block * megabytes
    data += c.compress(tail) + c.flush()  # the same compressor state as after a full flush
    crc = zlib.crc32(head)
    for _ in range(megabytes):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(tail, crc)
    size = len(head) + len(chunk) * megabytes + len(tail)
    with zipfile.ZipFile(source) as z:
        members = [(n, *_deflated(z.read(n))) for n in z.namelist() if n != "xl/sharedStrings.xml"]
    members.append(("xl/sharedStrings.xml", data, crc, size))
    target.write_bytes(_raw_zip(members))


@pytest.fixture
def exported(tmp_path: Path) -> tuple[Register, Path]:
    register = Register.open(tmp_path / "register.sqlite")
    register.save_agreement(r.Agreement(reference="P/1", title_ar="خطة", period_start=D(2022), period_end=D(2025)))
    for i in range(3):
        register.save_activity(r.Activity(agreement_uuid="P/1", title_ar=f"ورشة {i}", title_en=f"Workshop {i}",
                                          start=D(2023, i + 1), status=ActivityStatus.COMPLETED, participants=10 + i, notes="ملاحظة"))
    path = tmp_path / "plan.xlsx"
    export_activities(register, path)
    yield register, path
    register.close()


def test_a_shared_strings_bomb_is_refused_within_the_budget_and_memory(exported: tuple[Register, Path], tmp_path: Path) -> None:
    register, source = exported
    bomb = tmp_path / "bomb.xlsx"
    shared_strings_bomb(source, bomb)
    assert bomb.stat().st_size < 2 << 20
    with zipfile.ZipFile(bomb) as z:
        assert z.getinfo("xl/sharedStrings.xml").file_size > 1000 << 20
    probe = (
        "import resource, sys\n"
        "from desktop.domain.errors import SijillError\n"
        "from desktop.services.register import Register\n"
        "from desktop.services.spreadsheet import import_activities\n"
        "register = Register.open(sys.argv[1])\n"
        "try:\n"
        "    import_activities(register, sys.argv[2])\n"
        "    print('imported')\n"
        "except SijillError as exc:\n"
        "    print('refused', exc.message.render())\n"
        # VmHWM: the child's own peak (ru_maxrss also counts the pytest process it was forked from)
        "print('peak', next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM:')) * 1024)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe, str(register.database.path), str(bomb)], capture_output=True,
                          text=True, check=False, env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})
    lines = done.stdout.splitlines()
    assert done.returncode == 0 and lines[0].startswith("refused") and "once unpacked" in lines[0], done.stdout + done.stderr
    peak = int(lines[-1].split()[1])
    assert peak < 500 << 20, peak
    assert register.count_activities() == 3


def _mutations(original: bytes, names: list[str], count: int, seed: int = 14) -> list[tuple[str, bytes]]:
    rng = random.Random(seed)
    cases: list[tuple[str, bytes]] = []
    for i in range(count):
        how = ("flip", "truncate", "swap", "lie", "flip")[i % 5]
        data = bytearray(original)
        if how == "flip":
            for _ in range(rng.randint(1, 8)):
                spot = rng.randrange(len(data))
                data[spot] ^= 1 << rng.randrange(8)
        elif how == "truncate":
            data = data[: rng.randrange(len(data))]
        elif how == "swap":
            a, b = rng.sample(names, 2)
            with zipfile.ZipFile(io.BytesIO(original)) as z:
                blobs = {n: z.read(n) for n in names}
            blobs[a], blobs[b] = blobs[b], blobs[a]
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
                for n in names:
                    z.writestr(n, blobs[n])
            data = bytearray(out.getvalue())
        else:  # a central directory entry that lies about the inflated size
            spots = [k for k in range(len(data) - 4) if data[k:k + 4] == b"PK\x01\x02"]
            spot = rng.choice(spots) + 24
            lie = rng.choice([0, 1, rng.randrange(1, 1 << 31), 0xFFFFFFFF])
            data[spot:spot + 4] = struct.pack("<I", lie)
        cases.append((how, bytes(data)))
    return cases


def _state(register: Register) -> tuple[object, ...]:
    return tuple((a.uuid, a.version, a.title_ar, a.status, a.start, a.participants) for a in register.activities())


def test_a_thousand_mutated_exports_are_refused_in_one_line_or_imported(exported: tuple[Register, Path], tmp_path: Path) -> None:
    register, source = exported
    original = source.read_bytes()
    with zipfile.ZipFile(source) as z:
        names = z.namelist()
    outcomes = {"refused": 0, "checked": 0}
    target = tmp_path / "mutated.xlsx"
    for how, data in _mutations(original, names, 1000):
        target.write_bytes(data)
        before = _state(register)
        try:
            report = import_activities(register, target)
        except SijillError as exc:
            text = exc.message.render()
            assert text and "\n" not in text and "Traceback" not in text, (how, text)
            assert _state(register) == before, how
            outcomes["refused"] += 1
            continue
        outcomes["checked"] += 1
        if not report.ok:
            assert _state(register) == before, how
    assert outcomes["refused"] > 100 and sum(outcomes.values()) == 1000, outcomes


def test_a_sheet_of_a_million_rows_is_refused_with_its_count_before_anything_is_read(exported: tuple[Register, Path], tmp_path: Path) -> None:
    """Excel's largest sheet (1,048,576 rows, declared in its dimension) is refused at once,
    with the count, within the inflate budget: no transaction is started."""
    register, source = exported
    rows = 1_048_576
    body = b"".join(b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>x</t></is></c></row>' % (i, i) for i in range(1, 40_001))
    sheet = (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             b'<dimension ref="A1:L%d"/><sheetData>' % rows) + body * 7 + b"</sheetData></worksheet>"  # 280,000 written: the scan stops past 200,000
    with zipfile.ZipFile(source) as z:
        members = [(n, *_deflated(z.read(n) if n != "xl/worksheets/sheet1.xml" else sheet)) for n in z.namelist()]
    big = tmp_path / "million.xlsx"
    big.write_bytes(_raw_zip(members))
    with pytest.raises(SijillError) as caught:
        import_activities(register, big)
    assert caught.value.message.params == {"count": rows - 1, "limit": 200_000}
    assert register.count_activities() == 3
