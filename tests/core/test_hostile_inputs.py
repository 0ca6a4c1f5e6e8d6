"""Hostile input found by the second outside attack (issue 11): each gets one clear line naming its place,
exit 1 on the command line, and no traceback — through the loaders and through `python -m mentorfinder`."""

import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentorfinder.answers.file import parse_answers
from mentorfinder.cli import main
from mentorfinder.content.questionnaire import load_questionnaire
from mentorfinder.intake.problems import ContentError

FIXTURES = Path(__file__).parent / "fixtures"
MINI = (FIXTURES / "mini.yaml").read_text()
HEAD = '{\n  "format": "mentor-finder-answers",\n  "version": 1,\n  "answers": {\n    "every_type": {\n'
LIMITS = "numbers must lie between -1,000,000,000 and 1,000,000,000"


def answers_with(body: str, head: str = HEAD) -> bytes:
    """An answers file for the every_type fixture whose question lines (from line 6) are `body`."""
    return (head + body + "\n    }\n  }\n}\n").encode()


# name -> (file bytes, the expected "LINE: message" of its one line)
ANSWERS = {
    "surrogate_text": (
        answers_with('      "notes": "x\\ud800y"'),
        "6: every_type.notes: text has a broken character (U+D800, half of a pair) at position 2 — retype it",
    ),
    "surrogate_id": (
        answers_with('      "stage": "student",\n      "no\\udc80tes": "hi"'),
        "7: every_type.no\\udc80tes: key 'no\\udc80tes' has a broken character (U+DC80, half of a pair) at position 3 — retype it",
    ),
    "line_separator_id": (  # found by fuzzing: U+2028 split the "one line" in a terminal and in splitlines()
        answers_with('      "stage": "student",\n      "a\\u2028b": "x"'),
        "7: unknown question 'a\\u2028b' in questionnaire 'every_type'",
    ),
    "control_text": (
        answers_with('      "notes": "bell\\u0007"'),
        "6: every_type.notes: text has a control character (U+0007) at position 5 — remove it",
    ),
    "huge_int_400": (
        answers_with('      "hours": 1' + "0" * 400),
        f"6: every_type.hours: a number with 401 digits is too large — {LIMITS}",
    ),
    "huge_int_5000": (
        answers_with('      "hours": 1' + "0" * 5000),
        f"6: every_type.hours: a number with 5,001 digits is too large — {LIMITS}",
    ),
    "float_overflow": (
        answers_with('      "hours": 1e400'),
        f"6: every_type.hours: 1e400 is too large — {LIMITS}",
    ),
    "nan": (
        answers_with('      "hours": NaN'),
        "6: every_type.hours: NaN is not a number this app can use — write a plain number",
    ),
    "big_in_range_of_int": (
        answers_with('      "hours": 5000000000'),
        f"6: every_type.hours: 5e+09 is too large — {LIMITS}",
    ),
    "duplicate_key": (
        answers_with('      "stage": "student",\n      "stage": "nonsense"'),
        "7: duplicate key 'stage' — each key may appear once",
    ),
    "version_true": (
        answers_with("", head=HEAD.replace('"version": 1', '"version": true')),
        "3: answers file version True is not supported — this app reads version 1",
    ),
    "language_evil": (
        answers_with("", head=HEAD.replace('"version": 1,', '"version": 1,\n  "language": "xx-evil",')),
        "4: language 'xx-evil' is not a language code such as 'en' or 'pt-BR'",
    ),
    "utf16": (answers_with("").decode().encode("utf-16"), "1: file is UTF-16 text, not UTF-8 — save it as UTF-8"),
    "utf16_no_bom": (
        answers_with("").decode().encode("utf-16-le"),
        "1: file is UTF-16 text, not UTF-8 — save it as UTF-8",
    ),
}


@pytest.fixture(scope="module")
def every():
    return load_questionnaire(FIXTURES / "every_type.yaml")


@pytest.fixture(scope="module")
def every_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("every")
    (folder / "every_type.yaml").write_text((FIXTURES / "every_type.yaml").read_text())
    return folder


@pytest.mark.parametrize("name", sorted(ANSWERS))
def test_hostile_answers_file_gives_one_line(name, every, every_dir, tmp_path, capsys):
    raw, expected = ANSWERS[name]
    with pytest.raises(ContentError) as caught:
        parse_answers(raw, "f.json", [every])
    assert [str(p) for p in caught.value.problems] == [f"f.json:{expected}"]
    path = tmp_path / "f.json"
    path.write_bytes(raw)
    assert main(["score", str(path), "--questionnaires", str(every_dir)]) == 1
    out, err = capsys.readouterr()
    assert (out, err) == ("", f"{path}:{expected}\n")


def questionnaire_with(old: str, new: str) -> str:
    assert old in MINI
    return MINI.replace(old, new, 1)


# name -> (questionnaire text, the expected "LINE: message" lines)
YAML = {
    "score_inf": (
        questionnaire_with("scores: {net: 1}", "scores: {net: .inf}"),
        ["17: value inf is not a number this app can use — write a plain number"],
    ),
    "score_nan": (
        questionnaire_with("scores: {net: 1}", "scores: {net: .nan}"),
        ["17: value nan is not a number this app can use — write a plain number"],
    ),
    "scale_max_400_digits": (
        questionnaire_with("max: 4,", "max: 1" + "0" * 400 + ","),
        [f"12: a number with 401 digits is too large — {LIMITS}"],
    ),
    "int_5000_digits": (
        questionnaire_with("version: 1", "version: 1" + "0" * 5000),
        [f"4: a number with 5,001 digits is too large — {LIMITS}"],
    ),
    "float_as_text": (  # YAML 1.1 reads 1e+308 (no dot) as text, which pydantic made a float; found by fuzzing
        questionnaire_with('max: 100, step: 5, prompt: "How direct?"', 'max: 1e+308, step: 5, prompt: "How direct?"'),
        ["20: question 'direct': field 'max' expected less than or equal to 1000000000, got '1e+308'"],
    ),
    "inf_as_text": (
        questionnaire_with('max: 100, step: 5, prompt: "How direct?"', 'max: inf, step: 5, prompt: "How direct?"'),
        ["20: question 'direct': field 'max' expected a finite number, got 'inf'"],
    ),
    "likert_of_a_thousand_points": (
        questionnaire_with("max: 4,", "max: 1000,"),
        ["12: scales need: field 'max' expected less than or equal to 100, got 1000"],
    ),
    "surrogate_title": (
        questionnaire_with("title: Mini", 'title: "Mi\\ud800ni"'),
        ["3: text has a broken character (U+D800, half of a pair) at position 3 — retype it"],
    ),
    "control_escape": (
        questionnaire_with("title: Only step", 'title: "Only\\x01step"'),
        ["15: text has a control character (U+0001) at position 5 — remove it"],
    ),
    "control_raw": (
        questionnaire_with("title: Only step", "title: Only\x01step"),
        ["15: character U+0001 is not allowed (a control character) — remove it"],
    ),
    "date_version": (
        questionnaire_with("version: 1", "version: 2024-01-01"),
        ["4: YAML reads 2024-01-01 as a timestamp, which is not allowed — put it in quotes: '2024-01-01'"],
    ),
    # issue 19: a typed value PyYAML cannot build was an "internal error" (exit 70); now a problem with its line
    "tagged_int_text": (
        questionnaire_with("max: 4,", 'max: !!int "abc",'),
        ["12: YAML cannot read 'abc' as !!int — write a plain value, or remove the !!int tag"],
    ),
    "tagged_float_text": (
        questionnaire_with("max: 4,", 'max: !!float "x1",'),
        ["12: YAML cannot read 'x1' as !!float — write a plain value, or remove the !!float tag"],
    ),
    "tagged_bool_text": (
        questionnaire_with("version: 1", 'version: !!bool "maybe"'),
        ["4: YAML cannot read 'maybe' as !!bool — write a plain value, or remove the !!bool tag"],
    ),
    "tagged_empty_int": (
        questionnaire_with("version: 1", 'version: !!int ""'),
        ["4: YAML cannot read '' as !!int — write a plain value, or remove the !!int tag"],
    ),
    "many_unknown_keys": (
        questionnaire_with("version: 1\n", "version: 1\n" + "".join(f"k{i}: 1\n" for i in range(50_000))),
        [f"{5 + i}: top level: unknown field 'k{i}' — remove it" for i in range(20)]
        + ["25: … and 49,980 more problems of the same kind — fix these first"],
    ),
}


TAGS = ["!!int", "!!float", "!!bool", "!!null", "!!str"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(tag=st.sampled_from(TAGS), written=st.text(max_size=12))
def test_any_tagged_scalar_is_a_value_or_a_problem_with_its_line_never_a_crash(tag, written, tmp_path, capsys):
    text = questionnaire_with("version: 1", f"version: {tag} {json.dumps(written)}")
    path = tmp_path / "q.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    code = main(["validate", str(path)])
    out, err = capsys.readouterr()
    assert code in (0, 1)  # never 70, the internal error
    if code == 1:
        assert (
            out == "" and err.startswith(f"{path}:") and all(line.startswith(f"{path}:") for line in err.splitlines())
        )
    else:
        assert (out.startswith("OK: 1 questionnaire"), err) == (True, "")


@pytest.mark.parametrize("name", sorted(YAML))
def test_hostile_questionnaire_gives_its_lines(name, tmp_path, capsys):
    text, expected = YAML[name]
    path = tmp_path / "q.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    assert main(["validate", str(path)]) == 1
    out, err = capsys.readouterr()
    assert (out, err.splitlines()) == ("", [f"{path}:{line}" for line in expected])


def test_reading_stops_at_the_cap_for_a_device_and_an_endless_pipe(monkeypatch, capsys):
    assert main(["score", "/dev/zero"]) == 1
    assert capsys.readouterr() == (
        "",
        "/dev/zero:1: file is over 262,144 bytes; the limit is 262,144 — split it or trim it\n",
    )

    class Endless(io.RawIOBase):
        """`yes |`: never ends; counts what was taken."""

        taken = 0

        def readable(self):
            return True

        def readinto(self, buffer):
            buffer[:] = b"y\n" * (len(buffer) // 2) + b"y" * (len(buffer) % 2)
            Endless.taken += len(buffer)
            return len(buffer)

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BufferedReader(Endless())))
    assert main(["score", "-"]) == 1
    assert capsys.readouterr() == (
        "",
        "<stdin>:1: file is over 262,144 bytes; the limit is 262,144 — split it or trim it\n",
    )
    assert Endless.taken < 300_000


@pytest.mark.parametrize(
    "weights, message",
    [
        ("needs=nan", "--weights:1: weight for 'needs': nan is not a number this app can use — write a plain number"),
        ("needs=inf", "--weights:1: weight for 'needs': inf is not a number this app can use — write a plain number"),
        ("needs=1e300", f"--weights:1: weight for 'needs': 1e+300 is too large — {LIMITS}"),
        ("nedds=50", "--weights:1: unknown weight 'nedds' — use needs, style, availability, fit"),
        ("needs=5,needs=6", "--weights:1: weight 'needs' is given twice — give each once"),
        (
            "needs=" + "9" * 100_000,
            "--weights:1: weight for 'needs' is 100,000 characters long — write a number such as 50",
        ),
    ],
)
def test_weights_must_be_known_finite_numbers(weights, message, capsys):
    answers = FIXTURES / "accountability_online.json"
    assert main(["match", str(answers), "--weights", weights]) == 1
    assert capsys.readouterr() == ("", message + "\n")


@pytest.mark.parametrize(
    "flags, message",
    [
        (
            ["--name", "Ad\udcffa"],
            "--name:1: the name has a broken character (U+DCFF, half of a pair) at position 3 — retype it",
        ),
        (["--name", "A" * 100_000], "--name:1: the name is 100,000 characters — the limit is 80"),
        (["--name", "Ada\x1b[31m"], "--name:1: the name has a control character (U+001B) at position 4 — remove it"),
        (["--language", "xx-evil"], "--language:1: language 'xx-evil' is not a language code such as 'en' or 'pt-BR'"),
    ],
    ids=["non-utf8-byte", "100k-name", "escape-sequence", "language"],
)
def test_report_flags_are_checked_before_anything_is_read(flags, message, tmp_path, capsys):
    assert main(["report", str(FIXTURES / "accountability_online.json"), "-o", str(tmp_path / "r.pdf"), *flags]) == 1
    assert capsys.readouterr() == ("", message + "\n")
    assert not (tmp_path / "r.pdf").exists()


def test_score_output_is_strict_json(capsys):
    assert main(["score", str(FIXTURES / "accountability_online.json")]) == 0
    out = capsys.readouterr().out
    assert "NaN" not in out and "Infinity" not in out
    assert set(json.loads(out)["profile"]) > {"networking"}


ROOT = Path(__file__).resolve().parents[2]


def test_a_real_non_utf8_byte_in_a_flag_and_a_real_endless_pipe_exit_1(tmp_path):
    """End to end in a child process: the bytes a shell passes, and `yes |` itself."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "mentorfinder", "report", str(FIXTURES / "accountability_online.json")]
        + ["-o", str(tmp_path / "r.pdf"), "--name", b"Ad\xffa"],
        cwd=ROOT, capture_output=True, timeout=60,
    )  # fmt: skip
    assert (done.returncode, done.stdout) == (1, b"")
    assert (
        done.stderr
        == "--name:1: the name has a broken character (U+DCFF, half of a pair) at position 3 — retype it\n".encode()
    )
    yes = subprocess.Popen(["yes"], stdout=subprocess.PIPE)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "mentorfinder", "score", "-"],
            cwd=ROOT,
            stdin=yes.stdout,
            capture_output=True,
            timeout=60,
        )
    finally:
        yes.kill()
        yes.wait()
    assert (done.returncode, done.stdout) == (1, b"")
    assert done.stderr == "<stdin>:1: file is over 262,144 bytes; the limit is 262,144 — split it or trim it\n".encode()


# issue 19: Derived.times "inf" or "1e308", Derived.plus "nan" and Tip.below "inf", "nan" or "1e300" passed validate,
# then `score` exited 70 and the app showed "D2 0%"
def derived(times: str, plus: str = "0") -> str:
    dimension = f'  - {{id: d2, label: D2, group: needs, derived: {{from: net, times: "{times}", plus: "{plus}"}}}}\n'
    return questionnaire_with("scales:", dimension + "scales:")


def tips_with(below: str) -> str:
    shipped = (ROOT / "data" / "tips.yaml").read_text(encoding="utf-8")
    return shipped.replace("below: 60", f'below: "{below}"', 1)


UNBOUNDED = {
    "times_inf": ("q", derived("inf"), "11: dimension 'd2' derived: field 'times' expected a finite number, got 'inf'"),
    "times_1e308": (
        "q",
        derived("1e308"),
        "11: dimension 'd2' derived: field 'times' expected less than or equal to 1000000000, got '1e308'",
    ),
    "plus_nan": (
        "q",
        derived("1", "nan"),
        "11: dimension 'd2' derived: field 'plus' expected a finite number, got 'nan'",
    ),
    "below_inf": ("tips", tips_with("inf"), "8: readiness #1: field 'below' expected a finite number, got 'inf'"),
    "below_nan": ("tips", tips_with("nan"), "8: readiness #1: field 'below' expected a finite number, got 'nan'"),
    "below_1e300": (
        "tips",
        tips_with("1e300"),
        "8: readiness #1: field 'below' expected less than or equal to 100, got '1e300'",
    ),
}


@pytest.mark.parametrize("name", sorted(UNBOUNDED))
def test_every_float_content_field_is_bounded(name, tmp_path, capsys):
    kind, text, expected = UNBOUNDED[name]
    path = tmp_path / ("tips.yaml" if kind == "tips" else "q.yaml")
    path.write_text(text, encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    out, err = capsys.readouterr()
    assert (out, err.splitlines()) == ("", [f"{path}:{expected}"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(below=st.floats(allow_nan=True, allow_infinity=True) | st.sampled_from(["1e308", "-1e400", "nan", "inf"]))
def test_a_tip_threshold_is_taken_only_as_a_finite_percent(below, tmp_path, capsys):
    path = tmp_path / "tips.yaml"
    path.write_text(tips_with(str(below)), encoding="utf-8")
    code = main(["validate", str(path)])
    out, err = capsys.readouterr()
    value = float(below)
    assert code == (0 if value == value and 0 <= value <= 100 else 1), (below, out, err)
    assert main(["validate", str(path)]) == code  # and nothing read twice differs


def test_no_content_model_has_an_unbounded_float():
    from typing import get_args, get_origin

    from pydantic import BaseModel

    from mentorfinder.content.archetypes import ArchetypeSet
    from mentorfinder.content.checks import CheckSet
    from mentorfinder.content.schema import Questionnaire
    from mentorfinder.content.tips import TipSet

    def floats(annotation, metadata, where):
        if annotation is float:
            limits = {type(m).__name__: m for m in metadata}
            bounded = all(k in str(metadata) for k in ("allow_inf_nan=False", "ge=", "le="))
            yield where, bounded, limits
        elif isinstance(annotation, type) and issubclass(annotation, BaseModel):
            for name, field in annotation.model_fields.items():
                yield from floats(field.annotation, field.metadata, f"{annotation.__name__}.{name}")
        else:
            for arg in get_args(annotation):
                inner = get_args(arg)[1:] if get_origin(arg) is not None and "Annotated" in str(get_origin(arg)) else []
                yield from floats(getattr(arg, "__origin__", arg), [*metadata, *inner], where)

    found = [
        (where, ok)
        for model in (Questionnaire, ArchetypeSet, CheckSet, TipSet)
        for where, ok, _ in floats(model, [], "")
    ]
    assert found and [where for where, ok in found if not ok] == []


# issue 19: "0.000000000000001e1" and "4.0000000000000001" were refused as "a number with 17 digits is too large"
def test_long_fractions_are_numbers_and_the_digits_message_is_only_said_of_large_numbers():
    from mentorfinder.intake.safetext import digits_problem, number_from

    assert [number_from(v, float) for v in ("0.000000000000001e1", "4.0000000000000001")] == [1e-14, 4.0]
    assert digits_problem("0000000000000000000001") is None  # 22 digits, the value 1
    assert str(digits_problem("1234567890123456")) == f"a number with 16 digits is too large — {LIMITS}"
    assert str(digits_problem("-0001234567890123456.5e-3")) == f"a number with 16 digits is too large — {LIMITS}"
    assert (
        str(digits_problem("0." + "0" * 200 + "1"))
        == "a number written with 202 digits is too long — write it with at most 100"
    )


DIGIT_LITERALS = st.builds(
    lambda sign, zeros, whole, frac, exp: f"{sign}{'0' * zeros}{whole}{'.' + frac if frac else ''}{exp}",
    st.sampled_from(["", "-", "+"]),
    st.integers(0, 30),
    st.text("0123456789", min_size=1, max_size=40),
    st.text("0123456789", max_size=40),
    st.sampled_from(["", "e1", "e-5", "E+2"]),
)


@given(DIGIT_LITERALS)
def test_a_number_called_too_large_for_its_digits_is_too_large(literal):
    from decimal import Decimal

    from mentorfinder.intake.safetext import MAX_NUMBER, digits_problem

    problem = digits_problem(literal)
    mantissa = Decimal(literal.lower().split("e")[0])
    if problem is not None and "too large" in str(problem):
        assert abs(mantissa) > MAX_NUMBER  # the digits before the point alone make it too large
    written = sum(c.isdigit() for c in literal)
    if written <= 100 and abs(mantissa) < 10**15:
        assert problem is None  # short enough to read, not too large by its digits: left to the value checks
