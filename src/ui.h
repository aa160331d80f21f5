/* The full-screen terminal interface. */
#ifndef IPCSIM_UI_H
#define IPCSIM_UI_H

#include "options.h"

int	ui_run(const struct options *);

#endif
