"""Command line: validate | score | match | sample-answers | report | sample-roster | pair. Errors are one line each,
never a traceback."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from mentorfinder.answers.completeness import unfinished
from mentorfinder.answers.file import MAX_ANSWERS_BYTES, dump_answers, parse_answers
from mentorfinder.answers.folder import read_answers_folder
from mentorfinder.answers.mentor import sample_mentors
from mentorfinder.answers.sample import sample_answers
from mentorfinder.content.archetypes import ArchetypeSet, load_archetypes
from mentorfinder.content.conditions import ShownAnswers
from mentorfinder.content.load import DATA_DIR, QUESTIONNAIRES_DIR, Content, load_content
from mentorfinder.content.mentor_form import mentor_form
from mentorfinder.content.questionnaire import load_questionnaires
from mentorfinder.content.tips import TipSet
from mentorfinder.content.validate_files import validate_command
from mentorfinder.evaluate import evaluate
from mentorfinder.intake.problems import ContentError, Problem
from mentorfinder.intake.roster import MAX_ROSTER_BYTES, parse_roster
from mentorfinder.intake.safetext import MAX_NAME, language_problem, read_bounded, shown, text_problem
from mentorfinder.intake.safeyaml import too_big
from mentorfinder.intake.weights import parse_weights
from mentorfinder.scoring.derived import ranked_codes
from mentorfinder.scoring.profile import codes_json, profile_json, score


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every sub-command."""
    parser = argparse.ArgumentParser(
        prog="python -m mentorfinder", description="Mentor Finder: questionnaires, scoring and mentor matching."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    v = sub.add_parser("validate", help="check questionnaire, archetype and tips files")
    v.add_argument("paths", nargs="*", type=Path, help="files or folders (default: questionnaires/ and data/)")
    s = sub.add_parser("score", help="answers file -> profile JSON")
    s.add_argument("answers", help="answers JSON file, or - for standard input")
    s.add_argument("--questionnaires", type=Path, default=QUESTIONNAIRES_DIR)
    s.add_argument(
        "--language", "--lang", default=None, help="language of the words (e.g. es); default: the answers file's"
    )
    m = sub.add_parser("match", help="answers file -> profile and ranked shortlist JSON")
    m.add_argument("answers", help="answers JSON file, or - for standard input")
    m.add_argument("--questionnaires", type=Path, default=QUESTIONNAIRES_DIR)
    m.add_argument("--archetypes", type=Path, default=None, help="default: the shipped ones, if they fit")
    m.add_argument("--weights", default="", help="e.g. needs=50,style=20,availability=20,fit=10")
    m.add_argument(
        "--language", "--lang", default=None, help="language of the words (e.g. es); default: the answers file's"
    )
    m.add_argument("--roster", type=Path, default=None, help="a programme's roster CSV: list its real mentors instead")
    sr = sub.add_parser("sample-roster", help="print a random valid roster CSV of mentors")
    sr.add_argument("--mentors", type=int, default=10)
    sr.add_argument("--seed", type=int, default=0)
    p = sub.add_parser("pair", help="roster CSV and a folder of answers files -> the pairing as CSV")
    p.add_argument("answers_dir", type=Path, help="a folder of answers files (*.json), one per participant")
    p.add_argument("--roster", type=Path, required=True)
    p.add_argument("--floor", type=float, default=0.0, help="no pair below this percent (default 0)")
    p.add_argument("--weights", default="", help="e.g. needs=50,style=20,availability=20,fit=10")
    p.add_argument("--language", "--lang", default="en", help="language of the reasons (e.g. es)")
    a = sub.add_parser("sample-answers", help="print a random valid answers file")
    a.add_argument("--seed", type=int, default=0)
    a.add_argument("--questionnaires", type=Path, default=QUESTIONNAIRES_DIR)
    r = sub.add_parser("report", help="answers file -> PDF summary")
    r.add_argument("answers", help="answers JSON file, or - for standard input")
    r.add_argument("-o", "--output", type=Path, required=True)
    r.add_argument("--name", default="")
    r.add_argument(
        "--language", "--lang", default=None, help="language of the words (e.g. es); default: the answers file's"
    )
    r.add_argument("--paper", choices=["a4", "letter"], default="a4")
    r.add_argument("--questionnaires", type=Path, default=QUESTIONNAIRES_DIR)
    r.add_argument("--archetypes", type=Path, default=None, help="default: the shipped ones, if they fit")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; return the exit code."""
    for stream in (sys.stdout, sys.stderr):
        # a file name or flag with a non-UTF-8 byte arrives as a lone surrogate: print it escaped, never crash
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    args = build_parser().parse_args(argv)
    try:
        _check_flags(args)
        return COMMANDS[args.command](args)
    except ContentError as err:
        for problem in err.problems:
            print(problem, file=sys.stderr)
        return 1
    except (BrokenPipeError, KeyboardInterrupt):
        return 1
    except Exception as err:  # noqa: BLE001 - the contract is one line, never a traceback
        print(f"mentorfinder: internal error: {type(err).__name__}: {shown(err)}", file=sys.stderr)
        return 70


def _check_flags(args) -> None:
    """--name and --language pass the same text checks as any file before anything is read."""
    name = getattr(args, "name", "")
    if problem := text_problem(name):
        raise ContentError([Problem("--name", 1, f"the name {problem}")])
    if len(name) > MAX_NAME:
        raise ContentError([Problem("--name", 1, f"the name is {len(name):,} characters — the limit is {MAX_NAME}")])
    language = getattr(args, "language", None)
    if language is not None and (problem := language_problem(language)):
        raise ContentError([Problem("--language", 1, problem)])


def _read_answers(source: str, questionnaires, complete: bool = True, language: str | None = None):
    """The answers file, checked; `language` (the command's --language) words its problems, else the file's."""
    path = "<stdin>" if source == "-" else source
    try:
        # bounded before parsing: `score /dev/zero` or `yes | score -` stop at the cap, not at the memory limit
        raw = read_bounded(sys.stdin.buffer if source == "-" else source, MAX_ANSWERS_BYTES)
    except OSError as err:
        raise ContentError([Problem(path, 1, f"cannot read answers file: {err.strerror}")]) from None
    if len(raw) > MAX_ANSWERS_BYTES:
        raise too_big(len(raw), path, MAX_ANSWERS_BYTES, known=False)
    parsed = parse_answers(raw, path, questionnaires)
    if complete:
        missing = unfinished(questionnaires, parsed.answers, language or parsed.language)
        if missing:
            raise ContentError([Problem(path, 1, problem.file_message()) for problem in missing])
    return parsed


def _score(args) -> int:
    questionnaires = load_questionnaires(args.questionnaires)
    parsed = _read_answers(args.answers, questionnaires, language=args.language)
    language = args.language or parsed.language
    profile = score(questionnaires, ShownAnswers.of(questionnaires, parsed.answers), language)
    out = {"profile": profile_json(profile)}
    if codes := codes_json(ranked_codes(questionnaires, profile, language)):
        out["codes"] = codes  # only for questionnaires that declare ranked codes
    print(json.dumps(out, indent=2, ensure_ascii=False, allow_nan=False))  # NaN/Infinity are not JSON
    return 0


def _content_for(args) -> Content:
    """The shipped content, or the given questionnaires with the given archetypes (or none that fit)."""
    shipped = DATA_DIR / "archetypes.yaml"
    if args.questionnaires == QUESTIONNAIRES_DIR and args.archetypes in (None, shipped):
        return load_content()
    questionnaires = load_questionnaires(args.questionnaires)
    if args.archetypes is not None:
        return Content(tuple(questionnaires), load_archetypes(args.archetypes, questionnaires), TipSet(readiness=[]))
    try:
        archetypes = load_archetypes(shipped, questionnaires)
    except ContentError:
        # another instrument: the mentor archetypes name dimensions it does not have, so match nothing
        print(
            "note: no archetypes fit these questionnaires, so there is no shortlist (see --archetypes)", file=sys.stderr
        )
        archetypes = ArchetypeSet(archetypes=[])
    return Content(tuple(questionnaires), archetypes, TipSet(readiness=[]))


def _match(args) -> int:
    content = _content_for(args)
    parsed = _read_answers(args.answers, list(content.questionnaires), language=args.language)
    language = args.language or parsed.language
    if args.roster is not None:
        from mentorfinder.matching.mentors import rank_mentors  # numpy: only for a programme's commands

        listed = rank_mentors(content, parsed.answers, _roster(args.roster), parse_weights(args.weights), language)
        out = {"mentors": [asdict(m) for m in listed.matches], "excluded": [asdict(e) for e in listed.excluded]}
        print(json.dumps(out, indent=2, ensure_ascii=False, allow_nan=False))
        return 0
    result = evaluate(content, parsed.answers, parse_weights(args.weights), language)
    print(json.dumps(result.to_json(), indent=2, ensure_ascii=False, allow_nan=False))
    return 0


def _sample(args) -> int:
    questionnaires = load_questionnaires(args.questionnaires)
    sys.stdout.write(dump_answers(sample_answers(questionnaires, args.seed)))
    return 0


def _report(args) -> int:
    from mentorfinder.report import build_report, name_problem  # fpdf2 is only needed for this command

    if problem := name_problem(args.name):  # refused before anything is read or drawn
        raise ContentError([Problem("--name", 1, problem)])
    content = _content_for(args)
    parsed = _read_answers(args.answers, list(content.questionnaires), language=args.language)
    language = args.language or parsed.language
    pdf = build_report(content, parsed.answers, name=args.name, language=language, paper=args.paper)
    args.output.write_bytes(pdf)
    print(f"wrote {args.output} ({len(pdf):,} bytes)", file=sys.stderr)
    return 0


def _roster(path: Path) -> list:
    """The roster CSV's mentors, checked (`PATH:ROW: column 'x': …` problems)."""
    try:
        raw = read_bounded(path, MAX_ROSTER_BYTES)
    except OSError as err:
        raise ContentError([Problem(str(path), 1, f"cannot read roster file: {err.strerror}")]) from None
    if len(raw) > MAX_ROSTER_BYTES:
        raise too_big(len(raw), str(path), MAX_ROSTER_BYTES, known=False)
    return parse_roster(raw, str(path), mentor_form())


def _sample_roster(args) -> int:
    if not 1 <= args.mentors <= 10_000:
        raise ContentError([Problem("--mentors", 1, f"expected 1 to 10,000 mentors, got {args.mentors}")])
    from mentorfinder.present.programme import roster_csv  # numpy and scipy: only for a programme's commands

    sys.stdout.write(roster_csv(sample_mentors(mentor_form(), args.mentors, args.seed), mentor_form()))
    return 0


def _pair(args) -> int:
    if not 0 <= args.floor <= 100:
        raise ContentError([Problem("--floor", 1, f"expected a percent from 0 to 100, got {args.floor:g}")])
    from mentorfinder.matching.pairing import pair  # numpy and scipy: only for a programme's commands
    from mentorfinder.present.programme import pairs_csv

    content = load_content()
    mentors = _roster(args.roster)
    participants = read_answers_folder(args.answers_dir, list(content.questionnaires))
    pairing = pair(content, participants, mentors, args.floor, parse_weights(args.weights), args.language)
    sys.stdout.write(pairs_csv(pairing))
    return 0


COMMANDS = {
    "validate": validate_command,
    "score": _score,
    "match": _match,
    "sample-answers": _sample,
    "report": _report,
    "sample-roster": _sample_roster,
    "pair": _pair,
}
