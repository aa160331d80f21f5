#!/bin/sh
# Real headless runs compared whole: for every tests/transcripts/NAME.args
# (one argument per line), stdout must equal NAME.out, stderr must be empty
# and the exit status 0.  Node's warnings name their process, whose pid
# NAME.out writes (node:PID).
set -u
IPCSIM=${IPCSIM:-./ipcsim}
srcdir=${top_srcdir:-.}
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail=0

for args in "$srcdir"/tests/transcripts/*.args; do
	name=$(basename "$args" .args)
	# Read the arguments line by line into "$@", spaces and quotes intact.
	set --
	while IFS= read -r a; do set -- "$@" "$a"; done <"$args"
	"$IPCSIM" "$@" >"$tmp/raw" 2>"$tmp/err" </dev/null
	status=$?
	sed 's/^\(\[renderer[ 0-9]*\] (node:\)[0-9][0-9]*)/\1PID)/' \
	    "$tmp/raw" >"$tmp/out"
	if [ "$status" -ne 0 ] || [ -s "$tmp/err" ]; then
		echo "FAIL $name: exit status $status"; cat "$tmp/err"; fail=1
	elif ! diff -u "${args%.args}.out" "$tmp/out"; then
		echo "FAIL $name: transcript differs"; fail=1
	else
		echo "ok $name"
	fi
done

# count_lines FILE N MODE: FILE holds N lines of each side and nothing else;
# one press after another, they also alternate main, renderer.
count_lines() {
	main=$(grep -cx '\[main\] receive message from renderer process 1 2 3' "$1")
	rend=$(grep -cx '\[renderer\] receive message from main process 6' "$1")
	[ "$main" -eq "$2" ] && [ "$rend" -eq "$2" ] &&
	    [ "$(wc -l <"$1")" -eq $((2 * $2)) ] || return 1
	[ -n "$3" ] && return 0
	[ "$(paste -d'|' - - <"$1" | sort -u | wc -l)" -eq 1 ]
}

# Many presses, one after another and pipelined: ipcsim itself checks every
# answer arrives once and in order (it exits 1 otherwise).
for mode in "" --pipeline; do
	n=3000
	"$IPCSIM" --headless --clicks $n $mode >"$tmp/many" 2>"$tmp/err" </dev/null
	status=$?
	if [ "$status" -eq 0 ] && [ ! -s "$tmp/err" ] && count_lines "$tmp/many" $n "$mode"; then
		echo "ok clicks $n $mode"
	else
		echo "FAIL clicks $n $mode: status $status"; cat "$tmp/err"; fail=1
	fi
done
exit $fail
