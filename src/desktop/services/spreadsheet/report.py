"""What an import found: each problem a code plus parameters (worded by the UI or CLI in
the user's language), and the counts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.messages import Message
from desktop.services.spreadsheet.fields import LABELS

Translate = Callable[[str], str]

ERROR, WARNING, CONFLICT = "error", "warning", "conflict"


@dataclass(frozen=True)
class RowProblem:
    """One problem: the spreadsheet row (1 is the header row), the field code ("" for the
    whole file), a stable ``code`` and the message (English source + parameters)."""

    row: int
    field: str
    code: str
    message: Message
    severity: str = ERROR

    def field_label(self, translate: Translate | None = None) -> str:
        source = LABELS.get(self.field, self.field)
        return translate(source) if translate else source

    def render(self, translate: Translate | None = None) -> str:
        return self.message.render(translate)

    def __str__(self) -> str:
        return f"row {self.row}, {self.field_label()}: {self.render()}"

    def as_dict(self, translate: Translate | None = None) -> dict[str, Any]:
        return {
            "row": self.row, "field": self.field, "field_label": self.field_label(translate),
            "severity": self.severity, "code": self.code,
            "params": {k: str(v) for k, v in self.message.params.items()},
            "message": self.render(translate),
        }


@dataclass
class Change:
    """One row that changes the register: "added" or "updated", its title, and for an
    update the fields it changes (those cleared by an empty cell listed apart)."""

    row: int
    action: str
    title: str
    fields: list[str] = field(default_factory=list)
    cleared: list[str] = field(default_factory=list)


@dataclass
class ImportReport:
    rows: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    dry_run: bool = False
    forced: bool = False
    encoding: str = ""
    separator: str = ""
    has_version: bool = False
    unknown_headers: list[str] = field(default_factory=list)
    header_signature: str = ""

    @property
    def errors(self) -> list[RowProblem]:
        return [p for p in self.problems if p.severity == ERROR]

    @property
    def warnings(self) -> list[RowProblem]:
        return [p for p in self.problems if p.severity == WARNING]

    @property
    def conflicts(self) -> list[RowProblem]:
        return [p for p in self.problems if p.severity == CONFLICT]

    @property
    def conflict_rows(self) -> int:
        """Rows left out because of a conflict (0 with ``force``)."""
        return 0 if self.forced else len({p.row for p in self.conflicts})

    @property
    def rows_with_problems(self) -> int:
        """Rows (not problems) with an error or a conflict."""
        return len({p.row for p in self.problems if p.severity != WARNING})

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def applied(self) -> bool:
        return self.ok and not self.dry_run

    def as_dict(self, translate: Translate | None = None) -> dict[str, Any]:
        return {
            "ok": self.ok, "dry_run": self.dry_run, "applied": self.applied, "rows": self.rows,
            "added": self.added, "updated": self.updated, "unchanged": self.unchanged,
            "conflict_rows": self.conflict_rows, "rows_with_problems": self.rows_with_problems,
            "encoding": self.encoding, "separator": self.separator, "has_version": self.has_version,
            "errors": [p.as_dict(translate) for p in self.errors],
            "warnings": [p.as_dict(translate) for p in self.warnings],
            "conflicts": [p.as_dict(translate) for p in self.conflicts],
        }
