#!/bin/sh
# The sequence view on the real TUI in tmux: each message between the
# processes is an arrow between the logs, for every pattern, with the press,
# the time since its click and the window in a gutter; answers dotted;
# a message nobody hears ends in a cross; 'a' hides and shows them; a frame
# step mode holds is pending until it goes; without
# UTF-8 the same arrows in ASCII.  Times vary, so rows are matched as
# patterns with the digits left open.
# shellcheck disable=SC2317  # functions run by check
set -u
# shellcheck source=tests/tmux-lib.sh
. "${top_srcdir:-.}/tests/tmux-lib.sh"

keys() { t send-keys -t ipcsim "$@"; }
arrow="→"

# no_re REGEX: no row matches, now.
no_re() { ! screen | grep -qE -- "$1"; }

# The seed at 200 columns: the send going right, the reply coming back,
# each between the lines its processes printed, in that order.
start
wait_for "Send 1, 2, 3" || exit 1
t resize-window -t ipcsim -x 200 -y 30
wait_for "F10Quit" >/dev/null
keys Enter
check "the send is an arrow to main with its press and time" \
    wait_re "^│ #1 \+[0-9]+µs ipcRenderer\.send\('message-from-renderer', 1, 2, 3\) +─││▶ +│$"
check "the reply is a dotted arrow back" \
    wait_re "^│ #1 \+[0-9]+µs +◀││┄┄ event\.reply\('message-from-main', 6\) +│$"
screen | grep -nE "#1 |receive message" | cut -d: -f1 | tr '\n' ' ' >"$tmp/order"
check "send, main's line, reply, the renderer's line: in that order" \
    test "$(cat "$tmp/order")" = "5 6 7 8 "
keys a
check "a hides the arrows, and says so" \
    wait_for "the messages are hidden (a shows them again)"
check "no arrow is left" no_re "#1 \+"
keys a
check "a shows them again" wait_re "^│ #1 \+[0-9]+µs ipcRenderer\.send"
keys q
wait_exit >/dev/null

# Every pattern draws its own messages (at 200 columns, whole).
pattern_case() {
	pcase=$1
	shift
	start "$1"
	wait_for "reply: (none yet)" || { fail=1; return; }
	t resize-window -t ipcsim -x 200 -y 30
	wait_for "F10Quit" >/dev/null
	keys Enter
	shift
	for re in "$@"; do
		check "$pcase: $re" wait_re "$re"
	done
	keys F10
	wait_exit >/dev/null
}
pattern_case send "--pattern send" \
    "^│ #1 \+[0-9]+µs ipcRenderer\.send\('message-from-renderer', 1, 2, 3\) +─││▶"
pattern_case invoke "--pattern invoke --delay 300" \
    "^│ #1 \+[0-9]+µs ipcRenderer\.invoke\('message-from-renderer', 1, 2, 3\) +─││▶" \
    "│ \(the handler runs: it waits 300 ms\) +│$" \
    "^│ #1 \+[0-9]+µs +◀││┄┄ invoke result 6 +│$"
pattern_case "invoke that throws" "--pattern invoke --throw boom" \
    "^│ #1 \+[0-9]+µs +◀││┄┄ invoke error: Error: boom +│$"
pattern_case "invoke with no handler" "--pattern invoke --no-handler" \
    "^│ #1 \+[0-9]+µs ipcRenderer\.invoke\('message-from-renderer', 1, 2, 3\) \(no handler registered\) +─││✗"
pattern_case send-sync "--pattern send-sync --delay 300" \
    "^│ #1 \+[0-9]+µs ipcRenderer\.sendSync\('message-from-renderer', 1, 2, 3\) +─││▶" \
    "^│ \(blocked in sendSync until main sets event\.returnValue\) +│" \
    "^│ #1 \+[0-9]+µs +◀││┄┄ event\.returnValue = 6 +│$"
pattern_case push "--pattern push" \
    "^│ #1 \+[0-9]+µs +◀││── win\.webContents\.send\('message-from-main', 1, 2, 3\) +│$"
pattern_case "event.sender.send" "--reply event.sender.send" \
    "^│ #1 \+[0-9]+µs +◀││┄┄ event\.sender\.send\('message-from-main', 6\) +│$"

# A crash: main hears render-process-gone, an arrow from the dead renderer
# (no press made it: its gutter is empty).
start
wait_for "Send 1, 2, 3" || exit 1
t resize-window -t ipcsim -x 200 -y 30
keys k
check "a crash is a render-process-gone arrow to main" \
    wait_re "^│  render-process-gone of renderer 1 \{ reason: 'crashed', exitCode: 11 \} +─││▶"
keys q
wait_exit >/dev/null

# Two windows: each arrow names its window.
start --windows 2
wait_for "Send 1, 2, 3" || exit 1
keys F4 Enter
check "with two windows the gutter names the window" \
    wait_re "^│ #1 \+[0-9]+µs W2 ipcRenderer\.send\('message-fr"
check "and so does the answer" wait_re "^│ #1 \+[0-9]+µs W2 +◀││┄┄ event\.reply"
keys q
wait_exit >/dev/null

# Step mode holds each frame: its arrow is pending (its line leaves the
# sender, marked held, with no head) until g lets it go, then the real one.
# The timeline's rows are checked whole at each step, the times (and the
# label they cut) masked.
timeline() {
	screen | sed -n '5,9p' | perl -CS -pe 's/\+\d+(?:\x{b5}s|us) */+T /;
	    s/(send\()[^\x{2026}~]*[\x{2026}~]/$1.../'
}
# step_rows NAME: poll until the timeline's rows are the lines on stdin.
step_rows() {
	cat >"$tmp/want"
	view=timeline
	check "$1" wait_rows 1 5 "$tmp/want"
	view=
}
# step_walk: step mode on, a press, its send held.
step_walk() {
	wait_for "Send 1, 2, 3" || { fail=1; return; }
	keys t
	wait_for "step: nothing held" || fail=1
	keys Enter
	wait_for "R1${arrow}Main send, 1 held" || fail=1
}
start
step_walk
step_rows "step: the held send is pending from the renderer" <<'EOF'
│ #1 +T ipcRenderer.send(... [held]─││                                                │
│                                                ││                                                │
│                                                ││                                                │
│                                                ││                                                │
│                                                ││                                                │
EOF
keys g
step_rows "step 1: the send arrived; main's reply is pending" <<'EOF'
│ #1 +T ipcRenderer.send(...─││▶                                               │
│ #1 +T ││┄┄ [held] event.reply('message-from-main', 6)   │
│                                                ││                                                │
│                                                ││                                                │
│                                                ││                                                │
EOF
keys g
step_rows "step 2: main's line, the reply still pending" <<'EOF'
│ #1 +T ipcRenderer.send(...─││▶                                               │
│ #1 +T ││┄┄ [held] event.reply('message-from-main', 6)   │
│                                                ││ receive message from renderer process 1 2 3    │
│                                                ││                                                │
│                                                ││                                                │
EOF
keys g
step_rows "step 3: the reply arrived, a real arrow now" <<'EOF'
│ #1 +T ipcRenderer.send(...─││▶                                               │
│ #1 +T ◀││┄┄ event.reply('message-from-main', 6)          │
│                                                ││ receive message from renderer process 1 2 3    │
│                                                ││                                                │
│                                                ││                                                │
EOF
keys g
step_rows "step 4: the renderer's line; nothing is held" <<'EOF'
│ #1 +T ipcRenderer.send(...─││▶                                               │
│ #1 +T ◀││┄┄ event.reply('message-from-main', 6)          │
│                                                ││ receive message from renderer process 1 2 3    │
│ receive message from main process 6            ││                                                │
│                                                ││                                                │
EOF
keys q
wait_exit >/dev/null

# Without UTF-8: the same arrows in ASCII, "us" for microseconds.
start_env="LC_ALL=C"
start
start_env=
wait_for "Send 1, 2, 3" || exit 1
keys Enter
check "C locale: the send in ASCII" \
    wait_re "^x #1 \+[0-9]+us ipcRenderer\.send\('message-from-[a-z]*~-xx> +x$"
check "C locale: the reply in ASCII, dotted" \
    wait_re "^x #1 \+[0-9]+us +<xx\.\. event\.reply\('message-from-main', 6\) +x$"
keys q
wait_exit >/dev/null

# Without UTF-8, step mode's pending arrows in ASCII.
start_env="LC_ALL=C"
arrow="->"
start
start_env=
step_walk
step_rows "C locale: the held send is pending, in ASCII" <<'EOF'
x #1 +T ipcRenderer.send(... [held]-xx                                                x
x                                                xx                                                x
x                                                xx                                                x
x                                                xx                                                x
x                                                xx                                                x
EOF
keys g
step_rows "C locale: the send arrived, the reply pending" <<'EOF'
x #1 +T ipcRenderer.send(...-xx>                                               x
x #1 +T xx.. [held] event.reply('message-from-main', 6)   x
x                                                xx                                                x
x                                                xx                                                x
x                                                xx                                                x
EOF
keys q
wait_exit >/dev/null

exit $fail
