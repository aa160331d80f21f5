/*
 * The help overlay: every key of the key table and what it does, grouped,
 * in a box over the screen; it scrolls when the terminal is too small.
 */
#ifndef IPCSIM_UI_HELP_H
#define IPCSIM_UI_HELP_H

#include <curses.h>

#include "widget.h"

struct help {
	int	 open;
	int	 top;		/* the first content row shown */
	int	 rows;		/* content rows, as last drawn */
	int	 shown;		/* of which fit in the box */
};

void	help_draw(WINDOW *, struct help *, int, int);
int	help_key(struct help *, const struct wkey *);

#endif
