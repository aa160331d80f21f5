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
expect "bad pattern" 64 '' '\-\-pattern bogus: not one of send-reply' --headless --pattern bogus
expect "bad scenario" 64 '' '\-\-scenario bogus: not one of send-reply' --headless --scenario bogus
expect "hung page, two presses" 64 '' '\-\-clicks 2: \-\-scenario sync-no-listener hangs the page at the first press' --headless --scenario sync-no-listener --clicks 2
expect "bad reply" 64 '' '\-\-reply x: not one of event.reply' --headless --reply x
expect "delay too large" 64 '' '\-\-delay 600001: too large' --headless --pattern invoke --delay 600001
expect "windows zero" 64 '' '\-\-windows 0: too small' --headless --windows 0
expect "windows five" 64 '' '\-\-windows 5: too large' --headless --windows 5
expect "from beyond windows" 64 '' '\-\-from 2: there are only 1 windows' --headless --from 2
expect "from without headless" 64 '' '\-\-from needs \-\-headless' --from 1
expect "pipeline without headless" 64 '' '\-\-pipeline needs \-\-headless' --pipeline
expect "throw without invoke" 64 '' '\-\-throw needs \-\-scenario invoke, handle-once or second-handler' --headless --throw boom
expect "no-handler without invoke" 64 '' '\-\-no-handler needs \-\-scenario invoke' --headless --no-handler
expect "delay with send" 64 '' '\-\-delay needs \-\-scenario invoke, send-sync, port-start-late, handle-once or second-handler' --headless --pattern send --delay 5
expect "push-every without push" 64 '' '\-\-push-every needs \-\-scenario push' --headless --push-every 5
expect "empty throw" 64 '' '\-\-throw: the message must have 1 to 200 bytes' --headless --pattern invoke --throw ''
expect "args not UTF-8" 64 '' '\-\-args: not valid UTF-8' --headless --args "$(printf '\377')"
expect "throw not UTF-8" 64 '' '\-\-throw: not valid UTF-8' --headless --pattern invoke --throw "$(printf 'bad \377')"
expect "throw not UTF-8, no --headless" 64 '' '\-\-throw: not valid UTF-8' --pattern invoke --throw "$(printf '\303')"
# Controls in --throw are the handler's to throw: shown escaped, run ends 0.
expect "throw with controls" 0 "Error: a\\\\e\\[2Jb\\\\x01$" '' --headless --pattern invoke --throw "$(printf 'a\033[2Jb\001')"
expect "args too long" 64 '' '\-\-args: at most 512 bytes' --headless --args "$(printf '%0600d' 0)"
expect "timings unwritable" 1 '' 'ipcsim: /nonexistent/t: No such file or directory' --headless --timings /nonexistent/t
# A trace that cannot be opened or written ends the run: status 1, and why.
expect "trace unwritable" 1 '' '^ipcsim: --trace /nonexistent/t: No such file or directory$' --headless --trace /nonexistent/t
expect "trace write fails" 1 '' '^ipcsim: --trace /dev/full: No space left on device$' --headless --trace /dev/full
expect "trace - without headless" 64 '' '\-\-trace -: standard output is the screen; it needs \-\-headless' --trace -
expect "trace - with messages" 64 '' '\-\-messages: \-\-trace - takes standard output' --headless --messages --trace -
expect "messages without headless" 64 '' '\-\-messages needs \-\-headless' --messages
# With --trace - standard output is the trace, and only the trace.
expect "trace - is all of stdout" 0 '^{"n":1,"t_ns":' '' --headless --trace -
if grep -qv '^{"n":' "$tmp/out"; then
	echo "FAIL trace -: a line that is not the trace's"; fail=1
fi
expect "no terminal" 64 '' 'standard input is not a terminal; use --headless' 

# closed NAME STATUS OUT ERR REDIRECTION: run a headless press with a
# standard descriptor closed by REDIRECTION; stdout must be exactly the
# lines of the file OUT (or nothing when OUT is empty) and stderr exactly ERR.
printf '%s\n' "[main] receive message from renderer process 1 2 3" \
    "[renderer] receive message from main process 6" >"$tmp/seed"
closed() {
	name=$1 want=$2 wantout=$3 wanterr=$4
	: >"$tmp/out"
	: >"$tmp/err"
	case $5 in
	'<&-') "$IPCSIM" --headless <&- >"$tmp/out" 2>"$tmp/err" ;;
	'>&-') "$IPCSIM" --headless </dev/null >&- 2>"$tmp/err" ;;
	'2>&-') "$IPCSIM" --headless </dev/null >"$tmp/out" 2>&- ;;
	'<&- >&-') "$IPCSIM" --headless <&- >&- 2>"$tmp/err" ;;
	'<&- >&- 2>&-') "$IPCSIM" --headless <&- >&- 2>&- ;;
	esac
	status=$?
	if [ "$status" -eq "$want" ] &&
	    cmp -s "$tmp/out" "${wantout:-/dev/null}" &&
	    [ "$(cat "$tmp/err")" = "$wanterr" ]; then
		echo "ok $name"
	else
		echo "FAIL $name: status $status (want $want)"
		echo "--- stdout"; cat "$tmp/out"; echo "--- stderr"; cat "$tmp/err"
		fail=1
	fi
}
# Nothing else may take the number of a closed standard descriptor (the
# signal pipe did, and the transcript was read back as signals: 138).  A
# closed stdout stays closed for writing: the transcript cannot be written,
# and that is said and ends the run with 1.
closed "stdin closed" 0 "$tmp/seed" "" '<&-'
closed "stderr closed" 0 "$tmp/seed" "" '2>&-'
closed "stdout closed" 1 "" "ipcsim: stdout: Bad file descriptor" '>&-'
closed "stdin and stdout closed" 1 "" "ipcsim: stdout: Bad file descriptor" '<&- >&-'
closed "all three closed" 1 "" "" '<&- >&- 2>&-'

# -v: a debug log per process, the UI's naming every frame it routed.
mkdir "$tmp/logs"
TMPDIR="$tmp/logs" "$IPCSIM" -v --headless >/dev/null 2>&1
logs=$(find "$tmp/logs" -name "ipcsim-*.log" | wc -l)
if [ "$logs" -eq 3 ] && grep -q "^ui [0-9]*: ipc-send 0x101 -> 0x1 id 1" "$tmp"/logs/*.log &&
    grep -q "^renderer [0-9]*: renderer started" "$tmp"/logs/*.log &&
    grep -q "^main [0-9]*: main started" "$tmp"/logs/*.log; then
	echo "ok -v writes a log per process"
else
	echo "FAIL -v: $logs logs"; cat "$tmp"/logs/*; fail=1
fi

# A locale with a decimal comma changes nothing: JavaScript numbers have a
# dot.  The German locale is built for the test when its source is there.
if localedef -i de_DE -f UTF-8 "$tmp/de_DE.UTF-8" >/dev/null 2>&1; then
	LOCPATH=$tmp LC_ALL=de_DE.UTF-8 expect "de_DE: 1.5 is a number" 0 \
	    "receive message from main process 3.5" "" --headless --args "1.5, 2"
else
	echo "ok # SKIP no de_DE locale source to build one from"
fi

# Descriptor limits (ulimit -n), with only stdio open so that what the test
# runs under does not count.  With one window the UI needs 11 (stdio, its
# signal pipe, main's two pipe ends, a renderer's two pipes while it is
# forked), two more for each further window; a child needs no more than it
# is given.  Below that: one clear line, status 1, nothing from a child.
# nofile LIMIT ARGS...: run ipcsim ARGS so; sets status, $tmp/out, $tmp/err.
nofile() {
	limit=$1
	shift
	bash -c 'for fd in /proc/$$/fd/*; do fd=${fd##*/}
	    [ "$fd" -gt 2 ] && eval "exec $fd>&-"; done
	    ulimit -n "$0" && exec "$@"' "$limit" "$IPCSIM" "$@" \
	    >"$tmp/out" 2>"$tmp/err" </dev/null
	status=$?
}
# nofile_ok NAME WANT-FILE LIMIT ARGS...: status 0, exactly that transcript.
nofile_ok() {
	name=$1 want=$2
	shift 2
	nofile "$@"
	if [ $status -eq 0 ] && cmp -s "$tmp/out" "$want" && [ ! -s "$tmp/err" ]; then
		echo "ok $name"
	else
		echo "FAIL $name: status $status"; cat "$tmp/out" "$tmp/err"; fail=1
	fi
}
if command -v bash >/dev/null 2>&1 && [ -d /proc/self/fd ]; then
	printf '[main] receive message from renderer process 1 2 3\n[renderer] receive message from main process 6\n' >"$tmp/seed"
	printf '[main] receive message from renderer process 1 2 3\n[renderer 4] receive message from main process 6\n' >"$tmp/seed4"
	for n in 11 12 13; do
		nofile_ok "ulimit -n $n: the seed's transcript" "$tmp/seed" $n --headless
	done
	nofile_ok "ulimit -n 17: four windows" "$tmp/seed4" 17 --headless --windows 4 --from 4
	for case in "4 --headless:pipe2" "6 --headless:cannot start main" \
	    "10 --headless:cannot start renderer" \
	    "16 --headless --windows 4:cannot start renderer"; do
		args=${case%:*}
		# shellcheck disable=SC2086  # the limit and the options split on purpose
		nofile $args
		if [ $status -eq 1 ] && [ ! -s "$tmp/out" ] &&
		    [ "$(cat "$tmp/err")" = "ipcsim: ${case#*:}: Too many open files" ]; then
			echo "ok ulimit -n $args: $(cat "$tmp/err")"
		else
			echo "FAIL ulimit -n $args: status $status"; cat "$tmp/out" "$tmp/err"; fail=1
		fi
	done
else
	echo "ok # SKIP no bash or /proc to run with only stdio open"
fi

# --help and the man page (mdoc) name the same long options.
"$IPCSIM" --help | grep -o -- '--[a-z][a-z-]*' | sort -u >"$tmp/help-opts"
sed 's/\\-/-/g' "$srcdir/ipcsim.1" | grep -o 'Fl -[a-z][a-z-]*' |
    sed 's/^Fl /-/' | sort -u >"$tmp/man-opts"
if diff -u "$tmp/help-opts" "$tmp/man-opts"; then
	echo "ok --help and man page list the same options"
else
	echo "FAIL --help and the man page disagree on options"; fail=1
fi

# Every screenshot the READMEs link is in the source tree and in the
# tarball (EXTRA_DIST).
missing=
for png in $(cat "$srcdir/README.md" "$srcdir/README.zh-CN.md" |
    grep -o 'screenshots/[a-zA-Z0-9_-]*\.png' | sort -u); do
	[ -f "$srcdir/$png" ] && grep -qF -- "$png" "$srcdir/Makefile.am" ||
	    missing="$missing $png"
done
if [ -z "$missing" ]; then
	echo "ok every screenshot the READMEs link is there and distributed"
else
	echo "FAIL screenshots linked but missing or not in EXTRA_DIST:$missing"
	fail=1
fi

# The man page lists the scenarios of --list-scenarios, which come from
# the pattern table, in the same order.
"$IPCSIM" --list-scenarios | awk '{ print $1 }' >"$tmp/help-patterns"
sed -n '/^\.It Fl \\-scenario/,/^\.El/p' "$srcdir/ipcsim.1" |
    sed -n 's/^\.It \([a-z-]*\)$/\1/p' >"$tmp/man-patterns"
if [ -s "$tmp/help-patterns" ] && diff -u "$tmp/help-patterns" "$tmp/man-patterns"; then
	echo "ok --list-scenarios and man page list the same scenarios, in order"
else
	echo "FAIL --help and the man page disagree on patterns"; fail=1
fi
# The man page's KEYS lists the keys of --help (both from the key table),
# in the same order, with the same words.
"$IPCSIM" --help | awk '/^keys/ { k = 1; next } k' | awk '
/^ [a-z]+:$/ { next }
/^                           / { sub(/^ +/, ""); what = what " " $0; next }
/^  [^ ]/ {
	if (key != "") print key "\t" what
	key = substr($0, 3, 24); sub(/ +$/, "", key); what = substr($0, 28)
}
END { print key "\t" what }' >"$tmp/help-keys"
sed -n '/^\.Sh KEYS/,/^\.El/p' "$srcdir/ipcsim.1" | awk '
/^\.It / { key = substr($0, 5); getline; print key "\t" $0 }' >"$tmp/man-keys"
if [ "$(wc -l <"$tmp/help-keys")" -gt 10 ] && diff -u "$tmp/help-keys" "$tmp/man-keys"; then
	echo "ok --help and man page list the same keys, in order"
else
	echo "FAIL --help and the man page disagree on keys"; fail=1
fi
exit $fail
