/* console.log formatting, each expectation being what Node prints for the same arguments. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "inspect.h"
#include "helpers.h"
#include "suites.h"

/* Arguments (as the field's text) and what console.log(...args) prints in Node. */
static const struct {
	const char	*args;
	const char	*printed;
} inspect_cases[] = {
	{ "1, 2, 3", "1 2 3" },
	{ "-0", "-0" },
	{ "[-0]", "[ -0 ]" },
	{ "NaN, Infinity, -Infinity", "NaN Infinity -Infinity" },
	{ "'a', ['a']", "a [ 'a' ]" },
	{ "[\"it's\"]", "[ \"it's\" ]" },
	{ "['it\\'s \"q\"']", "[ `it's \"q\"` ]" },
	{ "['a\\nb\\t\\x01\\x7f\\\\']", "[ 'a\\nb\\t\\x01\\x7F\\\\' ]" },
	{ "[]", "[]" },
	{ "{}", "{}" },
	{ "[[]], [{}]", "[ [] ] [ {} ]" },
	{ "{a: 1, 'b-c': 2, '1a': 3, $x: 4, _y: 5}", "{ a: 1, 'b-c': 2, '1a': 3, '$x': 4, _y: 5 }" },
	{ "[[[[1]]]]", "[ [ [ [Array] ] ] ]" },
	{ "{a: {b: {c: {d: 1}}}}", "{ a: { b: { c: [Object] } } }" },
	{ "[{a: [{b: 1}]}]", "[ { a: [ [Object] ] } ]" },
	{ "true, false, null, undefined", "true false null undefined" },
	{ "[undefined, null]", "[ undefined, null ]" },
	{ "0.1, 1e21, 1e-7, 123e-20", "0.1 1e+21 1e-7 1.23e-18" },
	{ "[1.5, -2.5e-10]", "[ 1.5, -2.5e-10 ]" },
	{ "{'': 1}", "{ '': 1 }" },
	{ "['😀 日本']", "[ '😀 日本' ]" },
	{ "{a: 'x'}", "{ a: 'x' }" },
	{ "'top', 'level'", "top level" },
};

/* Each case prints exactly as Node's console.log. */
START_TEST(test_like_node)
{
	struct value	 args;

	parse_ok(inspect_cases[_i].args, &args);
	assert_printed(args.items, args.count, inspect_cases[_i].printed);
	value_free(&args);
}
END_TEST

/* A lone value: strings quoted, numbers as JavaScript prints them. */
START_TEST(test_single_values)
{
	struct value	 v;
	struct buf	 b;

	buf_init(&b);
	value_string(&v, "x", 1);
	inspect_value(&b, &v);
	value_free(&v);
	buf_append(&b, " ", 1);
	value_number(&v, -0.0);
	inspect_value(&b, &v);
	buf_append(&b, " ", 1);
	inspect_log_value(&b, &v);
	buf_append(&b, " ", 1);
	value_number(&v, NAN);
	inspect_value(&b, &v);
	buf_append(&b, "", 1);
	ck_assert_str_eq((const char *)buf_head(&b), "'x' -0 -0 NaN");
	buf_free(&b);
}
END_TEST

Suite *
suite_inspect(void)
{
	Suite	*s = suite_create("inspect");
	TCase	*tc = tcase_create("console.log");

	tcase_add_loop_test(tc, test_like_node, 0,
	    sizeof inspect_cases / sizeof inspect_cases[0]);
	tcase_add_test(tc, test_single_values);
	suite_add_tcase(s, tc);
	return (s);
}
