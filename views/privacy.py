"""The privacy page: what is stored, where, and for how long."""

import streamlit as st

from mentorfinder.i18n.catalogue import _
from mentorfinder.workshop import CHANGES_PER_SNAPSHOT, DEFAULT_DAYS, MIN_SHARED, SMALL_CELL
from mentorfinder.workshop.shared import MAX_TOP
from ui import state
from ui.programme_privacy import privacy_ui

language = state.language()
st.title(_("Privacy", language))
st.write(
    _(
        "Mentor Finder is built to keep what you tell it with you. In short: used on your own, nothing is stored on "
        "our server. In a workshop or a mentoring programme, what is stored is listed below.",
        language,
    )
)

st.header(_("What is stored", language), anchor=False)
st.markdown(
    _(
        "- **Nothing on the server** when you use it on your own (a workshop or a mentoring programme stores some: see below). While your tab is open the app holds your answers in memory only to draw your "
        "pages; nothing is written to a database, a log or a file, and no other visitor can see them.\n"
        "- **In the page address.** Your answers are packed into the link in your address bar, so a refresh keeps "
        "them. Anyone you give that link to can read your answers — don't share it.\n"
        "- **In files you download.** The answers file, the PDF summary and the scores CSV are saved only on your "
        "own device, where you choose.\n"
        "- **No cookies for tracking, no analytics.** Usage statistics to third parties are switched off.",
        language,
    )
)

st.header(_("For how long", language), anchor=False)
st.markdown(
    _(
        "- **Nothing is kept after you close the tab.** The server forgets your session when the tab closes.\n"
        "- **The link keeps your answers as long as you keep the link** (in your history or bookmarks). Start over "
        "in the sidebar clears them from the address.\n"
        "- **Your downloads are yours** to keep or delete.",
        language,
    )
)

st.header(_("Workshops", language), anchor=False)
st.markdown(
    _(
        "In a workshop, everyone answers on their own phone or laptop exactly as here, and no one else in the room "
        "sees your answers. Unless you choose to share, nothing about you is sent to the facilitator or stored beyond "
        "a random id and the hours you joined and finished. Workshop mode stores exactly these four things in the "
        "workshop's database:\n"
        "1. **The workshop:** its title, join code, expiry date, whether it is locked, a one-way fingerprint of the "
        "facilitator's key (never the key itself), and the room's latest picture (counts only).\n"
        "2. **A random participant id** made when you join. It is linked to nothing about you: no name, no e-mail, no "
        "IP address, no device. It is kept in a cookie of this browser, never in the page address, so a refresh "
        "keeps you in the workshop and a link you pass on does not let anyone change or withdraw your result.\n"
        "3. **Three times, each only to the hour:** when you joined, when you reached your results and when you "
        "shared (10:00 for 10:47).\n"
        "4. **Only if you choose to share** (a button on the matches page): for each need, style and time of your "
        "profile, which third of the scale you are in (low, middle or high), never the percent itself; the %(top)s "
        "kinds of mentor at the top of your list; and the kinds of mentor in your network. Never your name, your "
        "own words or your single answers.\n\n"
        "**For how long:** until the workshop expires — %(days)s days after it is created unless the facilitator "
        "chose otherwise — or until the facilitator deletes it, whichever comes first; then every row of it is "
        "removed within the hour. Withdrawing your result removes it from the database at once, and from the "
        "room's picture when the picture is next made.",
        language,
    )
    % {"days": DEFAULT_DAYS, "top": MAX_TOP}
)

st.header(_("What the room's picture promises", language), anchor=False)
st.markdown(
    _(
        "**Who can see it:** only the group's counts (how many joined, finished and shared; how many people had "
        "each kind of mentor first; how many are in each third of each need, style and time), shown to the whole "
        "room on the projector from the facilitator's private link, and only once at least %(least)s people have "
        "shared. The facilitator's CSV "
        "and PDF downloads hold the same counts only.\n\n"
        "**The promise:** no one (another participant, the facilitator, or someone who reads the workshop's "
        "database) can work out your answers or your percents from what is shown or stored. The most anyone can "
        "learn about you is which third of the scale you are in, because nothing finer is kept. A count of fewer "
        "than %(small)s people is never shown, and the picture is made again only after %(changes)s different "
        "people have shared, shared again or withdrawn, so no one's change is seen on its own.\n\n"
        "**The limits:** someone who fills the room with shares of their own (joining from several windows), or "
        "who knows everyone else's results, can find out which third you are in and which kind of mentor you had "
        "first, by taking away what they know. Someone who has the database can read each shared result's thirds "
        "and kinds of mentor, row by row, without a name. If that matters to you, don't share: the workshop works "
        "the same for you either way.",
        language,
    )
    % {"least": MIN_SHARED, "small": SMALL_CELL, "changes": CHANGES_PER_SNAPSHOT}
)

privacy_ui(language)  # mentoring programmes: what they store, who sees it, for how long
