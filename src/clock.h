/* Monotonic time for timers and round trips. */
#ifndef IPCSIM_CLOCK_H
#define IPCSIM_CLOCK_H

#include <stdint.h>

uint64_t	clock_now_ns(void);
int		clock_poll_ms(uint64_t);

#endif
