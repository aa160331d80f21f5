/*
 * The log panes: the newest lines of a logbuf, wrapped and bottom-aligned,
 * each in the column of the pane it is tagged with.  The columns share their
 * rows, so the panes read as one timeline: every line on a row of its own,
 * in the order the processes printed them.
 */
#ifndef IPCSIM_PANE_LOG_H
#define IPCSIM_PANE_LOG_H

#include <curses.h>

#include "layout.h"
#include "logbuf.h"

void	pane_log_draw(WINDOW *, const struct rect *, const struct logbuf *);

#endif
