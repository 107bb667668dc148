"""A large synthetic register for trying Sijill at scale (``sijill demo --scale N``).

Hundreds of agreements and ``N`` activities with Arabic and English titles built from
:mod:`desktop.services.generator_words`, every kind and status, dates of every precision within
each agreement's period. Rows are written with bulk (executemany) inserts in one transaction
(on SQLite the search index is dropped and rebuilt once, inside that same transaction);
``search_text`` is computed by the same normaliser the services use on every save.
The output is deterministic for a given ``seed``.
"""

from __future__ import annotations

import datetime as _dt
import random
import uuid
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, insert, select, text

from desktop.domain.dates import PartialDate
from desktop.domain.errors import SijillError
from desktop.domain.kinds import ActivityKind, ActivityStatus, AgreementKind, AgreementStatus
from desktop.domain.messages import Message, N_
from desktop.services import generator_words as w
from desktop.services.register import Register
from desktop.store import models as m
from desktop.store import search_index
from desktop.text.normalize import normalize_for_search

REFERENCE_PREFIX = "GEN/"
BATCH = 5000
_STATUS_WEIGHTS = {
    ActivityStatus.COMPLETED: 5,
    ActivityStatus.PLANNED: 3,
    ActivityStatus.ONGOING: 2,
    ActivityStatus.POSTPONED: 1,
    ActivityStatus.CANCELLED: 1,
}
_AGREEMENT_STATUSES = list(AgreementStatus)
_AGREEMENT_KINDS = list(AgreementKind)


@dataclass
class Generated:
    """What a generation added."""

    organizations: int = 0
    agreements: int = 0
    objectives: int = 0
    activities: int = 0
    counts_by_kind: dict[str, int] = field(default_factory=dict)

    def __str__(self) -> str:
        return (
            f"{self.activities} activities under {self.agreements} agreements "
            f"({self.organizations} organisations, {self.objectives} objectives)"
        )


def agreement_count(activities: int) -> int:
    """Hundreds of agreements for a large register, a handful for a small one."""
    return max(3, min(500, activities // 200))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _variant(text: str, rng: random.Random) -> str:
    """Spell Arabic the way a hurried typist might: bare alef, final ه for ة, ى for final ي."""
    roll = rng.random()
    if roll < 0.15:
        return text.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا")
    if roll < 0.25:
        return " ".join(word[:-1] + "ه" if word.endswith("ة") else word for word in text.split(" "))
    if roll < 0.30:
        return " ".join(word[:-1] + "ى" if word.endswith("ي") else word for word in text.split(" "))
    return text


@lru_cache(maxsize=4096)
def _normalized(part: str) -> str:
    return normalize_for_search(part)


def search_text(*parts: str) -> str:
    """``normalize_for_search(" ".join(parts))``, computed part by part from a cache: the
    normaliser works character by character and turns every space into a word break, so
    joining normalised parts gives the same text (checked by the generator's tests)."""
    return " ".join(n for n in map(_normalized, parts) if n)


def _partial_date(day: _dt.date, rng: random.Random) -> PartialDate:
    roll = rng.random()
    if roll < 0.75:
        return PartialDate(day.year, day.month, day.day)
    if roll < 0.93:
        return PartialDate(day.year, day.month)
    return PartialDate(day.year)


def _rows_organizations(rng: random.Random, now: _dt.datetime) -> list[dict[str, Any]]:
    return [
        {
            "uuid": _uuid(rng), "created_at": now, "updated_at": now, "version": 1,
            "name_ar": ar, "name_en": en, "acronym": acronym, "kind": kind, "country": "",
        }
        for ar, en, acronym, kind in w.ORGANIZATIONS
    ]


@dataclass
class _Agreement:
    id: int
    start: _dt.date
    days: int
    parties: list[int]
    objectives: list[int]
    status: AgreementStatus = AgreementStatus.DRAFT


def _agreement_row(i: int, rng: random.Random, now: _dt.datetime, start: _dt.date, end: _dt.date, names: tuple[str, ...]) -> dict[str, Any]:
    subject_ar, subject_en = w.AGREEMENT_SUBJECTS[i % len(w.AGREEMENT_SUBJECTS)]
    ar_a, en_a, ar_b, en_b = names
    place_ar, place_en, _, _ = rng.choice(w.PLACES)
    row = {
        "uuid": _uuid(rng), "created_at": now, "updated_at": now, "version": 1,
        "reference": f"{REFERENCE_PREFIX}{start.year}/{i + 1:04d}",
        "title_ar": _variant(f"{subject_ar} بين {ar_a} و{ar_b} {start.year}-{end.year}", rng),
        "title_en": f"{subject_en} between {en_a} and {en_b} {start.year}-{end.year}",
        "kind": _AGREEMENT_KINDS[i % len(_AGREEMENT_KINDS)],
        "status": _AGREEMENT_STATUSES[i % len(_AGREEMENT_STATUSES)],
        "period_start": PartialDate(start.year, start.month, start.day),
        "period_end": PartialDate(end.year, end.month, end.day),
        "signed_on": PartialDate(start.year) if i % 3 == 0 else PartialDate(start.year, start.month),
        "signing_place_ar": place_ar, "signing_place_en": place_en,
        "predecessor_id": None,
        "purpose_ar": "تعزيز التعاون في " + rng.choice(w.TOPICS)[0],
        "purpose_en": "To deepen cooperation on " + rng.choice(w.TOPICS)[1],
    }
    row["search_text"] = normalize_for_search(
        " ".join(str(row[k]) for k in ("reference", "title_ar", "title_en", "purpose_ar", "purpose_en", "signing_place_ar", "signing_place_en"))
    )
    return row


def _make_agreements(conn: Connection, count: int, org_ids: list[int], rng: random.Random, now: _dt.datetime) -> list[_Agreement]:
    first_id = (conn.scalar(select(m.AgreementRow.id).order_by(m.AgreementRow.id.desc()).limit(1)) or 0) + 1
    rows, plans, parties, objectives = [], [], [], []
    next_objective = (conn.scalar(select(m.ObjectiveRow.id).order_by(m.ObjectiveRow.id.desc()).limit(1)) or 0) + 1
    for i in range(count):
        start = _dt.date(2000, 1, 1) + _dt.timedelta(days=rng.randrange(0, 26 * 365))
        days = rng.randrange(365, 5 * 365)
        end = start + _dt.timedelta(days=days)
        a, b = rng.sample(range(len(org_ids)), 2)
        names = (w.ORGANIZATIONS[a][0], w.ORGANIZATIONS[a][1], w.ORGANIZATIONS[b][0], w.ORGANIZATIONS[b][1])
        row = _agreement_row(i, rng, now, start, end, names)
        row["id"] = first_id + i
        rows.append(row)
        parties += [
            {"agreement_id": row["id"], "organization_id": org_ids[a], "position": 0},
            {"agreement_id": row["id"], "organization_id": org_ids[b], "position": 1},
        ]
        own = []
        for pos, (text_ar, text_en) in enumerate(rng.sample(w.OBJECTIVES, 3)):
            objectives.append({"id": next_objective, "uuid": _uuid(rng), "agreement_id": row["id"], "position": pos, "text_ar": text_ar, "text_en": text_en})
            own.append(next_objective)
            next_objective += 1
        plans.append(_Agreement(row["id"], start, days, [org_ids[a], org_ids[b]], own, row["status"]))
    conn.execute(insert(m.AgreementRow.__table__), rows)
    conn.execute(insert(m.AgreementPartyRow.__table__), parties)
    conn.execute(insert(m.ObjectiveRow.__table__), objectives)
    return plans


def _activity_row(plan: _Agreement, kind: ActivityKind, status: ActivityStatus, rng: random.Random, now: _dt.datetime) -> dict[str, Any]:
    lead_ar, lead_en = rng.choice(w.KIND_WORDS[kind])
    topic_ar, topic_en = rng.choice(w.TOPICS)
    city_ar, city_en, country_ar, country_en = rng.choice(w.PLACES)
    ar_parts = (_variant(lead_ar, rng), _variant(topic_ar, rng), "في", _variant(city_ar, rng))
    en_parts = (lead_en, topic_en, "in", city_en) if rng.random() < 0.9 else ()
    first = plan.start + _dt.timedelta(days=rng.randrange(0, plan.days))
    arabic_place = rng.random() < 0.6
    notes = rng.choice(w.NOTES)
    row = {
        "uuid": _uuid(rng), "created_at": now, "updated_at": now, "version": 1,
        "agreement_id": plan.id,
        "objective_id": rng.choice(plan.objectives) if rng.random() < 0.7 else None,
        "kind": kind,
        "title_ar": " ".join(ar_parts),
        "title_en": " ".join(en_parts),
        "start": _partial_date(first, rng) if rng.random() < 0.97 else None,
        "end": PartialDate.parse((first + _dt.timedelta(days=rng.randrange(0, 5))).isoformat()) if rng.random() < 0.4 else None,
        "place": city_ar if arabic_place else city_en,
        "country": country_ar if arabic_place else country_en,
        "status": status,
        "lead_organization_id": rng.choice(plan.parties) if rng.random() < 0.8 else None,
        "participants": rng.randrange(5, 400) if rng.random() < 0.7 else None,
        "notes": notes,
    }
    # Same text as convert.activity_search_text: title_ar, title_en, place, country, notes.
    row["search_text"] = search_text(*ar_parts, *en_parts, row["place"], row["country"], notes)
    row["sort_title_ar"], row["sort_title_en"] = normalize_for_search(row["title_ar"]), normalize_for_search(row["title_en"])
    return row


def _biggest_first(plans: list[_Agreement]) -> _Agreement:
    """The plan a Dashboard opens on (services.dashboard.default_agreement): the
    latest-starting active or signed one."""
    open_plans = [p for p in plans if p.status in (AgreementStatus.ACTIVE, AgreementStatus.SIGNED)]
    return max(open_plans or plans, key=lambda p: p.start)


def _make_activities(conn: Connection, count: int, plans: list[_Agreement], rng: random.Random, now: _dt.datetime,
                     largest_plan: int | None = None) -> dict[str, int]:
    big = _biggest_first(plans) if largest_plan else None
    others = [p for p in plans if p is not big] or plans
    kinds = list(ActivityKind)
    statuses = list(_STATUS_WEIGHTS)
    weights = list(_STATUS_WEIGHTS.values())
    table = m.ActivityRow.__table__
    by_kind: dict[str, int] = {}
    batch: list[dict[str, Any]] = []
    for i in range(count):
        # The first rows cover every kind and status, whatever the scale.
        kind = kinds[i % len(kinds)] if i < len(kinds) else rng.choice(kinds)
        status = statuses[i % len(statuses)] if i < len(statuses) else rng.choices(statuses, weights)[0]
        if big is None:
            plan = plans[i % len(plans)]
        else:
            plan = big if i < (largest_plan or 0) else others[(i - (largest_plan or 0)) % len(others)]
        batch.append(_activity_row(plan, kind, status, rng, now))
        by_kind[kind.value] = by_kind.get(kind.value, 0) + 1
        if len(batch) >= BATCH:
            conn.execute(insert(table), batch)
            batch = []
    if batch:
        conn.execute(insert(table), batch)
    return by_kind


def _advance_sequences(conn: Connection, tables: tuple[str, ...]) -> None:
    """Agreements and objectives were written with explicit ids (so children can point at
    them): move PostgreSQL's id sequences past them, or the next save would reuse an id."""
    for name in tables:
        conn.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), (SELECT coalesce(max(id), 1) FROM {name}))"
        ))


def generate(register: Register, activities: int, *, agreements: int | None = None, seed: int = 7,
             largest_plan: int | None = None) -> Generated:
    """Add a synthetic register of ``activities`` activities to ``register`` in one transaction;
    with ``largest_plan``, that many of them belong to the plan a Dashboard opens on."""
    if activities < 0:
        raise SijillError(Message(N_("The scale must be zero or more activities.")))
    rng = random.Random(seed)
    now = _dt.datetime.now(_dt.UTC).replace(microsecond=0)
    with register.database.engine.begin() as conn:
        taken = conn.scalar(select(m.AgreementRow.id).where(m.AgreementRow.reference.startswith(REFERENCE_PREFIX)).limit(1))
        if taken is not None:
            raise SijillError(Message(N_("This database already holds generated data; use a new database file.")))
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:  # indexing once at the end is several times faster than row by row
            search_index.drop_sqlite(conn)
        orgs = _rows_organizations(rng, now)
        conn.execute(insert(m.OrganizationRow.__table__), orgs)
        org_ids = list(conn.scalars(select(m.OrganizationRow.id).where(m.OrganizationRow.uuid.in_([o["uuid"] for o in orgs]))))
        n_agreements = agreements if agreements is not None else agreement_count(activities)
        plans = _make_agreements(conn, n_agreements, org_ids, rng, now)
        by_kind = _make_activities(conn, activities, plans, rng, now, largest_plan) if activities else {}
        if sqlite:
            search_index.create_sqlite(conn)
        elif conn.dialect.name == "postgresql":
            _advance_sequences(conn, ("agreement", "objective"))
    return Generated(len(orgs), len(plans), 3 * len(plans), activities, by_kind)
