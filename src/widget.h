/* Widgets behind a table of callbacks; key handlers return flags and never draw. */
#ifndef IPCSIM_WIDGET_H
#define IPCSIM_WIDGET_H

#include <curses.h>

#include "layout.h"

/* What a key handler reports. */
#define WIDGET_IGNORED	0x0	/* not for this widget */
#define WIDGET_HANDLED	0x1	/* used the key */
#define WIDGET_REDRAW	0x2	/* its look changed */
#define WIDGET_ACTIVATE	0x4	/* the user triggered it */

struct widget;

struct widget_ops {
	int	(*width)(const struct widget *);
	void	(*draw)(const struct widget *, WINDOW *, const struct rect *,
		    int);
	int	(*key)(struct widget *, int);
};

struct widget {
	const struct widget_ops	*ops;
	const char		*label;
};

extern const struct widget_ops	widget_button_ops;

#endif
