/* The monotonic clock, in nanoseconds. */
#include "config.h"

#include <time.h>

#include "clock.h"

/* Nanoseconds on the monotonic clock. */
uint64_t
clock_now_ns(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ((uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec);
}
