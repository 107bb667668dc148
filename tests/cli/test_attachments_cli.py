"""``sijill attachments add/list/extract/remove/limit`` end to end, on both engines; the
memory of adding, extracting and carrying a 100 MB file in a bundle stays bounded (a
subprocess's own peak: VmHWM on Linux, else ru_maxrss)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from attachment_helpers import png_bytes, seed_plan
from desktop.services.register import Register

KEYS = {"name", "title_ar", "title_en", "kind", "media_type", "size", "sha256", "uuid"}


def test_add_list_extract_remove(run_cli, db_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    reg = Register.open(db_url)
    seed_plan(reg)
    reg.close()
    photo = tmp_path / "ورشة.pdf"
    photo.write_bytes(png_bytes())
    code, out, err = run_cli("--db", db_url, "attachments", "add", "JAP/2022", str(photo),
                             "--title-ar", "صورة الورشة", "--title-en", "Workshop photo", "--kind", "photo")
    assert code == 0, err
    code, out, _ = run_cli("--db", db_url, "attachments", "list", "JAP/2022", "--json")
    [item] = json.loads(out)
    assert set(item) == KEYS
    assert item["name"] == "ورشة.pdf" and item["media_type"] == "image/png" and item["kind"] == "photo"
    assert item["title_ar"] == "صورة الورشة" and item["size"] == len(png_bytes())
    target = tmp_path / "copy.png"
    code, out, _ = run_cli("--db", db_url, "attachments", "extract", item["uuid"], "-o", str(target))
    assert code == 0 and target.read_bytes() == png_bytes()
    assert (target.stat().st_mode & 0o077) == 0
    code, out, _ = run_cli("--db", db_url, "attachments", "remove", item["uuid"])
    assert code == 0
    code, out, _ = run_cli("--db", db_url, "attachments", "list", "JAP/2022", "--json")
    assert json.loads(out) == []
    code, out, _ = run_cli("--db", db_url, "trash", "--json")
    assert [e["record_kind"] for e in json.loads(out)] == ["attachment"]


def test_errors_are_one_line(run_cli, db_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    reg = Register.open(db_url)
    seed_plan(reg)
    reg.close()
    big = tmp_path / "big.bin"
    big.write_bytes(b"0" * 1_500_000)
    assert run_cli("--db", db_url, "attachments", "limit", "1")[0] == 0
    assert run_cli("--db", db_url, "attachments", "limit")[1].strip() == "1 MB"
    code, out, err = run_cli("--db", db_url, "attachments", "add", "JAP/2022", str(big))
    assert code == 1 and err.startswith("sijill: error:") and "limit of 1 MB" in err and "Traceback" not in err
    code, _, err = run_cli("--db", db_url, "attachments", "add", "MISSING", str(big))
    assert code == 1 and err.count("\n") == 1
    code, _, err = run_cli("--db", db_url, "attachments", "extract", "00000000-0000-0000-0000-000000000000", "-o", str(tmp_path / "x"))
    assert code == 1 and not (tmp_path / "x").exists()
    with pytest.raises(SystemExit) as exited:
        run_cli("--db", db_url, "attachments", "add", "JAP/2022", str(big), "--kind", "novel")
    assert exited.value.code == 2


_MEASURE = r"""
import os, resource, sys
from desktop.services.register import Register


def peak_kib():
    # VmHWM: this process's own peak (ru_maxrss also counts the pytest process it was forked
    # from, which would hide growth below that); ru_maxrss where /proc is not there
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


db, source, target, owner = sys.argv[1:5]
reg = Register.open(db)
try:
    with open("/proc/self/clear_refs", "w") as clear:
        clear.write("5")  # the peak starts again from here
except OSError:
    pass
before = peak_kib()
rec = reg.add_attachment(owner, source)
reg.extract_attachment(rec.uuid, target)
bundle = target + ".sijill"
reg.export_bundle(bundle)
other = Register.open(target + ".laptop.sqlite")
report = other.import_bundle(bundle)
assert report.contents == 1 and not report.conflicts, report
other.extract_attachment(rec.uuid, target + ".2")
if os.environ.get("SIJILL_TEST_HOLD_WHOLE_FILE"):  # proves the test can fail
    whole = open(source, "rb").read()
after = peak_kib()
print(before, after, rec.size)
"""


@pytest.mark.slow
def test_memory_bounded_for_a_100_mb_file(db_url: str, tmp_path: Path) -> None:
    reg = Register.open(db_url)
    plan = seed_plan(reg)
    reg.close()
    source = tmp_path / "scan.bin"
    block = os.urandom(1 << 20)
    with open(source, "wb") as handle:
        for i in range(95):
            handle.write(block[i:] + block[:i])
        handle.write(block[: 100_000_000 - 95 * (1 << 20)])  # 100 MB: the default cap
    target = tmp_path / "back.bin"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")}
    done = subprocess.run([sys.executable, "-c", _MEASURE, db_url, str(source), str(target), plan.uuid or ""],
                          capture_output=True, text=True, env=env, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    before, after, size = map(int, done.stdout.split())
    assert size == 100_000_000
    grown_mb = (after - before) / 1024  # KiB
    print(f"memory: {before // 1024} MB before, {after // 1024} MB after adding, extracting and carrying 100 MB in a bundle")
    assert grown_mb < 60, f"adding and extracting a 100 MB file grew the process by {grown_mb:.0f} MB"
    assert Path(str(target) + ".2").stat().st_size == 100_000_000  # and through a bundle
    with open(source, "rb") as a, open(target, "rb") as b:
        while True:
            x, y = a.read(1 << 20), b.read(1 << 20)
            assert x == y
            if not x:
                break


def test_check_reports_missing_contents(run_cli, db_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import delete

    from desktop.store import models as m

    reg = Register.open(db_url)
    seed_plan(reg)
    source = tmp_path / "a.txt"
    source.write_bytes(b"minutes")
    rec = reg.add_attachment("JAP/2022", source)
    reg.close()
    assert run_cli("--db", db_url, "check")[0] == 0
    reg = Register.open(db_url)
    with reg.database.transaction() as session:
        session.execute(delete(m.AttachmentChunkRow))
    reg.close()
    code, out, _ = run_cli("--db", db_url, "check")
    assert code == 1 and f"attachment {rec.uuid} (a.txt): contents missing" in out
