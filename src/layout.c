/* The screen's geometry: two boxes side by side over a status line and a line of keys. */
#include "config.h"

#include "layout.h"

/* Give the right part of log column c to the code beside it, with a column between for a rule. */
static void
layout_split(struct layout *l, int c)
{
	struct rect	*log = &l->logs[c];
	int		 code_w = (log->w - 1) / 2;

	l->code[c] = *log;
	log->w -= code_w + 3;
	l->code[c].x = log->x + log->w + 3;
	l->code[c].w = code_w;
}

/*
 * Lay out a rows x cols screen for a button of button_w columns, with the
 * code beside the logs if code_beside is set and the screen is wide enough.
 * Returns -1 if the screen is smaller than LAYOUT_MIN_ROWS x LAYOUT_MIN_COLS.
 */
int
layout_compute(struct layout *l, int rows, int cols, int button_w,
    int code_beside)
{
	int	 left = cols / 2, box_h = rows - 2;

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
	l->split = code_beside && cols >= LAYOUT_SPLIT_COLS;
	if (l->split) {
		layout_split(l, LAYOUT_RENDERER);
		layout_split(l, LAYOUT_MAIN);
	} else
		l->code[LAYOUT_RENDERER] = l->code[LAYOUT_MAIN] =
		    (struct rect){ 0, 0, 0, 0 };
	l->status = (struct rect){ rows - 2, 0, 1, cols };
	l->keys = (struct rect){ rows - 1, 0, 1, cols };
	return (0);
}

/* Whether screen cell (y, x) lies in r. */
int
rect_contains(const struct rect *r, int y, int x)
{
	return (y >= r->y && y < r->y + r->h && x >= r->x && x < r->x + r->w);
}
