"""The register's tables, as SQLAlchemy 2 typed declarative models."""

from __future__ import annotations

import datetime as _dt

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from desktop.domain.dates import PartialDate
from desktop.domain.indicators import Direction, Method
from desktop.domain.kinds import (
    ActivityKind,
    ActivityStatus,
    AgreementKind,
    AgreementStatus,
    AttachmentKind,
    OrganizationKind,
)
from desktop.store.types import PartialDateType, UTCDateTime, new_uuid, utcnow

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _enum(cls: type) -> Enum:
    return Enum(
        cls,
        native_enum=False,
        length=32,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
        create_constraint=False,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Tracked:
    """Stable identity, timestamps and a version counter checked on every UPDATE."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    created_at: Mapped[_dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[_dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)


class OrganizationRow(Tracked, Base):
    __tablename__ = "organization"
    __mapper_args__ = {"version_id_col": Tracked.version}  # noqa: RUF012

    name_ar: Mapped[str] = mapped_column(String(300), default="")
    name_en: Mapped[str] = mapped_column(String(300), default="")
    acronym: Mapped[str] = mapped_column(String(50), default="")
    kind: Mapped[OrganizationKind] = mapped_column(_enum(OrganizationKind), default=OrganizationKind.OTHER)
    country: Mapped[str] = mapped_column(String(100), default="")


class PersonRow(Tracked, Base):
    __tablename__ = "person"
    __mapper_args__ = {"version_id_col": Tracked.version}  # noqa: RUF012

    name_ar: Mapped[str] = mapped_column(String(300), default="")
    name_en: Mapped[str] = mapped_column(String(300), default="")
    honorific_ar: Mapped[str] = mapped_column(String(100), default="")
    honorific_en: Mapped[str] = mapped_column(String(100), default="")
    position_ar: Mapped[str] = mapped_column(Text, default="")
    position_en: Mapped[str] = mapped_column(Text, default="")
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="RESTRICT"), index=True
    )
    organization: Mapped[OrganizationRow | None] = relationship()


class AgreementPartyRow(Base):
    __tablename__ = "agreement_party"

    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreement.id", ondelete="CASCADE"), primary_key=True
    )
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organization.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    organization: Mapped[OrganizationRow] = relationship()


class SignatoryRow(Base):
    __tablename__ = "signatory"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreement.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    party_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="RESTRICT"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    person: Mapped[PersonRow] = relationship()
    party: Mapped[OrganizationRow | None] = relationship()


class ObjectiveRow(Base):
    __tablename__ = "objective"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreement.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text_ar: Mapped[str] = mapped_column(Text, default="")
    text_en: Mapped[str] = mapped_column(Text, default="")
    indicators: Mapped[list[IndicatorRow]] = relationship(
        order_by="IndicatorRow.position", cascade="all, delete-orphan"
    )


class StatementRow(Base):
    __tablename__ = "statement"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreement.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    speaker: Mapped[str] = mapped_column(String(300), default="")
    text_ar: Mapped[str] = mapped_column(Text, default="")
    text_en: Mapped[str] = mapped_column(Text, default="")
    date: Mapped[PartialDate | None] = mapped_column(PartialDateType)
    person: Mapped[PersonRow | None] = relationship()


class AgreementRow(Tracked, Base):
    __tablename__ = "agreement"
    __mapper_args__ = {"version_id_col": Tracked.version}  # noqa: RUF012

    reference: Mapped[str] = mapped_column(String(100), unique=True)
    title_ar: Mapped[str] = mapped_column(Text, default="")
    title_en: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[AgreementKind] = mapped_column(_enum(AgreementKind), default=AgreementKind.OTHER)
    status: Mapped[AgreementStatus] = mapped_column(
        _enum(AgreementStatus), default=AgreementStatus.DRAFT
    )
    period_start: Mapped[PartialDate | None] = mapped_column(PartialDateType)
    period_end: Mapped[PartialDate | None] = mapped_column(PartialDateType)
    signed_on: Mapped[PartialDate | None] = mapped_column(PartialDateType)
    signing_place_ar: Mapped[str] = mapped_column(String(300), default="")
    signing_place_en: Mapped[str] = mapped_column(String(300), default="")
    predecessor_id: Mapped[int | None] = mapped_column(
        ForeignKey("agreement.id", ondelete="SET NULL"), index=True
    )
    purpose_ar: Mapped[str] = mapped_column(Text, default="")
    purpose_en: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")

    predecessor: Mapped[AgreementRow | None] = relationship(remote_side="AgreementRow.id")
    parties: Mapped[list[AgreementPartyRow]] = relationship(
        order_by=AgreementPartyRow.position, cascade="all, delete-orphan"
    )
    signatories: Mapped[list[SignatoryRow]] = relationship(
        order_by=SignatoryRow.position, cascade="all, delete-orphan"
    )
    objectives: Mapped[list[ObjectiveRow]] = relationship(
        order_by=ObjectiveRow.position, cascade="all, delete-orphan"
    )
    statements: Mapped[list[StatementRow]] = relationship(
        order_by=StatementRow.position, cascade="all, delete-orphan"
    )


class ActivityRow(Tracked, Base):
    __tablename__ = "activity"
    __mapper_args__ = {"version_id_col": Tracked.version}  # noqa: RUF012
    __table_args__ = (
        CheckConstraint("participants IS NULL OR participants >= 0", name="participants"),
        Index("ix_activity_agreement_start", "agreement_id", "start"),
    )

    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id", ondelete="RESTRICT"))
    objective_id: Mapped[int | None] = mapped_column(
        ForeignKey("objective.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[ActivityKind] = mapped_column(_enum(ActivityKind), default=ActivityKind.OTHER)
    title_ar: Mapped[str] = mapped_column(Text, default="")
    title_en: Mapped[str] = mapped_column(Text, default="")
    start: Mapped[PartialDate | None] = mapped_column(PartialDateType, index=True)
    end: Mapped[PartialDate | None] = mapped_column(PartialDateType)
    place: Mapped[str] = mapped_column(String(300), default="")
    country: Mapped[str] = mapped_column(String(100), default="")
    status: Mapped[ActivityStatus] = mapped_column(
        _enum(ActivityStatus), default=ActivityStatus.PLANNED, index=True
    )
    lead_organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    participants: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")

    agreement: Mapped[AgreementRow] = relationship()
    objective: Mapped[ObjectiveRow | None] = relationship()
    lead_organization: Mapped[OrganizationRow | None] = relationship()
    indicator_values: Mapped[list[ActivityIndicatorValueRow]] = relationship(
        cascade="all, delete-orphan", order_by="ActivityIndicatorValueRow.id"
    )
    # the titles as the list sorts them (normalised like search_text), kept by the services
    # and indexed (migration 0005), so a sort by title reads the first rows through the index
    sort_title_ar: Mapped[str] = mapped_column(Text, default="", server_default="")
    sort_title_en: Mapped[str] = mapped_column(Text, default="", server_default="")


class MilestoneRow(Tracked, Base):
    __tablename__ = "milestone"
    __mapper_args__ = {"version_id_col": Tracked.version}  # noqa: RUF012

    date: Mapped[PartialDate | None] = mapped_column(PartialDateType, index=True)
    title_ar: Mapped[str] = mapped_column(Text, default="")
    title_en: Mapped[str] = mapped_column(Text, default="")
    description_ar: Mapped[str] = mapped_column(Text, default="")
    description_en: Mapped[str] = mapped_column(Text, default="")
    agreement_id: Mapped[int | None] = mapped_column(
        ForeignKey("agreement.id", ondelete="SET NULL"), index=True
    )
    agreement: Mapped[AgreementRow | None] = relationship()


class SettingRow(Base):
    """Facts about this database: its own id (for exchange), and similar."""

    __tablename__ = "register_setting"
    __table_args__ = (UniqueConstraint("key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(100))
    value: Mapped[str] = mapped_column(Text, default="")


# -- indicators (issue 23) ----------------------------------------------------------------------


class IndicatorRow(Base):
    """What an objective measures: part of its agreement's record (saved, versioned, exchanged
    and kept in the history with it)."""

    __tablename__ = "indicator"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    objective_id: Mapped[int] = mapped_column(ForeignKey("objective.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name_ar: Mapped[str] = mapped_column(Text, default="")
    name_en: Mapped[str] = mapped_column(Text, default="")
    unit: Mapped[str] = mapped_column(String(100), default="")
    baseline: Mapped[float] = mapped_column(Float, default=0.0)
    target: Mapped[float] = mapped_column(Float, default=0.0)
    direction: Mapped[Direction] = mapped_column(_enum(Direction), default=Direction.INCREASE)
    method: Mapped[Method] = mapped_column(_enum(Method), default=Method.PARTICIPANTS)
    kinds: Mapped[str] = mapped_column(Text, default="")  # activity kinds counted, comma-separated
    entries: Mapped[list[IndicatorEntryRow]] = relationship(
        order_by="IndicatorEntryRow.position", cascade="all, delete-orphan"
    )


class IndicatorEntryRow(Base):
    """A value entered by hand for one period."""

    __tablename__ = "indicator_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    period: Mapped[PartialDate | None] = mapped_column(PartialDateType)
    value: Mapped[float] = mapped_column(Float, default=0.0)


class ActivityIndicatorValueRow(Base):
    """What an activity reported for one indicator of its objective (part of the activity's record)."""

    __tablename__ = "activity_indicator_value"
    __table_args__ = (UniqueConstraint("activity_id", "indicator_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id", ondelete="CASCADE"), index=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"), index=True)
    value: Mapped[float] = mapped_column(Float, default=0.0)
    indicator: Mapped[IndicatorRow] = relationship()
# -- attachments (issue 22) -------------------------------------------------------------------


class AttachmentRow(Tracked, Base):
    """A file kept with a record; ``owner_kind`` + ``owner_uuid`` name the record (agreement,
    activity, organization or milestone). The bytes are in ``attachment_chunk`` by SHA-256."""

    __tablename__ = "attachment"
    __mapper_args__ = {"version_id_col": Tracked.version}  # noqa: RUF012
    __table_args__ = (Index("ix_attachment_owner", "owner_uuid", "owner_kind"),)

    owner_kind: Mapped[str] = mapped_column(String(32))
    owner_uuid: Mapped[str] = mapped_column(String(36))
    name: Mapped[str] = mapped_column(String(255), default="")
    title_ar: Mapped[str] = mapped_column(Text, default="")
    title_en: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[AttachmentKind] = mapped_column(_enum(AttachmentKind), default=AttachmentKind.OTHER)
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(BigInteger, default=0)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    added_by: Mapped[str] = mapped_column(String(200), default="")
    added_at: Mapped[str] = mapped_column(String(40), default="")
    # the name, titles and (PDF, .docx) words, normalised; up to ~500,000 characters: loaded only when used
    search_text: Mapped[str] = mapped_column(Text, default="", deferred=True)


class AttachmentChunkRow(Base):
    """The contents of attached files, stored once per SHA-256, one row per chunk (1 MiB):
    read and written a chunk at a time, so a large file never sits whole in memory."""

    __tablename__ = "attachment_chunk"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
# -- indexes of migration 0005: each sortable column of the Activities list with the id that
# breaks ties, so the first page of any order is read through an index
ACTIVITY_INDEXES = {
    "ix_activity_sort_title_ar": ("sort_title_ar", "id"),
    "ix_activity_sort_title_en": ("sort_title_en", "id"),
    "ix_activity_end_id": ("end", "id"),
    "ix_activity_place_id": ("place", "id"),
    "ix_activity_country_id": ("country", "id"),
    "ix_activity_participants_id": ("participants", "id"),
    "ix_activity_kind_id": ("kind", "id"),
    "ix_activity_status_id": ("status", "id"),
    # and the Dashboard's figures of one plan, counted from this index alone (services/plan_figures.py)
    "ix_activity_plan_figures": ("agreement_id", "status", "kind", "start", "lead_organization_id", "country",
                                 "participants"),
}
for _name, _columns in ACTIVITY_INDEXES.items():
    Index(_name, *(ActivityRow.__table__.c[c] for c in _columns))
# -- the office's letterhead (issue 19) -------------------------------------------------------


class LetterheadRow(Base):
    """The letterhead printed summaries carry (one row: id 1)."""

    __tablename__ = "letterhead"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name_ar: Mapped[str] = mapped_column(Text, default="")
    name_en: Mapped[str] = mapped_column(Text, default="")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    logo_type: Mapped[str] = mapped_column(String(10), default="")
    footer_ar: Mapped[str] = mapped_column(Text, default="")
    footer_en: Mapped[str] = mapped_column(Text, default="")


# the bookkeeping tables, on the same metadata (and found here as before)
from desktop.store.bookkeeping import (  # noqa: E402 - needs Base above; re-exported
    ConflictRow as ConflictRow,
    ExchangePeerRow as ExchangePeerRow,
    HistoryRow as HistoryRow,
    LineageRow as LineageRow,
    RecordHeadRow as RecordHeadRow,
    RecordVersionRow as RecordVersionRow,
    TombstoneRow as TombstoneRow,
)
