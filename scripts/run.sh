#!/usr/bin/env bash
# Run the app: sets up .venv on first use, then starts Streamlit on http://localhost:8501
source "$(dirname "${BASH_SOURCE[0]}")/_venv.sh"
ensure_venv requirements.txt
ensure_fonts
exec .venv/bin/python -m streamlit run app.py "$@"
