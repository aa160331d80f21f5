/* JavaScript values that IPC carries: the structured-clone subset ipcsim supports. */
#ifndef IPCSIM_VALUE_H
#define IPCSIM_VALUE_H

#include <stddef.h>

#include "buf.h"
#include "msg.h"

#define VALUE_MAX_DEPTH	32

/* Wire tags; numbered once, never changed. */
enum value_type {
	VALUE_UNDEFINED = 0,
	VALUE_NULL = 1,
	VALUE_FALSE = 2,
	VALUE_TRUE = 3,
	VALUE_NUMBER = 4,
	VALUE_STRING = 5,
	VALUE_ARRAY = 6,
	VALUE_OBJECT = 7,
	VALUE_HOLE = 8,		/* an array's missing element: [1, , 3] */
	VALUE_BIGINT = 9,	/* str: its decimal digits, '-' first if negative */
	VALUE_DATE = 10,	/* number: its time value in ms, NaN if invalid */
	VALUE_REGEXP = 11,	/* str: its source; items[0]: its flags */
	VALUE_MAP = 12,		/* items: its keys and values, alternating */
	VALUE_SET = 13,		/* items: its elements */
	VALUE_ARRAY_BUFFER = 14, /* str, len: its bytes */
	VALUE_TYPED_ARRAY = 15,	/* kind: TYPED_*; str, len: its bytes */
	/* What the clone refuses; values while the field is evaluated, never sent. */
	VALUE_FUNCTION = 16,
	VALUE_SYMBOL = 17,
	VALUE_ERROR = 18,	/* kind: ERROR_*; str: its stack; items[0]: its message, if any */
	/*
	 * ref: an object that more than one place holds (or a cycle goes
	 * through), kept in the root's heap; on the wire: u32, the number of
	 * a shared object sent before (or still being sent, for a cycle).
	 */
	VALUE_REF = 19,
	VALUE_SHARED = 20,	/* wire only: the object that follows is shared, numbered next */
};

/* The Error prototypes the clone keeps, in the order of value_error_names[]. */
enum value_error {
	ERROR_ERROR,
	ERROR_EVAL,
	ERROR_RANGE,
	ERROR_REFERENCE,
	ERROR_SYNTAX,
	ERROR_TYPE,
	ERROR_URI,
	ERROR_COUNT
};

extern const char *const value_error_names[ERROR_COUNT];

/* The typed arrays, in the order of value_typed_kinds[]; numbered once. */
enum value_typed {
	TYPED_INT8,
	TYPED_UINT8,
	TYPED_UINT8_CLAMPED,
	TYPED_INT16,
	TYPED_UINT16,
	TYPED_INT32,
	TYPED_UINT32,
	TYPED_FLOAT32,
	TYPED_FLOAT64,
	TYPED_BIGINT64,
	TYPED_BIGUINT64,
	TYPED_COUNT
};

/* A typed array's constructor name and element size in bytes. */
struct value_typed_kind {
	const char	*name;
	size_t		 size;
};

extern const struct value_typed_kind value_typed_kinds[TYPED_COUNT];

/*
 * An array's or object's slots are allocated by value_push and value_set
 * only, 4 at first and then doubling, so their number follows from count:
 * build items with those two, and never lower count.
 */
struct value {
	enum value_type	 type;
	int		 kind;		/* enum value_typed, enum value_error */
	double		 number;	/* VALUE_NUMBER */
	char		*str;		/* VALUE_STRING, VALUE_BIGINT, NUL-terminated */
	size_t		 len;		/* its length in bytes */
	struct value	*items;		/* VALUE_ARRAY elements, VALUE_OBJECT values */
	struct value	*keys;		/* VALUE_OBJECT keys (strings), same count */
	size_t		 count;
	struct value	*ref;		/* VALUE_REF: the shared object */
	struct value_heap *heap;	/* a root's shared objects, freed with it */
};

/* The shared objects a root owns, in the order they were made. */
struct value_heap {
	struct value	**objects;
	size_t		  count;
};

void	value_init(struct value *, enum value_type);
void	value_number(struct value *, double);
void	value_string(struct value *, const char *, size_t);
void	value_take_string(struct value *, char *, size_t);
void	value_bigint(struct value *, const char *, size_t);
void	value_bytes(struct value *, enum value_type, const void *, size_t);
double	value_typed_get(const struct value *, size_t, char *, size_t);
size_t	value_typed_length(const struct value *);
int	value_regexp_flags_valid(const char *, size_t);
struct value *value_push(struct value *);
struct value *value_set(struct value *, const char *, size_t);
void	value_copy(struct value *, const struct value *);
void	value_free(struct value *);
int	value_is_string(const struct value *);
int	value_is_object(const struct value *);
const struct value *value_deref(const struct value *);
struct value_heap *value_heap_new(void);
void	value_heap_free(struct value_heap *);
void	value_share(struct value_heap *, struct value *);

void	value_encode(struct buf *, const struct value *);
int	value_decode(struct msg_reader *, struct value *, const char **);
int	value_check(struct msg_reader *, const char **);
int	value_decode_last(struct msg_reader *, struct value *, const char **);

#endif
