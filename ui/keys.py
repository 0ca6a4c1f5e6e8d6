"""Every key a session keeps, every widget key and every address parameter, declared once.

A newcomer reads this file to know everything the app remembers for a person; the state modules, ui/state.py and
ui/state_*.py, are the only ones that read or write them (they take them all from here), and other modules name
them through `state.`.
Widget keys are derived from ids here too (`q:…`, `weight:…`)."""

from __future__ import annotations

from mentorfinder.i18n.catalogue import _

# ---- permanent keys (kept while moving between pages) ----------------------------------------------------
ANSWERS = "answers"  # {questionnaire id: {question id: value}} — the only store of answers
STEP = "wizard_step"  # index into the flat list of wizard steps
ERRORS = "step_errors"  # {widget key: note}: set by Next and by a refused value, cleared by Back
LANGUAGE = "language"  # the language chosen; the sidebar's selectbox (LANGUAGE_CHOICE) is only a view of it
PROJECTOR = "projector"  # projector mode on or off; the sidebar's toggle (PROJECTOR_CHOICE) is only a view of it
NOTICE = "restore_notice"  # a one-off message for the welcome page (a link that could not be read)
WEIGHTS = "weights"  # the what-if weights {group: 0..100}
PDF = "pdf_order"  # ui/pdf_order.PdfOrder: the last PDF a Download PDF click made, and for which inputs
OUTCOME = "resume_outcome"  # ("ok", message) or ("problems", [Problem]) after an upload
MEMO = "session_memo"  # ui/memo.py: {name: (inputs, value)}
CONFIRM = "confirm_start_over"  # Start over was tapped once: ask before clearing
UNDO = "start_over_undo"  # what Start over cleared, until the person moves on
FAULT = "callback_fault"  # ui/boundary.py: a failed callback, shown as the apology at the top of the next run
REPEATS = "timed_faults"  # ui/boundary.py: {timed part: {fault: runs in a row}}, logged once while they repeat
PACKED = "packed_answers"  # (answers, their packing for the address): packed again only when they change
MIRRORED_STEP = "mirrored_step"  # the step last written into the address (Back and Forward: follow_history)
PAGES = "nav_pages"  # ui/frame.py: this session's st.Page objects, {(script, language): st.Page}, made once
# ---- workshop mode (ui/workshop*.py): who this session is in a workshop, mirrored into the address -------
WORKSHOP = "workshop_joined"  # (code, participant id) of the workshop this person joined (None: on their own)
FACILITATED = "workshop_facilitated"  # (code, key) of the workshop this session runs (never in the address)
NEW_WORKSHOP = "workshop_created"  # the NewWorkshop just created: its links are shown once, until dismissed
ROOM = "workshop_room"  # the code of the workshop this tab projects: a reload shows its join panel, never the form
SHARED = "workshop_shared"  # what this participant has shared, as the store keeps it (None: nothing); unset: ask it
FINISHED = "workshop_finished"  # the participant id already marked finished (once per session, not per rerun)
SHARE_NOTICE = "workshop_share_notice"  # "shared" | "withdrawn": said once after the rerun that follows
CONFIRM_DELETE = "workshop_confirm_delete"  # Delete was tapped once: ask before deleting
LEFT = "workshop_left"  # Leave was tapped: the next run tells the browser to forget its COOKIE
GUARD = "workshop_guard"  # (Guesses: wrong codes and keys tried here, set: code/key/id pairs that worked)
# ---- mentoring programmes (ui/programme*.py): who this session is in a programme ------------------------
PROGRAMME = "programme_joined"  # (participant code, token or None) of the programme this participant joined
COORDINATED = "programme_coordinated"  # (participant code, key, mentor code) of the programme this session runs (never in the address)
NEW_PROGRAMME = "programme_created"  # the NewProgramme just created: its key and links are shown once
MENTORING = "programme_mentoring"  # (mentor code, token or None) of the programme this mentor joins or updates
REFUSED = "programme_refused"  # (mentor id, why) a Request just refused: said once, in that mentor's card
SYNC_REFUSED = "programme_sync_refused"  # the programme refused this participant's answers: told once, not retried
SENT = "programme_sent"  # (answers, opted in) as last sent to the programme: sent again only when they change
PAIRING = "programme_pairing"  # (code, the core's Pairing, {mentor id: Mentor}) the coordinator made last
CONFIRM_PROGRAMME_DELETE = "programme_confirm_delete"  # Delete was tapped once: ask before deleting
# ---- widget keys (Streamlit forgets these when the widget is not drawn) ----------------------------------
PDF_NAME = "pdf_name"  # drawn with persist_state="session", so a visit elsewhere keeps it
PDF_PAPER = "pdf_paper"
# Streamlit drops a widget's value on st.switch_page (the browser resends it only for its own page links), so the
# settings live under the permanent keys above and their widgets are refilled from them on every run (settings()).
LANGUAGE_CHOICE, PROJECTOR_CHOICE = "language_choice", "projector_choice"
SETTINGS = {LANGUAGE_CHOICE: LANGUAGE, PROJECTOR_CHOICE: PROJECTOR}
UPLOAD = "resume_file"
JOIN_CODE = "workshop_join_code"  # the welcome page's "workshop code" box
ROSTER_UPLOAD = "programme_roster"  # the coordinator's roster CSV
REMOVE_MENTOR = "programme_remove_mentor"  # the mentor the coordinator picked to remove
OPT_IN = "programme_opt_in"  # a participant's "pair me with a mentor" box
TYPICAL = "workshop_typical"  # the projector view's "show a typical network" toggle
WIDGET_PREFIX, WEIGHT_PREFIX = "q:", "weight:"
# Keys naming a container for CSS and tests, holding no state: `scale-…`, `card-{archetype}`, `chart-…`, WHATIF.
WHATIF = "whatif"  # the what-if expander: a stable identity, so moving a slider never redraws it
# ---- the address: answers, step, projector mode, what-if weights and language survive a refresh -----------
URL_ANSWERS, URL_STEP, URL_PROJECTOR, URL_WEIGHTS, URL_LANGUAGE = "a", "step", "projector", "w", "lang"
MAX_STEP = 9999  # more than any wizard has (clamp_step brings one past the end back); sync_url rewrites a bad one
# A participant's workshop and id (a refresh keeps them in the workshop). `join` (a QR code's link) and the
# facilitator link's `workshop` and `key` are read once and leave the address: a projector shows the address bar.
URL_WORKSHOP, URL_PARTICIPANT, URL_JOIN, URL_FACILITATED, URL_KEY = "ws", "p", "join", "workshop", "key"
URL_ROOM = "room"  # the projected workshop's code (public: it is on the screen), kept so a reload knows the room
# A mentoring programme: `programme` (the participants' join link) and `mentor` (the mentors') are read once and
# leave the address; the participant's programme stays as `pg`; the coordinator link's `pkey` and a mentor's private
# link's `mtoken` are read once and never written back.
URL_PROGRAMME, URL_JOIN_PROGRAMME, URL_MENTOR, URL_MTOKEN = "pg", "programme", "mentor", "mtoken"
URL_COORDINATE, URL_MCODE, URL_PKEY = "coordinate", "mcode", "pkey"  # the coordinator link: both codes, the key
PROGRAMME_COOKIE = "mentorfinder_programme"  # the participant's programme token, kept by their browser only
COOKIE = "mentorfinder_workshop"  # the participant's id, kept by their browser only: never in a link they share
KEPT_BY_START_OVER = (
    PROJECTOR,
    LANGUAGE,
    WORKSHOP,
    FACILITATED,
    ROOM,
    GUARD,
    PROGRAMME,
    COORDINATED,
    MENTORING,
)  # GUARD: no reset of the guesses
BAD_LINK = _("The answers in this link could not be read, so the wizard starts afresh.")


def widget_key(questionnaire_id: str, question_id: str) -> str:
    """The widget key for a question: derived from ids only, so it is stable across reruns and sessions."""
    return f"{WIDGET_PREFIX}{questionnaire_id}:{question_id}"


def place_key(questionnaire_id: str, question_id: str, place: int) -> str:
    """The key of one place (1 = first choice) of a ranking question."""
    return f"{widget_key(questionnaire_id, question_id)}:{place}"


def scale_key(questionnaire_id: str, question_id: str) -> str:
    """The container around a scale's row of points (ui/frame.py keeps it one row on a phone)."""
    return f"scale-{questionnaire_id}-{question_id}"


def weight_key(group: str) -> str:
    """The key of one what-if slider."""
    return f"{WEIGHT_PREFIX}{group}"
