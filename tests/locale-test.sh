#!/bin/sh
# The real TUI under locales that are not UTF-8 (tmux at 100x30): what is
# typed reaches the renderer as UTF-8, and a key the locale cannot decode is
# dropped alone.
set -u
# shellcheck source=tests/tmux-lib.sh
. "${top_srcdir:-.}/tests/tmux-lib.sh"

# typed_in_field LOCALE_ENV: start ipcsim under that environment, go to the
# argument field and empty it.
typed_in_field() {
	start_env=$1
	start
	wait_for "Send 1, 2, 3" || return 1
	t send-keys -t ipcsim BTab C-u
	wait_for "Send  " || return 1
}

# ISO-8859-1: the terminal sends e-acute as the byte 0xe9.  The field must
# hold it as UTF-8, or the renderer takes the click for a bad frame and dies.
# The locale is built for the test when its source is there.
if localedef -i de_DE -f ISO-8859-1 "$tmp/de_DE.ISO-8859-1" >/dev/null 2>&1; then
	if typed_in_field "LOCPATH=$tmp LC_ALL=de_DE.ISO-8859-1"; then
		rpid=$(pane_pid "renderer (window 1)")
		t send-keys -t ipcsim "'"
		t send-keys -t ipcsim -H e9
		t send-keys -t ipcsim "'" Enter
		# Not UTF-8 on the terminal: the log shows U+00E9 escaped.
		wait_for 'receive message from main process 0\u{e9}' || fail=1
		check "ISO-8859-1: the renderer is not gone" kill -0 "$rpid" 2>/dev/null
		check "ISO-8859-1: its pid is still in the title" \
		    test "$(pane_pid "renderer (window 1)")" = "$rpid"
		t send-keys -t ipcsim C-c
		check "ISO-8859-1: Ctrl-C exits" test "$(wait_exit)" = 0
	else
		fail=1
	fi
else
	echo "ok # SKIP no de_DE locale source to build de_DE.ISO-8859-1 from"
fi

# The C locale decodes no byte past ASCII: the two bytes of a UTF-8 e-acute
# are dropped, each alone, and the x typed after them is kept.
if typed_in_field "LC_ALL=C"; then
	t send-keys -t ipcsim -H c3 a9 78
	wait_for "Send x" || fail=1
	t send-keys -t ipcsim Enter
	wait_for "Uncaught ReferenceError: x is not defined" || fail=1
	# The borders are the terminal's line drawing (ACS, shifted in with
	# SO), not ASCII: tmux keeps such cells as the ACS letters with their
	# character set, which capture-pane -e shows as SO l q ... SI (a row
	# that starts in the shifted set shows no SO of its own).
	acs_row() {
		t capture-pane -e -p -t ipcsim | sed -n "$1p" | od -An -c |
		    tr -d ' \n' | grep -q "$2"
	}
	check "C: the boxes' corners draw as ACS" acs_row 1 '016lq'
	check "C: so do their bottoms" acs_row 28 '^mqqqq'
	check "C: and their sides" acs_row 5 '^x017' 
	t send-keys -t ipcsim C-c
	check "C: Ctrl-C exits" test "$(wait_exit)" = 0
else
	fail=1
fi

exit $fail
