#!/bin/sh
# F6's burst keeps at most 256 presses in flight, and keeps working when
# presses are lost: with a renderer killed while presses were in flight,
# and with main pushing on its own timer (pushes that are no press's answer).
set -u
# shellcheck source=tests/tmux-lib.sh
. "${top_srcdir:-.}/tests/tmux-lib.sh"

# dropped: how many older lines the log says it dropped (0 if none yet).
dropped() {
	n=$(screen | sed -n 's/.*log (\([0-9]*\) older lines dropped).*/\1/p' | head -n 1)
	echo "${n:-0}"
}

# wait_dropped N: poll until the log has dropped at least N lines.
wait_dropped() {
	deadline=$(($(date +%s) + 60))
	while [ "$(date +%s)" -le "$deadline" ]; do
		[ "$(dropped)" -ge "$1" ] && return 0
		sleep 0.1
	done
	echo "FAIL: the log dropped $(dropped) lines, not $1; the screen was:"
	screen | sed 's/^/    | /'
	return 1
}

# 256 presses in flight to a stopped renderer, which is then killed: they
# are lost with it, and after the reload a burst runs to its end.
start --scrollback 24
wait_for "Send 1, 2, 3" || exit 1
rpid=$(pane_pid "renderer (window 1)")
kill -STOP "$rpid"
t send-keys -t ipcsim F6
wait_for "Send 1, 2, 3" || fail=1
t send-keys -t ipcsim F6
kill -KILL "$rpid"
kill -CONT "$rpid" 2>/dev/null
wait_for "renderer (window 1) - gone" || fail=1
t send-keys -t ipcsim F5
wait_for "renderer (window 1) - pid" || fail=1
before=$(dropped)
t send-keys -t ipcsim F6
# A burst of 10,000 presses makes 20,000 lines.
check "lost presses: a burst after the reload runs" wait_dropped $((before + 19000))
t send-keys -t ipcsim q
check "lost presses: q exits 0" test "$(wait_exit)" = 0

# Main pushing every 100 ms by itself: those pushes are no press's answer,
# and a burst of the push button still runs.
start --scrollback 24 --pattern push --push-every 100
wait_for "receive message from main process 1 2 3" || fail=1
t send-keys -t ipcsim F6
check "timed pushes: a burst runs" wait_dropped 9000
t send-keys -t ipcsim q
check "timed pushes: q exits 0" test "$(wait_exit)" = 0

exit $fail
