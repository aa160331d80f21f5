/* The transcript mode: the same processes, every pane line on stdout. */
#ifndef IPCSIM_HEADLESS_H
#define IPCSIM_HEADLESS_H

#include <stdio.h>

struct headless_options {
	long long	 clicks;	/* presses to make */
	int		 pipeline;	/* press again before the answer came */
	FILE		*timings;	/* each press's round trip in ns, or NULL */
	int		 utf8;		/* stdout takes UTF-8 */
};

int	headless_run(const struct headless_options *);

#endif
