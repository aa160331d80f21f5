/* What JavaScript does with values: number printing, string conversion, addition. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "js.h"
#include "log.h"
#include "utf8.h"

/*
 * Print a finite non-zero |d| with the fewest significant digits that read
 * back to the same double; digits get them, the return value is the decimal
 * exponent n such that d = 0.digits * 10^n.
 */
static int
js_shortest_digits(double d, char *digits, size_t size)
{
	char	 tmp[40], *p, *e;
	int	 prec, n;
	size_t	 k = 0;

	for (prec = 1; prec <= 17; prec++) {
		snprintf(tmp, sizeof tmp, "%.*e", prec - 1, d);
		if (strtod(tmp, NULL) == d)
			break;
	}
	/* tmp is "D.DDDDe[+-]XX"; collect the digits and the exponent. */
	e = strchr(tmp, 'e');
	for (p = tmp; p < e; p++) {
		if (*p >= '0' && *p <= '9' && k + 1 < size)
			digits[k++] = *p;
	}
	/* Strip trailing zeros: JavaScript never prints them. */
	while (k > 1 && digits[k - 1] == '0')
		k--;
	digits[k] = '\0';
	n = atoi(e + 1);
	return (n + 1);
}

/*
 * Write a safe integer in decimal, the common case, without printf and two
 * digits a step (buf_put_uint); out has room for JS_NUMBER_MAX bytes.
 */
static void
js_integer_format(long long v, char *out)
{
	char	*end;

	if (v < 0)
		*out++ = '-';
	end = buf_put_uint(out, v < 0 ? -(unsigned long long)v :
	    (unsigned long long)v);
	*end = '\0';
}

/* Format a number as JavaScript's Number.prototype.toString() does. */
void
js_number_format(double d, char *out, size_t size)
{
	char	 digits[24];
	int	 n, k, i;
	size_t	 o = 0;

	if (isnan(d)) {
		snprintf(out, size, "NaN");
		return;
	}
	if (d == 0) {
		snprintf(out, size, "0");
		return;
	}
	if (isinf(d)) {
		snprintf(out, size, "%sInfinity", d < 0 ? "-" : "");
		return;
	}
	/* Safe integers print as themselves: no search for digits needed. */
	if (fabs(d) < 9007199254740992.0 && d == (double)(long long)d) {
		js_integer_format((long long)d, out);
		return;
	}
	if (d < 0) {
		out[o++] = '-';
		d = -d;
	}
	n = js_shortest_digits(d, digits, sizeof digits);
	k = (int)strlen(digits);
	if (k <= n && n <= 21) {
		/* An integer: the digits, then zeros. */
		o += snprintf(out + o, size - o, "%s", digits);
		for (i = k; i < n; i++)
			out[o++] = '0';
		out[o] = '\0';
	} else if (0 < n && n <= 21) {
		snprintf(out + o, size - o, "%.*s.%s", n, digits, digits + n);
	} else if (-6 < n && n <= 0) {
		o += snprintf(out + o, size - o, "0.");
		for (i = 0; i < -n; i++)
			out[o++] = '0';
		snprintf(out + o, size - o, "%s", digits);
	} else {
		snprintf(out + o, size - o, "%c%s%se%c%d", digits[0],
		    k > 1 ? "." : "", digits + 1, n - 1 < 0 ? '-' : '+',
		    abs(n - 1));
	}
}

/* The broken-down time of a Date's time value t (finite), in UTC or in the local time zone. */
static void
js_date_fields(double t, int local, struct tm *tm, int *ms)
{
	double	 secs = floor(t / 1000);
	time_t	 when = (time_t)secs;

	*ms = (int)(t - secs * 1000);
	if (local)
		localtime_r(&when, tm);
	else
		gmtime_r(&when, tm);
}

/* Append a Date as toISOString writes it (util.inspect's form), or "Invalid Date". */
void
js_date_iso(struct buf *b, double t)
{
	struct tm	 tm;
	long long	 year;
	int		 ms;

	if (isnan(t)) {
		buf_append(b, "Invalid Date", 12);
		return;
	}
	js_date_fields(t, 0, &tm, &ms);
	year = (long long)tm.tm_year + 1900;
	if (year >= 0 && year <= 9999)
		buf_printf(b, "%04lld", year);
	else
		buf_printf(b, "%c%06lld", year < 0 ? '-' : '+', llabs(year));
	buf_printf(b, "-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_mon + 1,
	    tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, ms);
}

/*
 * Append a Date as Date.prototype.toString writes it, in the local time
 * zone: "Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)".
 * V8 names the zone with ICU's long names; ipcsim knows UTC's, and
 * gives other zones' abbreviations.
 */
static void
js_date_string(struct buf *b, double t)
{
	static const char	 days[] = "SunMonTueWedThuFriSat";
	static const char	 months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
	struct tm		 tm;
	long long		 year;
	long			 off;
	int			 ms;

	if (isnan(t)) {
		buf_append(b, "Invalid Date", 12);
		return;
	}
	js_date_fields(t, 1, &tm, &ms);
	year = (long long)tm.tm_year + 1900;
	off = tm.tm_gmtoff / 60;
	buf_printf(b, "%.3s %.3s %02d %s%04lld %02d:%02d:%02d GMT%c%02ld%02ld (%s)",
	    days + 3 * tm.tm_wday, months + 3 * tm.tm_mon, tm.tm_mday,
	    year < 0 ? "-" : "", llabs(year), tm.tm_hour, tm.tm_min, tm.tm_sec,
	    off < 0 ? '-' : '+', labs(off) / 60, labs(off) % 60,
	    off == 0 && (strcmp(tm.tm_zone, "UTC") == 0 ||
	    strcmp(tm.tm_zone, "GMT") == 0) ? "Coordinated Universal Time" :
	    tm.tm_zone);
}

/* Append element i of a typed array as ToString writes it. */
void
js_typed_element(struct buf *b, const struct value *v, size_t i)
{
	char	 num[JS_NUMBER_MAX];
	double	 d;

	d = value_typed_get(v, i, num, sizeof num);
	if (v->kind != TYPED_BIGINT64 && v->kind != TYPED_BIGUINT64)
		js_number_format(d, num, sizeof num);
	buf_append(b, num, strlen(num));
}

/*
 * The arrays being joined, innermost first: Array.prototype.join gives ""
 * for one already on the way (a cycle).  A join that grows past
 * JS_STRING_MAX or JS_JOIN_DEPTH stops and says so in overflow.
 */
struct js_join {
	const struct value	*array;
	const struct js_join	*up;
	size_t			 depth;
};

/* Whether array a is being joined already. */
static int
js_joining(const struct js_join *j, const struct value *a)
{
	for (; j != NULL; j = j->up) {
		if (j->array == a)
			return (1);
	}
	return (0);
}

/* Append ToString(v) to b as a join inside up (NULL at the top) makes it. */
static void
js_string_of(struct buf *b, const struct value *v, const struct js_join *up,
    int *overflow)
{
	char		 num[JS_NUMBER_MAX];
	struct js_join	 j;
	size_t		 i;

	v = value_deref(v);
	switch (v->type) {
	case VALUE_UNDEFINED:
		buf_append(b, "undefined", 9);
		break;
	case VALUE_NULL:
		buf_append(b, "null", 4);
		break;
	case VALUE_FALSE:
		buf_append(b, "false", 5);
		break;
	case VALUE_TRUE:
		buf_append(b, "true", 4);
		break;
	case VALUE_NUMBER:
		js_number_format(v->number, num, sizeof num);
		buf_append(b, num, strlen(num));
		break;
	case VALUE_STRING:
	case VALUE_BIGINT:
		buf_append(b, v->str, v->len);
		break;
	case VALUE_ARRAY:
		/* Array.prototype.join: undefined, null and holes become empty. */
		if (js_joining(up, v))
			break;
		j.array = v;
		j.up = up;
		j.depth = up == NULL ? 1 : up->depth + 1;
		for (i = 0; i < v->count; i++) {
			if (b->len > JS_STRING_MAX || j.depth > JS_JOIN_DEPTH) {
				*overflow = 1;
				break;
			}
			if (i > 0)
				buf_append(b, ",", 1);
			if (v->items[i].type != VALUE_UNDEFINED &&
			    v->items[i].type != VALUE_NULL &&
			    v->items[i].type != VALUE_HOLE)
				js_string_of(b, &v->items[i], &j, overflow);
		}
		break;
	case VALUE_OBJECT:
		buf_append(b, "[object Object]", 15);
		break;
	case VALUE_HOLE:
		buf_append(b, "undefined", 9);
		break;
	case VALUE_DATE:
		js_date_string(b, v->number);
		break;
	case VALUE_REGEXP:
		buf_printf(b, "/%s/%s", v->str, v->items[0].str);
		break;
	case VALUE_MAP:
		buf_append(b, "[object Map]", 12);
		break;
	case VALUE_SET:
		buf_append(b, "[object Set]", 12);
		break;
	case VALUE_ARRAY_BUFFER:
		buf_append(b, "[object ArrayBuffer]", 20);
		break;
	case VALUE_TYPED_ARRAY:
		for (i = 0; i < value_typed_length(v); i++) {
			if (i > 0)
				buf_append(b, ",", 1);
			js_typed_element(b, v, i);
		}
		break;
	case VALUE_FUNCTION:
		buf_append(b, "function () { [native code] }", 29);
		break;
	case VALUE_ERROR:
		/* Error.prototype.toString: the name, then ": " and the message. */
		buf_printf(b, "%s", value_error_names[v->kind]);
		if (v->count > 0 && v->items[0].len > 0)
			buf_printf(b, ": %s", v->items[0].str);
		break;
	case VALUE_SYMBOL:
		buf_append(b, "Symbol()", 8);
		break;
	default:
		break;
	}
}

/* Append ToString(v) to b; arrays join their elements with commas. */
void
js_to_string(struct buf *b, const struct value *v)
{
	int	 overflow = 0;

	js_string_of(b, v, NULL, &overflow);
}

/* StringToNumber: JavaScript's reading of a whole string (NUL-terminated after len) as a number. */
static double
js_string_to_number(const char *s, size_t len)
{
	const char	*end = s + len, *p;
	char		 tmp[400], *stop;
	double		 d = 0;
	size_t		 k;
	int		 radix = 0, sign = 1, dv;

	while (s < end && (k = utf8_js_space(s, end - s)) > 0)
		s += k;
	for (;;) {
		/* Step back to the start of the last character. */
		for (p = end; p > s && ((unsigned char)p[-1] & 0xc0) == 0x80;)
			p--;
		if (p == s || (k = utf8_js_space(p - 1, end - (p - 1))) == 0 ||
		    p - 1 + k != end)
			break;
		end = p - 1;
	}
	if (s == end)
		return (0);
	if (end - s > 2 && s[0] == '0' && strchr("xXoObB", s[1]) != NULL)
		radix = s[1] == 'x' || s[1] == 'X' ? 16 :
		    s[1] == 'o' || s[1] == 'O' ? 8 : 2;
	if (radix != 0) {
		for (p = s + 2; p < end; p++) {
			dv = *p >= '0' && *p <= '9' ? *p - '0' :
			    *p >= 'a' && *p <= 'f' ? *p - 'a' + 10 :
			    *p >= 'A' && *p <= 'F' ? *p - 'A' + 10 : 99;
			if (dv >= radix)
				return (NAN);
			d = d * radix + dv;
		}
		return (d);
	}
	if (*s == '+' || *s == '-') {
		sign = *s == '-' ? -1 : 1;
		s++;
	}
	if ((size_t)(end - s) == 8 && memcmp(s, "Infinity", 8) == 0)
		return (sign * INFINITY);
	/* Only digits, one dot and an exponent: strtod alone takes more. */
	if (s == end || (size_t)(end - s) >= sizeof tmp ||
	    strspn(s, "0123456789.eE+-") < (size_t)(end - s) ||
	    !((*s >= '0' && *s <= '9') || *s == '.'))
		return (NAN);
	memcpy(tmp, s, end - s);
	tmp[end - s] = '\0';
	d = strtod(tmp, &stop);
	if (*stop != '\0' || strcmp(tmp, ".") == 0)
		return (NAN);
	return (sign * d);
}

/* ToNumber: what unary + and - make of any value. */
double
js_to_number(const struct value *v)
{
	struct buf	 s;
	double		 d;

	v = value_deref(v);
	switch (v->type) {
	case VALUE_NULL:
	case VALUE_FALSE:
		return (0);
	case VALUE_TRUE:
		return (1);
	case VALUE_NUMBER:
	case VALUE_DATE:
		/* A Date's valueOf is its time value. */
		return (v->number);
	case VALUE_STRING:
		return (js_string_to_number(v->str, v->len));
	case VALUE_ARRAY:
	case VALUE_TYPED_ARRAY:
		/* ToPrimitive joins the elements; then the string is read. */
		buf_init(&s);
		js_to_string(&s, v);
		buf_append(&s, "", 1);
		d = js_string_to_number((const char *)buf_head(&s), s.len - 1);
		buf_free(&s);
		return (d);
	default:
		return (NAN);
	}
}

/*
 * Whether a value turns into a string under ToPrimitive with no hint, as +
 * asks: strings, and every object (a Date by its toString, the others by
 * their valueOf, which gives the object, then toString).
 */
static int
js_primitive_is_string(const struct value *v)
{
	switch (v->type) {
	case VALUE_UNDEFINED:
	case VALUE_NULL:
	case VALUE_FALSE:
	case VALUE_TRUE:
	case VALUE_NUMBER:
	case VALUE_BIGINT:
	case VALUE_HOLE:
		return (0);
	default:
		return (1);
	}
}

/* r = -a for a BigInt a (0n stays 0n: BigInts have no -0). */
void
js_bigint_negate(struct value *r, const struct value *a)
{
	struct buf	 s;

	if (a->str[0] == '-' || strcmp(a->str, "0") == 0) {
		value_bigint(r, a->str + (a->str[0] == '-'), a->len -
		    (a->str[0] == '-'));
		return;
	}
	buf_init(&s);
	buf_append(&s, "-", 1);
	buf_append(&s, a->str, a->len);
	value_bigint(r, buf_str(&s), s.len);
	buf_free(&s);
}

/* Compare two magnitudes in decimal digits, without leading zeros. */
static int
js_magnitude_cmp(const char *a, size_t na, const char *b, size_t nb)
{
	if (na != nb)
		return (na < nb ? -1 : 1);
	return (memcmp(a, b, na));
}

/*
 * r = a + b for two BigInts, in decimal digits: the magnitudes added when
 * the signs agree, else the smaller taken from the larger.
 */
static void
js_bigint_add(struct value *r, const struct value *a, const struct value *b)
{
	const char	*x = a->str, *y = b->str, *t;
	size_t		 nx, ny, i, n;
	int		 negx = *x == '-', negy = *y == '-', neg, d, carry = 0;
	char		*out;

	x += negx;
	y += negy;
	nx = strlen(x);
	ny = strlen(y);
	/* x is the larger magnitude, whose sign a difference takes. */
	if (js_magnitude_cmp(x, nx, y, ny) < 0) {
		t = x, x = y, y = t;
		n = nx, nx = ny, ny = n;
		neg = negy;
	} else
		neg = negx;
	/* Digits from the right into out, which has room for a carry and a sign. */
	if ((out = malloc(nx + 3)) == NULL)
		fatal("malloc");
	n = nx + 2;
	out[n] = '\0';
	for (i = 0; i < nx; i++) {
		d = x[nx - 1 - i] - '0' + carry;
		if (i < ny)
			d += negx == negy ? y[ny - 1 - i] - '0' :
			    -(y[ny - 1 - i] - '0');
		carry = d < 0 ? -1 : d / 10;
		out[--n] = (char)('0' + (d + 10) % 10);
	}
	if (carry > 0)
		out[--n] = '1';
	while (out[n] == '0' && out[n + 1] != '\0')
		n++;
	if (neg && strcmp(out + n, "0") != 0)
		out[--n] = '-';
	value_bigint(r, out + n, strlen(out + n));
	free(out);
}

/* Whether v is an object of some kind, which ToPrimitive turns into a primitive. */
int
js_is_object(const struct value *v)
{
	v = value_deref(v);
	return (js_primitive_is_string(v) && v->type != VALUE_STRING &&
	    v->type != VALUE_SYMBOL);
}

/* The own property key of a plain object, or NULL. */
const struct value *
js_own(const struct value *o, const char *key)
{
	size_t	 i;

	o = value_deref(o);
	for (i = 0; o->type == VALUE_OBJECT && i < o->count; i++) {
		if (strcmp(o->keys[i].str, key) == 0)
			return (&o->items[i]);
	}
	return (NULL);
}

/*
 * r = ToPrimitive(v) with a hint (number for the comparisons and
 * arithmetic, none for + and ==): a Date's string, or its time value for
 * the number hint; another object's toString.  A plain object's own
 * toString that is not a function cannot convert: V8's TypeError.
 */
static int
js_to_primitive(struct value *r, const struct value *v, int hint_number,
    const char **err)
{
	struct buf	 s;
	const struct value *own;
	int		 overflow = 0;

	v = value_deref(v);
	if (!js_is_object(v)) {
		*r = *v;
		r->str = NULL;
		r->items = r->keys = NULL;
		r->count = 0;
		if (v->str != NULL)
			value_bytes(r, v->type, v->str, v->len);
		return (JS_OK);
	}
	if (v->type == VALUE_DATE && hint_number) {
		value_number(r, v->number);
		return (JS_OK);
	}
	if ((own = js_own(v, "valueOf")) != NULL ||
	    (own = js_own(v, "toString")) != NULL) {
		value_init(r, VALUE_UNDEFINED);
		if (own->type == VALUE_FUNCTION) {
			*err = "ipcsim does not evaluate an object's own "
			    "valueOf or toString";
			return (JS_UNSUPPORTED);
		}
		if (js_own(v, "toString") != NULL) {
			*err = "Cannot convert object to primitive value";
			return (JS_TYPE_ERROR);
		}
	}
	buf_init(&s);
	js_string_of(&s, v, NULL, &overflow);
	if (overflow) {
		buf_free(&s);
		value_init(r, VALUE_UNDEFINED);
		*err = "ipcsim does not evaluate strings longer than 1 MiB or "
		    "joins of arrays nested deeper than 1024";
		return (JS_UNSUPPORTED);
	}
	value_string(r, buf_str(&s), s.len);
	buf_free(&s);
	return (JS_OK);
}

/* The mixing TypeError. */
static int
js_mix_error(struct value *r, const char **err)
{
	*err = "Cannot mix BigInt and other types, use explicit conversions";
	value_init(r, VALUE_UNDEFINED);
	return (JS_TYPE_ERROR);
}

/*
 * r = a + b with JavaScript's rules (r must not alias a or b): both
 * operands to primitives, then strings join, BigInts add, numbers add; a
 * BigInt and a number throw.  JS_OK, or the failure with err its message.
 */
int
js_add(struct value *r, const struct value *a, const struct value *b,
    const char **err)
{
	struct value	 pa, pb;
	const struct value *x = a, *y = b;
	struct buf	 s;
	int		 ret = JS_OK;

	/* Primitives are used as they are: the sum's common case copies nothing. */
	if (js_is_object(a) && (ret = js_to_primitive(&pa, a, 0, err)) == JS_OK)
		x = &pa;
	if (ret == JS_OK && js_is_object(b) &&
	    (ret = js_to_primitive(&pb, b, 0, err)) == JS_OK)
		y = &pb;
	if (ret != JS_OK)
		value_init(r, VALUE_UNDEFINED);
	else if (x->type == VALUE_STRING || y->type == VALUE_STRING) {
		buf_init(&s);
		js_to_string(&s, x);
		js_to_string(&s, y);
		buf_append(&s, "", 1);
		value_take_string(r, (char *)s.data, s.len - 1);
	} else if ((x->type == VALUE_BIGINT) != (y->type == VALUE_BIGINT))
		ret = js_mix_error(r, err);
	else if (x->type == VALUE_BIGINT)
		js_bigint_add(r, x, y);
	else
		value_number(r, js_to_number(x) + js_to_number(y));
	if (x == &pa)
		value_free(&pa);
	if (y == &pb)
		value_free(&pb);
	return (ret);
}

/* ToInt32 of a number. */
static int32_t
js_int32(double d)
{
	double	 m = 4294967296.0;

	d = isfinite(d) ? fmod(trunc(d), m) : 0;
	if (d < 0)
		d += m;
	return ((int32_t)(uint32_t)d);
}

/* A number operator on two numbers: arithmetic, bitwise and shifts. */
static double
js_number_op(const char *op, double x, double y)
{
	uint32_t	 n = (uint32_t)js_int32(y) & 31;

	switch (op[0]) {
	case '-':
		return (x - y);
	case '*':
		if (op[1] == '*')
			return (isnan(y) || (fabs(x) == 1 && isinf(y)) ? NAN :
			    pow(x, y));
		return (x * y);
	case '/':
		return (x / y);
	case '%':
		return (fmod(x, y));
	case '&':
		return (js_int32(x) & js_int32(y));
	case '|':
		return (js_int32(x) | js_int32(y));
	case '^':
		return (js_int32(x) ^ js_int32(y));
	case '<':
		return ((int32_t)((uint32_t)js_int32(x) << n));
	default:
		if (op[2] == '>')
			return ((uint32_t)js_int32(x) >> n);
		return (js_int32(x) >> n);
	}
}

/* A BigInt's value as the nearest double, to compare it with a number. */
static double
js_bigint_number(const struct value *v)
{
	return (strtod(v->str, NULL));
}

/*
 * a < b (or > <= >=) as the Abstract Relational Comparison: primitives
 * with the number hint, two strings by code points, else numerically.
 */
static int
js_compare(struct value *r, const char *op, const struct value *a,
    const struct value *b, const char **err)
{
	struct value	 pa, pb;
	double		 x, y;
	int		 c, ret, lt, eq;

	if ((ret = js_to_primitive(&pa, a, 1, err)) != JS_OK)
		return (ret);
	if ((ret = js_to_primitive(&pb, b, 1, err)) != JS_OK) {
		value_free(&pa);
		return (ret);
	}
	if (pa.type == VALUE_STRING && pb.type == VALUE_STRING) {
		c = memcmp(pa.str, pb.str, pa.len < pb.len ? pa.len : pb.len);
		c = c != 0 ? c : pa.len < pb.len ? -1 : pa.len > pb.len;
		lt = c < 0;
		eq = c == 0;
	} else {
		x = pa.type == VALUE_BIGINT ? js_bigint_number(&pa) :
		    js_to_number(&pa);
		y = pb.type == VALUE_BIGINT ? js_bigint_number(&pb) :
		    js_to_number(&pb);
		if (isnan(x) || isnan(y))
			lt = eq = -1;
		else {
			lt = x < y;
			eq = x == y;
		}
	}
	value_free(&pa);
	value_free(&pb);
	if (lt == -1)
		c = 0;
	else if (op[0] == '<')
		c = lt || (op[1] == '=' && eq);
	else
		c = (!lt && !eq) || (op[1] == '=' && eq);
	value_init(r, c ? VALUE_TRUE : VALUE_FALSE);
	return (JS_OK);
}

/* a === b: the same type and value; two objects written apart are never the same. */
int
js_strict_equal(const struct value *a, const struct value *b)
{
	/* Only a shared object is the same object as another value. */
	if (a->type == VALUE_REF || b->type == VALUE_REF)
		return (a->type == b->type && a->ref == b->ref);
	if (a->type != b->type)
		return (0);
	switch (a->type) {
	case VALUE_UNDEFINED:
	case VALUE_NULL:
	case VALUE_FALSE:
	case VALUE_TRUE:
		return (1);
	case VALUE_NUMBER:
		return (a->number == b->number);
	case VALUE_STRING:
	case VALUE_BIGINT:
		return (a->len == b->len && memcmp(a->str, b->str, a->len) == 0);
	default:
		return (0);
	}
}

/* SameValueZero, as Map keys and Set elements compare: ===, and NaN is NaN. */
int
js_same_value_zero(const struct value *a, const struct value *b)
{
	return (js_strict_equal(a, b) || (a->type == VALUE_NUMBER &&
	    b->type == VALUE_NUMBER && isnan(a->number) && isnan(b->number)));
}

/* a == b, the Abstract Equality Comparison, with its conversions. */
static int
js_loose_equal(const struct value *a, const struct value *b, const char **err,
    int *eq)
{
	struct value	 p;
	int		 ret;

	if (a->type == b->type ||
	    ((a->type == VALUE_TRUE || a->type == VALUE_FALSE) &&
	    (b->type == VALUE_TRUE || b->type == VALUE_FALSE))) {
		*eq = js_strict_equal(a, b);
		return (JS_OK);
	}
	if ((a->type == VALUE_NULL || a->type == VALUE_UNDEFINED) ||
	    (b->type == VALUE_NULL || b->type == VALUE_UNDEFINED)) {
		*eq = (a->type == VALUE_NULL || a->type == VALUE_UNDEFINED) &&
		    (b->type == VALUE_NULL || b->type == VALUE_UNDEFINED);
		return (JS_OK);
	}
	if (js_is_object(a) != js_is_object(b)) {
		if (js_is_object(b))
			return (js_loose_equal(b, a, err, eq));
		if ((ret = js_to_primitive(&p, a, 0, err)) != JS_OK)
			return (ret);
		ret = js_loose_equal(&p, b, err, eq);
		value_free(&p);
		return (ret);
	}
	if (js_is_object(a) || a->type == VALUE_SYMBOL ||
	    b->type == VALUE_SYMBOL) {
		*eq = 0;
		return (JS_OK);
	}
	/* Numbers, strings, booleans and BigInts compare as numbers. */
	*eq = (a->type == VALUE_BIGINT ? js_bigint_number(a) :
	    js_to_number(a)) == (b->type == VALUE_BIGINT ?
	    js_bigint_number(b) : js_to_number(b));
	return (JS_OK);
}

/*
 * r = a OP b for a binary operator other than the logical ones (which
 * short-circuit, so the parser does them): arithmetic, bitwise, shifts,
 * comparisons and equalities, with ToPrimitive and ToNumeric first.
 */
int
js_binary(struct value *r, const char *op, const struct value *a,
    const struct value *b, const char **err)
{
	struct value	 pa, pb, neg;
	int		 ret, eq;

	value_init(r, VALUE_UNDEFINED);
	if (strcmp(op, "+") == 0)
		return (js_add(r, a, b, err));
	if (op[0] == '=' || op[0] == '!') {
		if (op[1] == '=' && op[2] == '=')
			eq = js_strict_equal(a, b);
		else if ((ret = js_loose_equal(a, b, err, &eq)) != JS_OK)
			return (ret);
		value_init(r, eq == (op[0] == '=') ? VALUE_TRUE : VALUE_FALSE);
		return (JS_OK);
	}
	if ((op[0] == '<' || op[0] == '>') && (op[1] == '\0' || op[1] == '='))
		return (js_compare(r, op, a, b, err));
	if ((ret = js_to_primitive(&pa, a, 1, err)) != JS_OK)
		return (ret);
	if ((ret = js_to_primitive(&pb, b, 1, err)) != JS_OK) {
		value_free(&pa);
		return (ret);
	}
	if ((pa.type == VALUE_BIGINT) != (pb.type == VALUE_BIGINT))
		ret = js_mix_error(r, err);
	else if (pa.type == VALUE_BIGINT && strcmp(op, "-") == 0) {
		js_bigint_negate(&neg, &pb);
		js_bigint_add(r, &pa, &neg);
		value_free(&neg);
	} else if (pa.type == VALUE_BIGINT) {
		*err = "ipcsim does not evaluate BigInt arithmetic other than "
		    "+ and -";
		ret = JS_UNSUPPORTED;
	} else
		value_number(r, js_number_op(op, js_to_number(&pa),
		    js_to_number(&pb)));
	value_free(&pa);
	value_free(&pb);
	return (ret);
}

/* Whether a value is truthy (ToBoolean). */
int
js_truthy(const struct value *v)
{
	switch (v->type) {
	case VALUE_UNDEFINED:
	case VALUE_NULL:
	case VALUE_FALSE:
	case VALUE_HOLE:
		return (0);
	case VALUE_NUMBER:
		return (v->number != 0 && !isnan(v->number));
	case VALUE_STRING:
		return (v->len > 0);
	case VALUE_BIGINT:
		return (strcmp(v->str, "0") != 0);
	default:
		return (1);
	}
}

/* What typeof says of a value. */
const char *
js_typeof(const struct value *v)
{
	v = value_deref(v);
	switch (v->type) {
	case VALUE_UNDEFINED:
	case VALUE_HOLE:
		return ("undefined");
	case VALUE_FALSE:
	case VALUE_TRUE:
		return ("boolean");
	case VALUE_NUMBER:
		return ("number");
	case VALUE_STRING:
		return ("string");
	case VALUE_BIGINT:
		return ("bigint");
	case VALUE_FUNCTION:
		return ("function");
	case VALUE_SYMBOL:
		return ("symbol");
	default:
		return ("object");
	}
}

/*
 * r = args.reduce((a, b) => a + b, 0), as the seed's main process
 * computes; -1 with the error in err if an addition throws (V8's
 * TypeError, or what ipcsim does not evaluate).
 */
int
js_sum(struct value *r, const struct value *args, const char **err)
{
	struct value	 acc, next;
	size_t		 i;

	args = value_deref(args);
	value_number(&acc, 0);
	for (i = 0; i < args->count; i++) {
		/* Number plus number, the common case, is js_add's last case. */
		if (acc.type == VALUE_NUMBER &&
		    args->items[i].type == VALUE_NUMBER) {
			acc.number += args->items[i].number;
			continue;
		}
		if (js_add(&next, &acc, &args->items[i], err) != JS_OK) {
			value_free(&acc);
			*r = next;
			return (-1);
		}
		value_free(&acc);
		acc = next;
	}
	*r = acc;
	return (0);
}
