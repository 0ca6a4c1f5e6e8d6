"""Every generated sentence is true to the answers the person gave (issue 18, "Every sentence true").

The defects the issue lists each have a test; then an audit reads the claims every sentence carries as data
(mentorfinder.matching.sentence) and checks them against the raw answers, for every persona and 1,000 random answer sets.
"""

import copy
import functools
import json
import re
from pathlib import Path

import pytest
import yaml

from mentorfinder.answers.quotes import answer_words
from mentorfinder.answers.sample import sample_answers
from mentorfinder.content.conditions import ShownAnswers, condition_holds, visible_answers, visible_questions
from mentorfinder.content.fit_rules import applied_rules
from mentorfinder.content.load import load_content
from mentorfinder.evaluate import evaluate
from mentorfinder.i18n.words import translate
from mentorfinder.matching.model import ranked_needs
from mentorfinder.matching.sentence import (
    Asked,
    FitRule,
    Flexible,
    Gate,
    Kind,
    Lean,
    Matched,
    Needs,
    Quote,
    Reason,
    Serves,
    claims_of,
)
from mentorfinder.matching.shortlist import at_stage
from mentorfinder.present.summary import profile_summary
from mentorfinder.scoring.profile import question_points, score

CONTENT = load_content()
QUESTIONNAIRES = {q.id: q for q in CONTENT.questionnaires}
ARCHETYPES = {a.id: a for a in CONTENT.archetypes.archetypes}
DIMENSIONS = {d.id: (q, d) for q in CONTENT.questionnaires for d in q.dimensions}
PERSONA_DIR = Path(__file__).parent / "personas"
PERSONAS = sorted(  # every answers file in any folder below personas/ (more folders are added over time)
    p
    for p in PERSONA_DIR.glob("**/*.json")
    if json.loads(p.read_text("utf-8")).get("format") == "mentor-finder-answers"
)
RANDOM_SETS = 1000
MAX_WORDS = 25
POLES = [
    (d.id, end) for q in CONTENT.questionnaires for d in q.dimensions if d.low and d.high for end in ("low", "high")
]
FIRM = 20  # an archetype's typical way is told as "usually means" only this close to an end (data/archetypes.yaml)


def base(seed: int = 0) -> dict:
    return copy.deepcopy(sample_answers(list(CONTENT.questionnaires), seed))


def persona(name: str) -> dict:
    path = PERSONA_DIR / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8"))["answers"]


def lines_of(result) -> list[str]:
    return [line for m in result.shortlist for line in m.why + m.caveats + m.why_brief + m.caveats_brief]


# --- the defects the issue lists --------------------------------------------------------------------


FLAT_STYLE = {  # every style answer in the middle, so the summary's style sentence is free for the resolved one
    "when_stuck": "options_and_view", "self_discovery": 3, "when_fall_short": 5, "reassurance_first": 3,
    "session_shape": "loose_plan", "written_actions": 3, "between_meetings": "both_ways", "write_to_think": 3,
}  # fmt: skip


def only_online_but_face_to_face(flat: bool = False) -> dict:
    answers = persona("online_single_conversation")
    answers["communication"] |= {"where_to_meet": "face_to_face", "video_just_as_good": 1}
    if flat:
        answers["communication"] |= FLAT_STYLE
    return answers


def test_a_resolved_place_to_meet_is_never_told_as_a_preference():
    result = evaluate(CONTENT, only_online_but_face_to_face())
    summary = profile_summary(result.profile)
    assert not any("meeting online" in s or "meeting in person" in s for s in summary)
    assert [c.message for c in result.checks] == [
        "You would rather meet face to face, but you can only meet online. We matched you on meeting online."
    ]
    assert not any("prefer meeting online" in line for line in lines_of(result))


def test_a_resolved_place_to_meet_is_told_as_resolved():
    result = evaluate(CONTENT, only_online_but_face_to_face(flat=True))
    assert (
        "You lean towards meeting in person, but we matched you on meeting online, "
        "because of your answer ‘Only online’." in profile_summary(result.profile)
    )


def test_a_resolved_place_to_meet_in_spanish():
    result = evaluate(CONTENT, only_online_but_face_to_face(flat=True), language="es")
    assert (
        "Te inclinas por reuniones en persona, pero te emparejamos pensando en reuniones en línea, "
        "por tu respuesta «Solo en línea»." in profile_summary(result.profile, "es")
    )


def test_the_profile_charts_show_the_answers_as_given_not_the_resolved_score():
    from mentorfinder.present.chart_rows import group_rows

    result = evaluate(CONTENT, only_online_but_face_to_face())
    assert result.profile["in_person"].percent == 0.0  # matching uses the must-have
    row = next(r for r in group_rows(result.profile, "style") if r.id == "in_person")
    assert (row.percent, row.low, row.high) == (100.0, "meeting online", "meeting in person")  # what they answered


def test_the_pdf_at_a_glance_tells_the_resolved_place_as_resolved():
    import io

    from pypdf import PdfReader

    from mentorfinder.report.document import build_report

    pdf = PdfReader(io.BytesIO(build_report(CONTENT, only_online_but_face_to_face(flat=True))))
    first = " ".join(pdf.pages[0].extract_text().split())
    assert (
        "You lean towards meeting in person, but we matched you on meeting online, because of your answer "
        "‘Only online’." in first
    )
    assert "prefer meeting online" not in first


def test_every_two_weeks_is_never_told_as_every_month_or_two_nor_every_week():
    answers = persona("wants_structure_accountability")
    answers["availability"] |= {"how_often": "fortnightly", "hours_per_month": 0}  # fires fortnightly_without_time
    answers["availability"] |= {"reply_time": "couple_of_days", "quick_questions": 3}  # no other time lean
    result = evaluate(CONTENT, answers)
    summary = profile_summary(result.profile)
    assert not any("every month or two" in s or "a talk every week" in s for s in summary)
    # 'Every two weeks' with 0 hours a month leans neither way as answered, so only what we matched on is told
    assert "We matched you on talks only now and then, because of your answer 0 hours a month." in summary
    assert not any("a talk every week" in line or "every month or two" in line for line in lines_of(result))


def test_every_two_weeks_with_the_time_for_it_reads_every_week_or_two():
    answers = persona("wants_structure_accountability")
    answers["availability"] |= {"how_often": "fortnightly", "hours_per_month": 8}
    summary = profile_summary(evaluate(CONTENT, answers).profile)
    assert [s for s in summary if s.startswith("For time")] == [
        "For time, you are looking for quick replies between talks and talks every week or two."
    ]


def test_a_topic_or_two_in_mind_is_not_talks_with_a_plan():
    answers = persona("wants_structure_accountability")
    answers["communication"] |= {"session_shape": "loose_plan", "written_actions": 5}
    result = evaluate(CONTENT, answers)
    assert not any("talks with a plan" in s for s in profile_summary(result.profile))
    assert not any("prefer talks with a plan" in line for line in lines_of(result))


def test_possibly_younger_than_me_is_not_someone_at_your_own_stage():
    answers = persona("reverse_mentoring_manager")
    answers["fit"] |= {"seniority_choice": "younger_expert", "experience_gap": 0}
    result = evaluate(CONTENT, answers)
    text = profile_summary(result.profile) + lines_of(result)
    assert not any("at your own stage" in s for s in text)
    assert any("someone at your stage or younger" in s for s in profile_summary(result.profile))


def test_no_hours_is_never_a_reason():
    # thirty people who can give no hours at all, the rest of their answers random
    for seed in range(30):
        answers = base(seed)
        answers["availability"]["hours_per_month"] = 0
        result = evaluate(CONTENT, answers)
        assert not any("0 hours a month" in line for m in result.shortlist for line in m.why + m.why_brief), seed


def test_nothing_in_particular_yet_is_never_a_reason():
    for seed in range(30):
        answers = base(seed)
        answers["fit"]["can_offer"] = ["nothing_yet"]
        result = evaluate(CONTENT, answers)
        assert not any("Nothing in particular yet" in line for m in result.shortlist for line in m.why + m.why_brief), (
            seed
        )


def test_a_slider_reason_names_its_question():
    lines = [
        line
        for seed in range(30)
        for m in evaluate(CONTENT, base(seed)).shortlist
        for line in m.why
        if "out of 10" in line
    ]
    assert len(lines) >= 5  # the slider's answer is a reason for some kinds of some people
    assert all(line.startswith("For how to respond when you fall short, you chose ") for line in lines)


def test_a_connector_is_not_said_to_mean_warm_words_and_support():
    result = evaluate(CONTENT, base(5))
    connector = next(m for m in result.shortlist if m.archetype == "connector")
    assert not any("warm words" in line for line in connector.caveats + connector.caveats_brief)


def test_a_career_change_guide_is_not_said_to_mean_a_different_background_to_a_returner():
    answers = persona("returner_after_break")
    answers["fit"] |= {"field_preference": "own_industry", "outside_view": 1}
    guide = next(m for m in evaluate(CONTENT, answers).shortlist if m.archetype == "transition_guide")
    assert not any("different background" in line for line in guide.caveats + guide.caveats_brief)


# --- the audit: every sentence's claims against the raw answers ------------------------------------------


def shown_answers(answers: dict) -> dict:
    return {q.id: visible_answers(q, answers.get(q.id, {})) for q in CONTENT.questionnaires}


QUESTIONS = {(q.id, x.id): x for q in CONTENT.questionnaires for x in q.questions()}


def question_of(qid: str, question_id: str):
    return QUESTIONS[(qid, question_id)]


def renderings(qid: str, question_id: str, value, language: str) -> frozenset[str]:
    """Every exact way a sentence may quote this answer: all of it, or (several choices) some of the chosen."""
    return _renderings(qid, question_id, tuple(value) if isinstance(value, list) else value, language)


@functools.cache  # the same answers come back in every sentence, exclusion and check of a person, and across people
def _renderings(qid: str, question_id: str, value, language: str) -> frozenset[str]:
    q, question = QUESTIONNAIRES[qid], question_of(qid, question_id)
    value = list(value) if isinstance(value, tuple) else value
    said = {answer_words(q, question, value, language)}
    if question.type in {"multiple", "ranking"}:
        said |= {answer_words(q, question, value, language, {oid}) for oid in value}
        said |= {answer_words(q, question, value, language, set(value) - {oid}) for oid in value}
    return frozenset(said)


def share(qid: str, question_id: str, shown: dict, dimension: str) -> float | None:
    """Where the answer sits in its own range for a dimension (0..1), or None when it does not score it."""
    found = question_points(QUESTIONNAIRES[qid], question_of(qid, question_id), shown[qid]).get(dimension)
    if found is None or found[2] <= found[1]:
        return None
    return (found[0] - found[1]) / (found[2] - found[1])


def says_something(qid: str, question_id: str, value, dimension: str) -> bool:
    """A chosen option that carries no score for the dimension, or no hours at all, states no preference."""
    question = question_of(qid, question_id)
    if question.type in {"single", "multiple"}:
        chosen = value if isinstance(value, list) else [value]
        return any(dimension in o.scores for o in question.options if o.id in chosen)
    if question.type == "number":
        return value != 0
    return True


def answers_on(dimension: str, shown: dict) -> list[tuple[str, str, str, float]]:
    """(questionnaire, question, type, share) of every answered question that scores the dimension."""
    found = []
    for q in CONTENT.questionnaires:
        for question in q.questions():
            if question.id in shown[q.id]:
                at = share(q.id, question.id, shown, dimension)
                if at is not None:
                    found.append((q.id, question.id, question.type, at))
    return found


def agrees(kind: str, at: float, end: str) -> bool:
    """A choice must itself be at that end (its outer quarter); any other answer at least on that side."""
    if kind in {"single", "multiple"}:
        return at >= 0.75 if end == "high" else at <= 0.25
    return at > 0.5 if end == "high" else at < 0.5


@functools.cache
def pole_words(dimension: str, end: str, language: str) -> str:
    q, dim = DIMENSIONS[dimension]
    return translate(dim.high if end == "high" else dim.low, language, q.default_language)


@functools.cache
def pole_list(language: str) -> list[tuple[str, str, str]]:
    """(dimension, end, its words) for every end of every dimension that has words for it."""
    return [(dimension, end, pole_words(dimension, end, language)) for dimension, end in POLES]


def fired(answers: dict) -> dict:
    """The contradiction rules that hold on the raw answers, by id (evaluated here, not by checks.py)."""
    shown = shown_answers(answers)
    visible = {q.id: {x.id for x in visible_questions(q, answers.get(q.id, {}))} for q in CONTENT.questionnaires}
    return {
        c.id: c
        for c in CONTENT.checks.checks
        if all(t.question in visible[t.questionnaire] and condition_holds(t, shown[t.questionnaire]) for t in c.when)
    }


class Audit:
    """Checks one person's sentences; each problem is a line naming the sentence and the claim."""

    def __init__(self, answers: dict, language: str):
        self.answers, self.language = answers, language
        self.shown = shown_answers(answers)
        self.raw = score(list(CONTENT.questionnaires), ShownAnswers.of(list(CONTENT.questionnaires), answers), language)
        self.ranked = [d.id for d in ranked_needs(self.raw)]
        self.fired = fired(answers)
        self.problems: list[str] = []
        self.on: dict[str, list] = {}
        self.applied: dict | None = None  # fit rules that hold, by id (fitrule)
        self.sentences = self.claims = 0  # how much was checked (bench/bench_sentences.py prints it)

    def answers_on(self, dimension: str) -> list[tuple[str, str, str, float]]:
        if dimension not in self.on:
            self.on[dimension] = answers_on(dimension, self.shown)
        return self.on[dimension]

    def fail(self, text: str, why: str) -> None:
        self.problems.append(f"{why}: {text!r}")

    def sentence(self, text: str, kind: str) -> None:
        claims = claims_of(text)
        self.sentences, self.claims = self.sentences + 1, self.claims + len(claims)
        if not claims:
            return self.fail(text, f"{kind} without claims")
        if len(text.split()) > MAX_WORDS:
            self.fail(text, "over 25 words")
        covered = set()
        for claim in claims:
            getattr(self, type(claim).__name__.lower())(text, claim, claims)
            if isinstance(claim, Quote):
                covered.add(claim.words)
        for quoted in re.findall(r"‘[^’]*’|«[^»]*»", text):
            if not any(quoted in words for words in covered):
                self.fail(text, f"quote {quoted} not carried as a claim")
        said_ends = {(c.dimension, c.end) for c in claims if isinstance(c, (Lean, Matched, Kind))}
        unquoted = re.sub(r"‘[^’]*’|«[^»]*»|“[^”]*”", "", text)
        for dimension, end, words in pole_list(self.language):
            if words in unquoted and (dimension, end) not in said_ends:
                self.fail(text, f"says {dimension} {end} without a claim")
        if kind == "why" and not (
            any(isinstance(c, Reason) for c in claims) or any(isinstance(c, Serves) for c in claims)
        ):
            self.fail(text, "a reason line with no reason")

    def quote(self, text, claim: Quote, claims) -> None:
        value = self.shown.get(claim.questionnaire, {}).get(claim.question)
        if value is None:
            return self.fail(text, f"quotes unanswered {claim.question}")
        if claim.words not in text:
            self.fail(text, f"quote {claim.words} not in the sentence")
        if claim.words not in renderings(claim.questionnaire, claim.question, value, self.language):
            self.fail(text, f"{claim.words} is not what was answered to {claim.question}")

    def asked(self, text, claim: Asked, claims) -> None:
        q, question = QUESTIONNAIRES[claim.questionnaire], question_of(claim.questionnaire, claim.question)
        names = {translate(question.prompt, self.language, q.default_language).rstrip(".?")}
        if question.topic:
            names.add(translate(question.topic, self.language, q.default_language))
        if not any(name in text for name in names):
            self.fail(text, f"does not name question {claim.question}")

    def lean(self, text, claim: Lean, claims) -> None:
        percent = self.raw[claim.dimension].percent
        if (percent >= 60) != (claim.end == "high") or 40 < percent < 60:
            self.fail(text, f"{claim.dimension} at {percent}% is not {claim.end}")
        for _qid, question_id, kind, at in self.answers_on(claim.dimension):
            if not agrees(kind, at, claim.end):
                self.fail(text, f"{claim.dimension} {claim.end} against the answer to {question_id}")
        if pole_words(claim.dimension, claim.end, self.language) not in text:
            self.fail(text, f"{claim.dimension} {claim.end} not in words")

    def matched(self, text, claim: Matched, claims) -> None:
        check = self.fired.get(claim.check)
        if check is None or check.resolve is None or check.resolve.dimension != claim.dimension:
            return self.fail(text, f"{claim.check} did not resolve {claim.dimension}")
        if pole_words(claim.dimension, claim.end, self.language) not in text:
            self.fail(text, f"{claim.dimension} {claim.end} not in words")
        if check.resolve.percent is not None and (check.resolve.percent >= 50) != (claim.end == "high"):
            self.fail(text, f"{claim.check} fixed {claim.dimension} at the other end")
        for ref in check.resolve.from_ or []:
            at = share(ref.questionnaire, ref.question, self.shown, claim.dimension)
            if at is not None and not agrees("scale", at, claim.end):
                self.fail(text, f"{claim.check} re-scored {claim.dimension} to the other end")

    def flexible(self, text, claim: Flexible, claims) -> None:
        for dimension in [d for d, (_q, dim) in DIMENSIONS.items() if dim.group == claim.group]:
            for _qid, question_id, _kind, at in self.answers_on(dimension):
                if not 0.25 < at < 0.75:
                    self.fail(text, f"not flexible: the answer to {question_id} leans")

    def needs(self, text, claim: Needs, claims) -> None:
        for need, place in zip(claim.needs, claim.places, strict=True):
            at = place if place >= 0 else len(self.ranked) + place
            if self.ranked[at] != need:
                self.fail(text, f"{need} is not need #{at + 1}")
            if self.raw[need].label.lower() not in text.lower():
                self.fail(text, f"{need} not named")

    def reason(self, text, claim: Reason, claims) -> None:
        if Asked(claim.questionnaire, claim.question) not in claims:
            self.fail(text, f"reason on {claim.question} does not name its question")
        target = ARCHETYPES[claim.archetype].targets[claim.dimension]
        end = "high" if target > 50 else "low"
        value = self.shown.get(claim.questionnaire, {}).get(claim.question)
        at = share(claim.questionnaire, claim.question, self.shown, claim.dimension)
        if at is not None:
            if not says_something(claim.questionnaire, claim.question, value, claim.dimension):
                self.fail(text, f"the answer to {claim.question} states no preference")
            elif not agrees("single", at, end):  # a reason quotes an answer at the kind's own end
                self.fail(text, f"the answer to {claim.question} does not favour {claim.archetype}")
            return
        # an answer that scores nothing is a reason only as the deciding answer of a contradiction rule
        deciding = [c for c in self.fired.values() if c.resolve and c.resolve.because
                    and (c.resolve.because.questionnaire, c.resolve.because.question)
                    == (claim.questionnaire, claim.question) and c.resolve.dimension == claim.dimension]  # fmt: skip
        if not deciding or (deciding[-1].resolve.percent >= 50) != (end == "high"):
            self.fail(text, f"the answer to {claim.question} does not favour {claim.archetype}")

    def serves(self, text, claim: Serves, claims) -> None:
        # the row as it serves this person: a stage term (the Career-change guide for a changer) counts (matching.md, 3)
        shown = ShownAnswers.of(list(CONTENT.questionnaires), self.answers)
        strength = at_stage(ARCHETYPES[claim.archetype], shown).serves.get(claim.need, 0)
        if (strength >= 2) != claim.well:
            self.fail(text, f"{claim.archetype} serves {claim.need} at {strength}")
        if claim.need not in self.ranked[:3]:
            self.fail(text, f"{claim.need} is not a top need")

    def kind(self, text, claim: Kind, claims) -> None:
        target = ARCHETYPES[claim.archetype].targets[claim.dimension]
        if not (target >= 100 - FIRM if claim.end == "high" else target <= FIRM):
            self.fail(text, f"{claim.archetype} is at {target} on {claim.dimension}, not firmly {claim.end}")
        if pole_words(claim.dimension, claim.end, self.language) not in text:
            self.fail(text, f"{claim.dimension} {claim.end} not in words")

    def fitrule(self, text, claim: FitRule, claims) -> None:
        if self.applied is None:  # the rules that hold for these answers, worked out once per person
            shown = ShownAnswers.of(list(CONTENT.questionnaires), self.answers)
            self.applied = {r.id: r for r in applied_rules(CONTENT.fit_rules, shown)}
        applied = self.applied
        if claim.rule not in applied:
            return self.fail(text, f"fit rule {claim.rule} does not hold for these answers")
        if claim.archetype not in applied[claim.rule].kinds:
            self.fail(text, f"fit rule {claim.rule} does not lower {claim.archetype}")

    def gate(self, text, claim: Gate, claims) -> None:
        gate = next(g for g in ARCHETYPES[claim.archetype].gates if (g.questionnaire, g.question)
                    == (claim.questionnaire, claim.question))  # fmt: skip
        value = self.shown.get(claim.questionnaire, {}).get(claim.question)
        chosen = value if isinstance(value, list) else [value]
        if value in (None, "", []) or set(chosen) & set(gate.in_):
            self.fail(text, f"the answer to {claim.question} meets {claim.archetype}'s gate")

    def plain_quotes(self, text: str, quotes: list[str], refs: list[tuple[str, str]]) -> None:
        """A sentence from elsewhere (an exclusion, a check): each quote is one of the answers it is about."""
        allowed = set().union(*(renderings(q, x, self.shown[q][x], self.language) for q, x in refs
                                if x in self.shown.get(q, {})))  # fmt: skip
        for quoted in quotes:
            if quoted not in allowed:
                self.fail(text, f"{quoted} is not an answer given")

    def result(self, result) -> list[str]:
        for sentence in profile_summary(result.profile, self.language):
            self.sentence(sentence, "summary")
        self.shortlist(result.shortlist)
        choices = [(q.id, x.id) for q in CONTENT.questionnaires for x in q.questions() if x.options]
        for excluded in result.excluded:
            self.plain_quotes(excluded.reason, re.findall(r"‘[^’]*’|«[^»]*»", excluded.reason), choices)
        for check in result.checks:
            self.plain_quotes(check.message, check.quotes, [(t.questionnaire, t.question)
                                                            for t in self.fired[check.id].when])  # fmt: skip
        self.network(result)
        return self.problems

    def shortlist(self, shortlist) -> None:
        for match in shortlist:
            if len(match.why) > 3 or len(match.caveats) > 2 or len(match.why_brief) > 3 or len(match.caveats_brief) > 2:
                self.fail(match.archetype, "more than 3 reasons or 2 caveats")
            for line in match.why + match.why_brief:
                self.sentence(line, "why")
            for line in match.caveats + match.caveats_brief:
                self.sentence(line, "caveat")

    def network(self, result) -> None:
        top = [need for need in self.ranked[:3] if self.raw[need].percent >= 25]
        top = top if len(top) >= 2 else self.ranked[:2]  # as network.top_needs: always two
        covered = {n for m in result.network for n in top if ARCHETYPES[m.archetype].serves.get(n, 0) >= 2}
        if result.network and sorted(result.network_gaps) != sorted(self.raw[n].label for n in top if n not in covered):
            self.fail(str(result.network_gaps), "network gaps are not the top needs left uncovered")
        for member in result.network:
            for need in member.covers:
                if need not in self.ranked[:3] or ARCHETYPES[member.archetype].serves.get(need, 0) < 2:
                    self.fail(f"{member.name} covers {need}", "network line not true")
        self.reach(result)

    def reach(self, result) -> None:
        """A kind named past the person's limit on time: ruled out by a must-have, for needs no kind within the limit
        serves well, and its sentence quotes only answers given (and is said exactly when there is one)."""
        excluded = {e.archetype for e in result.excluded}
        for member in (m for m in result.network if m.beyond_limit):
            if member.archetype not in excluded:
                self.fail("network", f"{member.name} is named past the limit but no must-have ruled it out")
            if any(ARCHETYPES[m.archetype].serves.get(n, 0) >= 2 for m in result.shortlist for n in member.covers):
                self.fail("network", f"{member.name} is named past the limit for {member.covers}, which a kind within it "
                          "serves well")  # fmt: skip
        if bool(result.network_reach) != any(m.beyond_limit for m in result.network):
            self.fail(result.network_reach or "network", "the reach past the limit is said without a kind, or not said")
        if result.network_reach:
            choices = [(q.id, x.id) for q in CONTENT.questionnaires for x in q.questions() if x.options]
            self.plain_quotes(result.network_reach, re.findall(r"‘[^’]*’|«[^»]*»", result.network_reach), choices)


def audit(answers: dict, language: str = "en") -> list[str]:
    return Audit(answers, language).result(evaluate(CONTENT, answers, language=language))


def test_the_audit_reads_every_persona():
    listed = yaml.safe_load((PERSONA_DIR / "personas.yaml").read_text(encoding="utf-8"))["personas"]
    assert {PERSONA_DIR / f"{p['id']}.json" for p in listed} <= set(PERSONAS)
    assert len(PERSONAS) >= 18


@pytest.mark.parametrize("path", PERSONAS, ids=lambda p: str(p.relative_to(PERSONA_DIR)))
@pytest.mark.parametrize("language", ["en", "es"])
def test_every_persona_sentence_is_true_to_the_answers(path, language):
    answers = json.loads(path.read_text(encoding="utf-8"))["answers"]
    assert audit(answers, language) == []


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_sentence_of_a_thousand_random_answer_sets_is_true_to_the_answers(language):
    failing = {seed: problems for seed in range(RANDOM_SETS) if (problems := audit(base(seed), language))}
    assert {seed: problems[:3] for seed, problems in list(failing.items())[:5]} == {}, f"{len(failing)} sets fail"


def test_the_audit_catches_false_claims():
    """The audit is not blind: each kind of untrue sentence the issue lists fails it, with its reason."""
    from mentorfinder.matching.sentence import Sentence

    answers = persona("wants_structure_accountability")
    answers["availability"]["hours_per_month"] = 0
    checker = Audit(answers, "en")
    monthly = answer_words(QUESTIONNAIRES["availability"], question_of("availability", "how_often"), "monthly")
    no_time = [Reason("availability", "hours_per_month", "frequency", "connector"),
               Quote("availability", "hours_per_month", "0 hours a month"),
               Asked("availability", "hours_per_month")]  # fmt: skip
    for sentence, kind in [
        (Sentence(f"You chose {monthly}.", [Quote("availability", "how_often", monthly)]), "summary"),
        (Sentence("You prefer talks every week or two.", [Lean("frequency", "high")]), "summary"),
        (
            Sentence("A Connector usually means warm words and support.", [Kind("connector", "challenge", "low")]),
            "caveat",
        ),
        (Sentence("You said 0 hours a month, which suits a Connector.", no_time), "why"),
        (
            Sentence(
                "You chose ‘Agree’, which suits a Connector.", [Reason("fit", "know_first", "trust", "connector")]
            ),
            "why",
        ),
        ("You chose ‘Every week’.", "summary"),
        (Sentence("You prefer clear, direct advice and meeting online.", [Lean("directness", "high")]), "summary"),
    ]:
        checker.sentence(sentence, kind)
    assert checker.problems == [
        "‘About once a month’ is not what was answered to how_often: 'You chose ‘About once a month’.'",
        "frequency at 50.0% is not high: 'You prefer talks every week or two.'",
        "frequency high against the answer to hours_per_month: 'You prefer talks every week or two.'",
        "connector is at 30.0 on challenge, not firmly low: 'A Connector usually means warm words and support.'",
        "the answer to hours_per_month states no preference: 'You said 0 hours a month, which suits a Connector.'",
        "does not name question hours_per_month: 'You said 0 hours a month, which suits a Connector.'",
        "reason on know_first does not name its question: 'You chose ‘Agree’, which suits a Connector.'",
        "quote ‘Agree’ not carried as a claim: 'You chose ‘Agree’, which suits a Connector.'",
        "summary without claims: 'You chose ‘Every week’.'",
        "says in_person low without a claim: 'You prefer clear, direct advice and meeting online.'",
    ]


def test_the_audit_catches_a_false_reach_past_the_limit():
    """A kind named past the person's limit on time must be one the limit ruled out, for a need nothing within the
    limit serves well, and the sentence quotes only answers given (docs/matching.md, section 6)."""
    import dataclasses

    from mentorfinder.matching.network import NetworkMember

    answers = base(0)  # only one or two talks; the network names a Confidence builder past the limit
    result = evaluate(CONTENT, answers)
    assert any(m.beyond_limit for m in result.network) and Audit(answers, "en").result(result) == []
    within = next(m for m in result.network if not m.beyond_limit)  # kept within the limit, named as if past it
    false = dataclasses.replace(
        result,
        network=[*result.network, NetworkMember(within.archetype, within.name, within.covers, [], beyond_limit=True)],
        network_reach=result.network_reach.replace("‘Only a single conversation or two’", "‘A few weeks’"),
    )
    assert Audit(answers, "en").result(false) == [
        f"{within.name} is named past the limit but no must-have ruled it out: 'network'",
        f"{within.name} is named past the limit for {within.covers}, which a kind within it serves well: 'network'",
        f"‘A few weeks’ is not an answer given: '{false.network_reach}'",
    ]
