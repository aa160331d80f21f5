/* The monotonic clock, in nanoseconds, and poll timeouts from it. */
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

/*
 * Milliseconds poll may sleep until due (monotonic ns), rounded up so that
 * due has come when poll returns; -1 (no timeout) for UINT64_MAX, never.
 */
int
clock_poll_ms(uint64_t due)
{
	uint64_t	 now;

	if (due == UINT64_MAX)
		return (-1);
	if (due <= (now = clock_now_ns()))
		return (0);
	return ((int)((due - now + 999999) / 1000000));
}
