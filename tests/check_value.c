/* The tagged value encoding: every type round trips; malformed bytes are refused. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "value.h"
#include "suites.h"

/* Encode v, decode it again, and compare the two encodings byte for byte. */
static void
round_trip(const struct value *v, struct value *back)
{
	struct buf		 a, b;
	struct msg_reader	 r;
	const char		*err = NULL;

	buf_init(&a);
	buf_init(&b);
	value_encode(&a, v);
	msg_reader_init(&r, buf_head(&a), a.len);
	ck_assert_int_eq(value_decode_last(&r, back, &err), 0);
	value_encode(&b, back);
	ck_assert_uint_eq(a.len, b.len);
	ck_assert_mem_eq(buf_head(&a), buf_head(&b), a.len);
	buf_free(&a);
	buf_free(&b);
}

/* Every type, nested, keeps its value and its order. */
START_TEST(test_round_trip)
{
	struct value	 v, back, *o;
	static const double	 nums[] = { 1, -0.0, NAN, INFINITY, 5e-324 };
	size_t		 i;

	value_init(&v, VALUE_ARRAY);
	value_init(value_push(&v), VALUE_UNDEFINED);
	value_init(value_push(&v), VALUE_NULL);
	value_init(value_push(&v), VALUE_TRUE);
	value_init(value_push(&v), VALUE_FALSE);
	for (i = 0; i < sizeof nums / sizeof nums[0]; i++)
		value_number(value_push(&v), nums[i]);
	value_string(value_push(&v), "a\0\xc3\xa9\xf0\x9f\x98\x80", 8);
	o = value_push(&v);
	value_init(o, VALUE_OBJECT);
	value_number(value_set(o, "z", 1), 1);
	value_init(value_set(o, "a", 1), VALUE_ARRAY);
	round_trip(&v, &back);
	ck_assert_uint_eq(back.count, 11);
	ck_assert(signbit(back.items[5].number));
	ck_assert(isnan(back.items[6].number));
	ck_assert_uint_eq(back.items[9].len, 8);
	ck_assert_mem_eq(back.items[9].str, "a\0\xc3\xa9", 4);
	ck_assert_str_eq(back.items[10].keys[0].str, "z");
	ck_assert_str_eq(back.items[10].keys[1].str, "a");
	value_free(&back);
	value_free(&v);
}
END_TEST

/* Malformed encodings, each refused with a reason and nothing leaked. */
START_TEST(test_refusals)
{
	static const struct {
		const char	*bytes;
		size_t		 len;
		const char	*err;
	} cases[] = {
		{ "\x09", 1, "unknown value tag" },
		{ "", 0, "truncated value" },
		{ "\x04\x3f\xf0", 3, "truncated number" },
		{ "\x05\0\0\0\x09" "abc", 8, "truncated or invalid UTF-8 string" },
		{ "\x05\0\0\0\x01\xff", 6, "truncated or invalid UTF-8 string" },
		{ "\x06\0\0\0\x05\x01", 6, "truncated array or object" },
		{ "\x06\0\0\0\x02\x01\x09", 7, "unknown value tag" },
		{ "\x07\0\0\0\x01\0\0\0\x01\xfe\x01", 11,
		    "truncated or invalid object key" },
		{ "\x01\x01", 2, "bytes after the value" },
	};
	struct msg_reader	 r;
	struct value		 v;
	const char		*err;
	size_t			 i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		msg_reader_init(&r, (const uint8_t *)cases[i].bytes,
		    cases[i].len);
		err = NULL;
		ck_assert_int_eq(value_decode_last(&r, &v, &err), -1);
		ck_assert_str_eq(err, cases[i].err);
		ck_assert_int_eq(v.type, VALUE_UNDEFINED);
	}
}
END_TEST

/* Nesting deeper than VALUE_MAX_DEPTH is refused; just below it is fine. */
START_TEST(test_depth)
{
	uint8_t			 b[5 * (VALUE_MAX_DEPTH + 2)];
	struct msg_reader	 r;
	struct value		 v;
	const char		*err;
	int			 depth, i;

	for (depth = VALUE_MAX_DEPTH; depth <= VALUE_MAX_DEPTH + 1; depth++) {
		for (i = 0; i < depth; i++)
			memcpy(b + 5 * i, "\x06\0\0\0\x01", 5);
		b[5 * depth] = VALUE_NULL;
		msg_reader_init(&r, b, 5 * (size_t)depth + 1);
		if (depth == VALUE_MAX_DEPTH) {
			ck_assert_int_eq(value_decode_last(&r, &v, &err), 0);
			value_free(&v);
		} else {
			ck_assert_int_eq(value_decode_last(&r, &v, &err), -1);
			ck_assert_str_eq(err, "value nested too deep");
		}
	}
}
END_TEST

Suite *
suite_value(void)
{
	Suite	*s = suite_create("value");
	TCase	*tc = tcase_create("codec");

	tcase_add_test(tc, test_round_trip);
	tcase_add_test(tc, test_refusals);
	tcase_add_test(tc, test_depth);
	suite_add_tcase(s, tc);
	return (s);
}
