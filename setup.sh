#!/bin/sh
# Install what ipcsim needs from Debian's packages (when missing), build it, and start it.
#   ./setup.sh            install, build, run ipcsim
#   ./setup.sh --no-run   install and build only (CI uses this)
set -eu
cd "$(dirname "$0")"

# Build tools and libraries, gettext and autopoint for the translations (po/),
# plus tmux, which the screen tests drive ipcsim with, procps (ps), with which
# they find the processes, and jq, with which the trace test reads --trace's
# JSON.
packages="build-essential autoconf automake autopoint gettext pkg-config libncurses-dev libbsd-dev check tmux procps jq"

missing=
for p in $packages; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
	    missing="$missing $p"
done
if [ -n "$missing" ]; then
	echo "setup.sh: installing:$missing"
	sudo=
	[ "$(id -u)" -eq 0 ] || sudo=sudo
	$sudo apt-get update -qq
	# shellcheck disable=SC2086
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing
fi

# autoreconf also runs autopoint, which adds gettext's files to po/ and m4/.
[ -x configure ] || autoreconf -fi
# shellcheck disable=SC2086
[ -f Makefile ] || ./configure ${CONFIGURE_FLAGS:-}
make -j"$(nproc)"

[ "${1:-}" = "--no-run" ] && exit 0
exec ./ipcsim
