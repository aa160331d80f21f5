/* The help overlay, written from the key table. */
#include "config.h"

#include <string.h>

#include "buf.h"
#include "i18n.h"
#include "keys.h"
#include "ui-help.h"
#include "ui-text.h"

#define HELP_MAX_W	84	/* the box's widest */
#define HELP_KEYS_W	26	/* the keys' column */

/*
 * Draw the help's content rows top to top + nrows - 1 from screen row y0,
 * in columns x to x + w: each group's heading, then its rows of the key
 * table, their text wrapped after the keys' column.  With y0 -1 nothing is
 * drawn.  Returns how many content rows the help has in all.
 */
static int
help_rows(WINDOW *win, int y0, int top, int nrows, int x, int w)
{
	const struct key_entry	*k;
	const char		*group = NULL, *what, *keys;
	struct rect		 r;
	size_t			 len;
	int			 i, row = 0, tw = w - HELP_KEYS_W - 1, n;

	for (i = 0; i < keys_count(); i++) {
		k = keys_at(i);
		if (group == NULL || strcmp(group, k->group) != 0) {
			if (group != NULL)
				row++;
			group = k->group;
			if (y0 >= 0 && row >= top && row < top + nrows) {
				wattron(win, A_BOLD);
				text_draw(win, y0 + row - top, x, w, _(group),
				    strlen(_(group)));
				wattroff(win, A_BOLD);
			}
			row++;
		}
		what = _(k->what);
		keys = _(k->keys);
		n = text_rows(what, tw);
		if (y0 >= 0) {
			len = strlen(keys);
			if (row >= top && row < top + nrows)
				text_draw(win, y0 + row - top, x + 1,
				    HELP_KEYS_W - 1, keys, len);
			/* Rows of the text above the box are skipped. */
			r = (struct rect){ y0, x + HELP_KEYS_W + 1, nrows, tw };
			if (row >= top)
				text_draw_wrapped(win, &r, y0 + row - top, what);
			else if (row + n > top)
				text_draw_wrapped(win, &r, y0, what +
				    text_row_start(what, tw, NULL, top - row));
		}
		row += n;
	}
	return (row);
}

/* Draw the overlay centred on a rows x cols screen, from content row h->top. */
void
help_draw(WINDOW *win, struct help *h, int rows, int cols)
{
	const char		*foot =
	    _(" Esc, q or F1 closes; Up, Down, PgUp, PgDn scroll ");
	struct rect		 box;
	int			 w = cols - 4, bh, y, x;

	if (w > HELP_MAX_W)
		w = HELP_MAX_W;
	h->rows = help_rows(win, -1, 0, 0, 0, w - 4);
	bh = h->rows + 2;
	if (bh > rows - 2)
		bh = rows - 2;
	h->shown = bh - 2;
	if (h->top > h->rows - h->shown)
		h->top = h->rows - h->shown;
	if (h->top < 0)
		h->top = 0;
	y = (rows - bh) / 2;
	x = (cols - w) / 2;
	box = (struct rect){ y, x, bh, w };
	text_box(win, &box, _(" ipcsim keys "));
	text_draw(win, y + bh - 1, x + 2, w - 4, foot, strlen(foot));
	help_rows(win, y + 1, h->top, h->shown, x + 2, w - 4);
}

/* Keys while the overlay is open: it takes them all; 1 if it closes. */
int
help_key(struct help *h, const struct wkey *k)
{
	if (k->code == KEY_F(1) || (k->code == 0 && (k->ch == 0x1b ||
	    k->ch == 'q' || k->ch == '?')) || k->code == 0x1b) {
		h->open = 0;
		return (1);
	}
	switch (k->code) {
	case KEY_UP:
		h->top--;
		break;
	case KEY_DOWN:
		h->top++;
		break;
	case KEY_PPAGE:
		h->top -= h->shown > 1 ? h->shown - 1 : 1;
		break;
	case KEY_NPAGE:
		h->top += h->shown > 1 ? h->shown - 1 : 1;
		break;
	case KEY_HOME:
		h->top = 0;
		break;
	case KEY_END:
		h->top = h->rows;
		break;
	}
	if (h->top < 0)
		h->top = 0;
	return (0);
}
