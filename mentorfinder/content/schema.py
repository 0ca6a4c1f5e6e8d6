"""The questionnaire format as pydantic models (structure only; cross-checks live in questionnaire.py)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from mentorfinder.i18n.words import Text  # any user-visible text: a plain string, or {language code: text}
from mentorfinder.intake.safetext import MAX_NUMBER

QUESTION_TYPES = ("single", "multiple", "likert", "scale", "ranking", "number", "text")
# Numbers an adviser writes: finite and bounded even when YAML hands over text ("1e+308", "inf") that
# pydantic would turn into a float, so sums, charts and `{:g}` never overflow.
Number = Annotated[float, Field(allow_inf_nan=False, ge=-MAX_NUMBER, le=MAX_NUMBER)]
Percent = Annotated[float, Field(allow_inf_nan=False, ge=0, le=100)]  # a threshold, target or fixed percent
Count = Annotated[int, Field(ge=0, le=10_000)]
ScalePoint = Annotated[int, Field(ge=-100, le=100)]  # a Likert row is drawn point by point
ScalarValue = str | Annotated[int, Field(ge=-MAX_NUMBER, le=MAX_NUMBER)] | Number


class Strict(BaseModel):
    """Base for every content model: unknown fields are errors, so typos are caught."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Dimension(Strict):
    """A score reported by a questionnaire, declared once."""

    id: str
    label: Text
    description: Text = ""
    group: str = ""
    aggregate: Literal["sum", "mean"] = "sum"
    low: Text = ""  # what a low score means, e.g. "subtle hints"
    high: Text = ""  # what a high score means, e.g. "direct advice"
    derived: Derived | None = None  # computed from another dimension instead of scored by questions


class Derived(Strict):
    """A dimension computed from another one: raw = times × raw of `from` + plus (e.g. times -1, plus 60)."""

    from_: str = Field(alias="from")
    times: Number = 1.0
    plus: Number = 0.0


class Code(Strict):
    """A ranked code: the `top` highest of some dimensions by percent, ties broken by the order listed."""

    id: str
    label: Text
    dimensions: list[str]
    top: int = 3
    letters: dict[str, str] = {}  # dimension id -> its letter in the code (default: the id in capitals)


class Condition(Strict):
    """Show a question or option only when an earlier answer matches (all given tests must hold)."""

    question: str
    in_: list[ScalarValue] | None = Field(default=None, alias="in")
    not_in: list[ScalarValue] | None = None
    equals: ScalarValue | None = None
    min: Number | None = None
    max: Number | None = None
    answered: bool | None = None


class MustHave(Strict):
    """A hard constraint an answer declares; matching drops archetypes lacking the attribute value."""

    attribute: str
    any_of: list[str]
    label: Text


class Option(Strict):
    """A choice in a single/multiple question or an item in a ranking."""

    id: str
    label: Text
    scores: dict[str, Number] = {}
    show_if: Condition | None = None
    must_have: MustHave | None = None
    exclusive: bool = False  # "None of these": chosen alone or not at all


class Scale(Strict):
    """A Likert scale: whole numbers from min to max, with labels for some or all points."""

    min: ScalePoint
    max: ScalePoint
    labels: dict[ScalePoint, Text] = {}


class Question(Strict):
    """One question; which fields apply depends on `type` (checked in questionnaire.py)."""

    id: str
    type: Literal["single", "multiple", "likert", "scale", "ranking", "number", "text"]
    prompt: Text
    help: Text = ""
    required: bool = True
    show_if: Condition | None = None
    options: list[Option] = []
    min_selected: Count | None = None
    max_selected: Count | None = None
    top: Count | None = None
    scale: str | Scale | None = None
    key: Literal["+", "-"] = "+"
    scores: dict[str, Number] = {}
    min: Number | None = None
    max: Number | None = None
    step: Number | None = None
    unit: Text = ""
    unit_one: Text = ""  # the unit after exactly 1, e.g. "hour a month" beside "hours a month"
    topic: Text = ""  # the question in a few words, for sentences that name it ('how often to talk')
    summary: Text = ""  # a free-text or choice answer shown on the profile and PDF under this heading
    min_label: Text = ""
    max_label: Text = ""
    max_length: Annotated[int, Field(ge=1, le=100_000)] = 2000


class Step(Strict):
    """A section of a questionnaire, shown as one wizard step."""

    id: str
    title: Text
    intro: Text = ""
    questions: list[Question]


class Questionnaire(Strict):
    """A whole questionnaire file."""

    id: str
    title: Text
    description: Text = ""
    version: int | str
    order: Annotated[int, Field(ge=-MAX_NUMBER, le=MAX_NUMBER)] = 100
    default_language: str = "en"
    languages: list[str] = []  # every language each text must be given in (validate reports any missing)
    minutes: Number | None = None
    source: list[str] = []  # plain-text citations the questions draw on (author, year, title, where published)
    dimensions: list[Dimension] = []
    scales: dict[str, Scale] = {}
    steps: list[Step]
    codes: list[Code] = []  # ranked codes reported with the profile, e.g. a three-letter interest code

    def questions(self) -> list[Question]:
        """All questions in display order."""
        return [q for step in self.steps for q in step.questions]

    def scale_of(self, question: Question) -> Scale:
        """The Likert scale a question uses (named or inline)."""
        return self.scales[question.scale] if isinstance(question.scale, str) else question.scale
