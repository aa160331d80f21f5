/* The full-screen terminal interface. */
#ifndef IPCSIM_UI_H
#define IPCSIM_UI_H

#include "options.h"

/* The exit status when the terminal cannot show the TUI (EX_USAGE, as a bad option). */
#define UI_EXIT_TERMINAL	64

int	ui_run(const struct options *);

#endif
