#!/bin/sh
# Faults, on the real TUI in tmux and on real headless runs: children killed
# or crashing, bad bytes in a real pipe, hang-ups and signals, a stopped
# process, a flood, hostile text, resizing during a burst.
set -u
# shellcheck source=tests/tmux-lib.sh
. "${top_srcdir:-.}/tests/tmux-lib.sh"

# A renderer killed from outside, by each kind of signal: main logs
# render-process-gone with Chromium's reason, and F5 brings a new one.
# shellcheck disable=SC2086  # the cases split into words on purpose
for case in "KILL killed 9" "TERM killed 15" "SEGV crashed 11" "ABRT crashed 6" "USR1 abnormal-exit 10"; do
	set -- $case
	start
	wait_for "Send 1, 2, 3" || exit 1
	rpid=$(pane_pid "renderer (window 1)")
	t0=$(date +%s%N)
	kill -s "$1" "$rpid"
	# Main's line wraps after the reason in its 46 columns.
	wait_for "render-process-gone { reason: '$2'" || fail=1
	# How long until the line was on the screen (this poll is the bound).
	echo "info SIG$1: render-process-gone on the screen after $((($(date +%s%N) - t0) / 1000000)) ms"
	wait_for "renderer (window 1) - gone" || fail=1
	t send-keys -t ipcsim F5
	wait_for "renderer (window 1) - pid" || fail=1
	check "SIG$1: a new renderer" test "$(pane_pid "renderer (window 1)")" != "$rpid"
	t send-keys -t ipcsim Enter
	wait_for "receive message from main process 6" || fail=1
	t send-keys -t ipcsim q
	check "SIG$1: q exits 0" test "$(wait_exit)" = 0
done

# Main killed: the screen says so; r restarts it and the app works again.
start
wait_for "Send 1, 2, 3" || exit 1
mpid=$(pane_pid main)
kill -KILL "$mpid"
wait_for "main - gone" || fail=1
wait_for "process gone: { reason: 'killed', exitCode: 9" || fail=1
t send-keys -t ipcsim r
wait_for "main - pid" || fail=1
check "main restarted with a new pid" test "$(pane_pid main)" != "$mpid"
t send-keys -t ipcsim Enter
wait_for "receive message from main process 6" || fail=1
t send-keys -t ipcsim q
check "after main's restart: q exits 0" test "$(wait_exit)" = 0

# Few descriptors: at ulimit -n 11 the UI has none for a second window's
# pipes, so F3 says why in the renderer's pane and the app goes on; a killed
# renderer frees its two, and F5 starts a new one in them.
pane_before="ulimit -n 11; "
start
pane_before=
wait_for "Send 1, 2, 3" || exit 1
t send-keys -t ipcsim F3
wait_for "cannot start renderer: Too many open files" || fail=1
check "F3 without descriptors: still one window" wait_for "renderer (window 1) - pid"
rpid=$(pane_pid "renderer (window 1)")
kill -KILL "$rpid"
wait_for "renderer (window 1) - gone" || fail=1
t send-keys -t ipcsim F5
wait_for "renderer (window 1) - pid" || fail=1
t send-keys -t ipcsim Enter
wait_for "receive message from main process 6" || fail=1
check "ulimit -n 11: nothing from a child on the screen" test -z "$(screen | grep -F 'ipcsim:')"
t send-keys -t ipcsim q
check "ulimit -n 11: q exits 0" test "$(wait_exit)" = 0

# Bad bytes written into the renderer's real pipe to the UI: a protocol
# error in its pane, and a new renderer; main goes on.
start
wait_for "Send 1, 2, 3" || exit 1
rpid=$(pane_pid "renderer (window 1)")
mpid=$(pane_pid main)
printf 'garbage that is no frame at all' >"/proc/$rpid/fd/4"
wait_for "protocol error: unsupported protocol version" || fail=1
wait_for "renderer (window 1) - pid" || fail=1
check "bad frame: the renderer was restarted" test "$(pane_pid "renderer (window 1)")" != "$rpid"
check "bad frame: main kept running" test "$(pane_pid main)" = "$mpid"
t send-keys -t ipcsim Enter
wait_for "receive message from main process 6" || fail=1
t send-keys -t ipcsim q
check "after a bad frame: q exits 0" test "$(wait_exit)" = 0

# Part of a frame written into the renderer's real pipe, and nothing more:
# its header promises 100 bytes and 26 come.  Within a deadline it is a
# protocol error in its pane, and a new renderer; main goes on.
start
wait_for "Send 1, 2, 3" || exit 1
rpid=$(pane_pid "renderer (window 1)")
mpid=$(pane_pid main)
printf '\000\000\000\144\000\001\001\000\001\001\000\000\000\000\000\000partial...' >"/proc/$rpid/fd/4"
wait_for "protocol error: truncated frame: 26 of 100" || fail=1
wait_for "bytes after 2 s" || fail=1
wait_for "renderer (window 1) - pid" || fail=1
check "truncated frame: the renderer was restarted" test "$(pane_pid "renderer (window 1)")" != "$rpid"
check "truncated frame: main kept running" test "$(pane_pid main)" = "$mpid"
t send-keys -t ipcsim Enter
wait_for "receive message from main process 6" || fail=1
t send-keys -t ipcsim q
check "after a truncated frame: q exits 0" test "$(wait_exit)" = 0

# Hostile text: escapes are shown escaped, wide characters keep every row
# exactly 100 columns with its right border in place.
start "--args \"'\\\\x1b[2J\\\\x1b[31m\\\\x07', '日本語😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀'\""
wait_for "Send" || exit 1
t send-keys -t ipcsim Enter
wait_for '0\e[2J\e[31m' || fail=1
wait_for 'renderer (window 1) - pid' || fail=1
bad_rows=$(screen | LC_ALL=C.UTF-8 awk 'NR > 1 && NR < 28 && !/[│┤]$/' | wc -l)
check "every row keeps its right border" test "$bad_rows" -eq 0
widths=$(screen | head -n 29 | LC_ALL=C.UTF-8 wc -L)
check "no row is wider than the terminal" test "$widths" -le 100
t send-keys -t ipcsim q
check "after hostile text: q exits 0" test "$(wait_exit)" = 0

# A burst of 10000 presses while the terminal is resized: keys still work,
# every answer arrives, older lines are counted as dropped (four a press:
# two lines and two arrows).
start --scrollback 100
wait_for "Send 1, 2, 3" || exit 1
t send-keys -t ipcsim F6
# shellcheck disable=SC2086
for size in "60 12" "20 6" "1 1" "100 30" "45 9" "5 2" "100 30"; do
	set -- $size
	t resize-window -t ipcsim -x "$1" -y "$2"
done
wait_for "(39900 older lines dropped)" 60 || fail=1
t send-keys -t ipcsim F2
wait_for "ipcMain.on('message-from-renderer'" || fail=1
t send-keys -t ipcsim q
check "after a burst: q exits 0" test "$(wait_exit)" = 0

# Signals to the UI: every process gone within 1 s, status 128 + signal.
for sig in HUP:1 TERM:15 INT:2; do
	num=${sig#*:}
	sig=${sig%:*}
	start
	wait_for "Send 1, 2, 3" || exit 1
	rpid=$(pane_pid "renderer (window 1)")
	mpid=$(pane_pid main)
	upid=$(ui_pid)
	kill -s "$sig" "$upid"
	check "SIG$sig: all three processes gone" pids_gone "$upid" "$rpid" "$mpid"
	want=$((128 + num))
	check "SIG$sig: exit status $want" test "$(wait_exit)" = "$want"
done

# Quitting with every child stopped (main and four renderers, the most
# there can be): they are ended together, not one after another, and all
# six processes are gone within the bound.
start --windows 4
wait_for "renderer (window 1, 4 open) - pid" || exit 1
upid=$(ui_pid)
kids=$(ps -o pid= --ppid "$upid")
check "five children" test "$(echo $kids | wc -w)" -eq 5
# shellcheck disable=SC2086
kill -STOP $kids
t send-keys -t ipcsim q
# shellcheck disable=SC2086
check "q with five stopped children: every process gone" pids_gone "$upid" $kids
check "q with five stopped children: exit 0" test "$(wait_exit)" = 0

# The UI killed outright: both children notice and leave within 1 s.
start
wait_for "Send 1, 2, 3" || exit 1
rpid=$(pane_pid "renderer (window 1)")
mpid=$(pane_pid main)
kill -KILL "$(ui_pid)"
check "UI SIGKILLed: both children gone" pids_gone "$rpid" "$mpid"

# child_pid ROLE PARENT: the pid of "ipcsim: ROLE" whose parent is PARENT.
# (With a long command line libbsd pads the title: "ipcsim: main   .".)
child_pid() {
	ps -eo pid=,ppid=,args= | awk -v p="$2" -v r="$1" \
	    '$2 == p && $3 == "ipcsim:" && $4 == r { print $1 }'
}

# rss_kb PID: resident memory in KiB.
rss_kb() {
	awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"
}

# count_seed: count the seed's lines on stdin: "MAIN RENDERER OTHER".
count_seed() {
	awk '/^\[main\] receive message from renderer process 1 2 3$/ { m++; next }
	    /^\[renderer\] receive message from main process 6$/ { r++; next }
	    { o++ }
	    END { printf "%d %d %d\n", m, r, o }'
}

# Back-pressure: each process in turn stopped for 2.5 s in the middle of a
# pipelined flood; nothing deadlocks, the UI's memory stays bounded, and
# after SIGCONT every answer arrives once and in order.
n=2000000
for role in main renderer ui; do
	rm -f "$tmp/upid" "$tmp/ustatus"
	{
		"$IPCSIM" --headless --clicks $n --pipeline 2>"$tmp/err" &
		echo $! >"$tmp/upid"
		wait $!
		echo $? >"$tmp/ustatus"
	} | count_seed >"$tmp/counts" &
	deadline=$(($(date +%s) + 5))
	until [ -s "$tmp/upid" ] && upid=$(cat "$tmp/upid") &&
	    [ -n "$(child_pid main "$upid")" ]; do
		[ "$(date +%s)" -le "$deadline" ] || break
		sleep 0.01
	done
	sleep 0.3
	case $role in
	ui) victim=$upid ;;
	*) victim=$(child_pid "$role" "$upid") ;;
	esac
	# Once the presses in flight are stuck, the UI must not grow at all
	# (measured from 1 s after the stop, so that allocator caches, and
	# AddressSanitizer's quarantine, have settled).
	kill -STOP "$victim"
	sleep 1
	before=$(rss_kb "$upid")
	sleep 1.5
	after=$(rss_kb "$upid")
	kill -CONT "$victim"
	wait
	check "$role stopped: the flood completes ($(cat "$tmp/ustatus"); $(cat "$tmp/counts"))" \
	    test "$(cat "$tmp/ustatus")" = 0 -a "$(cat "$tmp/counts")" = "$n $n 0" -a ! -s "$tmp/err"
	check "$role stopped: UI memory does not grow (${before} -> ${after} KiB)" \
	    test "$after" -le $((before + 256))
done

# A flood of a million presses: every answer once, in order, nothing else.
"$IPCSIM" --headless --clicks 1000000 --pipeline 2>"$tmp/err" | count_seed >"$tmp/counts"
check "a million presses: $(cat "$tmp/counts")" \
    test "$(cat "$tmp/counts")" = "1000000 1000000 0" -a ! -s "$tmp/err"

exit $fail
