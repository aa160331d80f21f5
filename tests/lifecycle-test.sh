#!/bin/sh
# What happens to a window's page, on the real TUI in tmux: a page blocked
# in sendSync that crashes, answers that belong to the page that asked and
# are dropped once it is gone, and main's death ending the app.
set -u
# shellcheck source=tests/tmux-lib.sh
. "${top_srcdir:-.}/tests/tmux-lib.sh"

# not_on_screen TEXT: TEXT is on no row now.
not_on_screen() {
	! screen | grep -qF -- "$1"
}

# A renderer that crashes while blocked in sendSync: its box says gone and
# its rule no longer says it is blocked.
start --pattern send-sync --delay 5000
wait_for "Send 1, 2, 3" || exit 1
t send-keys -t ipcsim Enter
wait_for "BLOCKED in sendSync" || fail=1
t send-keys -t ipcsim F7
wait_for "renderer (window 1) - gone" || fail=1
check "crashed while blocked: not BLOCKED any more" not_on_screen "BLOCKED"
t send-keys -t ipcsim q
check "crashed while blocked: q exits 0" test "$(wait_exit)" = 0

# An invoke result and a sync result belong to the page that asked: after a
# crash and a reload, the new page does not log the dead page's answer.
# The new page presses with other arguments; its own answer comes after the
# dead page's would have, so once it is there no line shows the old one.
for pattern in invoke send-sync; do
	start --pattern "$pattern" --delay 1500
	wait_for "Send 1, 2, 3" || exit 1
	t send-keys -t ipcsim Enter
	wait_for "receive message from renderer process 1 2 3" || fail=1
	t send-keys -t ipcsim F7
	wait_for "renderer (window 1) - gone" || fail=1
	t send-keys -t ipcsim F5
	wait_for "renderer (window 1) - pid" || fail=1
	t send-keys -t ipcsim BTab C-u "4, 5" Enter
	wait_for "receive message from renderer process 4 5" || fail=1
	wait_for "receive message from main process 9" || fail=1
	check "$pattern: the new page does not log the dead page's result" \
	    not_on_screen "receive message from main process 6"
	t send-keys -t ipcsim F10
	check "$pattern after a reload: F10 exits 0" test "$(wait_exit)" = 0
done

# Main killed while the page waits in sendSync: the app ends, every window
# with it; r launches it again, main and its window, and a press works.
start --pattern send-sync --delay 5000
wait_for "Send 1, 2, 3" || exit 1
rpid=$(pane_pid "renderer (window 1)")
mpid=$(pane_pid main)
t send-keys -t ipcsim Enter
wait_for "BLOCKED in sendSync" || fail=1
kill -KILL "$mpid"
wait_for "main - gone" || fail=1
wait_for "renderer (window 1) - gone" || fail=1
wait_for "process gone: the app ended with its main" || fail=1
check "main gone: the renderer process ended too" pids_gone "$rpid"
check "main gone: not BLOCKED any more" not_on_screen "BLOCKED"
t send-keys -t ipcsim r
wait_for "main - pid" || fail=1
wait_for "renderer (window 1) - pid" || fail=1
check "relaunch: a new renderer process" test "$(pane_pid "renderer (window 1)")" != "$rpid"
t send-keys -t ipcsim Enter
wait_for "receive message from main process 6" 10 || fail=1
t send-keys -t ipcsim q
check "after a relaunch: q exits 0" test "$(wait_exit)" = 0

exit $fail
