"""The PDF's match cards and mentoring network: near-equal percents in words, and no claim of more cover than there is."""

from __future__ import annotations

import dataclasses
import io

from pypdf import PdfReader

from mentorfinder.answers.sample import sample_answers
from mentorfinder.evaluate import evaluate
from mentorfinder.matching.network import NetworkMember
from mentorfinder.report import render_report


def words(pdf: bytes) -> str:
    """All text of the PDF, whitespace collapsed (wrapped lines become one space)."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())


def _first(content, wanted):
    """The first sample seed's answers and result with the property (searched, so content changes cannot stale it)."""
    for seed in range(500):
        result = evaluate(content, sample_answers(list(content.questionnaires), seed))
        if wanted(result):
            return result
    raise AssertionError("no sample answers in 500 seeds have the property")


def _network_text(content, result) -> str:
    text = words(render_report(content, result))
    return text[text.index("Your mentoring network") :]


def test_the_network_claims_full_cover_only_without_gaps(shipped):
    full = _first(shipped, lambda r: len(r.network) > 1 and not r.network_gaps)
    assert "together cover your top needs" in _network_text(shipped, full)
    gapped = _first(shipped, lambda r: len(r.network) > 1 and r.network_gaps)
    shown = _network_text(shipped, gapped)
    assert "cover your top needs" not in shown
    assert f"None of these covers {gapped.network_gaps[0].lower()}" in shown
    assert "ask each mentor who they could introduce you to" in shown
    for member in gapped.network:
        assert "Covers: " + ", ".join(member.cover_labels) in shown


def test_a_lone_network_member_without_cover_says_it_is_the_best_single_option(shipped):
    # Rare with the shipped content (strict must-haves and needs nobody left serves), so the state is built:
    # the network is one member covering none of the top needs, and every top need is a gap.
    result = _first(shipped, lambda r: len(r.network) > 1)
    member = NetworkMember(result.shortlist[0].archetype, result.shortlist[0].name, [], [])
    gaps = [result.profile[n.covers[0]].label for n in result.network]
    lone = dataclasses.replace(result, network=[member], network_gaps=gaps)
    shown = _network_text(shipped, lone)
    assert "best single option" in shown
    assert "a broad mix of your needs" not in shown and "cover your top needs" not in shown


def test_near_equal_percents_say_about_equal(shipped):
    near = _first(shipped, lambda r: len(r.shortlist) > 1 and r.shortlist[1].about_equal)
    text = words(render_report(shipped, near))
    section = text[text.index("Your top matches") : text.index("Your mentoring network")]
    assert "about equal to #1" in section
    clear = _first(shipped, lambda r: not any(m.about_equal for m in r.shortlist[:4]))
    assert "about equal" not in words(render_report(shipped, clear))


def test_a_kind_named_past_the_persons_limit_on_time_says_so_in_its_box_and_below(shipped):
    result = _first(shipped, lambda r: any(m.beyond_limit for m in r.network))
    reached = next(m for m in result.network if m.beyond_limit)
    shown = _network_text(shipped, result)
    assert f"Covers: {', '.join(reached.cover_labels)}, if you can give more time" in shown
    assert " ".join(result.network_reach.split()) in shown
