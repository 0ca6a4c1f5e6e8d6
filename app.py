"""Mentor Finder: the frame around every page (page config, sidebar, navigation, projector styles)."""

from ui import boundary, frame

frame.page_config()
# One error boundary for every page: an unexpected exception shows an apology, never a traceback.
# The frame's body is a function of ui/frame.py, not of this script: a function defined here would hold this
# run's namespace in a reference cycle, left for a full garbage collection that no longer runs after each run.
boundary.guarded(frame.frame_and_page)
