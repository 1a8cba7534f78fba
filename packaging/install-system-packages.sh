#!/bin/sh
# Install the Debian packages listed in system-packages.txt that are missing (as root,
# with apt-get); otherwise print the ones missing and carry on: the tests that need them
# are skipped, saying so.
set -u
list="$(dirname "$0")/system-packages.txt"
missing=""
for pkg in $(sed -e 's/#.*//' "$list"); do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing system packages:$missing"
    if apt-get update -qq >/dev/null 2>&1 &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null 2>&1; then
        exit 0
    fi
    echo "could not install:$missing (the tests that need them will be skipped)"
else
    echo "missing system packages:$missing (as root: apt-get install$missing; the tests that need them are skipped)"
fi
exit 0
