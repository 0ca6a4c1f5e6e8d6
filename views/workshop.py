"""The workshop page: a facilitator creates a workshop and runs the live projector view of the group."""

from ui.loaders import get_content
from ui.workshop_room import page

page(get_content())
