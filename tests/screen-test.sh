#!/bin/sh
# The real TUI on a real terminal: tmux runs ipcsim at 100x30 (on a private
# server), keys go in with send-keys, and the screen comes back with
# capture-pane.  Every wait has a deadline; none is a fixed sleep.
# shellcheck disable=SC2317  # functions called through check "$@"
set -u
IPCSIM=${IPCSIM:-./ipcsim}
command -v tmux >/dev/null 2>&1 || { echo "SKIP: tmux is not installed"; exit 77; }

tmp=$(mktemp -d) || exit 1
sock="$tmp/tmux.sock"
fail=0
t() { tmux -S "$sock" "$@"; }
cleanup() { t kill-server 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT

# screen: the pane's text now.
screen() { t capture-pane -p -t ipcsim 2>/dev/null; }

# wait_for TEXT [SECONDS]: poll the screen until TEXT shows, or fail.
wait_for() {
	deadline=$(($(date +%s) + ${2:-10}))
	while [ "$(date +%s)" -le "$deadline" ]; do
		screen | grep -qF -- "$1" && return 0
		sleep 0.05
	done
	echo "FAIL: no '$1' on the screen within ${2:-10} s; the screen was:"
	screen | sed 's/^/    | /'
	return 1
}

# wait_count TEXT N: poll until TEXT shows on exactly N rows.
wait_count() {
	deadline=$(($(date +%s) + 10))
	while [ "$(date +%s)" -le "$deadline" ]; do
		[ "$(screen | grep -cF -- "$1")" -eq "$2" ] && return 0
		sleep 0.05
	done
	echo "FAIL: '$1' is not on $2 rows; the screen was:"
	screen | sed 's/^/    | /'
	return 1
}

# column_of TEXT: the column (0-based) where ASCII TEXT first starts; the
# box-drawing characters before it count one column each.
column_of() {
	screen | grep -F -- "$1" | head -n 1 | LC_ALL=C.UTF-8 sed 's/[^ -~]/#/g' |
	    awk -v t="$1" '{ print index($0, t) - 1 }'
}

# check NAME CONDITION...: report one assertion.
check() {
	name=$1
	shift
	if "$@"; then echo "ok $name"; else echo "FAIL $name"; fail=1; fi
}

# start ARGS: a fresh server running ipcsim ARGS at 100x30; the exit status lands in a file.
start() {
	t kill-server 2>/dev/null
	rm -f "$tmp/status"
	t -f /dev/null new-session -d -s ipcsim -x 100 -y 30 \
	    "env TERM=screen-256color LANG=C.UTF-8 $IPCSIM $*; echo \$? >$tmp/status; sleep 60"
	t set-option -t ipcsim status off >/dev/null
}

# wait_exit: wait for ipcsim to end and echo its status.
wait_exit() {
	deadline=$(($(date +%s) + 10))
	while [ ! -s "$tmp/status" ] && [ "$(date +%s)" -le "$deadline" ]; do
		sleep 0.05
	done
	cat "$tmp/status" 2>/dev/null
}

# pids_gone PID...: every pid has ended within 2 s.
pids_gone() {
	deadline=$(($(date +%s) + 2))
	while [ "$(date +%s)" -le "$deadline" ]; do
		alive=0
		for p in "$@"; do kill -0 "$p" 2>/dev/null && alive=1; done
		[ "$alive" -eq 0 ] && return 0
		sleep 0.05
	done
	return 1
}

# The seed: the button, Enter, each line in its own half, q, nothing left.
start
wait_for "Send 1, 2, 3" || exit 1
rpid=$(screen | sed -n 's/.*renderer (window 1) - pid \([0-9]*\).*/\1/p' | head -n 1)
mpid=$(screen | sed -n 's/.*main - pid \([0-9]*\).*/\1/p' | head -n 1)
check "renderer pid in the title is ipcsim: renderer" \
    test "$(ps -o args= -p "$rpid" 2>/dev/null)" = "ipcsim: renderer"
check "main pid in the title is ipcsim: main" \
    test "$(ps -o args= -p "$mpid" 2>/dev/null)" = "ipcsim: main"
t send-keys -t ipcsim Enter
wait_for "receive message from renderer process 1 2 3" || fail=1
wait_for "receive message from main process 6" || fail=1
check "main's line in the right half" \
    test "$(column_of 'receive message from renderer process 1 2 3')" -ge 50
check "renderer's line in the left half" \
    test "$(column_of 'receive message from main process 6')" -lt 50
check "the reply shows on the page" \
    test "$(column_of 'reply: 6')" -lt 50
t send-keys -t ipcsim Enter
wait_count "receive message from renderer process 1 2 3" 2 || fail=1
wait_count "receive message from main process 6" 2 || fail=1
t send-keys -t ipcsim q
check "q exits with status 0" test "$(wait_exit)" = 0
check "no ipcsim process is left" pids_gone "$rpid" "$mpid"

# A terminal too small says so, and a resize brings the layout back at once.
start
wait_for "Send 1, 2, 3" || exit 1
t resize-window -t ipcsim -x 40 -y 10
wait_for "ipcsim needs at least 60x12 (now 40x10)" || fail=1
t resize-window -t ipcsim -x 20 -y 6
wait_for "(now 20x6)" || fail=1
t resize-window -t ipcsim -x 100 -y 30
wait_for "Send 1, 2, 3" || fail=1
t send-keys -t ipcsim F10
check "F10 exits with status 0" test "$(wait_exit)" = 0

# The argument field: Shift-Tab to it, replace the text, Enter presses.
start
wait_for "Send 1, 2, 3" || exit 1
t send-keys -t ipcsim BTab C-u "1, '2', 3" Enter
wait_for "Send 1, '2', 3" || fail=1
wait_for "receive message from main process 123" || fail=1
# A q typed in the field is text, not quit.
t send-keys -t ipcsim C-u "q"
wait_for "Send q" || fail=1
t send-keys -t ipcsim Enter
wait_for "Uncaught ReferenceError: q is not defined" || fail=1
t send-keys -t ipcsim C-u "1, 2,," Enter
wait_for "Uncaught SyntaxError: Unexpected token ','" || fail=1
t send-keys -t ipcsim C-c
check "Ctrl-C exits with status 0" test "$(wait_exit)" = 0

# The selectors: invoke with the pattern selector, then the code view.
start
wait_for "Send 1, 2, 3" || exit 1
t send-keys -t ipcsim Tab Right Right
wait_for "pattern: < invoke >" || fail=1
t send-keys -t ipcsim BTab Enter
wait_count "receive message from main process 6" 1 || fail=1
t send-keys -t ipcsim F2
wait_for "ipcMain.handle('message-from-renderer'" || fail=1
wait_for "await ipcRenderer.invoke" || fail=1
t send-keys -t ipcsim F2 Tab Tab Right
wait_for "reply:   < event.sender.send >" || fail=1
t send-keys -t ipcsim q
check "q outside the field exits" test "$(wait_exit)" = 0

# Two windows: F3 opens one; webContents.send answers window 1.
start --reply webContents.send
wait_for "Send 1, 2, 3" || exit 1
t send-keys -t ipcsim F3
wait_for "renderer (window 2 of 2)" || fail=1
t send-keys -t ipcsim Enter
wait_for "[1] receive message from main process 6" || fail=1
t send-keys -t ipcsim q
check "two windows: q exits" test "$(wait_exit)" = 0

# A crash: main logs render-process-gone; F5 reloads in a new process.
start
wait_for "Send 1, 2, 3" || exit 1
rpid=$(screen | sed -n 's/.*renderer (window 1) - pid \([0-9]*\).*/\1/p' | head -n 1)
t send-keys -t ipcsim F7
# The line wraps in a 46-column pane: look for both of its rows.
wait_for "render-process-gone { reason: 'crashed', exitC" || fail=1
wait_for "ode: 11 }" || fail=1
wait_for "renderer (window 1) - gone" || fail=1
t send-keys -t ipcsim F5
wait_for "renderer (window 1) - pid" || fail=1
npid=$(screen | sed -n 's/.*renderer (window 1) - pid \([0-9]*\).*/\1/p' | head -n 1)
check "the reload has a new pid" test "$npid" != "$rpid"
t send-keys -t ipcsim Enter
wait_for "receive message from main process 6" || fail=1
t send-keys -t ipcsim q
check "after a reload: q exits" test "$(wait_exit)" = 0

exit $fail
