"""A participant's real mentors: the opt-in, the shortlist, requests and their mentor."""

from __future__ import annotations

import streamlit as st

from mentorfinder.answers.mentor import Mentor
from mentorfinder.content.load import Content
from mentorfinder.i18n.catalogue import _
from mentorfinder.matching.mentors import MentorMatch, MentorShortlist, rank_mentors
from mentorfinder.matching.model import label_words
from mentorfinder.matching.pairing import featured, request_refusal
from mentorfinder.present.rules import whole_percent
from mentorfinder.workshop.programme_records import PARTICIPANTS_REQUEST, VIA_REQUEST, MyMentor
from mentorfinder.workshop.programme_store import ProgrammeStore

from . import programme_sync, state, state_programme
from .boundary import safe_callback
from .memo import remember
from .programme import attempt, card_mentor
from .programme_pairing import ALL_FULL, BELOW_FLOOR, MUST_HAVES, NO_MENTORS
from .text import escape
from .workshop import FAILED

SUGGESTED = _(
    "Suggested first for you. Each mentor is suggested first to no more people than they have places, so a "
    "popular mentor is not offered to everyone."
)
NO_PLACE = _("No place left")
SHOWN = 5  # mentors worded in full; the rest of the roster is not listed (the coordinator pairs from all)
REAL = _("Real mentors of your programme, the closest fit first. Below them: the kinds of mentor to look for anywhere.")
UNPAIRED = {
    NO_MENTORS: _("The programme had no mentors when the coordinator paired everyone."),
    MUST_HAVES: _("No mentor of the programme meets your must-haves."),
    BELOW_FLOOR: _("No mentor of the programme fits you well enough for the coordinator's pairing."),
    ALL_FULL: _("Every mentor who fits you well enough already had all their mentees."),
}


def mentors_ui(content: Content) -> None:
    """The section "Mentors in your programme" on the matches page (only for someone in a programme)."""
    current = state_programme.joined()
    if current is None:
        return
    code = current[0]
    spoken = state.language()
    st.header(_("Mentors in your programme", spoken), anchor=False)
    st.caption(_(REAL, spoken))
    info = attempt(ProgrammeStore.info, code)
    cards = FAILED if info is FAILED else attempt(ProgrammeStore.roster, code)
    if info is FAILED or cards is FAILED:
        return
    answers = state.shown_answers(content)
    wanted = _("Pair me with a mentor from this programme", spoken)
    opted = st.checkbox(wanted, value=programme_sync.opted_in(), key=state.OPT_IN)
    token = programme_sync.sync(content, opted)  # answers already went on finishing the wizard: only a new opt-in
    mine = None if token is None else attempt(ProgrammeStore.my_mentor, code, token)
    if mine not in (None, FAILED):
        my_mentor_ui(mine, code, token)
    mentors = [card_mentor(c) for c in cards]
    if not mentors:
        st.info(_("The programme has no mentors yet. Come back to this page later.", spoken), icon=":material/person:")
        return
    # ranked again only when the answers, the roster or the language change (not on every slider's rerun)
    build = lambda: rank_mentors(content, answers, mentors, language=spoken, explain=SHOWN, limit=SHOWN)  # noqa: E731
    roster = [(m.id, m.name, m.show_name, m.answers) for m in mentors]
    shortlist = remember("programme_shortlist", build, answers=answers, roster=roster, language=spoken)
    taken = {c.id: c.capacity - c.places_left for c in cards}
    can_request = info.mode == PARTICIPANTS_REQUEST and token is not None and mine in (None, FAILED)
    first = featured_first(content, code, token, answers, taken)
    ordered = sorted(shortlist.matches, key=lambda m: m.mentor != first)  # stable: the rest keep their order
    by_id = {m.id: m for m in mentors}
    for rank, match in enumerate(ordered, 1):
        match_ui(rank, match, by_id[match.mentor], taken, shortlist, can_request, code, token, match.mentor == first)
    excluded_ui(shortlist)


def featured_first(content: Content, code: str, token: str | None, answers: dict, taken: dict) -> str | None:
    """The mentor suggested first to this participant, spread so that no mentor is suggested first to more people
    than they have places left (the core's featured spread, run inside the store on everyone's answers)."""
    if token is None:
        return None

    def spread(people: dict[str, dict], roster: list) -> dict[str, str | None]:
        places = {c.id: c.capacity - c.places_left for c in roster}
        return featured(content, people, [card_mentor(c) for c in roster], taken=places)

    # kept for this session until the person's answers or the places change: other people joining later move the
    # spread a little, and a suggestion that jumps on every rerun would read as noise
    got = remember(
        "programme_featured",
        lambda: attempt(ProgrammeStore.featured_for, code, token, spread),
        answers=answers,
        taken=taken,
    )
    return None if got is FAILED else got


def my_mentor_ui(mine: MyMentor, code: str, token: str) -> None:
    """The mentor this participant was paired with (or who accepted them): name and contact; or why unpaired."""
    spoken = state.language()
    if mine.mentor is None:
        why = UNPAIRED.get(mine.reason or "", UNPAIRED[BELOW_FLOOR])
        st.warning(_("The coordinator could not pair you this time.", spoken) + " " + _(why, spoken))
        return
    words = _("**Your mentor: %(name)s** — reach them at %(contact)s.", spoken)
    st.success(
        words % {"name": escape(mine.mentor.name), "contact": escape(mine.mentor.contact)}, icon=":material/handshake:"
    )
    if mine.via == VIA_REQUEST and st.button(_("Cancel my request", spoken), icon=":material/undo:"):
        if attempt(ProgrammeStore.cancel_request, code, token) is not FAILED:
            st.rerun()


def match_ui(
    rank: int,
    match: MentorMatch,
    mentor: Mentor,
    taken: dict[str, int],
    shortlist: MentorShortlist,
    can_request: bool,
    code: str,
    token: str | None,
    first: bool = False,
) -> None:
    """One real mentor: percent, why and caveats, places left, and (participant-led) Request."""
    spoken = state.language()
    with st.container(border=True, key=f"mentor-{match.mentor}"):
        st.subheader(f"{rank}. {escape(match.name)}", anchor=False)
        if first:
            st.caption(_(SUGGESTED, spoken))
        st.markdown(f"**{whole_percent(match.percent, spoken)} · {label_words(match.label, spoken)}**")
        st.markdown("\n".join(f"- {escape(line)}" for line in match.why))
        if match.caveats:
            st.markdown("\n".join(f"- ⚠ {escape(line)}" for line in match.caveats))
        left = max(0, mentor.capacity - taken.get(mentor.id, 0))
        if not left:  # full: one plain line, and nothing to press (the refusal below is for a race)
            st.caption(_(NO_PLACE, spoken))
        else:
            places = _("Places left: %(left)s of %(capacity)s", spoken) % {"left": left, "capacity": mentor.capacity}
            st.caption(places)
        if not can_request:
            return
        if left:
            args = (mentor, shortlist, code, token)
            st.button(_("Request this mentor", spoken), key=f"request-{match.mentor}", on_click=request, args=args)
        if refused := state_programme.take_refused(mentor.id):
            st.error(refused, icon=":material/block:")


@safe_callback
def request(mentor: Mentor, shortlist: MentorShortlist, code: str, token: str | None) -> None:
    """Ask for a mentor (a callback, before the page is drawn again): the places are read afresh, so someone who
    took the last place since this page was drawn is told why in the mentor's card; the store takes the place
    atomically and refuses too when two ask for it at the same moment."""
    cards = attempt(ProgrammeStore.roster, code)
    if cards is FAILED:
        return
    taken = next((c.capacity - c.places_left for c in cards if c.id == mentor.id), 0)
    refusal = request_refusal(mentor, taken, shortlist, state.language())
    if refusal is not None:
        state_programme.set_refused(mentor.id, refusal)
        return
    attempt(ProgrammeStore.request_mentor, code, token, mentor.id)


def excluded_ui(shortlist: MentorShortlist) -> None:
    """Mentors your must-haves rule out, each with the reason."""
    if not shortlist.excluded:
        return
    spoken = state.language()
    with st.expander(_("Mentors your must-haves rule out", spoken), icon=":material/filter_alt:"):
        st.markdown("\n".join(f"- **{escape(e.name)}**: {escape(e.reason)}" for e in shortlist.excluded))
