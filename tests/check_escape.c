/* What may reach the terminal: control characters and bad bytes escaped, text kept. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "suites.h"

/* Input bytes, whether the terminal is UTF-8, and what is drawn. */
static const struct {
	const char	*in;
	size_t		 len;
	int		 utf8;
	const char	*out;
} escape_cases[] = {
	{ "plain text", 10, 1, "plain text" },
	{ "\x1b[31mred", 8, 1, "\\e[31mred" },
	{ "a\nb\tc\rd", 7, 1, "a\\nb\\tc\\rd" },
	{ "\x01\x7f", 2, 1, "\\x01\\x7f" },
	{ "\xff", 1, 1, "\\xff" },
	{ "\xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x98\x80", 11, 1,
	    "\xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x98\x80" },
	{ "\xe6\x97\xa5", 3, 0, "\\u65e5" },
	{ "\xc2\x85", 2, 1, "\\x85" },
	{ "\xe2\x80\xa8", 3, 1, "\\u2028" },
	{ "a\0b", 3, 1, "a\\x00b" },
	{ "\xc3", 1, 1, "\\xc3" },
	{ "\x9b" "31m", 4, 1, "\\x9b31m" },
};

/* Each case is drawn exactly as listed. */
START_TEST(test_escape)
{
	char	*out;

	out = escape_for_terminal(escape_cases[_i].in, escape_cases[_i].len,
	    escape_cases[_i].utf8);
	ck_assert_str_eq(out, escape_cases[_i].out);
	free(out);
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
