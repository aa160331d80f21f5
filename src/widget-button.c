/* A push button: "[ label ]", activated by Enter, Space or a click. */
#include "config.h"

#include <string.h>

#include "ui-text.h"
#include "widget.h"

/* Draw the button, reversed when it has the focus. */
static void
button_draw(const struct widget *w, WINDOW *win, int focused)
{
	const struct button	*b = (const struct button *)w;
	attr_t			 attr = focused ? A_REVERSE | A_BOLD : A_BOLD;
	int			 used;

	if (w->r.w < 5)
		return;
	wattron(win, attr);
	mvwaddstr(win, w->r.y, w->r.x, "[ ");
	used = text_draw_cut(win, w->r.y, w->r.x + 2, w->r.w - 4, b->label,
	    strlen(b->label));
	mvwaddstr(win, w->r.y, w->r.x + 2 + used, " ]");
	wattroff(win, attr);
}

/* Enter and Space press the button. */
static int
button_key(struct widget *w, const struct wkey *k)
{
	(void)w;
	if (k->code == KEY_ENTER || (k->code == 0 && (k->ch == '\n' ||
	    k->ch == '\r' || k->ch == ' ')))
		return (WIDGET_HANDLED | WIDGET_ACTIVATE);
	return (WIDGET_IGNORED);
}

static const struct widget_ops button_ops = { button_draw, button_key };

/* Make a button with a label (copied, cut to fit). */
void
button_init(struct button *b, const char *label)
{
	/* Not the whole struct zeroed: its 64 KiB of text stay untouched. */
	widget_init(&b->w, &button_ops);
	strlcpy(b->label, label, sizeof b->label);
}
