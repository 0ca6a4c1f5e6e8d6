"""The walk of one click to its result: which mentorfinder/ files a reader enters following one evaluate().

Run: python -m bench.walk [--persona tests/core/personas/difficult_boss.json] [--path]
`result_for` (ui/results.py) is evaluate() behind the session's memo, so the walk starts at evaluate, in a
process that has already evaluated once (as the app's has, so no first-time imports are counted). A reader
follows calls in the order they first happen, from the file of the nearest mentorfinder/ function that made
the call to the callee's file. Two readers are counted:
- "each function once": a function already read is not followed again;
- "each call once": every distinct caller -> callee pair is followed once (a value that re-enters a file from
  many places costs a trip each time, as it does a reader checking what the call does there).
Printed: files entered (distinct mentorfinder/ files on the walk), returns to a file already left (steps of
the walk into a file the reader had been in and left) for both readers, functions read, distinct
caller -> callee pairs, calls (every call of a mentorfinder/ function; comprehensions and generator
expressions are part of their function, not calls) and the visible_answers calls among them.
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
    """A profile hook recording the readers' paths: each new call as a step from its caller's file to its own."""

    def __init__(self) -> None:
        self.files: list[str] = []  # each function once: one entry per file entered (never the one before again)
        self.pairs_files: list[str] = []  # each call once
        self.read: set = set()  # the functions read so far (their code objects)
        self.pairs: set = set()  # the (caller, callee) code objects followed so far
        self.calls = 0
        self.by_name: dict[str, int] = {}

    def hook(self, frame, event, arg) -> None:
        """sys.setprofile's hook: count each core call, and walk to a function the first time it is called."""
        code = frame.f_code
        if event != "call" or not code.co_filename.startswith(CORE) or code.co_name in INLINE:
            return
        self.calls += 1
        self.by_name[code.co_name] = self.by_name.get(code.co_name, 0) + 1
        caller = frame.f_back
        while caller is not None and (
            not caller.f_code.co_filename.startswith(CORE) or caller.f_code.co_name in INLINE
        ):
            caller = caller.f_back
        steps = [caller.f_code.co_filename] if caller is not None else []
        steps.append(code.co_filename)
        if code not in self.read:
            self.read.add(code)
            for path in steps:
                enter(self.files, path)
        pair = (caller.f_code if caller is not None else None, code)
        if pair not in self.pairs:
            self.pairs.add(pair)
            for path in steps:
                enter(self.pairs_files, path)


def enter(files: list[str], path: str) -> None:
    """The reader is in this file (a step only when it is not the file they are already in)."""
    short = path[len(CORE) - len("mentorfinder/") :]
    if not files or files[-1] != short:
        files.append(short)


def returns(files: list[str]) -> int:
    """Steps into a file the reader had already been in and left."""
    return sum(1 for i, path in enumerate(files) if path in files[:i])


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
    print(f"returns to a file already left, each function once: {returns(walk.files)}")
    print(f"returns to a file already left, each call once: {returns(walk.pairs_files)}")
    print(f"functions read: {len(walk.read)}")
    print(f"caller -> callee pairs: {len(walk.pairs)}")
    print(f"calls: {walk.calls}")
    print(f"visible_answers calls: {walk.by_name.get('visible_answers', 0)}")


if __name__ == "__main__":
    main()
