"""The programme store's participants: joining with answers, requests within capacity, the saved pairing."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy import delete, insert, select, update

from . import codes, programme_checks, programme_rows, snapshot
from . import programme_texts as texts
from .programme_records import (
    COORDINATOR_PAIRS,
    MAX_PARTICIPANTS,
    PARTICIPANT_CODE,
    PARTICIPANTS_REQUEST,
    VIA_PAIRING,
    VIA_REQUEST,
    Mentor,
    MentorCard,
    MyMentor,
    NewParticipant,
    Pair,
    ParticipantRecord,
    participant_ref,
)
from .programme_rows import PG, PM, PP, PR, PX


class ProgrammePeople:
    """ProgrammeStore's calls for participants and the coordinator's pairing (mixed into ProgrammeStore)."""

    def add_participant(self, participant_code: str, answers: dict, opted_in: bool = True) -> NewParticipant:
        """A participant joins with their answers: a secret token (their browser keeps it) and a public ref."""
        kept = programme_checks.answers(answers)
        opted_in = programme_checks.yes_no(opted_in, texts.BAD_OPT_IN)
        token = codes.new_participant_id()
        with self._write() as conn:
            prog = programme_rows.programme(conn, participant_code, PARTICIPANT_CODE, lock="update")
            programme_rows.must_be_open(prog, self.now())
            if programme_rows.count(conn, PP, prog) >= MAX_PARTICIPANTS:
                raise texts.too_many("participants", MAX_PARTICIPANTS)
            number = prog.joined + 1  # under the programme's exclusive lock; never a ref given before, left or not
            conn.execute(update(PG).where(PG.c.id == prog.id).values(joined=number))
            joined = snapshot.hour(self.now())  # to the hour, like a workshop's times
            row = {"programme_id": prog.id, "number": number, "token_hash": codes.key_hash(token)}
            conn.execute(insert(PP).values(**row, joined_at=joined, answers=kept, opted_in=opted_in))
        return NewParticipant(token, participant_ref(number))

    def update_participant(self, participant_code: str, token: str, answers: dict, opted_in: bool) -> None:
        """Replace the participant's answers and opt-in (their request and pair, if any, stay)."""
        kept = programme_checks.answers(answers)
        opted_in = programme_checks.yes_no(opted_in, texts.BAD_OPT_IN)
        with self._write() as conn:
            prog = programme_rows.programme(conn, participant_code, PARTICIPANT_CODE, lock="share")
            programme_rows.must_be_open(prog, self.now())
            me = programme_rows.participant(conn, prog, token, lock=True)
            conn.execute(update(PP).where(PP.c.id == me.id).values(answers=kept, opted_in=opted_in))

    def own_participant(self, participant_code: str, token: str) -> ParticipantRecord:
        """What the participant gave (their answers, opt-in and request), by their token."""
        with self._read() as conn:
            prog = programme_rows.programme(conn, participant_code, PARTICIPANT_CODE)
            me = programme_rows.participant(conn, prog, token)
            return self._records(conn, prog, PP.c.id == me.id)[0]

    def leave(self, participant_code: str, token: str) -> None:
        """The participant leaves: their row, request and pair are deleted now (allowed after expiry: it is theirs)."""
        with self._write() as conn:
            prog = programme_rows.programme(conn, participant_code, PARTICIPANT_CODE, lock="share")
            me = programme_rows.participant(conn, prog, token, lock=True)
            for table in (PX, PR):
                conn.execute(delete(table).where(table.c.participant_row == me.id))
            conn.execute(delete(PP).where(PP.c.id == me.id))

    def participants(self, code: str, key: str) -> list[ParticipantRecord]:
        """Every participant with their answers, opt-in and request, for the coordinator only, by ref."""
        with self._read() as conn:
            prog = programme_rows.coordinated(conn, code, key)
            return self._records(conn, prog, PP.c.programme_id == prog.id)

    def request_mentor(self, participant_code: str, token: str, mentor_id: str) -> Mentor:
        """Participant-led: take one of the mentor's places, atomically (MentorFull when none is left, also when
        two ask for the last place at once). A request already made is replaced, or kept if this one fails.
        The mentor, with contact: this participant is now accepted by them."""
        with self._write() as conn:
            prog = programme_rows.programme(conn, participant_code, PARTICIPANT_CODE, lock="share")
            programme_rows.must_be_open(prog, self.now())
            if prog.mode != PARTICIPANTS_REQUEST:
                raise texts.wrong_mode(prog.mode)
            me = programme_rows.participant(conn, prog, token, lock=True)
            # the mentor's row locked before counting: two requests for one mentor count one after the other
            mentor = programme_rows.mentor_by_id(conn, prog, mentor_id, lock=True)
            conn.execute(delete(PR).where(PR.c.participant_row == me.id))  # rolled back if this request fails
            if programme_rows.taken(conn, prog, mentor.id).get(mentor.id, 0) >= mentor.capacity:
                raise texts.mentor_full()
            row = {"participant_row": me.id, "mentor_row": mentor.id, "programme_id": prog.id}
            conn.execute(insert(PR).values(**row, requested_at=snapshot.hour(self.now())))
            return programme_rows.as_mentor(mentor)

    def cancel_request(self, participant_code: str, token: str) -> None:
        """The participant withdraws their request: the mentor's place is free again (nothing to cancel: no change)."""
        with self._write() as conn:
            prog = programme_rows.programme(conn, participant_code, PARTICIPANT_CODE, lock="share")
            me = programme_rows.participant(conn, prog, token, lock=True)
            conn.execute(delete(PR).where(PR.c.participant_row == me.id))

    def save_pairing(self, code: str, key: str, pairs: Sequence[Pair]) -> None:
        """The coordinator's pairing replaces the one saved before, all or nothing: opted-in participants (by ref)
        once each, mentors within capacity, no pair below the floor, a reason code for each person unpaired."""
        pairs = list(pairs)
        with self._write() as conn:
            prog = programme_rows.coordinated(conn, code, key, lock="update")
            programme_rows.must_be_open(prog, self.now())
            if prog.mode != COORDINATOR_PAIRS:
                raise texts.wrong_mode(prog.mode)
            people = conn.execute(select(PP.c.id, PP.c.number, PP.c.opted_in).where(PP.c.programme_id == prog.id))
            rows = {participant_ref(r.number): r for r in people}
            mentors = {r.mentor_id: r for r in conn.execute(select(PM).where(PM.c.programme_id == prog.id))}
            opted_in = {ref: bool(r.opted_in) for ref, r in rows.items()}
            capacity = {mentor_id: r.capacity for mentor_id, r in mentors.items()}
            programme_checks.pairing(pairs, opted_in, capacity, prog.floor)
            conn.execute(delete(PX).where(PX.c.programme_id == prog.id))
            values = [
                {
                    "participant_row": rows[p.participant].id,
                    "mentor_row": None if p.mentor is None else mentors[p.mentor].id,
                    "programme_id": prog.id,
                    "percent": None if p.percent is None else float(p.percent),
                    "reason": p.reason if p.mentor is None else None,
                }
                for p in pairs
            ]
            if values:
                conn.execute(insert(PX), values)

    def pairing(self, code: str, key: str) -> list[Pair]:
        """The saved pairing for the coordinator, by participant ref (empty before one is saved)."""
        with self._read() as conn:
            prog = programme_rows.coordinated(conn, code, key)
            query = (
                select(PP.c.number, PM.c.mentor_id, PX.c.percent, PX.c.reason)
                .select_from(PX.join(PP, PP.c.id == PX.c.participant_row).outerjoin(PM, PM.c.id == PX.c.mentor_row))
                .where(PX.c.programme_id == prog.id)
                .order_by(PP.c.number)
            )
            return [Pair(participant_ref(r.number), r.mentor_id, r.percent, r.reason) for r in conn.execute(query)]

    def my_mentor(self, participant_code: str, token: str) -> MyMentor | None:
        """The participant's own match: the mentor (with contact) they are paired with or accepted by, or the
        reason they are unpaired; None while there is neither a saved pair nor a request."""
        with self._read() as conn:
            prog = programme_rows.programme(conn, participant_code, PARTICIPANT_CODE)
            me = programme_rows.participant(conn, prog, token)
            if prog.mode == PARTICIPANTS_REQUEST:
                query = select(PM).join(PR, PR.c.mentor_row == PM.c.id).where(PR.c.participant_row == me.id)
                mentor = conn.execute(query).one_or_none()
                return None if mentor is None else MyMentor(programme_rows.as_mentor(mentor), None, None, VIA_REQUEST)
            pair = conn.execute(select(PX).where(PX.c.participant_row == me.id)).one_or_none()
            if pair is None:
                return None
            mentor = None
            if pair.mentor_row is not None:
                mentor = programme_rows.as_mentor(conn.execute(select(PM).where(PM.c.id == pair.mentor_row)).one())
            return MyMentor(mentor, pair.percent, pair.reason, VIA_PAIRING)

    def featured_for(
        self,
        participant_code: str,
        token: str,
        spread: Callable[[dict[str, dict], list[MentorCard]], dict[str, str | None]],
    ) -> str | None:
        """The mentor to feature first on this participant's shortlist, or None.

        `spread` (the core's featured spread) is handed every participant's answers by ref and the roster as
        participants see it, inside the store; only this participant's featured mentor id comes out, so no page
        holds another participant's answers."""
        me = self.own_participant(participant_code, token)
        with self._read() as conn:
            prog = programme_rows.programme(conn, participant_code, PARTICIPANT_CODE)
            rows = conn.execute(select(PP.c.number, PP.c.answers).where(PP.c.programme_id == prog.id))
            people = {participant_ref(r.number): r.answers for r in rows}
        return spread(people, self.roster(participant_code)).get(me.ref)

    def _records(self, conn, prog, where) -> list[ParticipantRecord]:
        query = (
            select(PP, PM.c.mentor_id.label("requested"))
            .select_from(PP.outerjoin(PR, PR.c.participant_row == PP.c.id).outerjoin(PM, PM.c.id == PR.c.mentor_row))
            .where(where)
            .order_by(PP.c.number)
        )
        return [
            ParticipantRecord(participant_ref(r.number), dict(r.answers), bool(r.opted_in), r.joined_at, r.requested)
            for r in conn.execute(query)
        ]
