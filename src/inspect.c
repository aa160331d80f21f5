/*
 * util.inspect as console.log calls it in Node 20: break length 80,
 * compact 3, depth 2, arrays of more than six items grouped in aligned
 * columns, 100 items at most.  The functions follow Node's
 * lib/internal/util/inspect.js (formatValue, formatRaw, formatArray,
 * groupArrayElements, reduceToSingleString) so that the same input makes
 * the same lines.  The one-line form (inspect_value) is ipcsim's own, for
 * the places that show a value inside one line: --messages, the trace.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "inspect.h"
#include "js.h"
#include "log.h"
#include "nodewidth.h"

/* Beyond this depth Node prints [Array] or [Object] (console.log's default is 2). */
#define INSPECT_DEPTH		2
#define INSPECT_BREAK_LENGTH	80
#define INSPECT_COMPACT		3
#define INSPECT_MAX_ITEMS	100
#define INSPECT_MAX_STRING	10000
/* Node's kMinLineLength: shorter strings are never split at their newlines. */
#define INSPECT_MIN_LINE	16

/* The objects on the way to the one formatted: past the depth they are not opened. */
#define INSPECT_SEEN		(INSPECT_DEPTH + 2)

/* What formatting carries from level to level (Node's ctx). */
struct inspect_ctx {
	size_t	 indent;	/* indentationLvl */
	int	 current_depth;	/* the depth of the object formatted last */
	int	 oneline;	/* everything on one line, nothing grouped */
	const struct value *seen[INSPECT_SEEN];	/* seen: the objects being formatted */
	size_t	 nseen;
	const struct value **circular;	/* circular: the ones a cycle met, *1 first */
	size_t	 ncircular;
};

/* The entries of an array or object, formatted, before they are joined. */
struct inspect_output {
	struct buf	*entries;
	size_t		 n;
	size_t		 cap;
};

static void	inspect_format(struct inspect_ctx *, struct buf *,
		    const struct value *, int);

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

/* A string's length as JavaScript counts it: UTF-16 code units. */
static size_t
inspect_units(const char *s, size_t n)
{
	size_t	 i, units = 0;

	for (i = 0; i < n; i++) {
		if (((unsigned char)s[i] & 0xc0) != 0x80)
			units += ((unsigned char)s[i] >= 0xf0) ? 2 : 1;
	}
	return (units);
}

/* Append n spaces. */
static void
inspect_spaces(struct buf *b, size_t n)
{
	/* An empty buffer has no space to give for none (memset of NULL). */
	if (n == 0)
		return;
	memset(buf_space(b, n), ' ', n);
	b->len += n;
}

/*
 * A string inside a value (formatPrimitive): quoted, cut after 10,000
 * characters, and a long one split after each newline into quoted pieces
 * joined by " +" and a new line.
 */
static void
inspect_primitive_string(struct inspect_ctx *ctx, struct buf *b,
    const char *s, size_t n)
{
	size_t	 units = inspect_units(s, n), cut = 0, i, start, left;

	if (units > INSPECT_MAX_STRING) {
		/* Cut at the 10,000th UTF-16 unit, a whole character before it. */
		for (i = 0, left = INSPECT_MAX_STRING; i < n; i++) {
			if (((unsigned char)s[i] & 0xc0) == 0x80)
				continue;
			if (left < ((unsigned char)s[i] >= 0xf0 ? 2U : 1U))
				break;
			left -= (unsigned char)s[i] >= 0xf0 ? 2 : 1;
		}
		cut = units - INSPECT_MAX_STRING + left;
		n = i;
		units = INSPECT_MAX_STRING - left;
	}
	if (ctx->oneline || units <= INSPECT_MIN_LINE ||
	    units + ctx->indent + 4 <= INSPECT_BREAK_LENGTH)
		inspect_string(b, s, n);
	else {
		for (start = 0, i = 0; i < n; i++) {
			if (s[i] != '\n' || i + 1 == n)
				continue;
			inspect_string(b, s + start, i + 1 - start);
			buf_append(b, " +\n", 3);
			inspect_spaces(b, ctx->indent + 2);
			start = i + 1;
		}
		inspect_string(b, s + start, n - start);
	}
	if (cut > 0)
		buf_printf(b, "... %zu more character%s", cut,
		    cut > 1 ? "s" : "");
}

/* Append an object key as Node shows it: bare if it looks like an identifier, else quoted. */
static void
inspect_key(struct buf *b, const struct value *key)
{
	const char	*s = key->str;
	size_t		 i, n = key->len;

	if (n == 9 && memcmp(s, "__proto__", 9) == 0) {
		buf_append(b, "['__proto__']", 13);
		return;
	}
	for (i = 0; i < n; i++) {
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' &&
		    s[i] <= 'Z') || s[i] == '_' || (i > 0 && s[i] >= '0' &&
		    s[i] <= '9')))
			break;
	}
	if (n > 0 && i == n)
		buf_append(b, s, n);
	else
		inspect_string(b, s, n);
}

/* A new, empty entry at the end of the output. */
static struct buf *
inspect_entry(struct inspect_output *o)
{
	if (o->n == o->cap) {
		o->cap = o->cap == 0 ? 8 : o->cap * 2;
		o->entries = reallocarray(o->entries, o->cap,
		    sizeof *o->entries);
		if (o->entries == NULL)
			fatal("reallocarray");
	}
	buf_init(&o->entries[o->n]);
	return (&o->entries[o->n++]);
}

/* Free the entries. */
static void
inspect_output_free(struct inspect_output *o)
{
	size_t	 i;

	for (i = 0; i < o->n; i++)
		buf_free(&o->entries[i]);
	free(o->entries);
}

/* Append "... N more items" (Node's remainingText) as an entry. */
static void
inspect_remaining(struct inspect_output *o, size_t n)
{
	buf_printf(inspect_entry(o), "... %zu more item%s", n,
	    n > 1 ? "s" : "");
}

/* One property's value, two more columns in (formatProperty). */
static void
inspect_property(struct inspect_ctx *ctx, struct buf *b,
    const struct value *v, int recurse)
{
	ctx->indent += 2;
	inspect_format(ctx, b, v, recurse);
	ctx->indent -= 2;
}

/*
 * An array's entries (formatArray and formatSpecialArray): 100 at most, a
 * run of holes as one "<N empty items>", then how many are left.
 */
static void
inspect_array_entries(struct inspect_ctx *ctx, struct inspect_output *o,
    const struct value *v, int recurse)
{
	size_t	 index = 0, run;

	while (index < v->count && o->n < INSPECT_MAX_ITEMS) {
		if (v->items[index].type != VALUE_HOLE) {
			inspect_property(ctx, inspect_entry(o),
			    &v->items[index++], recurse);
			continue;
		}
		for (run = 0; index < v->count &&
		    v->items[index].type == VALUE_HOLE; run++)
			index++;
		buf_printf(inspect_entry(o), "<%zu empty item%s>", run,
		    run > 1 ? "s" : "");
	}
	if (index < v->count)
		inspect_remaining(o, v->count - index);
}

/* An object's entries, "key: value" each (formatProperty for every key). */
static void
inspect_object_entries(struct inspect_ctx *ctx, struct inspect_output *o,
    const struct value *v, int recurse)
{
	struct buf	*e;
	size_t		 i;

	for (i = 0; i < v->count; i++) {
		e = inspect_entry(o);
		inspect_key(e, &v->keys[i]);
		buf_append(e, ": ", 2);
		inspect_property(ctx, e, &v->items[i], recurse);
	}
}

/* Whether the element of an array at i is a number, which groups right-aligned. */
static int
inspect_is_numeric(const struct value *v, size_t i)
{
	if (v->type == VALUE_TYPED_ARRAY)
		return (i < value_typed_length(v));
	return (i < v->count && (v->items[i].type == VALUE_NUMBER ||
	    v->items[i].type == VALUE_BIGINT));
}

/* A Map's entries, "key => value" (formatMap), or a Set's (formatSet), two columns in. */
static void
inspect_collection_entries(struct inspect_ctx *ctx, struct inspect_output *o,
    const struct value *v, int recurse)
{
	struct buf	*e;
	size_t		 i, step = v->type == VALUE_MAP ? 2 : 1;

	ctx->indent += 2;
	for (i = 0; i < v->count && o->n < INSPECT_MAX_ITEMS; i += step) {
		e = inspect_entry(o);
		inspect_format(ctx, e, &v->items[i], recurse);
		if (step == 2) {
			buf_append(e, " => ", 4);
			inspect_format(ctx, e, &v->items[i + 1], recurse);
		}
	}
	if (i < v->count)
		inspect_remaining(o, (v->count - i) / step);
	ctx->indent -= 2;
}

/* A typed array's elements as numbers (formatTypedArray), 100 at most. */
static void
inspect_typed_entries(struct inspect_output *o, const struct value *v)
{
	struct value	 n;
	size_t		 i, len = value_typed_length(v);
	char		 digits[JS_NUMBER_MAX];
	double		 d;

	for (i = 0; i < len && i < INSPECT_MAX_ITEMS; i++) {
		d = value_typed_get(v, i, digits, sizeof digits);
		if (v->kind == TYPED_BIGINT64 || v->kind == TYPED_BIGUINT64)
			buf_printf(inspect_entry(o), "%sn", digits);
		else {
			value_number(&n, d);
			inspect_value(inspect_entry(o), &n);
		}
	}
	if (i < len)
		inspect_remaining(o, len - i);
}

/* An ArrayBuffer's two entries (formatArrayBuffer, then its byteLength). */
static void
inspect_buffer_entries(struct inspect_output *o, const struct value *v)
{
	struct buf	*e = inspect_entry(o);
	size_t		 i;

	buf_append(e, "[Uint8Contents]: <", 18);
	for (i = 0; i < v->len && i < INSPECT_MAX_ITEMS; i++)
		buf_printf(e, i > 0 ? " %02x" : "%02x", (unsigned char)v->str[i]);
	if (i < v->len)
		buf_printf(e, " ... %zu more byte%s", v->len - i,
		    v->len - i > 1 ? "s" : "");
	buf_append(e, ">", 1);
	buf_printf(inspect_entry(o), "byteLength: %zu", v->len);
}

/*
 * Group an array's entries in columns when they are short and alike
 * (groupArrayElements): the rows replace the entries.  The arithmetic is
 * Node's, floating point and all, so the columns come out the same.
 */
static void
inspect_group(const struct inspect_ctx *ctx, struct inspect_output *o,
    const struct value *v)
{
	struct inspect_output	 rows;
	size_t			*width, total = 0, maxw = 0, actual, n, i, j;
	size_t			 columns, cap, *colw, pad, last;
	double			 bias, biased, ideal;
	int			 numeric = 1;
	struct buf		*row;

	/* The "... more items" entry takes no part. */
	n = o->n > INSPECT_MAX_ITEMS ? o->n - 1 : o->n;
	if ((width = reallocarray(NULL, n, sizeof *width)) == NULL)
		fatal("reallocarray");
	for (i = 0; i < n; i++) {
		width[i] = node_width((const char *)buf_head(&o->entries[i]),
		    o->entries[i].len);
		total += width[i] + 2;
		if (width[i] > maxw)
			maxw = width[i];
	}
	actual = maxw + 2;
	if (!(actual * 3 + ctx->indent < INSPECT_BREAK_LENGTH &&
	    ((double)total / (double)actual > 5 || maxw <= 6))) {
		free(width);
		return;
	}
	bias = sqrt((double)actual - (double)total / (double)o->n);
	biased = fmax((double)actual - 3 - bias, 1);
	ideal = round(sqrt(2.5 * biased * (double)n) / biased);
	cap = (INSPECT_BREAK_LENGTH - ctx->indent) / actual;
	if (cap > INSPECT_COMPACT * 4)
		cap = INSPECT_COMPACT * 4;
	if (cap > 15)
		cap = 15;
	columns = ideal < (double)cap ? (size_t)ideal : cap;
	if (columns <= 1) {
		free(width);
		return;
	}
	if ((colw = calloc(columns, sizeof *colw)) == NULL)
		fatal("calloc");
	for (i = 0; i < columns; i++) {
		for (j = i; j < n; j += columns)
			if (width[j] > colw[i])
				colw[i] = width[j];
		colw[i] += 2;
	}
	for (i = 0; i < o->n; i++)
		numeric = numeric && inspect_is_numeric(v, i);
	memset(&rows, 0, sizeof rows);
	for (i = 0; i < n; i += columns) {
		row = inspect_entry(&rows);
		last = i + columns < n ? i + columns : n;
		for (j = i; j < last; j++) {
			/* Pad to the column: before numbers, after the rest. */
			pad = colw[j - i] - 2 - width[j];
			if (numeric)
				inspect_spaces(row, pad);
			buf_append(row, buf_head(&o->entries[j]),
			    o->entries[j].len);
			if (j + 1 < last) {
				buf_append(row, ", ", 2);
				if (!numeric)
					inspect_spaces(row, pad);
			}
		}
	}
	/* The "... more items" entry moves to the rows as it is. */
	if (n < o->n)
		*inspect_entry(&rows) = o->entries[--o->n];
	inspect_output_free(o);
	*o = rows;
	free(colw);
	free(width);
}

/*
 * Whether the entries fit on one line of 80 columns after start columns
 * (isBelowBreakLength): their lengths, a comma and a space each.
 */
static int
inspect_fits(const struct inspect_output *o, size_t start)
{
	size_t	 total = o->n + start, i;

	if (total + o->n > INSPECT_BREAK_LENGTH)
		return (0);
	for (i = 0; i < o->n; i++) {
		total += inspect_units((const char *)buf_head(&o->entries[i]),
		    o->entries[i].len);
		if (total > INSPECT_BREAK_LENGTH)
			return (0);
	}
	return (1);
}

/*
 * Join the entries between the braces (reduceToSingleString): on one line
 * if the innermost levels fit, else one entry (or one group) a line,
 * indented two more than the braces.
 */
static void
inspect_join(struct inspect_ctx *ctx, struct buf *b, struct inspect_output *o,
    const char *base, const char *open, const char *close,
    const struct value *array, int recurse)
{
	size_t	 entries = o->n, i;
	int	 oneline = 1;

	if (!ctx->oneline) {
		if (array != NULL && entries > 6)
			inspect_group(ctx, o, array);
		oneline = ctx->current_depth - recurse < INSPECT_COMPACT &&
		    entries == o->n && inspect_fits(o, o->n + ctx->indent +
		    strlen(open) + strlen(base) + 10);
		for (i = 0; oneline && i < o->n; i++)
			oneline = memchr(buf_head(&o->entries[i]), '\n',
			    o->entries[i].len) == NULL;
	}
	if (base[0] != '\0')
		buf_printf(b, "%s ", base);
	buf_append(b, open, strlen(open));
	for (i = 0; i < o->n; i++) {
		if (i > 0)
			buf_append(b, ",", 1);
		if (oneline)
			buf_append(b, " ", 1);
		else {
			buf_append(b, "\n", 1);
			inspect_spaces(b, ctx->indent + 2);
		}
		buf_append(b, buf_head(&o->entries[i]), o->entries[i].len);
	}
	if (oneline)
		buf_append(b, " ", 1);
	else {
		buf_append(b, "\n", 1);
		inspect_spaces(b, ctx->indent);
	}
	buf_append(b, close, strlen(close));
}

/*
 * The braces of an object of any kind, with Node's prefix (getPrefix):
 * "[", "{", "Map(2) {", "Uint8Array(3) [", "ArrayBuffer {".
 */
static void
inspect_braces(const struct value *v, char *open, size_t size,
    const char **close)
{
	switch (v->type) {
	case VALUE_ARRAY:
		snprintf(open, size, "[");
		break;
	case VALUE_MAP:
	case VALUE_SET:
		snprintf(open, size, "%s(%zu) {", v->type == VALUE_MAP ?
		    "Map" : "Set", v->count / (v->type == VALUE_MAP ? 2 : 1));
		break;
	case VALUE_TYPED_ARRAY:
		snprintf(open, size, "%s(%zu) [",
		    value_typed_kinds[v->kind].name, value_typed_length(v));
		break;
	case VALUE_ARRAY_BUFFER:
		snprintf(open, size, "ArrayBuffer {");
		break;
	default:
		snprintf(open, size, "{");
		break;
	}
	*close = open[strlen(open) - 1] == '[' ? "]" : "}";
}

/*
 * An Error as Node prints it (formatError): its stack, indented as deep as
 * it stands, or in brackets when the stack has no frame after the message.
 * ipcsim's one-line form is the brackets around the first line.
 */
static void
inspect_error(const struct inspect_ctx *ctx, struct buf *b,
    const struct value *v)
{
	const char	*s = v->str, *from = s, *at, *nl;
	size_t		 n = v->len;

	if (v->count > 0 && v->items[0].len > 0 &&
	    (at = memmem(s, n, v->items[0].str, v->items[0].len)) != NULL)
		from = at + v->items[0].len;
	at = memmem(from, n - (size_t)(from - s), "\n    at", 7);
	if (at == NULL || ctx->oneline) {
		nl = memchr(s, '\n', n);
		buf_printf(b, "[%.*s]", (int)(nl != NULL && ctx->oneline ?
		    (size_t)(nl - s) : n), s);
		return;
	}
	for (; (nl = memchr(s, '\n', n)) != NULL; n -= (size_t)(nl + 1 - s),
	    s = nl + 1) {
		buf_append(b, s, (size_t)(nl + 1 - s));
		inspect_spaces(b, ctx->indent);
	}
	buf_append(b, s, n);
}

/* The number of object v among those a cycle met (from 1), or 0. */
static size_t
inspect_circular(const struct inspect_ctx *ctx, const struct value *v)
{
	size_t	 i;

	for (i = 0; i < ctx->ncircular; i++) {
		if (ctx->circular[i] == v)
			return (i + 1);
	}
	return (0);
}

/*
 * A reference to shared object v met again inside itself (formatValue's
 * seen): [Circular *N], v numbered the next N the first time.
 */
static void
inspect_cycle(struct inspect_ctx *ctx, struct buf *b, const struct value *v)
{
	size_t	 n = inspect_circular(ctx, v);

	if (n == 0) {
		ctx->circular = reallocarray(ctx->circular, ctx->ncircular + 1,
		    sizeof *ctx->circular);
		if (ctx->circular == NULL)
			fatal("reallocarray");
		ctx->circular[ctx->ncircular++] = v;
		n = ctx->ncircular;
	}
	buf_printf(b, "[Circular *%zu]", n);
}

/*
 * An object of any kind (formatRaw): empty, elided past the depth as
 * [Object], [Array], [Map], ..., or its entries joined, after <ref *N>
 * if a cycle inside it came back to it.
 */
static void
inspect_raw(struct inspect_ctx *ctx, struct buf *b, const struct value *v,
    int recurse)
{
	struct inspect_output	 o;
	char			 open[48], base[32];
	const char		*close, *name;
	int			 grouped;
	size_t			 n;

	inspect_braces(v, open, sizeof open, &close);
	if ((v->type == VALUE_TYPED_ARRAY ? v->len : v->type ==
	    VALUE_ARRAY_BUFFER ? 1 : v->count) == 0) {
		buf_printf(b, "%s%s", open, close);
		return;
	}
	if (recurse > INSPECT_DEPTH) {
		name = v->type == VALUE_ARRAY ? "Array" : v->type == VALUE_MAP ?
		    "Map" : v->type == VALUE_SET ? "Set" : v->type ==
		    VALUE_ARRAY_BUFFER ? "ArrayBuffer" : v->type ==
		    VALUE_TYPED_ARRAY ? value_typed_kinds[v->kind].name :
		    "Object";
		buf_printf(b, "[%s]", name);
		return;
	}
	recurse++;
	ctx->current_depth = recurse;
	memset(&o, 0, sizeof o);
	if (ctx->nseen < INSPECT_SEEN)
		ctx->seen[ctx->nseen] = v;
	ctx->nseen++;
	grouped = v->type == VALUE_ARRAY || v->type == VALUE_TYPED_ARRAY;
	if (v->type == VALUE_ARRAY)
		inspect_array_entries(ctx, &o, v, recurse);
	else if (v->type == VALUE_TYPED_ARRAY)
		inspect_typed_entries(&o, v);
	else if (v->type == VALUE_ARRAY_BUFFER)
		inspect_buffer_entries(&o, v);
	else if (v->type == VALUE_OBJECT)
		inspect_object_entries(ctx, &o, v, recurse);
	else
		inspect_collection_entries(ctx, &o, v, recurse);
	ctx->nseen--;
	base[0] = '\0';
	if ((n = inspect_circular(ctx, v)) > 0)
		snprintf(base, sizeof base, "<ref *%zu>", n);
	inspect_join(ctx, b, &o, base, open, close, grouped ? v : NULL,
	    recurse);
	inspect_output_free(&o);
}

/* Whether object v is being formatted (on the way to where the format is). */
static int
inspect_seen(const struct inspect_ctx *ctx, const struct value *v)
{
	size_t	 i;

	for (i = 0; i < ctx->nseen && i < INSPECT_SEEN; i++) {
		if (ctx->seen[i] == v)
			return (1);
	}
	return (0);
}

/* Append a number as util.inspect shows it: -0 keeps its sign. */
static void
inspect_number(struct buf *b, double d)
{
	char	 num[JS_NUMBER_MAX];

	if (d == 0 && signbit(d))
		buf_append(b, "-0", 2);
	else if (d >= 0 && d < 9007199254740992.0 && d == (double)(uint64_t)d)
		/* A safe integer, the common argument, written at once. */
		buf_add_uint(b, (uint64_t)d);
	else {
		js_number_format(d, num, sizeof num);
		buf_append(b, num, strlen(num));
	}
}

/* Append v as util.inspect shows it recurse levels deep (formatValue). */
static void
inspect_format(struct inspect_ctx *ctx, struct buf *b, const struct value *v,
    int recurse)
{
	if (v->type == VALUE_REF && inspect_seen(ctx, v->ref)) {
		inspect_cycle(ctx, b, v->ref);
		return;
	}
	v = value_deref(v);
	switch (v->type) {
	case VALUE_NUMBER:
		inspect_number(b, v->number);
		break;
	case VALUE_BIGINT:
		buf_append(b, v->str, v->len);
		buf_append(b, "n", 1);
		break;
	case VALUE_STRING:
		inspect_primitive_string(ctx, b, v->str, v->len);
		break;
	case VALUE_DATE:
		js_date_iso(b, v->number);
		break;
	case VALUE_UNDEFINED:
	case VALUE_NULL:
	case VALUE_FALSE:
	case VALUE_TRUE:
	case VALUE_REGEXP:
		js_to_string(b, v);
		break;
	case VALUE_HOLE:
		buf_append(b, "undefined", 9);
		break;
	case VALUE_FUNCTION:
		buf_append(b, "[Function (anonymous)]", 22);
		break;
	case VALUE_ERROR:
		inspect_error(ctx, b, v);
		break;
	case VALUE_SYMBOL:
		buf_append(b, "Symbol()", 8);
		break;
	default:
		inspect_raw(ctx, b, v, recurse);
		break;
	}
}

/* Append v as one call of util.inspect formats it: its cycles numbered afresh. */
static void
inspect_run(struct buf *b, const struct value *v, int oneline)
{
	struct inspect_ctx	 ctx;

	/* A number has no cycles to number: no context to set up. */
	if (v->type == VALUE_NUMBER) {
		inspect_number(b, v->number);
		return;
	}
	memset(&ctx, 0, sizeof ctx);
	ctx.oneline = oneline;
	inspect_format(&ctx, b, v, 0);
	free(ctx.circular);
}

/* Append one value as util.inspect prints it, on one line whatever its size. */
void
inspect_value(struct buf *b, const struct value *v)
{
	inspect_run(b, v, 1);
}

/*
 * Append the elements of an array as util.inspect prints them inside it,
 * on one line and without the brackets: the arguments of a call, as in
 * ipcRenderer.send('ch', 1, 'two', [ 3 ]).
 */
void
inspect_items(struct buf *b, const struct value *array)
{
	struct buf		 all;

	buf_init(&all);
	inspect_run(&all, array, 1);
	/* "[ a, b ]" without "[ " and " ]"; "[]" is nothing. */
	if (all.len > 4)
		buf_append(b, buf_head(&all) + 2, all.len - 4);
	buf_free(&all);
}

/* Append a string quoted and escaped as util.inspect prints it. */
void
inspect_quoted(struct buf *b, const char *s, size_t n)
{
	inspect_string(b, s, n);
}

/*
 * Append one console.log argument: a string as it is, anything else
 * inspected as console.log does, over several lines if it must.  Format
 * directives (%s, %d, ...) are not applied: every console.log of the
 * modelled app starts with a fixed text that has none.
 */
void
inspect_log_value(struct buf *b, const struct value *v)
{
	if (value_is_string(v))
		buf_append(b, v->str, v->len);
	else
		inspect_run(b, v, 0);
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
