"""The facilitator's projector view: counts and, from 3 shared results, the group's picture, refreshed live."""

from __future__ import annotations

import html
from datetime import timedelta

import streamlit as st

from mentorfinder.content.load import Content
from mentorfinder.i18n.catalogue import _
from mentorfinder.i18n.words import translate
from mentorfinder.workshop import CHANGES_PER_SNAPSHOT, MIN_SHARED, SMALL_CELL, GroupView, WorkshopStore
from mentorfinder.workshop.records import EXPIRED, LOCKED

from . import frame, state
from .boundary import guarded_fragment
from .memo import remember
from .text import bullets, escape
from .workshop import FAILED, QR_PIXELS, attempt, join_link, qr_png, shown_code
from .workshop_charts import dimension_labels, dimension_poles, thirds_chart, top_kinds_chart

REFRESH = timedelta(seconds=3)  # the room sees a new share within this, without reloading the page
CHART = {"displayModeBar": False, "staticPlot": True}  # a projector is looked at, not clicked
SPREAD_WORDS = _(
    "Each bar counts the people in the low, middle and high third. The picture is made again once %(changes)s more "
    "people have shared, shared again or withdrawn (now: %(shared)s shared results). Where a count would be 1 to "
    "%(small)s people, that kind of mentor or that bar is not drawn."
)
NEXT_PICTURE = _(
    "%(shared)s people have shared. The group's picture appears once %(changes)s people have shared, shared again "
    "or withdrawn since it was last made."
)
NO_NETWORK = _("No network is shared by %(least)s or more people yet.")
WITHHELD_WORDS = _("Not drawn yet (a third with 1 to %(small)s people): %(names)s.")
# Our own constant CSS: the projector styles for this page whatever the toggle says, a big join code, large
# counts, and less space above the title so the whole view fits a 1280 x 720 projector.
ROOM_CSS = """
<style>
[data-testid="stHeader"] { height: 2.6rem !important; min-height: 0 !important; }
[data-testid="stMainBlockContainer"] { padding-top: 2.6rem !important; padding-bottom: 0.5rem !important; }
.ws-code { font-size: clamp(2.5rem, 6vw, 5.5rem); white-space: nowrap; font-weight: 700; letter-spacing: 0.08em;
  line-height: 1.1; margin: 0; color: #000; }
[data-testid="stMetricValue"] p { font-size: 2.6rem !important; font-weight: 700; line-height: 1.1; color: #000; }
[data-testid="stMetricLabel"] p { font-size: 1.2rem !important; color: #000 !important; }
.ws-wait { font-size: 1.6rem; font-weight: 600; padding: 1rem 0; color: #000; }
</style>
"""


def room_styles() -> None:
    """Projector styles on this page even with the toggle off (the sidebar's CSS adds them when it is on)."""
    st.html(("" if state.projector() else frame.PROJECTOR_CSS) + ROOM_CSS)


def big_code(code: str) -> None:
    """The join code, large enough to read from the back of a room."""
    st.html(f'<p class="ws-code">{html.escape(shown_code(code))}</p>')


def join_panel(code: str, pixels: int = QR_PIXELS) -> None:
    """What participants need: the code, the link and its QR code."""
    words, picture, spoken = *st.columns([3, 2], vertical_alignment="center"), state.language()
    with words:
        st.markdown(_("**Join on your phone:** scan the QR code, or open Mentor Finder and type the code", spoken))
        big_code(code)
        st.code(join_link(code), language=None, wrap_lines=True)  # the same address as the QR code
    link = join_link(code)
    png = remember("workshop_qr", lambda: qr_png(link, pixels), link=link, pixels=pixels)  # drawn every refresh
    alt = _("QR code of the join link %(link)s", spoken) % {"link": link}
    picture.image(png, caption=_("Scan to join", spoken), output_format="PNG", alt=alt)


@guarded_fragment(run_every=REFRESH)
def live_view(code: str, key: str, content: Content) -> None:
    """Everything the room sees, fetched again every few seconds without reloading the page."""
    view = attempt(WorkshopStore.group, code, key)
    if view is not FAILED:
        draw(view, content)


def draw(view: GroupView, content: Content) -> None:
    """Title, counts, and the breakdown or the words saying how many more must share."""
    info, spoken = view.info, state.language()
    # each count a fifth of the width: a sixth, with the sidebar open, cut 'Compartieron' to 'Comparti…'
    head, joined, finished, shared = st.columns([2, 1, 1, 1], vertical_alignment="bottom")
    if info.status == LOCKED:  # no invitation to join a room that is closed
        join_with = _("Joining is closed.", spoken)
    elif info.status == EXPIRED:
        join_with = _("This workshop has ended.", spoken)
    else:
        # a non-breaking hyphen: the code is read out whole, never broken over two lines in a narrow column
        code = shown_code(info.code).replace("-", "\u2011")
        join_with = _("Join with the code **%(code)s**", spoken) % {"code": code}
    head.markdown(f"### {escape(info.title)}\n{join_with}")
    joined.metric(_("Joined", spoken), view.joined)
    finished.metric(_("Finished", spoken), view.finished)
    shared.metric(_("Shared", spoken), view.shared)
    if view.breakdown is None:
        wait = _("Results appear when %(needed)s people have shared (%(shared)s so far).", spoken)
        if view.shared >= MIN_SHARED:  # enough shares now, but the picture waits for enough people's changes
            wait = _(NEXT_PICTURE, spoken)
        values = {"needed": MIN_SHARED, "shared": view.shared, "changes": CHANGES_PER_SNAPSHOT}
        st.html(f'<p class="ws-wait">{html.escape(wait % values)}</p>')
        if info.status == "open":
            join_panel(info.code, pixels=300)
        return
    breakdown, labels = view.breakdown, dimension_labels(content, spoken)
    names = {a.id: translate(a.name, spoken) for a in content.archetypes.archetypes}
    # the same breakdown (most refreshes: no one shared since) reuses its figures instead of building them again
    figures = remember(
        "workshop_charts",
        lambda: (
            top_kinds_chart(breakdown.top_archetypes, names, _("First choice (people)", spoken), language=spoken),
            thirds_chart(breakdown.needs, labels, _("The group's needs", spoken), spoken),
            thirds_chart(
                breakdown.spread, labels, _("Style and time", spoken), spoken, dimension_poles(content, spoken)
            ),
        ),
        breakdown=breakdown,
        language=spoken,
    )
    # Two charts side by side fill the first screen; style and time, each scale with what its ends mean under its
    # bar, takes the whole width under them (a third of a projector, a third less with the sidebar open, clipped
    # its words).
    for column, figure, key in zip(st.columns(2), figures[:2], ("kinds", "needs"), strict=True):
        column.plotly_chart(figure, theme=None, config=CHART, key=f"chart-ws-{key}")
    st.plotly_chart(figures[2], theme=None, config=CHART, key="chart-ws-spread")
    toggle, words = st.columns(2)
    small = SMALL_CELL - 1
    about = {"changes": CHANGES_PER_SNAPSHOT, "shared": breakdown.shared, "small": small}
    words.markdown(escape(_(SPREAD_WORDS, spoken) % about))
    if breakdown.withheld:
        held = ", ".join(labels.get(d, (d, ""))[0] for d in breakdown.withheld)
        words.markdown(escape(_(WITHHELD_WORDS, spoken) % {"small": small, "names": held}))
    if toggle.toggle(_("Show a typical network", spoken), key=state.TYPICAL):
        st.markdown(_("**A typical network in this room** (the most common one; no one's in particular)", spoken))
        if breakdown.typical_network:
            bullets([names.get(a, a) for a in breakdown.typical_network])
        else:
            st.markdown(escape(_(NO_NETWORK, spoken) % {"least": SMALL_CELL}))
