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

from sqlalchemy import ColumnElement, Select, and_, bindparam, column, func, literal_column, or_, select, table, true
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


def indexed_count(session: Session, table_name: str, query: str) -> int | None:
    """How many rows of ``table_name`` match ``query``, counted by the FTS5 index alone (a few
    ms where a join would look up every matching row); None when the index cannot tell (not
    SQLite, a term too short for the index, or attachments whose words count too)."""
    terms = search_terms(query)
    fts = FTS_TABLES.get(table_name)
    if not terms or fts is None or session.get_bind().dialect.name != "sqlite":
        return None
    if any(len(t) < MIN_INDEXED for t in terms) or has_attachments(session):
        return None
    found = select(func.count()).select_from(table(fts)).where(
        literal_column(fts).op("MATCH")(bindparam("fts_query", fts_phrase(terms), unique=True)))
    return int(session.scalar(found) or 0)


def matches_all_terms(
    session: Session,
    row_id: InstrumentedAttribute[int],
    search_text: InstrumentedAttribute[str],
    query: str,
    *,
    by_order: bool = False,
) -> ColumnElement[bool]:
    """Every normalised term of ``query`` occurs in ``search_text``, found through the index,
    or (agreements, activities) in the words of one of the record's attachments.
    ``by_order``: many rows match, so the database should read the rows in the list's order
    (through its sort index) and keep the matching ones, not look up every match and sort them
    (``id + 0`` keeps SQLite from driving the query from the matches)."""
    own = _matches_own_text(session, row_id, search_text, query, by_order)
    table_name = search_text.class_.__tablename__
    if table_name not in ("agreement", "activity") or not search_terms(query) or not has_attachments(session):
        return own
    owner: Any = search_text.class_
    return or_(own, row_id.in_(attached_matches(owner, table_name, query)))


def has_attachments(session: Session) -> bool:
    """Whether any record has an attachment (a register without any searches its own texts only)."""
    from desktop.store.models import AttachmentRow

    return session.scalar(select(AttachmentRow.id).limit(1)) is not None


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
    by_order: bool = False,
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
        clauses.insert(0, (row_id + 0).in_(found) if by_order else row_id.in_(found))
    return and_(*clauses)
