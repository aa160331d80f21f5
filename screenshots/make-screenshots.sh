#!/bin/sh
# Regenerate every picture in screenshots/ from real runs of ipcsim: each run
# is in tmux at 100x30 on a private server, keys go in with send-keys, the
# screen comes back with its colours and attributes (capture-pane -e) and
# ansi2png.py renders it. Every wait polls the screen against a deadline.
#
#   screenshots/make-screenshots.sh [path/to/ipcsim]   (default: ./ipcsim
#   next to screenshots/, as `autoreconf -fi && ./configure && make` builds it)
#
# Needs the Debian packages tmux, python3-pil, fonts-dejavu-core and
# fonts-noto-cjk.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-$here/../ipcsim}
if [ ! -f "$bin" ] || [ ! -x "$bin" ]; then
	echo "make-screenshots: no ipcsim at $bin; build it first" \
	    "(autoreconf -fi && ./configure && make) or give its path" >&2
	exit 1
fi
IPCSIM=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")

# What is missing, as the Debian packages that bring it.
missing=
command -v tmux >/dev/null 2>&1 || missing="$missing tmux"
# The first python3 that has PIL (a pyenv or venv python3 on PATH may not).
python=
for p in /usr/bin/python3 "$(command -v python3 || true)"; do
	if [ -n "$p" ] && "$p" -c 'import PIL' >/dev/null 2>&1; then
		python=$p
		break
	fi
done
[ -n "$python" ] || missing="$missing python3-pil"
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf ] ||
    missing="$missing fonts-dejavu-core"
[ -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] ||
    missing="$missing fonts-noto-cjk"
if [ -n "$missing" ]; then
	echo "make-screenshots: missing tools; install them with:" >&2
	echo "    apt-get install$missing" >&2
	exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/ipcsim-shots.XXXXXX")
sock="$tmp/tmux.sock"
t() { tmux -S "$sock" "$@"; }
# Stop the private tmux server (and the ipcsim in it) however the script ends:
# an EXIT trap alone does not run when sh is killed by a signal.
cleanup() {
	t kill-server >/dev/null 2>&1 || true
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

screen() { t capture-pane -p -t shot 2>/dev/null; }

# wait_for TEXT [SECONDS]: poll the screen until TEXT shows, or stop with
# the screen as it was.
wait_for() {
	deadline=$(($(date +%s) + ${2:-10}))
	until screen | grep -qF -- "$1"; do
		if [ "$(date +%s)" -gt "$deadline" ]; then
			echo "make-screenshots: '$1' did not show within ${2:-10} s;" \
			    "the screen was:" >&2
			screen | sed 's/^/    | /' >&2
			exit 1
		fi
		sleep 0.05
	done
}

# start [ARGS]: ipcsim ARGS (one string, shell-quoted as on a command line)
# alone in a fresh 100x30 session, with $shot_env in its environment, until
# $ready (the button's "Send") shows; its exit status lands in $tmp/status.
start() {
	t kill-server >/dev/null 2>&1 || true
	rm -f "$tmp/status"
	t -f /dev/null set-option -g default-terminal screen-256color \; \
	    new-session -d -s shot -x 100 -y 30 \
	    "TERM=screen-256color LANG=C.UTF-8 ${shot_env:-} '$IPCSIM' ${1:-}; echo \"EXIT=\$?\" >'$tmp/status'; sleep 60"
	t set-option -t shot status off >/dev/null
	wait_for "${ready:-Send}"
}

# quit KEY: press KEY and wait for ipcsim to exit with status 0.
quit() {
	t send-keys -t shot "$1"
	deadline=$(($(date +%s) + 10))
	until [ -s "$tmp/status" ]; do
		if [ "$(date +%s)" -gt "$deadline" ]; then
			echo "make-screenshots: ipcsim did not exit after $1" >&2
			exit 1
		fi
		sleep 0.05
	done
	status=$(cat "$tmp/status")
	[ "$status" = EXIT=0 ] ||
	    { echo "make-screenshots: ipcsim ended with $status after $1" >&2; exit 1; }
}

# shoot NAME: capture the screen with its attributes and render NAME.png.
shoot() {
	t capture-pane -e -p -t shot >"$tmp/$1.ansi"
	"$python" "$here/ansi2png.py" --cols 100 --rows 30 "$tmp/$1.ansi" "$here/$1.png"
	echo "wrote screenshots/$1.png"
}

# The seed after one press of Enter: main's line on the right, the reply on
# the left.
start
t send-keys -t shot Enter
wait_for "receive message from renderer process 1 2 3"
wait_for "receive message from main process 6"
wait_for "reply: 6"
shoot ipcsim-after-enter
quit q

# invoke with a handler that throws, then the code view.
start "--scenario invoke --throw boom --args \"1, '2', [3]\""
t send-keys -t shot Enter
wait_for "Uncaught (in promise)"
shoot ipcsim-invoke-throw
t send-keys -t shot F2
wait_for "ipcMain.handle"
shoot ipcsim-code-view
quit q

# The inspector (F12) after an invoke, with the detail of its result open
# (Enter on the newest frame).
start "--scenario invoke"
t send-keys -t shot Enter
wait_for "receive message from main process 6"
t send-keys -t shot F12
wait_for "Arguments"
t send-keys -t shot x Enter
wait_for "(l goes there)"
shoot ipcsim-inspector
t send-keys -t shot Escape Escape
quit q

# Step mode (t): one press walked hop by hop.  After one g the send has
# arrived and main's reply is held, drawn pending from main; then the code
# view (F2), with the line of main.js the next frame comes from (its
# console.log) highlighted.
start
t send-keys -t shot t
wait_for "step: nothing held"
t send-keys -t shot Enter
wait_for "send, 1 held"
t send-keys -t shot g
wait_for "[held] event.reply"
shoot ipcsim-step-held
t send-keys -t shot F2
wait_for "main.js"
shoot ipcsim-step-code
quit q

# The help overlay (F1), over the seed after a press.
start
t send-keys -t shot Enter
wait_for "receive message from main process 6"
t send-keys -t shot F1
wait_for "ipcsim keys"
shoot ipcsim-help
t send-keys -t shot Escape
quit q

# The scenario list (l) with the cursor on the preload scenario: its line
# and what it concerns (at 30 rows the list leaves no room for its code).
start
t send-keys -t shot l
wait_for " scenarios "
t send-keys -t shot Down Down Down Down Down
wait_for "concerns: the tutorial's way"
shoot ipcsim-scenarios
t send-keys -t shot Escape
quit q

# Two windows: a burst in window 1, a press in window 2, then window 1
# again with its timeline scrolled back a wheel's notch: the rule says how
# far, main's lines name their window, window 1's console shows its own.
start "--windows 2"
t send-keys -t shot F6
wait_for "burst: 10000 presses in " 60
t send-keys -t shot F4 Enter
wait_for "receive message from main process 6"
t send-keys -t shot F4
wait_for "renderer (window 1, 2 open)"
# The wheel, as a terminal reports it (xterm's mode 1000: button 64 at 60,10).
printf '\033[M`]+' >"$tmp/wheel"
t load-buffer -b wheel "$tmp/wheel"
t paste-buffer -b wheel -t shot
wait_for "lines back, End follows"
shoot ipcsim-scrolled
quit q

# Two windows through a port: a press in window 1 goes to window 2's page
# on the port main gave them, drawn in the pages' column; window 2 shown.
start "--scenario port-windows"
t send-keys -t shot Enter
wait_for "W1→W2"
t send-keys -t shot F4
wait_for "receive message from the other window"
shoot ipcsim-port-windows
quit q

# The seed in Chinese after one press (LANGUAGE=zh_CN, the catalog make
# built from po/zh_CN.po): ipcsim's own texts translated, the processes'
# lines as they print them.
mkdir -p "$tmp/locale/zh_CN/LC_MESSAGES"
if [ -f "$here/../po/zh_CN.gmo" ]; then
	cp "$here/../po/zh_CN.gmo" "$tmp/locale/zh_CN/LC_MESSAGES/ipcsim.mo"
else
	msgfmt -o "$tmp/locale/zh_CN/LC_MESSAGES/ipcsim.mo" "$here/../po/zh_CN.po"
fi
shot_env="LANGUAGE=zh_CN IPCSIM_LOCALEDIR='$tmp/locale'"
ready="发送 1, 2, 3"
start
t send-keys -t shot Enter
wait_for "receive message from main process 6"
wait_for "回复：6"
shoot ipcsim-zh-CN
quit q
