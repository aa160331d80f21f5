/* Making text from another process safe to show on a terminal. */
#ifndef IPCSIM_ESCAPE_H
#define IPCSIM_ESCAPE_H

#include <stddef.h>

#include "buf.h"

void	 escape_append(struct buf *, const char *, size_t, int);
char	*escape_for_terminal(const char *, size_t, int);

#endif
