/*
 * The numbering of the shared objects a walk over a value meets: the wire
 * encoder, the trace and the checks of the argument field number them in
 * the order they first meet them, and know one met again.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "log.h"
#include "valueids.h"

/* Make an empty numbering. */
void
value_ids_init(struct value_ids *t)
{
	t->keys = NULL;
	t->ids = NULL;
	t->cap = t->count = 0;
}

/* The slot of object o in the table: its own, or the free one it would take. */
static size_t
value_ids_slot(const struct value_ids *t, const struct value *o)
{
	size_t	 i = (size_t)(((uintptr_t)o >> 4) * 0x9e3779b97f4a7c15ULL) &
	    (t->cap - 1);

	while (t->keys[i] != NULL && t->keys[i] != o)
		i = (i + 1) & (t->cap - 1);
	return (i);
}

/* Double the table (or make its first slots) and put the numbered objects back. */
static void
value_ids_grow(struct value_ids *t)
{
	struct value_ids	 old = *t;
	size_t			 i, s;

	t->cap = old.cap == 0 ? 16 : old.cap * 2;
	t->keys = calloc(t->cap, sizeof *t->keys);
	t->ids = calloc(t->cap, sizeof *t->ids);
	if (t->keys == NULL || t->ids == NULL)
		fatal("calloc");
	for (i = 0; i < old.cap; i++) {
		if (old.keys[i] == NULL)
			continue;
		s = value_ids_slot(t, old.keys[i]);
		t->keys[s] = old.keys[i];
		t->ids[s] = old.ids[i];
	}
	free(old.keys);
	free(old.ids);
}

/* The number of object o, giving it the next one if it is new (*fresh then 1, else 0). */
size_t
value_ids_get(struct value_ids *t, const struct value *o, int *fresh)
{
	size_t	 s;

	if (t->count * 2 >= t->cap)
		value_ids_grow(t);
	s = value_ids_slot(t, o);
	*fresh = t->keys[s] == NULL;
	if (*fresh) {
		t->keys[s] = o;
		t->ids[s] = t->count++;
	}
	return (t->ids[s]);
}

/* The number of object o plus one, or 0 if it has none yet. */
size_t
value_ids_find(const struct value_ids *t, const struct value *o)
{
	size_t	 s;

	if (t->cap == 0)
		return (0);
	s = value_ids_slot(t, o);
	return (t->keys[s] == NULL ? 0 : t->ids[s] + 1);
}

/* Free the table. */
void
value_ids_free(struct value_ids *t)
{
	free(t->keys);
	free(t->ids);
	value_ids_init(t);
}
