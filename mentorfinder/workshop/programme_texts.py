"""The sentences the programme store's errors say to the coordinator, mentor or participant who met them."""

from __future__ import annotations

from datetime import datetime

from mentorfinder.i18n.dates import Moment
from mentorfinder.i18n.message import N_, Message, grouped

from .codes import shown_code
from .errors import BadInput, MentorFull, ProgrammeFull, WorkshopExpired, WorkshopNotFound, WrongKey, WrongMode


def not_a_code() -> WorkshopNotFound:
    """Typed text that cannot be a programme code."""
    return WorkshopNotFound(N_("A programme code has 8 letters and digits, like K7QX-M4RT. Check it and try again."))


def unknown_code(code: str, role: str | None) -> WorkshopNotFound:
    """A well-formed code no programme has for that role (never made, deleted, purged, or the other link's)."""
    if role == "mentor":
        words = N_(
            "There is no mentoring programme with the mentor code %(code)s. Check the mentor link you were sent."
        )
    elif role == "participant":
        words = N_(
            "There is no mentoring programme with the participant code %(code)s. Check the link your coordinator sent."
        )
    else:
        words = N_("There is no mentoring programme with the code %(code)s. It may have ended and been deleted.")
    return WorkshopNotFound(words, code=shown_code(code))


def not_a_participant(code: str) -> WorkshopNotFound:
    """A participant token this programme does not know."""
    return WorkshopNotFound(
        N_("You are not (or no longer) part of programme %(code)s. Join it again with its link."), code=shown_code(code)
    )


def not_a_mentor(code: str) -> WorkshopNotFound:
    """A mentor token this programme does not know."""
    return WorkshopNotFound(
        N_("You are not (or no longer) a mentor of programme %(code)s. Join it again with the mentor link."),
        code=shown_code(code),
    )


def unknown_mentor(mentor: str) -> WorkshopNotFound:
    """A mentor id the programme does not have."""
    return WorkshopNotFound(N_("This programme has no mentor with the id %(mentor)s."), mentor=mentor)


def wrong_key(code: str) -> WrongKey:
    """The coordinator key does not match."""
    return WrongKey(N_("That coordinator key does not belong to programme %(code)s."), code=shown_code(code))


def expired(code: str, ended: datetime) -> WorkshopExpired:
    """The programme's end has passed."""
    return WorkshopExpired(
        N_("Programme %(code)s ended on %(ended)s; its data are being deleted."),
        code=shown_code(code),
        ended=Moment(ended),
    )


def mentor_full() -> MentorFull:
    """Every place of the mentor's capacity is taken."""
    return MentorFull(N_("This mentor has no place left. Choose another mentor from your shortlist."))


def too_many(kind: str, most: int) -> ProgrammeFull:
    """The programme holds its most mentors or participants."""
    if kind == "mentors":
        return ProgrammeFull(
            N_("A programme holds at most %(most)s mentors, and this one is full."), most=grouped(most)
        )
    return ProgrammeFull(
        N_("A programme holds at most %(most)s participants, and this one is full."), most=grouped(most)
    )


def wrong_mode(mode: str) -> WrongMode:
    """A request where the coordinator pairs, or a saved pairing where participants request."""
    if mode == "coordinator":
        return WrongMode(N_("In this programme the coordinator pairs people: mentors are not requested."))
    return WrongMode(N_("In this programme participants request their mentors: the coordinator does not pair them."))


def bad(words: str, **values: object) -> BadInput:
    """A value the store cannot take; `words` is one of the templates below (each marked for the catalogue)."""
    return BadInput(words, **values)


def bad_text(field: str, problem: Message) -> BadInput:
    """A name, contact or title that the one check of outside text refuses."""
    templates = {
        "title": N_("The programme title %(problem)s."),
        "name": N_("The mentor's name %(problem)s."),
        "contact": N_("The mentor's contact details %(problem)s."),
    }
    return BadInput(templates[field], problem=problem)


BAD_TITLE = N_("A programme needs a title of 1 to %(most)s characters.")
BAD_DAYS = N_("A programme lasts 1 to %(most)s days.")
BAD_MODE = N_("Choose how people are matched: the coordinator pairs them, or participants request a mentor.")
BAD_FLOOR = N_("The pairing floor is a whole percent from 0 to 100.")
BAD_NAME = N_("A mentor's name has 1 to %(most)s characters.")
BAD_CONTACT = N_("A mentor's contact details (an e-mail address or a phone number) have 1 to %(most)s characters.")
BAD_CAPACITY = N_("A mentor takes 1 to %(most)s mentees.")
BAD_SHOW_NAME = N_("Say whether participants may see the mentor's name (yes or no).")
BAD_OPT_IN = N_("Say whether you want to be paired with a mentor (yes or no).")
BAD_MENTOR_ID = N_("A mentor id has 1 to 64 letters, digits, dots, dashes or underscores.")
IN_LIST = N_("Mentor %(number)s of the list (id %(mentor)s): %(problem)s")
TWICE_MENTOR = N_("The mentor id %(mentor)s appears more than once in the list.")
BELOW_TAKEN = N_("Mentor %(mentor)s already has %(taken)s mentees; their capacity cannot go below that.")
BAD_ANSWERS = N_("The answers must be question ids, each with its answer.")
BIG_ANSWERS = N_("The answers are too long to keep: at most %(most)s characters.")
UNKNOWN_REF = N_("The pairing names %(participant)s, who is not a participant of this programme.")
TWICE_REF = N_("The pairing names %(participant)s more than once.")
NOT_OPTED_IN = N_("%(participant)s has not asked to be paired, so the pairing cannot include them.")
OVER_CAPACITY = N_("The pairing gives mentor %(mentor)s %(count)s mentees, more than their %(capacity)s places.")
BELOW_FLOOR = N_(
    "The pair %(participant)s and %(mentor)s is at %(percent)s%%, below the programme's floor of %(floor)s%%."
)
BAD_PERCENT = N_("The pairing's percent for %(participant)s is not a number from 0 to 100.")
NO_REASON = N_("%(participant)s is left unpaired, so the pairing needs the reason why.")
BAD_REASON = N_("The reason for %(participant)s is not a reason code (up to %(most)s lower-case letters, digits, _).")
