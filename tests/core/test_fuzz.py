"""Property-based: generated hostile answers files, links and YAML content always keep the contract — accepted
input is clean, refused input gets one-line `PATH:LINE: message` problems, the command line exits 1 with them
on stderr, and nothing raises. A fixed seed and a bounded count keep CI repeatable (bench/fuzz.py soaks)."""

import pytest
from fuzzing import (
    answers_files,
    check_answers_file,
    check_command_line,
    check_link,
    check_questionnaire,
    every_type,
    links,
)
from fuzzing import questionnaires as hostile_questionnaires
from hypothesis import HealthCheck, given, settings

CI = settings(
    max_examples=1000, derandomize=True, deadline=None, database=None, suppress_health_check=list(HealthCheck)
)
EVERY = every_type()


@CI
@given(raw=answers_files())
def test_hostile_answers_files_are_refused_in_one_line_or_accepted_clean(raw):
    check_answers_file(raw, EVERY)


@CI
@given(value=links())
def test_hostile_links_are_refused_or_open_clean(value):
    check_link(value, EVERY)


@pytest.fixture(scope="module")
def every_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("every")
    (folder / "every_type.yaml").write_text((every_type.__globals__["FIXTURES"] / "every_type.yaml").read_text())
    return folder


@settings(CI, max_examples=300)
@given(raw=answers_files())
def test_the_command_line_exits_1_with_the_lines_or_0_with_strict_json(raw, every_dir, tmp_path_factory):
    check_command_line(raw, tmp_path_factory.mktemp("cli") / "fuzz.json", every_dir)


@settings(CI, max_examples=500)
@given(text=hostile_questionnaires())
def test_hostile_yaml_content_is_refused_in_lines_or_loads_clean(text, tmp_path_factory):
    check_questionnaire(text, tmp_path_factory.mktemp("yaml") / "q.yaml")
