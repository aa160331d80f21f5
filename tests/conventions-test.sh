#!/bin/sh
# The terminal conventions, on the real TUI in tmux: scrolling back and
# following again, the help overlay from the key table, colour and its
# absence, bracketed paste, a key bar that fits, the status line, labels cut
# with a mark, windows' own consoles and main's gutter, closing windows,
# the code view beside the logs, the settings form, and terminals that
# cannot take the TUI.
# shellcheck disable=SC2317  # functions run by check
set -u
# shellcheck source=tests/tmux-lib.sh
. "${top_srcdir:-.}/tests/tmux-lib.sh"

keys() { t send-keys -t ipcsim "$@"; }

# mouse B X Y: a mouse event in xterm's normal encoding (1000), as a
# terminal sends it: B 0 the left button (then its release, 3), 64 the
# wheel up, 65 down; X and Y 0-based.
mouse() {
	printf "\033[M$(printf '\\%03o\\%03o\\%03o' $((32 + $1)) $((33 + $2)) $((33 + $3)))" >"$tmp/mouse"
	t load-buffer -b m "$tmp/mouse"
	t paste-buffer -b m -t ipcsim
}

# no_row TEXT: TEXT is on no row, now.
no_row() { ! screen | grep -qF -- "$1"; }

# 1. Scrolling: a burst fills the 1000 lines kept (four a press: two
# lines, two arrows); PgUp goes back and
# says how far; a new press does not move the view; End follows again;
# the wheel scrolls; Home (outside the field) goes to the oldest line.
start --scrollback 1000
wait_for "Send 1, 2, 3" || exit 1
keys F6
wait_for "burst: 10000 presses in " 60 || fail=1
keys PPage
check "PgUp says how far back the view is" wait_for "├─ log - 22 lines back, End follows"
screen | sed -n 5,27p >"$tmp/scrolled"
keys Enter
wait_for "Enter sends" >/dev/null
check "a new line does not move a scrolled view" wait_rows 5 27 "$tmp/scrolled"
check "and the mark counts it" wait_for "├─ log - 26 lines back, End follows"
keys End
check "End follows again" wait_for "├─ log (39004 older lines dropped)"
check "End: no mark is left" no_row "lines back"
mouse 64 60 10
check "the wheel scrolls back" wait_for "├─ log - 3 lines back, End follows"
mouse 65 60 10
check "and forth, to following again" wait_for "├─ log (39004 older lines dropped)"
keys Home
check "Home (outside the field) goes to the oldest line" \
    wait_for "├─ log - 977 lines back"
keys q
wait_exit >/dev/null

# 2. Help: F1 and ? open it, with every row of --help's keys; Esc, q, F1
# close it.  At 60x16 it scrolls.
start
wait_for "Send 1, 2, 3" || exit 1
keys F1
check "F1 opens the help" wait_for "ipcsim keys"
check "the help lists the keys as --help does" \
    wait_for "Tab, Shift-Tab, Up, Down  move the focus (controls that do not apply are"
keys End
check "the help scrolls to its last row" wait_for "$(printf '%-26s%s' 'F10, q, Ctrl-C' quit)"
keys Escape
check "Esc closes the help" wait_for "Enter sends; F1 or ? shows every key"
keys Tab '?'
check "? opens it" wait_for "ipcsim keys"
keys q
check "q closes it, and does not quit" wait_for "Enter sends; F1 or ? shows every key"
keys F1
wait_for "ipcsim keys" >/dev/null
keys F1
check "F1 closes it" wait_for "Enter sends; F1 or ? shows every key"
t resize-window -t ipcsim -x 60 -y 16
keys F1
check "at 60x16 the help shows its first rows" wait_for "controls"
keys PageDown PageDown PageDown PageDown PageDown PageDown
check "and scrolls to the rest" wait_for "F10, q, Ctrl-C"
keys Escape q
wait_exit >/dev/null

# 3. Colour: an uncaught error in red, in bold without colour (NO_COLOR,
# --color=never); a bad --color is a usage error.
styled() { t capture-pane -e -p -t ipcsim | grep -F -- "$1" | head -n 1; }
start --color=always --args 'nope'
wait_for "Send nope" || exit 1
keys Enter
wait_for "Uncaught ReferenceError: nope is not defined" || fail=1
check "--color=always: the error is red" \
    sh -c "printf '%s' \"\$1\" | grep -q '\\[[0-9;]*31m'" - "$(styled "Uncaught ReferenceError")"
keys q
wait_exit >/dev/null
start_env="NO_COLOR=1"
start --args 'nope'
start_env=
wait_for "Send nope" || exit 1
keys Enter
wait_for "Uncaught ReferenceError: nope is not defined" || fail=1
check "NO_COLOR: no colour, the error in bold" \
    sh -c "printf '%s' \"\$1\" | grep -q '\\[1m' && ! printf '%s' \"\$1\" | grep -q '3[0-7]m'" - "$(styled "Uncaught ReferenceError")"
keys q
wait_exit >/dev/null
check "--color=sometimes is a usage error" \
    sh -c "$IPCSIM --color=sometimes 2>&1 >/dev/null </dev/null | grep -qx 'ipcsim: --color sometimes: not one of auto, always, never'"

# 4. Paste: a bracketed paste goes into the field whole, its q, k, Tab and
# newline never read as keys; one of over 64 KiB is cut and says so.
start
wait_for "Send 1, 2, 3" || exit 1
printf 'q\tk, 4\n5' >"$tmp/paste"
t load-buffer -b p "$tmp/paste"
t paste-buffer -p -b p -t ipcsim
check "a paste goes into the field, tabs and newlines as spaces" \
    wait_for "args: 1, 2, 3q k, 4 5"
check "its q did not quit, its newline did not press" \
    sh -c '[ ! -s "$1" ]' - "$tmp/status"
no_row "receive message" || fail=1
keys C-u
awk 'BEGIN { for (i = 0; i < 70000; i++) printf "1" }' >"$tmp/paste"
t load-buffer -b p "$tmp/paste"
t paste-buffer -p -b p -t ipcsim
check "a paste over 64 KiB is cut, and says so" \
    wait_for "paste cut: the field holds 65536 bytes, 4464 bytes were left out"
keys C-u
# A paste's start with no end (a cut sequence): after a second the text is
# in the field and keys are keys again.
printf '\033[200~xyz' >"$tmp/paste"
t load-buffer -b p "$tmp/paste"
t paste-buffer -b p -t ipcsim
check "a paste that never ends is ended after a second" wait_for "Send xyz"
keys Tab 'q'
check "and the keys after it are keys again" test "$(wait_exit)" = 0
# Esc ends such a paste at once.
start
wait_for "Send 1, 2, 3" || exit 1
keys BTab C-u
t load-buffer -b p "$tmp/paste"
t paste-buffer -b p -t ipcsim
keys Escape Tab q
check "Esc ends a paste whose end never comes, and q quits" test "$(wait_exit)" = 0

# 5. Keys that fit: at 80 and 60 columns the bar shows help and quit; a
# click on an entry runs it; letters do what F-keys do; Enter on the
# pattern selector sends; Up and Down move the focus.
start
wait_for "Send 1, 2, 3" || exit 1
t resize-window -t ipcsim -x 80 -y 24
check "at 80 columns the bar ends with F10Quit" wait_for "F9Set F10Quit"
t resize-window -t ipcsim -x 60 -y 24
check "at 60 columns it shows help and quit" wait_for "F1Help F2Code"
check "and F10Quit" wait_for "F10Quit"
t resize-window -t ipcsim -x 100 -y 30
wait_for "F9Settings F10Quit" >/dev/null
mouse 0 2 29
mouse 3 2 29
check "a click on F1Help opens the help" wait_for "ipcsim keys"
keys Escape
keys Down
keys Enter
check "Enter with the focus on the pattern sends" \
    wait_for "receive message from main process 6"
check "and did not change the pattern" wait_for "scenario: < send-reply >"
keys w
check "w opens a window, as F3" wait_for "renderer (window 2, 2 open)"
keys n
check "n shows the next window, as F4" wait_for "renderer (window 1, 2 open)"
keys q
wait_exit >/dev/null

# 6. The status line says why a key did nothing, and what is going on.
start --pattern invoke --delay 3000
wait_for "Send 1, 2, 3" || exit 1
keys Enter
check "an invoke pending shows its time so far" wait_for "1 invoke pending: "
check "and the handler's delay" wait_for "s so far (the handler waits 3000 ms)"
keys F5
check "F5 on a live renderer says why it did nothing" \
    wait_for "renderer 1 is running: F5 reloads only a window whose renderer is gone"
keys k
wait_for "process gone: { reason: 'crashed', exitCode:" || fail=1
keys Enter
check "a press with the renderer gone says so" \
    wait_for "renderer 1 is gone: F5 reloads it"
keys F3 F3 F3 F3
check "a fifth window says there can be no more" \
    wait_for "4 windows are open, the most ipcsim models: F8 closes one"
keys q
wait_exit >/dev/null
start --pattern send-sync --delay 3000
wait_for "Send 1, 2, 3" || exit 1
keys Enter
check "a blocked sendSync shows its time so far" \
    wait_for "renderer 1 is blocked in sendSync: "
keys q
wait_exit >/dev/null
start
wait_for "Send 1, 2, 3" || exit 1
keys F6
check "a burst says how it ended" wait_for "burst: 10000 presses in "
keys q
wait_exit >/dev/null

# 7. Labels never lie: a reply too long for its place ends with "…"; the
# reply of another pattern goes when the pattern changes; the reply
# selector does not apply to invoke, is dimmed and skipped.
start "--args '0.1, 0.2'"
wait_for "Send 0.1, 0.2" || exit 1
t resize-window -t ipcsim -x 60 -y 24
keys Enter
check "a reply cut at 60 columns ends with …" wait_for "reply: 0.…"
check "so does the button's label" wait_for "[ Send 0.1, … ]"
t resize-window -t ipcsim -x 100 -y 30
check "with room, the whole reply" wait_for "reply: 0.30000000000000004"
keys Down Right
check "a new pattern clears the old reply" wait_for "reply: (none yet)"
check "the pattern is send" wait_for "scenario: < send >"
keys Right
wait_for "scenario: < invoke >" >/dev/null
check "the reply selector is dimmed for invoke" \
    sh -c "printf '%s' \"\$1\" | grep -q '\\[2m<'" - "$(styled 'reply:   ')"
keys Tab 9
check "and Tab skips it" wait_for "Send 0.1, 0.29"
keys Escape Tab q
wait_exit >/dev/null

# 8. Windows: each window's console shows its own lines; main's log marks
# the window a line is about; x closes a window as Electron does.
start --windows 2
wait_for "renderer (window 1, 2 open)" || exit 1
keys Enter
wait_for "receive message from main process 6" || fail=1
check "main's line is marked with its window" \
    wait_for "W1 receive message from renderer process 1 2 3"
keys F4
wait_for "renderer (window 2, 2 open)" || fail=1
check "window 2's console does not show window 1's line" \
    no_row "receive message from main process 6"
keys x
check "closing a window says what Electron does" \
    wait_for "window 2 closed: BrowserWindow emits"
check "and shows the other window" wait_for "renderer (window 1) - pid"
keys x
check "closing the last one quits the app" wait_for "main - gone"
check "and says why" wait_for "Electron quits the app"
keys F5
check "F5 launches it again with a window" wait_for "renderer (window 1) - pid"
keys q
wait_exit >/dev/null

# 9. The code view: beside the logs at 200 columns, numbered; Esc closes it.
start
wait_for "Send 1, 2, 3" || exit 1
t resize-window -t ipcsim -x 200 -y 40
keys Enter F2
check "at 200 columns the code is beside the log" \
    wait_for "├─ console ───"
check "the code's rule names the file" wait_for "┬─ renderer.js "
check "its lines are numbered" wait_for "   1 // renderer.js"
check "and the log is still there" wait_for "receive message from main process 6"
keys Escape
check "Esc closes it" wait_gone "renderer.js"
# At 100 columns, in place of the logs: an indented line whose first word
# is wider than the column starts on its own row, cut inside the word, and
# goes on at its indentation (its first row used to be left blank).
t resize-window -t ipcsim -x 100 -y 30
keys F2
check "a long first word is cut, not pushed to the next row" \
    wait_for "│   4   ipcRenderer.send('message-from-renderer' ││"
check "and its next row keeps the indentation" \
    wait_for "│       , 1, 2, 3)      "
keys Escape q
wait_exit >/dev/null

# 10. Settings: the delay and the windows from the screen, and the code
# view follows.
start --pattern invoke
wait_for "Send 1, 2, 3" || exit 1
keys s
check "s opens the settings" wait_for "handler delay (ms):"
keys C-u 2 5 0 Down Down Down Down Down Right Right Enter
check "the settings apply" wait_for "settings applied"
check "with three windows" wait_for "3 open)"
keys c
check "the code view follows the delay" wait_for "250"
keys Escape s Down C-u B o o m Enter
check "a throw set from the screen" wait_for "settings applied"
keys Enter
check "is thrown" wait_for "'message-from-renderer': Error: Boom"
keys s C-u x Enter
check "a bad delay is refused and says why" \
    wait_for "settings not applied: the handler delay must be a whole number from 0 to 600000"
keys Escape q
wait_exit >/dev/null

# 11. Terminals that cannot take the TUI: one line, exit 64.
for term in dumb no-such-terminal ""; do
	start_env="TERM=$term"
	start
	start_env=
	check "TERM=$term exits with 64" test "$(wait_exit)" = 64
	check "TERM=$term says so in one line" \
	    wait_for "ipcsim: TERM=$term cannot show the screen (unknown, or no cursor"
done

exit $fail
