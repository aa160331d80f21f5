/* util.inspect in one line: quoting, escapes, -0, nesting limits. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "inspect.h"
#include "js.h"

/* Beyond this depth Node prints [Array] or [Object] (console.log's default is 2). */
#define INSPECT_DEPTH	2

/* Pick Node's quote: ' unless the string has one, then ", then ` (unless it has ${). */
static char
inspect_quote(const char *s, size_t n)
{
	if (memchr(s, '\'', n) == NULL)
		return ('\'');
	if (memchr(s, '"', n) == NULL)
		return ('"');
	if (memchr(s, '`', n) == NULL && memmem(s, n, "${", 2) == NULL)
		return ('`');
	return ('\'');
}

/* Append a quoted string literal with Node's escapes. */
static void
inspect_string(struct buf *b, const char *s, size_t n)
{
	char	 q = inspect_quote(s, n), tmp[8];
	size_t	 i;

	buf_append(b, &q, 1);
	for (i = 0; i < n; i++) {
		unsigned char	 c = s[i];

		if (c == (unsigned char)q || c == '\\') {
			buf_append(b, "\\", 1);
			buf_append(b, &s[i], 1);
		} else if (c == '\b')
			buf_append(b, "\\b", 2);
		else if (c == '\t')
			buf_append(b, "\\t", 2);
		else if (c == '\n')
			buf_append(b, "\\n", 2);
		else if (c == '\f')
			buf_append(b, "\\f", 2);
		else if (c == '\r')
			buf_append(b, "\\r", 2);
		else if (c < 0x20 || c == 0x7f) {
			snprintf(tmp, sizeof tmp, "\\x%02X", c);
			buf_append(b, tmp, 4);
		} else if (c == 0xc2 && i + 1 < n &&
		    (unsigned char)s[i + 1] >= 0x80 &&
		    (unsigned char)s[i + 1] <= 0x9f) {
			/* C1 controls, U+0080 to U+009F: Node escapes them too. */
			snprintf(tmp, sizeof tmp, "\\x%02X",
			    (unsigned char)s[++i]);
			buf_append(b, tmp, 4);
		} else
			buf_append(b, &s[i], 1);
	}
	buf_append(b, &q, 1);
}

/* Whether an object key prints bare: it looks like an identifier. */
static int
inspect_key_is_identifier(const char *s, size_t n)
{
	size_t	 i;

	if (n == 0 || (s[0] >= '0' && s[0] <= '9'))
		return (0);
	for (i = 0; i < n; i++) {
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' &&
		    s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9') ||
		    s[i] == '_'))
			return (0);
	}
	return (1);
}

static void	inspect_at(struct buf *, const struct value *, int);

/* Append an array's or object's entries, ", " between, as they show depth levels deep. */
static void
inspect_entries(struct buf *b, const struct value *v, int depth)
{
	size_t	 i;

	for (i = 0; i < v->count; i++) {
		if (i > 0)
			buf_append(b, ", ", 2);
		if (v->type == VALUE_OBJECT) {
			if (inspect_key_is_identifier(v->keys[i].str,
			    v->keys[i].len))
				buf_append(b, v->keys[i].str, v->keys[i].len);
			else
				inspect_string(b, v->keys[i].str,
				    v->keys[i].len);
			buf_append(b, ": ", 2);
		}
		inspect_at(b, &v->items[i], depth);
	}
}

/* Append v as util.inspect shows it when nested depth levels deep. */
static void
inspect_at(struct buf *b, const struct value *v, int depth)
{
	char	 num[JS_NUMBER_MAX];
	int	 is_array = v->type == VALUE_ARRAY;

	switch (v->type) {
	case VALUE_NUMBER:
		if (v->number == 0 && signbit(v->number))
			buf_append(b, "-0", 2);
		else {
			js_number_format(v->number, num, sizeof num);
			buf_append(b, num, strlen(num));
		}
		return;
	case VALUE_STRING:
		inspect_string(b, v->str, v->len);
		return;
	case VALUE_ARRAY:
	case VALUE_OBJECT:
		break;
	default:
		js_to_string(b, v);
		return;
	}
	if (v->count == 0) {
		buf_append(b, is_array ? "[]" : "{}", 2);
		return;
	}
	if (depth > INSPECT_DEPTH) {
		buf_append(b, is_array ? "[Array]" : "[Object]",
		    is_array ? 7 : 8);
		return;
	}
	buf_append(b, is_array ? "[ " : "{ ", 2);
	inspect_entries(b, v, depth + 1);
	buf_append(b, is_array ? " ]" : " }", 2);
}

/* Append one value as util.inspect prints it. */
void
inspect_value(struct buf *b, const struct value *v)
{
	inspect_at(b, v, 0);
}

/*
 * Append the elements of an array as util.inspect prints them inside it,
 * without the brackets: the arguments of a call, as in
 * ipcRenderer.send('ch', 1, 'two', [ 3 ]).
 */
void
inspect_items(struct buf *b, const struct value *array)
{
	inspect_entries(b, array, 1);
}

/* Append a string quoted and escaped as util.inspect prints it. */
void
inspect_quoted(struct buf *b, const char *s, size_t n)
{
	inspect_string(b, s, n);
}

/*
 * Append one console.log argument: a string as it is, anything else
 * inspected.  Format directives (%s, %d, ...) are not applied: every
 * console.log of the modelled app starts with a fixed text that has none.
 */
void
inspect_log_value(struct buf *b, const struct value *v)
{
	if (value_is_string(v))
		buf_append(b, v->str, v->len);
	else
		inspect_value(b, v);
}

/* Append what console.log prints for n values: each as an argument, spaces between. */
void
inspect_log_values(struct buf *b, const struct value *vals, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_append(b, " ", 1);
		inspect_log_value(b, &vals[i]);
	}
}

/* Append what console.log(...args) prints for an array of arguments. */
void
inspect_log_args(struct buf *b, const struct value *args)
{
	inspect_log_values(b, args->items, args->count);
}
