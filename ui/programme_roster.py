"""The coordinator's people: importing a roster CSV (each problem by row and column), the mentors and participants."""

from __future__ import annotations

import streamlit as st

from mentorfinder.answers.mentor import sample_mentors
from mentorfinder.content.mentor_form import mentor_form
from mentorfinder.i18n.catalogue import _, ngettext
from mentorfinder.intake.problems import ContentError, one_line
from mentorfinder.intake.roster import parse_roster
from mentorfinder.present.programme import roster_csv
from mentorfinder.workshop.programme_records import Mentor, ParticipantRecord
from mentorfinder.workshop.programme_store import ProgrammeStore

from . import state
from .programme import attempt
from .resume import dropzone_fix
from .workshop import FAILED

TEMPLATE_MENTORS = 3  # rows in the example roster: enough to see the shape, few enough to replace by hand


def people_ui(code: str, key: str) -> tuple[list[Mentor], list[ParticipantRecord]] | None:
    """The import, the mentors (with contact: this is the coordinator) and the participants (by ref)."""
    spoken = state.language()
    import_ui(code, key)  # first: the lists below then include what it imported
    mentors = attempt(ProgrammeStore.coordinator_mentors, code, key)
    if mentors is FAILED:
        return None
    st.header(_("Mentors", spoken), anchor=False)
    if mentors:
        st.dataframe(mentor_rows(mentors, spoken), hide_index=True, key="programme-mentors")
        remove_ui(code, key, mentors)
    else:
        st.info(_("No mentors yet: share the mentors' link, or import a roster.", spoken), icon=":material/person:")
    participants = attempt(ProgrammeStore.participants, code, key)
    if participants is FAILED:
        return None
    st.header(_("Participants", spoken), anchor=False)
    if participants:
        st.dataframe(participant_rows(participants, spoken), hide_index=True, key="programme-participants")
    else:
        st.info(_("No participants have finished yet.", spoken), icon=":material/group:")
    return mentors, participants


def remove_ui(code: str, key: str, mentors: list[Mentor]) -> None:
    """Remove one mentor (someone who dropped out): their requests and pairs go with them, so the button says so."""
    spoken = state.language()
    with st.expander(_("Remove a mentor", spoken), icon=":material/person_remove:"):
        names = {m.id: f"{m.name} ({m.id})" for m in mentors}
        chosen = st.selectbox(
            _("Mentor to remove", spoken),
            list(names),
            index=None,
            format_func=names.get,
            placeholder=_("Choose…", spoken),  # Streamlit's own "Choose an option" is English on a Spanish page
            key=state.REMOVE_MENTOR,
        )
        st.caption(_("Their requests and pairs are removed with them; pair everyone again afterwards.", spoken))
        if st.button(_("Remove this mentor", spoken), disabled=chosen is None, icon=":material/person_remove:"):
            if attempt(ProgrammeStore.remove_mentor, code, key, chosen) is not FAILED:
                st.rerun()


def mentor_rows(mentors: list[Mentor], language: str) -> list[dict]:
    """One row per mentor: id, name, whether participants see it, contact and capacity."""
    yes, no = _("yes", language), _("no", language)
    return [
        {
            _("Id", language): m.id,
            _("Name", language): m.name,
            _("Name shown", language): yes if m.show_name else no,
            _("Contact", language): m.contact,
            _("Mentees", language): m.capacity,
        }
        for m in mentors
    ]


def participant_rows(participants: list[ParticipantRecord], language: str) -> list[dict]:
    """One row per participant: ref, opted in to pairing, and their request (participant-led)."""
    yes, no = _("yes", language), _("no", language)
    return [
        {
            _("Participant", language): p.ref,
            _("Wants a mentor", language): yes if p.opted_in else no,
            _("Requested", language): p.requested or "",
        }
        for p in participants
    ]


def import_ui(code: str, key: str) -> None:
    """Upload a roster CSV: every problem by row and column, or the mentors added (or updated by id), all or none."""
    spoken = state.language()
    with st.expander(_("Import mentors from a CSV file", spoken), icon=":material/upload_file:"):
        form = mentor_form()
        st.write(
            _(
                "One row per mentor: id, name, show_name (yes or no), contact, capacity, then one column per "
                "mentor question. A mentor already in the programme with the same id is updated.",
                spoken,
            )
        )
        example = roster_csv(sample_mentors(form, TEMPLATE_MENTORS, seed=1), form)
        st.download_button(
            _("Download an example roster", spoken),
            example,
            "roster-example.csv",
            "text/csv",
            icon=":material/download:",
        )
        upload = st.file_uploader(_("Roster CSV", spoken), type=["csv"], key=state.ROSTER_UPLOAD)
        st.html(dropzone_fix(spoken, "CSV"), unsafe_allow_javascript=True)  # Streamlit's own words, in Spanish too
        if upload is None or not st.button(_("Import the roster", spoken), icon=":material/upload:"):
            return
        try:
            mentors = parse_roster(upload.getvalue(), upload.name, form)
        except ContentError as err:
            st.error(_("The roster was not imported. Fix these and upload it again:", spoken), icon=":material/error:")
            st.code("\n".join(one_line(f"{p.path}:{p.line}: {p.message_in(spoken)}") for p in err.problems))
            return
        count = attempt(ProgrammeStore.import_mentors, code, key, mentors)
        if count is not FAILED:
            done = ngettext("Imported %(count)s mentor.", "Imported %(count)s mentors.", count, spoken)
            st.success(done % {"count": count}, icon=":material/check_circle:")
