"""``sijill check``: is the database whole, consistent and at this version's schema?"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from desktop.domain.errors import StorageError
from desktop.services import attachment_store
from desktop.store import migrate
from desktop.store.database import open_database, resolve_url


@dataclass
class IntegrityReport:
    database: str
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def describe(self) -> str:
        if self.ok:
            return f"{self.database}: ok (integrity, foreign keys, schema at {migrate.head_revision()})"
        lines = [f"{self.database}: {len(self.problems)} problem(s)"]
        lines += [f"  - {p}" for p in self.problems]
        return "\n".join(lines)


def check_database(target: str | os.PathLike[str] | None) -> IntegrityReport:
    """Check without changing anything: the database is opened read-only, never migrated."""
    url = resolve_url(target)
    try:
        db = open_database(url, migrate_to_head=False, read_only=url.startswith("sqlite"))
    except StorageError as exc:
        return IntegrityReport(url, [exc.message.render()])
    report = IntegrityReport(db.display_name())
    try:
        with db.engine.connect() as connection:
            revision = migrate.current_revision(connection)
            if not migrate.is_head(revision):
                report.problems.append(
                    f"schema is at {revision or 'nothing'}, expected {migrate.head_revision()} (run `sijill init`)"
                )
            if db.is_sqlite:
                rows = [r[0] for r in connection.execute(text("PRAGMA integrity_check"))]
                if rows != ["ok"]:
                    report.problems += [f"integrity: {r}" for r in rows[:20]]
                for table, rowid, parent, _fk in connection.execute(text("PRAGMA foreign_key_check")):
                    report.problems.append(f"foreign key: {table} row {rowid} points to a missing {parent}")
            if migrate.is_head(revision):
                report.problems += attachment_store.check(connection)
    except DBAPIError as exc:  # so damaged that the checks themselves cannot run
        orig = getattr(exc, "orig", None) or exc
        report.problems.append(f"integrity: {str(orig).splitlines()[0]}")
    finally:
        db.close()
    return report
