#!/usr/bin/env bash
# Idempotent machine set-up: `make setup-app` (what the app needs) and `make setup` (also the tests' tools).
#   setup.sh apt [test]   installs the missing Debian packages of apt-packages.txt (with test: also
#                         apt-test-packages.txt)
#   setup.sh post [test]  runs the packaging/setup.d/*.sh steps the app needs; with test also the steps
#                         marked "# setup: test" (each step is idempotent itself)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)

sudo_cmd() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_install() {
    local wanted missing=() lists=("$here/apt-packages.txt")
    [ "${1:-}" = test ] && lists+=("$here/apt-test-packages.txt")
    wanted=$(cat "${lists[@]}" | grep -v '^\s*#' | awk 'NF {print $1}')
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
    apt) apt_install "${2:-}" ;;
    post)
        apt_install "${2:-}"
        for step in "$here"/setup.d/*.sh; do
            [ -e "$step" ] || continue
            if grep -q '^# setup: test' "$step" && [ "${2:-}" != test ]; then
                continue  # a test or verification tool: `make test` installs it, `make run` does not
            fi
            (cd "$root" && bash "$step")
        done
        ;;
    *) echo "usage: setup.sh apt|post [test]" >&2; exit 2 ;;
esac
