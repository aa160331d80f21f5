#!/bin/sh
# The terminal after the TUI ends, in every way it can end: q, F10, Ctrl-C,
# and each signal whose default action ends a process, sent to the UI.
# Afterwards the tty's modes (stty -a) are what they were before; the pane
# has left the alternate screen, mouse reporting and the keypad mode are
# off and the cursor shows; a paste is not bracketed; no child is left; and
# the exit status is the shell's for the way it ended (128 + the signal).
# shellcheck disable=SC2317,SC2119  # functions run by check; start without arguments
set -u
# shellcheck source=tests/tmux-lib.sh
. "${top_srcdir:-.}/tests/tmux-lib.sh"

# The pane records the tty's modes before and after ipcsim, and then reads
# what is typed or pasted, a line at a time, into a file.  No core files.
pane_before="ulimit -c 0; stty -a >$tmp/before; "
pane_after="stty -a >$tmp/after; "
pane_last="exec cat >$tmp/typed"

# The pane's modes, as a fresh pane has them: alternate screen, the five
# mouse modes, the cursor shown, the cursor and numeric keypad modes.
modes='#{alternate_on} #{mouse_any_flag} #{mouse_standard_flag} #{mouse_button_flag} #{mouse_all_flag} #{mouse_sgr_flag} #{mouse_utf8_flag} #{cursor_flag} #{keypad_cursor_flag} #{keypad_flag}'
fresh='0 0 0 0 0 0 0 1 0 0'

# wait_typed LINE: poll until the typed file is exactly LINE.
wait_typed() {
	printf '%s\n' "$1" >"$tmp/want-typed"
	deadline=$(($(date +%s) + 5))
	while [ "$(date +%s)" -le "$deadline" ]; do
		cmp -s "$tmp/typed" "$tmp/want-typed" 2>/dev/null && return 0
		sleep 0.05
	done
	echo "  typed: $(od -c "$tmp/typed" 2>/dev/null | head -n 2)"
	return 1
}

# status_is NAME WANT: the status file says WANT: 0, a signal's name as the
# shell's kill -l gives it for the status, or a signal's number.
status_is() {
	got=$(wait_exit)
	case $2 in
	0) ok=$([ "$got" = 0 ] && echo 1) ;;
	[0-9]*) ok=$([ "$got" = $((128 + $2)) ] && echo 1) ;;
	*) ok=$([ "${got:-0}" -gt 128 ] && [ "$(kill -l "$got")" = "$2" ] &&
	    echo 1) ;;
	esac
	[ "${ok:-0}" = 1 ] && return 0
	echo "  $1: exit status '$got', want $2"
	return 1
}

# same_stty: the tty's modes after are those before, or show the difference.
same_stty() {
	diff "$tmp/before" "$tmp/after" >"$tmp/stty-diff" && return 0
	sed 's/^/    /' "$tmp/stty-diff"
	return 1
}

# ended WAY WANT PID...: the checks once ipcsim has ended.
ended() {
	way=$1 want=$2
	shift 2
	check "$way: exit status" status_is "$way" "$want"
	check "$way: stty -a as before" same_stty
	got=$(t display -p -t ipcsim "$modes")
	check "$way: terminal modes as before ($got)" test "$got" = "$fresh"
	t set-buffer -b typed x
	t paste-buffer -p -b typed -t ipcsim
	t send-keys -t ipcsim Enter
	check "$way: a paste is not bracketed, a line is cooked" wait_typed x
	check "$way: no ipcsim process left" pids_gone "$@"
}

# run WAY WANT: start ipcsim, end it by WAY (key:KEY or sig:NAME), check.
run() {
	start
	wait_for "Send 1, 2, 3" || { fail=1; return; }
	rpid=$(pane_pid "renderer (window 1)")
	mpid=$(pane_pid main)
	upid=$(ui_pid)
	case $1 in
	key:*) t send-keys -t ipcsim "${1#key:}" ;;
	sig:*) kill -s "${1#sig:}" "$upid" ;;
	esac
	ended "$1" "$2" "$upid" "$rpid" "$mpid"
}

run key:q 0
run key:F10 0
run key:C-c 0
# Signals the loop turns into a clean quit, then dies of.  16 is SIGSTKFLT,
# which dash knows only by its number.
for sig in HUP INT TERM QUIT USR1 USR2 ALRM XCPU XFSZ VTALRM PROF IO PWR \
    16 RTMIN RTMAX; do
	run "sig:$sig" "$sig"
done
# Crashes: a handler gives the terminal back and ends the children at once.
for sig in SEGV BUS FPE ILL TRAP SYS ABRT; do
	run "sig:$sig" "$sig"
done

# A window opened once curses runs is a child like the others: a crash
# ends it too.
start
wait_for "Send 1, 2, 3" || exit 1
mpid=$(pane_pid main)
upid=$(ui_pid)
r1pid=$(pane_pid "renderer (window 1)")
t send-keys -t ipcsim F3
wait_for "renderer (window 2, 2 open) - pid" || fail=1
r2pid=$(pane_pid "renderer (window 2, 2 open)")
kill -s SEGV "$upid"
ended "F3, then SIGSEGV" SEGV "$upid" "$mpid" "$r1pid" "$r2pid"

# SIGPIPE ends nothing: ipcsim ignores it and goes on.
start
wait_for "Send 1, 2, 3" || exit 1
rpid=$(pane_pid "renderer (window 1)")
mpid=$(pane_pid main)
upid=$(ui_pid)
kill -s PIPE "$upid"
t send-keys -t ipcsim Enter
wait_for "receive message from main process 6" || fail=1
t send-keys -t ipcsim q
ended "SIGPIPE, then q" 0 "$upid" "$rpid" "$mpid"
exit $fail
