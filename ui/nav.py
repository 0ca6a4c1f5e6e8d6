"""Every page of the app, declared once: file, title, icon and address. ui/frame.py lists them for st.navigation; nav.go switches to one."""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from mentorfinder.i18n.catalogue import _

from . import state, state_page

# Streamlit's browser side adds a history entry (pushState) for every change of the address, and the address
# changes with every answer: Back then stayed on the same step. Our own constant script turns a write that keeps
# the page and the wizard step into a replaceState, so the history holds one entry per page and per step.
ONE_ENTRY_PER_STEP = """<script>
(() => {
  if (window.__oneEntryPerStep) return;
  window.__oneEntryPerStep = true;
  const push = window.history.pushState.bind(window.history);
  const step = url => url.searchParams.get("step") || "0";
  window.history.pushState = (data, unused, url) => {
    const next = new URL(url, window.location.href), now = new URL(window.location.href);
    if (next.pathname === now.pathname && step(next) === step(now)) {
      return window.history.replaceState(data, unused, url);
    }
    return push(data, unused, url);
  };
})();
</script>"""


# After Next or Back, focus moves to the new step's heading (a screen reader reads it; one Tab reaches the first
# question) instead of dropping to the page's body. The element is drawn again, and so runs, only when its
# text changes: once per step shown, never on an answer's rerun.
FOCUS_HEADING = """<script>
(() => {
  const heading = document.querySelector('[data-testid="stMain"] h2');
  if (!heading) return;
  heading.setAttribute("tabindex", "-1");
  heading.focus();
})(/*%s*/);
</script>"""


@dataclass(frozen=True)
class Page:
    """One page: its script in views/, its title (English, marked) and icon in the navigation, and its address."""

    script: str
    title: str
    icon: str
    url_path: str
    default: bool = False

    def page(self, language: str = "en") -> st.Page:
        """The st.Page for this run, titled in `language` (st.Page needs a running script, so it is made on demand)."""
        title = _(self.title, language)
        return st.Page(self.script, title=title, icon=self.icon, url_path=self.url_path, default=self.default)


WELCOME = Page("views/welcome.py", _("Welcome"), ":material/waving_hand:", "welcome", default=True)
QUESTIONS = Page("views/questions.py", _("Questions"), ":material/checklist:", "questions")
PROFILE = Page("views/profile.py", _("Your profile"), ":material/person:", "profile")
MATCHES = Page("views/matches.py", _("Your matches"), ":material/diversity_3:", "matches")
NEXT_STEPS = Page("views/next_steps.py", _("Next steps"), ":material/flag:", "next-steps")
PRIVACY = Page("views/privacy.py", _("Privacy"), ":material/lock:", "privacy")
WORKSHOP = Page("views/workshop.py", _("Workshop"), ":material/groups:", "workshop")  # for a facilitator
ALL = (WELCOME, QUESTIONS, PROFILE, MATCHES, NEXT_STEPS, PRIVACY)
# for a coordinator, and a mentor's link
PROGRAMME = Page("views/programme.py", _("Mentoring programme"), ":material/handshake:", "programme")
ALL += (WORKSHOP, PROGRAMME)


def pages(content) -> tuple[Page, ...]:
    """The pages this content has: without archetypes (another instrument) there are no matches or next steps."""
    # a workshop's picture is of kinds of mentor, so it needs archetypes too
    return ALL if content.matches else tuple(p for p in ALL if p not in (MATCHES, NEXT_STEPS, WORKSHOP, PROGRAMME))


def go(page: Page) -> None:
    """Switch to a page (ends this run), the one way a button moves: the new page's address carries the
    answers, step, language, projector mode, weights and workshop at once (st.switch_page clears the address,
    and the settings themselves are kept by ui/state.py, not by their widgets)."""
    state.keep_settings()
    st.switch_page(page.page(state.language()), query_params={k: v for k, v in state.address().items() if v})


def history_ui(styles: str = "") -> None:
    """One browser history entry per page and per wizard step (drawn by the frame on every page). `styles`: our own
    constant CSS and scripts, sent in the same element (one element fewer per rerun)."""
    st.html(styles + ONE_ENTRY_PER_STEP, unsafe_allow_javascript=True)


def focus_heading(where: str, more: str = "") -> None:
    """Move focus to the page's first section heading once for `where` (a step), not on every rerun. `more`: another
    constant script of our own for the end of the page, sent in the same element (one element fewer per rerun)."""
    st.html(FOCUS_HEADING % where + more, unsafe_allow_javascript=True)


def link(page: Page, label: str, icon: str | None = None) -> None:
    """A link to a page (the st.Page the frame made for this session when there is one: making one resolves and
    stats its file, as dear as the link itself)."""
    made = state_page.pages().get((page.script, state.language())) or page.page()
    st.page_link(made, label=label, icon=icon or page.icon)
