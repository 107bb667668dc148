"""The register as the UI and CLI see it: one method per user action, each in its own
session and transaction (committed on success, rolled back on any error)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from desktop.domain import records as r
from desktop.domain.access import Access, require
from desktop.domain.changeset import ChangeSet
from desktop.domain.changes import Conflict, HistoryEntry, TrashEntry
from desktop.domain.kinds import ActivityKind, ActivityStatus
from desktop.services import activities, agreements, indicators, milestones, organizations, tracking
from desktop.services.activities import ActivityFilter
from desktop.services import guard
from desktop.services.attachment_actions import AttachmentActions
from desktop.services.common import Saved
from desktop.store import roles
from desktop.store.database import Database, open_database
from desktop.store.roles import Privileges


class Register(AttachmentActions):
    """An open register. Create with :meth:`open` (a path or URL) or from a Database."""

    def __init__(self, database: Database, user_name: str | None = None) -> None:
        self.database = database
        self._user_name = (user_name or "").strip() or None
        self._privileges: Privileges | None = None

    @classmethod
    def open(cls, target: str | os.PathLike[str] | None = None, **kwargs: Any) -> Register:
        register = cls(open_database(target, **kwargs))
        try:
            register.privileges()  # what this login may do, read once at connect time
        except BaseException:
            register.close()
            raise
        return register

    # -- who may do what (issue 21) -------------------------------------------------------
    def privileges(self) -> Privileges:
        """The server login and what it may do (a SQLite file: its owner), read once."""
        if self._privileges is None and self.database.is_sqlite:
            self._privileges = Privileges("", Access.OWNER)  # the file's permissions decide
        elif self._privileges is None:
            self._privileges = self._run(lambda session: roles.privileges(session.connection()))
        return self._privileges

    @property
    def access(self) -> Access:
        return self.privileges().access

    def require(self, needed: Access) -> None:
        """Refuse (AccessError, one line) an action this login's role does not allow."""
        require(self.access, needed, self.privileges().login)

    def close(self) -> None:
        self.database.close()

    @property
    def url(self) -> str:
        return self.database.url

    @property
    def read_only(self) -> bool:
        """Opened read-only (a file another window edits) or a login that may only read."""
        return self.database.read_only or not self.access.can_edit

    def _run(self, action: Any, *args: Any, **kwargs: Any) -> Any:
        def attempt() -> Any:
            with tracking.acting_as(self._user_name), self.database.transaction() as session:
                return action(session, *args, **kwargs)

        return guard.run(attempt, self.database.display_name())

    # -- organisations and people -------------------------------------------------------
    def organizations(self, search: str | None = None) -> list[r.Organization]:
        return self._run(organizations.list_organizations, search)  # type: ignore[no-any-return]

    def organization(self, uuid: str) -> r.Organization:
        return self._run(organizations.get_organization, uuid)  # type: ignore[no-any-return]

    def save_organization(self, rec: r.Organization) -> Saved[r.Organization]:
        return self._run(tracking.save, rec)  # type: ignore[no-any-return]

    def organization_dependents(self, uuid: str) -> dict[str, int]:
        return self._run(organizations.organization_dependents, uuid)  # type: ignore[no-any-return]

    def delete_organization(self, uuid: str) -> ChangeSet:
        return self._deleted("organization", uuid)

    def people(self, search: str | None = None) -> list[r.Person]:
        return self._run(organizations.list_people, search)  # type: ignore[no-any-return]

    def person(self, uuid: str) -> r.Person:
        return self._run(organizations.get_person, uuid)  # type: ignore[no-any-return]

    def save_person(self, rec: r.Person) -> Saved[r.Person]:
        return self._run(tracking.save, rec)  # type: ignore[no-any-return]

    def person_dependents(self, uuid: str) -> dict[str, int]:
        return self._run(organizations.person_dependents, uuid)  # type: ignore[no-any-return]

    def delete_person(self, uuid: str) -> ChangeSet:
        return self._deleted("person", uuid)

    # -- agreements -----------------------------------------------------------------------
    def agreements(self, search: str | None = None) -> list[r.Agreement]:
        return self._run(agreements.list_agreements, search)  # type: ignore[no-any-return]

    def agreements_full(self, search: str | None = None) -> list[r.Agreement]:
        return self._run(agreements.list_agreements_full, search)  # type: ignore[no-any-return]

    def agreement(self, key: str) -> r.Agreement:
        """By UUID or reference."""
        return self._run(agreements.get_agreement, key)  # type: ignore[no-any-return]

    def save_agreement(self, rec: r.Agreement) -> Saved[r.Agreement]:
        return self._run(tracking.save, rec)  # type: ignore[no-any-return]

    def reported_indicator_columns(self, agreement: str | None = None) -> list[str]:
        """The indicators an activities spreadsheet carries a column for (see indicators.reported_columns)."""
        return self._run(indicators.reported_columns, agreement)  # type: ignore[no-any-return]

    def indicator_progress(self, key: str, period: indicators.Period | None = None) -> list[indicators.Progress]:
        """Every indicator of the plan ``key`` (UUID or reference) with what it has achieved."""
        return self._run(indicators.progress_of, key, period or indicators.Period())  # type: ignore[no-any-return]

    def report(self, query: Any) -> Any:
        """Activities counted and added up by group (a :class:`desktop.services.report.Report`)."""
        from desktop.services import report

        return self._run(report.build_report, query)

    def annual_data(self, year: int) -> Any:
        """The annual report's values for ``year`` (a :class:`desktop.services.annual.AnnualData`)."""
        from desktop.services import annual

        return self._run(annual.annual_data, year)

    def agreement_dependents(self, key: str) -> dict[str, int]:
        return self._run(agreements.agreement_dependents, key)  # type: ignore[no-any-return]

    def delete_agreement(self, key: str, *, with_activities: bool = False) -> ChangeSet:
        return self._deleted("agreement", key, with_activities=with_activities)

    def _deleted(self, kind: str, key: str, **options: Any) -> ChangeSet:
        """Delete through the change log; what changed."""
        rec = self._run(tracking.delete, kind, key, **options)
        return tracking.deleted_changes(kind, rec, with_activities=bool(options.get("with_activities")))

    # -- activities -----------------------------------------------------------------------
    def activities(
        self,
        flt: ActivityFilter = ActivityFilter(),
        *,
        order_by: str = "start",
        descending: bool = False,
        offset: int = 0,
        limit: int | None = None,
    ) -> list[r.Activity]:
        return self._run(  # type: ignore[no-any-return]
            activities.list_activities, flt, order_by=order_by, descending=descending, offset=offset, limit=limit
        )

    def all_activities(self, flt: ActivityFilter = ActivityFilter(), *, page: int = 2000) -> Iterator[r.Activity]:
        """Every activity ``flt`` keeps, in list order, read ``page`` at a time (a transaction each):
        for exports, never the whole list in memory at once."""
        offset = 0
        while True:
            batch = self.activities(flt, offset=offset, limit=page)
            yield from batch
            if len(batch) < page:
                return
            offset += page

    def count_activities(self, flt: ActivityFilter = ActivityFilter()) -> int:
        return self._run(activities.count_activities, flt)  # type: ignore[no-any-return]

    def activity_position(
        self, flt: ActivityFilter, uuid: str, *, order_by: str = "start", descending: bool = False
    ) -> int | None:
        """The row of activity ``uuid`` in ``activities(flt, order_by=..., descending=...)``."""
        return self._run(  # type: ignore[no-any-return]
            activities.activity_position, flt, uuid, order_by=order_by, descending=descending
        )

    def activity_counts_by_status(self, flt: ActivityFilter = ActivityFilter()) -> dict[ActivityStatus, int]:
        return self._run(activities.counts_by_status, flt)  # type: ignore[no-any-return]

    def activity_counts_by_kind(self, flt: ActivityFilter = ActivityFilter()) -> dict[ActivityKind, int]:
        return self._run(activities.counts_by_kind, flt)  # type: ignore[no-any-return]

    def plan_figures(self, agreement_uuid: str, today: Any, parties: tuple[str, ...] = ()) -> Any:
        """The Dashboard's figures of one plan, aggregated by the database (PlanFigures)."""
        from desktop.services.plan_figures import plan_figures

        return self._run(plan_figures, agreement_uuid, today, parties)

    def activity(self, uuid: str) -> r.Activity:
        return self._run(activities.get_activity, uuid)  # type: ignore[no-any-return]

    def save_activity(self, rec: r.Activity) -> Saved[r.Activity]:
        return self._run(tracking.save, rec)  # type: ignore[no-any-return]

    def delete_activity(self, uuid: str) -> ChangeSet:
        return self._deleted("activity", uuid)

    # -- milestones -----------------------------------------------------------------------
    def milestones(self, search: str | None = None, agreement_uuid: str | None = None) -> list[r.Milestone]:
        return self._run(milestones.list_milestones, search, agreement_uuid)  # type: ignore[no-any-return]

    def milestone(self, uuid: str) -> r.Milestone:
        return self._run(milestones.get_milestone, uuid)  # type: ignore[no-any-return]

    def save_milestone(self, rec: r.Milestone) -> Saved[r.Milestone]:
        return self._run(tracking.save, rec)  # type: ignore[no-any-return]

    def delete_milestone(self, uuid: str) -> ChangeSet:
        return self._deleted("milestone", uuid)

    def is_empty(self) -> bool:
        """No agreement and no organisation (two one-row reads, whatever the size)."""
        return self._run(agreements.register_is_empty)  # type: ignore[no-any-return]

    # -- history and trash ----------------------------------------------------------------
    def change_log(self, uuid: str) -> list[HistoryEntry]:
        """A record's change log: every recorded change to it, oldest first (not to be confused
        with a partnership's milestones, :meth:`milestones`)."""
        return self._run(tracking.history, uuid)  # type: ignore[no-any-return]

    history = change_log  # the name used before (the ``sijill history`` command keeps it)

    def trash(self) -> list[TrashEntry]:
        return self._run(tracking.trash)  # type: ignore[no-any-return]

    def trashed_record(self, uuid: str) -> Any:
        return self._run(tracking.trashed_record, uuid)

    def restore_from_trash(self, uuid: str) -> Any:
        """Put a deleted record back (an agreement with the activities deleted with it)."""
        return self._run(tracking.restore, uuid)

    def empty_trash(self) -> int:
        """Forget what is in the trash (ask the user first); returns how many records."""
        return self._run(tracking.empty_trash)  # type: ignore[no-any-return]

    def user_name(self) -> str:
        """The name this Register's changes are recorded under: the one set with
        :meth:`set_user_name`, else one an older version stored in the database, else the OS user."""
        return self._user_name or self._run(tracking.who)  # type: ignore[no-any-return]

    def set_user_name(self, name: str | None) -> None:
        """Record this Register's changes (this session only) under ``name``; empty: the default.
        Nothing is written to the database: on a shared server each person keeps their own."""
        self._user_name = (name or "").strip() or None

    # -- exchange bundles and conflicts ---------------------------------------------------
    def export_bundle(self, path: str | os.PathLike[str], *, agreements: list[str] | None = None, since: Any = None,
                      with_attachments: bool = True, identity: Any = None) -> Any:
        """Write a bundle for field work (see desktop.exchange), signed with ``identity`` (an
        office_identity.Identity) if given; returns an ExportResult."""
        from desktop.services.fieldwork import api

        return self._guard(api.export_bundle, self.database, path, agreements=agreements, since=since,
                           with_attachments=with_attachments, identity=identity)

    def bundle_policy(self, value: str | None = None) -> str:
        """The register's bundle policy ("any", "signed", "trusted"); sets it when ``value`` is given."""
        from desktop.services.fieldwork import signing

        def run() -> str:
            with self.database.transaction() as session:
                if value is not None:
                    signing.set_policy(session, value)
                return signing.policy(session)

        return self._guard(run)

    def import_bundle(self, path: str | os.PathLike[str], *, dry_run: bool = False) -> Any:
        """Merge a bundle in one transaction (or only report, with ``dry_run``): an ImportReport."""
        from desktop.services.fieldwork import api

        return self._guard(api.import_bundle, self.database, path, dry_run=dry_run)

    def conflicts(self, open_only: bool = True) -> list[Conflict]:
        from desktop.services.fieldwork import conflicts

        return self._run(conflicts.list_conflicts, open_only)  # type: ignore[no-any-return]

    def conflict(self, conflict_id: int) -> Conflict:
        from desktop.services.fieldwork import conflicts

        return self._run(conflicts.get_conflict, conflict_id)  # type: ignore[no-any-return]

    def open_conflict_count(self) -> int:
        from desktop.services.fieldwork import conflicts

        return self._run(conflicts.count_open)  # type: ignore[no-any-return]

    def resolve_conflict(self, conflict_id: int, choices: dict[str, Any] | None = None, *, keep: str | None = None) -> Conflict:
        """Fields map to "mine", "theirs" or {"value": ...}; ``keep`` "mine"/"theirs" when one side deleted it."""
        from desktop.services.fieldwork import conflicts

        return self._run(conflicts.resolve, conflict_id, choices, keep)  # type: ignore[no-any-return]

    def _guard(self, action: Any, *args: Any, **kwargs: Any) -> Any:
        """Run an action that opens its own transaction, with the same error translation as _run."""
        def attempt() -> Any:
            with tracking.acting_as(self._user_name):
                return action(*args, **kwargs)

        return guard.run(attempt, self.database.display_name(), retry=False)

    # -- backups --------------------------------------------------------------------------
    def auto_backup(self) -> Any:
        """The once-a-day backup made when a database is opened (None when skipped)."""
        from desktop.store import backups

        return backups.auto_backup(self.database)

    def backup_now(self, destination: str | os.PathLike[str] | None = None) -> Any:
        """A backup with SQLite's online backup API; into the backups folder by default."""
        from desktop.store import backups

        return backups.backup_now(self.database, destination)

    def backups(self) -> list[Any]:
        """This database's backups (BackupInfo: path, created_at, kind, size), newest first."""
        from desktop.store import backups

        return backups.list_backups(self.database)

    @staticmethod
    def restore_backup(target: str | os.PathLike[str], backup: str | os.PathLike[str]) -> Any:
        """Replace the (closed) register file ``target`` by a checked backup; the current
        file is kept aside and its new name returned."""
        from desktop.store import backups

        return backups.restore(target, backup)
