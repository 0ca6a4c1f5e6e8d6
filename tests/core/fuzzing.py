"""Hostile answers files, links and YAML content as Hypothesis strategies, and the contract every example
must keep (shared by tests/core/test_fuzz.py, tests/app/test_fuzz_app.py and bench/fuzz.py)."""

from __future__ import annotations

import base64
import contextlib
import io
import json
import re
import zlib
from pathlib import Path

from hypothesis import strategies as st

from mentorfinder.answers.file import dump_answers, parse_answers
from mentorfinder.answers.link import decode_answers, encode_answers
from mentorfinder.cli import main
from mentorfinder.content.questionnaire import load_questionnaire
from mentorfinder.intake.problems import MAX_PROBLEMS, ContentError
from mentorfinder.intake.safetext import data_problems, shown

FIXTURES = Path(__file__).parent / "fixtures"
EVERY = (FIXTURES / "every_type.yaml").read_text()
GOOD = {
    "every_type": {"stage": "later", "picks": ["d"], "like_plus": 5, "like_minus": 5, "slider": 10}
    | {"order": ["x", "y", "z"], "hours": 20, "notes": "fine"}
}
HEADER = {"format": "mentor-finder-answers", "version": 1, "language": "en"}
LINE = re.compile(r"^[^\n]*:\d+: [^\n]+$")  # PATH:LINE: message, one line

# Values an attacker would try: broken and control characters, numbers past every limit, wrong types.
# Hypothesis's characters() never draws lone surrogates, so the worst characters are also named outright.
WORST = ["\ud800", "\udfff", "\udc80", "\x00", "\x07", "\x1b", "\x7f", "\x85", "\u2028", "\u202e", "\ufeff", "\n", "\t"]
hostile_text = st.lists(
    st.sampled_from(WORST) | st.characters(codec=None, categories=("Cc", "Cf", "Zl", "Zp", "Co", "Lo", "So", "Nd")),
    max_size=30,
).map("".join)
hostile_number = st.one_of(
    st.integers(min_value=-(10**4000), max_value=10**4000),  # json.dumps stops at 4,300 digits
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([10**15, 10**400, -(10**9) - 1, 1e308, 5e-324]),
)
hostile_scalar = st.one_of(hostile_text, hostile_number, st.booleans(), st.none())
hostile_value = hostile_scalar | st.recursive(
    hostile_scalar,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(hostile_text, inner, max_size=4),
    max_leaves=8,
)


@st.composite
def answers_files(draw) -> bytes:
    """A valid answers file with a hostile twist: a value, a key, a header field, raw bytes or a duplicate key."""
    body = json.loads(json.dumps(HEADER | {"answers": GOOD}))
    given = body["answers"]["every_type"]
    twist = draw(st.sampled_from(["value", "key", "header", "duplicate", "bytes", "whole", "digits"]))
    if twist == "value":
        given[draw(st.sampled_from(sorted(given)))] = draw(hostile_value)
    elif twist == "key":
        given[draw(hostile_text)] = draw(hostile_value)
    elif twist == "header":
        body[draw(st.sampled_from(["format", "version", "language", "answers"]))] = draw(hostile_value)
    elif twist == "whole":
        body = draw(hostile_value)
    text = json.dumps(body, ensure_ascii=draw(st.booleans()), allow_nan=True, indent=draw(st.sampled_from([None, 2])))
    if twist == "duplicate":
        text = text.replace('"stage":', f'"stage": {json.dumps(draw(hostile_scalar))}, "stage":', 1)
    if twist == "digits":  # past what json.dumps (and int()) will write: only a hand-made file has it
        text = text.replace(
            '"hours": 20', f'"hours": {draw(st.sampled_from(["-", ""]))}1{"0" * draw(st.integers(4300, 20_000))}'
        )
    raw = text.encode("utf-8", errors="surrogatepass")
    if twist == "bytes":
        at = draw(st.integers(0, len(raw)))
        raw = raw[:at] + draw(st.binary(max_size=8)) + raw[at:]
    return raw


def pack(raw: bytes) -> str:
    """A link value the way mentorfinder/answers/link.py makes one, around any bytes."""
    return "1." + base64.urlsafe_b64encode(zlib.compress(raw, 9)).decode().rstrip("=")


@st.composite
def links(draw) -> str:
    """A link value: hostile answers packed as the app packs them, a packed hostile file, or any text."""
    kind = draw(st.sampled_from(["answers", "file", "text"]))
    if kind == "text":
        return "1." + draw(st.text(max_size=60))
    if kind == "file":
        return pack(draw(answers_files()))
    given = dict(GOOD["every_type"])
    given[draw(st.sampled_from(sorted(given)) | hostile_text)] = draw(hostile_value)
    text = json.dumps({"every_type": given}, allow_nan=True, ensure_ascii=draw(st.booleans()))
    return pack(text.encode("utf-8", errors="surrogatepass"))


@st.composite
def questionnaires(draw) -> str:
    """The every_type questionnaire with one line's value swapped for hostile YAML."""
    lines = EVERY.splitlines()
    index = draw(
        st.sampled_from([i for i, line in enumerate(lines) if ": " in line and not line.lstrip().startswith("#")])
    )
    head, _, _ = lines[index].partition(": ")
    literal = draw(
        st.one_of(
            hostile_number.map(lambda n: str(n) if not isinstance(n, float) else repr(n)),
            st.sampled_from([".inf", "-.inf", ".nan", "2024-01-01", "!!binary aGk=", "*x", "&x 1", "~", "[", "{a: 1}"]),
            hostile_text.map(lambda t: json.dumps(t)),  # a double-quoted YAML string with \u escapes
            hostile_text,
        )
    )
    lines[index] = f"{head}: {literal}"
    return "\n".join(lines) + "\n"


def check_problems(err: ContentError, path: str) -> list[str]:
    """The refusal contract: 1..21 lines, each PATH:LINE: message, printable and encodable."""
    lines = [str(p) for p in err.problems]
    assert 1 <= len(lines) <= MAX_PROBLEMS + 1, len(lines)
    for line in lines:
        assert LINE.match(line) and line.startswith(shown(path) + ":"), line
        line.encode("utf-8")  # no lone surrogate left to crash a terminal or st.code
    return lines


def check_answers_file(raw: bytes, questionnaire) -> str:
    """Parse one hostile file: accepted answers are clean and re-encodable, or a refusal keeps the contract."""
    try:
        parsed = parse_answers(raw, "fuzz.json", [questionnaire])
    except ContentError as err:
        check_problems(err, "fuzz.json")
        return "refused"
    assert data_problems(parsed.answers) == []
    dump_answers(parsed.answers, parsed.language).encode("utf-8")
    assert (decode_answers(encode_answers(parsed.answers)) or {}) == {k: v for k, v in parsed.answers.items() if v}
    return "accepted"


def check_link(value: str, questionnaire) -> str:
    """Open one hostile link the way ui/state.py does: decoded and checked like a file, or refused."""
    decoded = decode_answers(value)
    if decoded is None:
        return "refused"
    assert data_problems(decoded) == []
    return check_answers_file(dump_answers(decoded).encode("utf-8"), questionnaire)


def check_questionnaire(text: str, path: Path) -> str:
    """Load one hostile questionnaire: a clean model, or a refusal keeping the contract."""
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        loaded = load_questionnaire(path)
    except ContentError as err:
        check_problems(err, str(path))
        return "refused"
    assert data_problems(loaded.model_dump()) == []
    return "accepted"


def check_command_line(raw: bytes, path: Path, questionnaires: Path) -> str:
    """`score` on one hostile answers file written to `path`: exit 1 with only PATH:LINE lines on stderr and nothing
    on stdout, or exit 0 with strict JSON (no NaN or Infinity); never anything else, never a traceback."""
    path.write_bytes(raw)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["score", str(path), "--questionnaires", str(questionnaires)])
    assert code in (0, 1), (code, err.getvalue())
    if code == 0:
        json.loads(out.getvalue(), parse_constant=lambda name: (_ for _ in ()).throw(AssertionError(name)))
        return "accepted"
    lines = err.getvalue().splitlines()
    assert out.getvalue() == "" and lines and all(LINE.match(line) for line in lines), err.getvalue()
    return "refused"


def every_type():
    """The fixture questionnaire hostile answers are checked against."""
    return load_questionnaire(FIXTURES / "every_type.yaml")
