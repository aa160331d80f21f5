/* The columns Node's util.inspect counts for text (getStringWidth). */
#ifndef IPCSIM_NODEWIDTH_H
#define IPCSIM_NODEWIDTH_H

#include <stddef.h>
#include <stdint.h>

int	node_width_code_point(uint32_t);
size_t	node_width(const char *, size_t);

#endif
