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


def _fingerprint() -> str:
    digest = hashlib.sha256()
    for path in SOURCES:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def database(activities: int, agreements: int = AGREEMENTS) -> Path:
    """A register with ``activities`` generated activities under ``agreements`` agreements."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"register-{activities}-{agreements}-{_fingerprint()}.sqlite"
    if path.exists():
        return path
    for old in CACHE.glob(f"register-{activities}-{agreements}-*.sqlite*"):
        old.unlink()
    from desktop.services.generator import generate
    from desktop.services.register import Register

    partial = path.with_name(path.name + ".part")
    for leftover in CACHE.glob(partial.name + "*"):
        leftover.unlink()
    register = Register.open(partial)
    try:
        generate(register, activities, agreements=agreements)
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
