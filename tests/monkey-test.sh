#!/bin/sh
# A keystroke monkey on the real TUI in tmux: thousands of random keys,
# mouse escapes (SGR and X10, parsed or not), pastes and resizes from 1x1
# to 300x100, drawn from a seeded generator; then, from whatever state that
# left, 100x30 again, a press that must be answered, q, exit status 0, the
# terminal's modes as they were and no process left.
#   MONKEY_SEED  the generator's seed (default 14); printed, so that a
#                failure can be replayed (the keys are the same, their timing
#                against the program's is not)
#   MONKEY_KEYS  how many events to send (default 3000)
# No q, F10 or Ctrl-C is ever sent before the end: each quits (q outside
# the argument field), and which widget has the focus is not known.
# shellcheck disable=SC2317  # the functions that check runs look unreachable
set -u
# shellcheck source=tests/tmux-lib.sh
. "${top_srcdir:-.}/tests/tmux-lib.sh"

seed=${MONKEY_SEED:-14}
keys=${MONKEY_KEYS:-3000}
case "$seed$keys" in
*[!0-9]*) echo "FAIL: MONKEY_SEED and MONKEY_KEYS must be numbers"; exit 1 ;;
esac
echo "info monkey: seed $seed, $keys events (replay: MONKEY_SEED=$seed MONKEY_KEYS=$keys $0)"
t0=$(date +%s%N)

# On failure, say again how to replay and keep the events that were sent.
replay() {
	cp "$tmp/plan" "monkey-$seed.plan" 2>/dev/null
	echo "FAIL monkey: seed $seed; replay with MONKEY_SEED=$seed MONKEY_KEYS=$keys;" \
	    "the events are in monkey-$seed.plan"
}

# The plan: one line per batch, a tmux command line (commands joined by
# ";") that the loop below runs.  Characters go as hex bytes (-H), so no
# key needs quoting; pastes are single-quoted and hold no quote or ";".
awk -v seed="$seed" -v n="$keys" '
function pick(s,   a, k) { k = split(s, a, " "); return a[int(rand() * k) + 1] }
function r(lo, hi) { return lo + int(rand() * (hi - lo + 1)) }
function hex(s,   i, o) {
	o = ""
	for (i = 1; i <= length(s); i++)
		o = o sprintf(" %02x", ord[substr(s, i, 1)])
	return o
}
# Add a command; consecutive keys of one kind share a send-keys.
function emit(kind, text) {
	if (kind != "" && kind == last) { cmd = cmd " " text; return }
	flush()
	if (kind == "hex") cmd = "send-keys -t ipcsim -H " text
	else if (kind == "key") cmd = "send-keys -t ipcsim " text
	else cmd = text
	last = kind
}
function flush() {
	if (cmd != "") batch = batch (batch == "" ? "" : " \\; ") cmd
	cmd = ""; last = ""
}
# A mouse event at column x, row y (1-based) with button code b; X10 ends
# with a release (button 3), SGR with "m".  X10 bytes stay below 0x80 and
# never spell q (0x71): x and y avoid 81.
function mouse(sgr, b, x, y, release) {
	if (sgr)
		return hex(sprintf("\033[<%d;%d;%d%s", b, x, y, release ? "m" : "M"))
	if (x > 95) x = 95
	if (y > 95) y = 95
	if (x == 81) x = 80
	if (y == 81) y = 80
	return hex("\033[M") sprintf(" %02x %02x %02x", 32 + (release ? 3 : b), 32 + x, 32 + y)
}
BEGIN {
	srand(seed)
	for (i = 1; i < 128; i++) ord[sprintf("%c", i)] = i
	# Printable ASCII but q; pastes also leave out the quote and ";".
	for (i = 32; i < 127; i++) {
		c = sprintf("%c", i)
		if (c != "q") chars = chars c
		if (c != "q" && c != "\047" && c != ";") pchars = pchars c
	}
	named = "Tab Tab Tab BTab BTab Enter Enter Space Up Down Left Left Right Right " \
	    "Home End BSpace DC IC PPage NPage Escape F1 F2 F2 F3 F4 F5 F5 F6 F7 F8 F9 F11 F12 " \
	    "C-l C-u C-k C-a C-e C-d C-h M-a M-x M-[ M-O"
	utf = "é 日本語 😀 e\314\201 \302\205 \342\200\256 \357\277\275"
	sent = 0
	while (sent < n) {
		batch = ""; cmd = ""; last = ""
		size = r(5, 40)
		for (j = 0; j < size && sent < n; j++) {
			sent++
			p = rand()
			if (p < 0.55) {
				emit("hex", hex(substr(chars, r(1, length(chars)), 1)))
			} else if (p < 0.85) {
				emit("key", pick(named))
			} else if (p < 0.92) {
				# Clicks often land on the widgets (rows 2 and 3).
				x = r(1, 110)
				y = rand() < 0.5 ? r(2, 3) : r(1, 40)
				sgr = rand() < 0.5
				b = pick("0 0 0 1 2 32 64 65")
				e = rand()
				if (e < 0.6)
					emit("hex", mouse(sgr, b, x, y, 0) mouse(sgr, b, x, y, 1))
				else
					emit("hex", mouse(sgr, b, x, y, e < 0.8))
			} else if (p < 0.94) {
				# A bare or cut escape sequence.
				emit("hex", hex(pick("\033[ \033[< \033[M \033O \033[1;5 \033[200~ \033[201~ \033[?1;2c")))
			} else if (p < 0.97) {
				s = ""
				len = r(1, 120)
				for (k = 0; k < len; k++)
					s = s (rand() < 0.05 ? pick(utf) : substr(pchars, r(1, length(pchars)), 1))
				emit("", "set-buffer -b monkey \047x" s "\047 \\; paste-buffer -d -p -b monkey -t ipcsim")
			} else {
				z = rand()
				if (z < 0.35) { w = r(1, 20); h = r(1, 12) }
				else if (z < 0.65) { w = r(55, 65); h = r(10, 14) }
				else { w = r(1, 300); h = r(1, 100) }
				emit("", (rand() < 0.15 ? "resize-pane" : "resize-window") \
				    " -t ipcsim -x " w " -y " h)
			}
		}
		flush()
		print "t " batch
	}
}' >"$tmp/plan" || { echo "FAIL: cannot make the plan"; exit 1; }

# The session: ipcsim between two stty -a of its terminal, so the modes it
# leaves can be compared with those it found.  A small scrollback makes
# every press of a burst change the screen (the count of dropped lines).
sock="$tmp/tmux.1.sock"
servers=1
t -f /dev/null new-session -d -s ipcsim -x 100 -y 30 \
    "stty -a >$tmp/stty.before; env TERM=screen-256color LANG=C.UTF-8 ASAN_OPTIONS=$ASAN_OPTIONS $IPCSIM --scrollback 30; echo \$? >$tmp/status; stty -a >$tmp/stty.after; sleep 60"
t set-option -t ipcsim status off >/dev/null
session=$(t display-message -p -t ipcsim '#{pane_pid}')
wait_for "Send 1, 2, 3" || exit 1

batches=0
while IFS= read -r line; do
	batches=$((batches + 1))
	eval "$line" >/dev/null 2>&1
	if [ -s "$tmp/status" ]; then
		echo "FAIL monkey: ipcsim ended during batch $batches with status $(cat "$tmp/status"); the screen was:"
		screen | sed 's/^/    | /'
		replay
		exit 1
	fi
	sleep 0.01
done <"$tmp/plan"
echo "info monkey: $batches batches sent in $((($(date +%s%N) - t0) / 1000000)) ms"

# quiet: the screen stays the same for half a second (the keys sent have
# all been read and no burst is running).
quiet() {
	deadline=$(($(date +%s) + $1))
	screen >"$tmp/a"
	while [ "$(date +%s)" -le "$deadline" ]; do
		sleep 0.5
		screen >"$tmp/b"
		cmp -s "$tmp/a" "$tmp/b" && return 0
		mv "$tmp/b" "$tmp/a"
	done
	echo "FAIL: the screen kept changing for $1 s; it was:"
	sed 's/^/    | /' "$tmp/a"
	return 1
}

# press_until TEXT KEY: press KEY, each time once the screen has changed from
# the last, until TEXT shows (twenty times at most: more than the
# scenarios a selector cycles through).
press_until() {
	i=0
	while ! screen | grep -qF -- "$1"; do
		[ "$i" -lt 30 ] || { wait_for "$1" 0; return 1; }
		screen >"$tmp/a"
		t send-keys -t ipcsim "$2"
		deadline=$(($(date +%s) + 10))
		while screen | cmp -s - "$tmp/a" && [ "$(date +%s)" -le "$deadline" ]; do
			sleep 0.05
		done
		i=$((i + 1))
	done
}

# cycle TEXT: press Right on the focused selector until it shows TEXT.
cycle() { press_until "$1" Right; }

# Back to a known state from any: any paste ended; 100x30; the keys read; Esc, once the
# screen has changed after the last, until the timeline shows (it closes the
# filter's prompt, a frame's detail, the inspector and the code view, one at
# a time; a lone Esc in the timeline could run into the next key); step mode
# off if it is on, which lets the frames it held go; any burst over (it ends
# by itself); a page hung in sendSync crashed (F7); F5 reloads the window
# shown or relaunches the app if either is gone; an empty paste puts the focus
# on the argument field; known arguments; Tab to the
# pattern and the reply method and cycle them to send-reply (by way of send,
# so that send-reply's webPreferences come back with it whatever F9 left:
# a scenario picked brings its own contextIsolation) and event.reply;
# back to the button, End to follow the timeline again, and press.
recover() {
	# A paste's end mark: the monkey may have left a paste open (its start
	# sent without its end), which would take every key below as text
	# until a second passed with none.
	t send-keys -t ipcsim -H 1b 5b 32 30 31 7e
	# And a lone Esc, which ends one whose end mark a cut sequence ate.
	t send-keys -t ipcsim Escape
	quiet 120 || return 1
	t resize-window -t ipcsim -x 100 -y 30
	wait_for "F10Quit" || return 1
	quiet 120 || return 1
	press_until "─ console" Escape || return 1
	# Ctrl-L clears what the status line said, which step mode's state follows.
	t send-keys -t ipcsim C-l
	wait_for "F10Quit" || return 1
	if screen | grep -q "^ step: "; then
		t send-keys -t ipcsim F11
		wait_gone " step: " || return 1
	fi
	quiet 120 || return 1
	# A page hung in a sendSync nobody answers is crashed, for F5 to reload.
	if screen | grep -q "BLOCKED in sendSync"; then
		t send-keys -t ipcsim F7
		wait_gone "BLOCKED in sendSync" || return 1
	fi
	t send-keys -t ipcsim F5
	wait_for ") - pid " || return 1
	wait_for "main - pid " || return 1
	# An empty bracketed paste puts the focus on the argument field
	# whatever had it (in CI's distcheck run a click there did not).
	t send-keys -t ipcsim -H 1b 5b 32 30 30 7e 1b 5b 32 30 31 7e
	t send-keys -t ipcsim C-e C-u
	t send-keys -t ipcsim -l "4242, 1"
	wait_for "args: 4242, 1 " || return 1
	# Tab to the scenario selector: the control whose Right changes the
	# scenario (whatever the monkey left focused, and skipped).
	t send-keys -t ipcsim Tab
	tries=0
	until [ "$tries" -ge 6 ]; do
		t send-keys -t ipcsim Tab
		was=$(screen | grep -o 'scenario: < [a-z-]* >')
		t send-keys -t ipcsim Right
		deadline=$(($(date +%s) + 5))
		while [ "$(screen | grep -o 'scenario: < [a-z-]* >')" = "$was" ] &&
		    [ "$(date +%s)" -le "$deadline" ]; do
			sleep 0.05
		done
		[ "$(screen | grep -o 'scenario: < [a-z-]* >')" != "$was" ] && break
		tries=$((tries + 1))
	done
	cycle "scenario: < send >" || return 1
	press_until "scenario: < send-reply >" Left || return 1
	t send-keys -t ipcsim Tab
	cycle "reply:    < event.reply >" || return 1
	# End (outside the field) makes the timeline follow the newest line.
	t send-keys -t ipcsim BTab BTab End Enter
	wait_for "receive message from main process 4243" || return 1
	wait_for "reply: 4243" || return 1
}
t0=$(date +%s%N)
check "after the monkey: a press is answered" recover
echo "info monkey: back to a known state in $((($(date +%s%N) - t0) / 1000000)) ms"

# Every process ipcsim started is in the pane's session, beside the shell
# and its sleep; none may be left once it has quit.
leftover() {
	deadline=$(($(date +%s) + 2))
	while [ "$(date +%s)" -le "$deadline" ]; do
		ps -e -o sid=,pid=,args= |
		    awk -v s="$session" -v p="$session" '$1 == s && $2 != p && $3 != "sleep"' >"$tmp/left"
		[ -s "$tmp/left" ] || return 0
		sleep 0.05
	done
	sed 's/^/    left: /' "$tmp/left"
	return 1
}
wait_stty() {
	deadline=$(($(date +%s) + 10))
	while [ ! -s "$tmp/stty.after" ] && [ "$(date +%s)" -le "$deadline" ]; do
		sleep 0.05
	done
	cmp -s "$tmp/stty.before" "$tmp/stty.after" && return 0
	diff "$tmp/stty.before" "$tmp/stty.after" | sed 's/^/    /'
	return 1
}
t send-keys -t ipcsim q
check "after the monkey: q exits with status 0" test "$(wait_exit)" = 0
check "after the monkey: stty -a as before" wait_stty
check "after the monkey: mouse reporting off, main screen, cursor shown" \
    test "$(t display-message -p -t ipcsim '#{mouse_any_flag} #{alternate_on} #{cursor_flag}')" = "0 0 1"
check "after the monkey: no process left" leftover
[ "$fail" -eq 0 ] || replay
exit "$fail"
