/* Draw as many of the newest lines as fit, wrapping long ones. */
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

/* Fill r with the end of lb: older lines scroll off the top. */
void
pane_log_draw(WINDOW *win, const struct rect *r, const struct logbuf *lb)
{
	size_t	 i, first;
	int	 rows = 0, k, y, skip;

	if (r->h <= 0 || r->w <= 0)
		return;
	/* Walk back from the newest line until the pane is full. */
	first = lb->count;
	while (first > 0 && rows < r->h) {
		first--;
		rows += pane_log_rows(logbuf_line(lb, first), r->w);
	}
	skip = rows > r->h ? rows - r->h : 0;
	y = r->y;
	for (i = first; i < lb->count; i++) {
		k = pane_log_rows(logbuf_line(lb, i), r->w);
		pane_log_line(win, r, y, skip, logbuf_line(lb, i));
		y += k - skip;
		skip = 0;
	}
}
