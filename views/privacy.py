"""The privacy page: what is stored, where, and for how long."""

import streamlit as st

st.title("Privacy")
st.write("Mentor Finder is built to keep what you tell it with you. In short: nothing is stored on our server.")

st.header("What is stored", anchor=False)
st.markdown(
    "- **Nothing on the server.** While your tab is open the app holds your answers in memory only to draw your "
    "pages; nothing is written to a database, a log or a file, and no other visitor can see them.\n"
    "- **In the page address.** Your answers are packed into the link in your address bar, so a refresh keeps "
    "them. Anyone you give that link to can read your answers — don't share it.\n"
    "- **In files you download.** The answers file, the PDF summary and the scores CSV are saved only on your "
    "own device, where you choose.\n"
    "- **No cookies for tracking, no analytics.** Usage statistics to third parties are switched off."
)

st.header("For how long", anchor=False)
st.markdown(
    "- **Nothing is kept after you close the tab.** The server forgets your session when the tab closes.\n"
    "- **The link keeps your answers as long as you keep the link** (in your history or bookmarks). Start over "
    "in the sidebar clears them from the address.\n"
    "- **Your downloads are yours** to keep or delete."
)

st.header("Workshops", anchor=False)
st.markdown(
    "In a workshop, everyone uses Mentor Finder on their own phone or laptop exactly as here: nothing about you "
    "is sent to the facilitator or stored, and no one else in the room can see your answers."
)
