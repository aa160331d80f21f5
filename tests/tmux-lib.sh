#!/bin/sh
# Helpers for the tests that drive the real TUI in tmux, sourced by them:
# a private tmux server, a 100x30 session running ipcsim, the screen read
# back with capture-pane, and waits that poll against a deadline.
# shellcheck shell=sh disable=SC2317,SC2034  # used by the scripts that source it
IPCSIM=${IPCSIM:-./ipcsim}
command -v tmux >/dev/null 2>&1 || { echo "SKIP: tmux is not installed"; exit 77; }

# These tests crash renderers with SIGSEGV on purpose: under AddressSanitizer
# the signal must kill the process as it would without it.
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}handle_segv=0"
export ASAN_OPTIONS

tmp=$(mktemp -d) || exit 1
servers=0
sock="$tmp/tmux.0.sock"
fail=0
t() { tmux -S "$sock" "$@"; }
cleanup() {
	for server in "$tmp"/tmux.*.sock; do
		tmux -S "$server" kill-server 2>/dev/null
	done
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' HUP INT TERM

# screen: the pane's text now.
screen() { t capture-pane -p -t ipcsim 2>/dev/null; }

# wait_grep FLAG TEXT SECONDS: poll the screen until grep FLAG (-F for a
# fixed string, -E for an extended regular expression) finds TEXT, or fail.
wait_grep() {
	deadline=$(($(date +%s) + $3))
	while [ "$(date +%s)" -le "$deadline" ]; do
		screen | grep -q "$1" -- "$2" && return 0
		sleep 0.05
	done
	echo "FAIL: no '$2' on the screen within $3 s; the screen was:"
	screen | sed 's/^/    | /'
	return 1
}

# wait_for TEXT [SECONDS]: poll the screen until TEXT shows, or fail.
wait_for() { wait_grep -F "$1" "${2:-10}"; }

# wait_re REGEX: poll the screen until a row matches the extended regular
# expression REGEX, or fail.
wait_re() { wait_grep -E "$1" 10; }
# wait_gone TEXT: poll the screen until TEXT no longer shows, or fail.
wait_gone() {
	deadline=$(($(date +%s) + 10))
	while screen | grep -qF -- "$1"; do
		[ "$(date +%s)" -le "$deadline" ] ||
		    { echo "FAIL: '$1' still on the screen after 10 s"; return 1; }
		sleep 0.05
	done
}

# wait_count TEXT N: poll until TEXT shows on exactly N rows.
wait_count() {
	deadline=$(($(date +%s) + 10))
	while [ "$(date +%s)" -le "$deadline" ]; do
		[ "$(screen | grep -cF -- "$1")" -eq "$2" ] && return 0
		sleep 0.05
	done
	echo "FAIL: '$1' is not on $2 rows; the screen was:"
	screen | sed 's/^/    | /'
	return 1
}

# wait_rows FIRST LAST FILE: poll until the screen's rows FIRST..LAST
# (1-based) are exactly the lines of FILE.  The screen is read with the
# function named in $view when it is set (one that masks what changes from
# run to run, say), else with screen.
wait_rows() {
	deadline=$(($(date +%s) + 10))
	while [ "$(date +%s)" -le "$deadline" ]; do
		${view:-screen} | sed -n "$1,$2p" | cmp -s - "$3" && return 0
		sleep 0.05
	done
	echo "FAIL: rows $1 to $2 are not as expected; the screen was:"
	${view:-screen} | sed 's/^/    | /'
	echo "  and the rows expected:"
	sed 's/^/    | /' "$3"
	return 1
}

# column_of TEXT: the column (0-based) where ASCII TEXT first starts; the
# box-drawing characters before it count one column each.
column_of() {
	screen | grep -F -- "$1" | head -n 1 | LC_ALL=C.UTF-8 sed 's/[^ -~]/#/g' |
	    awk -v t="$1" '{ print index($0, t) - 1 }'
}

# check NAME CONDITION...: report one assertion.
check() {
	name=$1
	shift
	if "$@"; then echo "ok $name"; else echo "FAIL $name"; fail=1; fi
}

# start ARGS: a fresh server running ipcsim ARGS at 100x30; the exit status
# lands in a file.  Each start has a server (and socket) of its own: a new
# one on the socket of one still shutting down can be lost.  The pane runs
# $pane_before first, $pane_after once ipcsim has ended (before its status
# is written), and then $pane_last (sleep 60 by default), when they are set.
# start_env holds more NAME=VALUE words for ipcsim's environment (a locale,
# for example).
start_env=
start() {
	t kill-server 2>/dev/null
	servers=$((servers + 1))
	sock="$tmp/tmux.$servers.sock"
	rm -f "$tmp/status"
	t -f /dev/null new-session -d -s ipcsim -x 100 -y 30 \
	    "${pane_before:-}env TERM=screen-256color LANG=C.UTF-8 ASAN_OPTIONS=$ASAN_OPTIONS $start_env $IPCSIM $*; s=\$?; ${pane_after:-}echo \$s >$tmp/status; ${pane_last:-sleep 60}"
	t set-option -t ipcsim status off >/dev/null
}

# wait_exit: wait for ipcsim to end and echo its status.
wait_exit() {
	deadline=$(($(date +%s) + 10))
	while [ ! -s "$tmp/status" ] && [ "$(date +%s)" -le "$deadline" ]; do
		sleep 0.05
	done
	cat "$tmp/status" 2>/dev/null
}

# pane_pid NAME: the pid in the title "NAME - pid N", e.g. "renderer (window 1)".
pane_pid() {
	screen | sed -n "s/.*$1 - pid \([0-9]*\).*/\1/p" | head -n 1
}

# ui_pid: the UI process, the parent of main.
ui_pid() {
	ps -o ppid= -p "$(pane_pid main)" | tr -d ' '
}

# How long processes have to end: 2 s, but under AddressSanitizer every
# process runs LeakSanitizer's check as it exits, which on a busy machine
# takes seconds of its own.
gone_within=2
grep -qa __asan_init "$IPCSIM" 2>/dev/null && gone_within=6

# title_is PID TITLE: the process's title (ps's args) is TITLE within 5 s:
# the screen names a child as soon as it is forked, before the child has
# set its title.
title_is() {
	deadline=$(($(date +%s) + 5))
	until [ "$(ps -o args= -p "$1" 2>/dev/null)" = "$2" ]; do
		[ "$(date +%s)" -gt "$deadline" ] && return 1
		sleep 0.05
	done
}

# pids_gone PID...: every pid has ended within $gone_within s.
pids_gone() {
	deadline=$(($(date +%s) + gone_within))
	while [ "$(date +%s)" -le "$deadline" ]; do
		alive=0
		for p in "$@"; do kill -0 "$p" 2>/dev/null && alive=1; done
		[ "$alive" -eq 0 ] && return 0
		sleep 0.05
	done
	return 1
}

