/* The numbering of the shared objects a walk over a value meets. */
#ifndef IPCSIM_VALUEIDS_H
#define IPCSIM_VALUEIDS_H

#include <stddef.h>

#include "value.h"

/* Shared objects by address, each with the number of the order it was first met in. */
struct value_ids {
	const struct value	**keys;		/* open addressing; NULL is free */
	size_t			 *ids;
	size_t			  cap;		/* 0, or a power of two */
	size_t			  count;
};

void	value_ids_init(struct value_ids *);
size_t	value_ids_get(struct value_ids *, const struct value *, int *);
size_t	value_ids_find(const struct value_ids *, const struct value *);
void	value_ids_free(struct value_ids *);

#endif
