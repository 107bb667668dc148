"""Arabic-aware search over the normalised ``search_text`` columns, through their indexes.

A query is split into normalised terms (:func:`desktop.text.normalize.search_terms`); a row
matches when every term occurs in its ``search_text``. On SQLite the terms of three characters
or more are looked up in the FTS5 trigram table (see :mod:`desktop.store.search_index`);
shorter ones, which no trigram can find, are checked with LIKE on the rows the index found
(or on every row when the query has only short terms). On PostgreSQL every term is a
``LIKE '%term%'``, which the pg_trgm GIN index serves.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, and_, bindparam, column, literal_column, or_, select, table, true
from sqlalchemy.orm import InstrumentedAttribute, Session

from desktop.store.search_index import FTS_TABLES, MIN_INDEXED
from desktop.text.normalize import search_terms


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _like(column_: InstrumentedAttribute[str], term: str) -> ColumnElement[bool]:
    return column_.like(f"%{_escape_like(term)}%", escape="\\")


def like_all_terms(column_: InstrumentedAttribute[str], query: str) -> ColumnElement[bool]:
    """Every normalised term of ``query`` occurs in ``column`` (already normalised)."""
    terms = search_terms(query)
    if not terms:
        return true()
    return and_(*(_like(column_, t) for t in terms))


def fts_phrase(terms: list[str]) -> str:
    """An FTS5 query requiring every term as a substring: each one a quoted phrase."""
    return " AND ".join('"' + term.replace('"', '""') + '"' for term in terms)


def matches_all_terms(
    session: Session,
    row_id: InstrumentedAttribute[int],
    search_text: InstrumentedAttribute[str],
    query: str,
) -> ColumnElement[bool]:
    """Every normalised term of ``query`` occurs in ``search_text``, found through the index,
    or (agreements, activities) in the words of one of the record's attachments."""
    own = _matches_own_text(session, row_id, search_text, query)
    table_name = search_text.class_.__tablename__
    if table_name not in ("agreement", "activity") or not search_terms(query):
        return own
    owner: Any = search_text.class_
    return or_(own, row_id.in_(attached_matches(owner, table_name, query)))


def attached_matches(owner: type[Any], kind: str, query: str) -> Select[tuple[int]]:
    """Ids of the ``owner`` rows one of whose attachments holds every term (its name,
    titles and the words of a PDF or Word file: :mod:`desktop.services.attachment_text`)."""
    from desktop.store.models import AttachmentRow

    return (
        select(owner.id)
        .join(AttachmentRow, AttachmentRow.owner_uuid == owner.uuid)
        .where(AttachmentRow.owner_kind == kind, like_all_terms(AttachmentRow.search_text, query))
    )


def _matches_own_text(
    session: Session,
    row_id: InstrumentedAttribute[int],
    search_text: InstrumentedAttribute[str],
    query: str,
) -> ColumnElement[bool]:
    terms = search_terms(query)
    if not terms:
        return true()
    fts = FTS_TABLES.get(search_text.class_.__tablename__)
    if fts is None or session.get_bind().dialect.name != "sqlite":
        return like_all_terms(search_text, query)
    indexed = [t for t in terms if len(t) >= MIN_INDEXED]
    clauses = [_like(search_text, t) for t in terms if len(t) < MIN_INDEXED]
    if indexed:
        found: Select[tuple[int]] = (
            select(column("rowid"))
            .select_from(table(fts))
            .where(literal_column(fts).op("MATCH")(bindparam("fts_query", fts_phrase(indexed), unique=True)))
        )
        clauses.insert(0, row_id.in_(found))
    return and_(*clauses)
