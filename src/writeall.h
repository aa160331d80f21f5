/* Writing a whole buffer to a descriptor that may be blocking or not. */
#ifndef IPCSIM_WRITEALL_H
#define IPCSIM_WRITEALL_H

#include <stddef.h>

int	write_all(int, const void *, size_t);

#endif
