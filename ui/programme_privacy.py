"""The Privacy page's section on mentoring programmes: what a programme stores, who sees it, and for how long."""

from __future__ import annotations

import streamlit as st

from mentorfinder.i18n.catalogue import _
from mentorfinder.workshop.programme_records import DEFAULT_DAYS, MAX_DAYS

INTRO = _(
    "A career centre or an organisation can run a mentoring programme here: its coordinator invites mentors with one "
    "link and participants with another. Unlike using Mentor Finder on your own, a programme stores your answers on "
    "the server, because they are what matches you with a mentor. This is what it stores, and who can see it."
)
PARTICIPANT = _(
    "**If you join as a participant:**\n"
    "- **Your questionnaire answers**, and whether you asked to be paired with a mentor. Not your name, e-mail "
    "address, IP address or device.\n"
    "- **A number** (like P7) by which the coordinator's lists name you, and the hour you joined (10:00 for 10:47).\n"
    "- **A one-way fingerprint of your private token.** The token itself is kept only by your browser; it is what "
    "lets you see your match, change your answers or leave. Someone who reads the database cannot use the "
    "fingerprint in its place.\n"
    "- **Your match:** the mentor you requested (when participants choose their mentors), or the coordinator's "
    "pairing: your mentor, the percent of fit, or the reason you could not be paired."
)
MENTOR = _(
    "**If you join as a mentor** (or the coordinator adds you from a list):\n"
    "- **Your name, your contact details** (an e-mail address or a phone number), **how many mentees you can "
    "take**, your answers to the mentor questionnaire, whether participants may see your name, and when you last "
    "changed them.\n"
    "- If you joined by the link, a one-way fingerprint of your private token (the token lets you change your "
    "details or leave)."
)
WHO = _(
    "**Who sees what:**\n"
    "- **The coordinator** sees everything above for their own programme: every mentor's details with their "
    "contact, and every participant's answers and match, by number, never by name. Only whoever holds the "
    "coordinator's private key can see this; the key itself is never stored, only its fingerprint.\n"
    "- **Participants** see each mentor's questionnaire profile and how many places they have left, and a "
    "mentor's name only if the mentor agreed. **A mentor's contact details are shown only to the participant paired "
    "with that mentor** (or accepted by them, when participants request mentors), and to the coordinator.\n"
    "- **Mentors** see their own details. They are not shown participants' answers; the participant paired with "
    "them gets their contact details and gets in touch.\n"
    "- No one else: no other participant, mentor or programme sees your answers or your match."
)
HOW_LONG = _(
    "**For how long:** until the programme expires — %(days)s days after it is created unless the coordinator chose "
    "otherwise (at most %(most)s) — or until the coordinator deletes it, whichever comes first; then every row of it "
    "is removed within the hour. Leaving the programme (participants) or leaving as a mentor removes your row, your "
    "request and your pair at once. A coordinator who removes a mentor removes their details and their requests "
    "and pairs too."
)
LIMITS = _(
    "**The limits:** the coordinator can read every participant's answers (without names) and every mentor's "
    "details: join only a programme whose coordinator you trust with them. Someone with access to the server's "
    "database can read the same, but cannot act as you."
)


def privacy_ui(language: str) -> None:
    """The section, in the page's style: short bold leads and bullets; its numbers from the store's constants."""
    st.header(_("Mentoring programmes", language), anchor=False)
    st.markdown(_(INTRO, language))
    st.markdown(_(PARTICIPANT, language))
    st.markdown(_(MENTOR, language))
    st.markdown(_(WHO, language))
    st.markdown(_(HOW_LONG, language) % {"days": DEFAULT_DAYS, "most": MAX_DAYS})
    st.markdown(_(LIMITS, language))
