/*
 * The settings form (F9): the modelled handler's delay, its throw and
 * message, no handler, the push interval, contextIsolation and the number
 * of windows, as the command line's options set them, changed from the
 * screen.
 */
#ifndef IPCSIM_UI_SETTINGS_H
#define IPCSIM_UI_SETTINGS_H

#include <curses.h>

#include "buf.h"
#include "scenario.h"
#include "widget.h"

enum settings_row {
	SETTINGS_DELAY,
	SETTINGS_THROW,
	SETTINGS_NO_HANDLER,
	SETTINGS_PUSH_EVERY,
	SETTINGS_ISOLATION,
	SETTINGS_WINDOWS,
	SETTINGS_ROWS
};

/* What settings_key reports. */
#define SETTINGS_STAY	0	/* still open */
#define SETTINGS_APPLY	1	/* Enter: apply what the form says */
#define SETTINGS_CANCEL	2	/* Esc: close, change nothing */

struct settings {
	int		 open;
	int		 row;		/* the focused row */
	struct field	 delay;
	struct field	 throw_msg;
	struct selector	 no_handler;
	struct field	 push_every;
	struct selector	 isolation;
	struct selector	 windows;
	struct widget	*rows[SETTINGS_ROWS];
};

void	settings_open(struct settings *, const struct scenario *, int);
void	settings_draw(WINDOW *, const struct settings *, int, int);
int	settings_key(struct settings *, const struct wkey *);
int	settings_read(const struct settings *, struct scenario *, int *,
	    struct buf *);

#endif
