#!/usr/bin/env bash
# Idempotent machine set-up for `make setup`.
#   setup.sh apt   installs the Debian packages in apt-packages.txt that are missing
#   setup.sh post  runs every packaging/setup.d/*.sh step (each one is idempotent itself)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)

sudo_cmd() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_install() {
    local wanted missing=()
    wanted=$(grep -v '^\s*#' "$here/apt-packages.txt" | awk 'NF {print $1}')
    for p in $wanted; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    if ! command -v apt-get >/dev/null; then
        echo "setup: missing packages ${missing[*]} and no apt-get; install them by hand" >&2
        return 0
    fi
    echo "setup: installing ${missing[*]}"
    sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

case "${1:-}" in
    apt) apt_install ;;
    post)
        apt_install
        for step in "$here"/setup.d/*.sh; do
            [ -e "$step" ] || continue
            (cd "$root" && bash "$step")
        done
        ;;
    *) echo "usage: setup.sh apt|post" >&2; exit 2 ;;
esac
