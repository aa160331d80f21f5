#!/bin/sh
# The real TUI on a real terminal (tmux at 100x30): the seed, the timeline
# scrolling and Ctrl-L's repaint, resizing, the argument field, the
# selectors, the code view, windows, sendSync, a crash.
set -u
# shellcheck source=tests/tmux-lib.sh
. "${top_srcdir:-.}/tests/tmux-lib.sh"

# The seed: the button, Enter, each line in its own half, q, nothing left.
start
wait_for "Send 1, 2, 3" || exit 1
rpid=$(pane_pid "renderer (window 1)")
mpid=$(pane_pid main)
check "renderer pid in the title is ipcsim: renderer" \
    title_is "$rpid" "ipcsim: renderer"
check "main pid in the title is ipcsim: main" title_is "$mpid" "ipcsim: main"
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

# row LEFT RIGHT: a timeline row at 100 columns, with the renderer's text
# (or nothing) on the left and main's on the right.
row() { printf '\342\224\202 %-47s\342\224\202\342\224\202 %-47s\342\224\202\n' "$1" "$2"; }

# pressed N: wait until the Nth press has both its lines in the timeline,
# which keeps 24 lines (--scrollback 24): N replies on the screen, or once
# older lines go, 2N - 24 of them dropped.  Presses are made one at a time:
# two in flight may interleave their lines, as they would in Electron.
pressed() {
	if [ "$1" -le 12 ]; then
		wait_count "receive message from main process " "$1"
	else
		wait_for "log ($((2 * $1 - 24)) older lines dropped)"
	fi
}

# repainted: after another program writes over the screen, Ctrl-L brings
# back exactly the screen that was there, so what ipcsim had drawn bit by
# bit (scrolled rows and all) is what a repaint from scratch draws.
repainted() {
	screen >"$tmp/before"
	printf '\0337\033[10;10HGARBLED\0338' >"$(t display-message -p -t ipcsim '#{pane_tty}')"
	wait_for GARBLED || return 1
	t send-keys -t ipcsim C-l
	wait_rows 1 30 "$tmp/before"
}

# scroll_case NAME ARG...: a press for each ARG, typed in the argument field
# ("-" keeps 1, 2, 3); then the timeline's rows (5 to 27) must be exactly
# the newest 23 of the last twelve pairs of lines, and a repaint must
# change nothing.
scroll_case() {
	case_name=$1
	shift
	start --scrollback 24
	wait_for "Send 1, 2, 3" || { fail=1; return 1; }
	# The lines alone: arrows carry times, which no two runs share.
	t send-keys -t ipcsim a
	wait_for "the messages are hidden" || { fail=1; return 1; }
	t send-keys -t ipcsim BTab
	n=0
	for a in "$@"; do
		[ "$a" = - ] || t send-keys -t ipcsim C-u "$a"
		t send-keys -t ipcsim Enter
		n=$((n + 1))
		pressed "$n" || { fail=1; return 1; }
	done
	shift $(($# - 12))
	for a in "$@"; do
		if [ "$a" = - ]; then
			row "" "receive message from renderer process 1 2 3"
			row "receive message from main process 6" ""
		else
			row "" "receive message from renderer process $a"
			row "receive message from main process $a" ""
		fi
	done | tail -n 23 >"$tmp/rows"
	wait_rows 5 27 "$tmp/rows" || fail=1
	check "$case_name: Ctrl-L repaints the same screen" repainted
	t send-keys -t ipcsim C-c
	check "$case_name: Ctrl-C exits" test "$(wait_exit)" = 0
}
# The same press forty times: every log line repeats.
scroll_case "repeated presses" $(seq 40 | sed 's/.*/-/')
scroll_case "distinct presses" $(seq 101 120)

# A terminal too small says so, and a resize brings the layout back at once.
start
wait_for "Send 1, 2, 3" || exit 1
t resize-window -t ipcsim -x 40 -y 10
wait_for "ipcsim needs at least 60x12 (now 40x10)" || fail=1
t resize-window -t ipcsim -x 20 -y 6
wait_for "20x6)" || fail=1
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
wait_for "scenario: < invoke >" || fail=1
t send-keys -t ipcsim BTab Enter
wait_count "receive message from main process 6" 1 || fail=1
t send-keys -t ipcsim F2
wait_for "ipcMain.handle('message-from-renderer'" || fail=1
wait_for "ipcRenderer.invoke(" || fail=1
# The reply selector does not apply to invoke: Tab skips it.
t send-keys -t ipcsim F2 Tab Tab
wait_for "args: 1, 2, 3" || fail=1
t send-keys -t ipcsim Tab Tab Left Left Tab Right
wait_for "scenario: < send-reply >" || fail=1
wait_for "reply:    < event.sender.send >" || fail=1
t send-keys -t ipcsim q
check "q outside the field exits" test "$(wait_exit)" = 0

# Two windows: F3 opens one; webContents.send answers window 1, whose
# console shows it, and not window 2's, which sent.
start --reply webContents.send
wait_for "Send 1, 2, 3" || exit 1
t send-keys -t ipcsim F3
wait_for "renderer (window 2, 2 open)" || fail=1
t send-keys -t ipcsim Enter
check "two windows: main's line names the window it is about" \
    wait_for "W2 receive message from renderer process 1 2 3"
no_answer() { ! screen | grep -q "receive message from main process"; }
check "two windows: window 2's console does not show window 1's answer" \
    no_answer
t send-keys -t ipcsim F4
wait_for "renderer (window 1, 2 open)" || fail=1
check "two windows: window 1's console shows it" \
    wait_for "receive message from main process 6"
t send-keys -t ipcsim q
check "two windows: q exits" test "$(wait_exit)" = 0

# Two windows, and a line of window 1's console far longer than 1023 bytes:
# the line is whole, so its end shows
# at the bottom of the renderer's column.
objects=$(printf '{},%.0s' $(seq 160))
start --windows 2 --args "\"[$objects], 'THE-END'\""
wait_for "renderer (window 1, 2 open)" || exit 1
t send-keys -t ipcsim Enter
wait_for "Object]THE-END" || fail=1
check "two windows: the end of a 2,600-byte line is in window 1's column" \
    test "$(column_of 'Object]THE-END')" -lt 50
t send-keys -t ipcsim q
check "two windows, a long line: q exits" test "$(wait_exit)" = 0

# sendSync blocks the window; presses made meanwhile run afterwards, in order.
start --pattern send-sync --delay 1500
wait_for "Send 1, 2, 3" || exit 1
t send-keys -t ipcsim Enter
wait_for "BLOCKED in sendSync" || fail=1
t send-keys -t ipcsim Enter
wait_count "receive message from main process 6" 2 || fail=1
check "unblocked after the queued press" sh -c "! tmux -S '$sock' capture-pane -p -t ipcsim | grep -q BLOCKED"
t send-keys -t ipcsim q
check "send-sync: q exits" test "$(wait_exit)" = 0

# A crash: main logs render-process-gone; F5 reloads in a new process.
start
wait_for "Send 1, 2, 3" || exit 1
rpid=$(pane_pid "renderer (window 1)")
t send-keys -t ipcsim F7
# The line wraps between words in a 46-column pane: look for both rows.
wait_for "render-process-gone { reason: 'crashed'," || fail=1
wait_for "exitCode: 11 }" || fail=1
wait_for "renderer (window 1) - gone" || fail=1
t send-keys -t ipcsim F5
wait_for "renderer (window 1) - pid" || fail=1
npid=$(pane_pid "renderer (window 1)")
check "the reload has a new pid" test "$npid" != "$rpid"
t send-keys -t ipcsim Enter
wait_for "receive message from main process 6" || fail=1
t send-keys -t ipcsim q
check "after a reload: q exits" test "$(wait_exit)" = 0

exit $fail
