#!/usr/bin/env bash
# Run the app: sets up .venv on first use (pip), installs the Noto fonts for names in other scripts with apt-get
# when they are missing and this runs as root (MENTORFINDER_NO_APT=1 skips it; see ensure_fonts in _venv.sh),
# then starts Streamlit on http://localhost:8501
source "$(dirname "${BASH_SOURCE[0]}")/_venv.sh"
ensure_venv requirements.txt
ensure_fonts
exec .venv/bin/python -m streamlit run app.py "$@"
