"""The archetypes file's scoring terms beside the table: a one-off kind's missing rhythm and a kind's stage terms."""

from __future__ import annotations

from pydantic import Field

from mentorfinder.content.schema import Strict


class NoRhythm(Strict):
    """A kind that works only in `values` (one-off talks), for someone whose must-have allows only those, is not
    scored on `dimensions`: one or two talks have no rhythm to agree or clash with (docs/matching.md, 3)."""

    values: list[str] = Field(min_length=1)
    dimensions: list[str] = Field(min_length=1)
    reason: str = Field(min_length=1)
    source: list[str] = Field(min_length=1)


class StageServes(Strict):
    """What a kind serves more of for people at a stage it is for: the answer to a choice question is one of `in`."""

    questionnaire: str
    question: str
    in_: list[str] = Field(alias="in")
    serves: dict[str, int]  # need -> strength, in place of the table row's for these people
    reason: str = Field(min_length=1)
    source: list[str] = Field(min_length=1)
