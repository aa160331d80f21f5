#!/bin/sh
# Command-line behaviour: help, version, bad options and values, no terminal.
set -u
IPCSIM=${IPCSIM:-./ipcsim}
srcdir=${top_srcdir:-.}
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail=0

# expect NAME STATUS STDOUT-PATTERN STDERR-PATTERN ARGS...: run and check all three.
expect() {
	name=$1 want=$2 outpat=$3 errpat=$4
	shift 4
	"$IPCSIM" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
	status=$?
	ok=1
	[ "$status" -eq "$want" ] || ok=0
	if [ -n "$outpat" ]; then grep -q -- "$outpat" "$tmp/out" || ok=0
	else [ ! -s "$tmp/out" ] || ok=0; fi
	if [ -n "$errpat" ]; then grep -q -- "$errpat" "$tmp/err" || ok=0
	else [ ! -s "$tmp/err" ] || ok=0; fi
	if [ $ok -eq 1 ]; then
		echo "ok $name"
	else
		echo "FAIL $name: status $status (want $want)"
		echo "--- stdout"; cat "$tmp/out"; echo "--- stderr"; cat "$tmp/err"
		fail=1
	fi
}

expect "--help" 0 '^usage: ipcsim' '' --help
expect "-h" 0 '^usage: ipcsim' '' -h
expect "--version" 0 '^ipcsim [0-9]' '' --version
expect "unknown option" 64 '' '^usage: ipcsim' --bogus
expect "stray argument" 64 '' 'unexpected argument: extra' extra
expect "clicks zero" 64 '' '\-\-clicks 0: too small' --headless --clicks 0
expect "clicks not a number" 64 '' '\-\-clicks 3x: invalid' --headless --clicks 3x
expect "clicks too large" 64 '' '\-\-clicks 9999999999: too large' --headless --clicks 9999999999
expect "clicks without headless" 64 '' '\-\-clicks needs \-\-headless' --clicks 2
expect "clicks missing value" 64 '' '^usage: ipcsim' --headless --clicks
expect "no terminal" 64 '' 'standard input is not a terminal; use --headless' 

# --help and the man page (mdoc) name the same long options.
"$IPCSIM" --help | grep -o -- '--[a-z][a-z-]*' | sort -u >"$tmp/help-opts"
grep -o 'Fl \\-[a-z][a-z-]*' "$srcdir/ipcsim.1" | sed 's/^Fl \\-/--/' |
    sort -u >"$tmp/man-opts"
if diff -u "$tmp/help-opts" "$tmp/man-opts"; then
	echo "ok --help and man page list the same options"
else
	echo "FAIL --help and the man page disagree on options"; fail=1
fi
exit $fail
