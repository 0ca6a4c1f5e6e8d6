"""Each shared rule, word and colour is written in one module; the others import it."""

import ast
import re
from pathlib import Path

from mentorfinder.content.archetypes import ArchetypeSet
from mentorfinder.content.load import Content
from mentorfinder.content.questionnaire import load_questionnaires
from mentorfinder.content.tips import TipSet
from mentorfinder.evaluate import evaluate
from mentorfinder.i18n.catalogue import _
from mentorfinder.matching.model import LABEL_WORDS
from mentorfinder.present.export import results_csv
from mentorfinder.present.rules import GROUP_TITLES, PALETTE
from mentorfinder.scoring.derived import ranked_codes

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted(p for folder in ("mentorfinder", "ui", "views") for p in (ROOT / folder).rglob("*.py"))
SOURCES.append(ROOT / "app.py")


def places(pattern: str) -> list[str]:
    """Every source file (relative) with a line matching the pattern."""
    return sorted({str(p.relative_to(ROOT)) for p in SOURCES if re.search(pattern, p.read_text(), re.M)})


def test_group_titles_and_colours_are_only_in_rules():
    for title in GROUP_TITLES.values():
        assert places(re.escape(f'"{title}"')) == ["mentorfinder/present/rules.py"], title
    assert places(r'"Background and fit"|"Communication style"') == []
    for colour in PALETTE:
        assert places(re.escape(f'"{colour}"')) == ["mentorfinder/present/rules.py"], colour


def code_strings(path: Path) -> list[str]:
    """Every string literal in the file's code (f-string parts too), docstrings left out: words a reader sees."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    ]


def test_fit_label_words_come_from_matching():
    # before: only the one old way of spelling a label ("label.capitalize() + ' fit'") was looked for; now any
    # literal holding a label's words, in either language, or a ' fit' glued onto a label id, outside matching's
    # LABEL_WORDS fails
    words = list(LABEL_WORDS.values()) + [_(w, "es") for w in LABEL_WORDS.values()]
    assert len(set(words)) == 10 and "Buen encaje" in words  # the Spanish really was looked up
    own_sentence = {"Less suited to you"}  # the results page's heading over those matches, a sentence of its own
    written = {}
    for path in SOURCES:
        for text in code_strings(path):
            named = any(re.search(rf"\b{re.escape(w)}\b", text, re.I) for w in words)  # "the best fits" is no label
            if text not in own_sentence and named or re.match(r" fit\b", text):
                written.setdefault(str(path.relative_to(ROOT)), []).append(text)
    assert written == {"mentorfinder/matching/model.py": list(LABEL_WORDS.values())}


def test_one_translate_and_no_aliases():
    assert places(r"lambda value: (text|translate)\(|import text as tr|schema import .*\btext\b") == []
    assert places(r"^def translate\(") == ["mentorfinder/i18n/words.py"]


def test_the_csv_leaves_an_unanswered_scale_empty_not_zero():
    questionnaires = load_questionnaires(ROOT / "tests" / "core" / "instruments")
    content = Content(tuple(questionnaires), ArchetypeSet(archetypes=[]), TipSet(readiness=[]))
    answers = {"traits": {"s1": 4, "s2": 2, "i1": 4, "i2": 2, "a1": 3, "a2": 1}}
    rows = [line.split(",") for line in results_csv(evaluate(content, answers)).splitlines()]
    assert ["score", "", "r", "Realistic", "", ""] in rows
    assert ["score", "", "i", "Investigative", "6", "75"] in rows
    assert [c.code for c in ranked_codes(questionnaires, evaluate(content, answers).profile)] == ["IA"]
