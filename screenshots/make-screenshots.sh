#!/bin/sh
# Regenerate every picture in screenshots/ from real runs of ipcsim in tmux
# at 100x30, captured with their colours and rendered to PNG.
#   screenshots/make-screenshots.sh [path/to/ipcsim]
# Needs: tmux, python3-pil, fonts-dejavu-core, fonts-noto-cjk (Debian).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
IPCSIM=$(cd "$(dirname "${1:-$here/../ipcsim}")" && pwd)/$(basename "${1:-ipcsim}")
for need in tmux /usr/bin/python3; do
	command -v "$need" >/dev/null || { echo "missing: $need (apt-get install tmux python3-pil)" >&2; exit 1; }
done
/usr/bin/python3 -c 'import PIL' 2>/dev/null ||
    { echo "missing: python3-pil (apt-get install python3-pil fonts-dejavu-core fonts-noto-cjk)" >&2; exit 1; }

tmp=$(mktemp -d)
n=0
sock="$tmp/sock0"
# cleanup: stop every tmux server this script started.
cleanup() {
	for server in "$tmp"/sock*; do
		tmux -S "$server" kill-server 2>/dev/null || true
	done
	rm -rf "$tmp"
}
trap cleanup EXIT

# wait_for TEXT: poll the screen until TEXT shows (10 s at most).
wait_for() {
	i=0
	until tmux -S "$sock" capture-pane -p -t shot | grep -qF -- "$1"; do
		i=$((i + 1))
		[ $i -lt 200 ] || { echo "timed out waiting for: $1" >&2; exit 1; }
		sleep 0.05
	done
}

# shoot NAME: capture the screen with its attributes and render NAME.png.
shoot() {
	tmux -S "$sock" capture-pane -e -p -t shot >"$tmp/$1.ansi"
	/usr/bin/python3 "$here/ansi2png.py" "$tmp/$1.ansi" "$here/$1.png"
	echo "wrote screenshots/$1.png"
}

# start 'ARGS': ipcsim with ARGS (one shell-quoted string) in a fresh 100x30
# session on a server of its own.
start() {
	tmux -S "$sock" kill-server 2>/dev/null || true
	n=$((n + 1))
	sock="$tmp/sock$n"
	tmux -S "$sock" -f /dev/null new-session -d -s shot -x 100 -y 30 \
	    "env TERM=screen-256color LANG=C.UTF-8 $IPCSIM ${1:-}"
	tmux -S "$sock" set-option -t shot status off >/dev/null
	wait_for "Send"
}

# The seed after one press of Enter.
start
tmux -S "$sock" send-keys -t shot Enter
wait_for "receive message from main process 6"
shoot ipcsim-after-enter

# invoke with a handler that throws, then the code view.
start "--pattern invoke --throw boom --args \"1, '2', [3]\""
tmux -S "$sock" send-keys -t shot Enter
wait_for "Uncaught (in promise)"
shoot ipcsim-invoke-throw
tmux -S "$sock" send-keys -t shot F2
wait_for "ipcMain.handle"
shoot ipcsim-code-view
