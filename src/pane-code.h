/* The code view: lines of code in a column, wrapped, from the top. */
#ifndef IPCSIM_PANE_CODE_H
#define IPCSIM_PANE_CODE_H

#include <curses.h>

#include "layout.h"

void	pane_code_draw(WINDOW *, const struct rect *, const char *);

#endif
