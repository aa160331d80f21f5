/*
 * The timeline: the newest lines of both logs, wrapped and bottom-aligned,
 * each in the column of the process that printed it.  The columns share
 * their rows, so the panes read as one timeline: every line on a row of its
 * own, in the order the processes printed them.
 */
#include "config.h"

#include <stdlib.h>
#include <unistd.h>

#include "pane.h"
#include "screen-scroll.h"
#include "ui-text.h"

/* The rules say whose console and log these are, and what they lack. */
static void
log_rules(const struct pane_data *d, struct buf *renderer, struct buf *main)
{
	/* A page blocked in sendSync says so where it cannot be cut off. */
	buf_printf(renderer, d->blocked ? " console - BLOCKED in sendSync " :
	    " console ");
	if (d->log->dropped > 0)
		buf_printf(main, " log (%llu older lines dropped) ",
		    d->log->dropped);
	else
		buf_printf(main, " log ");
}

/*
 * Rows that line l takes in w columns: measured once per width, with marks
 * that find any of its rows, so that a redraw reads no line again.
 */
static int
log_rows(struct logbuf_line *l, int w)
{
	if (l->wrap_w != w) {
		free(l->marks);
		l->rows = text_rows_marked(l->text, w, &l->marks);
		l->wrap_w = w;
	}
	return (l->rows);
}

/*
 * Fill the rows of the columns in cols (indexed by tag, all with the same
 * rows) with the end of the log: older lines scroll off the top.  Only the
 * rows that show are read, however long the lines.  The rows' move is then
 * made by scrolling the terminal where curses would repaint.
 */
static void
log_draw(WINDOW *win, const struct rect *cols, const struct pane_data *d)
{
	struct logbuf		*lb = d->log;
	struct logbuf_line	*l;
	size_t			 i, first, off;
	int			 rows = 0, y, skip, h = cols[0].h;

	if (h <= 0)
		return;
	/* Walk back from the newest line until the rows are full. */
	first = lb->count;
	while (first > 0 && rows < h) {
		l = logbuf_line(lb, --first);
		rows += log_rows(l, cols[l->tag].w);
	}
	/* The oldest line shown may show only its last rows. */
	skip = rows > h ? rows - h : 0;
	y = cols[0].y;
	for (i = first; i < lb->count; i++) {
		l = logbuf_line(lb, i);
		off = text_row_start(l->text, l->wrap_w, l->marks, skip);
		y += text_draw_wrapped(win, &cols[l->tag], y, l->text + off);
		skip = 0;
	}
	screen_scroll_up(STDOUT_FILENO, cols[0].y, cols[0].y + h - 1);
}

/* The timeline takes no keys of its own yet. */
static int
log_key(const struct wkey *k)
{
	(void)k;
	return (PANE_IGNORED);
}

const struct pane_ops pane_log = {
	"log", log_rules, log_draw, log_key
};
