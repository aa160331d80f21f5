/* Draw as many of the newest lines as fit, each in its pane's column, wrapping long ones. */
#include "config.h"

#include "pane-log.h"
#include "ui-text.h"

/* Rows that line takes when wrapped to w columns. */
static int
pane_log_rows(const char *line, int w)
{
	size_t	 n;
	int	 rows = 0, used;

	do {
		n = text_fit(line, w, &used);
		line += n;
		rows++;
	} while (*line != '\0' && n > 0);
	return (rows);
}

/* Draw line wrapped to r's width from row y, skipping its first skip rows. */
static void
pane_log_line(WINDOW *win, const struct rect *r, int y, int skip,
    const char *line)
{
	size_t	 n;
	int	 used, row = 0;

	do {
		n = text_fit(line, r->w, &used);
		if (row >= skip)
			text_draw(win, y++, r->x, r->w, line, n);
		line += n;
		row++;
	} while (*line != '\0' && n > 0);
}

/*
 * Fill the rows of the columns in cols (indexed by tag, all with the same
 * rows) with the end of lb: older lines scroll off the top.
 */
void
pane_log_draw(WINDOW *win, const struct rect *cols, const struct logbuf *lb)
{
	const struct logbuf_line	*l;
	size_t				 i, first;
	int				 rows = 0, k, y, skip, h = cols[0].h;

	if (h <= 0)
		return;
	/* Walk back from the newest line until the rows are full. */
	first = lb->count;
	while (first > 0 && rows < h) {
		l = logbuf_line(lb, --first);
		rows += pane_log_rows(l->text, cols[l->tag].w);
	}
	skip = rows > h ? rows - h : 0;
	y = cols[0].y;
	for (i = first; i < lb->count; i++) {
		l = logbuf_line(lb, i);
		k = pane_log_rows(l->text, cols[l->tag].w);
		pane_log_line(win, &cols[l->tag], y, skip, l->text);
		y += k - skip;
		skip = 0;
	}
}
