"""The privacy page: what is stored, where, and for how long."""

import streamlit as st

from mentorfinder.i18n import _
from ui import state

language = state.language()
st.title(_("Privacy", language))
st.write(
    _(
        "Mentor Finder is built to keep what you tell it with you. In short: used on your own, nothing is stored on "
        "our server. In a workshop, the little that is stored is listed below.",
        language,
    )
)

st.header(_("What is stored", language), anchor=False)
st.markdown(
    _(
        "- **Nothing on the server** when you use it on your own (a workshop stores a little: see below). While your tab is open the app holds your answers in memory only to draw your "
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
        "a random id and two moments. Workshop mode stores exactly these four things in the workshop's database:\n"
        "1. **The workshop:** its title, join code, expiry date, whether it is locked, and a one-way fingerprint of "
        "the facilitator's key (never the key itself).\n"
        "2. **A random participant id** made when you join. It is linked to nothing about you: no name, no e-mail, no "
        "IP address, no device. It is also in your page address, so a refresh keeps you in the workshop.\n"
        "3. **When you joined and when you reached your results**, so the room can see how many have finished.\n"
        "4. **Only if you choose to share** (a button on the matches page): your percent on each dimension of your "
        "profile, the three kinds of mentor at the top of your list, and the kinds of mentor in your network. "
        "Never your name, your own words or your single answers.\n\n"
        "**For how long:** until the workshop expires — 14 days after it is created unless the facilitator chose "
        "otherwise — or until the facilitator deletes it, whichever comes first; then every row of it is removed "
        "within the hour. Withdrawing your result removes it at once.\n\n"
        "**Who can see it:** only the group's totals (counts, how often each kind of mentor came first, average "
        "needs, the spread of style and time, a typical network), only with the facilitator's private link, and "
        "only once at least 3 people have shared. No one sees a single person's result, and the facilitator's CSV "
        "and PDF downloads hold the same totals only.",
        language,
    )
)
