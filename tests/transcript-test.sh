#!/bin/sh
# The headless transcript of real runs, compared whole against expected files.
set -u
IPCSIM=${IPCSIM:-./ipcsim}
srcdir=${top_srcdir:-.}
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail=0

# check NAME EXPECTED-FILE ARGS...: run ipcsim ARGS and compare stdout, stderr and status.
check() {
	name=$1 expected=$2
	shift 2
	"$IPCSIM" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
	status=$?
	if [ "$status" -ne 0 ]; then
		echo "FAIL $name: exit status $status"; cat "$tmp/err"; fail=1; return
	fi
	if [ -s "$tmp/err" ]; then
		echo "FAIL $name: unexpected stderr"; cat "$tmp/err"; fail=1; return
	fi
	if ! diff -u "$expected" "$tmp/out"; then
		echo "FAIL $name: transcript differs"; fail=1; return
	fi
	echo "ok $name"
}

check "clicks 3" "$srcdir/tests/expected/clicks-3.txt" --headless --clicks 3

# The default is one press: the first two lines of the same transcript.
head -n 2 "$srcdir/tests/expected/clicks-3.txt" >"$tmp/one"
check "default one click" "$tmp/one" --headless

# Many presses: every press answered once, in order, and nothing else printed.
n=2000
"$IPCSIM" --headless --clicks $n >"$tmp/many" 2>"$tmp/err" </dev/null
status=$?
main=$(grep -cx '\[main\] receive message from renderer process 1 2 3' "$tmp/many")
rend=$(grep -cx '\[renderer\] receive message from main process 6' "$tmp/many")
lines=$(wc -l <"$tmp/many")
pairs=$(paste -d'|' - - <"$tmp/many" | grep -cvx '\[main\] receive message from renderer process 1 2 3|\[renderer\] receive message from main process 6')
if [ "$status" -eq 0 ] && [ "$main" -eq $n ] && [ "$rend" -eq $n ] &&
    [ "$lines" -eq $((2 * n)) ] && [ "$pairs" -eq 0 ]; then
	echo "ok clicks $n"
else
	echo "FAIL clicks $n: status $status, $main main lines, $rend renderer lines, $lines in all, $pairs out of order"
	fail=1
fi
exit $fail
