/* A log pane: the newest lines of a logbuf, wrapped, bottom-aligned. */
#ifndef IPCSIM_PANE_LOG_H
#define IPCSIM_PANE_LOG_H

#include <curses.h>

#include "layout.h"
#include "logbuf.h"

void	pane_log_draw(WINDOW *, const struct rect *, const struct logbuf *);

#endif
