#!/usr/bin/env bash
# Installs what the end-to-end tests need from Debian's packages, when missing:
# Chromium and its driver (Selenium), poppler-utils (pdfsig, pdftotext).
set -euo pipefail
need=()
command -v chromedriver >/dev/null 2>&1 || need+=(chromium chromium-driver)
[ -x /usr/lib/chromium/chromium ] || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
echo "Installing test tools: ${need[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}"
