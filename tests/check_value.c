/* The tagged value encoding: every type round trips; malformed bytes are refused. */
#include "config.h"

#include <float.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "suites.h"
#include "helpers.h"
#include "inspect.h"
#include "value.h"

/*
 * Encode v, then decode it into back, which must take every byte; checking
 * the encoding without building must accept it and take every byte too.
 */
static void
round_trip(const struct value *v, struct value *back)
{
	struct buf		 b;
	struct msg_reader	 r;
	const char		*err = NULL;

	buf_init(&b);
	value_encode(&b, v);
	msg_reader_init(&r, buf_head(&b), b.len);
	ck_assert_int_eq(value_check(&r, &err), 0);
	ck_assert_uint_eq(r.pos, b.len);
	msg_reader_init(&r, buf_head(&b), b.len);
	ck_assert_int_eq(value_decode_last(&r, back, &err), 0);
	ck_assert_ptr_null(err);
	buf_free(&b);
}

/* A value left by a failed decode: undefined and owning nothing. */
static void
assert_freed(const struct value *v)
{
	ck_assert_int_eq(v->type, VALUE_UNDEFINED);
	ck_assert_uint_eq(v->count, 0);
	ck_assert_ptr_null(v->items);
	ck_assert_ptr_null(v->keys);
	ck_assert_ptr_null(v->str);
}

/* The four constants keep their type and nothing else. */
START_TEST(test_constants)
{
	static const enum value_type	 types[] = { VALUE_UNDEFINED,
					    VALUE_NULL, VALUE_FALSE,
					    VALUE_TRUE };
	struct value			 v, back;
	size_t				 i;

	for (i = 0; i < sizeof types / sizeof types[0]; i++) {
		value_init(&v, types[i]);
		round_trip(&v, &back);
		ck_assert_int_eq(back.type, types[i]);
		ck_assert_uint_eq(back.count, 0);
		ck_assert_ptr_null(back.str);
		value_free(&back);
	}
}
END_TEST

/* Numbers come back bit for bit: -0 keeps its sign, NaN stays NaN. */
START_TEST(test_numbers)
{
	static const double	 nums[] = { 0, -0.0, 1, -1.5, 0.1 + 0.2,
				    NAN, INFINITY, -INFINITY, 5e-324,
				    DBL_MAX, 9007199254740993.0 };
	struct value		 v, back;
	size_t			 i;

	for (i = 0; i < sizeof nums / sizeof nums[0]; i++) {
		value_number(&v, nums[i]);
		round_trip(&v, &back);
		ck_assert_int_eq(back.type, VALUE_NUMBER);
		ck_assert_mem_eq(&back.number, &nums[i], sizeof nums[i]);
		value_free(&back);
	}
	value_number(&v, -0.0);
	round_trip(&v, &back);
	ck_assert(back.number == 0 && signbit(back.number));
	value_number(&v, NAN);
	round_trip(&v, &back);
	ck_assert(isnan(back.number));
	value_number(&v, -INFINITY);
	round_trip(&v, &back);
	ck_assert(isinf(back.number) && back.number < 0);
}
END_TEST

/* Strings keep every byte, NULs and multibyte characters included, and end in a NUL. */
START_TEST(test_strings)
{
	static const struct {
		const char	*s;
		size_t		 len;
	} cases[] = {
		{ "", 0 },
		{ "hello", 5 },
		{ "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", 9 },
		{ "\xf0\x9f\x98\x80!", 5 },
		{ "a\0b\0", 4 },
	};
	struct value	 v, back;
	size_t		 i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		value_string(&v, cases[i].s, cases[i].len);
		ck_assert(value_is_string(&v));
		round_trip(&v, &back);
		ck_assert_int_eq(back.type, VALUE_STRING);
		ck_assert_uint_eq(back.len, cases[i].len);
		ck_assert_mem_eq(back.str, cases[i].s, cases[i].len + 1);
		value_free(&back);
		value_free(&v);
	}
}
END_TEST

/* The bytes of a small value are exactly the documented tagged encoding. */
START_TEST(test_wire_format)
{
	static const uint8_t	 want[] = {
		VALUE_ARRAY, 0, 0, 0, 4,
		VALUE_TRUE,
		VALUE_NUMBER, 0x3f, 0xf0, 0, 0, 0, 0, 0, 0,
		VALUE_STRING, 0, 0, 0, 2, 0xc3, 0xa9,
		VALUE_OBJECT, 0, 0, 0, 1, 0, 0, 0, 1, 'k', VALUE_NULL,
	};
	struct value		 v, *o;
	struct buf		 b;

	value_init(&v, VALUE_ARRAY);
	value_init(value_push(&v), VALUE_TRUE);
	value_number(value_push(&v), 1);
	value_string(value_push(&v), "\xc3\xa9", 2);
	o = value_push(&v);
	value_init(o, VALUE_OBJECT);
	value_init(value_set(o, "k", 1), VALUE_NULL);
	buf_init(&b);
	value_encode(&b, &v);
	ck_assert_uint_eq(b.len, sizeof want);
	ck_assert_mem_eq(buf_head(&b), want, sizeof want);
	buf_free(&b);
	value_free(&v);
	assert_freed(&v);
}
END_TEST

/* Arrays and objects nest; elements and keys keep their order. */
START_TEST(test_nested)
{
	struct value	 v, back, *a, *o, *e;

	/* [1, [2, []], {z: 'last', a: [null], m: {}}, undefined] */
	value_init(&v, VALUE_ARRAY);
	value_number(value_push(&v), 1);
	a = value_push(&v);
	value_init(a, VALUE_ARRAY);
	value_number(value_push(a), 2);
	value_init(value_push(a), VALUE_ARRAY);
	o = value_push(&v);
	value_init(o, VALUE_OBJECT);
	value_string(value_set(o, "z", 1), "last", 4);
	a = value_set(o, "a", 1);
	value_init(a, VALUE_ARRAY);
	value_init(value_push(a), VALUE_NULL);
	value_init(value_set(o, "m", 1), VALUE_OBJECT);
	value_init(value_push(&v), VALUE_UNDEFINED);

	round_trip(&v, &back);
	value_free(&v);
	ck_assert_int_eq(back.type, VALUE_ARRAY);
	ck_assert_uint_eq(back.count, 4);
	ck_assert_ptr_null(back.keys);
	ck_assert(back.items[0].type == VALUE_NUMBER &&
	    back.items[0].number == 1);
	e = &back.items[1];
	ck_assert_int_eq(e->type, VALUE_ARRAY);
	ck_assert_uint_eq(e->count, 2);
	ck_assert(e->items[0].type == VALUE_NUMBER && e->items[0].number == 2);
	ck_assert_int_eq(e->items[1].type, VALUE_ARRAY);
	ck_assert_uint_eq(e->items[1].count, 0);
	e = &back.items[2];
	ck_assert_int_eq(e->type, VALUE_OBJECT);
	ck_assert_uint_eq(e->count, 3);
	ck_assert_str_eq(e->keys[0].str, "z");
	ck_assert_str_eq(e->keys[1].str, "a");
	ck_assert_str_eq(e->keys[2].str, "m");
	ck_assert_int_eq(e->items[0].type, VALUE_STRING);
	ck_assert_str_eq(e->items[0].str, "last");
	ck_assert_int_eq(e->items[1].type, VALUE_ARRAY);
	ck_assert_uint_eq(e->items[1].count, 1);
	ck_assert_int_eq(e->items[1].items[0].type, VALUE_NULL);
	ck_assert_int_eq(e->items[2].type, VALUE_OBJECT);
	ck_assert_uint_eq(e->items[2].count, 0);
	ck_assert_int_eq(back.items[3].type, VALUE_UNDEFINED);
	value_free(&back);
	assert_freed(&back);
}
END_TEST

/* value_decode and value_check take one value and leave what follows. */
START_TEST(test_decode_one)
{
	static const uint8_t	 p[] = { VALUE_TRUE, VALUE_STRING, 0, 0, 0, 1,
				    'x' };
	struct msg_reader	 r;
	struct value		 v;
	const char		*err = NULL;

	msg_reader_init(&r, p, sizeof p);
	ck_assert_int_eq(value_check(&r, &err), 0);
	ck_assert_uint_eq(r.pos, 1);
	ck_assert_int_eq(value_check(&r, &err), 0);
	ck_assert_uint_eq(r.pos, sizeof p);
	msg_reader_init(&r, p, sizeof p);
	ck_assert_int_eq(value_decode(&r, &v, &err), 0);
	ck_assert_int_eq(v.type, VALUE_TRUE);
	ck_assert_uint_eq(r.pos, 1);
	ck_assert_int_eq(value_decode_last(&r, &v, &err), 0);
	ck_assert_int_eq(v.type, VALUE_STRING);
	ck_assert_str_eq(v.str, "x");
	ck_assert_ptr_null(err);
	value_free(&v);
}
END_TEST

/* Holes in an array and BigInts keep their type, their place and their digits. */
START_TEST(test_hole_bigint)
{
	struct value	 v, back;

	value_init(&v, VALUE_ARRAY);
	value_push(&v)->type = VALUE_HOLE;
	value_bigint(value_push(&v), "-12345678901234567890", 21);
	value_bigint(value_push(&v), "0", 1);
	round_trip(&v, &back);
	ck_assert_uint_eq(back.count, 3);
	ck_assert_int_eq(back.items[0].type, VALUE_HOLE);
	ck_assert_int_eq(back.items[1].type, VALUE_BIGINT);
	ck_assert_str_eq(back.items[1].str, "-12345678901234567890");
	ck_assert_str_eq(back.items[2].str, "0");
	value_free(&back);
	value_free(&v);
}
END_TEST

/* The objects the clone carries beyond JSON print the same after a round trip. */
START_TEST(test_objects)
{
	struct value	 v, back;
	struct buf	 a, b;

	parse_ok("new Date(5), new Date(NaN), /a\\/b/gi, new Map([[1, 'x'], "
	    "[{}, [2]]]), new Set([1, 'a']), new ArrayBuffer(2), "
	    "new Int16Array([-2, 3]), new BigUint64Array([1n]), "
	    "new TypeError('t')", &v);
	round_trip(&v, &back);
	buf_init(&a);
	buf_init(&b);
	inspect_log_args(&a, &v);
	inspect_log_args(&b, &back);
	ck_assert_str_eq(buf_str(&a), buf_str(&b));
	ck_assert_str_eq(buf_str(&a), "1970-01-01T00:00:00.005Z Invalid Date "
	    "/a\\/b/gi Map(2) { 1 => 'x', {} => [ 2 ] } Set(2) { 1, 'a' } "
	    "ArrayBuffer { [Uint8Contents]: <00 00>, byteLength: 2 } "
	    "Int16Array(2) [ -2, 3 ] BigUint64Array(1) [ 1n ] [TypeError: t]");
	buf_free(&a);
	buf_free(&b);
	value_free(&back);
	value_free(&v);
}
END_TEST

/*
 * An object held twice and a cycle: the object goes once, as VALUE_SHARED
 * and the object, then as VALUE_REF and its number; what decodes is one
 * object again, the cycle included.
 */
START_TEST(test_shared)
{
	static const uint8_t	 want[] = {
		VALUE_ARRAY, 0, 0, 0, 2,
		VALUE_SHARED, VALUE_OBJECT, 0, 0, 0, 1, 0, 0, 0, 4, 's', 'e',
		'l', 'f', VALUE_REF, 0, 0, 0, 0,
		VALUE_REF, 0, 0, 0, 0,
	};
	struct value		 v, back, ref;
	struct value		*o;
	struct buf		 b;
	struct msg_reader	 r;
	const char		*err = NULL;

	value_init(&v, VALUE_ARRAY);
	value_init(value_push(&v), VALUE_OBJECT);
	v.heap = value_heap_new();
	value_share(v.heap, &v.items[0]);
	ck_assert_int_eq(v.items[0].type, VALUE_REF);
	o = v.items[0].ref;
	value_copy(&ref, &v.items[0]);
	*value_push(&v) = ref;
	value_copy(value_set(o, "self", 4), &v.items[0]);

	buf_init(&b);
	value_encode(&b, &v);
	ck_assert_uint_eq(b.len, sizeof want);
	ck_assert_mem_eq(buf_head(&b), want, sizeof want);
	round_trip(&v, &back);
	ck_assert_int_eq(back.items[0].type, VALUE_REF);
	ck_assert_ptr_eq(back.items[1].ref, back.items[0].ref);
	o = back.items[0].ref;
	ck_assert_int_eq(o->type, VALUE_OBJECT);
	ck_assert_ptr_eq(o->items[0].ref, o);
	buf_clear(&b);
	value_encode(&b, &back);
	ck_assert_mem_eq(buf_head(&b), want, sizeof want);
	buf_free(&b);
	value_free(&back);
	value_free(&v);

	/* A shared object at the top refers to itself. */
	msg_reader_init(&r, (const uint8_t *)"\x14\x06\0\0\0\x01\x13\0\0\0\0",
	    11);
	ck_assert_int_eq(value_decode_last(&r, &back, &err), 0);
	ck_assert_ptr_eq(back.ref->items[0].ref, back.ref);
	value_free(&back);
}
END_TEST

/* Malformed encodings: each refused with its reason, the value left freed. */
static const struct {
	const char	*bytes;
	size_t		 len;
	const char	*err;
} refusals[] = {
	{ "\x10", 1, "unknown value tag" },
	/* A hole is an array's element only; a BigInt is canonical decimal. */
	{ "\x08", 1, "hole outside an array" },
	{ "\x07\0\0\0\x01\0\0\0\x01k\x08", 11, "hole outside an array" },
	{ "\x09\0\0\0\0", 5, "truncated or invalid BigInt" },
	{ "\x09\0\0\0\x01-", 6, "truncated or invalid BigInt" },
	{ "\x09\0\0\0\x02-0", 7, "truncated or invalid BigInt" },
	{ "\x09\0\0\0\x02" "01", 7, "truncated or invalid BigInt" },
	{ "\x09\0\0\0\x02" "1a", 7, "truncated or invalid BigInt" },
	{ "\x09\0\0\0\x03" "1", 6, "truncated or invalid BigInt" },
	/* A Date's time value, a RegExp's flags, a Map's pairs, a view's bytes. */
	{ "\x0a\x3f\xf8\0\0\0\0\0\0", 9, "invalid Date" },
	{ "\x0a\x43\x40\0\0\0\0\0\0", 9, "invalid Date" },
	{ "\x0b\0\0\0\x01" "a\0\0\0\x02gg", 12, "truncated or invalid RegExp" },
	{ "\x0b\0\0\0\x01" "a\0\0\0\x01x", 11, "truncated or invalid RegExp" },
	{ "\x0b\0\0\0\x01" "a\0\0\0\x02uv", 12, "truncated or invalid RegExp" },
	{ "\x0c\0\0\0\x01\x00", 6, "a Map's key without its value" },
	{ "\x0f\x0b\0\0\0\0", 6,
	    "truncated or invalid ArrayBuffer or typed array" },
	{ "\x0f\x03\0\0\0\x03" "abc", 9,
	    "truncated or invalid ArrayBuffer or typed array" },
	{ "\x0e\0\0\0\x03" "ab", 7,
	    "truncated or invalid ArrayBuffer or typed array" },
	{ "\x12\x07\0\0\0\0\0", 7, "truncated or invalid Error" },
	{ "\x12\x00\0\0\0\0\x02", 7, "truncated or invalid Error" },
	{ "\x12\x00\0\0\0\0\x01\0\0", 9, "truncated or invalid Error" },
	{ "\x11", 1, "unknown value tag" },
	{ "\xff", 1, "unknown value tag" },
	{ "", 0, "truncated value" },
	{ "\x04\x3f\xf0\0\0\0\0\0", 8, "truncated number" },
	{ "\x04", 1, "truncated number" },
	{ "\x05\0\0", 3, "truncated or invalid UTF-8 string" },
	{ "\x05\0\0\0\x09" "abc", 8, "truncated or invalid UTF-8 string" },
	{ "\x05\0\0\0\x01\xff", 6, "truncated or invalid UTF-8 string" },
	{ "\x05\0\0\0\x03\xed\xa0\x80", 8,
	    "truncated or invalid UTF-8 string" },
	{ "\x06\0\0", 3, "truncated array or object" },
	{ "\x06\0\0\0\x05\x01", 6, "truncated array or object" },
	{ "\x06\xff\xff\xff\xff\x01\x01", 7, "truncated array or object" },
	{ "\x07\0\0\0\x09\0\0\0\x01k", 10, "truncated array or object" },
	/* Errors after some elements were built: those must be freed. */
	{ "\x06\0\0\0\x03\x05\0\0\0\x01" "a\x01\x10", 13,
	    "unknown value tag" },
	{ "\x06\0\0\0\x02\x06\0\0\0\x01\x05\0\0\0\x01" "b\x04\x01", 18,
	    "truncated number" },
	{ "\x07\0\0\0\x02\0\0\0\x01k\x05\0\0\0\x01v\0\0\0\x01\xfe\x01", 22,
	    "truncated or invalid object key" },
	{ "\x07\0\0\0\x02\0\0\0\x01k\x05\0\0\0\x01v\0\0\0\x05j\x01", 22,
	    "truncated or invalid object key" },
	{ "\x07\0\0\0\x01\0\0\0\x01k\x07\0\0\0\x01\0\0\0\x01j\x05\0\0\0\x09",
	    25, "truncated or invalid UTF-8 string" },
	/* A reference only to an object numbered before; only objects are. */
	{ "\x13\0\0\0\0", 5, "reference to no shared object before it" },
	{ "\x13\0\0", 3, "reference to no shared object before it" },
	{ "\x06\0\0\0\x02\x14\x06\0\0\0\0\x13\0\0\0\x01", 16,
	    "reference to no shared object before it" },
	{ "\x14\x06\0\0\0\x01\x13\0\0\0\x01", 11,
	    "reference to no shared object before it" },
	{ "\x14", 1, "shared value that is not an object" },
	{ "\x14\x04\0\0\0\0\0\0\0\0", 10,
	    "shared value that is not an object" },
	{ "\x14\x05\0\0\0\0", 6, "shared value that is not an object" },
	{ "\x14\x14\x06\0\0\0\0", 7, "shared value that is not an object" },
	{ "\x14\x13\0\0\0\0", 6, "shared value that is not an object" },
	{ "\x06\0\0\0\x01\x14\x08", 7, "shared value that is not an object" },
	{ "\x06\0\0\0\x02\x14\x07\0\0\0\x01\0\0\0\x01k\x13\0\0\0\0\x10",
	    23, "unknown value tag" },
};

/* Each refusal, with value_check, value_decode and value_decode_last. */
START_TEST(test_refusals)
{
	struct msg_reader	 r;
	struct value		 v;
	const char		*err;

	msg_reader_init(&r, (const uint8_t *)refusals[_i].bytes,
	    refusals[_i].len);
	err = NULL;
	ck_assert_int_eq(value_check(&r, &err), -1);
	ck_assert_ptr_nonnull(err);
	ck_assert_str_eq(err, refusals[_i].err);

	msg_reader_init(&r, (const uint8_t *)refusals[_i].bytes,
	    refusals[_i].len);
	err = NULL;
	ck_assert_int_eq(value_decode(&r, &v, &err), -1);
	ck_assert_ptr_nonnull(err);
	ck_assert_str_eq(err, refusals[_i].err);
	assert_freed(&v);

	msg_reader_init(&r, (const uint8_t *)refusals[_i].bytes,
	    refusals[_i].len);
	err = NULL;
	ck_assert_int_eq(value_decode_last(&r, &v, &err), -1);
	ck_assert_ptr_nonnull(err);
	ck_assert_str_eq(err, refusals[_i].err);
	assert_freed(&v);
}
END_TEST

/* Bytes after a whole value are refused by value_decode_last, and the value freed. */
START_TEST(test_trailing_bytes)
{
	static const char	 p[] = "\x06\0\0\0\x01\x05\0\0\0\x01zz";
	struct msg_reader	 r;
	struct value		 v;
	const char		*err = NULL;

	msg_reader_init(&r, (const uint8_t *)p, sizeof p - 1);
	ck_assert_int_eq(value_decode_last(&r, &v, &err), -1);
	ck_assert_str_eq(err, "bytes after the value");
	assert_freed(&v);
}
END_TEST

/*
 * Write depth levels of alternating arrays and objects ({'': ...}) around a
 * null into b; the encoding's length.
 */
static size_t
nest(uint8_t *b, int depth)
{
	size_t	 n = 0;
	int	 i;

	for (i = 0; i < depth; i++) {
		if (i % 2 == 0) {
			memcpy(b + n, "\x06\0\0\0\x01", 5);
			n += 5;
		} else {
			memcpy(b + n, "\x07\0\0\0\x01\0\0\0\0", 9);
			n += 9;
		}
	}
	b[n++] = VALUE_NULL;
	return (n);
}

/* Nesting deeper than VALUE_MAX_DEPTH is refused; exactly that deep is fine. */
START_TEST(test_depth)
{
	uint8_t			 b[9 * (VALUE_MAX_DEPTH + 1) + 1];
	struct msg_reader	 r;
	struct value		 v;
	const struct value	*e;
	const char		*err = NULL;
	int			 i;

	msg_reader_init(&r, b, nest(b, VALUE_MAX_DEPTH));
	ck_assert_int_eq(value_decode_last(&r, &v, &err), 0);
	for (e = &v, i = 0; i < VALUE_MAX_DEPTH; i++, e = &e->items[0]) {
		ck_assert_int_eq(e->type, i % 2 == 0 ? VALUE_ARRAY :
		    VALUE_OBJECT);
		ck_assert_uint_eq(e->count, 1);
	}
	ck_assert_int_eq(e->type, VALUE_NULL);
	value_free(&v);

	msg_reader_init(&r, b, nest(b, VALUE_MAX_DEPTH + 1));
	ck_assert_int_eq(value_decode_last(&r, &v, &err), -1);
	ck_assert_str_eq(err, "value nested too deep");
	assert_freed(&v);
	msg_reader_init(&r, b, nest(b, VALUE_MAX_DEPTH + 1));
	err = NULL;
	ck_assert_int_eq(value_check(&r, &err), -1);
	ck_assert_str_eq(err, "value nested too deep");
}
END_TEST

Suite *
suite_value(void)
{
	Suite	*s = suite_create("value");
	TCase	*tc_ok = tcase_create("round_trip");
	TCase	*tc_bad = tcase_create("refusals");

	tcase_add_test(tc_ok, test_constants);
	tcase_add_test(tc_ok, test_hole_bigint);
	tcase_add_test(tc_ok, test_objects);
	tcase_add_test(tc_ok, test_numbers);
	tcase_add_test(tc_ok, test_strings);
	tcase_add_test(tc_ok, test_wire_format);
	tcase_add_test(tc_ok, test_nested);
	tcase_add_test(tc_ok, test_decode_one);
	tcase_add_test(tc_ok, test_shared);
	suite_add_tcase(s, tc_ok);
	tcase_add_loop_test(tc_bad, test_refusals, 0,
	    sizeof refusals / sizeof refusals[0]);
	tcase_add_test(tc_bad, test_trailing_bytes);
	tcase_add_test(tc_bad, test_depth);
	suite_add_tcase(s, tc_bad);
	return (s);
}
