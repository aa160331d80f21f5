/* Printing values the way Node's console.log does, on one line. */
#ifndef IPCSIM_INSPECT_H
#define IPCSIM_INSPECT_H

#include "buf.h"
#include "value.h"

void	inspect_value(struct buf *, const struct value *);
void	inspect_log_value(struct buf *, const struct value *);
void	inspect_log_values(struct buf *, const struct value *, size_t);
void	inspect_log_args(struct buf *, const struct value *);
void	inspect_items(struct buf *, const struct value *);
void	inspect_quoted(struct buf *, const char *, size_t);

#endif
