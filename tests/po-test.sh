#!/bin/sh
# The translations: every message ipcsim marks in its sources is translated
# in po/zh_CN.po (no fuzzy entry, none missing), and what scripts read is
# the same in Chinese: the transcript byte for byte, the trace but for its
# times, exit statuses.  --help and errors are translated, and are English
# where the tests compare them (LC_MESSAGES=C, from make check).
set -u
IPCSIM=${IPCSIM:-./ipcsim}
srcdir=${top_srcdir:-.}
for tool in xgettext msgmerge msgfmt; do
	command -v "$tool" >/dev/null 2>&1 ||
	    { echo "SKIP: no $tool (Debian's gettext)"; exit 77; }
done
locale -a 2>/dev/null | grep -qix 'c\.utf-\{0,1\}8' ||
    { echo "SKIP: no C.UTF-8 locale"; exit 77; }

tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' HUP INT TERM
fail=0

# ok NAME CONDITION...: report one assertion; its status is the condition's.
ok() {
	name=$1
	shift
	if "$@"; then echo "ok $name"; else echo "FAIL $name"; fail=1; return 1; fi
}

# 1. The catalog against the sources as they are now: the messages that
# xgettext finds, merged into zh_CN.po, are all translated.
grep -v '^#' "$srcdir/po/POTFILES.in" | sed "s|^|$srcdir/|" >"$tmp/files"
xgettext --keyword=_ --keyword=N_ --from-code=UTF-8 -o "$tmp/ipcsim.pot" \
    -f "$tmp/files" 2>"$tmp/xgettext.err" || { cat "$tmp/xgettext.err"; exit 1; }
msgmerge -q --no-fuzzy-matching -o "$tmp/merged.po" "$srcdir/po/zh_CN.po" \
    "$tmp/ipcsim.pot" || exit 1
msgfmt --check --statistics -o "$tmp/ipcsim.mo" "$tmp/merged.po" 2>"$tmp/stats"
cat "$tmp/stats"
ok "zh_CN.po is well formed (msgfmt --check)" \
    msgfmt --check -o /dev/null "$srcdir/po/zh_CN.po"
ok "every message of the sources is translated in zh_CN, none fuzzy" \
    grep -qx '[0-9]* translated messages\.' "$tmp/stats"
ok "and there are more than 100 of them" \
    test "$(sed 's/ .*//' "$tmp/stats")" -gt 100

if [ "${USE_NLS:-yes}" != yes ]; then
	echo "ok # SKIP the rest: ipcsim was configured with --disable-nls"
	exit $fail
fi
mkdir -p "$tmp/locale/zh_CN/LC_MESSAGES"
cp "$tmp/ipcsim.mo" "$tmp/locale/zh_CN/LC_MESSAGES/ipcsim.mo"
# zh CMD...: run CMD in Chinese; en CMD...: in English, the same charset.
zh() { env LANG=C.UTF-8 LC_ALL= LC_MESSAGES= LANGUAGE=zh_CN IPCSIM_LOCALEDIR="$tmp/locale" "$@"; }
en() { env -u LANGUAGE LANG=C.UTF-8 LC_ALL= LC_MESSAGES=C "$@"; }

# 2. The transcript is the same in Chinese, byte for byte, as in the C
# locale (as in C.UTF-8 for text past ASCII, which C escapes).
n=0
while read -r args; do
	n=$((n + 1))
	# shellcheck disable=SC2086
	LC_ALL=C "$IPCSIM" --headless $args >"$tmp/c.$n" 2>&1
	echo "status $?" >>"$tmp/c.$n"
	# shellcheck disable=SC2086
	zh "$IPCSIM" --headless $args >"$tmp/zh.$n" 2>&1
	echo "status $?" >>"$tmp/zh.$n"
	ok "transcript of '$args': the same in zh_CN as in C" cmp -s "$tmp/c.$n" "$tmp/zh.$n" ||
	    diff "$tmp/c.$n" "$tmp/zh.$n" | sed 's/^/    | /'
done <<'CASES'
--clicks 3
--messages --pattern invoke --throw boom
--messages --windows 2 --from 2 --reply webContents.send
--pattern send-sync --clicks 2 --messages
--pattern invoke --no-handler --messages
--args 1,'x',{a:[2]},null --messages
--args 1+ --messages
--pattern push --clicks 3 --messages
CASES
en "$IPCSIM" --headless --messages --args "'你好', 'é'" >"$tmp/u.en" 2>&1
zh "$IPCSIM" --headless --messages --args "'你好', 'é'" >"$tmp/u.zh" 2>&1
ok "a transcript with Chinese arguments: the same as in C.UTF-8" cmp -s "$tmp/u.en" "$tmp/u.zh"

# 3. The trace: the same frames and fields; only the times move.
untimed() { sed 's/"t_ns":[0-9]*//; s/"latency_ns":[0-9]*//'; }
LC_ALL=C "$IPCSIM" --headless --clicks 3 --pattern invoke --trace - | untimed >"$tmp/t.c"
zh "$IPCSIM" --headless --clicks 3 --pattern invoke --trace - | untimed >"$tmp/t.zh"
ok "--trace: the same in zh_CN as in C, times aside" cmp -s "$tmp/t.c" "$tmp/t.zh"
ok "and it is not empty" test "$(wc -l <"$tmp/t.c")" -gt 10

# 4. Messages for people are translated; in the tests' own environment
# (LC_MESSAGES=C) they are English, which cli-test.sh compares with the
# man page.
zh "$IPCSIM" --help >"$tmp/help.zh"
ok "--help in zh_CN" grep -q '^用法：ipcsim \[--scenario NAME\]' "$tmp/help.zh"
ok "its keys too" grep -qF '  F10、q、Ctrl-C           退出' "$tmp/help.zh"
ok "no line of it is wider than 80 columns" \
    test "$(LC_ALL=C.UTF-8 wc -L <"$tmp/help.zh")" -le 80
"$IPCSIM" --help >"$tmp/help.env"
ok "--help in the tests' environment is English" grep -q '^usage: ipcsim' "$tmp/help.env"
zh "$IPCSIM" --headless extra >/dev/null 2>"$tmp/err"
ok "a usage error in zh_CN, status 64" test "$?" = 64
ok "says what is wrong in Chinese" grep -qx 'ipcsim: 多余的参数：extra' "$tmp/err"
zh "$IPCSIM" --headless --clicks 0 >/dev/null 2>"$tmp/err"
ok "strtonum's reason in Chinese" grep -qx 'ipcsim: --clicks 0：太小（应为 1 到 1000000000）' "$tmp/err"
# Numbers are JavaScript's whatever the language.
zh "$IPCSIM" --headless --args 1.5,0.25 >"$tmp/num"
ok "numbers keep their dot" grep -qx '\[main\] receive message from renderer process 1.5 0.25' "$tmp/num"

exit $fail
