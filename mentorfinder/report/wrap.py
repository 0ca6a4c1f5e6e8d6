"""Greedy word wrap of printable text into a width, given a measure of text widths."""

from __future__ import annotations

from collections.abc import Callable


def wrap(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """Lines of `text` no wider than `width`; a word wider than a line is cut where it fills the line.

    Linear time: fpdf2's multi_cell(dry_run=True) re-measures each line per character.
    """
    if not text:
        return []
    space = measure(" ")
    rows: list[str] = []
    current, current_w = "", 0.0
    for word in text.split(" "):
        word_w = measure(word)
        if current and current_w + space + word_w <= width:
            current, current_w = current + " " + word, current_w + space + word_w
            continue
        if current:
            rows.append(current)
        while word_w > width:  # a word wider than the line: cut it where it fills the line
            cut, used = 1, measure(word[0])
            while cut < len(word) and used + measure(word[cut]) <= width:
                used += measure(word[cut])
                cut += 1
            rows.append(word[:cut])
            word = word[cut:]
            word_w = measure(word)
        current, current_w = word, word_w
    if current:
        rows.append(current)
    return rows
