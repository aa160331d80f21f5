#!/bin/sh
# The inspector and step mode in the real TUI (tmux at 100x30): the list's
# columns, a frame's detail and its link, the filter, hiding the UI's own
# frames, clearing, the count of frames let go; step mode walking one press
# hop by hop with the code view's highlighted line checked at each step,
# and turning it off letting every held frame go, in order.  Times and
# latencies change from run to run: rows are compared with them masked.
set -u
# shellcheck source=tests/tmux-lib.sh
. "${top_srcdir:-.}/tests/tmux-lib.sh"

# masked: the screen with times (0.001690, 0.528424461 s) as TIME and
# latencies (717.5 us, 1.31 ms) as LAT, and the spaces before a row's
# last border as one, so that whole rows can be compared.
masked() {
	screen | perl -CS -pe 's/ +\d+\.\d{6} / TIME /g; s/\d+\.\d{9} s/TIME s/;
	    s/[\d.]+ (?:us|ms|s)\b/LAT/g; s/ +\x{2502}$/ \x{2502}/'
}

# wait_masked FIRST LAST: poll until the masked rows FIRST..LAST are the
# lines on stdin.
wait_masked() {
	cat >"$tmp/want"
	view=masked wait_rows "$1" "$2" "$tmp/want"
}

# lit: the text drawn in reverse video below the rules (the code view's
# highlighted lines, in either column), a row a line: the attributes are
# followed through every SGR sequence of the row.
lit() {
	t capture-pane -e -p -t ipcsim 2>/dev/null | sed -n '5,28p' |
	    perl -ne 'my ($rev, $out) = (0, "");
		for my $tok (split /(\e\[[0-9;]*m)/) {
			if ($tok =~ /^\e\[([0-9;]*)m$/) {
				for my $p (split /;/, $1 eq "" ? "0" : $1) {
					$rev = 1 if $p == 7;
					$rev = 0 if $p == 0 || $p == 27;
				}
			} elsif ($rev) {
				$out .= $tok;
			}
		}
		print "$out\n" if $out ne ""'
}

# wait_lit TEXT: poll until the highlighted rows are the lines of TEXT
# ("" for none).
wait_lit() {
	printf '%s' "$1" >"$tmp/want"
	[ -z "$1" ] || echo >>"$tmp/want"
	deadline=$(($(date +%s) + 10))
	while [ "$(date +%s)" -le "$deadline" ]; do
		lit | cmp -s - "$tmp/want" && return 0
		sleep 0.05
	done
	echo "FAIL: the highlighted rows are not as expected; they were:"
	lit | sed 's/^/    | /'
	echo "  and the rows expected:"
	sed 's/^/    | /' "$tmp/want"
	return 1
}

# typed TEXT: type TEXT into the filter's prompt, which opens with /, and
# apply it; the prompt opens with the filter as it was, which BSpace takes
# away first (filters here are under 40 characters).
typed() {
	t send-keys -t ipcsim /
	wait_for "filter (Enter applies, Esc cancels)" || return 1
	i=0
	while [ "$i" -lt 40 ]; do
		t send-keys -t ipcsim BSpace
		i=$((i + 1))
	done
	wait_for "Esc cancels): _" || return 1
	t send-keys -t ipcsim -l "$1"
	t send-keys -t ipcsim Enter
}

# The seed's press, then i: every frame, in its columns.
start
wait_for "Send 1, 2, 3" || exit 1
t send-keys -t ipcsim Enter
wait_for "reply: 6" || exit 1
t send-keys -t ipcsim i
check "the inspector lists the nine frames of a start and a press" wait_masked 4 14 <<'EOF'
├─ inspector: 9 frames ──────────────────────────┤├────────────────────────────────────────────────┤
│  No.      Time Dir      Method            Channel          Arguments         Size Answers │
│    1 TIME UI→Main  config                             send-reply, eve…    16 │
│    2 TIME UI→R1    config                             send-reply, eve…    16 │
│    3 TIME UI→Main  window created                                          5 │
│    4 TIME UI→R1    click                              '1, 2, 3'           11 │
│    5 TIME R1→Main  send              message-from-re… [ 1, 2, 3 ]         61 │
│    6 TIME Main→UI  console line                       'receive messag…    47 │
│    7 TIME Main→R1  event.reply       message-from-ma… [ 6 ]               40 #5 LAT │
│    8 TIME R1→UI    console line                       'receive messag…    39 │
│    9 TIME R1→UI    press done                         '6'                  6 │
EOF

# status_is NAME TEXT: poll until the status line (row 29) is TEXT, whole.
status_is() {
	printf ' %s\n' "$2" >"$tmp/status_want"
	check "$1" wait_rows 29 29 "$tmp/status_want"
}
status_is "the inspector's status line says what Enter does there" \
    "Enter opens the frame's detail, / filters, Esc closes; F1 or ? shows every key"

# Enter on the answer: its detail; l goes to its request and back.
t send-keys -t ipcsim Up Up Enter
status_is "the detail's status line names its keys" \
    "l goes to the linked frame, Esc back to the list; F1 or ? shows every key"
check "the detail of an answer: its header, its link, its arguments, its payload" wait_masked 5 24 <<'EOF'
│ frame 7   (Esc: back to the list) │
│   time        TIME s │
│   from        main │
│   to          renderer 1 │
│   type        ipc-message (0x0201) │
│   method      event.reply │
│   request id  1 │
│   length      56: a 16-byte header, 40 of payload │
│   version     1 │
│   verdict     delivered │
│   answers     frame 5, after LAT (l goes there) │
│   page        1 │
│   channel     message-from-main │
│   carries     [ 6 ] │
│   arguments │
│     [0] 6 │
│   payload     40 bytes │
│     0000  00 00 00 01 00 00 00 00 11 6d 65 73 73 61 67 65  |.........message| │
│     0010  2d 66 72 6f 6d 2d 6d 61 69 6e 06 00 00 00 01 04  |-from-main......| │
│     0020  40 18 00 00 00 00 00 00                          |@.......| │
EOF
t send-keys -t ipcsim l
wait_for "frame 5   (Esc: back to the list)" || fail=1
check "l on a request goes to its answer's frame" wait_masked 15 15 <<'EOF'
│   answer      frame 7, after LAT (l goes there) │
EOF
t send-keys -t ipcsim l
wait_for "frame 7   (Esc: back to the list)" || fail=1
t send-keys -t ipcsim Escape
wait_for " No.      Time Dir" || fail=1
t send-keys -t ipcsim /
status_is "the filter prompt's status line names its keys" \
    "Enter applies the filter, Esc cancels"
t send-keys -t ipcsim Escape
status_is "back in the list, Enter opens a detail again" \
    "Enter opens the frame's detail, / filters, Esc closes; F1 or ? shows every key"

# The filter: a key, the arrow either way, a regex, a negation, a refused
# regex that leaves the filter as it was.
typed "method:send"
check "method:send lists the send alone" wait_masked 4 7 <<'EOF'
├─ inspector: 9 frames ──────────────────────────┤├─ filter: method:send ──────────────────────────┤
│  No.      Time Dir      Method            Channel          Arguments         Size Answers │
│    5 TIME R1→Main  send              message-from-re… [ 1, 2, 3 ]         61 │
│ │
EOF
typed "dir:Main->R1"
check "dir:Main->R1 lists the reply alone" wait_masked 6 7 <<'EOF'
│    7 TIME Main→R1  event.reply       message-from-ma… [ 6 ]               40 #5 LAT │
│ │
EOF
typed "dir:R1→UI -/done/"
check "dir:R1→UI -/done/ lists the renderer's console line" wait_masked 6 7 <<'EOF'
│    8 TIME R1→UI    console line                       'receive messag…    39 │
│ │
EOF
typed "channel:from-main"
wait_for "filter: channel:from-main" || fail=1
typed "/(/"
check "a bad regex is refused and the filter stays" wait_masked 4 28 <<'EOF'
├─ inspector: 9 frames ──────────────────────────┤├─ filter: channel:from-main ────────────────────┤
│  No.      Time Dir      Method            Channel          Arguments         Size Answers │
│    7 TIME Main→R1  event.reply       message-from-ma… [ 6 ]               40 #5 LAT │
│ │
│ │
│ │
│ │
│ │
│ │
│ │
│ │
│ │
│ │
│ │
│ │
│ │
│ │
│ │
│ │
│ │
│ │
│ │
│ │
│ filter refused: Unmatched ( or \( │
└────────────────────────────────────────────────┘└────────────────────────────────────────────────┘
EOF
typed ""
wait_for "│    1  " || fail=1

# x hides the UI's own frames, and shows them again.
t send-keys -t ipcsim x
check "x leaves the IPC frames" wait_masked 4 8 <<'EOF'
├─ inspector: 9 frames ──────────────────────────┤├─ internal hidden ──────────────────────────────┤
│  No.      Time Dir      Method            Channel          Arguments         Size Answers │
│    5 TIME R1→Main  send              message-from-re… [ 1, 2, 3 ]         61 │
│    7 TIME Main→R1  event.reply       message-from-ma… [ 6 ]               40 #5 LAT │
│ │
EOF
t send-keys -t ipcsim x
wait_for "│    9  " || fail=1

# c clears; numbers go on, and Space (Enter is the inspector's) presses.
t send-keys -t ipcsim c
check "c clears the list" wait_masked 4 6 <<'EOF'
├─ inspector: 0 frames ──────────────────────────┤├────────────────────────────────────────────────┤
│  No.      Time Dir      Method            Channel          Arguments         Size Answers │
│ (no frame yet) │
EOF
t send-keys -t ipcsim Space
check "after a clear the numbers go on, and an answer keeps its link" wait_masked 4 11 <<'EOF'
├─ inspector: 6 frames ──────────────────────────┤├────────────────────────────────────────────────┤
│  No.      Time Dir      Method            Channel          Arguments         Size Answers │
│   10 TIME UI→R1    click                              '1, 2, 3'           11 │
│   11 TIME R1→Main  send              message-from-re… [ 1, 2, 3 ]         61 │
│   12 TIME Main→UI  console line                       'receive messag…    47 │
│   13 TIME Main→R1  event.reply       message-from-ma… [ 6 ]               40 #11 LAT │
│   14 TIME R1→UI    console line                       'receive messag…    39 │
│   15 TIME R1→UI    press done                         '6'                  6 │
EOF

t send-keys -t ipcsim Escape
status_is "with the inspector closed, Enter sends again" \
    "Enter sends; F1 or ? shows every key"
t send-keys -t ipcsim i
wait_for " No.      Time Dir" || fail=1

# Two bursts of 10,000 presses, six frames each, make 120,000 frames: the
# oldest are let go, and said so; Home goes to the oldest kept.
t send-keys -t ipcsim F6
t1=$(date +%s)
wait_for "inspector: 60006 frames" 120 || fail=1
echo "info: a burst of 10,000 presses with the inspector open took $(($(date +%s) - t1)) s"
t send-keys -t ipcsim F6
check "the rule says how many older frames were let go" \
    wait_for "inspector: 100000 frames, 20006 older let go" 120
t send-keys -t ipcsim Home
check "Home goes to the oldest frame kept" wait_masked 6 6 <<'EOF'
│   20016 TIME UI→R1    click                           '1, 2, 3'        11 │
EOF
t send-keys -t ipcsim q
check "q exits with status 0 with the inspector open" test "$(wait_exit)" = 0

# Step mode (t): each hop waits for g, and the code view marks its line.
start
wait_for "Send 1, 2, 3" || exit 1
t send-keys -t ipcsim t F2
wait_for "step: nothing held" || fail=1
t send-keys -t ipcsim Enter
wait_for "step: next R1→Main send, 1 held" || fail=1
check "held: the renderer's call is marked (line 4, which wraps)" wait_lit "  4   ipcRenderer.send('message-from-renderer'
, 1, 2, 3)"
check "held: no reply yet" wait_for "reply: (none yet)"
t send-keys -t ipcsim g
wait_for "step: next Main→UI console line" || fail=1
check "step 1: main's console.log is marked" wait_lit "  4   console.log('receive message from
renderer process', ...args)"
t send-keys -t ipcsim g
wait_for "step: next Main→R1 event.reply, 1" || fail=1
check "step 2: main's event.reply is marked" wait_lit "  6   event.reply('message-from-main', sum)"
t send-keys -t ipcsim g
wait_for "step: next R1→UI console line" || fail=1
check "step 3: the renderer's listener is marked" wait_lit "  7   console.log('receive message from main
process', res)"
check "step 3: the page shows no reply yet" wait_for "reply: (none yet)"
t send-keys -t ipcsim g
wait_for "step: nothing held" || fail=1
check "step 4: the press done went with the console line" wait_for "reply: 6"
check "step 4: no line is marked" wait_lit ""

# The inspector marks the next frame to go with > and the others held with *.
t send-keys -t ipcsim Escape
wait_for "─ console ─" || fail=1
t send-keys -t ipcsim Enter
wait_for "step: next R1→Main send, 1 held" || fail=1
t send-keys -t ipcsim Enter
wait_for "step: next R1→Main send, 2 held" || fail=1
t send-keys -t ipcsim i x
check "the inspector marks the held frames" wait_masked 6 10 <<'EOF'
│    5 TIME R1→Main  send              message-from-re… [ 1, 2, 3 ]         61 │
│    7 TIME Main→R1  event.reply       message-from-ma… [ 6 ]               40 #5 LAT │
│ > 11 TIME R1→Main  send              message-from-re… [ 1, 2, 3 ]         61 │
│ * 13 TIME R1→Main  send              message-from-re… [ 1, 2, 3 ]         61 │
│ │
EOF
# Off lets everything go, in order: both presses are answered.
t send-keys -t ipcsim Escape t
wait_count "receive message from main process 6" 3 || fail=1
check "step mode off: every held frame went" wait_count "receive message from renderer process 1 2 3" 3
t send-keys -t ipcsim q
check "q exits with status 0 after step mode" test "$(wait_exit)" = 0
exit "$fail"
