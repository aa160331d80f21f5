#!/bin/sh
# Whatever frame the UI accepts and passes on, the process that receives it
# survives: frames as large as a frame may be, forged into a renderer's real
# pipe to the UI, that make main log a line, or answer, over the limit.
set -u
# shellcheck source=tests/tmux-lib.sh
. "${top_srcdir:-.}/tests/tmux-lib.sh"

# u32 N: N as four big-endian bytes.
u32() {
	printf "$(printf '\\%03o\\%03o\\%03o\\%03o' $(($1 >> 24 & 255)) \
	    $(($1 >> 16 & 255)) $(($1 >> 8 & 255)) $(($1 & 255)))"
}

# ipc_send BODY_FILE BODY_LEN: an ipc-send frame from renderer 1 (page 1)
# to main on message-from-renderer, whose arguments are the bytes of
# BODY_FILE (an encoded array).
ipc_send() {
	u32 $((16 + 4 + 4 + 21 + $2))
	printf '\000\001\002\000\001\001\000\001'
	u32 77
	u32 1
	u32 21
	printf 'message-from-renderer'
	cat "$1"
}

# forge NAME BODY_FILE: write the frame into the renderer's pipe to the UI,
# then check main lives on, its line is cut with a note, and the renderer
# logs main's answer.
forge() {
	start
	wait_for "Send 1, 2, 3" || return 1
	rpid=$(pane_pid "renderer (window 1)")
	mpid=$(pane_pid main)
	ipc_send "$2" "$(wc -c <"$2")" >"$tmp/frame"
	check "$1: the frame is at most 1 MiB" test "$(wc -c <"$tmp/frame")" -le 1048576
	cat "$tmp/frame" >"/proc/$rpid/fd/4"
	wait_for "[ipcsim: " 20 || fail=1
	wait_for "$3" 20 || fail=1
	check "$1: main kept running" test "$(pane_pid main)" = "$mpid"
	check "$1: the renderer kept running" test "$(pane_pid "renderer (window 1)")" = "$rpid"
	t send-keys -t ipcsim q
	check "$1: q exits 0" test "$(wait_exit)" = 0
}

# A million undefined values: main's line would be 10 MB.
{ printf '\006'; u32 1000000; head -c 1000000 /dev/zero; } >"$tmp/undefined"
forge "a million undefined" "$tmp/undefined" "receive message from main process NaN"

# One string that fills the frame: main's line would be over the limit.
n=1048520
{ printf '\006'; u32 1; printf '\005'; u32 $n; head -c $n /dev/zero | tr '\0' a; } >"$tmp/string"
forge "a string of $n bytes" "$tmp/string" "aaaaaaa"

exit $fail
