"""Command line: ``python -m app [--data-dir DIR] [--lang L] [COMMAND …]``.

Exit codes: 0 ok, 1 invalid input (with a message), 2 usage error. Commands never print a
traceback: unexpected errors are logged and summarised in one line.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from app import __version__

VIEWS = (
    "home",
    "lesson",
    "quiz",
    "examstart",
    "exam",
    "examsubmit",
    "quizstart",
    "examrules",
    "review",
    "case",
    "roleplay",
    "scenario",
    "debrief",
    "writing",
    "search",
    "glossary",
    "notes",
    "desk",
    "projector",
    "presenter",
    "livequiz",
    "handout",
    "dashboard",
    "trainer",
    "certificate",
    "settings",
    "profiles",
    "studio",
    "studio-scenario",
    "studio-lesson",
    "studio-case",
    "studio-question",
    "studio-glossary",
)


def _add_global_options(p: argparse.ArgumentParser) -> None:
    """The options every command and the app itself take."""
    p.add_argument("--data-dir", metavar="DIR", help="use DIR for databases, logs and backups")
    p.add_argument(
        "--lang", metavar="L", help="interface language: zh-CN (default), zh-TW, zh-HK, en"
    )
    p.add_argument(
        "--smoke",
        action="store_true",
        help="start, load content, open the database, show the window, exit 0",
    )
    p.add_argument("-v", "--verbose", action="store_true", help="more detail in the log")


class _NotJustTheApp(Exception):
    """The quick parser met something only the full one knows."""


class _QuickParser(argparse.ArgumentParser):
    def error(self, message: str):
        """Hand over to the full parser, which reports the error with the whole usage."""
        raise _NotJustTheApp(message)


def gui_args(argv: list[str]) -> argparse.Namespace | None:
    """The options when ``argv`` just starts the app, else None (a command, --help, a typo).

    Starting the app is the common case and start-up time counts to the first paint: the
    full parser, with every command's options, costs ~15 ms to build, this one almost
    nothing. Anything it does not recognise goes to the full parser, which reports errors.
    """
    if any(a in ("-h", "--help", "--version") for a in argv):
        return None
    quick = _QuickParser(prog="python -m app", add_help=False, allow_abbrev=False)
    _add_global_options(quick)
    try:
        args, rest = quick.parse_known_args(argv)
    except _NotJustTheApp:
        return None
    if rest:
        return None
    args.command = None
    return args


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m app",
        description="客诉学堂 · Complaint Handling Academy. Without a command, starts the app.",
    )
    p.add_argument("--version", action="version", version=f"客诉学堂 {__version__}")
    _add_global_options(p)
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    content = sub.add_parser("content", help="content tools")
    csub = content.add_subparsers(dest="content_command", metavar="ACTION", required=True)
    check = csub.add_parser("check", help="validate the course content")
    check.add_argument("path", nargs="?", help="a content/ directory (default: the bundled one)")
    check.add_argument("--json", action="store_true", help="print counts as JSON")
    check.add_argument("--layer", metavar="DIR",
                       help="check this organisation layer over the course "
                       "(default: the data folder's, if it has one)")  # fmt: skip
    check.add_argument("--no-layer", action="store_true", help="check the course alone")
    check.add_argument("--reference", metavar="DIR",
                       help="the source articles the pasted-text guard compares a layer with "
                       "(default: ../shared/reference beside the app, when there)")  # fmt: skip
    new = csub.add_parser(
        "new", help="add a lesson, case, question or scenario to the organisation layer"
    )
    new.add_argument("kind", choices=("lesson", "case", "question", "scenario"))
    new.add_argument("item_id", metavar="ID", help="the new item's id (lowercase, a-z 0-9 -)")
    new.add_argument("--section", help="the course section it belongs to (default: the first)")
    new.add_argument("--layer", metavar="DIR", help="default: the data folder's organisation/")
    layer = csub.add_parser("layer", help="the organisation layer: show, export, roll back")
    lsub = layer.add_subparsers(dest="layer_command", metavar="ACTION", required=True)
    lexp = lsub.add_parser("export", help="publish the layer as a pack for every installed copy")
    lexp.add_argument("out", help="the pack to write, e.g. organisation-1.1.pack")
    lexp.add_argument("--version", dest="layer_version",
                      help="the version to publish (default: the next one)")  # fmt: skip
    lexp.add_argument("--note", help="the change-log line for this version")
    lexp.add_argument("--layer", metavar="DIR", help="default: the data folder's organisation/")
    lshow = lsub.add_parser("show", help="the layer's id, version, items and problems")
    lshow.add_argument("--layer", metavar="DIR", help="default: the data folder's organisation/")
    lshow.add_argument("--json", action="store_true", help="print it as JSON")
    lsub.add_parser("rollback", help="bring back the layer installed before this one")
    inst = csub.add_parser("install", help="install a course pack (zip with a manifest)")
    inst.add_argument("pack")
    build = csub.add_parser("pack", help="make a course pack from a content folder")
    build.add_argument("folder")
    build.add_argument("out")
    build.add_argument("--id", required=True, dest="pack_id")
    build.add_argument("--version", required=True, dest="pack_version")
    build.add_argument("--title", required=True)
    export = csub.add_parser(
        "export", help="write the whole course as text in one edition, for review"
    )
    export.add_argument("out", help="the text file to write (- for standard output)")
    export.add_argument(
        "--lang", dest="export_lang", choices=("zh-CN", "zh-TW", "zh-HK"),
        help="the edition: zh-CN (Simplified), zh-TW (Taiwan), zh-HK (Hong Kong); "
        "default: the global --lang, else zh-CN",
    )  # fmt: skip
    export.add_argument("--content", help="a content/ directory (default: the installed one)")
    bring = csub.add_parser(
        "import", help="bring a Word document or a table of questions into the organisation layer"
    )
    isub = bring.add_subparsers(dest="import_kind", metavar="KIND", required=True)
    word = isub.add_parser("docx", help="a Word document (.docx) as a draft lesson")
    word.add_argument("file")
    word.add_argument("--id", dest="lesson_id", help="the lesson id (default: from the file name)")
    word.add_argument("--section", help="the course section (default: chosen in the editor)")
    word.add_argument("--layer", metavar="DIR", help="the layer folder (default: the data dir's)")
    table = isub.add_parser(
        "questions", help="questions from CSV/TSV (a spreadsheet), GIFT or Moodle XML"
    )
    table.add_argument("file")
    table.add_argument("--section", help="section for rows or questions that name none")
    table.add_argument("--lesson", help="lesson-id or lesson-id#N for those that name none")
    table.add_argument(
        "--format",
        dest="question_format",
        choices=("csv", "tsv", "gift", "moodlexml"),
        help="default: from the file name (.csv .tsv .gift .xml) or its first line",
    )
    table.add_argument("--layer", metavar="DIR", help="the layer folder (default: the data dir's)")
    table.add_argument("--dry-run", action="store_true", help="check only; write nothing")

    quiz = sub.add_parser("quiz", help="question bank: Moodle GIFT / XML interchange")
    qsub = quiz.add_subparsers(dest="quiz_command", metavar="ACTION", required=True)
    imp = qsub.add_parser("import", help="import questions from a GIFT or Moodle XML file")
    imp.add_argument("file")
    imp.add_argument("--format", choices=("gift", "moodlexml"), help="default: from the file")
    imp.add_argument("--dry-run", action="store_true", help="report only; store nothing")
    imp.add_argument("--json", action="store_true", help="print the report as JSON")
    exp = qsub.add_parser("export", help="export the course's question bank")
    exp.add_argument("out")
    exp.add_argument("--format", choices=("gift", "moodlexml"), required=True)
    qsub.add_parser("banks", help="list imported banks")
    rm = qsub.add_parser("remove", help="remove an imported bank")
    rm.add_argument("bank")

    search = sub.add_parser(
        "search", help="search lessons, cases, glossary, phrases, questions, role-plays, desk"
    )
    search.add_argument("query", help="words in Simplified or Traditional Chinese, or English")
    search.add_argument(
        "--json", action="store_true", help="print {took_ms, hits[, did_you_mean]} as JSON"
    )
    search.add_argument("--limit", type=int, default=10, metavar="N", help="at most N hits")
    search.add_argument(
        "--kind",
        action="append",
        choices=("lesson", "case", "term", "phrase", "question", "scenario", "checklist"),
        help="only this kind (repeatable)",
    )
    search.add_argument("--topic", metavar="SECTION", help="only this course section, e.g. s04")

    report = sub.add_parser("report", help="a learner's record: CSV or xAPI statements")
    rsub = report.add_subparsers(dest="report_command", metavar="ACTION", required=True)
    rexp = rsub.add_parser("export", help="export a learner's record")
    rexp.add_argument("out", help="output file")
    rexp.add_argument("--format", choices=("csv", "xapi"), required=True)
    rexp.add_argument("--learner", help="profile id or name (default: the last one used)")

    sync = sub.add_parser("sync", help="send learners' records to the organisation's LRS")
    ssub = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    for action, text in (("status", "what is configured and waiting"),
                         ("now", "send what the LRS has not acknowledged")):  # fmt: skip
        one = ssub.add_parser(action, help=text)
        one.add_argument("--learner", help="profile id or name (default: every learner)")
        one.add_argument("--json", action="store_true", help="print the result as JSON")

    move = sub.add_parser("learner", help="move a learner to another PC (one file)")
    msub = move.add_subparsers(dest="learner_command", metavar="ACTION", required=True)
    mexp = msub.add_parser("export", help="write a learner's whole profile to one file")
    mexp.add_argument("out")
    mexp.add_argument("--learner", help="profile id or name (default: the last one used)")
    mimp = msub.add_parser("import", help="add a learner from such a file")
    mimp.add_argument("file")

    hand = sub.add_parser("handout", help="a lesson's slides and presenter notes as a PDF")
    hand.add_argument("lesson", help="lesson id, e.g. seven-step-emotion-first")
    hand.add_argument("out", help="output PDF path")

    shot = sub.add_parser("screenshot", help="render a view offscreen to a PNG file")
    shot.add_argument("view", choices=VIEWS)
    shot.add_argument("out", help="output PNG path")
    shot.add_argument("--size", default="1366x768", help="window size WxH (default 1366x768)")
    shot.add_argument("--lang", dest="shot_lang", metavar="L", help="interface language")
    shot.add_argument("--lesson", help="lesson id (lesson view), case id or scenario id")
    shot.add_argument("--section", type=int, default=1, help="section to show (lesson view)")
    shot.add_argument("--theme", choices=("light", "dark"), default="light")
    shot.add_argument("--large", action="store_true", help="classroom large text (case, role-play)")
    shot.add_argument("--query", help="what to search for (search and desk views)")
    return p


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    args = gui_args(argv)
    parser = None
    if args is None:
        parser = build_parser()
        args = parser.parse_args(argv)
    try:
        if args.command == "content":
            if args.content_command == "install":
                return cmd_content_install(args)
            if args.content_command == "pack":
                return cmd_content_pack(args)
            if args.content_command == "export":
                return cmd_content_export(args)
            if args.content_command == "import":
                return cmd_content_import(args)
            if args.content_command in ("new", "layer"):
                from app.cli_layer import cmd_content_layer, cmd_content_new

                return (cmd_content_new if args.content_command == "new" else
                        cmd_content_layer)(args)  # fmt: skip
            return cmd_content_check(args)
        if args.command == "quiz":
            return cmd_quiz(args)
        if args.command == "screenshot":
            return cmd_screenshot(args, parser)
        if args.command == "search":
            return cmd_search(args)
        if args.command == "handout":
            return cmd_handout(args)
        if args.command == "report":
            return cmd_report(args)
        if args.command == "sync":
            return cmd_sync(args)
        if args.command == "learner":
            return cmd_learner(args)
        return cmd_gui(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and so on: the reader left
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        return 1
    except ValueError as exc:  # bad option values that argparse could not see
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # never a traceback in a trainer's face; -v shows it
        if args.verbose:
            raise
        where = _log_failure(args)
        print(f"error: {type(exc).__name__}: {exc} (details in {where}; -v shows them here)",
              file=sys.stderr)  # fmt: skip
        return 1


def _log_failure(args) -> str:
    """Append the traceback to the data folder's log (not the terminal); where it went."""
    import traceback
    from datetime import datetime

    from app.paths import DataPaths

    try:
        logs = DataPaths.at(args.data_dir).logs
        logs.mkdir(parents=True, exist_ok=True)
        log = logs / "academy.log"
        with log.open("a", encoding="utf-8") as f:
            f.write(f"{datetime.now():%Y-%m-%d %H:%M:%S} command failed: {args.command}\n")
            f.write(traceback.format_exc())
        return str(log)
    except OSError:
        return "the log (which could not be written)"


def cmd_gui(args) -> int:
    # Deliberately light: no facade, no logging before the window's first paint.
    from app import diagnostics
    from app import main as gui_main
    from app.languages import normalise_language, remembered_language
    from app.paths import DataPaths

    gui_main.ensure_platform(offscreen_default=args.smoke)
    paths = DataPaths.at(args.data_dir).ensure()
    lang = normalise_language(args.lang or remembered_language(paths.profiles_file))
    diagnostics.enable_faulthandler(paths.logs)
    # The log file itself is opened right after the window's first paint (see Gui.start).
    gui_main.LOG_SETTINGS.update(dir=paths.logs, verbose=args.verbose)
    try:
        code = gui_main.run_smoke(paths, lang) if args.smoke else gui_main.run_gui(paths, lang)
    except Exception as exc:
        import logging

        logging.getLogger(__name__).exception("fatal error")
        print(f"error: {exc} (see {paths.logs})", file=sys.stderr)
        code = 1
    gui_main.leave_process(code)
    return code  # not reached


def cmd_content_install(args) -> int:
    from app.services import Academy
    from app.services.errors import PackRefused

    academy = Academy(args.data_dir, lang=args.lang)
    try:
        report = academy.install_pack(Path(args.pack))
    except PackRefused as exc:
        for problem in getattr(exc, "problems", ()):  # a layer that does not load: each one
            print(problem, file=sys.stderr)
        print(f"error: {exc}", file=sys.stderr)
        return 1
    m = report.manifest
    what = "the organisation layer" if m.kind == "layer" else ""
    print(f"installed {what + ' ' if what else ''}{m.title} ({m.id} {m.version}): "
          f"{len(report.added)} added, {len(report.changed)} changed, "
          f"{len(report.removed)} removed")  # fmt: skip
    if report.archived_to:
        print(f"the previous {'layer' if what else 'course'} is kept in {report.archived_to}")
    return 0


def cmd_content_pack(args) -> int:
    from app.course.packs import build_pack

    folder = Path(args.folder)
    if not (folder / "course.yaml").is_file():
        raise ValueError(f"{folder} is not a content folder (no course.yaml)")
    print(build_pack(folder, Path(args.out), pack_id=args.pack_id, version=args.pack_version,
                     title=args.title))  # fmt: skip
    return 0


def cmd_content_export(args) -> int:
    from app.common.script import script_for_language
    from app.course.export_text import export_text
    from app.languages import normalise_language

    lang = normalise_language(args.export_lang or args.lang)
    if lang == "en":
        lang = "zh-CN"  # the course is written in Chinese only
    if args.content:
        from app.course.library import load_library

        root = Path(args.content).resolve()
        bundle = load_library(root, root.parent / "assets", script_for_language(lang))
    else:
        from app.services import Academy

        bundle = Academy(args.data_dir, lang=lang).content  # the installed course, cached
    text = export_text(bundle, lang)
    if args.out == "-":
        sys.stdout.write(text)
    else:
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"{args.out}: {lang}, {len(text.splitlines())} lines")
    return 0


def cmd_content_check(args) -> int:
    from app.cli_layer import checked_layer, course_of, layer_of
    from app.course.loader import load_content

    if args.path:
        root = Path(args.path).resolve()
        assets = root.parent / "assets"
    else:
        root, assets = course_of(args)
    if not root.is_dir():
        print(f"error: {root} is not a directory", file=sys.stderr)
        return 1
    layer = None if args.no_layer else layer_of(args, required=bool(args.layer))
    bundle = load_content(root, assets, layer=layer)
    if layer is not None:
        bundle = checked_layer(bundle, layer, args.reference)
    if args.json:
        import json

        kinds: dict[str, int] = {}
        for prob in bundle.problems:
            kinds[prob.kind] = kinds.get(prob.kind, 0) + 1
        print(
            json.dumps(
                {
                    "ok": not bundle.problems,
                    "counts": {
                        "sections": len(bundle.course.sections),
                        "lessons": len(bundle.lessons),
                        "lesson_sections": sum(len(x.sections) for x in bundle.lessons.values()),
                        "glossary_terms": len(bundle.glossary),
                        "phrases": sum(len(g.phrases) for g in bundle.phrase_groups),
                        "syllabus_items": len(bundle.syllabus),
                        "syllabus_items_taught": sum(1 for i in bundle.syllabus if i.taught_in),
                        "questions": len(bundle.questions),
                        "cases": len(bundle.cases),
                        "scenarios": len(bundle.scenarios),
                    },
                    "problems": kinds,
                    "problem_count": len(bundle.problems),
                    "skipped_files": list(bundle.skipped_files),
                    "length_bias": _length_bias(bundle),
                    "layer": None if bundle.layer is None else {
                        "id": bundle.layer.id, "title": bundle.layer.title,
                        "version": bundle.layer.version, "folder": str(layer)},
                },
                ensure_ascii=False,
                indent=2,
            )
        )  # fmt: skip
    else:
        from app.course.fairness import bias_warnings

        for prob in bundle.problems:
            held = bundle.layer is not None and layer is not None and bundle.layer.holds(prob.file)
            print(f"{_shown((layer.parent if held else root.parent) / prob.file)}:{prob.line}: "
                  f"{prob.message}")  # fmt: skip
        for line in bias_warnings(bundle):
            print(line, file=sys.stderr if "warning" in line else sys.stdout)
        n = len(bundle.problems)
        info = bundle.layer
        with_layer = f" (with the layer {info.id or info.folder} {info.version})" if info else ""
        summary = (
            f"{len(bundle.lessons)} lessons in {len(bundle.course.sections)} sections"
            + with_layer
            + ": "
            + ("no problems" if not n else f"{n} problem(s)")
        )
        print(summary, file=sys.stderr if n else sys.stdout)
    return 1 if bundle.problems else 0


def cmd_content_import(args) -> int:
    """One line per problem (``file:line: message``) and exit 1 when there are any; notes
    (what was decided, mammoth's warnings) are printed but change nothing."""
    from app.course.scaffold import ensure_layer_file
    from app.paths import DataPaths
    from app.services import Academy
    from app.studio.known import known_from

    layer = Path(args.layer) if args.layer else DataPaths.at(args.data_dir).organisation
    if not getattr(args, "dry_run", False):
        ensure_layer_file(layer)  # what is imported is loaded with the layer
    known = known_from(Academy(args.data_dir, lang=args.lang).content, layer)
    if args.import_kind == "docx":
        from app.studio.docx_import import DocxRefused, import_docx

        try:
            draft = import_docx(Path(args.file), layer, lesson_id=args.lesson_id,
                                section=args.section, taken_ids=known.lesson_ids)  # fmt: skip
        except DocxRefused as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        print(f"wrote {_shown(draft.draft)} ({draft.title}; {len(draft.images)} image(s))")
        notes, problems = draft.messages, draft.problems
    else:
        from app.studio.questions import ImportRefused, import_questions

        try:
            report = import_questions(
                Path(args.file), layer, fmt=args.question_format, section=args.section,
                lesson=args.lesson, taken_ids=known.question_ids, sections=known.sections,
                lessons=known.lessons, dry_run=args.dry_run,
            )  # fmt: skip
        except ImportRefused as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        n = len(report.ids)
        if report.file is not None:
            print(f"wrote {n} question(s) to {_shown(report.file)}")
        else:
            print(f"{'would write' if args.dry_run else 'wrote'} {n} question(s)")
        notes, problems = report.notes, report.problems
    for note in notes:
        print(f"note: {note}")
    for prob in problems:
        print(f"{prob.file}:{prob.line}: {prob.message}", file=sys.stderr)
    return 1 if problems else 0


def _length_bias(bundle) -> dict:
    from app.course.fairness import (
        QUESTION_LIMIT,
        REPLY_LIMIT,
        option_length_bias,
        reply_length_bias,
    )

    q = option_length_bias(bundle.questions)
    r = reply_length_bias(bundle.scenarios.values())
    return {
        "questions": {"counted": q.counted, "longest": len(q.longest), "share": round(q.share, 3),
                      "limit": QUESTION_LIMIT},
        "replies": {"counted": r.counted, "longest": len(r.longest), "share": round(r.share, 3),
                    "limit": REPLY_LIMIT},
    }  # fmt: skip


def cmd_quiz(args) -> int:
    """Through the facade, so an installed course pack's questions are the ones exported."""
    import json

    from app.services import Academy
    from app.services.errors import ImportRefused

    quizzes = Academy(args.data_dir, lang=args.lang).quizzes
    if args.quiz_command == "import":
        try:
            report = (quizzes.preview_import if args.dry_run else quizzes.import_bank)(
                Path(args.file), args.format
            )
        except ImportRefused as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        if args.json:
            print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
        else:
            verb = "would import" if args.dry_run else "imported"
            print(
                f"{verb} {report.imported} question(s) into bank '{report.bank}' "
                f"({report.encoding}); skipped {len(report.skipped)}"
            )
            if report.renamed_from:
                print(f"  a bank named '{report.renamed_from}' exists already: kept it")
            for s in report.skipped:
                print(f"  {args.file}:{s['line']}: {s['item']}: {s['reason']}")
        return 0
    if args.quiz_command == "export":
        count = quizzes.export(Path(args.out), args.format)
        print(f"exported {count} question(s) to {args.out}")
        return 0
    if args.quiz_command == "banks":
        for b in quizzes.banks():
            print(f"{b['name']}\t{b['questions']} question(s)\t{b['source']}")
        return 0
    try:
        removed = quizzes.remove_bank(args.bank)
    except ImportRefused as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if removed:
        print(f"removed bank '{args.bank}'")
        return 0
    print(f"error: no imported bank named '{args.bank}'", file=sys.stderr)
    return 1


def _shown(path: Path) -> str:
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return str(path)
    return str(path) if rel.startswith("..") else rel


def cmd_search(args) -> int:
    """Print ranked hits: kind, id, title, section, snippet and score (or JSON)."""
    import json

    from app.services import Academy

    if args.limit < 1:
        raise ValueError("--limit must be at least 1")
    import time

    academy = Academy(args.data_dir, lang=args.lang)
    academy.knowledge.prepare()  # opening (or first building) the index is not the search
    start = time.perf_counter()
    hits = academy.knowledge.search(args.query, kinds=args.kind, topic=args.topic, limit=args.limit)
    took_ms = round((time.perf_counter() - start) * 1000, 2)
    suggestions = [] if hits else academy.knowledge.suggest(args.query)
    if args.json:
        out = {"took_ms": took_ms, "hits": [h.as_dict() for h in hits]}
        if not hits:
            out["did_you_mean"] = suggestions
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    if not hits:
        hint = f"; did you mean: {', '.join(suggestions)}" if suggestions else ""
        print(f"no results for {args.query!r} ({took_ms} ms){hint}")
        return 0
    print(f"{len(hits)} results in {took_ms} ms")
    for h in hits:
        d = h.as_dict(("【", "】"))
        where = f" §{h.section}" if h.section else ""
        print(f"{d['score']:>7.2f}  {h.kind:<8} {h.ref}{where}  {h.title}")
        print(f"         {d['snippet']}")
    return 0


def cmd_learner(args) -> int:
    from app.services import Academy
    from app.services.errors import TransferError

    academy = Academy(args.data_dir, lang=args.lang)
    try:
        if args.learner_command == "import":
            result = academy.profiles.import_learner(Path(args.file))
            print(f"imported {result.profile.name} ({result.profile.id})")
            for table, count in result.left_out.items():
                print(f"left out {count} damaged record(s) of {table}", file=sys.stderr)
            return 0
        profiles = academy.profiles.all()
        wanted = args.learner or academy.profiles.last_profile_id
        profile = next((p for p in profiles if wanted in (p.id, p.name)), None)
        if profile is None:
            raise ValueError(f"no learner {wanted!r}")
        print(academy.profiles.export_learner(Path(args.out), profile.id))
        return 0
    except TransferError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


def cmd_sync(args) -> int:
    """``sync status`` / ``sync now`` for one learner or every learner on this PC."""
    import json

    from app.services import Academy

    academy = Academy(args.data_dir, lang=args.lang)
    profiles = academy.profiles.all()
    if args.learner:
        profiles = [p for p in profiles if args.learner in (p.id, p.name)]
        if not profiles:
            raise ValueError(f"no learner {args.learner!r}")
    results, failed = [], False
    for p in profiles:
        academy.open_learner(p.id)
        try:
            if args.sync_command == "now":
                if not academy.sync.configured:
                    raise ValueError("no LRS is configured (organisation.json: lrs.endpoint)")
                report = academy.sync.send_now()
                item = {"learner": p.name, "id": p.id, **report.as_dict()}
                failed = failed or bool(report.error)
            else:
                item = {"learner": p.name, "id": p.id, **academy.sync.status()}
        finally:
            academy.close_learner()
        results.append(item)
    if not profiles:
        results.append({"learner": None, **academy.sync.status()})
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2, default=str))
    else:
        for r in results:
            print(", ".join(f"{k}: {v}" for k, v in r.items() if k not in ("id",)))
    return 1 if failed else 0


def cmd_report(args) -> int:
    from app.services import Academy

    academy = Academy(args.data_dir, lang=args.lang)
    profiles = academy.profiles.all()
    wanted = args.learner or academy.profiles.last_profile_id
    profile = next((p for p in profiles if wanted in (p.id, p.name)), None)
    if profile is None:
        names = ", ".join(f"{p.name} ({p.id})" for p in profiles) or "none"
        raise ValueError(f"no learner {wanted!r}; the learners are: {names}")
    academy.open_learner(profile.id)
    try:
        out = academy.reports.export(Path(args.out), args.format)
    finally:
        academy.close_learner()
    print(out)
    return 0


def cmd_handout(args) -> int:
    from dataclasses import replace

    from app.main import ensure_platform

    ensure_platform(offscreen_default=True)
    from PySide6.QtGui import QGuiApplication

    from app.common.html_theme import HtmlTheme
    from app.languages import font_language
    from app.services import Academy
    from app.views.classroom.handout import export_handout
    from app.views.theme import installed_families

    _app = QGuiApplication.instance() or QGuiApplication([])
    academy = Academy(args.data_dir, lang=args.lang)
    lesson = academy.lesson(args.lesson)
    if lesson is None:
        known = ", ".join(academy.content.lesson_order())
        raise ValueError(f"no lesson {args.lesson!r}; the lessons are: {known}")
    lang = font_language(academy.lang)
    theme = replace(HtmlTheme(), font_families=tuple(installed_families(lang)), base_pt=11)
    out = export_handout(
        lesson, Path(args.out), theme, academy.assets,
        notes_label="講師備註" if lang == "zh-TW" else "讲师备注",
        course="客訴學堂" if lang == "zh-TW" else "客诉学堂",
    )  # fmt: skip
    print(out)
    return 0


def cmd_screenshot(args, parser) -> int:
    try:
        w, h = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        parser.error(f"--size must look like 1366x768, not {args.size!r}")
    from app.main import ensure_platform

    ensure_platform(offscreen_default=True)
    from app.views.screenshot import render_view

    out = Path(args.out)
    render_view(
        args.view,
        out,
        (w, h),
        lang=args.shot_lang or args.lang or "zh-CN",
        data_dir=args.data_dir,
        lesson_id=args.lesson,
        section=args.section,
        theme=args.theme,
        large=args.large,
        query=args.query,
    )
    print(out)
    from app.main import leave_process

    leave_process(0)
    return 0  # not reached
