"""`skymap plan`: the joint plan (goals and agreements) of a map from the command line.

    skymap plan MAP --goal TEXT                               add one of the family's goals
    skymap plan MAP --agree TEXT --owner NAME [--due DATE]    add an agreement
    skymap plan MAP --done N | --drop N                       mark agreement N done / dropped
    skymap plan MAP --list [--json]                           the plan, agreements numbered

Messages are in the map's language (or --lang).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from skymap import cli_cpr, cli_protect
from skymap.model.document import MapDocument
from skymap.model.errors import SkymapError
from skymap.model.messages import date_text, message
from skymap.model.plan import find_owner, is_overdue, owner_name, status_label
from skymap.model.vocabulary import AgreementStatus

LONG_TEXT_LIMIT = 2000
"""The longest agreement text the command line takes (a sentence or two, not a report)."""


def add_plan_parser(sub) -> None:
    p = sub.add_parser(
        "plan",
        help="the joint plan: add goals and agreements, mark agreements done or dropped, list them",
        description="The joint plan (fælles plan) kept in the map: the family's goals in their own words, and "
        "the agreements of the meeting - what will be done, by whom (a person on the map or the family), by when. "
        "Agreements are numbered as --list shows them.",
    )
    p.add_argument("map", type=Path, metavar="MAP.json")
    cli_protect.add_password_option(p)
    action = p.add_mutually_exclusive_group(required=True)
    action.add_argument("--goal", metavar="TEXT", help="add one of the family's goals (at the end of the list)")
    action.add_argument("--agree", metavar="TEXT", help="add an agreement: what will be done (with --owner, --due)")
    action.add_argument("--done", type=int, metavar="N", help="mark agreement N done")
    action.add_argument("--drop", type=int, metavar="N", help="mark agreement N dropped")
    action.add_argument("--list", action="store_true", help="print the goals and the numbered agreements")
    p.add_argument("--owner", metavar="NAME",
                   help="with --agree: who does it - the name of a person on the map, or 'family'/'familien'")
    p.add_argument("--due", metavar="YYYY-MM-DD", help="with --agree: by when")
    p.add_argument("--json", action="store_true", help="with --list: one JSON object")
    p.add_argument("--force", action="store_true", help="write the map even if it is open in a Skymap window")
    p.add_argument("--lang", choices=("da", "en"), help="language of the messages (default: the map's)")


def plan_command(args: argparse.Namespace, lang: str, load, write_map) -> int:
    """Run `skymap plan` (load/write_map: the command line's own readers and writers)."""
    if (args.owner is not None or args.due is not None) and args.agree is None:
        raise SkymapError("plan_owner_without_agree")
    cli_cpr.refuse_in_options(args, "--goal", "--owner")
    due = _date(args.due)
    skymap = load(args, args.map, lang)
    lang = args.lang or skymap.meta.language
    try:
        return _run(args, MapDocument(skymap), due, lang, write_map)
    except SkymapError as err:  # said in the map's language, not the system's
        print(f"skymap: {err.message(lang)}", file=sys.stderr)
        return 2


def _run(args, doc: MapDocument, due: date | None, lang: str, write_map) -> int:
    if args.list:
        return _list(doc, args.json, lang)
    if args.goal is not None:
        doc.add_goal(args.goal)
        said = message("plan_goal_added", lang, number=len(doc.map.goals), text=doc.map.goals[-1])
    elif args.agree is not None:
        said = _agree(doc, args, due, lang)
    else:
        number = args.done if args.done is not None else args.drop
        count = len(doc.map.agreements)
        if not 1 <= number <= count:
            raise SkymapError("plan_no_such_agreement", number=number, count=count, path=args.map)
        agreement = doc.map.agreements[number - 1]
        status = AgreementStatus.DONE if args.done is not None else AgreementStatus.DROPPED
        if agreement.status is not AgreementStatus.OPEN:  # done or dropped already: said, the file left as it is
            print(message("plan_status_already", lang, number=number, text=agreement.text,
                          status=status_label(agreement, None, lang)))
            return 0
        doc.update("agreements", agreement.id, status=status)
        said = message("plan_status_set", lang, number=number, text=agreement.text,
                       status=status_label(doc.map.agreements[number - 1], None, lang))
    doc.touch()
    write_map(doc.map, args.map, args.force)
    print(said)
    return 0


def _date(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise SkymapError("bad_date", value=text) from None


def _agree(doc: MapDocument, args, due: date | None, lang: str) -> str:
    text = " ".join(args.agree.split())
    if not text:
        raise SkymapError("plan_empty_agreement")
    if len(text) > LONG_TEXT_LIMIT:
        raise SkymapError("option_too_long", option="--agree", limit=LONG_TEXT_LIMIT)
    if cli_cpr.has_cpr(text):
        raise SkymapError("cpr_in_option", option="--agree")
    owner = None
    if args.owner is not None:
        owner = find_owner(doc.map, args.owner)
        if owner is None:
            raise SkymapError("plan_unknown_owner", name=args.owner)
    doc.add_agreement(text, owner=owner, due=due)
    return message("plan_agreement_added", lang, number=len(doc.map.agreements), text=text,
                   owner=owner_name(doc.map, owner, lang))


def _list(doc: MapDocument, as_json: bool, lang: str) -> int:
    m, today = doc.map, date.today()
    rows = [
        {"number": n, "text": ag.text, "owner": owner_name(m, ag.owner, lang) if ag.owner else None,
         "due": ag.due.isoformat() if ag.due else None, "status": ag.status.value,
         "overdue": is_overdue(ag, today), "note": ag.note}
        for n, ag in enumerate(m.agreements, 1)
    ]
    if as_json:
        print(json.dumps({"goals": list(m.goals), "agreements": rows}, ensure_ascii=False, indent=2))
        return 0
    lines = [message("plan_goals_heading", lang)]
    lines += [f"  {n}. {goal}" for n, goal in enumerate(m.goals, 1)] or [f"  {message('plan_none', lang)}"]
    lines.append(message("plan_agreements_heading", lang))
    for row, ag in zip(rows, m.agreements):
        parts = [str(row["text"]), owner_name(m, ag.owner, lang)]
        if ag.due:
            parts.append(message("plan_due", lang, date=date_text(ag.due, lang)))
        parts.append(status_label(ag, today, lang))
        lines.append(f"  {row['number']}. " + " — ".join(parts))
    if not rows:
        lines.append(f"  {message('plan_none', lang)}")
    print("\n".join(lines))
    return 0
