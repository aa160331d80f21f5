#!/bin/sh
# The benchmark: ipcsim beside the floor program on this machine, in one go.
#   bench/run-bench.sh [--quick] IPCSIM FLOOR TERMBENCH
# Prints one table; every figure is a median over the runs it names.
# --quick runs everything once on tiny inputs (make check uses it so that
# the benchmark keeps working); its figures mean nothing.
set -eu
quick=0
if [ "${1:-}" = "--quick" ]; then
	quick=1
	shift
fi
IPCSIM=$1 FLOOR=$2 TERMBENCH=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [ $quick -eq 1 ]; then
	presses=200 flood=2000 startups=2 fill=3 measured=3 idle=1 bursts=1
else
	presses=20000 flood=1000000 startups=50 fill=40 measured=200 idle=5 \
	    bursts=100
fi

# median FILE: the middle value of a file of numbers.
median() {
	sort -g "$1" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

# p99 FILE: the 99th percentile.
p99() {
	sort -g "$1" | awk '{ v[NR] = $1 } END { i = int(NR * 0.99); if (i < 1) i = 1; print v[i] }'
}

# us FILE: a file of nanoseconds, rewritten in microseconds.
us() {
	awk '{ printf "%.3f\n", $1 / 1000 }' "$1" >"$1.us"
	mv "$1.us" "$1"
}

# pin: taskset -c 0 when the machine has taskset, else nothing.
pinned=""
command -v taskset >/dev/null 2>&1 && pinned="taskset -c 0"

echo "ipcsim benchmark, $(date -u +%Y-%m-%d), $(nproc) CPUs: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo
printf '%-56s %12s %12s\n' "measure" "median" "p99"

# One press after another: ipcsim against the floor, unpinned and on one CPU;
# and ipcsim recording every frame as the screen does for its inspector.
for mode in unpinned pinned; do
	run=""
	[ "$mode" = pinned ] && run=$pinned
	[ "$mode" = pinned ] && [ -z "$run" ] && continue
	$run "$FLOOR" "$presses" "$tmp/floor" >/dev/null
	$run "$IPCSIM" --headless --clicks "$presses" --timings "$tmp/ipcsim" >/dev/null
	$run "$IPCSIM" --headless --record --clicks "$presses" --timings "$tmp/record" >/dev/null
	us "$tmp/floor"
	us "$tmp/ipcsim"
	us "$tmp/record"
	fm=$(median "$tmp/floor") im=$(median "$tmp/ipcsim") rm=$(median "$tmp/record")
	printf '%-56s %12s %12s\n' "press round trip, floor, $mode (us)" "$fm" "$(p99 "$tmp/floor")"
	printf '%-56s %12s %12s\n' "press round trip, ipcsim, $mode (us)" "$im" "$(p99 "$tmp/ipcsim")"
	printf '%-56s %12s %12s\n' "press round trip, ipcsim recording, $mode (us)" "$rm" "$(p99 "$tmp/record")"
	printf '%-56s %12s\n' "ratio ipcsim / floor, $mode" "$(awk -v a="$im" -v b="$fm" 'BEGIN { printf "%.2f", a / b }')"
	printf '%-56s %12s\n' "ratio ipcsim recording / floor, $mode" "$(awk -v a="$rm" -v b="$fm" 'BEGIN { printf "%.2f", a / b }')"
done

# Throughput: presses sent without waiting, every answer still checked;
# the floor's pipelined presses, and ipcsim's without the frame log,
# recording it, and writing it with --trace to a file (the file removed
# after each run: a million presses make 1.5 GB), each against the floor.
for mode in floor plain record trace; do
	case $mode in
	floor) opts="" label=", the floor" ;;
	plain) opts="" label="" ;;
	record) opts="--record" label=", recording" ;;
	trace) opts="--trace $tmp/trace.json" label=", --trace to a file" ;;
	esac
	for _ in 1 2 3 4 5; do
		t0=$(date +%s%N)
		if [ "$mode" = floor ]; then
			"$FLOOR" --pipeline "$flood" >/dev/null
		else
			# shellcheck disable=SC2086  # opts is words
			"$IPCSIM" --headless $opts --clicks "$flood" --pipeline >/dev/null
		fi
		t1=$(date +%s%N)
		rm -f "$tmp/trace.json"
		awk -v n="$flood" -v ns=$((t1 - t0)) 'BEGIN { printf "%.0f\n", n / (ns / 1e9) }'
	done >"$tmp/rate"
	rate=$(median "$tmp/rate")
	printf '%-56s %12s\n' "pipelined presses per second ($flood$label)" "$rate"
	if [ "$mode" = floor ]; then
		floor_rate=$rate
	else
		printf '%-56s %12s\n' "  ratio to the floor's" "$(awk -v a="$rate" -v b="$floor_rate" 'BEGIN { printf "%.2f", a / b }')"
	fi
done

# Start-up: exec to the first whole frame on a 100x30 pty.
"$TERMBENCH" "$IPCSIM" startup "$startups" | awk '{ print $2 }' >"$tmp/startup"
"$TERMBENCH" "$IPCSIM" exec "$startups" | awk '{ print $2 }' >"$tmp/exec"
printf '%-56s %12s %12s\n' "start-up to first frame (ms)" "$(median "$tmp/startup")" "$(p99 "$tmp/startup")"
printf '%-56s %12s %12s\n' "/bin/echo on the same pty, its floor (ms)" "$(median "$tmp/exec")" "$(p99 "$tmp/exec")"

# One press on full panes: bytes written to the terminal, and the time from
# the key reaching the terminal to both lines on the screen.  With distinct
# arguments every log line differs; repeated, the same press makes every
# log row alike.
for kind in press repeat; do
	"$TERMBENCH" "$IPCSIM" "$kind" "$fill" "$measured" >"$tmp/press"
	awk '$1 == "press_bytes" { print $2 }' "$tmp/press" >"$tmp/bytes"
	awk '$1 == "press_ms" { print $2 }' "$tmp/press" >"$tmp/pressms"
	label="distinct lines"
	[ "$kind" = repeat ] && label="the same press repeated"
	printf '%-56s %12s %12s\n' "bytes per press, $label" "$(median "$tmp/bytes")" "$(p99 "$tmp/bytes")"
	printf '%-56s %12s %12s\n' "key to both lines on screen (ms), $label" "$(median "$tmp/pressms")" "$(p99 "$tmp/pressms")"
done

# Idle: CPU time and context switches of all three processes.
"$TERMBENCH" "$IPCSIM" idle "$idle" >"$tmp/idle"
printf '%-56s %12s\n' "idle ${idle} s: CPU ticks, all three" "$(awk '$1 == "idle_cpu_ticks" { s += $2 } END { print s }' "$tmp/idle")"
printf '%-56s %12s\n' "idle ${idle} s: context switches, all three" "$(awk '$1 == "idle_context_switches" { s += $2 } END { print s }' "$tmp/idle")"

# Memory: all three processes, after start and after many presses.
"$TERMBENCH" "$IPCSIM" memory "$bursts" >"$tmp/mem"
printf '%-56s %12s\n' "resident memory after start (KiB)" "$(awk '$1 == "rss_start_kib" { print $2 }' "$tmp/mem")"
printf '%-56s %12s\n' "resident after $(awk '$1 == "presses" { print $2 }' "$tmp/mem") presses, full scrollback (KiB)" "$(awk '$1 == "rss_after_kib" { print $2 }' "$tmp/mem")"
# The same by PSS: each page shared (the libraries, the children's pages
# from the fork) counted once among those that share it.
printf '%-56s %12s\n' "proportional (PSS) after start (KiB)" "$(awk '$1 == "pss_start_kib" { print $2 }' "$tmp/mem")"
printf '%-56s %12s\n' "proportional (PSS) after those presses (KiB)" "$(awk '$1 == "pss_after_kib" { print $2 }' "$tmp/mem")"
