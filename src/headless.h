/* The transcript mode: the same processes, every pane line on stdout. */
#ifndef IPCSIM_HEADLESS_H
#define IPCSIM_HEADLESS_H

int	headless_run(long long, int);

#endif
