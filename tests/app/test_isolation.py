"""Nothing computed from one person's answers goes into anything shared by all sessions: after two sessions with
distinctive answers, the one shared cache our code declares, every per-session memo, every module-level value of
our own code and every process-wide functools cache are searched for what they typed."""

import ast
import pickle
import sys
import uuid

import pytest
from apphelpers import APP, ROOT, answers_for, download_pdf, seeded
from streamlit.testing.v1 import AppTest

from mentorfinder.answers.sample import sample_answers
from ui import nav, state

# Classes whose instances are computed from a person's answers: none may sit in a shared cache.
ANSWER_DERIVED = (
    b"mentorfinder.evaluate",
    b"mentorfinder.scoring.profile",
    b"mentorfinder.matching.model",
    b"mentorfinder.matching.network",
)


def session(content, seed: int, marker: str) -> AppTest:
    """One person's whole visit: answers with a free-text marker, profile, matches, next steps, a PDF, the CSV."""
    answers = answers_for(content, seed=seed)
    answers["goals"]["goal_in_words"] = f"I want {marker} in my life"
    answers["fit"]["trust_needs"] = f"Respect {marker}"
    at = AppTest.from_file(APP, default_timeout=60)
    seeded(at, answers, nav.PROFILE.script)
    at.switch_page(nav.MATCHES.script).run()
    at.switch_page(nav.NEXT_STEPS.script).run()
    at.text_input(key=state.PDF_NAME).input(f"Name {marker}").run()
    assert download_pdf(at).startswith(b"%PDF")
    return at


@pytest.fixture(scope="module")
def two_sessions(content):
    markers = (f"zq{uuid.uuid4().hex[:10]}", f"zq{uuid.uuid4().hex[:10]}")
    return markers, [session(content, seed, marker) for seed, marker in zip((51, 52), markers, strict=True)]


def shared_caches() -> dict[str, str]:
    """{module.function: decorator} for every st.cache_data / st.cache_resource in our own code, read from the
    source (Streamlit has no public list of its caches)."""
    found = {}
    for path in sorted(
        [ROOT / "app.py", *ROOT.glob("ui/*.py"), *ROOT.glob("views/*.py"), *ROOT.glob("mentorfinder/**/*.py")]
    ):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.FunctionDef):
                for decorator in node.decorator_list:
                    called = decorator.func if isinstance(decorator, ast.Call) else decorator
                    if isinstance(called, ast.Attribute) and called.attr in {"cache_data", "cache_resource"}:
                        found[f"{path.relative_to(ROOT).with_suffix('')}.{node.name}".replace("/", ".")] = called.attr
    return found


def test_the_one_shared_cache_holds_only_the_frozen_content(two_sessions):
    markers, _ = two_sessions
    assert shared_caches() == {"ui.loaders._load": "cache_resource"}  # a new cache must be looked at here
    from ui.loaders import get_content

    content = get_content()  # what the cache holds, through its own function
    assert type(content).__name__ == "Content"
    blob = pickle.dumps(content)
    for marker in markers:
        assert marker.encode() not in blob
    for name in ANSWER_DERIVED:
        assert name not in blob, name


def test_each_memo_is_its_own_sessions_and_holds_only_its_answers(two_sessions):
    (mine, theirs), (first, second) = two_sessions
    memo_a, memo_b = first.session_state[state.MEMO], second.session_state[state.MEMO]
    assert memo_a is not memo_b
    assert "csv" in memo_a and "csv" in memo_b
    blob_a, blob_b = repr(memo_a), repr(memo_b)
    assert mine in blob_a and theirs not in blob_a  # the answers key carries the free text of this session only
    assert theirs in blob_b and mine not in blob_b
    assert first.session_state[state.ANSWERS] != second.session_state[state.ANSWERS]


def test_no_module_level_value_of_ours_holds_answers(two_sessions):
    """A module global (a dict used as a memo, a list of recent results) would be shared by every session."""
    markers, _ = two_sessions
    ours = [m for name, m in sys.modules.items() if name.split(".")[0] in {"ui", "mentorfinder"} and m is not None]
    assert any(m.__name__ == "ui.memo" for m in ours)
    for module in ours:
        for name, value in vars(module).items():
            if isinstance(value, dict | list | set | tuple | str | bytes):
                text = repr(value)
                assert not any(marker in text for marker in markers), f"{module.__name__}.{name}"


def test_ui_memo_has_no_state_of_its_own():
    import ui.memo

    mutable = {k: v for k, v in vars(ui.memo).items() if isinstance(v, dict | list | set) and not k.startswith("__")}
    assert mutable == {}


# Reviewed caches with arguments: the CJK fallback font, opened once per process by its path and face number.
FONT_FILE_CACHES = {
    "mentorfinder.report.fonts.cjk._source": ["path", "face"],
    # a catalogue per language code: the app only ever asks for a language the content is written in
    # (ui/language.py reads any other `?lang=` as English), never for anything a person typed
    "mentorfinder.i18n.catalogue.translator": ["language"],
}


def test_no_process_wide_memo_can_keep_text_after_the_session(content):
    """functools caches in our modules are process-wide: only argument-free ones (fonts, code points) are allowed,
    so no name or answer can be a cache key. The PDF memoises its text per report (Doc.memo)."""
    import inspect

    from mentorfinder.report import build_report

    marker = f"zq{uuid.uuid4().hex[:10]}"
    session(content, 53, marker)
    build_report(content, sample_answers(list(content.questionnaires), 53), name=f"Name {marker}")
    ours = [m for name, m in sys.modules.items() if name.split(".")[0] in {"ui", "mentorfinder"} and m is not None]
    cached = {
        f"{module.__name__}.{name}": value
        for module in ours
        for name, value in vars(module).items()
        if callable(value) and hasattr(value, "cache_info") and getattr(value, "__module__", "") == module.__name__
    }
    assert cached, "expected the font caches to be found"
    for name, func in cached.items():
        if name in FONT_FILE_CACHES:  # keyed by an installed font file, never by anything a person typed
            assert list(inspect.signature(func).parameters) == FONT_FILE_CACHES[name], name
            continue
        assert not inspect.signature(func).parameters, f"{name} caches by argument"
