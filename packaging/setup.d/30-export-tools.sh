#!/usr/bin/env bash
# setup: test
# Tools that verify the DOCX/HTML/PDF export (issue 7). Idempotent and a fast no-op when done.
#  - Debian: LibreOffice (headless DOCX -> PDF), poppler (pdftotext/pdfinfo/pdftoppm), Chromium,
#    Carlito/Caladea/Liberation fonts (metric-compatible with Calibri/Cambria/Arial), Java, node.
#  - npm, project-local in .cache/node: vnu-jar (W3C Nu HTML validator), axe-core, playwright-core
#    (drives Debian's Chromium; it never downloads a browser of its own). --ignore-scripts: vnu-jar's
#    postinstall would try to fetch a Java runtime; we use the system Java instead.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"

sudo_cmd() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
for p in libreoffice-writer-nogui poppler-utils fonts-crosextra-carlito fonts-crosextra-caladea fonts-liberation2 chromium; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
command -v java >/dev/null || missing+=(default-jre-headless)
if [ ${#missing[@]} -gt 0 ]; then
    if command -v apt-get >/dev/null; then
        echo "setup: installing ${missing[*]}"
        sudo_cmd apt-get update -qq
        DEBIAN_FRONTEND=noninteractive sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
        echo "setup: missing ${missing[*]} and no apt-get; install them by hand" >&2
    fi
fi

# npm packages pinned by packaging/node/package-lock.json; reinstall only when the lock changes.
prefix="$root/.cache/node"
stamp="$prefix/.lock.sha256"
want=$(sha256sum packaging/node/package-lock.json | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -f "$prefix/node_modules/vnu-jar/build/dist/vnu.jar" ]; then
    exit 0
fi
mkdir -p "$prefix"
cp packaging/node/package.json packaging/node/package-lock.json "$prefix/"
echo "setup: installing npm packages for export checks into .cache/node"
(cd "$prefix" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
echo "$want" > "$stamp"
