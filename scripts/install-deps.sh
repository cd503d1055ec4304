#!/bin/sh
# Installs the Debian packages sqlite-gwr needs to build and test, and nothing else.
# Does nothing when everything is there; as a non-root user it prints the command to run.
#
#   scripts/install-deps.sh          # build + test dependencies
#   scripts/install-deps.sh --all    # also what CI adds: clang, its sanitizer runtimes, valgrind,
#                                    # g++ (node-gyp builds better-sqlite3 for the Node client test)
set -eu

packages="cmake make gcc pkg-config libsqlite3-dev sqlite3 libpcre2-dev libicu-dev python3"
if [ "${1:-}" = "--all" ]; then
  packages="$packages clang libclang-rt-14-dev valgrind g++"
fi

missing=""
for p in $packages; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "sqlite-gwr needs these Debian packages:$missing" >&2
  echo "Install them with:  sudo apt-get install -y$missing" >&2
  exit 1
fi
echo "installing:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
# shellcheck disable=SC2086
apt-get install -y -q --no-install-recommends $missing
