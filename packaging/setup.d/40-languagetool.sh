#!/usr/bin/env bash
# LanguageTool (Dutch only) for spelling and grammar: Java 17+, Maven, and the server jars
# copied from Maven Central into .cache/languagetool/lt-jars (see packaging/languagetool/pom.xml).
# Idempotent: a fast no-op when the jars for the pom's current contents are already there.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
pom="$root/packaging/languagetool/pom.xml"
cache="$root/.cache/languagetool"
jars="$cache/lt-jars"
stamp="$cache/pom.sha256"

sudo_cmd() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

java_major() {
    command -v java >/dev/null || { echo 0; return; }
    java -version 2>&1 | sed -n 's/.*version "\([0-9]*\)\(\.\([0-9]*\)\)\{0,1\}.*/\1 \3/p' | head -1 |
        awk '{ if ($1 == 1) print $2; else print $1 }'
}

pom_sum=$(sha256sum "$pom" | awk '{print $1}')
have_jars() {
    [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$pom_sum" ] &&
        ls "$jars"/languagetool-server-*.jar "$jars"/language-nl-*.jar "$jars"/dutch-pos-dict-*.jar >/dev/null 2>&1
}

apt_get() {
    if ! command -v apt-get >/dev/null; then
        echo "setup: please install $* by hand (no apt-get here)" >&2
        return 1
    fi
    sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive sudo_cmd apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

major=$(java_major)
if [ "${major:-0}" -lt 17 ]; then
    echo "setup: installing Java 17+ for LanguageTool (found: ${major:-none})"
    apt_get default-jre-headless
fi

if have_jars; then
    exit 0
fi

if ! command -v mvn >/dev/null; then
    echo "setup: installing Maven to fetch LanguageTool"
    apt_get maven
fi

echo "setup: fetching LanguageTool (Dutch) jars into .cache/languagetool/lt-jars"
mkdir -p "$cache"
tmp="$cache/lt-jars.tmp"
rm -rf "$tmp"
mvn -q -B -f "$pom" dependency:copy-dependencies -DoutputDirectory="$tmp"
rm -rf "$jars"
mv "$tmp" "$jars"
echo "$pom_sum" > "$stamp"
echo "setup: LanguageTool ready ($(ls "$jars" | wc -l) jars)"
