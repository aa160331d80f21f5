#!/bin/sh
# --trace: real runs of every pattern, two windows and a handler that
# throws, their traces read with jq and checked against their transcripts:
# every frame there, numbered 1..N, each answer linked to its request with
# a latency that adds up, the arguments' JavaScript types exact.  Then the
# TUI's trace, in tmux when it is there.
set -u
IPCSIM=${IPCSIM:-./ipcsim}
command -v jq >/dev/null 2>&1 || { echo "SKIP: jq is not installed"; exit 77; }
tmp=$(mktemp -d) || exit 1
trap 'tmux -S "$tmp/tmux.sock" kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
fail=0

# check NAME CONDITION...: report one assertion.
check() {
	name=$1
	shift
	if "$@"; then echo "ok $name"; else echo "FAIL $name"; fail=1; fi
}

# jqs FILTER [JQ-OPTIONS]: run a jq filter over the whole trace in
# $tmp/t.jsonl, as one array; true when it says true.
jqs() {
	filter=$1
	shift
	jq -e -s "$@" "$filter" "$tmp/t.jsonl" >/dev/null
}

# The console lines of the trace, as the transcript prints them: "[main]",
# "[renderer]", or "[renderer N]" with several windows.
lines_of_trace() {
	jq -r --argjson multi "$1" 'select(.type == "console-line") |
	    "[" + (if .from == "main" or $multi then .from else "renderer" end) +
	    "] " + .text' "$tmp/t.jsonl"
}

# Every answer names a request of its kind, once, with the same id, from
# the window it went to (any window for webContents.send), and a latency
# that is the time between them.
links='. as $all |
    { "ipc-message": "ipc-send", "ipc-invoke-result": "ipc-invoke",
      "ipc-sync-result": "ipc-send-sync" } as $kind |
    [ .[] | select(.answers != null) ] as $ans |
    ([ $ans[].answers ] | unique | length) == ($ans | length) and
    all($ans[]; . as $a | $all[$a.answers - 1] as $r |
        $r.n == $a.answers and $r.type == $kind[$a.type] and
        $r.id == $a.id and $a.latency_ns == $a.t_ns - $r.t_ns and
        $a.latency_ns >= 0 and
        ($r.from == $a.to or $a.method == "webContents.send"))'

# run NAME CLICKS REQUESTS ANSWERS MULTI ARGS...: a headless run with
# --trace, checked: exit 0, numbered 1..N, the transcript's lines are the
# trace's console lines, CLICKS presses (clicks, or pushes when the button
# sends nothing) and press-dones, REQUESTS calls of a renderer, ANSWERS
# answers linked right, every frame delivered.
run() {
	label=$1 clicks=$2 requests=$3 answers=$4 multi=$5
	shift 5
	"$IPCSIM" --headless --clicks "$clicks" --trace "$tmp/t.jsonl" "$@" \
	    >"$tmp/out" 2>"$tmp/err" </dev/null
	status=$?
	check "$label: exit 0, nothing on stderr" test "$status" -eq 0 -a ! -s "$tmp/err"
	check "$label: every line is JSON, numbered 1..N" \
	    jqs 'length > 0 and map(.n) == [range(1; length + 1)]'
	lines_of_trace "$multi" >"$tmp/lines"
	check "$label: the transcript's lines are the trace's console lines" \
	    cmp -s "$tmp/lines" "$tmp/out"
	check "$label: $clicks presses, each done once" jqs \
	    '(map(select(.type == "click" or .type == "push")) | length) == $c and
	    (map(select(.type == "press-done")) | length) == $c' \
	    --argjson c "$clicks"
	check "$label: $requests calls, $answers answers" jqs \
	    '(map(select(.type | test("^ipc-(send|invoke|send-sync)$"))) |
	    length) == $q and (map(select(.answers != null)) | length) == $a' \
	    --argjson q "$requests" --argjson a "$answers"
	check "$label: each answer linked to its request" jqs "$links"
	check "$label: every frame delivered" \
	    jqs 'all(.[]; .verdict == "delivered" and .why == null)'
	check "$label: times from the start, in order of reading" \
	    jqs '. as $t | all(range(1; length); $t[.].t_ns >= $t[. - 1].t_ns or
	    $t[.].from == "ui")'
}

run "send-reply" 3 3 3 false
run "send" 2 2 0 false --pattern send
run "invoke" 2 2 2 false --pattern invoke --args "4, 5, 6"
run "send-sync" 3 3 3 false --pattern send-sync --delay 5 --pipeline
run "push" 2 0 0 false --pattern push
run "two windows, webContents.send" 2 2 2 true --windows 2 --from 2 --reply webContents.send
run "two windows, event.sender.send" 2 2 2 true --windows 2 --from 2 --reply event.sender.send
run "invoke --throw" 1 1 1 false --pattern invoke --throw 'boom "quoted" \ back'
run "pipelined" 3000 3000 3000 false --pipeline

# Methods: each call and answer says which it was.
"$IPCSIM" --headless --clicks 1 --trace "$tmp/t.jsonl" --windows 2 --from 2 \
    --reply webContents.send >/dev/null
check "webContents.send: window 2's send answered in window 1" \
    jqs 'map(select(.type == "ipc-message"))[0] |
    .method == "webContents.send" and .to == "renderer 1" and .page == null'
"$IPCSIM" --headless --trace "$tmp/t.jsonl" --pattern invoke --throw 'boom "quoted" \ back' >/dev/null
check "invoke --throw: the error's text, quotes and backslash kept" \
    jqs 'map(select(.type == "ipc-invoke-result"))[0] |
    .method == "invoke error" and .error == "Error: boom \"quoted\" \\ back"'
"$IPCSIM" --headless --trace "$tmp/t.jsonl" --pattern send-sync >/dev/null
check "send-sync: the return value" \
    jqs 'map(select(.type == "ipc-sync-result"))[0] |
    .method == "sync return value" and .result == {"type": "number", "value": 6}'

# MessagePorts: main gives each window an end of one channel, the trace
# says which process holds the other; the press then travels on the port,
# from page to page, its message one array.
"$IPCSIM" --headless --trace "$tmp/t.jsonl" --scenario port-windows >/dev/null
check "port-windows: port1 to window 1, its other end in window 2" \
    jqs 'map(select(.type == "ipc-post-to-renderer"))[0] |
    .method == "webContents.postMessage" and .to == "renderer 1" and
    .channel == "port" and .message == {"type": "null"} and .port > 0 and
    .other_end == "renderer 2"'
check "port-windows: the same port to window 2, its other end in window 1" \
    jqs 'map(select(.type == "ipc-post-to-renderer")) |
    .[1].to == "renderer 2" and .[1].other_end == "renderer 1" and
    .[1].port == .[0].port'
check "port-windows: the press on the port, page to page" \
    jqs 'map(select(.type == "port-message"))[0] |
    .method == "port.postMessage" and .from == "renderer 1" and
    .to == "renderer 2" and .verdict == "delivered" and
    .message == {"type": "array", "items": [{"type": "number", "value": 1},
    {"type": "number", "value": 2}, {"type": "number", "value": 3}]}'
"$IPCSIM" --headless --trace "$tmp/t.jsonl" --scenario port-from-page >/dev/null
check "port-from-page: the page keeps the other end of the port it sends" \
    jqs 'map(select(.type == "ipc-post-to-main"))[0] |
    .method == "ipcRenderer.postMessage" and .from == "renderer 1" and
    .other_end == "renderer 1" and .port > 0'
check "port-from-page: main's sum comes back on that port" \
    jqs '(map(select(.type == "ipc-post-to-main"))[0].port) as $p |
    map(select(.type == "port-message" and .from == "main"))[0] |
    .port == $p and .message == {"type": "number", "value": 6}'

# The arguments keep their JavaScript types: undefined, NaN, -0 and strings
# stay apart, arrays and objects keep their items and keys in order.
"$IPCSIM" --headless --trace "$tmp/t.jsonl" \
    --args "undefined, NaN, -0, 'x', [1, {a: null}]" >/dev/null
jq -c 'select(.type == "ipc-send") | .args' "$tmp/t.jsonl" >"$tmp/args"
printf '%s\n' '[{"type":"undefined"},{"type":"number","value":"NaN"},{"type":"number","value":"-0"},{"type":"string","value":"x"},{"type":"array","items":[{"type":"number","value":1},{"type":"object","entries":[["a",{"type":"null"}]]}]}]' >"$tmp/want"
check "args: types exact" cmp -s "$tmp/args" "$tmp/want"
check "args: the sum is the string JavaScript makes" \
    jqs 'map(select(.type == "ipc-message"))[0].args ==
    [{"type": "string", "value": "NaNx1,[object Object]"}]'
"$IPCSIM" --headless --trace "$tmp/t.jsonl" \
    --args "'line\\nfeed', '\\u0001', 'quote \" and \\\\', Infinity, -Infinity, 0.1" >/dev/null
check "args: strings escaped, numbers JSON has none of as strings" \
    jqs 'map(select(.type == "ipc-send"))[0].args == [
    {"type": "string", "value": "line\nfeed"},
    {"type": "string", "value": "\u0001"},
    {"type": "string", "value": "quote \" and \\"},
    {"type": "number", "value": "Infinity"},
    {"type": "number", "value": "-Infinity"},
    {"type": "number", "value": 0.1}]'

# --trace - puts the same frames on standard output, and nothing else.
"$IPCSIM" --headless --clicks 2 --trace - >"$tmp/stdout.jsonl" 2>"$tmp/err"
"$IPCSIM" --headless --clicks 2 --trace "$tmp/t.jsonl" >/dev/null
check "--trace -: the same frames on stdout, only them" \
    test "$(jq -c '[.n, .type, .from, .to, .id]' "$tmp/stdout.jsonl")" = \
    "$(jq -c '[.n, .type, .from, .to, .id]' "$tmp/t.jsonl")" -a ! -s "$tmp/err"

# The TUI writes the same trace: a press, its answer linked, then q.
if command -v tmux >/dev/null 2>&1; then
	tmux -S "$tmp/tmux.sock" -f /dev/null new-session -d -s ipcsim -x 100 -y 30 \
	    "env TERM=screen-256color LANG=C.UTF-8 $IPCSIM --trace $tmp/tui.jsonl; echo \$? >$tmp/status"
	# wait_frames N: the trace has N frames or more, within 10 s.
	wait_frames() {
		deadline=$(($(date +%s) + 10))
		while [ "$(date +%s)" -le "$deadline" ]; do
			[ "$(wc -l <"$tmp/tui.jsonl" 2>/dev/null || echo 0)" -ge "$1" ] &&
			    return 0
			sleep 0.05
		done
		return 1
	}
	# The settings to both children, then the press's six frames.
	check "TUI: the settings traced at start" wait_frames 2
	tmux -S "$tmp/tmux.sock" send-keys -t ipcsim Enter
	check "TUI: the press traced before the UI sleeps" wait_frames 8
	tmux -S "$tmp/tmux.sock" send-keys -t ipcsim q
	deadline=$(($(date +%s) + 10))
	while [ ! -s "$tmp/status" ] && [ "$(date +%s)" -le "$deadline" ]; do
		sleep 0.05
	done
	check "TUI: q exits 0" test "$(cat "$tmp/status" 2>/dev/null)" = 0
	cp "$tmp/tui.jsonl" "$tmp/t.jsonl"
	check "TUI: numbered, the reply linked to the send" \
	    jqs "map(.n) == [range(1; length + 1)] and
	    (map(select(.type == \"ipc-message\" and .answers != null)) |
	    length) == 1 and ($links)"
else
	echo "ok # SKIP no tmux for the TUI's trace"
fi
exit $fail
