/* JavaScript semantics: Number::toString, ToString, ToNumber, + and the seed's sum, as Node computes them. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "inspect.h"
#include "js.h"
#include "helpers.h"
#include "suites.h"

/* Numbers and String(n) in Node. */
static const struct {
	double		 n;
	const char	*s;
} number_cases[] = {
	{ 0, "0" }, { -0.0, "0" }, { 1, "1" }, { -1, "-1" }, { 6, "6" },
	{ 0.1 + 0.2, "0.30000000000000004" }, { 1e21, "1e+21" },
	{ 1e20, "100000000000000000000" }, { 123e-20, "1.23e-18" },
	{ 1e-7, "1e-7" }, { 0.000001, "0.000001" }, { 1.5e-7, "1.5e-7" },
	{ NAN, "NaN" }, { INFINITY, "Infinity" }, { -INFINITY, "-Infinity" },
	{ 5e-324, "5e-324" },
	{ 1.7976931348623157e308, "1.7976931348623157e+308" },
	{ 123456789012345680000.0, "123456789012345680000" }, { 0.1, "0.1" },
	{ 100, "100" }, { 1.0 / 3, "0.3333333333333333" },
	{ 9007199254740992.0, "9007199254740992" },
	{ -1234.5678, "-1234.5678" }, { 1e-6, "0.000001" },
	{ 9.999999999999999e20, "999999999999999900000" },
	{ 25e-5, "0.00025" },
};

/* Arguments and what args.reduce((a, b) => a + b, 0) gives in Node. */
static const struct {
	const char	*args;
	const char	*sum;
	int		 is_string;
} sum_cases[] = {
	{ "1, 2, 3", "6", 0 },
	{ "1, '2', 3", "123", 1 },
	{ "", "0", 0 },
	{ "0.1, 0.2", "0.30000000000000004", 0 },
	{ "null", "0", 0 },
	{ "undefined", "NaN", 0 },
	{ "[1, 2], 3", "01,23", 1 },
	{ "{}, 1", "0[object Object]1", 1 },
	{ "true, true", "2", 0 },
	{ "[], []", "0", 1 },
	{ "'a', null", "0anull", 1 },
	{ "[null, undefined, [1, [2]]]", "0,,1,2", 1 },
	{ "NaN, 1", "NaN", 0 },
	{ "-0", "0", 0 },
	{ "1e21, 1", "1e+21", 0 },
	{ "{a: 1}, {b: 2}", "0[object Object][object Object]", 1 },
	{ "'', 0", "00", 1 },
	{ "false, '1'", "01", 1 },
	{ "[1], [2]", "012", 1 },
	{ "0x10, 0b11", "19", 0 },
};

/* Number formatting matches String(n). */
START_TEST(test_number_format)
{
	char	 out[JS_NUMBER_MAX];

	js_number_format(number_cases[_i].n, out, sizeof out);
	ck_assert_str_eq(out, number_cases[_i].s);
}
END_TEST

/* The sum of each argument list is Node's, down to its type. */
START_TEST(test_sum)
{
	struct value	 args, sum;

	parse_ok(sum_cases[_i].args, &args);
	js_sum(&sum, &args);
	ck_assert_int_eq(sum.type == VALUE_STRING, sum_cases[_i].is_string);
	assert_printed(&sum, 1, sum_cases[_i].sum);
	value_free(&sum);
	value_free(&args);
}
END_TEST

/* ToNumber of strings and arrays, as unary + reads them in Node. */
START_TEST(test_to_number)
{
	static const struct {
		const char	*s;
		double		 n;
	} cases[] = {
		{ "", 0 }, { "  12  ", 12 }, { "0x1f", 31 }, { "0b11", 3 },
		{ "-Infinity", -INFINITY }, { "1e3", 1000 }, { ".5", 0.5 },
		{ "5.", 5 }, { "-2", -2 },
	};
	static const char *const nans[] = {
		"abc", "1 2", "0x", "1e", ".", "Infinityx", "inf", "0x1p3",
		"1_000",
	};
	struct value	 v, a;
	size_t		 i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		value_string(&v, cases[i].s, strlen(cases[i].s));
		ck_assert(js_to_number(&v) == cases[i].n);
		value_free(&v);
	}
	for (i = 0; i < sizeof nans / sizeof nans[0]; i++) {
		value_string(&v, nans[i], strlen(nans[i]));
		ck_assert(isnan(js_to_number(&v)));
		value_free(&v);
	}
	/* +[7] is 7, +[1, 2] is NaN, +{} is NaN, +null is 0, +undefined is NaN. */
	value_init(&a, VALUE_ARRAY);
	value_number(value_push(&a), 7);
	ck_assert(js_to_number(&a) == 7);
	value_number(value_push(&a), 2);
	ck_assert(isnan(js_to_number(&a)));
	value_free(&a);
	value_init(&v, VALUE_OBJECT);
	ck_assert(isnan(js_to_number(&v)));
	value_init(&v, VALUE_NULL);
	ck_assert(js_to_number(&v) == 0);
	value_init(&v, VALUE_UNDEFINED);
	ck_assert(isnan(js_to_number(&v)));
}
END_TEST

Suite *
suite_js(void)
{
	Suite	*s = suite_create("js");
	TCase	*tc = tcase_create("semantics");

	tcase_add_loop_test(tc, test_number_format, 0,
	    sizeof number_cases / sizeof number_cases[0]);
	tcase_add_loop_test(tc, test_sum, 0,
	    sizeof sum_cases / sizeof sum_cases[0]);
	tcase_add_test(tc, test_to_number);
	suite_add_tcase(s, tc);
	return (s);
}
