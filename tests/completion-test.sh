#!/bin/sh
# The bash completion (completion/ipcsim.bash): loaded in bash, COMP_WORDS
# and COMP_CWORD set as bash sets them, _ipcsim called, COMPREPLY checked
# exactly; then against the program's own lists (--pattern, --reply,
# --color), and against a --help with the other forms an option's values
# may take there (--scenario as issue 13 plans it among them).
# It needs bash, not the bash-completion package: the script uses no helper
# of that package.
set -u
IPCSIM=${IPCSIM:-./ipcsim}
srcdir=${top_srcdir:-.}
script=$srcdir/completion/ipcsim.bash
command -v bash >/dev/null 2>&1 || { echo "SKIP: no bash"; exit 77; }
case $IPCSIM in /*) ;; *) IPCSIM=$PWD/$IPCSIM ;; esac
case $script in /*) ;; *) script=$PWD/$script ;; esac
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail=0

# comp WORD...: print COMPREPLY, one a line, for the command line WORD...
# with the cursor at the end of the last word.  COMP_WORDBREAKS as bash's
# default (with "="), unless BREAKS is set.
comp() {
	(cd "$tmp/files" && bash -c '
		. "$1"
		shift
		[ -n "${BREAKS+x}" ] && COMP_WORDBREAKS=$BREAKS
		COMP_WORDS=("$@")
		COMP_CWORD=$(($# - 1))
		_ipcsim
		[ ${#COMPREPLY[@]} -eq 0 ] || printf "%s\n" "${COMPREPLY[@]}"
	' comp "$script" "$@")
}

# words: the lines of stdin sorted, on one line.
words() {
	LC_ALL=C sort | tr '\n' ' ' | sed 's/ $//'
}

# check NAME EXPECTED WORD...: COMPREPLY must be the words EXPECTED, no more,
# no fewer, none twice; in any order (readline sorts what it shows).
check() {
	name=$1
	# shellcheck disable=SC2086
	want=$(printf '%s\n' $2 | words)
	shift 2
	got=$(comp "$@" | words)
	if [ "$got" = "$want" ]; then
		echo "ok $name"
	else
		echo "FAIL $name: got [$got], want [$want]"
		fail=1
	fi
}

mkdir -p "$tmp/files"
: >"$tmp/files/trace-1.json"
: >"$tmp/files/trace-2.json"
: >"$tmp/files/other"

# What --help names: every long option.
all=$("$IPCSIM" --help | grep -o -- '--[a-z][a-z0-9-]*' | LC_ALL=C sort -u)

check "a long option" "--pattern" "$IPCSIM" --pat
check "options sharing a start" "--pattern --pipeline --push-every" "$IPCSIM" --p
check "every option --help names" "$all" "$IPCSIM" --
check "options on an empty word" "$all" "$IPCSIM" ''
check "options after one without a value" "$all" "$IPCSIM" --pipeline ''
check "an option after a value" "--clicks" "$IPCSIM" --pattern send --cl
check "every scenario" "bridge-off expose-ipcrenderer handle-once iframe invoke listener-leak listener-off once port port-from-page port-start-late port-windows preload push remove-all-listeners remove-handler second-handler send send-before-load send-reply send-sync sync-no-listener sync-no-return" \
    "$IPCSIM" --scenario ''
check "scenarios sharing a start" "send send-before-load send-reply send-sync" "$IPCSIM" --pattern send
check "a scenario" "invoke" "$IPCSIM" --headless --pattern in
check "contextIsolation's two values" "off on" "$IPCSIM" --isolation ''
check "scenarios sharing a longer start" "sync-no-listener sync-no-return" "$IPCSIM" --scenario sync-no
check "every reply method" "event.reply event.sender.send webContents.send" \
    "$IPCSIM" --reply ''
check "--reply= as bash splits it" "event.reply event.sender.send webContents.send" \
    "$IPCSIM" --reply =
check "--reply=ev as bash splits it" "event.reply event.sender.send" \
    "$IPCSIM" --reply = ev
BREAKS=' 	
"'"'"'><;|&(:' check "--reply=ev as one word" \
    "--reply=event.reply --reply=event.sender.send" "$IPCSIM" --reply=ev
check "every colour choice" "auto always never" "$IPCSIM" --color ''
check "a colour choice" "always auto" "$IPCSIM" --headless --color a
check "a number: nothing" "" "$IPCSIM" --delay ''
check "free text: nothing" "" "$IPCSIM" --args 1
check "no operands" "" "$IPCSIM" word
check "a FILE: file names" "trace-1.json trace-2.json" "$IPCSIM" --trace tr
check "--timings FILE" "other" "$IPCSIM" --headless --timings o
check "not ipcsim: nothing" "" "$tmp/no-such-ipcsim" --

# Every option whose wrong value the program refuses with its list of the
# right ones ("not one of a, b, c", from the same tables as --help) must
# complete exactly that list: a new option with values that the
# completion does not pick up from --help fails here.
opts=$(cd "$tmp" && bash -c '. "$1"; _ipcsim_help "$2"' x "$script" "$IPCSIM" |
    awk -F '\t' '$1 == "O" && $3 != "none" { print $2 }')
checked=0
for o in $opts; do
	list=$(cd "$tmp" && "$IPCSIM" "$o" '-?' --headless --clicks 0 </dev/null 2>&1 >/dev/null |
	    sed -n 's/.*: not one of //p' | head -n 1)
	[ -n "$list" ] || continue
	want=$(printf '%s\n' "$list" | sed 's/, /\n/g; s/ or /\n/g')
	check "$o: the values the program accepts" "$want" "$IPCSIM" "$o" ''
	checked=$((checked + 1))
done
if [ "$checked" -ge 3 ]; then
	echo "ok $checked options' values checked against the program's lists"
else
	echo "FAIL only $checked options with a list of values (want --pattern, --reply, --color)"
	fail=1
fi

# A --help with the other forms an option's values may take (HACKING.md,
# "Add an option"), --scenario and --list-scenarios as issue 13 plans them:
# found with no change to the completion.
cat >"$tmp/ipcsim" <<'EOF'
#!/bin/sh
case $1 in
--list-scenarios)
	printf 'seed  the demo as it is\ncontext-isolation  what the preload may see\n' ;;
--list-modes)
	echo not-to-be-run ;;
--help)
	cat <<'HELP'
usage: ipcsim [--paint[=WHEN]] [--scenario NAME] [--list-scenarios]

  --paint[=WHEN]    colour the screen: auto (the default, when the terminal
                    has colours), always or never
  --theme=dark|light|mono
                    the colours
  --scenario NAME   run the scenario NAME (see --list-scenarios)
  --list-scenarios  print every scenario, its name first, and exit
  --mode NAME       the mode (see --list-modes, which is no option here)
  --level N         how much, one of: 1, 2 or 3
  --pattern NAME    the page's IPC pattern:
                      send-reply  send; main replies
                      invoke      invoke/handle
HELP
	;;
esac
EOF
chmod +x "$tmp/ipcsim"
fake=$tmp/ipcsim
check "other forms: options" "--paint --level --list-scenarios --mode --pattern --scenario --theme" \
    "$fake" --
check "other forms: --paint[=WHEN], after =" "always auto never" "$fake" --paint =
check "other forms: --paint[=WHEN], no value as the next word" \
    "--paint --level --list-scenarios --mode --pattern --scenario --theme" "$fake" --paint ''
check "other forms: --theme=a|b|c" "dark light mono" "$fake" --theme = ''
check "other forms: --scenario from --list-scenarios" "context-isolation seed" "$fake" --scenario ''
check "other forms: a --list- that is no option is not run" "" "$fake" --mode ''
check "other forms: values after a colon" "1 2 3" "$fake" --level ''
check "other forms: rows" "invoke send-reply" "$fake" --pattern ''

exit $fail
