"""A folder of answers files (the `pair` command's ANSWERS_DIR): each one read and checked, keyed by its file name."""

from __future__ import annotations

from pathlib import Path

from mentorfinder.answers.completeness import unfinished
from mentorfinder.answers.file import MAX_ANSWERS_BYTES, Answers, parse_answers
from mentorfinder.content.schema import Questionnaire
from mentorfinder.i18n.message import N_, Message
from mentorfinder.intake.problems import ContentError, Problem, capped
from mentorfinder.intake.safetext import read_bounded
from mentorfinder.intake.safeyaml import too_big

MAX_FILES = 20_000  # a programme's participants, with room to spare


def read_answers_folder(folder: Path, questionnaires: list[Questionnaire]) -> dict[str, Answers]:
    """{file name: answers} for every *.json in the folder, in name order; raise ContentError listing every file's
    problems (unreadable, invalid, or unfinished), so one run tells the coordinator everything to fix."""
    if not folder.is_dir():
        raise ContentError([Problem(str(folder), 1, Message(N_("not a folder of answers files")))])
    files = sorted(p for p in folder.glob("*.json") if p.is_file())
    if not files:
        raise ContentError([Problem(str(folder), 1, Message(N_("no answers files (*.json) in this folder")))])
    if len(files) > MAX_FILES:
        words = N_("%(count)s answers files — the limit is %(most)s")
        raise ContentError([Problem(str(folder), 1, Message(words, count=len(files), most=MAX_FILES))])
    found, problems = {}, []
    for path in files:
        try:
            raw = read_bounded(path, MAX_ANSWERS_BYTES)
            if len(raw) > MAX_ANSWERS_BYTES:
                raise too_big(len(raw), str(path), MAX_ANSWERS_BYTES, known=False)
            parsed = parse_answers(raw, str(path), questionnaires)
        except OSError as err:
            problems.append(Problem(str(path), 1, Message(N_("cannot read answers file: %(why)s"), why=err.strerror)))
            continue
        except ContentError as err:
            problems += err.problems
            continue
        missing = unfinished(questionnaires, parsed.answers, parsed.language)
        problems += [Problem(str(path), 1, m.file_message()) for m in missing]
        found[path.name] = parsed.answers
    if problems:
        raise ContentError(capped(problems, str(folder)))
    return found
