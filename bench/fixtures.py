"""Databases for the benchmark, generated once and cached under bench/.cache.

A cached file is reused only while the generator, the migrations and the schema are the ones
that made it (their source is hashed into the file name)."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CACHE = Path(__file__).resolve().with_name(".cache")
SOURCES = [
    ROOT / "src/desktop/services/generator.py",
    ROOT / "src/desktop/services/generator_words.py",
    ROOT / "src/desktop/store/models.py",
    *sorted((ROOT / "src/desktop/store/migrations/versions").glob("*.py")),
]
#: agreements in every benchmark database, so only the number of activities differs
AGREEMENTS = 500
#: the big-plan registers: the plan the Dashboard opens on holds a fifth of the activities
#: (20,000 of 100,000; 200 of 1,000)
BIG_PLAN_SHARE = 5


def big_plan_database(activities: int) -> Path:
    return database(activities, AGREEMENTS, largest_plan=activities // BIG_PLAN_SHARE)


def demo_database() -> Path:
    """The example register (its plan's summary is four pages), made once."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"demo-{_fingerprint()}.sqlite"
    if not path.exists():
        from desktop.services.demo import load_demo
        from desktop.services.register import Register

        for old in CACHE.glob("demo-*.sqlite*"):
            old.unlink()
        partial = path.with_name(path.name + ".part")
        partial.unlink(missing_ok=True)
        register = Register.open(partial)
        try:
            load_demo(register)
        finally:
            register.close()
        for suffix in ("-wal", "-shm"):
            Path(str(partial) + suffix).unlink(missing_ok=True)
        partial.rename(path)
    return path


def _fingerprint() -> str:
    digest = hashlib.sha256()
    for path in SOURCES:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def database(activities: int, agreements: int = AGREEMENTS, largest_plan: int | None = None) -> Path:
    """A register with ``activities`` generated activities under ``agreements`` agreements;
    with ``largest_plan``, that many belong to the plan the Dashboard opens on."""
    CACHE.mkdir(exist_ok=True)
    stem = f"register-{activities}-{agreements}" + (f"-big{largest_plan}" if largest_plan else "")
    path = CACHE / f"{stem}-{_fingerprint()}.sqlite"
    if path.exists():
        return path
    for old in CACHE.glob(f"{stem}-*.sqlite*"):
        if largest_plan or "-big" not in old.name:
            old.unlink()
    from desktop.services.generator import generate
    from desktop.services.register import Register

    partial = path.with_name(path.name + ".part")
    for leftover in CACHE.glob(partial.name + "*"):
        leftover.unlink()
    register = Register.open(partial)
    try:
        generate(register, activities, agreements=agreements, largest_plan=largest_plan)
    finally:
        register.close()
    for suffix in ("-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    partial.rename(path)
    return path


def scratch_copy(source: Path, name: str) -> Path:
    """A throw-away copy of a cached database (for runs that write)."""
    target = CACHE / "scratch" / name
    target.parent.mkdir(exist_ok=True)
    for old in target.parent.glob(target.name + "*"):
        old.unlink()
    shutil.copyfile(source, target)
    return target
