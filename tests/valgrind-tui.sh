#!/bin/sh
# The real TUI under valgrind, in tmux, for a scripted session: presses,
# every pattern and reply method (each with its code view), a second
# window, a renderer crashed and reloaded, a burst stopped halfway, q.
# Every process (the UI, main, each renderer: forked, so valgrind follows
# them) writes its own log; each must be empty but the crashed renderer's,
# which is checked for errors but not leaks (it died in the middle of its
# work, with what it held).  Slow (15 to 60 s), so CI runs it (.ci/run), not
# make check.
# shellcheck disable=SC2317  # the functions that check runs look unreachable
set -u
command -v valgrind >/dev/null 2>&1 || { echo "SKIP: valgrind is not installed"; exit 77; }
# shellcheck source=tests/tmux-lib.sh
. "${top_srcdir:-.}/tests/tmux-lib.sh"

vg="$tmp/vg"
mkdir "$vg" || exit 1
IPCSIM="valgrind -q --error-exitcode=3 --leak-check=full --errors-for-leak-kinds=definite,indirect,possible --suppressions=${top_srcdir:-.}/tests/valgrind.supp --trace-children=yes --child-silent-after-fork=no --log-file=$vg/vg.%p $IPCSIM"
t0=$(date +%s)

# press TEXT N: press the button and wait until TEXT is on N rows.
press() {
	t send-keys -t ipcsim Enter
	wait_count "$1" "$2"
}

# code_view: F2 shows the code, Esc brings the timeline back.
code_view() {
	t send-keys -t ipcsim F2
	wait_for "renderer.js" 30 || return 1
	t send-keys -t ipcsim Escape
	wait_for "─ console ─" 30
}

# dropped: how many older lines the timeline has dropped (0 before any).
dropped() {
	n=$(screen | sed -n 's/.*log (\([0-9]*\) older lines dropped).*/\1/p' | head -n 1)
	echo "${n:-0}"
}

# A small scrollback, so that the burst's progress shows in the count of
# dropped lines.
start --scrollback 100
wait_for "Send 1, 2, 3" 60 || exit 1
# Rows for every press below with its two arrows (four rows a press).
t resize-window -t ipcsim -x 100 -y 60
mpid=$(pane_pid main)
ui=$(ps -o ppid= -p "$mpid" | tr -d ' ')
press "receive message from main process 6" 1 || fail=1
code_view || fail=1

# The seed's patterns, from the pattern selector: a press and the code view each.
# Main logs the press in every pattern but push; push's answer is logged by
# the renderer with the arguments as they are.
t send-keys -t ipcsim Tab Right
wait_for "scenario: < send >" || fail=1
t send-keys -t ipcsim BTab
press "receive message from renderer process 1 2 3" 2 || fail=1
code_view || fail=1
t send-keys -t ipcsim Tab Right
wait_for "scenario: < invoke >" || fail=1
t send-keys -t ipcsim BTab
press "receive message from main process 6" 2 || fail=1
code_view || fail=1
t send-keys -t ipcsim Tab Right
wait_for "scenario: < send-sync >" || fail=1
t send-keys -t ipcsim BTab
press "receive message from main process 6" 3 || fail=1
code_view || fail=1
t send-keys -t ipcsim Tab Right
wait_for "scenario: < push >" || fail=1
t send-keys -t ipcsim BTab
press "receive message from main process 1 2 3" 1 || fail=1
code_view || fail=1
# The preload scenario: the bridge, the preload's world, contextIsolation.
t send-keys -t ipcsim Tab Right
wait_for "scenario: < preload >" || fail=1
wait_for "[preload] electronAPI exposed to the page" || fail=1
t send-keys -t ipcsim BTab
press "receive message from main process 6" 4 || fail=1
code_view || fail=1
# Back to the seed, the other way round the list.
t send-keys -t ipcsim Tab Left Left Left Left Left
wait_for "scenario: < send-reply >" || fail=1
# Every reply method, from its selector.
t send-keys -t ipcsim Tab Right
wait_for "reply:    < event.sender.send >" || fail=1
t send-keys -t ipcsim BTab BTab
press "receive message from main process 6" 5 || fail=1
t send-keys -t ipcsim Tab Tab Right
wait_for "reply:    < win.webContents.send >" || fail=1
t send-keys -t ipcsim BTab BTab
press "receive message from main process 6" 6 || fail=1
code_view || fail=1
t send-keys -t ipcsim Tab Tab Right
wait_for "reply:    < event.reply >" || fail=1
t send-keys -t ipcsim BTab BTab

# A second window (F3), pressed; its renderer crashed (F7) and reloaded (F5).
t send-keys -t ipcsim F3
wait_for "renderer (window 2, 2 open) - pid" 60 || fail=1
press "receive message from main process 6" 1 || fail=1
crashed=$(pane_pid "renderer (window 2, 2 open)")
t send-keys -t ipcsim F7
wait_for "renderer (window 2, 2 open) - gone" 60 || fail=1
wait_for "render-process-gone { reason: 'crashed'," 30 || fail=1
t send-keys -t ipcsim F5
wait_for "renderer (window 2, 2 open) - pid" 60 || fail=1
press "receive message from main process 6" 2 || fail=1

# A burst (F6) until a few hundred presses are done, then F6 stops it; the
# presses in flight finish and the screen settles.
t send-keys -t ipcsim F6
deadline=$(($(date +%s) + 120))
while [ "$(dropped)" -lt 600 ] && [ "$(date +%s)" -le "$deadline" ]; do
	sleep 0.2
done
t send-keys -t ipcsim F6
check "a burst runs" test "$(dropped)" -ge 600
settled() {
	deadline=$(($(date +%s) + 60))
	screen >"$tmp/a"
	while [ "$(date +%s)" -le "$deadline" ]; do
		sleep 1
		screen >"$tmp/b"
		cmp -s "$tmp/a" "$tmp/b" && return 0
		mv "$tmp/b" "$tmp/a"
	done
	return 1
}
check "the burst stops" settled
echo "info burst: $(dropped) lines dropped when it stopped"
# New arguments, so that the answer is told from the burst's.
t send-keys -t ipcsim BTab C-e C-u "5, 5" Enter
check "after the burst a press is answered" \
    wait_count "receive message from main process 10" 1
t send-keys -t ipcsim Tab

t send-keys -t ipcsim q
check "q exits with status 0 (3 if valgrind found an error in the UI)" \
    test "$(wait_exit)" = 0
echo "info valgrind session: $(($(date +%s) - t0)) s"

# The logs: one per process (the UI, main, three renderers at least), all
# empty but the crashed renderer's.  Valgrind -q does not say a process died
# of a signal (the screen said so above), but it runs the leak check then,
# in the middle of the renderer's work: its log may hold leak records, and
# nothing else.
logs=$(find "$vg" -name 'vg.*' | wc -l)
check "a log for each process ($logs)" test "$logs" -ge 5
check "a log for the UI, main and the crashed renderer" \
    test -f "$vg/vg.$ui" -a -f "$vg/vg.$mpid" -a -f "$vg/vg.${crashed:-none}"
# leaks_only FILE: every record of the log is a leak record.
leaks_only() {
	sed 's/^==[0-9]*== \{0,1\}//' "$1" | awk '
	    BEGIN { first = 1 }
	    /^$/ { first = 1; next }
	    first && !/^[0-9,]+ bytes in [0-9,]+ blocks are .* lost in loss record/ { bad = 1 }
	    { first = 0 }
	    END { exit bad }'
}
check "the crashed renderer's log has nothing but leaks" leaks_only "$vg/vg.${crashed:-none}"
clean=1
for f in "$vg"/vg.*; do
	[ "$f" = "$vg/vg.${crashed:-none}" ] && continue
	[ -s "$f" ] || continue
	clean=0
	echo "valgrind log ${f##*/}:"
	sed 's/^/    | /' "$f"
done
check "no error or leak in any other process" test "$clean" -eq 1
[ "$fail" -eq 0 ] || { echo "the crashed renderer's log:"; sed 's/^/    | /' "$vg/vg.${crashed:-none}"; }
exit "$fail"
