"""Problems found in content or answers files, reported as `PATH:LINE: message` lines."""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from mentorfinder.i18n.message import N_, Message, grouped, said
from mentorfinder.intake.safetext import shown

MAX_PROBLEMS = 20  # past this, one line says how many more: a page or terminal stays readable


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file: where it is and what to do about it."""

    path: str
    line: int
    message: str | Message  # a Message says itself in any language; str() of either is the English

    def __str__(self) -> str:
        return one_line(f"{self.path}:{self.line}: {self.message}")

    def message_in(self, language: str) -> str:
        """The message alone, in `language` (English for a message that is plain text)."""
        return said(self.message, language)


def one_line(value: str) -> str:
    """Text safe to show anywhere: hostile characters escaped by shown(), and a newline inside a quoted id or
    value written as \\n, so a path or message never breaks a terminal, st.code or a list on a page."""
    return shown(value).replace("\n", "\\n")


class ContentError(Exception):
    """Raised when one or more files are invalid; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def did_you_mean(name: str, known: list[str] | set[str]) -> Message | str:
    """Return a ' — did you mean 'x'?' suffix for the closest known name, or ''."""
    close = difflib.get_close_matches(str(name), sorted(known), n=1, cutoff=0.6)
    return Message(N_(" — did you mean '%(name)s'?"), name=close[0]) if close else ""


def capped(problems: list[Problem], path: str, total: int | None = None) -> list[Problem]:
    """At most MAX_PROBLEMS lines: a file with thousands of bad ids is not a file to fix by hand.

    `total` is the full count when the caller built only the first lines (messages cost time).
    """
    total = len(problems) if total is None else total
    if total <= MAX_PROBLEMS:
        return problems
    more = total - MAX_PROBLEMS
    message = Message.ngettext(
        "… and %(count)s more problem of the same kind — fix these first",
        "… and %(count)s more problems of the same kind — fix these first",
        more,
        count=grouped(more),
    )
    return problems[:MAX_PROBLEMS] + [Problem(path, problems[MAX_PROBLEMS].line, message)]
