"""The walk of one click to its result: which mentorfinder/ files a reader enters following one evaluate().

Run: python -m bench.walk [--persona tests/core/personas/difficult_boss.json] [--path]
`result_for` (ui/results.py) is evaluate() behind the session's memo, so the walk starts at evaluate, in a
process that has already evaluated once (as the app's has, so no first-time imports are counted). Every
mentorfinder/ function called is read once, in the order it is first called: a reader reading it goes from
the file of the nearest mentorfinder/ function that called it to its own file and back. Printed:
- files entered: distinct mentorfinder/ files on that walk;
- returns to a file already left: steps of the walk into a file the reader had been in and left;
- functions read: distinct functions called; calls: every call of a mentorfinder/ function (comprehensions
  and generator expressions are part of their function, not calls); visible_answers calls among them.
No assertions; tests/core/test_shown_answers.py holds visible_answers to one call per questionnaire.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bench import ROOT
from mentorfinder.answers.file import parse_answers
from mentorfinder.content.load import load_content
from mentorfinder.evaluate import evaluate

CORE = str(ROOT / "mentorfinder") + "/"
INLINE = {"<genexpr>", "<listcomp>", "<dictcomp>", "<setcomp>"}
DEFAULT = ROOT / "tests" / "core" / "personas" / "difficult_boss.json"
WARM_UP = ROOT / "tests" / "core" / "personas" / "entrepreneur.json"


class Walk:
    """A profile hook recording the reader's path: each new function as a step from its caller's file to its own."""

    def __init__(self) -> None:
        self.files: list[str] = []  # the walk, one entry per file entered (no entry repeats the one before)
        self.read: set = set()  # the functions read so far (their code objects)
        self.calls = 0
        self.by_name: dict[str, int] = {}

    def hook(self, frame, event, arg) -> None:
        """sys.setprofile's hook: count each core call, and walk to a function the first time it is called."""
        code = frame.f_code
        if event != "call" or not code.co_filename.startswith(CORE) or code.co_name in INLINE:
            return
        self.calls += 1
        self.by_name[code.co_name] = self.by_name.get(code.co_name, 0) + 1
        if code in self.read:
            return
        self.read.add(code)
        caller = frame.f_back
        while caller is not None and not caller.f_code.co_filename.startswith(CORE):
            caller = caller.f_back
        if caller is not None:
            self.enter(caller.f_code.co_filename)
        self.enter(code.co_filename)

    def enter(self, path: str) -> None:
        """The reader is in this file (a step only when it is not the file they are already in)."""
        short = path[len(CORE) - len("mentorfinder/") :]
        if not self.files or self.files[-1] != short:
            self.files.append(short)

    def returns(self) -> int:
        """Steps into a file the reader had already been in and left."""
        return sum(1 for i, path in enumerate(self.files) if path in self.files[:i])


def walk_of(content, answers: dict, language: str) -> Walk:
    """The walk of one evaluate() of these answers."""
    walk = Walk()
    sys.setprofile(walk.hook)
    try:
        evaluate(content, answers, language=language)
    finally:
        sys.setprofile(None)
    return walk


def read(content, path: Path):
    """An answers file's answers and language."""
    parsed = parse_answers(path.read_bytes(), str(path), list(content.questionnaires))
    return parsed.answers, parsed.language


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persona", type=Path, default=DEFAULT, help="an answers file")
    parser.add_argument("--path", action="store_true", help="print the walk, one file a line")
    args = parser.parse_args()
    content = load_content()
    answers, language = read(content, WARM_UP)
    evaluate(content, answers, language=language)  # the app's process has evaluated before: no first-time imports
    walk = walk_of(content, *read(content, args.persona))
    if args.path:
        print("\n".join(walk.files))
    print(f"persona: {args.persona.relative_to(ROOT) if args.persona.is_absolute() else args.persona}")
    print(f"files entered: {len(set(walk.files))}")
    print(f"returns to a file already left: {walk.returns()}")
    print(f"functions read: {len(walk.read)}")
    print(f"calls: {walk.calls}")
    print(f"visible_answers calls: {walk.by_name.get('visible_answers', 0)}")


if __name__ == "__main__":
    main()
