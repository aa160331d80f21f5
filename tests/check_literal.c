/* The argument parser: values, and V8's own messages for what Chrome would refuse. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "helpers.h"
#include "literal.h"
#include "suites.h"

/* Text, the code it gives, and the message (V8's, checked with Node). */
static const struct {
	const char	*text;
	int		 code;
	const char	*msg;
} error_cases[] = {
	{ "1, 2,,", LITERAL_SYNTAX, "Unexpected token ','" },
	{ ",1", LITERAL_SYNTAX, "Unexpected token ','" },
	{ "1 2", LITERAL_SYNTAX, "missing ) after argument list" },
	{ "1 ]", LITERAL_SYNTAX, "missing ) after argument list" },
	{ "true false", LITERAL_SYNTAX, "missing ) after argument list" },
	{ "1.5.3", LITERAL_SYNTAX, "missing ) after argument list" },
	{ "(1", LITERAL_SYNTAX, "missing ) after argument list" },
	{ "[1 2]", LITERAL_SYNTAX, "Unexpected number" },
	{ "[1 'a']", LITERAL_SYNTAX, "Unexpected string" },
	{ "{a: 1 b: 2}", LITERAL_SYNTAX, "Unexpected identifier 'b'" },
	{ "[1 true]", LITERAL_SYNTAX, "Unexpected token 'true'" },
	{ "{a:}", LITERAL_SYNTAX, "Unexpected token '}'" },
	{ "()", LITERAL_SYNTAX, "Unexpected token ')'" },
	{ "[1,", LITERAL_SYNTAX, "Unexpected token ')'" },
	{ "1)", LITERAL_SYNTAX, "Unexpected token ')'" },
	{ "'abc", LITERAL_SYNTAX, "Invalid or unexpected token" },
	{ "'a\nb'", LITERAL_SYNTAX, "Invalid or unexpected token" },
	{ "3in", LITERAL_SYNTAX, "Invalid or unexpected token" },
	{ "0x", LITERAL_SYNTAX, "Invalid or unexpected token" },
	{ "@", LITERAL_SYNTAX, "Invalid or unexpected token" },
	{ "/*", LITERAL_SYNTAX, "Invalid or unexpected token" },
	{ "\xff", LITERAL_SYNTAX, "Invalid or unexpected token" },
	{ "'\\x4'", LITERAL_SYNTAX, "Invalid hexadecimal escape sequence" },
	{ "'\\u12'", LITERAL_SYNTAX, "Invalid Unicode escape sequence" },
	/* Numeric separators and BigInt literals, as V8 scans them. */
	{ "1__0", LITERAL_SYNTAX,
	    "Only one underscore is allowed as numeric separator" },
	{ "1_", LITERAL_SYNTAX,
	    "Numeric separators are not allowed at the end of numeric literals" },
	{ "1_e3", LITERAL_SYNTAX,
	    "Numeric separators are not allowed at the end of numeric literals" },
	{ "0x1_", LITERAL_SYNTAX,
	    "Numeric separators are not allowed at the end of numeric literals" },
	{ "0_1", LITERAL_SYNTAX,
	    "Numeric separator can not be used after leading 0." },
	{ "1__0n", LITERAL_SYNTAX,
	    "Only one underscore is allowed as numeric separator" },
	{ "0x_1", LITERAL_SYNTAX, "Invalid or unexpected token" },
	{ "1._5", LITERAL_SYNTAX, "Invalid or unexpected token" },
	{ "07_1", LITERAL_SYNTAX, "Invalid or unexpected token" },
	{ "07.5", LITERAL_SYNTAX, "missing ) after argument list" },
	{ "1.5n", LITERAL_SYNTAX, "Invalid or unexpected token" },
	{ "1e3n", LITERAL_SYNTAX, "Invalid or unexpected token" },
	{ "01n", LITERAL_SYNTAX, "Invalid or unexpected token" },
	{ "08n", LITERAL_SYNTAX, "Invalid or unexpected token" },
	{ "1n_", LITERAL_SYNTAX, "Invalid or unexpected token" },
	{ "0xn", LITERAL_SYNTAX, "Invalid or unexpected token" },
	{ "+1n", LITERAL_TYPE, "Cannot convert a BigInt value to a number" },
	{ "x, +1n", LITERAL_REFERENCE, "x is not defined" },
	{ "+1n, (", LITERAL_SYNTAX, "Unexpected token ')'" },
	/*
	 * The constructors and regular expression literals: V8's errors,
	 * early (a literal's) and thrown (a constructor's).
	 */
	{ "new RegExp('a', 'gg')", LITERAL_SYNTAX,
	    "Invalid flags supplied to RegExp constructor 'gg'" },
	{ "new RegExp('(')", LITERAL_SYNTAX,
	    "Invalid regular expression: /(/: Unterminated group" },
	{ "new RegExp('(', 'g')", LITERAL_SYNTAX,
	    "Invalid regular expression: /(/g: Unterminated group" },
	{ "new Map([1])", LITERAL_TYPE,
	    "Iterator value 1 is not an entry object" },
	{ "new Map('ab')", LITERAL_TYPE,
	    "Iterator value a is not an entry object" },
	{ "new Map(1)", LITERAL_TYPE,
	    "number 1 is not iterable (cannot read property "
	    "Symbol(Symbol.iterator))" },
	{ "new Map({})", LITERAL_TYPE,
	    "object is not iterable (cannot read property "
	    "Symbol(Symbol.iterator))" },
	{ "new Set(1)", LITERAL_TYPE,
	    "number 1 is not iterable (cannot read property "
	    "Symbol(Symbol.iterator))" },
	{ "new Set({})", LITERAL_TYPE,
	    "object is not iterable (cannot read property "
	    "Symbol(Symbol.iterator))" },
	{ "Map()", LITERAL_TYPE,
	    "Constructor Map requires 'new'" },
	{ "Set([1])", LITERAL_TYPE,
	    "Constructor Set requires 'new'" },
	{ "Uint8Array(2)", LITERAL_TYPE,
	    "Constructor Uint8Array requires 'new'" },
	{ "ArrayBuffer(2)", LITERAL_TYPE,
	    "Constructor ArrayBuffer requires 'new'" },
	{ "new ArrayBuffer(-1)", LITERAL_RANGE,
	    "Invalid array buffer length" },
	{ "new Uint8Array(-1)", LITERAL_RANGE,
	    "Invalid typed array length: -1" },
	{ "new BigInt64Array([1])", LITERAL_TYPE,
	    "Cannot convert 1 to a BigInt" },
	{ "new Uint8Array([1n])", LITERAL_TYPE,
	    "Cannot convert a BigInt value to a number" },
	{ "new Uint16Array(new ArrayBuffer(3))", LITERAL_RANGE,
	    "byte length of Uint16Array should be a multiple of 2" },
	{ "/(/", LITERAL_SYNTAX,
	    "Invalid regular expression: /(/: Unterminated group" },
	{ "/(/g", LITERAL_SYNTAX,
	    "Invalid regular expression: /(/g: Unterminated group" },
	{ "/)/", LITERAL_SYNTAX,
	    "Invalid regular expression: /)/: Unmatched ')'" },
	{ "/a/gg", LITERAL_SYNTAX,
	    "Invalid regular expression flags" },
	{ "/a/x", LITERAL_SYNTAX,
	    "Invalid regular expression flags" },
	{ "/a/uv", LITERAL_SYNTAX,
	    "Invalid regular expression flags" },
	{ "/a", LITERAL_SYNTAX,
	    "Invalid regular expression: missing /" },
	{ "/[/", LITERAL_SYNTAX,
	    "Invalid regular expression: missing /" },
	{ "/a{2,1}/", LITERAL_SYNTAX,
	    "Invalid regular expression: /a{2,1}/: numbers out of order in {} "
	    "quantifier" },
	{ "/(?<a>x)(?<a>y)/", LITERAL_SYNTAX,
	    "Invalid regular expression: /(?<a>x)(?<a>y)/: Duplicate capture "
	    "group name" },
	{ "/a|*/", LITERAL_SYNTAX,
	    "Invalid regular expression: /a|*/: Nothing to repeat" },
	{ "/+/", LITERAL_SYNTAX,
	    "Invalid regular expression: /+/: Nothing to repeat" },
	{ "/?/", LITERAL_SYNTAX,
	    "Invalid regular expression: /?/: Nothing to repeat" },
	{ "/x**/", LITERAL_SYNTAX,
	    "Invalid regular expression: /x**/: Nothing to repeat" },
	{ "/(?x)/", LITERAL_SYNTAX,
	    "Invalid regular expression: /(?x)/: Invalid group" },
	{ "/(?<n/", LITERAL_SYNTAX,
	    "Invalid regular expression: /(?<n/: Invalid capture group name" },
	{ "/]/u", LITERAL_SYNTAX,
	    "Invalid regular expression: /]/u: Lone quantifier brackets" },
	{ "/}/u", LITERAL_SYNTAX,
	    "Invalid regular expression: /}/u: Lone quantifier brackets" },
	{ "/{/u", LITERAL_SYNTAX,
	    "Invalid regular expression: /{/u: Lone quantifier brackets" },
	{ "/^*/", LITERAL_SYNTAX,
	    "Invalid regular expression: /^*/: Nothing to repeat" },
	{ "/\\b*/", LITERAL_SYNTAX,
	    "Invalid regular expression: /\\b*/: Nothing to repeat" },
	{ "/(?<=a)*/", LITERAL_SYNTAX,
	    "Invalid regular expression: /(?<=a)*/: Invalid quantifier" },
	{ "/[z-a]/", LITERAL_SYNTAX,
	    "Invalid regular expression: /[z-a]/: Range out of order in "
	    "character class" },
	{ "/(?<1a>x)/", LITERAL_SYNTAX,
	    "Invalid regular expression: /(?<1a>x)/: Invalid capture group "
	    "name" },
	{ "/a+?*/", LITERAL_SYNTAX,
	    "Invalid regular expression: /a+?*/: Nothing to repeat" },
	{ "/x{1}{2}/", LITERAL_SYNTAX,
	    "Invalid regular expression: /x{1}{2}/: Nothing to repeat" },
	{ "/(?i:a)/", LITERAL_SYNTAX,
	    "Invalid regular expression: /(?i:a)/: Invalid group" },
	{ "max(1)", LITERAL_REFERENCE,
	    "max is not defined" },
	{ "new Set(true)", LITERAL_TYPE,
	    "boolean true is not iterable (cannot read property "
	    "Symbol(Symbol.iterator))" },
	{ "new Set(1n)", LITERAL_TYPE,
	    "bigint is not iterable (cannot read property "
	    "Symbol(Symbol.iterator))" },
	{ "new Set(new Date(0))", LITERAL_TYPE,
	    "object is not iterable (cannot read property "
	    "Symbol(Symbol.iterator))" },
	{ "foo", LITERAL_REFERENCE, "foo is not defined" },
	{ "{x}", LITERAL_REFERENCE, "x is not defined" },
	{ "() => 1, y", LITERAL_REFERENCE, "y is not defined" },
	{ "() => 1", LITERAL_UNCLONEABLE, "An object could not be cloned." },
	{ "x => x + 1", LITERAL_UNCLONEABLE, "An object could not be cloned." },
	{ "(a, b) => { return a }", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "function () {}", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "[function f(a) { return [a] }]", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "async () => 1", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "{a: Symbol('x')}", LITERAL_UNCLONEABLE,
	    "An object could not be cloned." },
	{ "Symbol", LITERAL_UNCLONEABLE, "An object could not be cloned." },
	{ "1 + 2", LITERAL_SYNTAX,
	    "Unsupported operator '+' (ipcsim takes literals only)" },
	{ "max(1)", LITERAL_REFERENCE, "max is not defined" },
	{ "parseInt('1')", LITERAL_UNSUPPORTED,
	    "ipcsim does not evaluate parseInt(...)" },
};

/* Text and what console.log prints for the parsed arguments in Node. */
static const struct {
	const char	*text;
	const char	*printed;
} value_cases[] = {
	{ "", "" },
	{ "  \t\n ", "" },
	{ "1, 2,", "1 2" },
	{ "0x1F, 0o17, 0b101, 017, 08, .5, 5., 1_000, 1e3, 2E-7",
	    "31 15 5 15 8 0.5 5 1000 1000 2e-7" },
	{ "-0, +1, -Infinity, -NaN, - 5", "-0 1 -Infinity NaN -5" },
	{ "1_0n, 0x1_Fn, 0o17n, 0b101n, 0n, -0n, -(-5n), +[1n]",
	    "10n 31n 15n 5n 0n 0n 5n 1" },
	{ "123456789012345678901234567890n, 0x1fffffffffffffffffffffn",
	    "123456789012345678901234567890n 38685626227668133590597631n" },
	{ "!0n, !1n, {1n: 2, 0x10n: 3, 1e3: 4}",
	    "true false { '1': 2, '16': 3, '1000': 4 }" },
	{ "1_000_000.5_5e1_0, 1e3_0, 09.5, 0.5_1, 0xFFFFFFFFFFFFFFFFF",
	    "10000005500000000 1e+30 9.5 0.51 295147905179352830000" },
	{ "-'5', +[], -[7], +{}, !0, !'', -null, +true",
	    "-5 0 -7 NaN true true -0 1" },
	{ "'\\n\\t\\\\', \"\\x41\\u0042\\u{43}\", ['\\0']",
	    "\n\t\\ ABC [ '\\x00' ]" },
	{ "'\\uD83D\\uDE00', '\\u{1F600}', '\\q'",
	    "\xf0\x9f\x98\x80 \xf0\x9f\x98\x80 q" },
	{ "'a\\\nb', `t`", "ab t" },
	/* A hole stays a hole; a trailing comma makes none. */
	{ "[1, , 2], [1,]", "[ 1, <1 empty item>, 2 ] [ 1 ]" },
	{ "[1, , ], [, , 3]", "[ 1, <1 empty item> ] [ <2 empty items>, 3 ]" },
	{ "{a: 1, a: 2, b: 3}", "{ a: 2, b: 3 }" },
	{ "{1: 'x', 'b c': 2, true: 3,}", "{ '1': 'x', 'b c': 2, true: 3 }" },
	{ "(1, 2), ((3))", "2 3" },
	{ "/* c */ 1, // d\n 2", "1 2" },
	{ "\xc2\xa0" "1", "1" },
};

/* Each error case gives its code and exactly V8's message. */
START_TEST(test_errors)
{
	struct value	 args;
	char		 msg[128];

	ck_assert_int_eq(literal_parse_args(error_cases[_i].text,
	    strlen(error_cases[_i].text), &args, msg, sizeof msg),
	    error_cases[_i].code);
	ck_assert_str_eq(msg, error_cases[_i].msg);
	ck_assert_int_eq(args.type, VALUE_UNDEFINED);
}
END_TEST

/* Each valid case parses to the values Node prints. */
START_TEST(test_values)
{
	struct value	 args;

	parse_ok(value_cases[_i].text, &args);
	assert_printed(args.items, args.count, value_cases[_i].printed);
	value_free(&args);
}
END_TEST

/* -0 keeps its sign; the length given bounds the text. */
START_TEST(test_negative_zero_and_length)
{
	struct value	 args;
	char		 msg[64];

	ck_assert_int_eq(literal_parse_args("-0, 9", 2, &args, msg,
	    sizeof msg), LITERAL_OK);
	ck_assert_uint_eq(args.count, 1);
	ck_assert(args.items[0].number == 0 && signbit(args.items[0].number));
	value_free(&args);
}
END_TEST

/* Nesting stops at VALUE_MAX_DEPTH, so what parses always encodes and decodes. */
START_TEST(test_depth)
{
	struct value	 args;
	char		 text[2 * VALUE_MAX_DEPTH + 8], msg[64];
	int		 n;

	for (n = VALUE_MAX_DEPTH - 2; n <= VALUE_MAX_DEPTH; n++) {
		memset(text, '[', (size_t)n);
		memset(text + n, ']', (size_t)n);
		text[2 * n] = '\0';
		if (n < VALUE_MAX_DEPTH) {
			ck_assert_int_eq(literal_parse_args(text, strlen(text),
			    &args, msg, sizeof msg), LITERAL_OK);
			value_free(&args);
		} else {
			ck_assert_int_eq(literal_parse_args(text, strlen(text),
			    &args, msg, sizeof msg), LITERAL_SYNTAX);
			ck_assert_str_eq(msg, "Maximum nesting depth exceeded");
		}
	}
}
END_TEST

Suite *
suite_literal(void)
{
	Suite	*s = suite_create("literal");
	TCase	*tc = tcase_create("parser");

	tcase_add_loop_test(tc, test_errors, 0,
	    sizeof error_cases / sizeof error_cases[0]);
	tcase_add_loop_test(tc, test_values, 0,
	    sizeof value_cases / sizeof value_cases[0]);
	tcase_add_test(tc, test_negative_zero_and_length);
	tcase_add_test(tc, test_depth);
	suite_add_tcase(s, tc);
	return (s);
}
