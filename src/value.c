/* The value type, its construction and its tagged wire encoding. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "log.h"
#include "value.h"

/* Make v an empty value of the given type (an empty array or object for those). */
void
value_init(struct value *v, enum value_type type)
{
	memset(v, 0, sizeof *v);
	v->type = type;
}

/* Make v a number. */
void
value_number(struct value *v, double d)
{
	value_init(v, VALUE_NUMBER);
	v->number = d;
}

/* Make v a string holding a copy of n bytes at s. */
void
value_string(struct value *v, const char *s, size_t n)
{
	char	*copy;

	copy = malloc(n + 1);
	if (copy == NULL)
		fatal("malloc");
	memcpy(copy, s, n);
	copy[n] = '\0';
	value_take_string(v, copy, n);
}

/* Make v a string that owns s (n bytes, NUL-terminated). */
void
value_take_string(struct value *v, char *s, size_t n)
{
	value_init(v, VALUE_STRING);
	v->str = s;
	v->len = n;
}

/* Make v a BigInt of n decimal digits at s ('-' first if negative). */
void
value_bigint(struct value *v, const char *s, size_t n)
{
	value_string(v, s, n);
	v->type = VALUE_BIGINT;
}

/*
 * Whether an array or object of count items has no free slot: slots come
 * 4 at first, then doubling, so filling one reallocates a few times, not
 * once per item.
 */
static int
value_full(size_t count)
{
	return (count == 0 || (count >= 4 && (count & (count - 1)) == 0));
}

/* Grow an array or object by one slot and return it, undefined. */
static struct value *
value_grow(struct value *v)
{
	size_t	 cap;

	if (value_full(v->count)) {
		cap = v->count == 0 ? 4 : v->count * 2;
		v->items = reallocarray(v->items, cap, sizeof *v->items);
		if (v->items == NULL)
			fatal("reallocarray");
		if (v->type == VALUE_OBJECT) {
			v->keys = reallocarray(v->keys, cap, sizeof *v->keys);
			if (v->keys == NULL)
				fatal("reallocarray");
		}
	}
	value_init(&v->items[v->count], VALUE_UNDEFINED);
	return (&v->items[v->count++]);
}

/* Append an undefined element to an array and return it for the caller to fill. */
struct value *
value_push(struct value *array)
{
	return (value_grow(array));
}

/* Add a key to an object and return its value for the caller to fill. */
struct value *
value_set(struct value *object, const char *key, size_t n)
{
	struct value	*slot = value_grow(object);

	value_string(&object->keys[object->count - 1], key, n);
	return (slot);
}

/* Free what v owns and leave it undefined. */
void
value_free(struct value *v)
{
	size_t	 i;

	for (i = 0; i < v->count; i++) {
		value_free(&v->items[i]);
		if (v->keys != NULL)
			value_free(&v->keys[i]);
	}
	free(v->items);
	free(v->keys);
	free(v->str);
	value_init(v, VALUE_UNDEFINED);
}

/* Whether v is a string. */
int
value_is_string(const struct value *v)
{
	return (v->type == VALUE_STRING);
}

/* Append the tagged encoding of v to a payload. */
void
value_encode(struct buf *b, const struct value *v)
{
	uint64_t	 bits;
	size_t		 i;

	msg_add_u8(b, (uint8_t)v->type);
	switch (v->type) {
	case VALUE_NUMBER:
		memcpy(&bits, &v->number, sizeof bits);
		msg_add_u64(b, bits);
		break;
	case VALUE_STRING:
	case VALUE_BIGINT:
		msg_add_string(b, v->str, v->len);
		break;
	case VALUE_ARRAY:
	case VALUE_OBJECT:
		msg_add_u32(b, (uint32_t)v->count);
		for (i = 0; i < v->count; i++) {
			if (v->type == VALUE_OBJECT)
				msg_add_string(b, v->keys[i].str, v->keys[i].len);
			value_encode(b, &v->items[i]);
		}
		break;
	default:
		break;
	}
}

/* Whether n bytes at s are a BigInt's canonical decimal form: -?[1-9][0-9]* or 0. */
static int
value_bigint_valid(const char *s, size_t n)
{
	size_t	 i = n > 0 && s[0] == '-';

	if (i == n || (s[i] == '0' && n > 1))
		return (0);
	for (; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return (0);
	}
	return (1);
}

/*
 * Read one value, refusing anything deeper than VALUE_MAX_DEPTH.  With v
 * NULL it only checks the encoding and builds nothing, which is how the UI
 * validates frames it passes on.
 */
static int
value_read(struct msg_reader *r, struct value *v, int depth, int in_array,
    const char **err)
{
	uint8_t		 tag;
	uint64_t	 bits;
	uint32_t	 count, i;
	const char	*s;
	size_t		 n;
	struct value	*slot = NULL;

	if (msg_get_u8(r, &tag) == -1) {
		*err = "truncated value";
		return (-1);
	}
	switch (tag) {
	case VALUE_UNDEFINED:
	case VALUE_NULL:
	case VALUE_FALSE:
	case VALUE_TRUE:
		if (v != NULL)
			value_init(v, tag);
		return (0);
	case VALUE_NUMBER:
		if (msg_get_u64(r, &bits) == -1) {
			*err = "truncated number";
			return (-1);
		}
		if (v != NULL) {
			value_init(v, VALUE_NUMBER);
			memcpy(&v->number, &bits, sizeof bits);
		}
		return (0);
	case VALUE_STRING:
		if (msg_view_string(r, &s, &n) == -1) {
			*err = "truncated or invalid UTF-8 string";
			return (-1);
		}
		if (v != NULL)
			value_string(v, s, n);
		return (0);
	case VALUE_BIGINT:
		if (msg_view_string(r, &s, &n) == -1 ||
		    !value_bigint_valid(s, n)) {
			*err = "truncated or invalid BigInt";
			return (-1);
		}
		if (v != NULL)
			value_bigint(v, s, n);
		return (0);
	case VALUE_HOLE:
		if (!in_array) {
			*err = "hole outside an array";
			return (-1);
		}
		if (v != NULL)
			value_init(v, VALUE_HOLE);
		return (0);
	case VALUE_ARRAY:
	case VALUE_OBJECT:
		break;
	default:
		*err = "unknown value tag";
		return (-1);
	}
	if (depth >= VALUE_MAX_DEPTH) {
		*err = "value nested too deep";
		return (-1);
	}
	/* Each element takes at least one byte: bound count first. */
	if (msg_get_u32(r, &count) == -1 || count > r->len - r->pos) {
		*err = "truncated array or object";
		return (-1);
	}
	if (v != NULL)
		value_init(v, tag);
	for (i = 0; i < count; i++) {
		if (tag == VALUE_OBJECT) {
			if (msg_view_string(r, &s, &n) == -1) {
				*err = "truncated or invalid object key";
				return (-1);
			}
			if (v != NULL)
				slot = value_set(v, s, n);
		} else if (v != NULL)
			slot = value_push(v);
		if (value_read(r, slot, depth + 1, tag == VALUE_ARRAY,
		    err) == -1)
			return (-1);
	}
	return (0);
}

/* Check that the payload holds one well-formed value here, building nothing. */
int
value_check(struct msg_reader *r, const char **err)
{
	return (value_read(r, NULL, 0, 0, err));
}

/* Decode one value from a payload; on error v is freed and *err says why. */
int
value_decode(struct msg_reader *r, struct value *v, const char **err)
{
	value_init(v, VALUE_UNDEFINED);
	if (value_read(r, v, 0, 0, err) == -1) {
		value_free(v);
		return (-1);
	}
	return (0);
}

/* Decode one value that must be all that is left of the payload. */
int
value_decode_last(struct msg_reader *r, struct value *v, const char **err)
{
	if (value_decode(r, v, err) == -1)
		return (-1);
	if (msg_get_end(r) == -1) {
		*err = "bytes after the value";
		value_free(v);
		return (-1);
	}
	return (0);
}
