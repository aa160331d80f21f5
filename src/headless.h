/* The transcript mode: the same processes, every pane line on stdout. */
#ifndef IPCSIM_HEADLESS_H
#define IPCSIM_HEADLESS_H

#include "options.h"

int	headless_run(const struct options *);

#endif
