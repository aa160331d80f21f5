/* A selector: "title < name >", cycling through fixed names. */
#include "config.h"

#include <string.h>

#include "ui-text.h"
#include "widget.h"

/* Draw the title, then the current name in angle brackets, reversed when focused. */
static void
selector_draw(const struct widget *w, WINDOW *win, int focused)
{
	const struct selector	*s = (const struct selector *)w;
	const char		*name = s->names[s->current];
	int			 used;

	used = text_draw(win, w->r.y, w->r.x, w->r.w, s->title,
	    strlen(s->title));
	if (w->disabled)
		wattron(win, A_DIM);
	else if (focused)
		wattron(win, A_REVERSE | A_BOLD);
	used += text_draw(win, w->r.y, w->r.x + used, w->r.w - used, "< ", 2);
	used += text_draw(win, w->r.y, w->r.x + used, w->r.w - used, name,
	    strlen(name));
	text_draw(win, w->r.y, w->r.x + used, w->r.w - used, " >", 2);
	wattroff(win, A_REVERSE | A_BOLD | A_DIM);
}

/* Right and Space choose the next name; Left the previous one (Enter is the UI's: it sends). */
static int
selector_key(struct widget *w, const struct wkey *k)
{
	struct selector	*s = (struct selector *)w;
	int		 step;

	if (k->code == KEY_LEFT)
		step = s->count - 1;
	else if (k->code == KEY_RIGHT || (k->code == 0 && k->ch == ' '))
		step = 1;
	else
		return (WIDGET_IGNORED);
	s->current = (s->current + step) % s->count;
	return (WIDGET_HANDLED | WIDGET_REDRAW | WIDGET_CHANGED);
}

static const struct widget_ops selector_ops = { selector_draw, selector_key };

/* Make a selector over count names, showing names[current]. */
void
selector_init(struct selector *s, const char *title, const char *const *names,
    int count, int current)
{
	memset(s, 0, sizeof *s);
	s->w.ops = &selector_ops;
	s->title = title;
	s->names = names;
	s->count = count;
	s->current = current;
}
