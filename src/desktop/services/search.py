"""Arabic-aware search over the normalised ``search_text`` columns."""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, true
from sqlalchemy.orm import InstrumentedAttribute

from desktop.text.normalize import search_terms


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def like_all_terms(column: InstrumentedAttribute[str], query: str) -> ColumnElement[bool]:
    """Every normalised term of ``query`` occurs in ``column`` (already normalised)."""
    terms = search_terms(query)
    if not terms:
        return true()
    return and_(*(column.like(f"%{_escape_like(t)}%", escape="\\") for t in terms))
