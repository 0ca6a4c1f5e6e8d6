"""Mentor Finder's pure core: questionnaires, scoring, matching and reports. Never imports streamlit."""
