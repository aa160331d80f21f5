#!/bin/sh
# The benchmark programs still work: one quick run on tiny inputs, whose
# timings are not checked, only that every measure is there.  Bytes to the
# terminal are checked: they are no timing.
set -u
IPCSIM=${IPCSIM:-./ipcsim}
srcdir=${top_srcdir:-.}
out=$(sh "$srcdir/bench/run-bench.sh" --quick "$IPCSIM" bench/floor bench/termbench 2>&1)
status=$?
echo "$out"
fail=0
[ $status -eq 0 ] || { echo "FAIL run-bench.sh exited $status"; fail=1; }
for measure in "ratio ipcsim / floor, unpinned" "pipelined presses per second" \
    "ratio ipcsim recording / floor, unpinned" "per second (2000, recording)" \
    "per second (2000, --trace to a file)" \
    "per second (2000, the floor)" "ratio to the floor's" \
    "start-up to first frame" "bytes per press, distinct lines" \
    "bytes per press, the same press repeated" "key to both lines on screen" \
    "idle 1 s: CPU ticks" "resident memory after start" \
    "proportional (PSS) after those presses"; do
	if echo "$out" | grep -qF -- "$measure"; then
		echo "ok bench reports: $measure"
	else
		echo "FAIL bench lacks: $measure"
		fail=1
	fi
done
# The pipelined floor does every press's hops: both lines, once a press.
bench/floor --pipeline 5000 | sort | uniq -c | awk '{ $1 = $1; print }' >"${TMPDIR:-/tmp}/floor-lines.$$"
if printf '%s\n' "5000 [main] receive message from renderer process 1 2 3" \
    "5000 [renderer] receive message from main process 6" |
    cmp -s - "${TMPDIR:-/tmp}/floor-lines.$$"; then
	echo "ok the pipelined floor prints both lines of 5000 presses"
else
	echo "FAIL the pipelined floor's lines:"; cat "${TMPDIR:-/tmp}/floor-lines.$$"
	fail=1
fi
rm -f "${TMPDIR:-/tmp}/floor-lines.$$"
# Bytes are no timing: once the panes are full, a press (its two lines and
# its two arrows, in colour) must cost at most 450 bytes to the terminal,
# with distinct lines and with the same press repeated (whose repeated rows
# curses alone would repaint whole).
for kind in press repeat; do
	bytes=$(bench/termbench "$IPCSIM" "$kind" 15 5 |
	    awk '$1 == "press_bytes" { print $2 }' | sort -n | sed -n 3p)
	if [ -n "$bytes" ] && [ "$bytes" -le 450 ]; then
		echo "ok $kind: $bytes bytes to the terminal a press"
	else
		echo "FAIL $kind: ${bytes:-no} bytes to the terminal a press (at most 450)"
		fail=1
	fi
done
exit $fail
