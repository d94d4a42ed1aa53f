#!/usr/bin/env bash
# Build the Qt translations (.qm) from the Linguist sources (.ts). Idempotent: a .qm newer than
# its .ts is left alone. .qm files are build output (gitignored).
set -euo pipefail
lrelease=.venv/bin/pyside6-lrelease
if [ ! -x "$lrelease" ]; then
    echo "translations: $lrelease not found (PySide6-Essentials ships it); skipping" >&2
    exit 0
fi
for ts in resources/translations/*.ts; do
    [ -e "$ts" ] || continue
    qm="${ts%.ts}.qm"
    if [ ! -e "$qm" ] || [ "$ts" -nt "$qm" ]; then
        "$lrelease" -silent "$ts" -qm "$qm"
    fi
done
