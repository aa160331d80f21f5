/* Draw as many of the newest lines as fit, each in its pane's column, wrapping long ones. */
#include "config.h"

#include "pane-log.h"
#include "ui-text.h"

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
		rows += text_rows(l->text, cols[l->tag].w);
	}
	skip = rows > h ? rows - h : 0;
	y = cols[0].y;
	for (i = first; i < lb->count; i++) {
		l = logbuf_line(lb, i);
		k = text_rows(l->text, cols[l->tag].w);
		text_draw_wrapped(win, &cols[l->tag], y, skip, l->text);
		y += k - skip;
		skip = 0;
	}
}
