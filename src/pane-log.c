/*
 * The timeline: both logs, wrapped and bottom-aligned, each line in the
 * column of the process that printed it.  The columns share their rows, so
 * the panes read as one timeline: every line on a row of its own, in the
 * order the processes printed them.  The renderer's column shows the
 * window shown; main's marks the window each line is about.  Between them,
 * the messages that crossed, as arrows.  It follows the newest line, or
 * stays where the user scrolled back to.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "i18n.h"
#include "pane.h"
#include "screen-scroll.h"
#include "ui-color.h"
#include "ui-text.h"

#define LOG_GUTTER	3	/* main's window mark: "W1 " */
#define LOG_WHEEL_LINES	3	/* lines a wheel's notch scrolls */

/* The rules say whose console and log these are, what they lack, and how far back the view is. */
static void
log_rules(const struct pane_data *d, struct buf *renderer, struct buf *main)
{
	uint64_t	 back = timeline_lines_back(d);

	/* A page blocked in sendSync says so where it cannot be cut off. */
	buf_printf(renderer, "%s", d->blocked ?
	    _(" console - BLOCKED in sendSync ") : _(" console "));
	buf_printf(main, "%s", _(" log "));
	if (back > 0)
		buf_printf(main, _("- %llu lines back, End follows "),
		    (unsigned long long)back);
	if (d->log->dropped > 0)
		buf_printf(main, _("(%llu older lines dropped) "),
		    (unsigned long long)d->log->dropped);
}

/*
 * Whether line l shows: main's always, a renderer's when it is the window
 * shown's, an arrow (of any window: it names its own) while arrows show.
 */
static int
log_shows(const struct pane_data *d, const struct logbuf_line *l)
{
	if (l->kind == LOGBUF_ARROW)
		return (d->arrows);
	return (l->tag == LAYOUT_MAIN || l->window == 0 ||
	    l->window == d->window);
}

/* The columns line l's text takes: its column's, less main's gutter when there is one. */
static struct rect
log_rect(const struct rect *cols, const struct pane_data *d,
    const struct logbuf_line *l)
{
	struct rect	 r = cols[l->tag];

	if (l->tag == LAYOUT_MAIN && d->gutter && r.w > LOG_GUTTER + 1) {
		r.x += LOG_GUTTER;
		r.w -= LOG_GUTTER;
	}
	return (r);
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

/* Rows line i takes in the view, 0 if it does not show. */
static int
log_line_rows(const struct rect *cols, const struct pane_data *d, size_t i)
{
	struct logbuf_line	*l = logbuf_line(d->log, i);
	struct rect		 r;

	if (!log_shows(d, l))
		return (0);
	/* An arrow takes one row, its label cut to fit. */
	if (l->kind == LOGBUF_ARROW)
		return (1);
	r = log_rect(cols, d, l);
	return (log_rows(l, r.w));
}

/* The index past the newest line the view shows. */
static size_t
log_bottom(const struct pane_data *d)
{
	const struct logbuf	*lb = d->log;

	if (d->anchor == 0 || d->anchor - lb->dropped > lb->count)
		return (lb->count);
	if (d->anchor <= lb->dropped)
		return (1);
	return (d->anchor - lb->dropped);
}

/* The style line l is drawn in. */
static enum ui_style
log_style(const struct logbuf_line *l)
{
	if (l->kind == LOGBUF_ERROR)
		return (STYLE_ERROR);
	if (l->kind == LOGBUF_NOTICE)
		return (STYLE_NOTICE);
	return (l->tag == LAYOUT_MAIN ? STYLE_MAIN : STYLE_RENDERER);
}

/*
 * Draw arrow l on row y across both columns: the gutter (press, time since
 * the press, window) at the left; a message to main is its label in the
 * renderer's column and a head in main's, one back is a head in the
 * renderer's column and its label in main's.  The heads sit in the cells
 * beside the boxes' borders, so the arrow crosses them.  An answer's line
 * is dotted; a frame dropped or refused ends in a cross.  One from a
 * page to another (on a port) stays in the renderer's column.  A frame step
 * mode holds is pending: its line leaves the sender's border, marked held,
 * and reaches nobody yet.
 */
static void
log_draw_arrow(WINDOW *win, const struct rect *cols, int y,
    const struct logbuf_line *l, const struct pane_data *d)
{
	const struct rect	*rc = &cols[LAYOUT_RENDERER], *mc = &cols[LAYOUT_MAIN];
	const char		*sep = strchr(l->text, LOGBUF_SEP), *label;
	const char		*line, *head, *held = NULL;
	int			 x, w, hw = 0, to_main = l->flags & LOGBUF_TO_MAIN;
	int			 right = to_main || (l->flags & LOGBUF_BETWEEN);

	if (sep == NULL)
		return;
	label = sep + 1;
	if (d->utf8) {
		line = l->flags & LOGBUF_ANSWER ? "\xe2\x94\x84" : "\xe2\x94\x80";
		head = l->flags & LOGBUF_FAILED ? "\xe2\x9c\x97" : right ?
		    "\xe2\x96\xb6" : "\xe2\x97\x80";
	} else {
		line = l->flags & LOGBUF_ANSWER ? "." : "-";
		head = l->flags & LOGBUF_FAILED ? "x" : right ? ">" : "<";
	}
	if (l->frame != 0 && step_is_held(d->step, l->frame)) {
		/* A mark like the arrows' own: not translated, one width. */
		held = "[held]";
		hw = (int)strlen(held) + 1;
	}
	/*
	 * In the terminal's own colours, but for a failed one: a press's
	 * arrows are two of its four rows, and every coloured run costs
	 * bytes to start and end.
	 */
	wattrset(win, l->flags & LOGBUF_FAILED ? ui_style(STYLE_ERROR) :
	    A_NORMAL);
	x = rc->x + text_draw(win, y, rc->x, rc->w, l->text, sep - l->text);
	if (l->flags & LOGBUF_BETWEEN) {
		/* Page to page stays in the pages' column: "W1→W2 ──▶ label". */
		w = rc->x + rc->w - x;
		if (w < 4)
			return;
		text_draw(win, y, x + 1, 1, line, strlen(line));
		text_draw(win, y, x + 2, 1, line, strlen(line));
		if (held != NULL)
			text_draw(win, y, x + 4, w - 4, held, strlen(held));
		else
			text_draw(win, y, x + 3, 1, head, strlen(head));
		if (w > 5 + hw)
			text_draw_cut(win, y, x + 5 + hw, w - 5 - hw, label,
			    strlen(label));
	} else if (to_main) {
		w = rc->x + rc->w - x - 1;
		text_draw_cut(win, y, x + 1, w - hw, label, strlen(label));
		text_draw(win, y, rc->x + rc->w, 1, line, strlen(line));
		if (held != NULL)
			text_draw(win, y, rc->x + rc->w - hw + 1, hw - 1, held,
			    strlen(held));
		else
			text_draw(win, y, mc->x - 1, 1, head, strlen(head));
	} else {
		if (held == NULL)
			text_draw(win, y, rc->x + rc->w, 1, head, strlen(head));
		text_draw(win, y, mc->x - 1, 1, line, strlen(line));
		text_draw(win, y, mc->x, 1, line, strlen(line));
		if (held != NULL)
			text_draw(win, y, mc->x + 2, hw - 1, held,
			    strlen(held));
		text_draw_cut(win, y, mc->x + 2 + hw, mc->w - 2 - hw, label,
		    strlen(label));
	}
}

/*
 * Fill the rows of the columns in cols (indexed by tag, all with the same
 * rows) with the lines up to the view's bottom: older lines go off the top.
 * Only the rows that show are read, however long the lines.  The rows' move
 * is then made by scrolling the terminal where curses would repaint.
 */
static void
log_draw(WINDOW *win, const struct rect *cols, const struct pane_data *d)
{
	struct logbuf		*lb = d->log;
	struct logbuf_line	*l;
	struct rect		 r;
	size_t			 i, first, off, bottom = log_bottom(d);
	int			 rows = 0, y, skip, h = cols[0].h;
	char			 mark[8];

	if (h <= 0)
		return;
	/* Walk back from the bottom line until the rows are full. */
	first = bottom;
	while (first > 0 && rows < h)
		rows += log_line_rows(cols, d, --first);
	/* The oldest line shown may show only its last rows. */
	skip = rows > h ? rows - h : 0;
	y = cols[0].y;
	for (i = first; i < bottom; i++) {
		l = logbuf_line(lb, i);
		if (!log_shows(d, l))
			continue;
		if (l->kind == LOGBUF_ARROW) {
			if (skip == 0)
				log_draw_arrow(win, cols, y++, l, d);
			skip = 0;
			continue;
		}
		r = log_rect(cols, d, l);
		if (r.x != cols[l->tag].x && l->window != 0) {
			snprintf(mark, sizeof mark, "W%d", l->window);
			wattrset(win, ui_style(STYLE_GUTTER));
			text_draw(win, y, cols[l->tag].x, LOG_GUTTER - 1, mark,
			    strlen(mark));
		}
		off = text_row_start(l->text, l->wrap_w, l->marks, skip);
		wattrset(win, ui_style(log_style(l)));
		y += text_draw_wrapped(win, &r, y, l->text + off);
		skip = 0;
	}
	wattrset(win, A_NORMAL);
	screen_scroll_up(STDOUT_FILENO, cols[0].y, cols[0].y + h - 1);
}

/*
 * The smallest bottom that fills the view: the oldest lines at its top.
 * Returns 0 if every line fits (the view follows).
 */
static size_t
log_oldest_bottom(const struct rect *cols, const struct pane_data *d)
{
	size_t	 i;
	int	 rows = 0;

	for (i = 0; i < d->log->count; i++) {
		rows += log_line_rows(cols, d, i);
		if (rows >= cols[0].h)
			return (i + 1);
	}
	return (0);
}

/*
 * Where the view's bottom goes for a move: a page is the view's rows less
 * one, a wheel's notch LOG_WHEEL_LINES lines.  Returns the new anchor
 * (pane_data's), 0 when the view follows the newest line again.
 */
uint64_t
timeline_scroll(const struct rect *cols, const struct pane_data *d,
    enum timeline_move move)
{
	size_t	 b = log_bottom(d), oldest = log_oldest_bottom(cols, d);
	int	 want, got = 0, rows, lines = 0;

	if (oldest == 0 || move == TIMELINE_NEWEST)
		return (0);
	if (move == TIMELINE_OLDEST)
		return (d->log->dropped + oldest);
	want = cols[0].h > 1 ? cols[0].h - 1 : 1;
	if (move == TIMELINE_LINES_UP || move == TIMELINE_LINES_DOWN)
		want = 0;
	if (move == TIMELINE_PAGE_UP || move == TIMELINE_LINES_UP) {
		while (b > oldest && (want > 0 ? got < want :
		    lines < LOG_WHEEL_LINES)) {
			rows = log_line_rows(cols, d, --b);
			got += rows;
			lines += rows > 0;
		}
		return (d->log->dropped + b);
	}
	while (b < d->log->count && (want > 0 ? got < want :
	    lines < LOG_WHEEL_LINES)) {
		rows = log_line_rows(cols, d, b++);
		got += rows;
		lines += rows > 0;
	}
	return (b >= d->log->count ? 0 : d->log->dropped + b);
}

/* How many lines are newer than the view's bottom; 0 when it follows. */
uint64_t
timeline_lines_back(const struct pane_data *d)
{
	if (d->anchor == 0)
		return (0);
	return (d->log->count - log_bottom(d));
}

/* The timeline's keys are the UI's (scrolling works beside the code view too). */
static int
log_key(const struct wkey *k, const struct pane_data *d)
{
	(void)d;
	(void)k;
	return (PANE_IGNORED);
}

const struct pane_ops pane_log = {
	"log", log_rules, log_draw, log_key, NULL
};
