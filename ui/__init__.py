"""The Streamlit layer: state, cached loaders, widgets, page sections (the only non-page code importing streamlit)."""
