"""Activities to and from spreadsheets (CSV/TXT/TSV and Excel .xlsx), the way office staff work.

- :mod:`.export`: export (with each row's ``version``) and the empty template;
- :mod:`.reading`, :mod:`.xlsx`: files in (encodings, separators, budgets, limits);
- :mod:`.fields`, :mod:`.cells`, :mod:`.rows`: headers, synonyms and cell values;
- :mod:`.checking`: what each row changes (partial updates, stale-file guard);
- :mod:`.applying`: writing it (new rows in bulk) in the import's one transaction;
- :mod:`.importing`: the use case; :mod:`.report`: what it found.
"""

from __future__ import annotations

from desktop.services.spreadsheet.export import (
    FORMULA_STARTS, activity_row, export_activities, export_rows, export_template, neutralise, xlsx_escape, xlsx_unescape,
)
from desktop.services.spreadsheet.fields import COLUMNS, FREE_TEXT, LABELS
from desktop.services.spreadsheet.importing import ImportCancelled, header_signature, import_activities
from desktop.services.spreadsheet.reading import ROW_LIMIT, SEPARATOR_NAMES, Table, read_table
from desktop.services.spreadsheet.report import Change, ImportReport, RowProblem

__all__ = [
    "COLUMNS", "FORMULA_STARTS", "FREE_TEXT", "LABELS", "ROW_LIMIT", "SEPARATOR_NAMES", "Change", "ImportCancelled",
    "ImportReport", "RowProblem", "Table", "activity_row", "export_activities", "export_rows", "export_template",
    "header_signature", "import_activities", "neutralise", "read_table", "xlsx_escape", "xlsx_unescape",
]
