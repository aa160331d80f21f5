/* What may reach the terminal: controls and bad bytes escaped, text kept. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "suites.h"
#include "escape.h"

/* A string literal as its bytes and their count, NULs included. */
#define BYTES(s)	s, sizeof(s) - 1

/* Input bytes, whether the terminal is UTF-8, and what is drawn. */
static const struct {
	const char	*in;
	size_t		 len;
	int		 utf8;
	const char	*out;
} escape_cases[] = {
	{ BYTES(""), 1, "" },
	{ BYTES("plain text, 100% ASCII ~{}"), 1,
	    "plain text, 100% ASCII ~{}" },
	{ BYTES("plain text"), 0, "plain text" },
	/* A terminal escape sequence loses its ESC. */
	{ BYTES("\x1b[31mred\x1b[0m"), 1, "\\e[31mred\\e[0m" },
	{ BYTES("a\nb\tc\rd"), 1, "a\\nb\\tc\\rd" },
	{ BYTES("a\nb"), 0, "a\\nb" },
	/* Other C0 controls and DEL as \xNN, lowercase. */
	{ BYTES("\x01\x08\x0b\x1f"), 1, "\\x01\\x08\\x0b\\x1f" },
	{ BYTES("\x7f"), 1, "\\x7f" },
	{ BYTES("a\0b"), 1, "a\\x00b" },
	/* Bytes that are not UTF-8, one escape each. */
	{ BYTES("\xff"), 1, "\\xff" },
	{ BYTES("\xc3"), 1, "\\xc3" },
	{ BYTES("\x80" "a"), 1, "\\x80a" },
	{ BYTES("\xc0\xaf"), 1, "\\xc0\\xaf" },
	{ BYTES("\xed\xa0\x80"), 1, "\\xed\\xa0\\x80" },
	{ BYTES("\xe6\x97" "A"), 1, "\\xe6\\x97A" },
	{ BYTES("\x9b" "31m"), 1, "\\x9b31m" },
	/* Valid UTF-8 stays on a UTF-8 terminal. */
	{ BYTES("\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), 1,
	    "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e" },
	{ BYTES("smile \xf0\x9f\x98\x80!"), 1, "smile \xf0\x9f\x98\x80!" },
	{ BYTES("\xc3\xa9\xc2\xa0"), 1, "\xc3\xa9\xc2\xa0" },
	/* ... and is escaped on any other. */
	{ BYTES("\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), 0,
	    "\\u{65e5}\\u{672c}\\u{8a9e}" },
	{ BYTES("caf\xc3\xa9"), 0, "caf\\u{e9}" },
	{ BYTES("\xf0\x9f\x98\x80" "0"), 0, "\\u{1f600}0" },
	/* C1 controls, line and paragraph separators, whatever the terminal. */
	{ BYTES("\xc2\x85"), 1, "\\u{85}" },
	{ BYTES("\xc2\x9f"), 1, "\\u{9f}" },
	{ BYTES("\xc2\x80"), 1, "\\u{80}" },
	{ BYTES("a\xe2\x80\xa8" "b"), 1, "a\\u{2028}b" },
	{ BYTES("\xe2\x80\xa9"), 1, "\\u{2029}" },
	{ BYTES("\xe2\x80\xa8"), 0, "\\u{2028}" },
	/*
	 * Bidirectional and invisible format characters, whatever the
	 * terminal: they could reorder or hide what the user reads.
	 */
	{ BYTES("abc\xe2\x80\xae" "def"), 1, "abc\\u{202e}def" },
	{ BYTES("\xe2\x80\xaa\xe2\x80\xab\xe2\x80\xac\xe2\x80\xad"), 1,
	    "\\u{202a}\\u{202b}\\u{202c}\\u{202d}" },
	{ BYTES("\xe2\x81\xa6\xe2\x81\xa7\xe2\x81\xa8\xe2\x81\xa9"), 1,
	    "\\u{2066}\\u{2067}\\u{2068}\\u{2069}" },
	{ BYTES("\xe2\x80\x8b\xe2\x80\x8c\xe2\x80\x8d\xe2\x80\x8e"
	    "\xe2\x80\x8f"), 1,
	    "\\u{200b}\\u{200c}\\u{200d}\\u{200e}\\u{200f}" },
	{ BYTES("\xd8\x9c"), 1, "\\u{61c}" },
	{ BYTES("\xef\xbb\xbf" "x"), 1, "\\u{feff}x" },
	{ BYTES("\xe2\x80\xae"), 0, "\\u{202e}" },
	/* Their neighbours are ordinary text and stay. */
	{ BYTES("\xe2\x80\x8a\xe2\x80\x90\xe2\x80\xa7\xe2\x80\xaf"
	    "\xe2\x81\xb0\xd8\x9b\xef\xbb\xbe"), 1,
	    "\xe2\x80\x8a\xe2\x80\x90\xe2\x80\xa7\xe2\x80\xaf"
	    "\xe2\x81\xb0\xd8\x9b\xef\xbb\xbe" },
};

/* Each case is drawn exactly as listed, from exactly len bytes. */
START_TEST(test_escape)
{
	char	*in, *out;
	size_t	 len = escape_cases[_i].len;

	/* A copy without a NUL after it: the function must stop at len. */
	in = malloc(len + 1);
	ck_assert_ptr_nonnull(in);
	memcpy(in, escape_cases[_i].in, len);
	in[len] = 'Z';
	out = escape_for_terminal(in, len, escape_cases[_i].utf8);
	ck_assert_ptr_nonnull(out);
	ck_assert_str_eq(out, escape_cases[_i].out);
	free(out);
	free(in);
}
END_TEST

Suite *
suite_escape(void)
{
	Suite	*s = suite_create("escape");
	TCase	*tc = tcase_create("terminal");

	tcase_add_loop_test(tc, test_escape, 0,
	    sizeof escape_cases / sizeof escape_cases[0]);
	suite_add_tcase(s, tc);
	return (s);
}
