/*
 * A parser for the argument list of a JavaScript call, as the renderer
 * evaluates the argument field: ipcRenderer.send('ch', TEXT).  It takes
 * literals (numbers, strings, booleans, null, undefined, NaN, Infinity,
 * arrays, objects), unary + - !, parentheses, and recognises functions and
 * Symbols so that it can report them as uncloneable.  A function's and a
 * class's parameters and bodies are parsed for their syntax alone
 * (jssyntax.c: they never run), strict mode code too; the tokens come
 * from lexer.c.  Errors carry V8's wording for the same text; where ipcsim
 * supports less than JavaScript (operators, calls), the message says so
 * in its own words.
 */
#include "config.h"

#include <float.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "builtins.h"
#include "js.h"
#include "literal.h"
#include "log.h"
#include "parser.h"
#include "utf8.h"
#include "valueids.h"

/*
 * Global functions, and the page's objects that hold functions: naming one
 * passes what the clone refuses.  The constructors ipcsim evaluates
 * (builtins.c) are functions too.
 */
static const char *const global_functions[] = {
	"Symbol", "Object", "Array", "String", "Number", "Boolean", "Function",
	"BigInt", "AggregateError", "WeakMap",
	"WeakSet", "WeakRef", "FinalizationRegistry", "Proxy", "Promise",
	"DataView", "SharedArrayBuffer", "parseInt", "parseFloat", "isNaN",
	"isFinite", "encodeURI", "encodeURIComponent", "decodeURI",
	"decodeURIComponent", "escape", "unescape", "eval", "alert",
	"setTimeout", "setInterval", "clearTimeout", "clearInterval",
	"queueMicrotask", "structuredClone", "fetch", "window", "self",
	"document", "navigator", "location", "console", "globalThis",
};

/* Global objects that are not functions (kind is their index + 1). */
static const char *const global_objects[] = {
	"Math", "JSON", "Reflect", "Atomics", "Intl",
};

/*
 * The methods of the globals, as Node 20 has them (their own properties
 * that are functions), written Global.name: reading one gives a function,
 * and any other name of theirs undefined.
 */
static const char *const global_methods[] = {
	"Math.abs", "Math.acos", "Math.acosh", "Math.asin", "Math.asinh",
	"Math.atan", "Math.atan2", "Math.atanh", "Math.cbrt", "Math.ceil",
	"Math.clz32", "Math.cos", "Math.cosh", "Math.exp", "Math.expm1",
	"Math.floor", "Math.fround", "Math.hypot", "Math.imul", "Math.log",
	"Math.log10", "Math.log1p", "Math.log2", "Math.max", "Math.min",
	"Math.pow", "Math.random", "Math.round", "Math.sign", "Math.sin",
	"Math.sinh", "Math.sqrt", "Math.tan", "Math.tanh", "Math.trunc",
	"JSON.parse", "JSON.stringify", "Reflect.apply", "Reflect.construct",
	"Reflect.defineProperty", "Reflect.deleteProperty", "Reflect.get",
	"Reflect.getOwnPropertyDescriptor", "Reflect.getPrototypeOf",
	"Reflect.has", "Reflect.isExtensible", "Reflect.ownKeys",
	"Reflect.preventExtensions", "Reflect.set", "Reflect.setPrototypeOf",
	"Atomics.add", "Atomics.and", "Atomics.compareExchange",
	"Atomics.exchange", "Atomics.isLockFree", "Atomics.load",
	"Atomics.notify", "Atomics.or", "Atomics.store", "Atomics.sub",
	"Atomics.wait", "Atomics.waitAsync", "Atomics.xor", "Intl.Collator",
	"Intl.DateTimeFormat", "Intl.DisplayNames", "Intl.ListFormat",
	"Intl.Locale", "Intl.NumberFormat", "Intl.PluralRules",
	"Intl.RelativeTimeFormat", "Intl.Segmenter",
	"Intl.getCanonicalLocales", "Intl.supportedValuesOf", "Symbol.for",
	"Symbol.keyFor", "Object.assign", "Object.create",
	"Object.defineProperties", "Object.defineProperty", "Object.entries",
	"Object.freeze", "Object.fromEntries",
	"Object.getOwnPropertyDescriptor", "Object.getOwnPropertyDescriptors",
	"Object.getOwnPropertyNames", "Object.getOwnPropertySymbols",
	"Object.getPrototypeOf", "Object.hasOwn", "Object.is",
	"Object.isExtensible", "Object.isFrozen", "Object.isSealed",
	"Object.keys", "Object.preventExtensions", "Object.seal",
	"Object.setPrototypeOf", "Object.values", "Array.from",
	"Array.isArray", "Array.of", "String.fromCharCode",
	"String.fromCodePoint", "String.raw", "Number.isFinite",
	"Number.isInteger", "Number.isNaN", "Number.isSafeInteger",
	"Number.parseFloat", "Number.parseInt", "BigInt.asIntN",
	"BigInt.asUintN", "Proxy.revocable", "Promise.all",
	"Promise.allSettled", "Promise.any", "Promise.race", "Promise.reject",
	"Promise.resolve",
};

/* What every function inherits from Function.prototype. */
static const char *const function_methods[] = {
	"apply", "bind", "call",
};

/* The data properties of the globals that the field may read. */
static const struct {
	const char	*global;
	const char	*name;
	double		 value;
} global_constants[] = {
	{ "Math", "E", M_E }, { "Math", "LN10", M_LN10 },
	{ "Math", "LN2", M_LN2 }, { "Math", "LOG10E", M_LOG10E },
	{ "Math", "LOG2E", M_LOG2E }, { "Math", "PI", M_PI },
	{ "Math", "SQRT1_2", M_SQRT1_2 }, { "Math", "SQRT2", M_SQRT2 },
	{ "Number", "EPSILON", DBL_EPSILON },
	{ "Number", "MAX_SAFE_INTEGER", 9007199254740991.0 },
	{ "Number", "MIN_SAFE_INTEGER", -9007199254740991.0 },
	{ "Number", "MAX_VALUE", DBL_MAX },
	{ "Number", "MIN_VALUE", 4.9406564584124654e-324 },
	{ "Number", "NaN", NAN },
	{ "Number", "POSITIVE_INFINITY", INFINITY },
	{ "Number", "NEGATIVE_INFINITY", -INFINITY },
};

static int	parse_unary(struct parser *, struct value *);
static int	strict_target(struct parser *);
static int	parse_primary(struct parser *, struct value *);
static void	literal_failed(struct parser *, size_t);
static int	parse_element(struct parser *, struct value *, int);
static void	parse_update(struct parser *, int, int, struct value *);


/*
 * Record the first exception evaluation throws (a ReferenceError, a
 * TypeError): the text is evaluated only if it all parses, so a
 * SyntaxError found later still wins.
 */
static void __attribute__((format(printf, 3, 4)))
throw_error(struct parser *p, int kind, const char *fmt, ...)
{
	va_list	 ap;

	if (p->thrown != 0 || p->skip > 0)
		return;
	p->thrown = kind;
	p->thrown_at = p->pos;
	va_start(ap, fmt);
	vsnprintf(p->thrown_msg, sizeof p->thrown_msg, fmt, ap);
	va_end(ap);
}

/* The value of a hex digit, or -1. */
static int
hex_value(int c)
{
	if (c >= '0' && c <= '9')
		return (c - '0');
	if (c >= 'a' && c <= 'f')
		return (c - 'a' + 10);
	if (c >= 'A' && c <= 'F')
		return (c - 'A' + 10);
	return (-1);
}

/* Read n hex digits at *off into *v; -1 if they are not all there. */
static int
read_hex(const struct parser *p, size_t *off, size_t end, int n, uint32_t *v)
{
	int	 i, d;

	*v = 0;
	for (i = 0; i < n; i++) {
		if (*off >= end || (d = hex_value(p->s[*off])) == -1)
			return (-1);
		*v = *v * 16 + (uint32_t)d;
		(*off)++;
	}
	return (0);
}

/* Append code point c as UTF-8; lone surrogates become U+FFFD (UTF-8 cannot hold them). */
static void
append_code_point(struct buf *b, uint32_t c)
{
	char	 u[UTF8_MAX];

	buf_append(b, u, utf8_encode(c, u));
}

/* Read a \u escape's code point (after the u): HHHH or {H...}. */
static int
read_unicode_escape(const struct parser *p, size_t *off, size_t end,
    uint32_t *c)
{
	int	 d, digits = 0;

	if (*off < end && p->s[*off] == '{') {
		(*off)++;
		*c = 0;
		while (*off < end && (d = hex_value(p->s[*off])) != -1) {
			*c = *c * 16 + (uint32_t)d;
			if (*c > 0x10ffff)
				return (-2);
			(*off)++;
			digits++;
		}
		if (digits == 0 || *off >= end || p->s[*off] != '}')
			return (-1);
		(*off)++;
		return (0);
	}
	return (read_hex(p, off, end, 4, c));
}

/*
 * Note what strict mode refuses in a number or a string (what, ending at
 * end): V8 says so of the last one at the end of the function.
 */
static void
strict_octal(struct parser *p, int what, size_t end)
{
	p->body.octal = what;
	p->body.octal_end = end;
}

/*
 * Decode one escape after a backslash at *off (which points past it) into
 * b.  A high surrogate followed by \u and a low one makes one character.
 */
static int
decode_escape(struct parser *p, size_t *off, size_t end, struct buf *b,
    int tick)
{
	static const char	 simple[] = "n\nt\tr\rb\bf\fv\v";
	const char		*e;
	uint32_t		 c, lo;
	size_t			 save;
	char			 ch = p->s[(*off)++];
	int			 r;

	if (ch == 'x') {
		if (read_hex(p, off, end, 2, &c) == -1) {
			parse_fail(p, "Invalid hexadecimal escape sequence");
			return (-1);
		}
	} else if (ch == 'u') {
		if ((r = read_unicode_escape(p, off, end, &c)) < 0) {
			parse_fail(p, r == -2 ? "Undefined Unicode code-point" :
			    "Invalid Unicode escape sequence");
			return (-1);
		}
		save = *off;
		if (c >= 0xd800 && c <= 0xdbff && *off + 1 < end &&
		    p->s[*off] == '\\' && p->s[*off + 1] == 'u') {
			*off += 2;
			if (read_unicode_escape(p, off, end, &lo) == 0 &&
			    lo >= 0xdc00 && lo <= 0xdfff)
				c = 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00);
			else
				*off = save;
		}
	} else if (ch == '0' && !(*off < end && p->s[*off] >= '0' &&
	    p->s[*off] <= '9'))
		c = 0;
	else if ((ch >= '0' && ch <= '9') && tick) {
		/* Legacy octal escapes, and \8 \9: in strings only. */
		parse_fail(p, ch >= '8' ? "\\8 and \\9 are not allowed in "
		    "template strings." : "Octal escape sequences are not "
		    "allowed in template strings.");
		return (-1);
	} else if (ch >= '0' && ch <= '9' && p->body.strict) {
		strict_octal(p, ch >= '8' ? OCTAL_89 : OCTAL_ESCAPE, *off);
		(*off)--;
		return (1);
	} else if (ch >= '0' && ch <= '7') {
		/* A legacy octal escape, as sloppy-mode pages allow. */
		c = (uint32_t)(ch - '0');
		while (*off < end && c < 040 && p->s[*off] >= '0' &&
		    p->s[*off] <= '7')
			c = c * 8 + (uint32_t)(p->s[(*off)++] - '0');
	} else if (ch == '\r' || ch == '\n') {
		/* A line continuation: nothing. */
		if (ch == '\r' && *off < end && p->s[*off] == '\n')
			(*off)++;
		return (0);
	} else if ((e = strchr(simple, ch)) != NULL && ch != '\0' &&
	    (e - simple) % 2 == 0)
		c = (unsigned char)e[1];
	else {
		/* Any other escaped character stands for itself. */
		(*off)--;
		return (1);
	}
	append_code_point(b, c);
	return (0);
}

/* The '}' that closes a template's substitution, or V8's error. */
static int
substitution_close(struct parser *p)
{
	struct token	 t;

	peek(p, &t);
	if (is_punct(&t, "}")) {
		p->pos = t.end;
		return (0);
	}
	if (t.type == TOK_END || t.type == TOK_INVALID)
		unexpected(p, &t);
	else
		parse_fail(p, "Missing } in template expression");
	return (-1);
}

/* A template's ${expression} from its "${" at *off: the value's string appended to b. */
static void
parse_substitution(struct parser *p, size_t *off, struct buf *b)
{
	struct value	 x;

	p->pos = *off + 2;
	if (parse_comma(p, &x) == -1)
		return;
	if (substitution_close(p) == 0) {
		if (x.type == VALUE_SYMBOL)
			throw_error(p, LITERAL_TYPE,
			    "Cannot convert a Symbol value to a string");
		js_to_string(b, &x);
	}
	value_free(&x);
	*off = p->pos;
}

/* Decode the string or template token t into v, a template's substitutions evaluated. */
int
parse_string(struct parser *p, const struct token *t, struct value *v)
{
	struct buf	 b;
	size_t		 off = t->start + 1, end = t->end - 1, start;
	int		 r, tick = p->s[t->start] == '`';

	buf_init(&b);
	while (off < end && !p->failed) {
		if (tick && p->s[off] == '$' && off + 1 < end &&
		    p->s[off + 1] == '{') {
			parse_substitution(p, &off, &b);
			continue;
		}
		if (p->s[off] != '\\') {
			buf_append(&b, p->s + off++, 1);
			continue;
		}
		off++;
		if ((r = decode_escape(p, &off, end, &b, tick)) == 1) {
			/* Copy the escaped character itself, all its bytes. */
			start = off++;
			while (off < end && ((unsigned char)p->s[off] & 0xc0) ==
			    0x80)
				off++;
			buf_append(&b, p->s + start, off - start);
		}
	}
	p->pos = t->end;
	if (!p->failed && !utf8_valid((const char *)buf_head(&b), b.len))
		/* V8 would read bad bytes as U+FFFD; ipcsim refuses them. */
		parse_fail(p, "Invalid or unexpected token");
	if (p->failed) {
		buf_free(&b);
		return (-1);
	}
	buf_append(&b, "", 1);
	value_take_string(v, (char *)b.data, b.len - 1);
	return (0);
}

/*
 * Digits in radix 2, 8 or 16, separators already removed.  The value is
 * written out as hexadecimal, four bits a digit, so that strtod rounds the
 * whole integer once, as JavaScript does above 2^53.
 */
static double
radix_value(const char *s, size_t n, int radix)
{
	static const char	 hex[] = "0123456789abcdef";
	struct buf		 text;
	size_t			 i, nbits, bit;
	int			 per, nibble = 0;
	double			 d;

	per = radix == 16 ? 4 : radix == 8 ? 3 : 1;
	nbits = n * (size_t)per;
	buf_init(&text);
	buf_append(&text, "0x0", 3);
	for (bit = (4 - nbits % 4) % 4, i = 0; i < nbits; i++, bit++) {
		nibble = nibble * 2 + ((hex_value(s[i / per]) >>
		    (per - 1 - (int)(i % per))) & 1);
		if (bit % 4 == 3) {
			buf_append(&text, &hex[nibble], 1);
			nibble = 0;
		}
	}
	d = strtod(buf_str(&text), NULL);
	buf_free(&text);
	return (d);
}

/* Digits in a radix (separators removed) as a BigInt's decimal digits, into v. */
static void
bigint_value(const char *s, size_t n, int radix, struct value *v)
{
	uint32_t	*limb;		/* base 10^9, least significant first */
	uint64_t	 carry;
	size_t		 nlimbs = 1, i, j;
	struct buf	 out;

	if ((limb = calloc(n / 2 + 2, sizeof *limb)) == NULL)
		fatal("calloc");
	for (i = 0; i < n; i++) {
		carry = (uint64_t)hex_value(s[i]);
		for (j = 0; j < nlimbs; j++) {
			carry += (uint64_t)limb[j] * (uint64_t)radix;
			limb[j] = (uint32_t)(carry % 1000000000);
			carry /= 1000000000;
		}
		if (carry > 0)
			limb[nlimbs++] = (uint32_t)carry;
	}
	buf_init(&out);
	buf_printf(&out, "%u", limb[nlimbs - 1]);
	for (j = nlimbs - 1; j > 0; j--)
		buf_printf(&out, "%09u", limb[j - 1]);
	value_bigint(v, buf_str(&out), out.len);
	buf_free(&out);
	free(limb);
}

/*
 * Scan digits of a radix at *i, with single '_' separators between them
 * (when seps), copying the digits to out; the SyntaxError V8 gives for a
 * misplaced separator.  The number of digits, or -1.
 */
static int
scan_digits(struct parser *p, const char *s, size_t n, size_t *i, int radix,
    int seps, struct buf *out)
{
	int	 digits = 0, d;

	while (*i < n) {
		d = hex_value(s[*i]);
		if (d != -1 && d < radix) {
			buf_append(out, &s[(*i)++], 1);
			digits++;
			continue;
		}
		if (s[*i] != '_' || !seps || digits == 0)
			break;
		if (*i + 1 < n && s[*i + 1] == '_') {
			parse_fail(p, "Only one underscore is allowed as "
			    "numeric separator");
			return (-1);
		}
		if (*i + 1 >= n || (d = hex_value(s[*i + 1])) == -1 ||
		    d >= radix) {
			parse_fail(p, "Numeric separators are not allowed at "
			    "the end of numeric literals");
			return (-1);
		}
		(*i)++;
	}
	return (digits);
}

/*
 * The number token t as V8 scans it: decimal (a fraction, an exponent),
 * 0x, 0o, 0b, a legacy octal like 017, or any of the integer forms with n
 * for a BigInt; '_' separators between digits.
 */
static int
parse_number(struct parser *p, const struct token *t, struct value *v)
{
	const char	*s = p->s + t->start;
	size_t		 n = t->end - t->start, i = 0;
	struct buf	 digits;
	int		 radix = 10, integer = 1, r = -1;

	buf_init(&digits);
	if (n > 1 && s[0] == '0' && strchr("xXoObB", s[1]) != NULL) {
		radix = s[1] == 'x' || s[1] == 'X' ? 16 : s[1] == 'o' ||
		    s[1] == 'O' ? 8 : 2;
		i = 2;
		if (scan_digits(p, s, n, &i, radix, 1, &digits) <= 0)
			goto done;
	} else if (n > 1 && s[0] == '0' && s[1] == '_') {
		parse_fail(p, "Numeric separator can not be used after "
		    "leading 0.");
		goto done;
	} else if (n > 1 && s[0] == '0' && s[1] >= '0' && s[1] <= '9') {
		/* 017 is octal, 019 decimal; neither takes separators or n. */
		scan_digits(p, s, n, &i, 10, 0, &digits);
		radix = strspn(buf_str(&digits), "01234567") == digits.len ?
		    8 : 10;
		if (p->body.strict)
			strict_octal(p, radix == 8 ? OCTAL_LITERAL :
			    OCTAL_DECIMAL, t->end);
		if (i < n && s[i] == 'n')
			goto done;
	} else if (scan_digits(p, s, n, &i, 10, 1, &digits) == -1)
		goto done;
	if (radix == 10 && i < n && s[i] == '.') {
		integer = 0;
		buf_append(&digits, &s[i++], 1);
		if (i < n && s[i] == '_')
			goto done;
		if (scan_digits(p, s, n, &i, 10, 1, &digits) == -1)
			goto done;
	}
	if (radix == 10 && i < n && (s[i] == 'e' || s[i] == 'E')) {
		integer = 0;
		buf_append(&digits, &s[i++], 1);
		if (i < n && (s[i] == '+' || s[i] == '-'))
			buf_append(&digits, &s[i++], 1);
		if (scan_digits(p, s, n, &i, 10, 1, &digits) <= 0)
			goto done;
	}
	if (integer && i + 1 == n && s[i] == 'n') {
		bigint_value(buf_str(&digits), digits.len, radix, v);
		r = 0;
	} else if (i == n) {
		value_number(v, radix == 10 ? strtod(buf_str(&digits), NULL) :
		    radix_value(buf_str(&digits), digits.len, radix));
		r = 0;
	}
done:
	buf_free(&digits);
	if (r == -1)
		parse_fail(p, "Invalid or unexpected token");
	return (r);
}

/* Expressions separated by commas (the comma operator): the last one's value in v. */
int
parse_comma(struct parser *p, struct value *v)
{
	struct token	 t;

	for (;;) {
		if (parse_expr(p, v) == -1)
			return (-1);
		peek(p, &t);
		if (!is_punct(&t, ","))
			return (0);
		p->pos = t.end;
		value_free(v);
	}
}


/* A function: a value of its own while the text is evaluated, which the clone refuses. */
static int
function_value(struct parser *p, struct value *v)
{
	p->ref = 0;
	value_init(v, VALUE_FUNCTION);
	return (0);
}

/* Whether the parenthesis just consumed opens an arrow function's parameters. */
static int
arrow_follows(struct parser *p)
{
	struct token	 t;
	size_t		 save = p->pos;
	int		 failed = p->failed, arrow;

	/* Look past the matching ')' for '=>', then come back. */
	arrow = 0;
	if (skip_balanced(p, "(", ")") == 0) {
		peek(p, &t);
		arrow = is_punct(&t, "=>") && !newline_before(p, &t);
	}
	p->pos = save;
	p->failed = failed;
	return (arrow);
}

/*
 * Whether next, after async, makes an async function: function, or an
 * arrow's parameters (otherwise async is a name, async(x) a call).
 */
static int
async_follows(struct parser *p, const struct token *next)
{
	struct token	 t;
	size_t		 save = p->pos;
	int		 r;

	if (newline_before(p, next))
		return (0);
	if (is_word(p, next, "function"))
		return (1);
	if (next->type != TOK_IDENT && !is_punct(next, "("))
		return (0);
	p->pos = next->end;
	if (next->type == TOK_IDENT) {
		peek(p, &t);
		r = is_punct(&t, "=>") && !newline_before(p, &t);
	} else
		r = arrow_follows(p);
	p->pos = save;
	return (r);
}

/*
 * An arrow function's parameters after their '(', read first as V8 reads
 * them: as the expression they look like (async: the arguments of a call
 * of async, where await is a name), a rest element and a trailing comma
 * allowed.  Its SyntaxErrors come before what the parameters break.
 * Nothing is evaluated; p->pos comes back.
 */
static int
arrow_head(struct parser *p, int async)
{
	struct token	 t;
	struct value	 v;
	size_t		 save = p->pos, await_name = p->await_name;
	size_t		 assign_at = p->assign_at;
	int		 r = -1, body_async = p->body.async;

	p->skip++;
	p->await_name = 0;
	if (async)
		p->body.async = 0;
	for (;;) {
		peek(p, &t);
		if (is_punct(&t, ")")) {
			r = 0;
			break;
		}
		if (is_punct(&t, "..."))
			p->pos = t.end;
		p->element = 1;
		if (parse_expr(p, &v) == -1)
			break;
		value_free(&v);
		peek(p, &t);
		if (is_punct(&t, ",")) {
			p->pos = t.end;
			continue;
		}
		if (is_punct(&t, ")")) {
			r = 0;
			break;
		}
		if (async)
			parse_fail(p, "missing ) after argument list");
		else
			unexpected(p, &t);
		break;
	}
	p->skip--;
	p->body.async = body_async;
	if (r == 0 && async && p->await_name != 0) {
		parse_fail(p, "'await' is not a valid identifier name in an "
		    "async function");
		r = -1;
	}
	p->await_name = await_name;
	p->assign_at = assign_at;
	/* Its {a = 1} are the parameters' patterns. */
	if (p->cover_init > save)
		p->cover_init = 0;
	p->pos = save;
	return (r);
}

/*
 * An arrow function where only an operand may stand (1 + a => a): V8
 * reads its parameters (paren: in parentheses, after the '(' at p->pos;
 * async: after async) before it fails at the '=>'.
 */
static int
misplaced_arrow(struct parser *p, int paren, int async)
{
	struct token	 t;

	if (paren && async) {
		peek(p, &t);
		p->pos = t.end;
	}
	if (paren && (arrow_head(p, async) == -1 || arrow_params(p) == -1))
		return (-1);
	if (!paren) {
		peek(p, &t);
		p->pos = t.end;
	}
	peek(p, &t);
	unexpected(p, &t);
	return (-1);
}

/* "( ... )": arrow parameters, or an expression (the comma operator's last value). */
static int
parse_paren(struct parser *p, struct value *v)
{
	struct token	 t, close, op;
	size_t		 at = p->pos;
	int		 comma = 0;

	if (arrow_follows(p)) {
		if (p->assign_at != at)
			return (misplaced_arrow(p, 1, 0));
		if (arrow_head(p, p->async_next) == -1)
			return (-1);
		if (parse_arrow(p, NULL) == -1)
			return (-1);
		return (function_value(p, v));
	}
	/* (x) = ... and ((x)) = ...: the name is written, not read, as in x = ... */
	peek(p, &t);
	p->pos = t.end;
	peek(p, &close);
	if (is_punct(&t, ")") && is_punct(&close, "=>")) {
		/* () then => on the next line: V8 fails at the '=>'. */
		value_init(v, VALUE_UNDEFINED);
		return (0);
	}
	op = close;
	while (is_punct(&op, ")")) {
		p->pos = op.end;
		peek(p, &op);
	}
	p->pos = at;
	if (t.type == TOK_IDENT && is_punct(&close, ")") && is_punct(&op, "="))
		p->written = t.start + 1;
	for (;;) {
		if (parse_expr(p, v) == -1) {
			literal_failed(p, at);
			return (-1);
		}
		peek(p, &t);
		if (!is_punct(&t, ","))
			break;
		p->pos = t.end;
		value_free(v);
		comma = 1;
	}
	/* (a) can be assigned to, (1, a) cannot, nor ([a]) as a pattern. */
	p->ref = p->ref && !comma;
	p->pattern = 0;
	if (t.type == TOK_END && !t.comment_open) {
		/* The call's own ')' closed this one: f((1) */
		parse_fail(p, "missing ) after argument list");
		value_free(v);
		return (-1);
	}
	if (expect(p, ")") == -1) {
		value_free(v);
		return (-1);
	}
	return (0);
}

/*
 * A call's arguments from start, whole: a {a = 1} in them is no pattern's.
 * V8 checks it then, when no other error came first.
 */
static int
cover_args(struct parser *p, size_t start)
{
	if (p->cover_init <= start)
		return (0);
	parse_fail(p, "Invalid shorthand property initializer");
	return (-1);
}

/*
 * After an array, an object or a parenthesis from start failed: a {a = 1}
 * in it not yet known to be a pattern's is the error V8 reports when it
 * ends before the error found, being the earlier one.
 */
static void
literal_failed(struct parser *p, size_t start)
{
	if (p->failed && p->cover_init > start && p->cover_end < p->fail_at)
		snprintf(p->msg, p->msgsize, "Invalid shorthand property "
		    "initializer");
}

/*
 * The elements of an array literal (close "]", holes kept as holes) or the
 * arguments of a call or of new (close ")"), after the opening bracket:
 * values separated by commas, a trailing comma allowed.  Like every parse
 * function, it leaves nothing allocated when it fails.
 */
static int
parse_list(struct parser *p, struct value *list, const char *close)
{
	struct token	 t;
	size_t		 start = p->pos;
	int		 array = close[0] == ']', import = p->import_args;

	value_init(list, VALUE_ARRAY);
	p->import_args = 0;
	for (;;) {
		peek(p, &t);
		if (is_punct(&t, close)) {
			p->pos = t.end;
			if (!array && cover_args(p, start) == -1)
				break;
			return (0);
		}
		if (array && is_punct(&t, ",")) {
			/* A hole: [1, , 2] */
			value_push(list)->type = VALUE_HOLE;
			p->pos = t.end;
			continue;
		}
		if (parse_element(p, list, !array) == -1)
			break;
		peek(p, &t);
		if (is_punct(&t, ","))
			p->pos = t.end;
		else if (!is_punct(&t, close)) {
			/* g(1 2): V8 misses the call's ')' (not import's). */
			if (!array && !import && !(is_punct(&t, "=>") &&
			    !newline_before(p, &t)))
				parse_fail(p, "missing ) after argument list");
			else
				unexpected(p, &t);
			break;
		}
	}
	if (array)
		literal_failed(p, start);
	value_free(list);
	return (-1);
}

/*
 * The frame an Error made at offset at of the text has in its stack: the
 * button's handler in renderer.js, at the line and column the code view
 * shows the text at ("" without an origin, a text not in the page).
 */
static void
stack_frame(const struct parser *p, size_t at, char *frame, size_t size)
{
	int		 line, col;
	size_t		 i;

	frame[0] = '\0';
	if (p->origin == NULL)
		return;
	line = p->origin->line;
	col = p->origin->column + (int)at;
	for (i = 0; i < at; i++) {
		if (p->s[i] == '\n') {
			line++;
			col = (int)(at - i);
		}
	}
	snprintf(frame, size, "    at btn.onclick (%s:%d:%d)",
	    p->origin->file, line, col);
}

/* Forget the reference last parsed. */
static void
target_clear(struct target *t)
{
	if (t->kind == TARGET_MEMBER) {
		value_free(&t->base);
		value_free(&t->key);
	}
	t->kind = TARGET_NONE;
}

/* The global an assignment made with this name, or NULL. */
static struct binding *
binding_find(const struct parser *p, const char *name, size_t n)
{
	size_t	 i;

	for (i = 0; i < p->nvars; i++) {
		if (p->vars[i].len == n && memcmp(p->vars[i].name, name, n) == 0)
			return (&p->vars[i]);
	}
	return (NULL);
}

/* Set the global name to a copy of v (shared already if it is an object). */
static void
binding_set(struct parser *p, const char *name, size_t n,
    const struct value *v)
{
	struct binding	*b = binding_find(p, name, n);

	if (b == NULL) {
		p->vars = reallocarray(p->vars, p->nvars + 1, sizeof *p->vars);
		if (p->vars == NULL)
			fatal("reallocarray");
		b = &p->vars[p->nvars++];
		if ((b->name = malloc(n)) == NULL)
			fatal("malloc");
		memcpy(b->name, name, n);
		b->len = n;
	} else
		value_free(&b->value);
	value_copy(&b->value, v);
}

/* After a call (is_new 0) or a new: what an assignment to it meets. */
static void
call_target(struct parser *p, int is_new)
{
	target_clear(&p->target);
	p->target.kind = is_new ? TARGET_NONE : TARGET_CALL;
	p->ref = !is_new;
}

/*
 * name(...args) (or new name(...args), is_new; args is freed): a
 * constructor ipcsim evaluates makes its value; a call of another global
 * function is not evaluated; an unknown name is a ReferenceError.  What
 * the call throws is recorded, and v stands in as undefined.
 */
static void
evaluate_call(struct parser *p, const char *name, size_t n, int is_new,
    size_t at, struct value *args, struct value *v)
{
	char		 msg[sizeof p->thrown_msg], frame[96];
	int		 r;
	struct binding	*b = binding_find(p, name, n);

	if (b != NULL && b->value.type != VALUE_FUNCTION) {
		throw_error(p, LITERAL_TYPE, "%.*s is not a %s", (int)n, name,
		    is_new ? "constructor" : "function");
		value_init(v, VALUE_UNDEFINED);
	} else if (b != NULL) {
		throw_error(p, LITERAL_UNSUPPORTED, "ipcsim does not evaluate "
		    "calls of functions assigned to a name");
		value_init(v, VALUE_UNDEFINED);
	} else if (builtin_is_constructor(name, n)) {
		stack_frame(p, at, frame, sizeof frame);
		if ((r = builtin_construct(name, n, is_new, args, frame, v, msg,
		    sizeof msg)) != LITERAL_OK)
			throw_error(p, r, "%s", msg);
	} else if (word_in(global_functions, sizeof global_functions /
	    sizeof global_functions[0], name, n)) {
		throw_error(p, LITERAL_UNSUPPORTED, "ipcsim does not evaluate "
		    "%s%.*s(...)", is_new ? "new " : "", (int)n, name);
		value_init(v, VALUE_UNDEFINED);
	} else {
		throw_error(p, LITERAL_REFERENCE, "%.*s is not defined", (int)n,
		    name);
		value_init(v, VALUE_UNDEFINED);
	}
	value_free(args);
	call_target(p, is_new);
}

/* After "new" (at offset at): a constructor's name, and its arguments if it has any. */
static int
parse_new(struct parser *p, size_t at, struct value *v)
{
	struct token	 t, next;
	struct value	 args;

	peek(p, &t);
	if (is_punct(&t, ".")) {
		/* new.target, in a function (not an arrow outside one). */
		p->pos = t.end;
		peek(p, &t);
		if (!is_word(p, &t, "target")) {
			unexpected(p, &t);
			return (-1);
		}
		if (!p->body.plain) {
			parse_fail(p, "new.target expression is not allowed "
			    "here");
			return (-1);
		}
		p->pos = t.end;
		value_init(v, VALUE_UNDEFINED);
		p->ref = 0;
		return (0);
	}
	if (is_word(p, &t, "function") || is_word(p, &t, "class")) {
		/* new function () { ... } (args): an object its body makes. */
		p->pos = t.end;
		if ((is_word(p, &t, "class") ? parse_class(p, 0) :
		    parse_function(p, 0)) == -1)
			return (-1);
		peek(p, &next);
		if (is_punct(&next, "(")) {
			p->pos = next.end;
			if (parse_list(p, &args, ")") == -1)
				return (-1);
			value_free(&args);
		}
		throw_error(p, LITERAL_UNSUPPORTED, "ipcsim does not evaluate "
		    "new %s", is_word(p, &t, "class") ? "class" : "function");
		value_init(v, VALUE_UNDEFINED);
		call_target(p, 1);
		return (0);
	}
	if (t.type != TOK_IDENT ||
	    reserved_word(p->s + t.start, t.end - t.start)) {
		unexpected(p, &t);
		return (-1);
	}
	p->pos = t.end;
	peek(p, &next);
	if (is_punct(&next, "(")) {
		p->pos = next.end;
		if (parse_list(p, &args, ")") == -1)
			return (-1);
	} else
		value_init(&args, VALUE_ARRAY);	/* new Date is new Date() */
	evaluate_call(p, p->s + t.start, t.end - t.start, 1, at, &args, v);
	return (0);
}

/* An identifier in value position: a literal name, a function, or a ReferenceError. */
static int
parse_ident(struct parser *p, const struct token *t, struct value *v)
{
	const char	*name = p->s + t->start;
	size_t		 n = t->end - t->start;
	struct token	 next;
	struct value	 args;
	int		 k, r, typeof_name = p->typeof_name;

	p->typeof_name = 0;
	p->pos = t->end;
	peek(p, &next);
	if (n == 5 && memcmp(name, "await", 5) == 0 && p->await_name == 0)
		p->await_name = t->start + 1;
	if (is_punct(&next, "=>") && !newline_before(p, &next)) {
		if (p->assign_at != t->start + 1) {
			/* a + b => 1: an arrow is an assignment expression. */
			unexpected(p, &next);
			return (-1);
		}
		if (parse_arrow(p, t) == -1)
			return (-1);
		return (function_value(p, v));
	}
	if (n == 8 && memcmp(name, "function", 8) == 0) {
		if (parse_function(p, 0) == -1)
			return (-1);
		return (function_value(p, v));
	}
	if (n == 5 && memcmp(name, "async", 5) == 0 && async_follows(p,
	    &next)) {
		/* async function or async arrow: what follows is the function. */
		if (!is_word(p, &next, "function") &&
		    p->assign_at != t->start + 1)
			return (misplaced_arrow(p, is_punct(&next, "("), 1));
		p->async_next = 1;
		r = parse_expr(p, v);
		p->async_next = 0;
		if (r == -1)
			return (-1);
		value_free(v);
		return (function_value(p, v));
	}
	if (p->body.strict && word_in(strict_reserved, STRICT_RESERVED, name,
	    n)) {
		parse_fail(p, "Unexpected strict mode reserved word");
		return (-1);
	}
	if (n == 5 && memcmp(name, "await", 5) == 0 && p->body.static_block) {
		parse_fail(p, "Unexpected reserved word");
		return (-1);
	}
	if (n == 9 && memcmp(name, "arguments", 9) == 0 &&
	    p->body.no_arguments) {
		parse_fail(p, "'arguments' is not allowed in class field "
		    "initializer or static initialization block");
		return (-1);
	}
	if (name[0] == '#' && p->class_depth > 0) {
		/* #x in o, in a class: whether o has it. */
		if (!is_word(p, &next, "in")) {
			unexpected(p, t);
			return (-1);
		}
		private_use(p, t);
		value_init(v, VALUE_FALSE);
		p->ref = 0;
		return (0);
	}
	if (name[0] == '#') {
		parse_fail(p, "Private field '%.*s' must be declared in an "
		    "enclosing class", (int)n, name);
		return (-1);
	}
	if (n == 5 && memcmp(name, "class", 5) == 0) {
		/* class [Name] [extends ...] { ... }: a function. */
		if (parse_class(p, 0) == -1)
			return (-1);
		return (function_value(p, v));
	}
	if (n == 6 && memcmp(name, "import", 6) == 0 && is_punct(&next, "(")) {
		/* import(specifier): a promise of a module. */
		p->pos = next.end;
		p->import_args = 1;
		if (parse_list(p, &args, ")") == -1)
			return (-1);
		value_free(&args);
		throw_error(p, LITERAL_UNSUPPORTED, "ipcsim does not evaluate "
		    "import()");
		value_init(v, VALUE_UNDEFINED);
		return (0);
	}
	if (n == 3 && memcmp(name, "new", 3) == 0)
		return (parse_new(p, t->start, v));
	if (n == 5 && memcmp(name, "super", 5) == 0) {
		/* super.x and super[x] in a method; super() in a constructor. */
		if (!(p->body.method && (is_punct(&next, ".") ||
		    is_punct(&next, "["))) && !(p->body.super_call &&
		    is_punct(&next, "("))) {
			parse_fail(p, "'super' keyword unexpected here");
			return (-1);
		}
		value_init(v, VALUE_UNDEFINED);
		return (0);
	}
	if (n == 4 && memcmp(name, "this", 4) == 0) {
		throw_error(p, LITERAL_UNSUPPORTED, "ipcsim does not evaluate "
		    "this");
		value_init(v, VALUE_UNDEFINED);
		p->ref = 0;
		return (0);
	}
	if (is_punct(&next, "(") && reserved_word(name, n) &&
	    word_index(reserved_words, 3, name, n) == -1) {
		/* if (...), catch (...): a word, not a function (true() is). */
		unexpected(p, t);
		return (-1);
	}
	if (is_punct(&next, "(")) {
		if (n == 6 && memcmp(name, "Symbol", 6) == 0) {
			p->pos = next.end;
			if (skip_balanced(p, "(", ")") == -1)
				return (-1);
			value_init(v, VALUE_SYMBOL);
			return (0);
		}
		p->pos = next.end;
		if (parse_list(p, &args, ")") == -1)
			return (-1);
		evaluate_call(p, name, n, 0, t->start, &args, v);
		return (0);
	}
	/* true, false and null are literals, not references. */
	p->ref = !(n == 4 && (memcmp(name, "true", 4) == 0 ||
	    memcmp(name, "null", 4) == 0)) && !(n == 5 &&
	    memcmp(name, "false", 5) == 0);
	target_clear(&p->target);
	p->target.kind = TARGET_NAME;
	p->target.start = t->start;
	p->target.len = n;
	if ((n == 9 && memcmp(name, "undefined", 9) == 0) || (n == 3 &&
	    memcmp(name, "NaN", 3) == 0) || (n == 8 &&
	    memcmp(name, "Infinity", 8) == 0))
		p->target.kind = TARGET_CONSTANT;
	if (n == 4 && memcmp(name, "true", 4) == 0)
		value_init(v, VALUE_TRUE);
	else if (n == 5 && memcmp(name, "false", 5) == 0)
		value_init(v, VALUE_FALSE);
	else if (n == 4 && memcmp(name, "null", 4) == 0)
		value_init(v, VALUE_NULL);
	else if (n == 9 && memcmp(name, "undefined", 9) == 0)
		value_init(v, VALUE_UNDEFINED);
	else if (n == 3 && memcmp(name, "NaN", 3) == 0)
		value_number(v, NAN);
	else if (n == 8 && memcmp(name, "Infinity", 8) == 0)
		value_number(v, INFINITY);
	else if (binding_find(p, name, n) != NULL)
		value_copy(v, &binding_find(p, name, n)->value);
	else if ((k = word_index(global_functions, sizeof global_functions /
	    sizeof global_functions[0], name, n)) != -1 ||
	    builtin_is_constructor(name, n)) {
		function_value(p, v);
		v->kind = k + 1;
		p->ref = 1;	/* a global's name: it can be assigned to */
	} else if ((k = word_index(global_objects, sizeof global_objects /
	    sizeof global_objects[0], name, n)) != -1) {
		/* Their properties are not enumerable: the clone gives {}. */
		value_init(v, VALUE_OBJECT);
		v->kind = k + 1;
	} else if (reserved_word(name, n)) {
		unexpected(p, t);
		return (-1);
	} else {
		/* x = ... makes the global; reading it first throws. */
		if ((!typeof_name || is_punct(&next, ".") ||
		    is_punct(&next, "[") || is_punct(&next, "(")) &&
		    !is_punct(&next, "=") && p->written != t->start + 1)
			throw_error(p, LITERAL_REFERENCE, "%.*s is not defined",
			    (int)n, name);
		value_init(v, VALUE_UNDEFINED);
	}
	return (0);
}

/*
 * One element of an array or argument of a call into list: a value, or
 * ...iterable spread.  What V8 says of a value that is not iterable
 * depends on where: a call's argument has one message, an array's element
 * names the value as V8 renders the call site.
 */
static int
parse_element(struct parser *p, struct value *list, int call)
{
	struct token	 t;
	struct value	 x;
	struct buf	 b;
	char		 msg[sizeof p->thrown_msg];

	peek(p, &t);
	p->element = call ? 2 : 1;
	if (!is_punct(&t, "..."))
		return (parse_expr(p, value_push(list)));
	p->pos = t.end;
	peek(p, &t);
	if (parse_expr(p, &x) == -1)
		return (-1);
	if (builtin_spread(&x, list, msg, sizeof msg) != LITERAL_OK) {
		buf_init(&b);
		if (call)
			buf_printf(&b, "Spread syntax requires "
			    "...iterable[Symbol.iterator] to be a function");
		else if (p->ref && p->target.kind == TARGET_NAME &&
		    p->target.start == t.start && p->pos == t.end)
			/* A name is named as the text has it: [...o] */
			buf_printf(&b, "%.*s is not iterable", (int)(t.end -
			    t.start), p->s + t.start);
		else {
			if (x.type == VALUE_OBJECT)
				buf_printf(&b, x.count == 0 ? "{}" :
				    "{(intermediate value)}");
			else if (x.type <= VALUE_NUMBER)
				js_to_string(&b, &x);
			else
				buf_printf(&b, "(intermediate value)");
			buf_printf(&b, " is not iterable");
		}
		throw_error(p, LITERAL_TYPE, "%s", buf_str(&b));
		buf_free(&b);
	}
	value_free(&x);
	return (0);
}


/* Make key the property key of v (ToPropertyKey: its string), and free v. */
static void
property_key(struct value *key, struct value *v)
{
	struct buf	 text;

	buf_init(&text);
	js_to_string(&text, v);
	value_string(key, buf_str(&text), text.len);
	buf_free(&text);
	value_free(v);
}

/*
 * An object key: an identifier, a string, a number (as its string), or
 * [expression] computed (*computed set), as ToPropertyKey makes it.
 */
int
parse_key(struct parser *p, struct value *key, int *shorthand, int *computed)
{
	struct token	 t;
	struct value	 num;

	peek(p, &t);
	*shorthand = *computed = 0;
	if (is_punct(&t, "[")) {
		p->pos = t.end;
		if (parse_expr(p, &num) == -1)
			return (-1);
		if (expect(p, "]") == -1) {
			value_free(&num);
			return (-1);
		}
		if (num.type == VALUE_SYMBOL)
			throw_error(p, LITERAL_UNSUPPORTED, "ipcsim does not "
			    "evaluate Symbol keys");
		property_key(key, &num);
		*computed = 1;
		return (0);
	}
	switch (t.type) {
	case TOK_IDENT:
		if (p->s[t.start] == '#') {
			unexpected(p, &t);
			return (-1);
		}
		value_string(key, p->s + t.start, t.end - t.start);
		p->pos = t.end;
		peek(p, &t);
		*shorthand = !is_punct(&t, ":");
		return (0);
	case TOK_STRING:
		p->pos = t.end;
		return (parse_string(p, &t, key));
	case TOK_NUMBER:
		/* A number key is its string: {1e3: 1} is '1000', {1n: 1} '1'. */
		p->pos = t.end;
		if (parse_number(p, &t, &num) == -1)
			return (-1);
		property_key(key, &num);
		return (0);
	default:
		unexpected(p, &t);
		return (-1);
	}
}

/* Find key in object o; its index, or o->count. */
static size_t
object_find(const struct value *o, const struct value *key)
{
	size_t	 i;

	for (i = 0; i < o->count; i++) {
		if (o->keys[i].len == key->len &&
		    memcmp(o->keys[i].str, key->str, key->len) == 0)
			break;
	}
	return (i);
}

/* Set key to val (taken) in o: a key set again keeps its place, takes the value. */
static void
object_put(struct value *o, const char *key, size_t n, struct value *val)
{
	struct value	 k;
	size_t		 i;

	k.str = (char *)key;
	k.len = n;
	if ((i = object_find(o, &k)) < o->count) {
		value_free(&o->items[i]);
		o->items[i] = *val;
	} else
		*value_set(o, key, n) = *val;
}

/* {...x}: x's own enumerable properties into o (an array's or a string's indices). */
static void
object_spread(struct value *o, const struct value *x)
{
	struct value	 items, copy;
	char		 index[24];
	size_t		 i;

	x = value_deref(x);
	if (x->type == VALUE_OBJECT) {
		for (i = 0; i < x->count; i++) {
			value_copy(&copy, &x->items[i]);
			object_put(o, x->keys[i].str, x->keys[i].len, &copy);
		}
		return;
	}
	if (x->type != VALUE_ARRAY && x->type != VALUE_STRING &&
	    x->type != VALUE_TYPED_ARRAY)
		return;
	if (builtin_spread(x, (value_init(&items, VALUE_ARRAY), &items),
	    index, sizeof index) != LITERAL_OK)
		return;
	for (i = 0; i < items.count; i++) {
		/* An array's holes are not properties. */
		if (x->type == VALUE_ARRAY && x->items[i].type == VALUE_HOLE)
			continue;
		snprintf(index, sizeof index, "%zu", i);
		object_put(o, index, strlen(index), &items.items[i]);
		value_init(&items.items[i], VALUE_UNDEFINED);
	}
	value_free(&items);
}

/*
 * Whether a getter (getter) or a setter has as many parameters as it
 * may, from its '(' (p->pos comes back): V8's text if not.
 */
int
accessor_params(struct parser *p, int getter)
{
	struct token	 t;
	size_t		 at = p->pos;
	int		 none;

	if (expect(p, "(") == -1)
		return (-1);
	peek(p, &t);
	none = is_punct(&t, ")");
	if (t.type == TOK_IDENT) {
		/* set x(a, b): a name, then a second parameter. */
		p->pos = t.end;
		peek(p, &t);
	}
	p->pos = at;
	if (getter ? !none && t.type != TOK_END : none || is_punct(&t, ",")) {
		parse_fail(p, getter ? "Getter must not have any formal "
		    "parameters." : "Setter must have exactly one formal "
		    "parameter.");
		return (-1);
	}
	return (0);
}

/*
 * A getter's or setter's parameters and body, parsed for their syntax;
 * and a getter's value as the clone reads the property: only
 * { return EXPR } is evaluated.  A setter's property reads as undefined.
 */
static int
parse_accessor(struct parser *p, int getter, struct value *val)
{
	struct token	 t;
	size_t		 at = p->pos, end;

	value_init(val, VALUE_UNDEFINED);
	if (accessor_params(p, getter) == -1)
		return (-1);
	/* Its syntax first, as a method's; then a getter's return value. */
	if (parse_function(p, 1) == -1 || !getter)
		return (p->failed ? -1 : 0);
	end = p->pos;
	p->pos = at;
	expect(p, "(");
	expect(p, ")");
	expect(p, "{");
	peek(p, &t);
	if (is_word(p, &t, "return")) {
		p->pos = t.end;
		if (parse_expr(p, val) == -1)
			return (-1);
		peek(p, &t);
		if (is_punct(&t, ";"))
			p->pos = t.end;
		peek(p, &t);
	}
	if (!is_punct(&t, "}")) {
		value_free(val);
		value_init(val, VALUE_UNDEFINED);
		throw_error(p, LITERAL_UNSUPPORTED, "ipcsim does not evaluate "
		    "a getter other than get x() { return EXPR }");
	}
	p->pos = end;
	return (0);
}

/* Whether the member at t is an async method: async, then its key on the line. */
static int
async_method(struct parser *p, const struct token *t)
{
	struct token	 next;
	size_t		 save = p->pos;
	int		 r;

	if (!is_word(p, t, "async"))
		return (0);
	p->pos = t->end;
	peek(p, &next);
	r = !newline_before(p, &next) && (next.type == TOK_IDENT ||
	    next.type == TOK_STRING || next.type == TOK_NUMBER ||
	    is_punct(&next, "[") || is_punct(&next, "*"));
	p->pos = save;
	return (r);
}

/* A member of o from t: an async method (async m() {}), a generator (*m() {}) or both. */
static int
parse_prefixed_method(struct parser *p, struct value *o,
    const struct token *t)
{
	struct token	 next;
	struct value	 key, val;
	int		 shorthand, computed, async, generator;

	p->pos = t->end;
	peek(p, &next);
	async = is_word(p, t, "async");
	generator = is_punct(t, "*") || is_punct(&next, "*");
	if (async && generator)
		p->pos = next.end;
	if (parse_key(p, &key, &shorthand, &computed) == -1)
		return (-1);
	peek(p, &next);
	if (!is_punct(&next, "(")) {
		unexpected(p, &next);
		value_free(&key);
		return (-1);
	}
	p->async_next = async;
	p->generator_next = generator;
	if (parse_function(p, 1) == -1) {
		value_free(&key);
		return (-1);
	}
	function_value(p, &val);
	object_put(o, key.str, key.len, &val);
	value_free(&key);
	return (0);
}

/*
 * One member of an object literal into o: key: value, shorthand key,
 * ...spread, a getter or setter, a method (a function), and __proto__:
 * which sets the prototype, not a property, so the clone has no such key.
 */
static int
parse_member(struct parser *p, struct value *o, int *protos)
{
	struct token	 t, next;
	struct value	 key, val;
	int		 shorthand, computed, accessor = 0;

	peek(p, &t);
	if (is_punct(&t, "...")) {
		p->pos = t.end;
		p->element = 1;
		if (parse_expr(p, &val) == -1)
			return (-1);
		object_spread(o, &val);
		value_free(&val);
		return (0);
	}
	if (is_punct(&t, "*") || async_method(p, &t))
		return (parse_prefixed_method(p, o, &t));
	if (t.type == TOK_IDENT && t.end - t.start == 3 &&
	    (memcmp(p->s + t.start, "get", 3) == 0 ||
	    memcmp(p->s + t.start, "set", 3) == 0)) {
		p->pos = t.end;
		peek(p, &next);
		p->pos = t.start;
		if (next.type == TOK_IDENT || next.type == TOK_STRING ||
		    next.type == TOK_NUMBER || is_punct(&next, "[")) {
			p->pos = t.end;
			accessor = p->s[t.start] == 'g' ? 1 : 2;
		}
	}
	if (parse_key(p, &key, &shorthand, &computed) == -1)
		return (-1);
	peek(p, &next);
	if (accessor == 0 && !is_punct(&next, "(") && !is_punct(&next, ":") &&
	    (t.type != TOK_IDENT || computed ||
	    reserved_word(key.str, key.len))) {
		/* {1}, {'a'}, {true}: only a name can stand alone. */
		unexpected(p, computed ? &next : &t);
		value_free(&key);
		return (-1);
	}
	if (accessor == 0 && shorthand && !computed && is_punct(&next, "=")) {
		/* {a = 1}: a pattern's default, if the literal is a pattern. */
		p->pos = next.end;
		if (check_expr(p, 0) == -1) {
			value_free(&key);
			return (-1);
		}
		if (p->cover_init == 0) {
			p->cover_init = t.start + 1;
			p->cover_end = p->pos;
		}
		value_init(&val, VALUE_UNDEFINED);
		object_put(o, key.str, key.len, &val);
		value_free(&key);
		return (0);
	}
	if (accessor != 0 || is_punct(&next, "(")) {
		if (accessor != 0 && parse_accessor(p, accessor == 1,
		    &val) == -1) {
			value_free(&key);
			return (-1);
		}
		if (accessor == 0 && parse_function(p, 1) == -1) {
			value_free(&key);
			return (-1);
		}
		if (accessor == 0)
			function_value(p, &val);
	} else if (shorthand && !computed) {
		/* {x} reads the variable x. */
		t.type = TOK_IDENT;
		t.start = p->pos - key.len;
		t.end = p->pos;
		if (parse_ident(p, &t, &val) == -1) {
			value_free(&key);
			return (-1);
		}
	} else if (expect(p, ":") == -1 || (p->element = 1,
	    parse_expr(p, &val)) == -1) {
		value_free(&key);
		return (-1);
	} else if (!computed && strcmp(key.str, "__proto__") == 0) {
		if ((*protos)++ > 0) {
			parse_fail(p, "Duplicate __proto__ fields are not "
			    "allowed in object literals");
			value_free(&val);
			value_free(&key);
			return (-1);
		}
		value_free(&val);
		value_free(&key);
		return (0);
	}
	object_put(o, key.str, key.len, &val);
	value_free(&key);
	return (0);
}

/* The array index a key names (a canonical integer below 2^32 - 1), or -1. */
static long long
key_index(const struct value *key)
{
	long long	 n = 0;
	size_t		 i;

	if (key->len == 0 || key->len > 10 || (key->str[0] == '0' &&
	    key->len > 1))
		return (-1);
	for (i = 0; i < key->len; i++) {
		if (key->str[i] < '0' || key->str[i] > '9')
			return (-1);
		n = n * 10 + (key->str[i] - '0');
	}
	return (n < 4294967295LL ? n : -1);
}

/*
 * Put an object's keys in JavaScript's order: array indices first, in
 * ascending order, then the other keys in the order they were made.
 */
static void
object_order_keys(struct value *o)
{
	struct value	 k, v;
	size_t		 i, j;

	for (i = 1; i < o->count; i++) {
		if (key_index(&o->keys[i]) == -1)
			continue;
		/* Move it back past every non-index key and larger index. */
		k = o->keys[i];
		v = o->items[i];
		for (j = i; j > 0 && (key_index(&o->keys[j - 1]) == -1 ||
		    key_index(&o->keys[j - 1]) > key_index(&k)); j--) {
			o->keys[j] = o->keys[j - 1];
			o->items[j] = o->items[j - 1];
		}
		o->keys[j] = k;
		o->items[j] = v;
	}
}

/* "{ ... }": members, a trailing comma allowed. */
static int
parse_object(struct parser *p, struct value *v)
{
	struct token	 t;
	size_t		 start = p->pos;
	int		 protos = 0;

	value_init(v, VALUE_OBJECT);
	for (;;) {
		peek(p, &t);
		if (is_punct(&t, "}")) {
			p->pos = t.end;
			object_order_keys(v);
			return (0);
		}
		if (parse_member(p, v, &protos) == -1)
			break;
		peek(p, &t);
		if (is_punct(&t, ","))
			p->pos = t.end;
		else if (!is_punct(&t, "}")) {
			unexpected(p, &t);
			break;
		}
	}
	literal_failed(p, start);
	value_free(v);
	return (-1);
}

/*
 * A regular expression literal from the '/' at start: its body up to the
 * '/' that is not escaped or in a class, on one line, then its flags; the
 * pattern checked as V8 checks it before anything runs.
 */
static int
parse_regexp(struct parser *p, size_t start, struct value *v)
{
	size_t	 i = start + 1, body, flags;
	char	 msg[256], fl[16];
	int	 in_class = 0;

	for (; i < p->len && p->s[i] != '\n' && p->s[i] != '\r'; i++) {
		if (p->s[i] == '\\' && i + 1 < p->len && p->s[i + 1] != '\n')
			i++;
		else if (p->s[i] == '[')
			in_class = 1;
		else if (p->s[i] == ']')
			in_class = 0;
		else if (p->s[i] == '/' && !in_class)
			break;
	}
	if (i >= p->len || p->s[i] != '/') {
		parse_fail(p, "Invalid regular expression: missing /");
		return (-1);
	}
	if (!utf8_valid(p->s + start + 1, i - start - 1)) {
		/* As in a string: V8 would read U+FFFD, ipcsim refuses them. */
		parse_fail(p, "Invalid or unexpected token");
		return (-1);
	}
	body = i++;
	for (flags = i; i < p->len && ident_part(p->s[i]); i++)
		;
	p->pos = i;
	if (i - flags >= sizeof fl ||
	    !value_regexp_flags_valid(p->s + flags, i - flags)) {
		parse_fail(p, "Invalid regular expression flags");
		return (-1);
	}
	memcpy(fl, p->s + flags, i - flags);
	fl[i - flags] = '\0';
	if (builtin_regexp_check(p->s + start + 1, body - start - 1, fl, msg,
	    sizeof msg) == -1) {
		parse_fail(p, "%s", msg);
		return (-1);
	}
	builtin_regexp(v, p->s + start + 1, body - start - 1, fl);
	return (0);
}

/* The name of a global a function or object value stands for, or NULL. */
static const char *
global_name(const struct value *v)
{
	if (v->kind <= 0)
		return (NULL);
	if (v->type == VALUE_FUNCTION)
		return (global_functions[v->kind - 1]);
	if (v->type == VALUE_OBJECT)
		return (global_objects[v->kind - 1]);
	return (NULL);
}

/* Names every object inherits (Object.prototype's): reading one gives a function. */
static const char *const inherited_methods[] = {
	"constructor", "hasOwnProperty", "isPrototypeOf",
	"propertyIsEnumerable", "toLocaleString", "toString", "valueOf",
	"__defineGetter__", "__defineSetter__", "__lookupGetter__",
	"__lookupSetter__",
};

/*
 * Whether global g (the value o) has a method named key: its own (Node's
 * table), Function.prototype's for a function, Object.prototype's.
 */
static int
global_has_method(const char *g, const struct value *o, const char *key,
    size_t len)
{
	struct buf	 name;
	int		 has;

	if (word_in(inherited_methods, sizeof inherited_methods /
	    sizeof inherited_methods[0], key, len) ||
	    (o->type == VALUE_FUNCTION && word_in(function_methods,
	    sizeof function_methods / sizeof function_methods[0], key, len)))
		return (1);
	buf_init(&name);
	buf_printf(&name, "%s.%.*s", g, (int)len, key);
	has = word_in(global_methods, sizeof global_methods /
	    sizeof global_methods[0], buf_str(&name), name.len);
	buf_free(&name);
	return (has);
}

/* Element index of a property key, or -1. */
static long long
key_to_index(const char *key, size_t n)
{
	struct value	 k;

	k.str = (char *)key;
	k.len = n;
	return (key_index(&k));
}

/* obj[key] for a length, an index, a RegExp's or a collection's own data; 0 if found. */
static int
member_own(const struct value *o, const char *key, size_t n, struct value *r)
{
	long long	 i = key_to_index(key, n);
	size_t		 k;
	char		 digits[JS_NUMBER_MAX];
	double		 d;

	switch (o->type) {
	case VALUE_STRING:
		if (n == 6 && memcmp(key, "length", 6) == 0) {
			value_number(r, 0);
			for (k = 0; k < o->len; k++) {
				if (((unsigned char)o->str[k] & 0xc0) != 0x80)
					r->number += (unsigned char)o->str[k] >=
					    0xf0 ? 2 : 1;
			}
			return (0);
		}
		if (i >= 0 && memchr(o->str, 0xf0, o->len) == NULL &&
		    memchr(o->str, 0xf1, o->len) == NULL) {
			/* Without astral characters, a code point is a unit. */
			for (k = 0; k < o->len; k++) {
				if (((unsigned char)o->str[k] & 0xc0) != 0x80 &&
				    i-- == 0)
					break;
			}
			if (k < o->len) {
				for (n = 1; k + n < o->len &&
				    ((unsigned char)o->str[k + n] & 0xc0) == 0x80;)
					n++;
				value_string(r, o->str + k, n);
				return (0);
			}
		}
		return (-1);
	case VALUE_ARRAY:
		if (n == 6 && memcmp(key, "length", 6) == 0) {
			value_number(r, (double)o->count);
			return (0);
		}
		if (i >= 0 && (size_t)i < o->count &&
		    o->items[i].type != VALUE_HOLE) {
			value_copy(r, &o->items[i]);
			return (0);
		}
		return (-1);
	case VALUE_OBJECT:
		for (k = 0; k < o->count; k++) {
			if (o->keys[k].len == n &&
			    memcmp(o->keys[k].str, key, n) == 0) {
				value_copy(r, &o->items[k]);
				return (0);
			}
		}
		return (-1);
	case VALUE_MAP:
	case VALUE_SET:
		if (n != 4 || memcmp(key, "size", 4) != 0)
			return (-1);
		value_number(r, (double)(o->count / (o->type == VALUE_MAP ?
		    2 : 1)));
		return (0);
	case VALUE_TYPED_ARRAY:
		if (n == 6 && memcmp(key, "length", 6) == 0) {
			value_number(r, (double)value_typed_length(o));
			return (0);
		}
		if (i >= 0 && (size_t)i < value_typed_length(o)) {
			d = value_typed_get(o, (size_t)i, digits, sizeof digits);
			if (o->kind == TYPED_BIGINT64 ||
			    o->kind == TYPED_BIGUINT64)
				value_bigint(r, digits, strlen(digits));
			else
				value_number(r, d);
			return (0);
		}
		/* FALLTHROUGH */
	case VALUE_ARRAY_BUFFER:
		if (n != 10 || memcmp(key, "byteLength", 10) != 0)
			return (-1);
		value_number(r, (double)o->len);
		return (0);
	case VALUE_REGEXP:
		if (n == 6 && memcmp(key, "source", 6) == 0)
			value_string(r, o->str, o->len);
		else if (n == 5 && memcmp(key, "flags", 5) == 0)
			value_string(r, o->items[0].str, o->items[0].len);
		else if (n == 9 && memcmp(key, "lastIndex", 9) == 0)
			value_number(r, 0);
		else
			return (-1);
		return (0);
	default:
		return (-1);
	}
}

/*
 * obj[key] as the field reads it: own data, a global's constant
 * (Math.PI), undefined for what is not there.  A name of a method gives a
 * function, which can only be refused or called, and calls are not
 * evaluated.  Reading from null or undefined is V8's TypeError.
 */
static void
member_get(struct parser *p, const struct value *o, const struct value *key,
    struct value *r)
{
	struct buf	 k;
	const char	*g;
	size_t		 i;

	o = value_deref(o);
	g = global_name(o);
	buf_init(&k);
	js_to_string(&k, key);
	value_init(r, VALUE_UNDEFINED);
	if (o->type == VALUE_UNDEFINED || o->type == VALUE_NULL)
		throw_error(p, LITERAL_TYPE, "Cannot read properties of %s "
		    "(reading '%s')", o->type == VALUE_NULL ? "null" :
		    "undefined", buf_str(&k));
	else if (g != NULL) {
		for (i = 0; i < sizeof global_constants /
		    sizeof global_constants[0]; i++) {
			if (strcmp(global_constants[i].global, g) == 0 &&
			    strcmp(global_constants[i].name, buf_str(&k)) == 0)
				value_number(r, global_constants[i].value);
		}
		if (r->type == VALUE_UNDEFINED && global_has_method(g, o,
		    buf_str(&k), k.len))
			/* Math.max and the like: functions to call. */
			function_value(p, r);
	} else if (member_own(o, buf_str(&k), k.len, r) == -1 &&
	    (o->type != VALUE_OBJECT || word_in(inherited_methods,
	    sizeof inherited_methods / sizeof inherited_methods[0],
	    buf_str(&k), k.len)) && o->type != VALUE_HOLE &&
	    key_to_index(buf_str(&k), k.len) == -1 &&
	    strcmp(buf_str(&k), "length") != 0)
		/* 'ab'.toUpperCase, [].map, 1..toFixed: methods. */
		function_value(p, r);
	buf_free(&k);
}

/*
 * A tagged template's template t, for its syntax: its substitutions, not
 * its escapes (a tag takes \u and \x as they are).  The call is not
 * evaluated.
 */
static int
parse_tagged(struct parser *p, const struct token *t)
{
	struct value	 x;
	size_t		 off;
	int		 r = 0;

	p->skip++;
	for (off = t->start + 1; off + 1 < t->end && r == 0; off++) {
		if (p->s[off] == '\\')
			off++;
		else if (p->s[off] == '$' && p->s[off + 1] == '{') {
			p->pos = off + 2;
			if ((r = parse_comma(p, &x)) == 0) {
				value_free(&x);
				r = substitution_close(p);
			}
			off = p->pos - 1;
		}
	}
	p->skip--;
	p->pos = t->end;
	throw_error(p, LITERAL_UNSUPPORTED, "ipcsim does not evaluate tagged "
	    "templates");
	return (r);
}

/*
 * After a value: .name, [key], ?.name, ?.[key] and calls, left to right;
 * after a ?. that met null or undefined the rest of the chain gives
 * undefined and does nothing.  A call of anything but a constructor by
 * name is not evaluated.
 */
static int
parse_postfix(struct parser *p, struct value *v)
{
	struct token	 t;
	struct value	 key, args;
	int		 nullish = 0, optional, chain = 0, private = 0;

	if (p->closed == p->pos + 1)
		return (0);
	for (;;) {
		peek(p, &t);
		if (t.type == TOK_STRING && p->s[t.start] == '`') {
			/* f`...`: a call with the template's strings. */
			if (chain) {
				parse_fail(p, "Invalid tagged template on "
				    "optional chain");
				value_free(v);
				p->skip -= nullish;
				return (-1);
			}
			if (parse_tagged(p, &t) == -1) {
				value_free(v);
				p->skip -= nullish;
				return (-1);
			}
			value_free(v);
			value_init(v, VALUE_UNDEFINED);
			call_target(p, 0);
			continue;
		}
		if ((optional = is_punct(&t, "?."))) {
			chain = 1;
			p->pos = t.end;
			if (!nullish && (v->type == VALUE_UNDEFINED ||
			    v->type == VALUE_NULL)) {
				nullish = 1;
				p->skip++;
				value_init(v, VALUE_UNDEFINED);
			}
			peek(p, &t);
			if (t.type == TOK_IDENT) {
				/* a?.b reads as a.b from here. */
				t.type = TOK_PUNCT;
				memcpy(t.punct, ".", 2);
				t.end = t.start;
			}
		}
		if ((is_punct(&t, "++") || is_punct(&t, "--")) &&
		    !newline_before(p, &t)) {
			if (!p->ref || strict_target(p)) {
				parse_fail(p, "Invalid left-hand side expression "
				    "in postfix operation");
				value_free(v);
				p->skip -= nullish;
				return (-1);
			}
			p->pos = t.end;
			parse_update(p, t.punct[0] == '+', 0, v);
			p->skip -= nullish;
			return (0);
		}
		if (is_punct(&t, ".")) {
			p->pos = t.end;
			peek(p, &t);
			if (t.type != TOK_IDENT) {
				unexpected(p, &t);
				value_free(v);
				p->skip -= nullish;
				return (-1);
			}
			p->pos = t.end;
			if (p->s[t.start] == '#' && p->class_depth == 0) {
				parse_fail(p, "Private field '%.*s' must be "
				    "declared in an enclosing class",
				    (int)(t.end - t.start), p->s + t.start);
				value_free(v);
				p->skip -= nullish;
				return (-1);
			}
			if (p->s[t.start] == '#')
				private_use(p, &t);
			private = p->s[t.start] == '#';
			value_string(&key, p->s + t.start, t.end - t.start);
		} else if (is_punct(&t, "[")) {
			p->pos = t.end;
			if (parse_comma(p, &key) == -1) {
				value_free(v);
				p->skip -= nullish;
				return (-1);
			}
			if (expect(p, "]") == -1) {
				value_free(&key);
				value_free(v);
				p->skip -= nullish;
				return (-1);
			}
		} else if (is_punct(&t, "(")) {
			p->pos = t.end;
			if (parse_list(p, &args, ")") == -1) {
				value_free(v);
				p->skip -= nullish;
				return (-1);
			}
			value_free(&args);
			throw_error(p, LITERAL_UNSUPPORTED, "ipcsim does not "
			    "evaluate calls other than of the constructors "
			    "Date, RegExp, Map, Set, ArrayBuffer and the typed "
			    "arrays");
			value_free(v);
			value_init(v, VALUE_UNDEFINED);
			call_target(p, 0);
			continue;
		} else {
			if (optional) {
				unexpected(p, &t);
				value_free(v);
				p->skip -= nullish;
				return (-1);
			}
			p->skip -= nullish;
			return (0);
		}
		if (nullish) {
			value_free(&key);
			continue;
		}
		target_clear(&p->target);
		p->target.kind = TARGET_MEMBER;
		p->target.private = private;
		private = 0;
		p->target.base = *v;
		property_key(&p->target.key, &key);
		peek(p, &t);
		if (is_punct(&t, "="))
			/* o.k = x writes the property without reading it. */
			value_init(v, VALUE_UNDEFINED);
		else
			member_get(p, &p->target.base, &p->target.key, v);
		p->ref = 1;
	}
}

/* A left-hand side expression (a class's heritage), for its syntax. */
int
check_lhs(struct parser *p)
{
	struct value	 v;

	if (parse_primary(p, &v) == -1)
		return (-1);
	value_free(&v);
	return (0);
}

/* One value: a literal, a bracket, a name, then what follows it (.x, [k], calls). */
static int
parse_primary(struct parser *p, struct value *v)
{
	struct token	 t;
	size_t		 end;
	int		 r;

	peek(p, &t);
	p->ref = t.type == TOK_IDENT;
	if (t.type != TOK_IDENT)
		p->typeof_name = 0;
	if (t.type == TOK_NUMBER || t.type == TOK_STRING) {
		p->pos = t.end;
		r = t.type == TOK_NUMBER ? parse_number(p, &t, v) :
		    parse_string(p, &t, v);
	} else if (t.type == TOK_IDENT)
		r = parse_ident(p, &t, v);
	else if (t.type != TOK_PUNCT) {
		unexpected(p, &t);
		return (-1);
	} else {
		p->pos = t.end;
		if (is_punct(&t, "/"))
			r = parse_regexp(p, t.start, v);
		else if (is_punct(&t, "["))
			r = parse_list(p, v, "]");
		else if (is_punct(&t, "{"))
			r = parse_object(p, v);
		else if (is_punct(&t, "("))
			r = parse_paren(p, v);
		else {
			p->pos = t.start;
			unexpected(p, &t);
			return (-1);
		}
	}
	if (r == -1)
		return (-1);
	/* What a literal holds was parsed after it began: it is no reference. */
	if (t.type != TOK_IDENT && !is_punct(&t, "("))
		p->ref = 0;
	end = p->pos;
	if (parse_postfix(p, v) == -1)
		return (-1);
	/* [a, b] or {a} with nothing after it: a pattern if = follows. */
	p->pattern = (is_punct(&t, "[") || is_punct(&t, "{")) &&
	    p->pos == end ? t.start + 1 : 0;
	return (0);
}

/* Record what an operator threw (js.c's JS_* codes) and leave undefined in v. */
static void
operator_failed(struct parser *p, int ret, const char *err, struct value *v)
{
	throw_error(p, ret == JS_TYPE_ERROR ? LITERAL_TYPE :
	    LITERAL_UNSUPPORTED, "%s", err);
	value_free(v);
	value_init(v, VALUE_UNDEFINED);
}

/*
 * await in an async function's body, yield and yield* in a generator's
 * (t, the word): its operand, for its syntax (yield's may be left out).
 */
static int
parse_await(struct parser *p, const struct token *t, struct value *v)
{
	struct token	 next;
	int		 r = 0;

	p->pos = t->end;
	peek(p, &next);
	if (is_punct(&next, "*") && !newline_before(p, &next)) {
		/* yield* iterable */
		p->pos = next.end;
		r = parse_expr(p, v);
	} else if (p->s[t->start] == 'a')
		r = parse_unary(p, v);
	else if (!newline_before(p, &next) && next.type != TOK_END &&
	    !is_punct(&next, ")") && !is_punct(&next, "]") &&
	    !is_punct(&next, "}") && !is_punct(&next, ",") &&
	    !is_punct(&next, ";") && !is_punct(&next, ":"))
		r = parse_expr(p, v);
	else {
		value_init(v, VALUE_UNDEFINED);
		p->closed = p->pos + 1;		/* yield, then no operator */
	}
	if (r == -1)
		return (-1);
	value_free(v);
	value_init(v, VALUE_UNDEFINED);
	p->ref = 0;
	p->pattern = 0;
	return (0);
}

/*
 * A unary operator and its operand: ! - + ~ typeof void delete, each
 * applied as JavaScript does.  typeof of a name that is not defined is "undefined".
 */
static int
parse_unary(struct parser *p, struct value *v)
{
	struct token	 t, next;
	struct value	 operand, k;
	const char	*err;
	int		 ret;

	peek(p, &t);
	if ((is_word(p, &t, "await") && p->body.async) || (is_word(p, &t,
	    "yield") && p->body.generator))
		return (parse_await(p, &t, v));
	if (!(is_punct(&t, "!") || is_punct(&t, "-") || is_punct(&t, "+") ||
	    is_punct(&t, "~") || (t.type == TOK_IDENT && (t.end - t.start ==
	    6 && memcmp(p->s + t.start, "typeof", 6) == 0)) ||
	    (t.type == TOK_IDENT && t.end - t.start == 4 &&
	    memcmp(p->s + t.start, "void", 4) == 0) ||
	    (t.type == TOK_IDENT && t.end - t.start == 6 &&
	    memcmp(p->s + t.start, "delete", 6) == 0))) {
		if (!is_punct(&t, "++") && !is_punct(&t, "--"))
			return (parse_primary(p, v));
		/* ++x, --x: of something that can be assigned to. */
		p->pos = t.end;
		if (++p->depth >= VALUE_MAX_DEPTH) {
			parse_fail(p, "Maximum nesting depth exceeded");
			p->depth--;
			return (-1);
		}
		ret = parse_unary(p, v);
		p->depth--;
		if (ret == -1)
			return (-1);
		if (!p->ref || strict_target(p)) {
			/* strict_target's text comes first, if it has one. */
			parse_fail(p, "Invalid left-hand side expression in "
			    "prefix operation");
			value_free(v);
			return (-1);
		}
		parse_update(p, t.punct[0] == '+', 1, v);
		return (0);
	}
	p->pos = t.end;
	if (++p->depth >= VALUE_MAX_DEPTH) {
		parse_fail(p, "Maximum nesting depth exceeded");
		p->depth--;
		return (-1);
	}
	/* typeof x: a name that is not there is no ReferenceError. */
	p->typeof_name = t.type == TOK_IDENT && p->s[t.start] == 't';
	ret = parse_unary(p, &operand);
	p->typeof_name = 0;
	p->depth--;
	if (ret == -1)
		return (-1);
	peek(p, &next);
	if (is_punct(&next, "**")) {
		value_free(&operand);
		parse_fail(p, "Unary operator used immediately before "
		    "exponentiation expression. Parenthesis must be used to "
		    "disambiguate operator precedence");
		return (-1);
	}
	value_init(v, VALUE_UNDEFINED);
	if (t.type == TOK_IDENT && p->s[t.start] == 'd' && p->ref &&
	    p->body.strict && (p->target.kind == TARGET_NAME ||
	    p->target.kind == TARGET_CONSTANT ||
	    (p->target.kind == TARGET_MEMBER && p->target.private))) {
		parse_fail(p, p->target.kind == TARGET_MEMBER ? "Private "
		    "fields can not be deleted" : "Delete of an unqualified "
		    "identifier in strict mode.");
		value_free(&operand);
		return (-1);
	}
	if (t.type == TOK_IDENT && p->s[t.start] == 'd' && p->ref &&
	    p->target.kind != TARGET_CALL)
		throw_error(p, LITERAL_UNSUPPORTED,
		    "ipcsim does not evaluate delete of a property");
	p->ref = 0;
	p->pattern = 0;
	if (t.type == TOK_IDENT && p->s[t.start] == 't')
		value_string(v, js_typeof(&operand), strlen(js_typeof(&operand)));
	else if (t.type == TOK_IDENT && p->s[t.start] == 'd')
		value_init(v, VALUE_TRUE);	/* delete of a value: true */
	else if (t.type == TOK_IDENT)
		;	/* void: undefined */
	else if (t.punct[0] == '!')
		value_init(v, js_truthy(&operand) ? VALUE_FALSE : VALUE_TRUE);
	else if (operand.type == VALUE_BIGINT && t.punct[0] == '-')
		js_bigint_negate(v, &operand);
	else if (operand.type == VALUE_BIGINT && t.punct[0] == '+')
		throw_error(p, LITERAL_TYPE,
		    "Cannot convert a BigInt value to a number");
	else if (operand.type == VALUE_BIGINT)
		throw_error(p, LITERAL_UNSUPPORTED, "ipcsim does not evaluate "
		    "~ of a BigInt");
	else {
		/* -x is x * -1 (-0 for 0), +x is x * 1, ~x is x ^ -1. */
		value_number(&k, t.punct[0] == '+' ? 1 : -1);
		if ((ret = js_binary(v, t.punct[0] == '~' ? "^" : "*",
		    &operand, &k, &err)) != JS_OK)
			operator_failed(p, ret, err, v);
	}
	value_free(&operand);
	return (0);
}

/* The binary operators by precedence, loosest first; ** binds from the right. */
static const struct {
	const char	*op;
	int		 prec;
} binary_ops[] = {
	{ "??", 1 }, { "||", 1 }, { "&&", 2 }, { "|", 3 }, { "^", 4 },
	{ "&", 5 }, { "===", 6 }, { "!==", 6 }, { "==", 6 }, { "!=", 6 },
	{ "<=", 7 }, { ">=", 7 }, { "<", 7 }, { ">", 7 }, { ">>>", 8 },
	{ "<<", 8 }, { ">>", 8 }, { "+", 9 }, { "-", 9 }, { "*", 10 },
	{ "/", 10 }, { "%", 10 }, { "**", 11 },
};

/* The relational operators that are words. */
static const char *const relations[] = { "in", "instanceof" };

/* The precedence of the binary operator t, or 0. */
static int
binary_prec(const struct token *t)
{
	size_t	 i;

	if (t->type != TOK_PUNCT || strchr("?|&^=!<>+-*/%", t->punct[0]) == NULL)
		return (0);
	for (i = 0; i < sizeof binary_ops / sizeof binary_ops[0]; i++) {
		if (is_punct(t, binary_ops[i].op))
			return (binary_ops[i].prec);
	}
	return (0);
}

/*
 * Operators of at least precedence min after a unary operand, evaluated
 * left to right (** right to left).  && || ?? evaluate their right side
 * only when it decides: otherwise it is parsed and nothing it does counts.
 */
static int
parse_binary(struct parser *p, int min, struct value *v)
{
	struct token	 t;
	struct value	 rhs, r;
	const char	*err;
	int		 prec, ret, skip, mix, logical = 0;

	if (parse_unary(p, v) == -1)
		return (-1);
	for (;;) {
		if (p->closed == p->pos + 1)
			return (0);
		peek(p, &t);
		if (t.type == TOK_IDENT && min <= 7 && (word_in(relations, 2,
		    p->s + t.start, t.end - t.start)) && !(p->no_in ==
		    p->depth && is_word(p, &t, "in"))) {
			/* in, instanceof: of objects' prototypes and keys. */
			p->pos = t.end;
			if (parse_binary(p, 8, &rhs) == -1) {
				value_free(v);
				return (-1);
			}
			value_free(&rhs);
			throw_error(p, LITERAL_UNSUPPORTED, "ipcsim does not "
			    "evaluate %.*s", (int)(t.end - t.start),
			    p->s + t.start);
			p->ref = 0;	/* a in b = 1 assigns to nothing */
			continue;
		}
		if ((prec = binary_prec(&t)) == 0 || prec < min)
			return (0);
		/*
		 * ?? mixes with || and && only in parentheses: the expression
		 * ends before the other, where what surrounds it fails.
		 */
		mix = is_punct(&t, "??") ? 2 : is_punct(&t, "||") ||
		    is_punct(&t, "&&");
		if ((logical | mix) == 3)
			return (0);
		logical |= mix;
		p->pos = t.end;
		p->ref = 0;
		p->pattern = 0;
		skip = (is_punct(&t, "&&") && !js_truthy(v)) ||
		    (is_punct(&t, "||") && js_truthy(v)) ||
		    (is_punct(&t, "??") && v->type != VALUE_UNDEFINED &&
		    v->type != VALUE_NULL);
		p->skip += skip;
		ret = parse_binary(p, mix == 2 ? 3 : prec + (prec != 11), &rhs);
		p->skip -= skip;
		if (ret == -1) {
			value_free(v);
			return (-1);
		}
		if (t.punct[1] == t.punct[0] && strchr("&|?", t.punct[0]) !=
		    NULL) {
			/* The logical ones give one of their operands. */
			if (skip)
				value_free(&rhs);
			else {
				value_free(v);
				*v = rhs;
			}
			p->ref = 0;	/* nor a || b = 1 */
			continue;
		}
		if ((ret = js_binary(&r, t.punct, v, &rhs, &err)) != JS_OK)
			operator_failed(p, ret, err, &r);
		value_free(&rhs);
		value_free(v);
		*v = r;
		p->ref = 0;
	}
}

/* The longest array an assignment may make (a[i] = x, a.length = n): ipcsim's bound. */
#define ARRAY_MAX	65536

/* The constructor name of an object that is neither a plain object nor an array. */
static const char *
object_kind(const struct value *o)
{
	switch (o->type) {
	case VALUE_DATE:
		return ("Date");
	case VALUE_REGEXP:
		return ("RegExp");
	case VALUE_MAP:
		return ("Map");
	case VALUE_SET:
		return ("Set");
	case VALUE_ARRAY_BUFFER:
		return ("ArrayBuffer");
	case VALUE_TYPED_ARRAY:
		return (value_typed_kinds[o->kind].name);
	case VALUE_ERROR:
		return (value_error_names[o->kind]);
	default:
		return (global_name(o) != NULL ? global_name(o) : "function");
	}
}

/* Make array a n long: cut, or holes added (a.length = n). */
static void
array_resize(struct value *a, size_t n)
{
	while (a->count > n)
		value_free(&a->items[--a->count]);
	while (a->count < n)
		value_push(a)->type = VALUE_HOLE;
}

/*
 * a[key] = *val for an array: an index, or its length; what else an array
 * has ipcsim does not keep.  *val is taken.
 */
static void
array_put(struct parser *p, struct value *a, const struct value *key,
    struct value *val)
{
	long long	 i = key_index(key);
	double		 d;

	if (i == -1 && strcmp(key->str, "length") == 0) {
		d = js_to_number(val);
		value_free(val);
		if (d < 0 || d != trunc(d) || d > 4294967295.0)
			throw_error(p, LITERAL_RANGE, "Invalid array length");
		else if (d > ARRAY_MAX)
			throw_error(p, LITERAL_UNSUPPORTED, "ipcsim does not "
			    "evaluate arrays longer than %d", ARRAY_MAX);
		else
			array_resize(a, (size_t)d);
		return;
	}
	if (i == -1)
		throw_error(p, LITERAL_UNSUPPORTED, "ipcsim does not evaluate "
		    "properties of an array other than its indices and length");
	else if (i >= ARRAY_MAX)
		throw_error(p, LITERAL_UNSUPPORTED, "ipcsim does not evaluate "
		    "arrays longer than %d", ARRAY_MAX);
	if (i == -1 || i >= ARRAY_MAX) {
		value_free(val);
		return;
	}
	if ((size_t)i >= a->count)
		array_resize(a, (size_t)i + 1);
	value_free(&a->items[i]);
	a->items[i] = *val;
}

/*
 * PutValue: write *val (the assignment's value, left shared if it is an
 * object) to what t names, as sloppy mode does: a global, a property of a
 * shared object, a typed array's element, nothing for a primitive or a
 * constant, V8's TypeError for null and undefined.
 */
static void
assign(struct parser *p, const struct target *t, struct value *val)
{
	struct value	*o, copy;
	char		 msg[sizeof p->thrown_msg];
	long long	 i;
	int		 r;

	if (p->skip > 0 || t->kind == TARGET_NONE ||
	    t->kind == TARGET_CONSTANT || t->kind == TARGET_CALL)
		return;
	if (p->heap == NULL)
		p->heap = value_heap_new();
	value_share(p->heap, val);
	if (t->kind == TARGET_NAME) {
		binding_set(p, p->s + t->start, t->len, val);
		return;
	}
	o = (struct value *)value_deref(&t->base);
	if (o->type == VALUE_UNDEFINED || o->type == VALUE_NULL) {
		throw_error(p, LITERAL_TYPE, "Cannot set properties of %s "
		    "(setting '%s')", o->type == VALUE_NULL ? "null" :
		    "undefined", t->key.str);
		return;
	}
	if (!js_is_object(o))
		return;		/* a primitive's property: nothing is kept */
	if (o->type == VALUE_TYPED_ARRAY && (i = key_index(&t->key)) != -1) {
		/* An element, converted; past the end nothing is stored. */
		if ((size_t)i < value_typed_length(o) && (r =
		    builtin_typed_set(o, (size_t)i, val, msg, sizeof msg)) !=
		    LITERAL_OK)
			throw_error(p, r, "%s", msg);
		return;
	}
	if ((o->type != VALUE_OBJECT && o->type != VALUE_ARRAY) ||
	    o->kind != 0) {
		throw_error(p, LITERAL_UNSUPPORTED, "ipcsim does not evaluate "
		    "assignments to the properties of %s%s", global_name(o) !=
		    NULL ? "" : "a ", object_kind(o));
		return;
	}
	if (t->base.type != VALUE_REF)
		return;		/* an object no one else holds: nothing sees it */
	if (o->type == VALUE_OBJECT && strcmp(t->key.str, "__proto__") == 0) {
		throw_error(p, LITERAL_UNSUPPORTED, "ipcsim does not evaluate "
		    "assignments to __proto__");
		return;
	}
	value_copy(&copy, val);
	if (o->type == VALUE_ARRAY)
		array_put(p, o, &t->key, &copy);
	else {
		object_put(o, t->key.str, t->key.len, &copy);
		object_order_keys(o);
	}
}

/*
 * ++ or -- (inc says which), prefix or postfix, on what the reference
 * just parsed names, v its value: the write, and in v the new value
 * (prefix) or the old one as ToNumeric made it (postfix).
 */
static void
parse_update(struct parser *p, int inc, int prefix, struct value *v)
{
	struct target	 target = p->target;
	struct value	 old, one, r;
	const char	*err;
	int		 ret;

	p->target.kind = TARGET_NONE;
	if (target.kind == TARGET_CALL)
		throw_error(p, LITERAL_REFERENCE, "Invalid left-hand side "
		    "expression in %s operation", prefix ? "prefix" : "postfix");
	if (value_deref(v)->type == VALUE_BIGINT) {
		value_copy(&old, value_deref(v));
		value_bigint(&one, "1", 1);
	} else {
		value_number(&old, js_to_number(v));
		value_number(&one, 1);
	}
	value_free(v);
	if ((ret = js_binary(&r, inc ? "+" : "-", &old, &one, &err)) != JS_OK)
		operator_failed(p, ret, err, &r);
	value_free(&one);
	assign(p, &target, &r);
	target_clear(&target);
	if (prefix) {
		value_free(&old);
		*v = r;
	} else {
		value_free(&r);
		*v = old;
	}
	p->ref = 0;
}

/* Whether t is an assignment operator: = and the compound ones (+= ... ??=). */
static int
assignment_op(const struct token *t)
{
	size_t	 n = strlen(t->punct);

	return (t->type == TOK_PUNCT && t->punct[n - 1] == '=' && (n == 1 ||
	    (t->punct[0] != '=' && binary_prec(t) == 0)));
}

/*
 * After a reference and an assignment operator t: its right side, the
 * write and the value (in v, which holds what the reference read).  The
 * logical ones (&&= ||= ??=) evaluate and write only when they decide.
 */
static int
parse_assignment(struct parser *p, const struct token *t, struct value *v)
{
	struct target	 target = p->target;
	struct value	 rhs, r;
	char		 op[5];
	const char	*err;
	int		 ret, skip = 0, logical;

	p->target.kind = TARGET_NONE;
	if (target.kind == TARGET_CALL)
		throw_error(p, LITERAL_REFERENCE,
		    "Invalid left-hand side in assignment");
	snprintf(op, sizeof op, "%.*s", (int)strlen(t->punct) - 1, t->punct);
	logical = strcmp(op, "&&") == 0 || strcmp(op, "||") == 0 ||
	    strcmp(op, "??") == 0;
	if (logical)
		skip = (op[0] == '&' && !js_truthy(v)) || (op[0] == '|' &&
		    js_truthy(v)) || (op[0] == '?' && v->type !=
		    VALUE_UNDEFINED && v->type != VALUE_NULL);
	p->skip += skip;
	ret = parse_expr(p, &rhs);
	p->skip -= skip;
	if (ret == -1) {
		target_clear(&target);
		value_free(v);
		return (-1);
	}
	if (skip)
		value_free(&rhs);
	else if (op[0] == '\0' || logical) {
		value_free(v);
		*v = rhs;
	} else {
		if ((ret = js_binary(&r, op, v, &rhs, &err)) != JS_OK)
			operator_failed(p, ret, err, &r);
		value_free(&rhs);
		value_free(v);
		*v = r;
	}
	if (!skip)
		assign(p, &target, v);
	target_clear(&target);
	p->ref = 0;
	return (0);
}

static int	assign_pattern(struct parser *);

/*
 * Whether what was just parsed, a reference, is eval or arguments in
 * strict mode code, which may not be assigned to: V8's text recorded.
 */
static int
strict_target(struct parser *p)
{
	if (!p->body.strict || p->target.kind != TARGET_NAME ||
	    !eval_or_arguments(p, p->target.start, p->target.len))
		return (0);
	parse_fail(p, "Unexpected eval or arguments in strict mode");
	return (1);
}

/*
 * One target of a destructuring assignment's pattern, and its default if
 * with_default: a pattern again, or what a plain assignment may write
 * (a name, a member; not a call), as V8 reads the text again.
 */
static int
assign_target(struct parser *p, int with_default)
{
	struct token	 t;
	struct value	 v;
	size_t		 at = p->pos;
	int		 r, nested = 0;

	peek(p, &t);
	if (is_punct(&t, "[") || is_punct(&t, "{")) {
		/* A literal with nothing after it is a pattern: [{}.x] is not. */
		p->pos = t.end;
		if (skip_balanced(p, t.punct, is_punct(&t, "[") ? "]" : "}") ==
		    0) {
			peek(p, &t);
			nested = is_punct(&t, ",") || is_punct(&t, "]") ||
			    is_punct(&t, "}") || is_punct(&t, "=");
		}
		p->pos = at;
	}
	if (nested)
		r = assign_pattern(p);
	else {
		p->ref = 0;
		p->assign_at = t.start + 1;	/* an arrow, which is no target */
		r = parse_binary(p, 1, &v);
		if (r == 0)
			value_free(&v);
		if (r == 0 && (!p->ref || p->target.kind == TARGET_CALL ||
		    p->closed == p->pos + 1 || (p->body.strict &&
		    p->target.kind == TARGET_NAME && eval_or_arguments(p,
		    p->target.start, p->target.len)))) {
			parse_fail(p, "Invalid destructuring assignment target");
			r = -1;
		}
	}
	if (r == -1)
		return (-1);
	peek(p, &t);
	if (!with_default || !is_punct(&t, "="))
		return (0);
	p->pos = t.end;
	return (check_expr(p, 0));
}

/*
 * The array or object literal at p->pos as the pattern of a destructuring
 * assignment: each element a target, a rest element last, an object's
 * rest a name or a member.
 */
static int
assign_pattern(struct parser *p)
{
	struct token	 t;
	struct value	 key;
	size_t		 key_len;
	int		 array, shorthand, computed, next_is, r = -1;

	if (++p->depth >= VALUE_MAX_DEPTH) {
		parse_fail(p, "Maximum nesting depth exceeded");
		p->depth--;
		return (-1);
	}
	peek(p, &t);
	p->pos = t.end;
	array = is_punct(&t, "[");
	for (;;) {
		if ((next_is = pattern_next(p, array, "`...` must be followed "
		    "by an assignable reference in assignment contexts")) <=
		    PATTERN_END) {
			r = next_is;
			break;
		}
		peek(p, &t);
		if (next_is == PATTERN_REST) {
			if (assign_target(p, 0) == -1 ||
			    pattern_rest_last(p, array) == -1)
				break;
			continue;
		}
		if (!array && is_punct(&t, "*")) {
			parse_fail(p, "Invalid destructuring assignment target");
			break;
		}
		if (!array) {
			if (parse_key(p, &key, &shorthand, &computed) == -1)
				break;
			key_len = key.len;
			value_free(&key);
			peek(p, &t);
			if (shorthand && !computed && !is_punct(&t, "=") &&
			    !is_punct(&t, ",") && !is_punct(&t, "}")) {
				/* {m() {}}, {get x() {}}: no target. */
				parse_fail(p, "Invalid destructuring assignment "
				    "target");
				break;
			}
			if (shorthand && !computed && p->body.strict &&
			    eval_or_arguments(p, p->pos - key_len, key_len)) {
				parse_fail(p, "Unexpected eval or arguments in "
				    "strict mode");
				break;
			}
			if (shorthand && !computed) {
				if (is_punct(&t, "=")) {
					p->pos = t.end;
					if (check_expr(p, 0) == -1)
						break;
				}
			} else if (expect(p, ":") == -1 ||
			    assign_target(p, 1) == -1)
				break;
		} else if (assign_target(p, 1) == -1)
			break;
		peek(p, &t);
		if (is_punct(&t, ","))
			p->pos = t.end;
	}
	p->depth--;
	return (r);
}

/*
 * The literal from start to end, just parsed as a value, is the pattern
 * of a destructuring assignment: read it again as one, for V8's errors,
 * and its {a = 1} are a pattern's.  A pattern in a pattern's default was
 * checked when the text was first read.
 */
int
check_pattern(struct parser *p, size_t start, size_t end)
{
	int	 r = 0;

	if (p->cover_init > start)
		p->cover_init = 0;
	if (p->repeating > 0)
		return (0);
	p->pos = start;
	p->skip++;
	p->repeating++;
	r = assign_pattern(p);
	p->repeating--;
	p->skip--;
	p->pos = end;
	return (r);
}

/*
 * One expression (an assignment expression, in the grammar's words): a
 * conditional a ? b : c over the binary operators, of which only the
 * branch taken counts.  Nesting is bounded by VALUE_MAX_DEPTH.
 */
int
parse_expr(struct parser *p, struct value *v)
{
	struct token	 t;
	struct value	 branch[2];
	size_t		 start;
	int		 r, cond, element, no_in;

	if (++p->depth >= VALUE_MAX_DEPTH) {
		/* ipcsim's own limit: encoded values nest at most this deep. */
		parse_fail(p, "Maximum nesting depth exceeded");
		p->depth--;
		return (-1);
	}
	element = p->element;
	p->element = 0;
	peek(p, &t);
	start = t.start;
	p->assign_at = start + 1;
	r = parse_binary(p, 1, v);
	p->depth--;
	if (r == -1)
		return (-1);
	peek(p, &t);
	if (is_punct(&t, "=") && !p->ref && p->pattern == start + 1) {
		/* Its names are written, not read: what reading them threw does not count. */
		if (p->thrown != 0 && p->thrown_at >= start)
			p->thrown = 0;
		if (check_pattern(p, start, p->pos) == -1) {
			value_free(v);
			return (-1);
		}
		throw_error(p, LITERAL_UNSUPPORTED, "ipcsim does not evaluate "
		    "destructuring assignments");
		p->pos = t.end;
		value_free(v);
		if (parse_expr(p, v) == -1)
			return (-1);
		p->ref = 0;	/* ([a] = o) = 2 */
		target_clear(&p->target);
		return (0);
	}
	if (p->closed == p->pos + 1)
		return (0);	/* () => {} = 1, () => {} ? a : b */
	if (assignment_op(&t) && (!p->ref || strict_target(p))) {
		parse_fail(p, "Invalid left-hand side in assignment");
		p->fail_at = start;	/* V8's error is the left side's */
		value_free(v);
		return (-1);
	}
	/*
	 * {a = 1} is a pattern's, not a value: an array's or an object's
	 * element that is only a literal may still be in a pattern; a call's
	 * argument is checked when its list is whole (cover_args).
	 */
	if (p->cover_init > start && !(p->pattern == start + 1 && ((element &&
	    (is_punct(&t, ",") || is_punct(&t, "]") || is_punct(&t, "}") ||
	    is_punct(&t, ")"))) || element == 2 ||
	    (p->no_in == p->depth + 1 && (is_word(p, &t, "of") ||
	    is_word(p, &t, "in")))))) {
		parse_fail(p, "Invalid shorthand property initializer");
		value_free(v);
		return (-1);
	}
	if (assignment_op(&t)) {
		p->pos = t.end;
		return (parse_assignment(p, &t, v));
	}
	if (!is_punct(&t, "?"))
		return (0);
	p->pos = t.end;
	cond = js_truthy(v);
	value_free(v);
	p->skip += !cond;
	no_in = p->no_in;
	p->no_in = 0;		/* for (a ? b in c : d;;) */
	r = parse_expr(p, &branch[0]);
	p->no_in = no_in;
	p->skip -= !cond;
	if (r == -1)
		return (-1);
	if (expect(p, ":") == -1) {
		value_free(&branch[0]);
		return (-1);
	}
	p->skip += cond;
	r = parse_expr(p, &branch[1]);
	p->skip -= cond;
	if (r == -1) {
		value_free(&branch[0]);
		return (-1);
	}
	*v = branch[!cond];
	value_free(&branch[cond]);
	p->ref = 0;		/* (a ? b : c) = 1 writes nothing */
	p->pattern = 0;
	return (0);
}

/*
 * The whole argument list: values separated by commas, a trailing comma
 * allowed.  A line comment at the end hides the call's ')': after a value
 * V8 misses it, after a comma it meets the handler's '}'.
 */
static int
parse_args(struct parser *p, struct value *args)
{
	struct token	 t;

	for (;;) {
		peek(p, &t);
		if (t.type == TOK_END)
			break;
		if (parse_element(p, args, 1) == -1)
			return (-1);
		peek(p, &t);
		if (t.type == TOK_END && t.comment_open == 2) {
			parse_fail(p, "missing ) after argument list");
			return (-1);
		}
		if (t.type == TOK_END)
			break;
		if (!is_punct(&t, ",")) {
			if (is_punct(&t, ")") || (is_punct(&t, "=>") &&
			    !newline_before(p, &t)) || t.type == TOK_INVALID)
				unexpected(p, &t);
			else
				parse_fail(p, "missing ) after argument list");
			return (-1);
		}
		p->pos = t.end;
	}
	if (t.comment_open) {
		unexpected(p, &t);
		return (-1);
	}
	return (cover_args(p, 0));
}

/*
 * Whether the clone can take v, depth levels in: LITERAL_UNCLONEABLE for
 * a function or a Symbol, LITERAL_UNSUPPORTED (msg says why) past the
 * depth the wire carries, as the encoder walks it (a shared object once).
 */
static int
clone_check(const struct value *v, struct value_ids *seen, int depth,
    char *msg, size_t msgsize)
{
	size_t	 i;
	int	 fresh, r;

	if (v->type == VALUE_REF) {
		value_ids_get(seen, v->ref, &fresh);
		if (!fresh)
			return (LITERAL_OK);
		v = v->ref;
	}
	if (v->type == VALUE_FUNCTION || v->type == VALUE_SYMBOL)
		return (LITERAL_UNCLONEABLE);
	if (v->type != VALUE_ARRAY && v->type != VALUE_OBJECT &&
	    v->type != VALUE_MAP && v->type != VALUE_SET)
		return (LITERAL_OK);
	if (depth >= VALUE_MAX_DEPTH) {
		snprintf(msg, msgsize, "ipcsim does not evaluate values nested "
		    "deeper than %d levels", VALUE_MAX_DEPTH);
		return (LITERAL_UNSUPPORTED);
	}
	for (i = 0; i < v->count; i++) {
		if ((r = clone_check(&v->items[i], seen, depth + 1, msg,
		    msgsize)) != LITERAL_OK)
			return (r);
	}
	return (LITERAL_OK);
}

/* Free what evaluating the text made besides the arguments: the globals, the reference, the bodies' names. */
static void
parser_free(struct parser *p)
{
	size_t	 i;

	for (i = 0; i < p->nvars; i++) {
		free(p->vars[i].name);
		value_free(&p->vars[i].value);
	}
	free(p->vars);
	free(p->labels);
	free(p->names);
	free(p->privates);
	free(p->uses);
	target_clear(&p->target);
}

/*
 * Parse len bytes of text as the arguments of a call.  On LITERAL_OK *args is
 * an array of the values; otherwise *args is undefined and msg says why.
 */
int
literal_parse_args(const char *text, size_t len, struct value *args,
    char *msg, size_t msgsize)
{
	return (literal_parse_page(text, len, NULL, args, msg, msgsize));
}

/*
 * The same for a text that stands in the page's renderer.js at origin
 * (its first character's line and column): the Errors it makes have the
 * frame of the button's handler at the place they are made.
 */
int
literal_parse_page(const char *text, size_t len,
    const struct literal_origin *origin, struct value *args, char *msg,
    size_t msgsize)
{
	struct parser	 p;
	struct value_ids seen;
	int		 r;

	memset(&p, 0, sizeof p);
	p.origin = origin;
	p.s = text;
	p.len = len;
	p.msg = msg;
	p.msgsize = msgsize;
	if (msgsize > 0)
		msg[0] = '\0';
	value_init(args, VALUE_ARRAY);
	r = parse_args(&p, args);
	parser_free(&p);
	/* The arguments own the objects the text shares. */
	args->heap = p.heap;
	if (r == -1 || p.failed) {
		value_free(args);
		if (!p.failed)
			parse_fail(&p, "Invalid or unexpected token");
		return (LITERAL_SYNTAX);
	}
	/* Arguments are evaluated before send clones them. */
	if (p.thrown != 0) {
		value_free(args);
		snprintf(msg, msgsize, "%s", p.thrown_msg);
		return (p.thrown);
	}
	value_ids_init(&seen);
	r = clone_check(args, &seen, 0, msg, msgsize);
	value_ids_free(&seen);
	if (r != LITERAL_OK) {
		value_free(args);
		if (r == LITERAL_UNCLONEABLE)
			snprintf(msg, msgsize, "An object could not be cloned.");
		return (r);
	}
	return (LITERAL_OK);
}
