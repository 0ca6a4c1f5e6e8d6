"""The coordinator's pairing: pair everyone who opted in, each pair explained, save it, and download the pairs."""

from __future__ import annotations

import io
import zipfile

import streamlit as st

from mentorfinder.answers.mentor import Mentor
from mentorfinder.content.load import Content
from mentorfinder.i18n.catalogue import _
from mentorfinder.i18n.words import euphonic
from mentorfinder.matching.mentors import rank_mentors
from mentorfinder.matching.model import label_words
from mentorfinder.matching.pairing import Pairing, pair
from mentorfinder.present.programme import pairs_csv
from mentorfinder.present.rules import whole_percent
from mentorfinder.report.pair import build_pair_report
from mentorfinder.workshop import programme_records as records
from mentorfinder.workshop.programme_records import PARTICIPANTS_REQUEST, ParticipantRecord, ProgrammeInfo
from mentorfinder.workshop.programme_store import ProgrammeStore

from . import state, state_programme
from .programme import attempt
from .text import escape
from .workshop import FAILED, shown_code

# Why someone is unpaired, as the saved pairing keeps it (a code; the page says it in the reader's language)
NO_MENTORS, MUST_HAVES, BELOW_FLOOR, ALL_FULL = "no_mentors", "must_haves", "below_floor", "all_full"


def pairing_ui(
    code: str, key: str, info: ProgrammeInfo, content: Content, mentors: list, participants: list[ParticipantRecord]
) -> None:
    """Pair everyone (coordinator pairs), or say that participants request their mentors (participant-led)."""
    spoken = state.language()
    st.header(_("Pairing", spoken), anchor=False)
    if info.mode == PARTICIPANTS_REQUEST:
        st.write(_("Participants request a mentor from their shortlist; the Requested column shows whom.", spoken))
        return
    opted = {p.ref: p.answers for p in participants if p.opted_in}
    if st.button(_("Pair everyone", spoken), type="primary", icon=":material/join_inner:", disabled=not opted):
        made = pair(content, opted, mentors, floor=info.floor, language=spoken)
        state_programme.set_pairing((code, made, {m.id: m for m in mentors}, opted))
    kept = state_programme.pairing()
    if kept is None or kept[0] != code:
        return
    _code, made, by_id, opted = kept
    pairs_table(made, by_id)
    if st.button(_("Save this pairing", spoken), icon=":material/save:"):
        saved = [records.Pair(p.participant, p.mentor, p.match.percent) for p in made.pairs]
        saved += [unpaired_line(content, ref, opted[ref], list(by_id.values()), made.floor) for ref in unpaired(made)]
        if attempt(ProgrammeStore.save_pairing, code, key, saved) is not FAILED:
            done = _("Saved: each participant now sees their mentor's contact details.", spoken)
            st.success(done, icon=":material/check_circle:")
    downloads(code, made, by_id)


def unpaired(made: Pairing) -> list[str]:
    """The refs of everyone left unpaired."""
    return [u.participant for u in made.unpaired]


def pairs_table(made: Pairing, by_id: dict[str, Mentor]) -> None:
    """Each pair with percent and why (the lines speak to the participant), then everyone unpaired and why."""
    spoken = state.language()
    if made.pairs:  # the why lines are the participant's own ("you chose …"), as on their page and the pair's PDF
        st.caption(_("Each pair with its fit, and why it fits in the words the participant sees.", spoken))
    for p in made.pairs:
        with st.container(border=True, key=f"pair-{p.participant}"):
            mentor = f"{by_id[p.mentor].name} ({p.mentor})"
            fit = f"{whole_percent(p.match.percent, spoken)} · {label_words(p.match.label, spoken)}"
            st.markdown(f"**{escape(p.participant)} → {escape(mentor)}** · {fit}")
            st.markdown("\n".join(f"- {escape(line)}" for line in p.match.why))
    if made.unpaired:
        st.subheader(_("Not paired", spoken), anchor=False)
        st.markdown("\n".join(f"- **{escape(u.participant)}**: {escape(u.reason)}" for u in made.unpaired))


def unpaired_line(content: Content, ref: str, answers: dict, mentors: list[Mentor], floor: float) -> records.Pair:
    """The saved line of someone unpaired: their best fit and why, as a reason code."""
    if not mentors:
        return records.Pair(ref, None, None, NO_MENTORS)
    shortlist = rank_mentors(content, answers, mentors, explain=0, limit=1)
    if not shortlist.matches:
        return records.Pair(ref, None, None, MUST_HAVES)
    best = shortlist.matches[0].percent
    return records.Pair(ref, None, best, BELOW_FLOOR if best < floor else ALL_FULL)


def downloads(code: str, made: Pairing, by_id: dict[str, Mentor]) -> None:
    """The pairs CSV, every pair's page in one ZIP, and each pair's page on its own."""
    spoken = state.language()
    name = f"pairs-{shown_code(code)}"
    csv_label, zip_label = _("Download the pairs (CSV)", spoken), _("Download every pair's page (ZIP)", spoken)
    left, right = st.columns(2)
    left.download_button(csv_label, pairs_csv(made), f"{name}.csv", "text/csv", icon=":material/download:")
    pages = lambda: zipped(made, by_id, spoken)  # noqa: E731 - made on the click, not on every run
    right.download_button(zip_label, pages, f"{name}.zip", "application/zip", icon=":material/folder_zip:")
    with st.expander(_("Each pair's page (PDF)", spoken), icon=":material/picture_as_pdf:"):
        for p in made.pairs:
            page = lambda p=p: build_pair_report(p, by_id[p.mentor], p.participant, spoken)  # noqa: E731
            names = {"participant": p.participant, "mentor": by_id[p.mentor].name}
            label = euphonic(_("%(participant)s and %(mentor)s", spoken) % names, spoken)
            st.download_button(  # made on the click, which need not rerun the page (ui/workshop_room.download)
                label,
                page,
                pdf_name(p.participant, p.mentor),
                "application/pdf",
                key=f"pdf-{p.participant}",
                on_click="ignore",
            )


def pdf_name(participant: str, mentor: str) -> str:
    """A pair's file name."""
    return f"pair-{participant}-{mentor}.pdf"


def zipped(made: Pairing, by_id: dict[str, Mentor], language: str) -> bytes:
    """Every pair's page in one ZIP file."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for p in made.pairs:
            archive.writestr(
                pdf_name(p.participant, p.mentor), build_pair_report(p, by_id[p.mentor], p.participant, language)
            )
    return out.getvalue()
