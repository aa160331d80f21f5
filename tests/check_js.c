/* JavaScript semantics: Number::toString, ToString, ToNumber, + and the seed's sum, as Node computes them. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "suites.h"
#include "buf.h"
#include "helpers.h"
#include "js.h"
#include "value.h"

/*
 * Build a value from a short spec, with value_init, value_number,
 * value_string, value_push and value_set: u, n, t and f are undefined, null,
 * true and false; #x is the number strtod reads from x (#-0, #nan, #inf);
 * 'text' is a string; [a b ...] an array; {k:v ...} an object.  Returns
 * where the spec continues.
 */
static const char *
build_at(struct value *v, const char *p)
{
	const char	*q;
	char		*end;

	while (*p == ' ')
		p++;
	switch (*p) {
	case 'u':
		value_init(v, VALUE_UNDEFINED);
		return (p + 1);
	case 'n':
		value_init(v, VALUE_NULL);
		return (p + 1);
	case 't':
		value_init(v, VALUE_TRUE);
		return (p + 1);
	case 'f':
		value_init(v, VALUE_FALSE);
		return (p + 1);
	case '#':
		value_number(v, strtod(p + 1, &end));
		ck_assert_ptr_ne(end, p + 1);
		return (end);
	case '\'':
		q = strchr(p + 1, '\'');
		ck_assert_ptr_nonnull(q);
		value_string(v, p + 1, (size_t)(q - p - 1));
		return (q + 1);
	case '[':
		value_init(v, VALUE_ARRAY);
		for (p++; *p == ' '; p++)
			continue;
		while (*p != ']') {
			p = build_at(value_push(v), p);
			while (*p == ' ')
				p++;
		}
		return (p + 1);
	case '{':
		value_init(v, VALUE_OBJECT);
		for (p++; *p == ' '; p++)
			continue;
		while (*p != '}') {
			q = strchr(p, ':');
			ck_assert_ptr_nonnull(q);
			p = build_at(value_set(v, p, (size_t)(q - p)), q + 1);
			while (*p == ' ')
				p++;
		}
		return (p + 1);
	}
	ck_abort_msg("bad spec at \"%s\"", p);
	return (NULL);
}

/* Build the value a whole spec describes. */
static void
build(struct value *v, const char *spec)
{
	const char	*end = build_at(v, spec);

	ck_assert_str_eq(end, "");
}

/* Whether two numbers are the same JavaScript value (Object.is). */
static int
same_number(double a, double b)
{
	if (isnan(a) || isnan(b))
		return (isnan(a) && isnan(b));
	return (a == b && signbit(a) == signbit(b));
}

/* v must be the string want, exactly, or the number num when want is NULL. */
static void
assert_result(const struct value *v, const char *want, double num)
{
	if (want != NULL) {
		ck_assert_int_eq(v->type, VALUE_STRING);
		ck_assert_uint_eq(v->len, strlen(want));
		ck_assert_str_eq(v->str, want);
	} else {
		ck_assert_int_eq(v->type, VALUE_NUMBER);
		ck_assert_msg(same_number(v->number, num),
		    "got %.17g, want %.17g", v->number, num);
	}
}

/* Numbers and what String(n) gives in Node. */
static const struct {
	double		 n;
	const char	*s;
} number_cases[] = {
	{ 0, "0" },
	{ -0.0, "0" },
	{ 1, "1" },
	{ -1, "-1" },
	{ 6, "6" },
	{ 0.1 + 0.2, "0.30000000000000004" },
	{ 1e21, "1e+21" },
	{ 1e20, "100000000000000000000" },
	{ 123e-20, "1.23e-18" },
	{ 1e-7, "1e-7" },
	{ 0.000001, "0.000001" },
	{ 1.5e-7, "1.5e-7" },
	{ NAN, "NaN" },
	{ INFINITY, "Infinity" },
	{ -INFINITY, "-Infinity" },
	{ 5e-324, "5e-324" },
	{ 1.7976931348623157e308, "1.7976931348623157e+308" },
	{ 123456789012345680000.0, "123456789012345680000" },
	{ 0.1, "0.1" },
	{ 100, "100" },
	{ 1.0 / 3, "0.3333333333333333" },
	{ 9007199254740992.0, "9007199254740992" },
	{ 9007199254740994.0, "9007199254740994" },
	{ 9007199254740991.0, "9007199254740991" },
	{ -9007199254740991.0, "-9007199254740991" },
	{ -123456, "-123456" },
	{ -1e-7, "-1e-7" },
	{ 0.000012345, "0.000012345" },
	{ 0.00001, "0.00001" },
	{ 5e-7, "5e-7" },
	{ 1.5e-323, "1.5e-323" },
	{ 4.35, "4.35" },
	{ 9.5367431640625e-7, "9.5367431640625e-7" },
	{ 1234567890123456789.0, "1234567890123456800" },
	{ 999999999999999900000.0, "999999999999999900000" },
	{ -1234.5678, "-1234.5678" },
	{ 25e-5, "0.00025" },
	{ 1e300 * 10, "1e+301" },
};

/* Number formatting matches String(n). */
START_TEST(test_number_format)
{
	char	 out[JS_NUMBER_MAX];

	memset(out, 'x', sizeof out);
	js_number_format(number_cases[_i].n, out, sizeof out);
	ck_assert_str_eq(out, number_cases[_i].s);
}
END_TEST

/* Values and what String(v) gives in Node. */
static const struct {
	const char	*spec;
	const char	*s;
} to_string_cases[] = {
	{ "u", "undefined" },
	{ "n", "null" },
	{ "t", "true" },
	{ "f", "false" },
	{ "#-0", "0" },
	{ "#nan", "NaN" },
	{ "'text'", "text" },
	{ "''", "" },
	{ "[]", "" },
	{ "[n]", "" },
	{ "[u u]", "," },
	{ "[#1 [#2 [#3 n]] u n 'a']", "1,2,3,,,,a" },
	{ "[t []]", "true," },
	{ "[[] [[]]]", "," },
	{ "[#-0 #0.5]", "0,0.5" },
	{ "{}", "[object Object]" },
	{ "{a:#1}", "[object Object]" },
	{ "[{a:#1} [{}]]", "[object Object],[object Object]" },
};

/* ToString of each value is Node's String(v), and it appends to what is there. */
START_TEST(test_to_string)
{
	struct value	 v;
	struct buf	 b;
	const char	*want = to_string_cases[_i].s;

	build(&v, to_string_cases[_i].spec);
	buf_init(&b);
	buf_append(&b, "<", 1);
	js_to_string(&b, &v);
	buf_append(&b, ">", 1);
	ck_assert_uint_eq(b.len, strlen(want) + 2);
	ck_assert_mem_eq(buf_head(&b) + 1, want, strlen(want));
	ck_assert_mem_eq(buf_head(&b) + b.len - 1, ">", 1);
	buf_free(&b);
	value_free(&v);
}
END_TEST

/* ToString keeps a string's NUL bytes. */
START_TEST(test_to_string_nul)
{
	struct value	 v;
	struct buf	 b;

	value_init(&v, VALUE_ARRAY);
	value_string(value_push(&v), "a\0b", 3);
	value_number(value_push(&v), 2);
	buf_init(&b);
	js_to_string(&b, &v);
	ck_assert_uint_eq(b.len, 5);
	ck_assert_mem_eq(buf_head(&b), "a\0b,2", 5);
	buf_free(&b);
	value_free(&v);
}
END_TEST

/* a + b in Node: the string it makes, or the number when str is NULL. */
static const struct {
	const char	*a;
	const char	*b;
	const char	*str;
	double		 num;
} add_cases[] = {
	{ "#1", "'2'", "12", 0 },
	{ "'1'", "#2", "12", 0 },
	{ "n", "#1", NULL, 1 },
	{ "u", "#1", NULL, NAN },
	{ "t", "t", NULL, 2 },
	{ "[#1 #2]", "#3", "1,23", 0 },
	{ "{}", "#1", "[object Object]1", 0 },
	{ "[]", "[]", "", 0 },
	{ "#0.1", "#0.2", NULL, 0.1 + 0.2 },
	{ "n", "n", NULL, 0 },
	{ "t", "n", NULL, 1 },
	{ "f", "u", NULL, NAN },
	{ "'a'", "u", "aundefined", 0 },
	{ "'a'", "n", "anull", 0 },
	{ "[n]", "#1", "1", 0 },
	{ "#1", "[#-0]", "10", 0 },
	{ "f", "[]", "false", 0 },
	{ "[#1]", "[#2]", "12", 0 },
	{ "{}", "{}", "[object Object][object Object]", 0 },
	{ "'x'", "#-0", "x0", 0 },
	{ "#nan", "''", "NaN", 0 },
	{ "#-0", "#-0", NULL, -0.0 },
	{ "#-0", "#0", NULL, 0 },
	{ "#inf", "#-inf", NULL, NAN },
	{ "#1e308", "#1e308", NULL, INFINITY },
};

/* Each sum has Node's value and type. */
START_TEST(test_add)
{
	struct value	 a, b, r;
	const char	*err = NULL;

	build(&a, add_cases[_i].a);
	build(&b, add_cases[_i].b);
	ck_assert_int_eq(js_add(&r, &a, &b, &err), 0);
	ck_assert_ptr_null(err);
	assert_result(&r, add_cases[_i].str, add_cases[_i].num);
	value_free(&r);
	value_free(&a);
	value_free(&b);
}
END_TEST

/* Arrays and what args.reduce((a, b) => a + b, 0) gives in Node. */
static const struct {
	const char	*args;
	const char	*str;
	double		 num;
} sum_cases[] = {
	{ "[#1 #2 #3]", NULL, 6 },
	{ "[#1 '2' #3]", "123", 0 },
	{ "[]", NULL, 0 },
	{ "[#0.1 #0.2]", NULL, 0.1 + 0.2 },
	{ "[n]", NULL, 0 },
	{ "[u]", NULL, NAN },
	{ "[[#1 #2] #3]", "01,23", 0 },
	{ "[t f t]", NULL, 2 },
	{ "[#-0]", NULL, 0 },
	{ "[{}]", "0[object Object]", 0 },
	{ "['' #0]", "00", 0 },
	{ "[[#1] [#2]]", "012", 0 },
	{ "[n 'a']", "0a", 0 },
	{ "['a' n]", "0anull", 0 },
	{ "[f '1']", "01", 0 },
	{ "[#nan #1]", NULL, NAN },
	{ "[[] []]", "0", 0 },
	{ "[#1e308 #1e308]", NULL, INFINITY },
};

/* Each sum has Node's value and type, and the arguments are left alone. */
START_TEST(test_sum)
{
	struct value	 args, sum;
	size_t		 count;

	const char	*err = NULL;

	build(&args, sum_cases[_i].args);
	count = args.count;
	ck_assert_int_eq(js_sum(&sum, &args, &err), 0);
	ck_assert_ptr_null(err);
	assert_result(&sum, sum_cases[_i].str, sum_cases[_i].num);
	ck_assert_int_eq(args.type, VALUE_ARRAY);
	ck_assert_uint_eq(args.count, count);
	value_free(&sum);
	value_free(&args);
}
END_TEST

/*
 * a + b with a BigInt, the two operands given as the field's text, and
 * what Node gives: a BigInt's digits, a string, or NULL for the TypeError.
 */
static const struct {
	const char	*operands;
	const char	*bigint;
	const char	*str;
} bigint_cases[] = {
	{ "1n, 2n", "3", NULL },
	{ "-5n, 3n", "-2", NULL },
	{ "5n, -5n", "0", NULL },
	{ "999999999999999999n, 1n", "1000000000000000000", NULL },
	{ "-1n, -999n", "-1000", NULL },
	{ "10n, -3n", "7", NULL },
	{ "-10n, 3n", "-7", NULL },
	{ "3n, -10n", "-7", NULL },
	{ "-100n, 1n", "-99", NULL },
	{ "1n, 'a'", NULL, "1a" },
	{ "1n, [2]", NULL, "12" },
	{ "1n, {}", NULL, "1[object Object]" },
	{ "1n, 1", NULL, NULL },
	{ "1n, null", NULL, NULL },
	{ "true, 1n", NULL, NULL },
	{ "1n, undefined", NULL, NULL },
};

/* BigInts add to a BigInt, join strings, and throw V8's TypeError with anything else. */
START_TEST(test_add_bigint)
{
	struct value	 args, r;
	const char	*err = NULL;
	int		 ret;

	parse_ok(bigint_cases[_i].operands, &args);
	ret = js_add(&r, &args.items[0], &args.items[1], &err);
	if (bigint_cases[_i].bigint != NULL) {
		ck_assert_int_eq(ret, 0);
		ck_assert_int_eq(r.type, VALUE_BIGINT);
		ck_assert_str_eq(r.str, bigint_cases[_i].bigint);
	} else if (bigint_cases[_i].str != NULL) {
		ck_assert_int_eq(ret, 0);
		ck_assert_int_eq(r.type, VALUE_STRING);
		ck_assert_str_eq(r.str, bigint_cases[_i].str);
	} else {
		ck_assert_int_eq(ret, -1);
		ck_assert_str_eq(err, "Cannot mix BigInt and other types, use "
		    "explicit conversions");
		ck_assert_int_eq(r.type, VALUE_UNDEFINED);
	}
	value_free(&r);
	value_free(&args);
}
END_TEST

/* The seed's sum throws at a BigInt, 0 + 1n, unless a string came first. */
START_TEST(test_sum_bigint)
{
	struct value	 args, sum;
	const char	*err = NULL;

	parse_ok("1, 1n", &args);
	ck_assert_int_eq(js_sum(&sum, &args, &err), -1);
	ck_assert_ptr_nonnull(err);
	value_free(&sum);
	value_free(&args);
	parse_ok("'a', 1n", &args);
	ck_assert_int_eq(js_sum(&sum, &args, &err), 0);
	ck_assert_str_eq(sum.str, "0a1");
	value_free(&sum);
	value_free(&args);
}
END_TEST

/*
 * The sum with an object the clone carries: + takes its ToPrimitive, a
 * string (a Date's in the time zone, here UTC); unary + its number.
 */
static const struct {
	const char	*arg;
	const char	*sum;
	double		 number;
} object_cases[] = {
	{ "new Date(0)",
	    "0Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)", 0 },
	{ "new Date(NaN)", "0Invalid Date", NAN },
	{ "new Date(-62198755200000)",
	    "0Fri Jan 01 -0001 00:00:00 GMT+0000 (Coordinated Universal Time)",
	    -62198755200000.0 },
	{ "/a/g", "0/a/g", NAN },
	{ "new Map([[1, 2]])", "0[object Map]", NAN },
	{ "new Set([1])", "0[object Set]", NAN },
	{ "new Uint8Array([1, 2])", "01,2", NAN },
	{ "new ArrayBuffer(1)", "0[object ArrayBuffer]", NAN },
	{ "new BigInt64Array([5n])", "05", 5 },
	{ "new Float32Array([0.5, -0])", "00.5,0", NAN },
	{ "new TypeError('x')", "0TypeError: x", NAN },
	{ "Error()", "0Error", NAN },
};

/* Each object sums to Node's string and reads as Node's number. */
START_TEST(test_sum_objects)
{
	struct value	 args, sum;
	const char	*err = NULL;
	double		 d;

	setenv("TZ", "UTC", 1);
	tzset();
	parse_ok(object_cases[_i].arg, &args);
	ck_assert_int_eq(js_sum(&sum, &args, &err), 0);
	ck_assert_int_eq(sum.type, VALUE_STRING);
	ck_assert_str_eq(sum.str, object_cases[_i].sum);
	d = js_to_number(&args.items[0]);
	if (isnan(object_cases[_i].number))
		ck_assert(isnan(d));
	else
		ck_assert(d == object_cases[_i].number);
	value_free(&sum);
	value_free(&args);
}
END_TEST

/* ToNumber of strings, as unary + reads them in Node. */
START_TEST(test_to_number_strings)
{
	static const struct {
		const char	*s;
		double		 n;
	} cases[] = {
		{ "", 0 }, { "  12  ", 12 }, { "\t\n 7\r", 7 }, { "0x1f", 31 },
		{ "0X1F", 31 }, { "0o17", 15 }, { "0b11", 3 },
		{ "-Infinity", -INFINITY }, { "+Infinity", INFINITY },
		{ "1e3", 1000 }, { ".5", 0.5 }, { "5.", 5 }, { "-2", -2 },
		{ "-0", -0.0 }, { "007", 7 }, { "+.5", 0.5 },
		{ "1e1000", INFINITY }, { "1e-400", 0 },
	};
	static const char *const nans[] = {
		"abc", "1 2", "0x", "1e", ".", "Infinityx", "inf", "0x1p3",
		"1_000", "-0x10", "+", "-", "1.5.3", "NaN", "0b2", "+-1",
		"\xe2\x80\x8b" "7",	/* U+200B is not white space */
		"\xc2\x85" "7",		/* nor is U+0085 */
	};
	struct value	 v;
	size_t		 i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		value_string(&v, cases[i].s, strlen(cases[i].s));
		ck_assert_msg(same_number(js_to_number(&v), cases[i].n),
		    "+'%s'", cases[i].s);
		value_free(&v);
	}
	for (i = 0; i < sizeof nans / sizeof nans[0]; i++) {
		value_string(&v, nans[i], strlen(nans[i]));
		ck_assert_msg(isnan(js_to_number(&v)), "+'%s'", nans[i]);
		value_free(&v);
	}
}
END_TEST

/* ToNumber of the other types: +[7] is 7, +[1, 2], +{} and +undefined are NaN. */
START_TEST(test_to_number_values)
{
	static const struct {
		const char	*spec;
		double		 n;
	} cases[] = {
		{ "u", NAN }, { "n", 0 }, { "t", 1 }, { "f", 0 },
		{ "#-0", -0.0 }, { "[]", 0 }, { "[#7]", 7 }, { "[' 8 ']", 8 },
		{ "[#1 #2]", NAN }, { "[[#3]]", 3 }, { "{}", NAN },
		{ "[n]", 0 },
	};
	struct value	 v;
	size_t		 i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		build(&v, cases[i].spec);
		ck_assert_msg(same_number(js_to_number(&v), cases[i].n),
		    "+%s", cases[i].spec);
		value_free(&v);
	}
}
END_TEST

/*
 * ToNumber trims all of JavaScript's white space, not only ASCII:
 * +'\u00a05', +'\ufeff5' and +'5\u2028' are 5 and +'\u30007' is 7 in Node.
 */
static const struct {
	const char	*s;
	double		 n;
} space_cases[] = {
	{ "\xc2\xa0" "5", 5 },
	{ "\xef\xbb\xbf" "5", 5 },
	{ "5\xe2\x80\xa8", 5 },
	{ "\xe3\x80\x80" "7", 7 },
};

/* Each string with Unicode white space reads as its number. */
START_TEST(test_unicode_space)
{
	struct value	 v;
	double		 n;

	value_string(&v, space_cases[_i].s, strlen(space_cases[_i].s));
	n = js_to_number(&v);
	value_free(&v);
	ck_assert_msg(same_number(n, space_cases[_i].n),
	    "got %g, want %g", n, space_cases[_i].n);
}
END_TEST

Suite *
suite_js(void)
{
	Suite	*s = suite_create("js");
	TCase	*tc_num = tcase_create("number");
	TCase	*tc_conv = tcase_create("conversions");
	TCase	*tc_add = tcase_create("addition");

	tcase_add_loop_test(tc_num, test_number_format, 0,
	    sizeof number_cases / sizeof number_cases[0]);
	suite_add_tcase(s, tc_num);
	tcase_add_loop_test(tc_conv, test_to_string, 0,
	    sizeof to_string_cases / sizeof to_string_cases[0]);
	tcase_add_test(tc_conv, test_to_string_nul);
	tcase_add_test(tc_conv, test_to_number_strings);
	tcase_add_test(tc_conv, test_to_number_values);
	suite_add_tcase(s, tc_conv);
	tcase_add_loop_test(tc_add, test_add, 0,
	    sizeof add_cases / sizeof add_cases[0]);
	tcase_add_loop_test(tc_add, test_add_bigint, 0,
	    sizeof bigint_cases / sizeof bigint_cases[0]);
	tcase_add_test(tc_add, test_sum_bigint);
	tcase_add_loop_test(tc_add, test_sum_objects, 0,
	    sizeof object_cases / sizeof object_cases[0]);
	tcase_add_loop_test(tc_add, test_sum, 0,
	    sizeof sum_cases / sizeof sum_cases[0]);
	suite_add_tcase(s, tc_add);
	tcase_add_loop_test(tc_conv, test_unicode_space, 0,
	    sizeof space_cases / sizeof space_cases[0]);
	return (s);
}
