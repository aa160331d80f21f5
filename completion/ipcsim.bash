# bash completion for ipcsim                                 -*- shell-script -*-
#
# Everything comes from the ipcsim being completed, at completion time, so
# that the completion never lists an option or a value the program does not
# have: `ipcsim --help` (in the C locale, so a translated help reads the
# same) gives the long options, which of them take an argument, and the
# values of those whose entry lists them.  An entry lists its values in one
# of these ways, and an option that appears in --help in any of them is
# completed with no change here:
#
#   --pattern NAME   the page's IPC pattern (default send-reply):
#                      send-reply  a row each, indented past the text,
#                      send        its name first
#   --reply METHOD   how main answers: event.reply (the default),
#                    event.sender.send or webContents.send
#                    ("A, B or C" after a colon, parentheses aside, up to
#                    a ";" or a ". "; --color's are the same)
#   --theme=dark|light|mono          (in the entry itself)
#   --scenario NAME  ... (see --list-scenarios): the first word of each line
#                    that `ipcsim --list-scenarios` prints
#
# An argument shown as --opt[=WHEN] is only completed after its "=".
# An argument named FILE, PATH or DIR completes file names.  It needs only
# bash: bash-completion, when installed, loads it on demand from its
# completions directory.

# Print what --help of the ipcsim at $1 says, a record a line, tab-separated:
#   O  --name  none|required|optional  METAVAR
#   V  --name  value
#   L  --name  --list-option
_ipcsim_help()
{
	LC_ALL=C "$1" --help 2>/dev/null </dev/null | awk '
	function indent(s) { match(s, /^ */); return RLENGTH }
	function flush(   n, i, a, t, s, c) {
		if (cur == "")
			return
		if (nvals == 0 && kind[cur] != "none") {
			t = desc
			if (match(t, /--list-[a-z0-9-]+/))
				print "L\t" cur "\t" substr(t, RSTART, RLENGTH)
			while (gsub(/\([^()]*\)/, "", t))
				;
			if ((c = index(t, ": ")) > 0) {
				t = substr(t, c + 2)
				sub(/[;.] .*/, "", t)
				sub(/[.;]? *$/, "", t)
				n = split(t, a, /,| or | and /)
				s = ""
				for (i = 1; i <= n; i++) {
					gsub(/^ +| +$/, "", a[i])
					if (a[i] !~ /^[A-Za-z0-9][A-Za-z0-9._+-]*$/) {
						s = ""
						break
					}
					s = s "V\t" cur "\t" a[i] "\n"
				}
				if (n >= 2)
					printf "%s", s
			}
		}
		cur = ""
	}
	# An entry, indented at most 6: "  -v, --verbose    text",
	# "  --pattern NAME   text".  (No {m,n} in the regular expressions:
	# mawk, the awk Debian installs first, has none.)
	/^ +-/ && indent($0) <= 6 {
		flush()
		ind = indent($0)
		line = substr($0, ind + 1)
		syn = line
		desc = ""
		dcol = 1000
		if (match(line, /  +/)) {
			syn = substr(line, 1, RSTART - 1)
			desc = substr(line, RSTART + RLENGTH)
			dcol = ind + RSTART + RLENGTH - 1
		}
		nvals = 0
		n = split(syn, part, /, /)
		for (i = 1; i <= n; i++) {
			if (part[i] !~ /^--[a-z0-9]/)
				continue
			name = part[i]
			sub(/[ =[].*/, "", name)
			rest = substr(part[i], length(name) + 1)
			k = "none"
			mv = ""
			if (rest ~ /^\[=/) {
				k = "optional"
				mv = substr(rest, 3)
				sub(/\]$/, "", mv)
			} else if (rest ~ /^[ =]./) {
				k = "required"
				mv = substr(rest, 2)
			}
			gsub(/[{}]/, "", mv)
			kind[name] = k
			print "O\t" name "\t" k "\t" mv
			if (mv ~ /[|,]/) {
				m = split(mv, v, /[|,]/)
				for (j = 1; j <= m; j++)
					print "V\t" name "\t" v[j]
				nvals = m
			}
			if (cur == "")
				cur = name
		}
		next
	}
	# The rest of an entry: its text, or rows of values past its text.
	cur != "" && /^ +[^ ]/ && indent($0) > ind {
		if (dcol == 1000)
			dcol = indent($0)
		if (indent($0) > dcol && match($0, /^ +[^ ]+(  |$)/) &&
		    kind[cur] != "none") {
			v1 = $1
			print "V\t" cur "\t" v1
			nvals++
		} else {
			t = $0
			sub(/^ +/, "", t)
			desc = desc " " t
		}
		next
	}
	{ flush() }
	END { flush() }'
}

# Complete the word at COMP_CWORD of an ipcsim command line in COMP_WORDS.
_ipcsim()
{
	local cmd=${COMP_WORDS[0]} cur=${COMP_WORDS[COMP_CWORD]} prev='' opt=''
	local prefix='' help rec name field mv vals='' list='' t
	local IFS=$' \t\n'

	COMPREPLY=()
	# shellcheck disable=SC2088
	[[ $cmd == '~/'* ]] && cmd=$HOME/${cmd#'~/'}
	command -v -- "$cmd" >/dev/null 2>&1 || return 0
	((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
	help=$(_ipcsim_help "$cmd") || return 0

	# Which option's value this word is, if any: "--opt=va" as one word
	# or, with "=" in COMP_WORDBREAKS, as "--opt" "=" "va"; "--opt va".
	if [[ $cur == --*=* ]]; then
		opt=${cur%%=*} prefix=$opt= cur=${cur#*=}
	elif [[ $cur == = && $prev == --* ]]; then
		opt=$prev cur=
	elif [[ $prev == = ]] && ((COMP_CWORD > 1)) &&
	    [[ ${COMP_WORDS[COMP_CWORD - 2]} == --* ]]; then
		opt=${COMP_WORDS[COMP_CWORD - 2]}
	elif [[ $prev == --* ]]; then
		t=$(awk -F '\t' -v o="$prev" \
		    '$1 == "O" && $2 == o { print $3 }' <<<"$help")
		[[ $t == required ]] && opt=$prev
	fi

	if [[ -z $opt ]]; then
		[[ -z $cur || $cur == -* ]] || return 0
		# shellcheck disable=SC2207
		COMPREPLY=($(compgen -W "$(awk -F '\t' '$1 == "O" { print $2 }' \
		    <<<"$help")" -- "$cur"))
		return 0
	fi

	while IFS=$'\t' read -r rec name field mv; do
		[[ $name == "$opt" ]] || continue
		case $rec in
		V) vals="$vals $field" ;;
		L) list=$field ;;
		O) [[ $mv == *FILE* || $mv == *PATH* || $mv == *DIR* ]] &&
		    list=:files ;;
		esac
	done <<<"$help"
	# Run --list-THINGS only if --help has it as an option with no argument.
	if [[ -z $vals && $list == --list-* && $help == *$'O\t'"$list"$'\tnone'* ]]
	then
		vals=$(LC_ALL=C "$cmd" "$list" 2>/dev/null </dev/null |
		    awk 'NF { print $1 }')
	fi
	if [[ -n $vals ]]; then
		# shellcheck disable=SC2207
		COMPREPLY=($(compgen -P "$prefix" -W "$vals" -- "$cur"))
	elif [[ $list == :files ]]; then
		compopt -o filenames 2>/dev/null
		while IFS= read -r t; do
			COMPREPLY+=("$prefix$t")
		done < <(compgen -f -- "$cur")
	fi
	return 0
}
complete -F _ipcsim ipcsim
