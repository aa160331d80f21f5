/*
 * The views below the rules, behind a table of operations as tmux's window
 * modes are: each fills the two columns the layout gives it (the renderer's
 * and main's) from what the UI shows, names its rules, and may take keys.
 * ui.c lists them, the timeline first; each other has a key of the key
 * table that shows it, or the timeline again.  A pane's keys come before
 * the global ones.  Adding a pane is its file, pane-NAME.c, a line in that
 * list, and its key.
 */
#ifndef IPCSIM_PANE_H
#define IPCSIM_PANE_H

#include <curses.h>
#include <stdint.h>

#include "buf.h"
#include "layout.h"
#include "logbuf.h"
#include "framelog.h"
#include "scenario.h"
#include "step.h"
#include "widget.h"

/* What a pane is drawn from: the UI's state, read only but for the log's wrap cache. */
struct pane_data {
	struct logbuf		*log;		/* both processes' lines, in order */
	const struct scenario	*sc;
	const char		*args;		/* the argument field's text */
	int			 blocked;	/* the window shown waits in sendSync */
	int			 window;	/* the window shown, 1-based */
	int			 gutter;	/* mark main's lines with their window */
	int			 arrows;	/* show the messages as arrows */
	int			 utf8;		/* the terminal takes UTF-8 */
	/*
	 * The timeline's newest line shown, counting every line ever added,
	 * plus one; 0 follows the newest.
	 */
	uint64_t		 anchor;
	struct framelog		*frames;	/* every frame routed; the inspector may clear it */
	const struct step	*step;		/* what step mode holds */
};

/* The timeline's scrolling moves (timeline_scroll). */
enum timeline_move {
	TIMELINE_PAGE_UP,
	TIMELINE_PAGE_DOWN,
	TIMELINE_LINES_UP,	/* a wheel's notch */
	TIMELINE_LINES_DOWN,
	TIMELINE_OLDEST,
	TIMELINE_NEWEST,
};

/* What a pane's key handler reports. */
#define PANE_IGNORED	0x0	/* not for this pane */
#define PANE_REDRAW	0x1	/* used it; draw again */
#define PANE_CLOSE	0x2	/* go back to the first pane */

struct pane_ops {
	const char	*name;
	/* The labels of the rules above the renderer's and main's columns. */
	void	(*rules)(const struct pane_data *, struct buf *, struct buf *);
	/* Fill the columns (indexed by enum layout_column; they share rows). */
	void	(*draw)(WINDOW *, const struct rect *, const struct pane_data *);
	/* A key, before the global keys and the controls; PANE_* flags. */
	int	(*key)(const struct wkey *, const struct pane_data *);
	/* The status line's hint when Enter does not send; NULL: it sends. */
	const char *(*hint)(void);
};

extern const struct pane_ops	pane_log;
extern const struct pane_ops	pane_code;
extern const struct pane_ops	pane_inspector;

uint64_t	timeline_scroll(const struct rect *, const struct pane_data *,
		    enum timeline_move);
uint64_t	timeline_lines_back(const struct pane_data *);

#endif
