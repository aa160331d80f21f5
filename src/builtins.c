/*
 * The standard constructors that make the values the clone carries:
 * new Date(...), new RegExp(...) (and the checks of a regular expression
 * literal), new Map(...), new Set(...), new ArrayBuffer(n) and the typed
 * arrays.  Each follows the specification's steps for the arguments a
 * learner types; what ipcsim does not evaluate it says in its own words.
 */
#include "config.h"

#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "builtins.h"
#include "js.h"
#include "literal.h"
#include "log.h"
#include "utf8.h"

/* Larger buffers would not fit in a frame anyway. */
#define BUILTIN_MAX_BYTES	(1024 * 1024)

/* What a regular expression's checker knows as it goes. */
struct regexp_scan {
	const char	*s;
	size_t		 n;
	size_t		 i;
	int		 unicode;	/* the u or v flag */
	int		 atom;		/* what came last can be repeated */
	const char	*error;
};

/* Fill msg with a formatted message and return code. */
static int __attribute__((format(printf, 4, 5)))
builtin_fail(char *msg, size_t size, int code, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	vsnprintf(msg, size, fmt, ap);
	va_end(ap);
	return (code);
}

/* Whether {n}, {n,} or {n,m} starts at i; their bounds in *lo and *hi (-1: none). */
static int
regexp_braces(const struct regexp_scan *rs, size_t *end, double *lo,
    double *hi)
{
	size_t	 i = rs->i + 1, start;

	for (start = i; i < rs->n && rs->s[i] >= '0' && rs->s[i] <= '9';)
		i++;
	if (i == start)
		return (0);
	*lo = strtod(rs->s + start, NULL);
	*hi = *lo;
	if (i < rs->n && rs->s[i] == ',') {
		for (start = ++i; i < rs->n && rs->s[i] >= '0' &&
		    rs->s[i] <= '9';)
			i++;
		*hi = i == start ? -1 : strtod(rs->s + start, NULL);
	}
	if (i >= rs->n || rs->s[i] != '}')
		return (0);
	*end = i + 1;
	return (1);
}

/* A quantifier at i (* + ? or braces): it needs something to repeat. */
static void
regexp_quantifier(struct regexp_scan *rs, size_t end, double lo, double hi)
{
	if (!rs->atom) {
		rs->error = "Nothing to repeat";
		return;
	}
	if (hi != -1 && hi < lo) {
		rs->error = "numbers out of order in {} quantifier";
		return;
	}
	rs->i = end;
	if (rs->i < rs->n && rs->s[rs->i] == '?')
		rs->i++;
	rs->atom = 0;
}

/* A character class from [ to its ], with ranges in order. */
static void
regexp_class(struct regexp_scan *rs)
{
	uint32_t	 prev = 0, c;
	int		 k, have = 0, range = 0;

	for (rs->i++; rs->i < rs->n && rs->s[rs->i] != ']';) {
		if (rs->s[rs->i] == '\\') {
			/* An escape is a class of its own or one character. */
			if (++rs->i >= rs->n)
				break;
			c = (unsigned char)rs->s[rs->i++];
			if (strchr("dDsSwW", (int)c) != NULL) {
				have = range = 0;
				continue;
			}
		} else {
			if ((k = utf8_decode(rs->s + rs->i, rs->n - rs->i, &c)) <= 0)
				k = 1;
			rs->i += (size_t)k;
			if (c == '-' && have && !range && rs->i < rs->n &&
			    rs->s[rs->i] != ']') {
				range = 1;
				continue;
			}
		}
		if (range && c < prev) {
			rs->error = "Range out of order in character class";
			return;
		}
		have = !range;
		range = 0;
		prev = c;
	}
	if (rs->i >= rs->n) {
		rs->error = "Unterminated character class";
		return;
	}
	rs->i++;
	rs->atom = 1;
}

/*
 * What follows "(?" : a lookaround, a non-capturing group or a named one,
 * whose name must be new.  1 for a lookbehind, which cannot be repeated.
 */
static int
regexp_group_kind(struct regexp_scan *rs, struct buf *names)
{
	const char	*s = rs->s;
	size_t		 start, n, at;
	char		 c = rs->i < rs->n ? s[rs->i] : '\0';

	if (c == ':' || c == '=' || c == '!') {
		rs->i++;
		return (0);
	}
	if (c != '<') {
		rs->error = "Invalid group";
		return (0);
	}
	if (rs->i + 1 < rs->n && (s[rs->i + 1] == '=' || s[rs->i + 1] == '!')) {
		rs->i += 2;
		return (1);
	}
	for (start = ++rs->i; rs->i < rs->n && (s[rs->i] == '_' ||
	    s[rs->i] == '$' || (s[rs->i] >= 'a' && s[rs->i] <= 'z') ||
	    (s[rs->i] >= 'A' && s[rs->i] <= 'Z') || (rs->i > start &&
	    s[rs->i] >= '0' && s[rs->i] <= '9'));)
		rs->i++;
	n = rs->i - start;
	if (n == 0 || rs->i >= rs->n || s[rs->i] != '>') {
		rs->error = "Invalid capture group name";
		return (0);
	}
	/* The names seen so far, each followed by a NUL. */
	for (at = 0; at < names->len; at += strlen(buf_str(names) + at) + 1) {
		if (strlen(buf_str(names) + at) == n &&
		    memcmp(buf_str(names) + at, s + start, n) == 0) {
			rs->error = "Duplicate capture group name";
			return (0);
		}
	}
	buf_append(names, s + start, n);
	buf_append(names, "", 1);
	rs->i++;
	return (0);
}

/*
 * Check a regular expression's pattern as V8's parser does for the errors
 * a learner meets (groups, quantifiers, classes, the escape at the end,
 * lone brackets with the u flag), in the order V8 finds them.  0, or -1
 * with V8's SyntaxError in msg.
 */
int
builtin_regexp_check(const char *s, size_t n, const char *flags, char *msg,
    size_t size)
{
	struct regexp_scan	 rs;
	struct buf		 names;
	size_t			 end;
	double			 lo, hi;
	int			 depth = 0, behind[64], k;
	uint32_t		 cp;

	memset(&rs, 0, sizeof rs);
	rs.s = s;
	rs.n = n;
	rs.unicode = strchr(flags, 'u') != NULL || strchr(flags, 'v') != NULL;
	buf_init(&names);
	while (rs.i < n && rs.error == NULL) {
		switch (s[rs.i]) {
		case '\\':
			if (++rs.i >= n) {
				rs.error = "\\ at end of pattern";
				break;
			}
			rs.atom = s[rs.i] != 'b' && s[rs.i] != 'B';
			if ((k = utf8_decode(s + rs.i, n - rs.i, &cp)) <= 0)
				k = 1;
			rs.i += (size_t)k;
			break;
		case '[':
			regexp_class(&rs);
			break;
		case '(':
			rs.i++;
			k = 0;
			if (rs.i < n && s[rs.i] == '?') {
				rs.i++;
				k = regexp_group_kind(&rs, &names);
			}
			if (depth < 64)
				behind[depth] = k;
			depth++;
			rs.atom = 0;
			break;
		case ')':
			if (depth == 0) {
				rs.error = "Unmatched ')'";
				break;
			}
			depth--;
			rs.i++;
			rs.atom = depth >= 64 || !behind[depth] ? 1 : -1;
			break;
		case '|':
		case '^':
		case '$':
			rs.i++;
			rs.atom = 0;
			break;
		case '*':
		case '+':
		case '?':
			if (rs.atom == -1)
				rs.error = "Invalid quantifier";
			else
				regexp_quantifier(&rs, rs.i + 1, 0, -1);
			break;
		case '{':
			if (regexp_braces(&rs, &end, &lo, &hi)) {
				if (rs.atom == -1)
					rs.error = "Invalid quantifier";
				else
					regexp_quantifier(&rs, end, lo, hi);
				break;
			}
			/* FALLTHROUGH */
		case '}':
		case ']':
			if (rs.unicode) {
				rs.error = "Lone quantifier brackets";
				break;
			}
			/* FALLTHROUGH */
		default:
			if ((k = utf8_decode(s + rs.i, n - rs.i, &cp)) <= 0)
				k = 1;
			rs.i += (size_t)k;
			rs.atom = 1;
			break;
		}
	}
	if (rs.error == NULL && depth > 0)
		rs.error = "Unterminated group";
	buf_free(&names);
	if (rs.error == NULL)
		return (0);
	snprintf(msg, size, "Invalid regular expression: /%.*s/%s: %s", (int)n,
	    s, flags, rs.error);
	return (-1);
}

/*
 * The source V8 keeps for a pattern given as a string (EscapeRegExpSource):
 * '/' outside a class escaped, line terminators as escapes, "(?:)" for
 * nothing.
 */
static void
regexp_source(struct buf *b, const char *s, size_t n)
{
	size_t	 i;
	int	 in_class = 0;

	if (n == 0)
		buf_append(b, "(?:)", 4);
	for (i = 0; i < n; i++) {
		if (s[i] == '\\' && i + 1 < n) {
			buf_append(b, s + i, 2);
			i++;
			continue;
		}
		if (s[i] == '[')
			in_class = 1;
		else if (s[i] == ']')
			in_class = 0;
		if (s[i] == '/' && !in_class)
			buf_append(b, "\\/", 2);
		else if (s[i] == '\n')
			buf_append(b, "\\n", 2);
		else if (s[i] == '\r')
			buf_append(b, "\\r", 2);
		else if (i + 2 < n && memcmp(s + i, "\xe2\x80\xa8", 3) == 0) {
			buf_append(b, "\\u2028", 6);
			i += 2;
		} else if (i + 2 < n && memcmp(s + i, "\xe2\x80\xa9", 3) == 0) {
			buf_append(b, "\\u2029", 6);
			i += 2;
		} else
			buf_append(b, s + i, 1);
	}
}

/* Make out a RegExp of a source and valid flags, in the order V8's flags getter gives. */
void
builtin_regexp(struct value *out, const char *source, size_t n,
    const char *flags)
{
	static const char	 order[] = "dgimsuvy";
	char			 canon[sizeof order];
	size_t			 i, k = 0;

	for (i = 0; order[i] != '\0'; i++) {
		if (strchr(flags, order[i]) != NULL)
			canon[k++] = order[i];
	}
	canon[k] = '\0';
	value_string(out, source, n);
	out->type = VALUE_REGEXP;
	value_string(value_push(out), canon, k);
}

/* Argument i of a call, as what it refers to (a shared object itself), or NULL if there is none. */
static const struct value *
builtin_arg(const struct value *args, size_t i)
{
	return (i < args->count ? value_deref(&args->items[i]) : NULL);
}

/* new RegExp(pattern, flags), or RegExp(...): a RegExp's pattern, or a string's. */
static int
construct_regexp(const struct value *args, struct value *out, char *msg,
    size_t size)
{
	const struct value	*pat = builtin_arg(args, 0);
	const struct value	*fl = builtin_arg(args, 1);
	struct buf		 text, flags, source;
	int			 r = LITERAL_OK;

	buf_init(&text);
	buf_init(&flags);
	buf_init(&source);
	if (pat != NULL && pat->type == VALUE_REGEXP) {
		buf_append(&source, pat->str, pat->len);
		buf_append(&flags, pat->items[0].str, pat->items[0].len);
	} else if (pat != NULL && pat->type != VALUE_UNDEFINED)
		js_to_string(&text, pat);
	if (fl != NULL && fl->type != VALUE_UNDEFINED) {
		buf_clear(&flags);
		js_to_string(&flags, fl);
	}
	if (!value_regexp_flags_valid(buf_str(&flags), flags.len) ||
	    strlen(buf_str(&flags)) != flags.len)
		r = builtin_fail(msg, size, LITERAL_SYNTAX, "Invalid flags "
		    "supplied to RegExp constructor '%s'", buf_str(&flags));
	else if (source.len == 0 && builtin_regexp_check(buf_str(&text),
	    text.len, buf_str(&flags), msg, size) == -1)
		r = LITERAL_SYNTAX;
	else {
		if (source.len == 0)
			regexp_source(&source, buf_str(&text), text.len);
		builtin_regexp(out, buf_str(&source), source.len,
		    buf_str(&flags));
	}
	buf_free(&text);
	buf_free(&flags);
	buf_free(&source);
	return (r);
}

/* TimeClip: NaN beyond 8.64e15 ms either way, else the integer toward zero (+0 for -0). */
static double
date_clip(double t)
{
	if (!isfinite(t) || fabs(t) > 8.64e15)
		return (NAN);
	return (trunc(t) + 0.0);
}

/* Days from 1970-01-01 to the first of a month (month 0 to 11) of a year. */
static double
date_days(double year, double month)
{
	double	 y = year + floor(month / 12), era, yoe, doy, doe;
	double	 m = month - floor(month / 12) * 12;

	/* Howard Hinnant's days_from_civil, with March as the first month. */
	y -= m < 2;
	era = floor(y / 400);
	yoe = y - era * 400;
	doy = floor((153 * (m + (m > 1 ? -2 : 10)) + 2) / 5);
	doe = yoe * 365 + floor(yoe / 4) - floor(yoe / 100) + doy;
	return (era * 146097 + doe - 719468);
}

/* The local time zone's offset from UTC in ms at UTC time t (ms). */
static double
date_offset(double t)
{
	struct tm	 tm;
	time_t		 when = (time_t)floor(t / 1000);

	localtime_r(&when, &tm);
	return ((double)tm.tm_gmtoff * 1000);
}

/* Local time in ms to UTC (the specification's UTC(t)), at the offset in force then. */
static double
date_utc(double local)
{
	return (local - date_offset(local - date_offset(local)));
}

/* MakeDate(MakeDay(y, m, d), MakeTime(h, min, s, ms)) of seven ToNumber'd fields. */
static double
date_make(const double f[7])
{
	double	 v[7];
	int	 i;

	for (i = 0; i < 7; i++) {
		if (!isfinite(f[i]))
			return (NAN);
		v[i] = trunc(f[i]);
	}
	return ((date_days(v[0], v[1]) + v[2] - 1) * 864e5 + v[3] * 36e5 +
	    v[4] * 6e4 + v[5] * 1e3 + v[6]);
}

/* n decimal digits at *p into *v; -1 if they are not there. */
static int
date_digits(const char **p, int n, double *v)
{
	int	 i;

	for (*v = 0, i = 0; i < n; i++, (*p)++) {
		if (**p < '0' || **p > '9')
			return (-1);
		*v = *v * 10 + (**p - '0');
	}
	return (0);
}

/*
 * Date.parse of the date time string format (ISO 8601's extended form):
 * YYYY[-MM[-DD]][THH:mm[:ss[.sss]]][Z|+HH:mm], a year of six digits with a
 * sign.  A date alone is UTC, a time without an offset local.  -1 for
 * anything else, which V8's fallback parser may read: ipcsim does not.
 */
static int
date_parse_iso(const char *s, double *t)
{
	double	 f[7] = { 0, 0, 1, 0, 0, 0, 0 }, sign = 1, oh, om;
	int	 local = 0, offset = 0;

	if (*s == '+' || *s == '-') {
		sign = *s++ == '-' ? -1 : 1;
		if (date_digits(&s, 6, &f[0]) == -1)
			return (-1);
	} else if (date_digits(&s, 4, &f[0]) == -1)
		return (-1);
	f[0] *= sign;
	if (*s == '-' && (s++, date_digits(&s, 2, &f[1]) == -1 ||
	    (*s == '-' && (s++, date_digits(&s, 2, &f[2]) == -1))))
		return (-1);
	f[1] = f[1] == 0 ? 0 : f[1] - 1;
	if (*s == 'T') {
		s++;
		local = 1;
		if (date_digits(&s, 2, &f[3]) == -1 || *s++ != ':' ||
		    date_digits(&s, 2, &f[4]) == -1)
			return (-1);
		if (*s == ':' && (s++, date_digits(&s, 2, &f[5]) == -1))
			return (-1);
		if (*s == '.') {
			for (s++, om = 100; *s >= '0' && *s <= '9'; s++, om /= 10)
				f[6] += (*s - '0') * om;
			f[6] = floor(f[6]);
		}
		if (*s == 'Z') {
			s++;
			local = 0;
		} else if (*s == '+' || *s == '-') {
			sign = *s++ == '-' ? -1 : 1;
			if (date_digits(&s, 2, &oh) == -1 || *s++ != ':' ||
			    date_digits(&s, 2, &om) == -1)
				return (-1);
			local = 0;
			offset = (int)(sign * (oh * 60 + om));
		}
	}
	if (*s != '\0' || f[1] > 11 || f[2] < 1 || f[2] > 31 || f[3] > 24 ||
	    f[4] > 59 || f[5] > 59)
		return (-1);
	*t = date_make(f) - offset * 6e4;
	if (local)
		*t = date_utc(*t);
	return (0);
}

/* The time now, in ms. */
static double
date_now(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return ((double)ts.tv_sec * 1000 + (double)(ts.tv_nsec / 1000000));
}

/*
 * new Date(...): now, a time value, a Date, an ISO string, or the local
 * fields year, month[, day, hours, minutes, seconds, ms].
 */
static int
construct_date(const struct value *args, struct value *out, char *msg,
    size_t size)
{
	double		 f[7] = { 0, 0, 1, 0, 0, 0, 0 }, t = 0;
	const struct value *a = builtin_arg(args, 0);
	struct buf	 s;
	size_t		 i;
	int		 r = 0;

	if (a == NULL)
		t = date_now();
	else if (args->count == 1 && a->type == VALUE_DATE)
		t = a->number;
	else if (args->count == 1 && a->type == VALUE_STRING) {
		buf_init(&s);
		buf_append(&s, a->str, a->len);
		r = date_parse_iso(buf_str(&s), &t);
		buf_free(&s);
		if (r == -1)
			return (builtin_fail(msg, size, LITERAL_UNSUPPORTED,
			    "ipcsim does not evaluate new Date() of a string "
			    "that is not in ISO 8601's form"));
	} else if (args->count == 1)
		t = js_to_number(a);
	else {
		for (i = 0; i < args->count && i < 7; i++)
			f[i] = js_to_number(&args->items[i]);
		if (!isnan(f[0]) && trunc(f[0]) >= 0 && trunc(f[0]) <= 99)
			f[0] = 1900 + trunc(f[0]);
		t = date_utc(date_make(f));
	}
	value_init(out, VALUE_DATE);
	out->number = date_clip(t);
	return (LITERAL_OK);
}

/*
 * Add a key (and for a Map its value) the way Map.prototype.set and
 * Set.prototype.add do: -0 becomes +0, a key already there keeps its place
 * and takes the new value.
 */
static void
collection_add(struct value *c, const struct value *key,
    const struct value *val)
{
	size_t	 i, step = c->type == VALUE_MAP ? 2 : 1;

	for (i = 0; i < c->count; i += step) {
		if (js_same_value_zero(&c->items[i], key))
			break;
	}
	if (i == c->count) {
		value_copy(value_push(c), key);
		if (key->type == VALUE_NUMBER && key->number == 0)
			c->items[i].number = 0;
		if (step == 2)
			value_push(c);
	}
	if (step == 2) {
		value_free(&c->items[i + 1]);
		value_copy(&c->items[i + 1], val);
	}
}

/* How V8's "is not iterable" names a value: "number 1", "bigint", "object". */
static void
builtin_describe(struct buf *b, const struct value *v)
{
	v = value_deref(v);
	switch (v->type) {
	case VALUE_NUMBER:
	case VALUE_FALSE:
	case VALUE_TRUE:
		buf_printf(b, "%s ", v->type == VALUE_NUMBER ? "number" :
		    "boolean");
		js_to_string(b, v);
		break;
	case VALUE_BIGINT:
		buf_append(b, "bigint", 6);
		break;
	default:
		buf_append(b, "object", 6);
		break;
	}
}

/*
 * The values an iterable gives (for-of): an array's elements (a hole is
 * undefined), a string's characters, a Set's elements, a Map's entries as
 * [key, value], a typed array's numbers.  -1 if v is not iterable.
 */
static int
builtin_iterate(const struct value *v, struct value *list)
{
	size_t		 i, k;
	struct value	*e;
	char		 digits[JS_NUMBER_MAX];
	double		 d;

	value_init(list, VALUE_ARRAY);
	v = value_deref(v);
	switch (v->type) {
	case VALUE_ARRAY:
	case VALUE_SET:
		for (i = 0; i < v->count; i++) {
			if (v->items[i].type == VALUE_HOLE)
				value_push(list);
			else
				value_copy(value_push(list), &v->items[i]);
		}
		return (0);
	case VALUE_MAP:
		for (i = 0; i < v->count; i += 2) {
			e = value_push(list);
			value_init(e, VALUE_ARRAY);
			value_copy(value_push(e), &v->items[i]);
			value_copy(value_push(e), &v->items[i + 1]);
		}
		return (0);
	case VALUE_STRING:
		for (i = 0; i < v->len; i += k) {
			for (k = 1; i + k < v->len &&
			    ((unsigned char)v->str[i + k] & 0xc0) == 0x80;)
				k++;
			value_string(value_push(list), v->str + i, k);
		}
		return (0);
	case VALUE_TYPED_ARRAY:
		for (i = 0; i < value_typed_length(v); i++) {
			d = value_typed_get(v, i, digits, sizeof digits);
			if (v->kind == TYPED_BIGINT64 ||
			    v->kind == TYPED_BIGUINT64)
				value_bigint(value_push(list), digits,
				    strlen(digits));
			else
				value_number(value_push(list), d);
		}
		return (0);
	default:
		value_free(list);
		return (-1);
	}
}

/* The "is not iterable" TypeError for v. */
static int
builtin_not_iterable(const struct value *v, char *msg, size_t size)
{
	struct buf	 b;

	buf_init(&b);
	builtin_describe(&b, v);
	builtin_fail(msg, size, LITERAL_TYPE, "%s is not iterable (cannot "
	    "read property Symbol(Symbol.iterator))", buf_str(&b));
	buf_free(&b);
	return (LITERAL_TYPE);
}

/*
 * Append what an iterable gives to list, as spread does ([...v], f(...v));
 * LITERAL_OK, or V8's TypeError if v is not iterable.
 */
int
builtin_spread(const struct value *v, struct value *list, char *msg,
    size_t size)
{
	struct value	 items;
	size_t		 i;

	if (builtin_iterate(v, &items) == -1)
		return (builtin_not_iterable(v, msg, size));
	for (i = 0; i < items.count; i++) {
		*value_push(list) = items.items[i];
		value_init(&items.items[i], VALUE_UNDEFINED);
	}
	value_free(&items);
	return (LITERAL_OK);
}

/* new Map(iterable) or new Set(iterable). */
static int
construct_collection(enum value_type type, const struct value *args,
    struct value *out, char *msg, size_t size)
{
	const struct value	*a = builtin_arg(args, 0);
	const struct value	*k, *v;
	struct value		 list, undef;
	struct buf		 b;
	size_t			 i;

	value_init(out, type);
	if (a == NULL || a->type == VALUE_UNDEFINED || a->type == VALUE_NULL)
		return (LITERAL_OK);
	if (builtin_iterate(a, &list) == -1)
		return (builtin_not_iterable(a, msg, size));
	value_init(&undef, VALUE_UNDEFINED);
	for (i = 0; i < list.count; i++) {
		if (type == VALUE_SET) {
			collection_add(out, &list.items[i], NULL);
			continue;
		}
		/* An entry is an object whose '0' is the key and '1' the value. */
		v = value_deref(&list.items[i]);
		if (v->type == VALUE_ARRAY) {
			k = v->count > 0 && v->items[0].type != VALUE_HOLE ?
			    &v->items[0] : &undef;
			v = v->count > 1 && v->items[1].type != VALUE_HOLE ?
			    &v->items[1] : &undef;
		} else if (js_is_object(v)) {
			k = js_own(v, "0") != NULL ? js_own(v, "0") :
			    &undef;
			v = js_own(v, "1") != NULL ? js_own(v, "1") :
			    &undef;
		} else {
			buf_init(&b);
			js_to_string(&b, v);
			builtin_fail(msg, size, LITERAL_TYPE, "Iterator value "
			    "%s is not an entry object", buf_str(&b));
			buf_free(&b);
			value_free(&list);
			value_free(out);
			return (LITERAL_TYPE);
		}
		collection_add(out, k, v);
	}
	value_free(&list);
	return (LITERAL_OK);
}

/* ToIndex of a length: an integer from 0 to 2^53 - 1, or -1. */
static double
builtin_index(const struct value *v)
{
	double	 d = v == NULL || v->type == VALUE_UNDEFINED ? 0 :
		    js_to_number(v);

	d = isnan(d) ? 0 : trunc(d);
	return (d < 0 || d > 9007199254740991.0 ? -1 : d);
}

/* Store x in element i of a typed array, converted as TypedArray.prototype.set does. */
int
builtin_typed_set(struct value *t, size_t i, const struct value *x, char *msg,
    size_t size)
{
	char		*p = t->str + i * value_typed_kinds[t->kind].size;
	uint64_t	 u = 0;
	double		 d, m;
	float		 f;
	size_t		 k, n;
	struct buf	 b;

	if (t->kind == TYPED_BIGINT64 || t->kind == TYPED_BIGUINT64) {
		if (x->type != VALUE_BIGINT) {
			buf_init(&b);
			js_to_string(&b, x);
			builtin_fail(msg, size, LITERAL_TYPE, "Cannot convert "
			    "%s to a BigInt", buf_str(&b));
			buf_free(&b);
			return (LITERAL_TYPE);
		}
		/* The digits modulo 2^64, which unsigned arithmetic is. */
		for (k = x->str[0] == '-'; k < x->len; k++)
			u = u * 10 + (uint64_t)(x->str[k] - '0');
		if (x->str[0] == '-')
			u = -u;
		memcpy(p, &u, 8);
		return (LITERAL_OK);
	}
	if (x->type == VALUE_BIGINT)
		return (builtin_fail(msg, size, LITERAL_TYPE,
		    "Cannot convert a BigInt value to a number"));
	d = js_to_number(x);
	n = value_typed_kinds[t->kind].size;
	if (t->kind == TYPED_FLOAT32) {
		f = (float)d;
		memcpy(p, &f, 4);
	} else if (t->kind == TYPED_FLOAT64)
		memcpy(p, &d, 8);
	else if (t->kind == TYPED_UINT8_CLAMPED)
		*p = (char)(isnan(d) ? 0 : d <= 0 ? 0 : d >= 255 ? 255 :
		    (int)nearbyint(d));
	else {
		/* ToInt8 ... ToUint32: the integer modulo 2^bits, in the host's order. */
		m = ldexp(1, (int)n * 8);
		d = isfinite(d) ? fmod(trunc(d), m) : 0;
		u = (uint64_t)(d < 0 ? d + m : d);
		for (k = 0; k < n; k++) {
#ifdef WORDS_BIGENDIAN
			p[n - 1 - k] = (char)(u >> (8 * k));
#else
			p[k] = (char)(u >> (8 * k));
#endif
		}
	}
	return (LITERAL_OK);
}

/*
 * new ArrayBuffer(length) and new XArray(length | iterable | buffer[,
 * offset[, length]]): the bytes, zero or converted from the elements.
 */
static int
construct_buffer(int kind, const struct value *args, struct value *out,
    char *msg, size_t size)
{
	const struct value	*a = builtin_arg(args, 0);
	const char		*name = kind == -1 ? "ArrayBuffer" :
				    value_typed_kinds[kind].name;
	size_t			 esize = kind == -1 ? 1 :
				    value_typed_kinds[kind].size, i;
	double			 len, off = 0;
	struct value		 list;
	struct buf		 zero;
	char			*bytes;
	int			 r = LITERAL_OK;

	value_init(&list, VALUE_ARRAY);
	if (kind != -1 && a != NULL && a->type == VALUE_ARRAY_BUFFER) {
		off = builtin_index(args->count > 1 ? &args->items[1] : NULL);
		if (off < 0 || off > (double)a->len || fmod(off, esize) != 0)
			return (builtin_fail(msg, size, LITERAL_RANGE,
			    "Start offset of %s should be a multiple of %zu",
			    name, esize));
		len = args->count > 2 && args->items[2].type != VALUE_UNDEFINED ?
		    builtin_index(&args->items[2]) : ((double)a->len - off) /
		    esize;
		if (len != trunc(len))
			return (builtin_fail(msg, size, LITERAL_RANGE,
			    "byte length of %s should be a multiple of %zu",
			    name, esize));
		if (len < 0 || off + len * esize > (double)a->len)
			return (builtin_fail(msg, size, LITERAL_RANGE,
			    "Invalid typed array length: %g", len));
		value_bytes(out, VALUE_TYPED_ARRAY, a->str + (size_t)off,
		    (size_t)len * esize);
		out->kind = kind;
		return (LITERAL_OK);
	}
	if (kind != -1 && a != NULL && builtin_iterate(a, &list) == 0)
		len = (double)list.count;
	else if (kind != -1 && a != NULL && js_is_object(a))
		len = 0;	/* an object that is not iterable has no length here */
	else if ((len = builtin_index(a)) < 0) {
		value_free(&list);
		if (kind == -1)
			return (builtin_fail(msg, size, LITERAL_RANGE,
			    "Invalid array buffer length"));
		buf_init(&zero);
		js_to_string(&zero, a);
		builtin_fail(msg, size, LITERAL_RANGE, "Invalid typed array "
		    "length: %s", buf_str(&zero));
		buf_free(&zero);
		return (LITERAL_RANGE);
	}
	if (len * esize > BUILTIN_MAX_BYTES) {
		value_free(&list);
		return (builtin_fail(msg, size, LITERAL_UNSUPPORTED, "ipcsim "
		    "does not evaluate buffers larger than 1 MiB, the most a "
		    "frame carries"));
	}
	if ((bytes = calloc(1, (size_t)len * esize + 1)) == NULL)
		fatal("calloc");
	value_bytes(out, kind == -1 ? VALUE_ARRAY_BUFFER : VALUE_TYPED_ARRAY,
	    bytes, (size_t)len * esize);
	free(bytes);
	out->kind = kind == -1 ? 0 : kind;
	for (i = 0; i < list.count && r == LITERAL_OK; i++)
		r = builtin_typed_set(out, i, &list.items[i], msg, size);
	value_free(&list);
	if (r != LITERAL_OK)
		value_free(out);
	return (r);
}

/*
 * new Error(message) or Error(message), and the other kinds: its message,
 * and its stack, "Name: message" and the frame it was made in.  An
 * options argument (a cause) is not evaluated.
 */
static int
construct_error(int kind, const struct value *args, const char *frame,
    struct value *out, char *msg, size_t size)
{
	const struct value	*m = builtin_arg(args, 0);
	struct buf		 text, stack;

	if (args->count > 1 && args->items[1].type != VALUE_UNDEFINED)
		return (builtin_fail(msg, size, LITERAL_UNSUPPORTED, "ipcsim "
		    "does not evaluate an Error's options (its cause)"));
	if (m != NULL && m->type == VALUE_SYMBOL)
		return (builtin_fail(msg, size, LITERAL_TYPE,
		    "Cannot convert a Symbol value to a string"));
	buf_init(&text);
	buf_init(&stack);
	if (m != NULL && m->type != VALUE_UNDEFINED)
		js_to_string(&text, m);
	buf_printf(&stack, "%s", value_error_names[kind]);
	if (text.len > 0)
		buf_printf(&stack, ": %s", buf_str(&text));
	if (frame[0] != '\0')
		buf_printf(&stack, "\n%s", frame);
	value_string(out, buf_str(&stack), stack.len);
	out->type = VALUE_ERROR;
	out->kind = kind;
	if (m != NULL && m->type != VALUE_UNDEFINED)
		value_string(value_push(out), buf_str(&text), text.len);
	buf_free(&text);
	buf_free(&stack);
	return (LITERAL_OK);
}

/* The index of an Error constructor's name, or -1. */
static int
error_kind(const char *name, size_t n)
{
	int	 k;

	for (k = 0; k < ERROR_COUNT; k++) {
		if (strlen(value_error_names[k]) == n &&
		    memcmp(value_error_names[k], name, n) == 0)
			return (k);
	}
	return (-1);
}

/* The constructors, by name; those that need new say so when called without it. */
static const char *const constructor_names[] = {
	"Date", "RegExp", "Map", "Set", "ArrayBuffer",
};

/* The index of a typed array's name, or -1. */
static int
typed_kind(const char *name, size_t n)
{
	int	 k;

	for (k = 0; k < TYPED_COUNT; k++) {
		if (strlen(value_typed_kinds[k].name) == n &&
		    memcmp(value_typed_kinds[k].name, name, n) == 0)
			return (k);
	}
	return (-1);
}

/* Whether name is a constructor ipcsim evaluates. */
int
builtin_is_constructor(const char *name, size_t n)
{
	size_t	 i;

	for (i = 0; i < sizeof constructor_names / sizeof constructor_names[0];
	    i++) {
		if (strlen(constructor_names[i]) == n &&
		    memcmp(constructor_names[i], name, n) == 0)
			return (1);
	}
	return (typed_kind(name, n) != -1 || error_kind(name, n) != -1);
}

/*
 * name(...args), with new or without (frame: an Error's stack frame, or
 * ""): the value into out and LITERAL_OK,
 * or the error's code with its message.
 */
int
builtin_construct(const char *name, size_t n, int is_new,
    const struct value *args, const char *frame, struct value *out,
    char *msg, size_t size)
{
	struct buf	 now;
	struct value	 date, none;

	value_init(out, VALUE_UNDEFINED);
	if (n == 6 && memcmp(name, "RegExp", 6) == 0)
		return (construct_regexp(args, out, msg, size));
	if (error_kind(name, n) != -1)
		return (construct_error(error_kind(name, n), args, frame, out,
		    msg, size));
	if (n == 4 && memcmp(name, "Date", 4) == 0 && !is_new) {
		/* Date() is the string of the time now, whatever the arguments. */
		value_init(&none, VALUE_ARRAY);
		construct_date(&none, &date, msg, size);
		buf_init(&now);
		js_to_string(&now, &date);
		value_string(out, buf_str(&now), now.len);
		buf_free(&now);
		return (LITERAL_OK);
	}
	if (!is_new)
		return (builtin_fail(msg, size, LITERAL_TYPE, "Constructor %.*s "
		    "requires 'new'", (int)n, name));
	if (n == 4 && memcmp(name, "Date", 4) == 0)
		return (construct_date(args, out, msg, size));
	if (n == 3 && memcmp(name, "Map", 3) == 0)
		return (construct_collection(VALUE_MAP, args, out, msg, size));
	if (n == 3 && memcmp(name, "Set", 3) == 0)
		return (construct_collection(VALUE_SET, args, out, msg, size));
	if (n == 11 && memcmp(name, "ArrayBuffer", 11) == 0)
		return (construct_buffer(-1, args, out, msg, size));
	return (construct_buffer(typed_kind(name, n), args, out, msg, size));
}
