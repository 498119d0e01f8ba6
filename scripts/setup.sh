#!/usr/bin/env bash
# Sets up a fresh machine that has only Node 20 and npm: pnpm, the workspace's dependencies, and
# (when asked with --browser / --postgres / --test-tools) Debian's Chromium, PostgreSQL, and GNU PSPP
# plus LibreOffice Calc for the browser, storage and export tests. Idempotent: every step checks first, so running it again costs seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

want_browser=0
want_postgres=0
want_tools=0
for arg in "$@"; do
  case "$arg" in
    --browser) want_browser=1 ;;
    --postgres) want_postgres=1 ;;
    --test-tools) want_tools=1 ;;
  esac
done

PNPM_VERSION=10.34.9
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
  echo "setup: installing pnpm@$PNPM_VERSION with npm"
  npm install -g "pnpm@$PNPM_VERSION" --no-fund --no-audit >/dev/null 2>&1 || npm install -g "pnpm@$PNPM_VERSION" --no-fund --no-audit
fi

apt_packages=()
if [ "$want_browser" = 1 ] && [ ! -x "${CHROME_PATH:-/usr/bin/chromium}" ]; then apt_packages+=(chromium fonts-dejavu-core); fi
if [ "$want_postgres" = 1 ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then apt_packages+=(postgresql); fi
# GNU PSPP runs the codebook's SPSS syntax in @genbridge/scoring's tests.
if [ "$want_tools" = 1 ] && ! command -v pspp >/dev/null 2>&1; then apt_packages+=(pspp); fi
# The collector's export tests open CSV and XLSX files in LibreOffice headless.
if [ "$want_tools" = 1 ] && ! command -v soffice >/dev/null 2>&1; then apt_packages+=(libreoffice-calc-nogui); fi
if [ "${#apt_packages[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: apt-get install ${apt_packages[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends "${apt_packages[@]}" >/dev/null
  else
    echo "setup: please install ${apt_packages[*]} (needs root and apt-get); tests needing them will fail" >&2
  fi
fi

echo "setup: pnpm install"
if [ "${CI:-}" = "true" ]; then
  pnpm install --frozen-lockfile --reporter=append-only 2>&1 | grep -v '^Progress' | tail -n 5
else
  pnpm install --reporter=append-only 2>&1 | grep -v '^Progress' | tail -n 5
fi
