"""The `skymap` command: opens the app, or works on maps headless.

    skymap [MAP.json]                       open the app (on MAP.json, or a new map)
    skymap new -o MAP.json                  a new map from a template
    skymap import CONTACTS.csv -o MAP.json  a map from a contact list (or --into MAP.json)
    skymap stats MAP.json [--json]          the counts and findings
    skymap validate MAP.json                check a map file
    skymap export MAP.json -o OUT.pdf       print (also .svg, .png, .graphml, .csv)
    skymap export MAP.json -o OUT.pdf --for family   the family's own copy (plain words, nothing protected)
    skymap protect MAP.json                 protect a map with a password (--remove, --new-password-file)

A password-protected map is read by every command with --password-file FILE (its first
line) or the password asked for on the terminal.
    skymap rc MAP.json [--scores FILE.csv]  relational coordination: the summary, or load scores
    skymap plan MAP.json --list             the joint plan (--goal, --agree --owner --due, --done N, --drop N)

Exit codes: 0 success, 1 the app could not start, 2 bad input (one clear line on stderr).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from skymap import __version__, cli_cpr, cli_family, cli_plan, cli_protect
from skymap.model.document import MapDocument
from skymap.model.errors import SkymapError
from skymap.model.messages import message, system_language
from skymap.model.quotes import in_quotes
from skymap.model.template import TEMPLATES, new_map
from skymap.model.title import shown_title
from skymap.model.vocabulary import normalise_language
from skymap.storage.mapfile import save_map

COMMANDS = ("new", "import", "stats", "validate", "export", "status", "diff", "rc", "protect", "plan")


class _Parser(argparse.ArgumentParser):
    """argparse that exits 2 with one line (its usage error), as every command should."""

    def error(self, text: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: {text}\n")


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", choices=("da", "en"), help="language of messages (default: the system's)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="skymap",
        description="Skymap: draw a family's network of professionals, count it, print it. "
        "Without a command, opens the app.",
        epilog="Run 'skymap COMMAND --help' for a command's options.",
    )
    parser.add_argument("--version", action="version", version=f"skymap {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("new", help="create a new map from a template", description="Create a new map file.")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="MAP.json", help="the file to create")
    p.add_argument("--template", choices=TEMPLATES, default="standard", help="standard: nine clouds (default); empty")
    p.add_argument("--family", default="", metavar="NAME", help="the family's name, e.g. Hansen")
    p.add_argument("--title", default="", help="the map's title (default: from the family's name)")
    p.add_argument("--caseworker", default="", help="the caseworker's name")
    p.add_argument("--force", action="store_true",
                   help="overwrite MAP.json if it exists, even if it is open in a Skymap window")
    _common(p)

    p = sub.add_parser(
        "import",
        help="build or update a map from a contact list (CSV)",
        description="Build a map from a contact list (CSV from Excel, comma or semicolon separated, "
        "UTF-8 or Windows-1252, English or Danish headers; only the name column is required), or update "
        "a map with --into, matching people by name: new people are added, changed fields updated, "
        "positions kept. Nothing is written if any row is wrong.",
    )
    p.add_argument("csv", type=Path, metavar="CONTACTS.csv")
    cli_protect.add_password_option(p)  # (for --into a protected map)
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("-o", "--output", type=Path, metavar="MAP.json", help="write a new map")
    target.add_argument("--into", type=Path, metavar="MAP.json", help="update this existing map")
    p.add_argument("--remove-missing", action="store_true", help="with --into: remove people no longer listed")
    p.add_argument("--template", choices=TEMPLATES, default="standard", help="clouds of a new map (default: standard)")
    p.add_argument("--family", default="", metavar="NAME", help="the family's name for a new map")
    p.add_argument("--force", action="store_true", help="overwrite the -o file if it exists; write the map "
                   "even if it is open in a Skymap window (which is otherwise refused)")
    _common(p)

    p = sub.add_parser("stats", help="print the counts and findings of a map", description="Print a map's counts.")
    p.add_argument("map", type=Path, metavar="MAP.json")
    cli_protect.add_password_option(p)
    p.add_argument("--json", action="store_true", help="print one JSON object instead of sentences")
    p.add_argument("--status", metavar="LABEL", help="the counts of a saved status instead of the current map")
    p.add_argument("--lang", choices=("da", "en"), help="language of the sentences (default: the map's)")

    p = sub.add_parser("validate", help="check that a file is a valid map", description="Check a map file.")
    p.add_argument("map", type=Path, metavar="MAP.json")
    cli_protect.add_password_option(p)
    _common(p)

    p = sub.add_parser(
        "export",
        help="print the map to PDF, or export it as SVG, PNG, GraphML or CSV",
        description="Export a map. The kind follows OUT's extension: .pdf (the map page, the contact list, "
        "counts and findings, for the core-team meeting; with --for family the family's own copy), "
        ".svg (the map page), .png (the canvas as the app shows it), .graphml (the network with all "
        "attributes) or .csv (the contact list, as 'skymap import' reads it).",
    )
    p.add_argument("map", type=Path, metavar="MAP.json")
    cli_protect.add_export_options(p)
    p.add_argument("--allow-cpr", action="store_true",
                   help="export even though a text in the map looks like a CPR number (otherwise refused)")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="OUT",
                   help="OUT.pdf, .svg, .png, .graphml or .csv")
    p.add_argument("--paper", choices=("a4", "a3"), default="a4", help="landscape paper size for PDF and SVG")
    p.add_argument("--pseudonymise", choices=("initials", "roles"),
                   help="replace every person's name by initials or by role (for sharing beyond the core team)")
    p.add_argument("--sections", default="map,contacts,summary,plan", metavar="LIST",
                   help="PDF pages to include, comma separated: map, contacts, summary, plan (the joint plan, "
                        "when the map has one) (default: all)")
    p.add_argument("--width", type=int, default=2400, help="PNG width in pixels")
    p.add_argument("--lang", choices=("da", "en"), help="language of the document (default: the map's)")
    p.add_argument("--status", metavar="LABEL", help="export a saved status instead of the current map")
    p.add_argument("--focus", metavar="NAME",
                   help="a child's own view: only this family member, the people they meet and the ties among "
                        "those people (e.g. --focus \"Emil Holm\")")
    p.add_argument("--changes-since", metavar="LABEL",
                   help="PDF: add a page of what changed since this status, with a chart of the key figures")
    cli_family.add_option(p)

    p = sub.add_parser(
        "status",
        help="save, list or remove statuses (the map at a meeting) inside a map file",
        description="A status keeps the map as it was at a meeting (\"Opstart\", \"Statusmøde 1\" ...) inside "
        "the same file; the working map goes on.",
    )
    p.add_argument("map", type=Path, metavar="MAP.json")
    cli_protect.add_password_option(p)
    action = p.add_mutually_exclusive_group(required=True)
    action.add_argument("--add", metavar="LABEL", help="save the current map as a status with this label")
    action.add_argument("--list", action="store_true", help="list the statuses with their key figures")
    action.add_argument("--remove", metavar="LABEL", help="remove a status")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="with --add: the status's date (default: today)")
    p.add_argument("--json", action="store_true", help="with --list: a JSON list")
    p.add_argument("--force", action="store_true",
                   help="with --add/--remove: write the map even if it is open in a Skymap window")
    _common(p)

    p = sub.add_parser(
        "diff",
        help="what changed between two statuses, or since a status",
        description="Compare a status with another one, or with the current map (the default for --to).",
    )
    p.add_argument("map", type=Path, metavar="MAP.json")
    cli_protect.add_password_option(p)
    p.add_argument("--from", dest="from_", required=True, metavar="LABEL", help="the earlier status")
    p.add_argument("--to", metavar="LABEL", help="the later status (default: the current map)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--lang", choices=("da", "en"), help="language of the sentences (default: the map's)")

    p = sub.add_parser(
        "rc",
        help="relational coordination: print the summary, or load scores from a CSV file",
        description="Without --scores: the network mean of the scored coordination ties, each dimension's mean, "
        "the weakest ties, the pairs of clouds and the findings. With --scores: load scores gathered elsewhere "
        "(one row a tie: from/fra, to/til and the seven dimensions, English or Danish headers; an empty cell is "
        "not scored); a missing tie between two professionals is made. Nothing is written if any row is wrong.",
    )
    p.add_argument("map", type=Path, metavar="MAP.json")
    cli_protect.add_password_option(p)
    p.add_argument("--scores", type=Path, metavar="FILE.csv", help="load these scores into the map")
    p.add_argument("--status", metavar="LABEL", help="without --scores: the summary of a saved status")
    p.add_argument("--force", action="store_true",
                   help="with --scores: write the map even if it is open in a Skymap window")
    p.add_argument("--lang", choices=("da", "en"), help="language of the sentences (default: the map's)")
    cli_protect.add_protect_parser(sub)
    cli_plan.add_plan_parser(sub)
    return parser


def build_app_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="skymap",
        description="Open Skymap's window on MAP.json, or on a new map from the standard template. "
        f"Commands for work without a window: {', '.join(COMMANDS)} (see 'skymap COMMAND --help').",
    )
    parser.add_argument("--version", action="version", version=f"skymap {__version__}")
    parser.add_argument("map", nargs="?", type=Path, metavar="MAP.json", help="the map to open")
    cli_protect.add_password_option(parser)
    parser.add_argument("--allow-clear", action="store_true",
                        help="with --screenshot of a password-protected map: allow the unencrypted picture")
    parser.add_argument("--screenshot", type=Path, metavar="OUT.png", help="render the window to a PNG and exit")
    parser.add_argument("--size", default="1600x1000", metavar="WxH", help="window size for --screenshot")
    parser.add_argument("--screenshot-view", choices=("normal", "family"), default="normal",
                        help="with --screenshot: the normal window, or the family view (F11)")
    parser.add_argument("--lang", choices=("da", "en"),
                        help="language of the window for this run (default: the one chosen in Settings, else "
                             "the system's)")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if (argv and argv[0] in COMMANDS) or argv in (["-h"], ["--help"]):
        args = build_parser().parse_args(argv)
        if args.command is None:
            build_parser().print_help()
            return 0
    else:
        args = build_app_parser().parse_args(argv)
        args.command = None
    lang = getattr(args, "lang", None) or system_language()
    try:
        if args.command is None:
            return _run_app(args, lang)
        handlers = {"new": _new, "import": _import, "stats": _stats, "validate": _validate, "export": _export,
                    "status": _status, "diff": _diff, "rc": _rc,
                    "protect": lambda a, lg: cli_protect.protect_command(a, lg, _write_map),
                    "plan": lambda a, lg: cli_plan.plan_command(a, lg, _load, _write_map)}
        _PROTECTED.clear()
        return handlers[args.command](args, lang)
    except SkymapError as err:
        print(f"skymap: {err.message(lang)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return _reader_gone()


def _reader_gone() -> int:
    """The reader of the output stopped early (`skymap diff --json | head`): that is not an
    error to report. What Python would still flush goes nowhere, so no traceback at exit."""
    import os  # noqa: PLC0415

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return 0


def _check_output(path: Path, force: bool) -> None:
    if path.exists() and not force:
        raise SkymapError("output_exists", path=path)


_PROTECTED: dict = {}
"""The key of each password-protected map this command read (by path): what it writes
back to the same file is sealed with it."""
_SAME = object()


def _load(args, path: Path, lang: str):
    """Read a map; a protected one with --password-file or the password asked for."""
    skymap, protection = cli_protect.load(args, path, lang)
    _PROTECTED[Path(path)] = protection
    return skymap


def _write_map(skymap, path: Path, force: bool, protection=_SAME) -> None:
    """Save a map file, unless a Skymap window has it open: then refuse with who and since
    when (exit 2), unless --force. The command holds the map's lock while it writes. A map
    read protected is written protected (with the same key), unless told otherwise."""
    from skymap.storage import locks  # noqa: PLC0415

    if protection is _SAME:
        protection = _PROTECTED.get(Path(path))
    with locks.writing(path, force):
        save_map(skymap, path, protection=protection)


def _new(args, lang: str) -> int:
    cli_cpr.refuse_in_options(args, "--family", "--title", "--caseworker")
    _check_output(args.output, args.force)
    skymap = new_map(args.template, family_name=args.family, lang=lang, title=args.title)
    if args.caseworker:
        skymap.meta = skymap.meta.model_copy(update={"caseworker": args.caseworker})
    _write_map(skymap, args.output, args.force)
    print(message("written", lang, path=args.output))
    return 0


def _import(args, lang: str) -> int:
    from skymap.model.merge import apply_contact_list  # noqa: PLC0415 - the window never needs these
    from skymap.storage.csv_import import read_contact_list  # noqa: PLC0415

    cli_cpr.refuse_in_options(args, "--family")
    contacts = read_contact_list(args.csv)
    if args.into is not None:
        doc = MapDocument(_load(args, args.into, lang))
        out = args.into
    else:
        _check_output(args.output, args.force)
        doc = MapDocument(new_map(args.template, family_name=args.family, lang=lang))
        out = args.output
    report = apply_contact_list(doc, contacts.rows, contacts.columns, remove_missing=args.remove_missing,
                                lang=doc.map.meta.language, path=args.csv)
    doc.touch()
    _write_map(doc.map, out, args.force)
    print(
        message(
            "import_summary",
            lang,
            added=len(report.added),
            updated=len(report.updated),
            removed=len(report.removed),
            ties=report.new_ties,
        )
    )
    pairs = report.removed_tie_pairs(lang)
    if pairs:  # (an update with --remove-missing: ties the list no longer has, all of them named)
        ties = ", ".join(f"{a} – {b}" for a, b in pairs)
        print(message("import_removed_ties", lang, count=len(pairs), ties=ties))
    for line in contacts.said(lang):  # a birth year not kept (the rest of its row is imported)
        print(line, file=sys.stderr)
    print(message("written", lang, path=out))
    return 0


def _stats(args, lang: str) -> int:
    from skymap.model.findings import summary_lines  # noqa: PLC0415
    from skymap.model.metrics import stats  # noqa: PLC0415

    skymap = _load(args, args.map, lang)
    content, on = skymap, None
    if args.status:
        from skymap.model.status import find_status  # noqa: PLC0415

        content, on = find_status(skymap, args.status).content, find_status(skymap, args.status).date
    from skymap.model import rc  # noqa: PLC0415
    from skymap.model.plan import plan_counts  # noqa: PLC0415

    if args.json:
        data = stats(content)
        data["rc"] = rc.summarise(content, skymap.settings).as_dict()
        data["agreements"] = plan_counts(content, on)  # overdue on the status's date, or today
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    text_lang = args.lang or skymap.meta.language
    lines = summary_lines(content, text_lang, skymap.meta.family_name)
    if rc.summarise(content, skymap.settings).ties:  # the network mean; `skymap rc` says the rest
        lines = [*lines, "", *rc.summary_lines(content, text_lang, skymap.settings)[:1]]
    print("\n".join(lines))
    return 0


def _status(args, lang: str) -> int:
    from datetime import date  # noqa: PLC0415

    from skymap.model.metrics import stats  # noqa: PLC0415
    from skymap.model.status import add_status, counts, find_status  # noqa: PLC0415

    skymap = _load(args, args.map, lang)
    if args.list:
        rows = []
        for snap in sorted(skymap.snapshots, key=lambda s: (s.date, s.taken)):
            rows.append({"label": snap.label, "date": snap.date.isoformat(), "stats": stats(snap.content),
                         "counts": counts(snap.content)})
        if args.json:
            print(json.dumps(rows, ensure_ascii=False, indent=2))
        elif not rows:
            print(message("status_none", lang))
        else:
            for row in rows:
                s = row["stats"]
                print(message("status_line", lang, label=row["label"], date=row["date"], pros=s["professionals"],
                              coordination=s["coordination_links"], isolated=len(s["isolated"])))
        return 0
    doc = MapDocument(skymap)
    if args.add:
        cli_cpr.refuse_in_options(args, "--add")
        when = None
        if args.date:
            try:
                when = date.fromisoformat(args.date)
            except ValueError:
                raise SkymapError("bad_date", value=args.date) from None
        snap = add_status(doc, args.add, when)
        _write_map(doc.map, args.map, args.force)
        print(message("status_added", lang, label=snap.label, date=snap.date.isoformat(), path=args.map))
        return 0
    snap = find_status(skymap, args.remove)
    doc.remove("snapshots", snap.id)
    _write_map(doc.map, args.map, args.force)
    print(message("status_removed", lang, label=snap.label, path=args.map))
    return 0


def _diff(args, lang: str) -> int:
    from skymap.model.status import content_of, diff, find_status, sentences  # noqa: PLC0415

    skymap = _load(args, args.map, lang)
    before = find_status(skymap, args.from_).content
    after = content_of(skymap, args.to)
    from skymap.model import rc  # noqa: PLC0415

    d = diff(before, after, find_status(skymap, args.to).date if args.to else None)
    if args.json:
        print(json.dumps({**d.as_dict(), "rc": rc.rc_diff(before, after)}, ensure_ascii=False, indent=2))
        return 0
    text_lang = args.lang or skymap.meta.language
    # two statuses: the later one is named, not called "now"
    states = ((in_quotes(find_status(skymap, args.from_).label, text_lang),
               in_quotes(find_status(skymap, args.to).label, text_lang)) if args.to else None)
    lines, rc_lines = sentences(d, text_lang, states), rc.diff_lines(before, after, text_lang, states)
    if rc_lines and lines == [message("d_nothing", text_lang)]:
        lines = []  # the scores did change
    print("\n".join([*lines, *rc_lines]))
    return 0


def _rc(args, lang: str) -> int:
    from skymap.model import rc  # noqa: PLC0415

    skymap = _load(args, args.map, lang)
    if args.scores is None:
        content = skymap
        if args.status:
            from skymap.model.status import find_status  # noqa: PLC0415

            content = find_status(skymap, args.status).content
        print("\n".join(rc.summary_lines(content, args.lang or skymap.meta.language, skymap.settings)))
        return 0
    from skymap.model.rc_scores import apply_scores, plan_scores  # noqa: PLC0415
    from skymap.storage.rc_import import read_scores  # noqa: PLC0415

    rows = read_scores(args.scores)
    doc = MapDocument(skymap)
    plan = plan_scores(doc, rows, path=args.scores)
    apply_scores(doc, plan)
    doc.touch()
    _write_map(doc.map, args.map, args.force)
    print(message("rc_saved", lang, scored=plan.scored, created=len(plan.new_links)))
    print(message("written", lang, path=args.map))
    return 0


def _validate(args, lang: str) -> int:
    cli_cpr.warn_if_held(_load(args, args.map, lang), args.map, lang)
    print(message("valid", lang, path=args.map))
    return 0


PNG_WIDTHS = (200, 12000)
"""The PNG widths --width accepts, in pixels; anything else is refused, not quietly changed."""


def _export(args, lang: str) -> int:
    """`skymap export`. Its refusals are in the map's language (or --lang's), as `plan` says
    them: a Danish map's export is refused in Danish on an English system. A refusal before
    the map is read (the kind of file, the width) is said in the language of the map file
    when it reads without a password; a map that cannot be read is refused in the system's
    language (main's). "Saved: …" stays in the system's, as every command that writes says it."""
    from skymap.export.dispatch import export_format  # noqa: PLC0415

    try:
        suffix = export_format(args.output)  # (refused before the map is read)
        if suffix == ".png" and not PNG_WIDTHS[0] <= args.width <= PNG_WIDTHS[1]:
            raise SkymapError("png_width", value=args.width, low=PNG_WIDTHS[0], high=PNG_WIDTHS[1])
    except SkymapError as err:
        return _refuse(err, args.lang or _map_language(args.map) or lang)
    skymap = _load(args, args.map, lang)
    doc_lang = normalise_language(args.lang or skymap.meta.language)
    try:
        return _export_read(args, skymap, suffix, lang, doc_lang)
    except SkymapError as err:
        return _refuse(err, doc_lang)


def _refuse(err: SkymapError, lang: str) -> int:
    print(f"skymap: {err.message(lang)}", file=sys.stderr)
    return 2


def _map_language(path: Path) -> str | None:
    """The language of the map at `path` if it reads without a password, else None."""
    from skymap.storage.mapfile import load_map  # noqa: PLC0415

    try:
        return normalise_language(load_map(path).meta.language)
    except SkymapError:  # (missing, damaged or password-protected: the system's language)
        return None


def _export_read(args, skymap, suffix: str, lang: str, doc_lang: str) -> int:
    """`skymap export` of the map read: `lang` the language of what is printed, `doc_lang`
    the document's."""
    whole_file = skymap
    # (a contact list refuses a CPR number itself, and says so as a contact list)
    cli_cpr.check_export(skymap, args.map, args.allow_cpr or suffix == ".csv")
    pdf_password = cli_protect.check_export(args, _PROTECTED.get(Path(args.map)), suffix)
    if args.status:
        from skymap.model.status import find_status  # noqa: PLC0415

        snap = find_status(skymap, args.status)
        title = f"{shown_title(skymap.meta)} — {snap.label} ({snap.date.isoformat()})"
        skymap = skymap.model_copy(update={
            **{k: list(getattr(snap.content, k)) for k in ("family", "domains", "actors", "links", "annotations",
                                                             "goals", "agreements")},
            "meta": skymap.meta.model_copy(update={"title": title}),
        })
    if args.focus:  # a child's own view: the member, the people they meet, the ties among them
        from skymap.model.focus import focus_map  # noqa: PLC0415

        skymap = focus_map(skymap, args.focus, doc_lang)
    if args.audience == "family":  # the family's own copy: never pseudonymised, nothing protected in it
        cli_family.export_family(args, skymap, suffix, doc_lang, pdf_password)
        print(message("written_family", lang, path=args.output))
        return 0
    if args.changes_since and suffix != ".pdf":
        raise SkymapError("changes_pdf_only")
    options = {}
    if suffix == ".pdf":
        from skymap.export.pdf import SECTIONS  # noqa: PLC0415

        sections = [s.strip() for s in args.sections.split(",") if s.strip()]
        unknown = [s for s in sections if s not in SECTIONS]
        if unknown or not sections:
            raise SkymapError("export_sections", value=", ".join(unknown) or "-", sections=", ".join(SECTIONS))
        options = dict(sections=sections, changes_since=args.changes_since)
        if args.status:  # the status's plan as it stood on its date (overdue then, not today)
            options["plan_date"] = snap.date
        if args.changes_since and args.status:  # two statuses compared: the later one is named, not "now"
            options["changes_to"] = args.status
    from skymap.export.dispatch import write_export  # noqa: PLC0415
    from skymap.ui.render import render_png  # noqa: PLC0415 - a PNG is a picture of the canvas

    made = write_export(skymap, args.output, lang=doc_lang, paper=args.paper, pseudonymise=args.pseudonymise,
                        people_from=whole_file, pdf_password=pdf_password, render_png=render_png,
                        png_width=args.width, **options)
    if made is not None and made[0] < args.width:
        print(message("png_reduced", lang, width=made[0], height=made[1]))
    print(message("written", lang, path=args.output))
    return 0


def _run_app(args, lang: str) -> int:
    if not getattr(args, "lang", None):
        from skymap.storage.settings import stored_language  # noqa: PLC0415

        lang = stored_language() or lang  # the language chosen in the settings; --lang wins
    try:
        from skymap.ui.app import run  # noqa: PLC0415 - Qt is loaded only for the window
    except ImportError as exc:
        print(f"skymap: {message('no_app_yet', lang, reason=exc)}", file=sys.stderr)
        return 1
    # The command line's way to open a protected map is decided here: the window never imports cli_*.
    asks_here = getattr(args, "password_file", None) is not None or args.screenshot is not None
    return run(args, lang, cli_protect.unlocker(args, lang) if asks_here else None)


if __name__ == "__main__":
    sys.exit(main())
