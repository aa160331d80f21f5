/* A push button: "[ label ]", activated by Enter, Space or a click. */
#include "config.h"

#include <string.h>

#include "ui-text.h"
#include "widget.h"

/* Columns the button takes: the label in brackets. */
static int
button_width(const struct widget *w)
{
	return (text_width(w->label) + 4);
}

/* Draw the button in r, reversed when it has the focus. */
static void
button_draw(const struct widget *w, WINDOW *win, const struct rect *r,
    int focused)
{
	attr_t	 attr = focused ? A_REVERSE | A_BOLD : A_BOLD;

	wattron(win, attr);
	mvwaddstr(win, r->y, r->x, "[ ");
	text_draw(win, r->y, r->x + 2, r->w - 4, w->label, strlen(w->label));
	waddstr(win, " ]");
	wattroff(win, attr);
}

/* Enter and Space press the button. */
static int
button_key(struct widget *w, int key)
{
	(void)w;
	switch (key) {
	case '\n':
	case '\r':
	case ' ':
	case KEY_ENTER:
		return (WIDGET_HANDLED | WIDGET_ACTIVATE);
	default:
		return (WIDGET_IGNORED);
	}
}

const struct widget_ops widget_button_ops = {
	button_width, button_draw, button_key
};
