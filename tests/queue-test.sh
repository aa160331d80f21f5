#!/bin/sh
# No queue grows without bound: main pushing every millisecond while the UI,
# or the renderer, is stopped for fifteen seconds keeps the memory of every
# process within a bound.
set -u
# shellcheck source=tests/tmux-lib.sh
. "${top_srcdir:-.}/tests/tmux-lib.sh"

# Under AddressSanitizer resident memory grows with every allocation (its
# quarantine, its records of each allocation): no bound can be seen there,
# and only the rest is checked.
asan=0
grep -qa __asan_init "$IPCSIM" && asan=1

# rss PID: resident memory in KiB.
rss() {
	sed -n 's/^VmRSS:[^0-9]*\([0-9]*\) kB/\1/p' "/proc/$1/status"
}

# grows_less PID NAME STOPPED_NAME: stop $stopped; once PID has stopped
# growing, it grows by under 400 KiB in ten more seconds.  First the queues
# fill to their bounds at the pace of the pushes (a pipe, then
# SESSION_QUEUE_HIGH: several seconds of them) and the UI's frame log
# records the frames they hold, once; growth after that would have no
# bound.  Not growing for a second within 30 s is part of the test.
grows_less() {
	kill -STOP "$stopped"
	before=$(rss "$1")
	waited=0
	while sleep 1; now=$(rss "$1"); [ "$now" -ne "$before" ]; do
		before=$now
		waited=$((waited + 1))
		[ $waited -lt 30 ] || break
	done
	# The bound under test is memory, not time: ten seconds of pushes.
	sleep 10
	after=$(rss "$1")
	kill -CONT "$stopped"
	echo "info: $2 grew from $before to $after KiB while $3 was stopped"
	if [ "$asan" -eq 1 ]; then
		echo "ok # SKIP no memory bound under AddressSanitizer"
		return 0
	fi
	[ $((after - before)) -lt 400 ]
}

start --pattern push --push-every 1
wait_for "receive message from main process 1 2 3" || exit 1
mpid=$(pane_pid main)
rpid=$(pane_pid "renderer (window 1)")
upid=$(ps -o ppid= -p "$rpid" | tr -d ' ')
# Let the first buffers reach their working size.
sleep 1
stopped=$upid
check "UI stopped: main's memory stays bounded" grows_less "$mpid" main UI
stopped=$rpid
check "renderer stopped: the UI's memory stays bounded" grows_less "$upid" UI renderer
t send-keys -t ipcsim q
check "after the stops: q exits 0" test "$(wait_exit)" = 0

exit $fail
