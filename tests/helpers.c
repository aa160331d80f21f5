/* Helpers the suites share. */
#include "config.h"

#include <check.h>
#include <string.h>

#include "helpers.h"
#include "inspect.h"
#include "literal.h"

/* Parse text as call arguments, which must be valid, into *args. */
void
parse_ok(const char *text, struct value *args)
{
	char	 msg[128];

	ck_assert_int_eq(literal_parse_args(text, strlen(text), args, msg,
	    sizeof msg), LITERAL_OK);
}

/* What console.log prints for n values must be exactly want. */
void
assert_printed(const struct value *vals, size_t n, const char *want)
{
	struct buf	 b;

	buf_init(&b);
	inspect_log_values(&b, vals, n);
	buf_append(&b, "", 1);
	ck_assert_str_eq((const char *)buf_head(&b), want);
	buf_free(&b);
}
