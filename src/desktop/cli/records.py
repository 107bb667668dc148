"""Commands over the register's records: init, demo, agreements, activities, show, check."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.context import open_register
from desktop.cli.output import iso, print_json
from desktop.domain import records as r
from desktop.domain.access import Access
from desktop.services.activities import ActivityFilter
from desktop.services.indicators import Progress
from desktop.services.register import Register


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser("init", help="create the database or migrate it to this version")
    p.set_defaults(handler=cmd_init)

    p = subparsers.add_parser("demo", help="load the UNHCR-OIC joint action plan example (idempotent)")
    p.add_argument("--scale", type=int, metavar="N", help="instead, generate a large synthetic register of N activities")
    p.set_defaults(handler=cmd_demo)

    p = subparsers.add_parser("agreements", help="list agreements")
    p.add_argument("--search", metavar="TEXT")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=cmd_agreements)

    p = subparsers.add_parser("activities", help="list activities")
    p.add_argument("--agreement", metavar="REF")
    p.add_argument("--search", metavar="TEXT")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_activities)

    p = subparsers.add_parser("show", help="show one agreement with everything it holds")
    p.add_argument("reference", metavar="REF")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_show)

    p = subparsers.add_parser("check", help="check the database's integrity")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_check)


def cmd_init(args: argparse.Namespace) -> int:
    reg = open_register(args)
    print(f"database ready: {reg.database.display_name()}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop.services.demo import load_demo

    reg = open_register(args, needs=Access.EDITOR)
    if getattr(args, "scale", None) is not None:
        from desktop.services.generator import generate

        print(f"generated in {reg.database.display_name()}: {generate(reg, args.scale)}")
        return 0
    result = load_demo(reg)
    print(f"demo loaded into {reg.database.display_name()}: {result}")
    return 0


def agreement_json(a: r.Agreement) -> dict[str, Any]:
    return {
        "uuid": a.uuid,
        "reference": a.reference,
        "title_ar": a.title_ar,
        "title_en": a.title_en,
        "kind": a.kind.value,
        "status": a.status.value,
        "period_start": iso(a.period_start),
        "period_end": iso(a.period_end),
        "signed_on": iso(a.signed_on),
        "signing_place_ar": a.signing_place_ar,
        "signing_place_en": a.signing_place_en,
        "purpose_ar": a.purpose_ar,
        "purpose_en": a.purpose_en,
        "version": a.version,
        "updated_at": a.updated_at.isoformat() if a.updated_at else None,
    }


def activity_json(a: r.Activity) -> dict[str, Any]:
    return {
        "uuid": a.uuid,
        "agreement": a.agreement_reference,
        "agreement_uuid": a.agreement_uuid,
        "objective_uuid": a.objective_uuid,
        "title_ar": a.title_ar,
        "title_en": a.title_en,
        "kind": a.kind.value,
        "status": a.status.value,
        "start": iso(a.start),
        "end": iso(a.end),
        "place": a.place,
        "country": a.country,
        "lead_organization_uuid": a.lead_organization_uuid,
        "participants": a.participants,
        "notes": a.notes,
        "version": a.version,
    }


def organization_json(o: r.Organization | None) -> dict[str, Any] | None:
    if o is None:
        return None
    return {
        "uuid": o.uuid, "name_ar": o.name_ar, "name_en": o.name_en,
        "acronym": o.acronym, "kind": o.kind.value, "country": o.country,
    }


def milestone_json(m: r.Milestone) -> dict[str, Any]:
    return {
        "uuid": m.uuid, "date": iso(m.date), "title_ar": m.title_ar, "title_en": m.title_en,
        "description_ar": m.description_ar, "description_en": m.description_en,
        "agreement_uuid": m.agreement_uuid,
    }


def indicator_json(p: Progress) -> dict[str, Any]:
    i = p.indicator
    return {
        "uuid": i.uuid, "name_ar": i.name_ar, "name_en": i.name_en, "unit": i.unit,
        "baseline": i.baseline, "target": i.target, "direction": i.direction.value, "method": i.method.value,
        "kinds": [k.value for k in i.kinds], "achieved": p.achieved, "progress": round(p.progress, 4),
    }


def agreement_full_json(reg: Register, a: r.Agreement) -> dict[str, Any]:
    orgs = {o.uuid: o for o in reg.organizations()}
    people = {p.uuid: p for p in reg.people()}
    data = agreement_json(a)
    data["predecessor"] = reg.agreement(a.predecessor_uuid).reference if a.predecessor_uuid else None
    data["parties"] = [organization_json(orgs.get(uuid)) for uuid in a.parties]
    data["signatories"] = [
        {
            "person_uuid": s.person_uuid,
            "name_ar": s.person.name_ar if s.person else "",
            "name_en": s.person.name_en if s.person else "",
            "honorific_ar": s.person.honorific_ar if s.person else "",
            "honorific_en": s.person.honorific_en if s.person else "",
            "position_ar": s.person.position_ar if s.person else "",
            "position_en": s.person.position_en if s.person else "",
            "party": s.party.acronym or s.party.name_en or s.party.name_ar if s.party else None,
            "party_uuid": s.party_uuid,
        }
        for s in a.signatories
    ]
    progress = {p.indicator.uuid: p for p in reg.indicator_progress(a.uuid or a.reference)}
    data["objectives"] = [
        {
            "uuid": o.uuid, "number": n, "text_ar": o.text_ar, "text_en": o.text_en,
            "indicators": [indicator_json(progress[i.uuid]) for i in o.indicators if i.uuid in progress],
        }
        for n, o in enumerate(a.objectives, start=1)
    ]
    data["statements"] = [
        {
            "uuid": s.uuid,
            "speaker": s.speaker or (people[s.person_uuid].display_name("en") if s.person_uuid in people else ""),
            "person_uuid": s.person_uuid,
            "text_ar": s.text_ar,
            "text_en": s.text_en,
            "date": iso(s.date),
        }
        for s in a.statements
    ]
    lineage = _lineage(reg, a)
    data["milestones"] = [milestone_json(m) for m in reg.milestones() if m.agreement_uuid in lineage]
    counts = reg.activity_counts_by_status(ActivityFilter(agreement=a.uuid))
    data["activity_counts"] = {status.value: n for status, n in counts.items()}
    return data


def _lineage(reg: Register, a: r.Agreement) -> set[str | None]:
    """The agreement and its predecessors (whose milestones are its history too), and None
    for the partnership's milestones that belong to no agreement."""
    found: set[str | None] = {None, a.uuid}
    current = a.predecessor_uuid
    while current and current not in found:
        found.add(current)
        current = reg.agreement(current).predecessor_uuid
    return found


def cmd_agreements(args: argparse.Namespace) -> int:
    reg = open_register(args)
    items = reg.agreements(args.search)
    if args.json:
        print_json([agreement_json(a) for a in items])
        return 0
    for a in items:
        period = f"{iso(a.period_start) or '?'}..{iso(a.period_end) or '?'}"
        print(f"{a.reference}\t{a.status.value}\t{period}\t{a.display_title('en')}")
    return 0


def cmd_activities(args: argparse.Namespace) -> int:
    reg = open_register(args)
    if args.agreement:
        reg.agreement(args.agreement)  # a clear error for an unknown reference
    items = reg.activities(ActivityFilter(agreement=args.agreement, search=args.search))
    if args.json:
        print_json([activity_json(a) for a in items])
        return 0
    for a in items:
        print(f"{iso(a.start) or '?'}\t{a.status.value}\t{a.kind.value}\t{a.agreement_reference}\t{a.display_title('en')}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    reg = open_register(args)
    a = reg.agreement(args.reference)
    data = agreement_full_json(reg, a)
    if args.json:
        print_json(data)
        return 0
    _print_agreement(data)
    return 0


def _print_agreement(data: dict[str, Any]) -> None:
    print(f"{data['reference']}  [{data['kind']}, {data['status']}]")
    print(f"  {data['title_en']}")
    print(f"  {data['title_ar']}")
    print(f"  period: {data['period_start']} .. {data['period_end']}; signed: {data['signed_on']} at {data['signing_place_en']}")
    print("  parties: " + ", ".join((p or {}).get("acronym") or (p or {}).get("name_en", "") for p in data["parties"]))
    for n, s in enumerate(data["signatories"], start=1):
        name = " ".join(part for part in (s["honorific_en"], s["name_en"] or s["name_ar"]) if part)
        print(f"  signatory {n}: {name} - {s['position_en'] or s['position_ar']} (for {s['party']})")
    for o in data["objectives"]:
        print(f"  objective {o['number']}: {o['text_en'] or o['text_ar']}")
    print("  activities: " + ", ".join(f"{k} {v}" for k, v in sorted(data["activity_counts"].items())))


def cmd_check(args: argparse.Namespace) -> int:
    from desktop.services.integrity import check_database

    report = check_database(getattr(args, "db", None))
    if args.json:
        print_json({"ok": report.ok, "problems": report.problems, "database": report.database})
    else:
        print(report.describe())
    return 0 if report.ok else 1
