# Sourced by run.sh and test.sh: make .venv and install a requirements file when it changed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PYTHON=${PYTHON:-python3}
ensure_venv() {
  local requirements=$1
  if [ ! -x .venv/bin/python ]; then
    echo "creating .venv ..."
    "$PYTHON" -m venv .venv
  fi
  local stamp=".venv/.installed-$(basename "$requirements")"
  local wanted
  wanted=$(cat requirements*.txt | sha256sum | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
    echo "installing $requirements into .venv ..."
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -r "$requirements"
    echo "$wanted" > "$stamp"
  fi
}
# The PDF prints Arabic, Hebrew and CJK names with Debian's Noto fonts where they are, else with any installed
# font that covers the script, found through fontconfig (mentorfinder/report/fonts/choice.py). Installed when
# missing and we may (root, apt-get); with no font for a script such names are refused with the characters
# named, never printed as replacement marks.
ensure_fonts() {
  # Names in Arabic, Hebrew and Chinese, Japanese or Korean script print on the PDF with Debian's Noto fonts. When
  # they are missing and this runs as root where apt-get exists, they are installed with apt-get, said first;
  # MENTORFINDER_NO_APT=1 skips that. Without them such a name prints only if another installed font covers it.
  local missing=()
  [ -f /usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf ] || missing+=(fonts-noto-core)
  [ -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || missing+=(fonts-noto-cjk)
  [ ${#missing[@]} -gt 0 ] || return 0
  if [ -z "${MENTORFINDER_NO_APT:-}" ] && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "installing ${missing[*]} with apt-get (fonts for names in other scripts on the PDF;" \
      "MENTORFINDER_NO_APT=1 skips this) ..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "note: ${missing[*]} not installed: a name in Arabic, Hebrew, Chinese, Japanese or Korean script" \
      "prints on the PDF only if another installed font covers it (docs/report.md)" >&2
  fi
}
