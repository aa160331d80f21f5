/* console.log formatting, each expectation being what Node prints. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "suites.h"
#include "buf.h"
#include "helpers.h"
#include "inspect.h"
#include "value.h"

/*
 * Arguments (the field's text, parsed as JavaScript) and what
 * console.log(...args) prints in Node 20, every one checked with Node.
 */
static const struct {
	const char	*args;
	const char	*printed;
} like_node[] = {
	{ "['\\x85']", "[ '\\x85' ]" },
	{ "['\\x9f', '\\xa0']", "[ '\\x9F', '\xc2\xa0' ]" },
	{ "1, 2.5, -3", "1 2.5 -3" },
	{ "-0", "-0" },
	{ "[-0, 0]", "[ -0, 0 ]" },
	{ "NaN, Infinity, -Infinity", "NaN Infinity -Infinity" },
	{ "0.1, 1e21, 1e-7, 123e-20", "0.1 1e+21 1e-7 1.23e-18" },
	{ "[1.5, -2.5e-10, 5e-324]", "[ 1.5, -2.5e-10, 5e-324 ]" },
	{ "[1, 'a']", "[ 1, 'a' ]" },
	{ "'a', ['a']", "a [ 'a' ]" },
	{ "[\"it's\"]", "[ \"it's\" ]" },
	{ "['it\\'s \"q\"']", "[ `it's \"q\"` ]" },
	{ "['it\\'s `${x}` \"q\"']", "[ 'it\\'s `${x}` \"q\"' ]" },
	{ "['it\\'s `q` \"q\"']", "[ 'it\\'s `q` \"q\"' ]" },
	{ "{k: \"it's\"}", "{ k: \"it's\" }" },
	{ "['a\\nb\\t\\r']", "[ 'a\\nb\\t\\r' ]" },
	{ "['\\x1b[31m', '\\x01\\x7f\\x0b']",
	    "[ '\\x1B[31m', '\\x01\\x7F\\x0B' ]" },
	{ "['\\b\\f\\0']", "[ '\\b\\f\\x00' ]" },
	{ "['back\\\\slash']", "[ 'back\\\\slash' ]" },
	{ "['\\u2028 \\u00e9 \\u{1F600} \\u65e5\\u672c']",
	    "[ '\xe2\x80\xa8 \xc3\xa9 \xf0\x9f\x98\x80 "
	    "\xe6\x97\xa5\xe6\x9c\xac' ]" },
	{ "[]", "[]" },
	{ "{}", "{}" },
	{ "[[], {}]", "[ [], {} ]" },
	{ "{a: 1, 'b-c': 2}", "{ a: 1, 'b-c': 2 }" },
	{ "{'1a': 1, $x: 2, a$: 3, _y: 4, A9: 5}",
	    "{ '1a': 1, '$x': 2, 'a$': 3, _y: 4, A9: 5 }" },
	{ "{'': 1, 'a b': 2, '\\u00e9': 3, true: 4}",
	    "{ '': 1, 'a b': 2, '\xc3\xa9': 3, true: 4 }" },
	{ "[[[[1]]]]", "[ [ [ [Array] ] ] ]" },
	{ "{a: {b: {c: {d: 1}}}}", "{ a: { b: { c: [Object] } } }" },
	{ "[{a: [{b: 1}]}]", "[ { a: [ [Object] ] } ]" },
	{ "[[[[]]]]", "[ [ [ [] ] ] ]" },
	{ "[[[{}]]]", "[ [ [ {} ] ] ]" },
	{ "{a: [[{}], [[1]]]}", "{ a: [ [ {} ], [ [Array] ] ] }" },
	{ "true, false, null, undefined", "true false null undefined" },
	{ "[true, false, null, undefined]", "[ true, false, null, undefined ]" },
	{ "{a: undefined, b: null}", "{ a: undefined, b: null }" },
	{ "'top', 'level'", "top level" },
	{ "'two\\nlines'", "two\nlines" },
	{ "'', 'x'", " x" },
	{ "['']", "[ '' ]" },
	{ "'it\\'s', [\"it's\"]", "it's [ \"it's\" ]" },
	{ "[1, 2, 3, 4, 5, 6]", "[ 1, 2, 3, 4, 5, 6 ]" },
	/* Integer-like keys come first, ascending, as JavaScript orders them. */
	{ "{b: 1, 1: 'x'}", "{ '1': 'x', b: 1 }" },
	{ "{a: 1, 10: 2, 2: 3}", "{ '2': 3, '10': 2, a: 1 }" },
};

/* Each case prints exactly as Node's console.log. */
START_TEST(test_like_node)
{
	struct value	 args;

	parse_ok(like_node[_i].args, &args);
	assert_printed(args.items, args.count, like_node[_i].printed);
	value_free(&args);
}
END_TEST

/* What inspect_value appends for v must be exactly want. */
static void
assert_inspected(const struct value *v, const char *want)
{
	struct buf	 b;

	buf_init(&b);
	inspect_value(&b, v);
	ck_assert_uint_eq(b.len, strlen(want));
	ck_assert_mem_eq(buf_head(&b), want, b.len);
	buf_free(&b);
}

/* The seed's log line: console.log(prefix, ...[1, 2, 3]). */
START_TEST(test_log_args)
{
	static const char	 prefix[] = "receive message from renderer process";
	struct value		 args;
	struct buf		 b;
	int			 i;

	value_init(&args, VALUE_ARRAY);
	value_string(value_push(&args), prefix, sizeof prefix - 1);
	for (i = 1; i <= 3; i++)
		value_number(value_push(&args), i);
	buf_init(&b);
	inspect_log_args(&b, &args);
	buf_append(&b, "", 1);
	ck_assert_str_eq((const char *)buf_head(&b),
	    "receive message from renderer process 1 2 3");
	buf_clear(&b);
	/* No arguments print nothing. */
	value_free(&args);
	value_init(&args, VALUE_ARRAY);
	inspect_log_args(&b, &args);
	ck_assert_uint_eq(b.len, 0);
	buf_free(&b);
	value_free(&args);
}
END_TEST

/* A lone value: inspect quotes a string, console.log prints it bare. */
START_TEST(test_single_values)
{
	struct value	 v;
	struct buf	 b;

	value_string(&v, "it's", 4);
	assert_inspected(&v, "\"it's\"");
	buf_init(&b);
	inspect_log_value(&b, &v);
	buf_append(&b, "", 1);
	ck_assert_str_eq((const char *)buf_head(&b), "it's");
	buf_free(&b);
	value_free(&v);

	value_string(&v, "a\0b", 3);
	assert_inspected(&v, "'a\\x00b'");
	value_free(&v);
	value_number(&v, -0.0);
	assert_inspected(&v, "-0");
	value_number(&v, NAN);
	assert_inspected(&v, "NaN");
	value_init(&v, VALUE_UNDEFINED);
	assert_inspected(&v, "undefined");
}
END_TEST

/* Built directly: the fourth level is elided, unless it is empty. */
START_TEST(test_depth_limit)
{
	struct value	 v, *p;
	int		 i;

	value_init(&v, VALUE_ARRAY);
	for (p = &v, i = 0; i < 4; i++) {
		p = value_push(p);
		value_init(p, i < 3 ? VALUE_OBJECT : VALUE_NULL);
		if (i < 3) {
			p = value_set(p, "k", 1);
			value_init(p, VALUE_ARRAY);
		}
	}
	assert_inspected(&v, "[ { k: [ [Object] ] } ]");
	value_free(&v);

	value_init(&v, VALUE_OBJECT);
	for (p = &v, i = 0; i < 3; i++) {
		p = value_set(p, "o", 1);
		value_init(p, VALUE_OBJECT);
	}
	assert_inspected(&v, "{ o: { o: { o: {} } } }");
	value_free(&v);
}
END_TEST

Suite *
suite_inspect(void)
{
	Suite	*s = suite_create("inspect");
	TCase	*tc = tcase_create("console.log");

	tcase_add_loop_test(tc, test_like_node, 0,
	    sizeof like_node / sizeof like_node[0]);
	tcase_add_test(tc, test_log_args);
	tcase_add_test(tc, test_single_values);
	tcase_add_test(tc, test_depth_limit);
	suite_add_tcase(s, tc);
	return (s);
}
