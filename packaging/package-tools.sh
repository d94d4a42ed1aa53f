#!/usr/bin/env bash
# Machine tools that only `make package` needs (not `make test`, so `make setup` stays lean).
# Idempotent and a fast no-op when everything is there.
#  - a JDK with jlink, jdeps and jmods (the grammar set-up installs only a JRE)
#  - binutils: strip (PyInstaller strips the Linux binaries) and readelf (the spec prunes unused libraries)
#  - the shared libpython of the venv's interpreter (PyInstaller bundles it; Debian ships it separately)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
py="${PY:-$root/.venv/bin/python}"

sudo_cmd() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
have_jdk=0
for home in "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v jlink 2>/dev/null || echo /nonexistent)")")")"; do
    if [ -n "$home" ] && [ -x "$home/bin/jlink" ] && [ -x "$home/bin/jdeps" ] && [ -f "$home/jmods/java.base.jmod" ]; then
        have_jdk=1
    fi
done
[ "$have_jdk" = 1 ] || missing+=(default-jdk-headless)
command -v strip >/dev/null && command -v readelf >/dev/null || missing+=(binutils)

# Debian's python3 is linked statically; PyInstaller needs the shared libpython, packaged as libpython3.X.
if [ -x "$py" ]; then
    read -r soname libdir ver < <("$py" -c 'import sysconfig as s; print(s.get_config_var("INSTSONAME") or "-", s.get_config_var("LIBDIR") or "-", s.get_config_var("py_version_short"))')
    if [ ! -e "$libdir/$soname" ] && ! ldconfig -p 2>/dev/null | grep -q "libpython${ver}\.so\.1"; then
        missing+=("libpython${ver}")
    fi
fi

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
if ! command -v apt-get >/dev/null; then
    echo "package: please install ${missing[*]} by hand (no apt-get here)" >&2
    exit 1
fi
echo "package: installing ${missing[*]}"
sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
