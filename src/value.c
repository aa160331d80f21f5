/* The value type, its construction and its tagged wire encoding. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"
#include "value.h"
#include "valueids.h"

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

/* Make v an ArrayBuffer or a typed array (the caller sets kind) of n bytes copied from p. */
void
value_bytes(struct value *v, enum value_type type, const void *p, size_t n)
{
	value_string(v, p, n);
	v->type = type;
}

/* The Error constructors' names, by enum value_error. */
const char *const value_error_names[ERROR_COUNT] = {
	"Error", "EvalError", "RangeError", "ReferenceError", "SyntaxError",
	"TypeError", "URIError",
};

/* The typed arrays' names and element sizes, by enum value_typed. */
const struct value_typed_kind value_typed_kinds[TYPED_COUNT] = {
	{ "Int8Array", 1 },
	{ "Uint8Array", 1 },
	{ "Uint8ClampedArray", 1 },
	{ "Int16Array", 2 },
	{ "Uint16Array", 2 },
	{ "Int32Array", 4 },
	{ "Uint32Array", 4 },
	{ "Float32Array", 4 },
	{ "Float64Array", 8 },
	{ "BigInt64Array", 8 },
	{ "BigUint64Array", 8 },
};

/* The number of elements of a typed array. */
size_t
value_typed_length(const struct value *v)
{
	return (v->len / value_typed_kinds[v->kind].size);
}

/*
 * Element i of a typed array (its bytes in the host's order, as V8 keeps
 * them): its number, or for the BigInt kinds its decimal digits in digits
 * (and 0).
 */
double
value_typed_get(const struct value *v, size_t i, char *digits, size_t size)
{
	const char	*p = v->str + i * value_typed_kinds[v->kind].size;
	int8_t		 i8;
	int16_t		 i16;
	uint16_t	 u16;
	int32_t		 i32;
	uint32_t	 u32;
	int64_t		 i64;
	uint64_t	 u64;
	float		 f;
	double		 d;

	switch (v->kind) {
	case TYPED_INT8:
		memcpy(&i8, p, 1);
		return (i8);
	case TYPED_UINT8:
	case TYPED_UINT8_CLAMPED:
		return ((unsigned char)*p);
	case TYPED_INT16:
		memcpy(&i16, p, 2);
		return (i16);
	case TYPED_UINT16:
		memcpy(&u16, p, 2);
		return (u16);
	case TYPED_INT32:
		memcpy(&i32, p, 4);
		return (i32);
	case TYPED_UINT32:
		memcpy(&u32, p, 4);
		return (u32);
	case TYPED_FLOAT32:
		memcpy(&f, p, 4);
		return (f);
	case TYPED_FLOAT64:
		memcpy(&d, p, 8);
		return (d);
	case TYPED_BIGINT64:
		memcpy(&i64, p, 8);
		snprintf(digits, size, "%lld", (long long)i64);
		return (0);
	default:
		memcpy(&u64, p, 8);
		snprintf(digits, size, "%llu", (unsigned long long)u64);
		return (0);
	}
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

/*
 * Make out a copy of v: its own items copied, the shared objects it holds
 * shared with v (a reference is copied as one), no heap.
 */
void
value_copy(struct value *out, const struct value *v)
{
	size_t	 i;

	*out = *v;
	out->str = NULL;
	out->items = out->keys = NULL;
	out->heap = NULL;
	out->count = 0;
	if (v->str != NULL)
		value_bytes(out, v->type, v->str, v->len);
	out->kind = v->kind;
	out->number = v->number;
	for (i = 0; i < v->count; i++) {
		value_copy(v->keys != NULL ? value_set(out, v->keys[i].str,
		    v->keys[i].len) : value_push(out), &v->items[i]);
	}
}

/* Whether v owns nothing to free: a primitive other than a string, or a reference. */
static int
value_owns_nothing(const struct value *v)
{
	return (v->str == NULL && v->items == NULL && v->heap == NULL);
}

/*
 * Free what v owns (its items, and a root's heap) and leave it undefined.
 * Items that own nothing (numbers, booleans: most arguments) are not
 * visited one by one: their slots go with the array.
 */
void
value_free(struct value *v)
{
	size_t	 i;

	if (v->items != NULL) {
		for (i = 0; i < v->count; i++) {
			if (!value_owns_nothing(&v->items[i]))
				value_free(&v->items[i]);
			if (v->keys != NULL)
				free(v->keys[i].str);
		}
		free(v->items);
		free(v->keys);
	}
	free(v->str);
	if (v->heap != NULL)
		value_heap_free(v->heap);
	value_init(v, VALUE_UNDEFINED);
}

/* A new, empty heap of shared objects. */
struct value_heap *
value_heap_new(void)
{
	struct value_heap	*h;

	if ((h = calloc(1, sizeof *h)) == NULL)
		fatal("calloc");
	return (h);
}

/* Free a heap and every shared object in it. */
void
value_heap_free(struct value_heap *h)
{
	size_t	 i;

	for (i = 0; i < h->count; i++) {
		value_free(h->objects[i]);
		free(h->objects[i]);
	}
	free(h->objects);
	free(h);
}

/* A new shared object in heap h, undefined, for the caller to fill. */
static struct value *
value_heap_add(struct value_heap *h)
{
	struct value	*o;

	if (value_full(h->count)) {
		h->objects = reallocarray(h->objects, h->count == 0 ? 4 :
		    h->count * 2, sizeof *h->objects);
		if (h->objects == NULL)
			fatal("reallocarray");
	}
	if ((o = malloc(sizeof *o)) == NULL)
		fatal("malloc");
	value_init(o, VALUE_UNDEFINED);
	h->objects[h->count++] = o;
	return (o);
}

/*
 * Make object v shared: it moves into heap h and v becomes a reference to
 * it.  The objects it holds are shared first, so that whatever is read
 * out of a shared object is a reference to the same one.  A reference or
 * a primitive stays as it is.
 */
void
value_share(struct value_heap *h, struct value *v)
{
	struct value	*o;
	size_t		 i;

	if (!value_is_object(v))
		return;
	for (i = 0; i < v->count; i++)
		value_share(h, &v->items[i]);
	o = value_heap_add(h);
	*o = *v;
	value_init(v, VALUE_REF);
	v->ref = o;
}

/* What v stands for: the shared object it refers to, or v itself. */
const struct value *
value_deref(const struct value *v)
{
	return (v->type == VALUE_REF ? v->ref : v);
}

/* Whether v is an object the clone keeps as one when two places hold it (no reference). */
int
value_is_object(const struct value *v)
{
	switch (v->type) {
	case VALUE_ARRAY:
	case VALUE_OBJECT:
	case VALUE_DATE:
	case VALUE_REGEXP:
	case VALUE_MAP:
	case VALUE_SET:
	case VALUE_ARRAY_BUFFER:
	case VALUE_TYPED_ARRAY:
	case VALUE_ERROR:
		return (1);
	default:
		return (0);
	}
}

/* Whether v is a string. */
int
value_is_string(const struct value *v)
{
	return (v->type == VALUE_STRING);
}

/*
 * Append the tagged encoding of v: a shared object the first time as
 * VALUE_SHARED and the object, after that as VALUE_REF and its number.
 */
static void
value_write(struct buf *b, const struct value *v, struct value_ids *ids)
{
	uint64_t	 bits;
	size_t		 i, id;
	int		 fresh;

	if (v->type == VALUE_REF) {
		id = value_ids_get(ids, v->ref, &fresh);
		if (!fresh) {
			msg_add_u8(b, VALUE_REF);
			msg_add_u32(b, (uint32_t)id);
			return;
		}
		msg_add_u8(b, VALUE_SHARED);
		v = v->ref;
	}
	msg_add_u8(b, (uint8_t)v->type);
	switch (v->type) {
	case VALUE_NUMBER:
	case VALUE_DATE:
		memcpy(&bits, &v->number, sizeof bits);
		msg_add_u64(b, bits);
		break;
	case VALUE_TYPED_ARRAY:
		msg_add_u8(b, (uint8_t)v->kind);
		/* FALLTHROUGH */
	case VALUE_STRING:
	case VALUE_BIGINT:
	case VALUE_ARRAY_BUFFER:
		msg_add_string(b, v->str, v->len);
		break;
	case VALUE_REGEXP:
		msg_add_string(b, v->str, v->len);
		msg_add_string(b, v->items[0].str, v->items[0].len);
		break;
	case VALUE_ERROR:
		msg_add_u8(b, (uint8_t)v->kind);
		msg_add_string(b, v->str, v->len);
		msg_add_u8(b, (uint8_t)v->count);
		if (v->count > 0)
			msg_add_string(b, v->items[0].str, v->items[0].len);
		break;
	case VALUE_ARRAY:
	case VALUE_OBJECT:
	case VALUE_MAP:
	case VALUE_SET:
		msg_add_u32(b, (uint32_t)v->count);
		for (i = 0; i < v->count; i++) {
			if (v->type == VALUE_OBJECT)
				msg_add_string(b, v->keys[i].str, v->keys[i].len);
			value_write(b, &v->items[i], ids);
		}
		break;
	default:
		break;
	}
}

/* Append the tagged encoding of v to a payload. */
void
value_encode(struct buf *b, const struct value *v)
{
	struct value_ids	 ids;

	value_ids_init(&ids);
	value_write(b, v, &ids);
	value_ids_free(&ids);
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

/* Whether flags are a RegExp's: each of dgimsuvy at most once, not both u and v. */
int
value_regexp_flags_valid(const char *s, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		if (strchr("dgimsuvy", s[i]) == NULL || s[i] == '\0' ||
		    memchr(s, s[i], i) != NULL)
			return (0);
	}
	return (!(memchr(s, 'u', n) != NULL && memchr(s, 'v', n) != NULL));
}

/* Whether d is a Date's time value: NaN, or an integer of at most 8.64e15 ms either way. */
static int
value_time_valid(double d)
{
	return (isnan(d) || (d == trunc(d) && fabs(d) <= 8.64e15));
}

/*
 * Read a value that holds no other values (tag already read) into v, or
 * only check it with v NULL.
 */
static int
value_read_leaf(struct msg_reader *r, struct value *v, uint8_t tag,
    int in_array, const char **err)
{
	uint64_t	 bits;
	uint8_t		 kind = 0, has;
	const char	*s, *f;
	size_t		 n, nf;
	double		 d;

	switch (tag) {
	case VALUE_UNDEFINED:
	case VALUE_NULL:
	case VALUE_FALSE:
	case VALUE_TRUE:
		if (v != NULL)
			value_init(v, tag);
		return (0);
	case VALUE_HOLE:
		if (!in_array) {
			*err = "hole outside an array";
			return (-1);
		}
		if (v != NULL)
			value_init(v, VALUE_HOLE);
		return (0);
	case VALUE_NUMBER:
	case VALUE_DATE:
		if (msg_get_u64(r, &bits) == -1) {
			*err = "truncated number";
			return (-1);
		}
		memcpy(&d, &bits, sizeof d);
		if (tag == VALUE_DATE && !value_time_valid(d)) {
			*err = "invalid Date";
			return (-1);
		}
		if (v != NULL) {
			value_init(v, tag);
			v->number = d;
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
	case VALUE_REGEXP:
		if (msg_view_string(r, &s, &n) == -1 ||
		    msg_view_string(r, &f, &nf) == -1 ||
		    !value_regexp_flags_valid(f, nf)) {
			*err = "truncated or invalid RegExp";
			return (-1);
		}
		if (v != NULL) {
			value_string(v, s, n);
			v->type = VALUE_REGEXP;
			value_string(value_push(v), f, nf);
		}
		return (0);
	case VALUE_ERROR:
		/* Its prototype, its stack, whether it has a message, the message. */
		if (msg_get_u8(r, &kind) == -1 || kind >= ERROR_COUNT ||
		    msg_view_string(r, &s, &n) == -1 ||
		    msg_get_u8(r, &has) == -1 || has > 1 ||
		    (has && msg_view_string(r, &f, &nf) == -1)) {
			*err = "truncated or invalid Error";
			return (-1);
		}
		if (v != NULL) {
			value_string(v, s, n);
			v->type = VALUE_ERROR;
			v->kind = kind;
			if (has)
				value_string(value_push(v), f, nf);
		}
		return (0);
	case VALUE_TYPED_ARRAY:
	case VALUE_ARRAY_BUFFER:
		if ((tag == VALUE_TYPED_ARRAY && (msg_get_u8(r, &kind) == -1 ||
		    kind >= TYPED_COUNT)) || msg_view_bytes(r, &s, &n) == -1 ||
		    (tag == VALUE_TYPED_ARRAY &&
		    n % value_typed_kinds[kind].size != 0)) {
			*err = "truncated or invalid ArrayBuffer or typed array";
			return (-1);
		}
		if (v != NULL) {
			value_bytes(v, tag, s, n);
			v->kind = kind;
		}
		return (0);
	default:
		*err = "unknown value tag";
		return (-1);
	}
}

/* What a decoding keeps from value to value: the shared objects read so far. */
struct value_reader {
	struct value_heap	*heap;		/* NULL when only checking */
	size_t			 shared;	/* how many are numbered */
};

static int	value_read(struct msg_reader *, struct value *,
		    struct value_reader *, int, int, const char **);

/*
 * After VALUE_SHARED: the object it numbers, made in the heap before its
 * items are read so that they may refer to it (a cycle); v refers to it.
 * After VALUE_REF: the number of one read before, or being read.
 */
static int
value_read_shared(struct msg_reader *r, struct value *v,
    struct value_reader *d, uint8_t tag, int depth, const char **err)
{
	struct value	*o = NULL;
	struct value	 probe;
	uint32_t	 id;

	if (tag == VALUE_REF) {
		if (msg_get_u32(r, &id) == -1 || id >= d->shared) {
			*err = "reference to no shared object before it";
			return (-1);
		}
		if (v != NULL) {
			value_init(v, VALUE_REF);
			v->ref = d->heap->objects[id];
		}
		return (0);
	}
	value_init(&probe, r->pos < r->len ? r->p[r->pos] : VALUE_UNDEFINED);
	if (!value_is_object(&probe)) {
		*err = "shared value that is not an object";
		return (-1);
	}
	d->shared++;
	if (v != NULL) {
		if (d->heap == NULL)
			d->heap = value_heap_new();
		o = value_heap_add(d->heap);
		value_init(v, VALUE_REF);
		v->ref = o;
	}
	return (value_read(r, o, d, depth, 0, err));
}

/*
 * Read one value, refusing anything deeper than VALUE_MAX_DEPTH.  With v
 * NULL it only checks the encoding and builds nothing, which is how the UI
 * validates frames it passes on.
 */
static int
value_read(struct msg_reader *r, struct value *v, struct value_reader *d,
    int depth, int in_array, const char **err)
{
	uint8_t		 tag;
	uint32_t	 count, i;
	const char	*s;
	size_t		 n;
	struct value	*slot = NULL;

	if (msg_get_u8(r, &tag) == -1) {
		*err = "truncated value";
		return (-1);
	}
	if (tag == VALUE_SHARED || tag == VALUE_REF)
		return (value_read_shared(r, v, d, tag, depth, err));
	if (tag != VALUE_ARRAY && tag != VALUE_OBJECT && tag != VALUE_MAP &&
	    tag != VALUE_SET)
		return (value_read_leaf(r, v, tag, in_array, err));
	if (depth >= VALUE_MAX_DEPTH) {
		*err = "value nested too deep";
		return (-1);
	}
	/* Each element takes at least one byte: bound count first. */
	if (msg_get_u32(r, &count) == -1 || count > r->len - r->pos) {
		*err = "truncated array or object";
		return (-1);
	}
	if (tag == VALUE_MAP && count % 2 != 0) {
		*err = "a Map's key without its value";
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
		if (value_read(r, slot, d, depth + 1, tag == VALUE_ARRAY,
		    err) == -1)
			return (-1);
	}
	return (0);
}

/* Check that the payload holds one well-formed value here, building nothing. */
int
value_check(struct msg_reader *r, const char **err)
{
	struct value_reader	 d = { NULL, 0 };

	return (value_read(r, NULL, &d, 0, 0, err));
}

/*
 * Decode one value from a payload, its shared objects in its heap; on
 * error v is freed and *err says why.
 */
int
value_decode(struct msg_reader *r, struct value *v, const char **err)
{
	struct value_reader	 d = { NULL, 0 };
	int			 ret;

	value_init(v, VALUE_UNDEFINED);
	ret = value_read(r, v, &d, 0, 0, err);
	v->heap = d.heap;
	if (ret == -1) {
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
