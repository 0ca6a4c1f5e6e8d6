"""The mentoring programme page: a coordinator creates and runs one; a mentor's link opens the mentor questionnaire."""

from ui import state_programme
from ui.loaders import get_content
from ui.programme_coordinator import page
from ui.programme_mentor import page as mentor_page

content = get_content()
if mentor := state_programme.mentoring():
    mentor_page(content, *mentor)
else:
    page(content)
