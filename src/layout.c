/* The screen's geometry: two boxes side by side over a line of keys. */
#include "config.h"

#include "layout.h"

/*
 * Lay out a rows x cols screen for a button of button_w columns.  Returns
 * -1 if the screen is smaller than LAYOUT_MIN_ROWS x LAYOUT_MIN_COLS.
 */
int
layout_compute(struct layout *l, int rows, int cols, int button_w)
{
	int	 left = cols / 2, box_h = rows - 1;

	if (rows < LAYOUT_MIN_ROWS || cols < LAYOUT_MIN_COLS)
		return (-1);
	l->renderer = (struct rect){ 0, 0, box_h, left };
	l->main = (struct rect){ 0, left, box_h, cols - left };
	/* The button leaves at least LAYOUT_MIN_REPLY columns for the reply. */
	if (button_w > left - 5 - LAYOUT_MIN_REPLY)
		button_w = left - 5 - LAYOUT_MIN_REPLY;
	l->field = (struct rect){ 1, 2, 1, left - 4 };
	l->button = (struct rect){ 2, 2, 1, button_w };
	l->reply = (struct rect){ 2, 3 + button_w, 1, left - 5 - button_w };
	l->pattern = (struct rect){ 1, left + 2, 1, cols - left - 4 };
	l->method = (struct rect){ 2, left + 2, 1, cols - left - 4 };
	/*
	 * Row 3 is a rule across both boxes; below it the two logs share their
	 * rows, and text keeps a space from the borders.
	 */
	l->logs[LAYOUT_RENDERER] = (struct rect){ 4, 2, box_h - 5, left - 4 };
	l->logs[LAYOUT_MAIN] = (struct rect){ 4, left + 2, box_h - 5,
	    cols - left - 4 };
	l->keys = (struct rect){ rows - 1, 0, 1, cols };
	return (0);
}

/* Whether screen cell (y, x) lies in r. */
int
rect_contains(const struct rect *r, int y, int x)
{
	return (y >= r->y && y < r->y + r->h && x >= r->x && x < r->x + r->w);
}
