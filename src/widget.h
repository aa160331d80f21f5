/*
 * Widgets behind a table of callbacks.  Key handlers return flags and never
 * draw; drawing happens once per loop pass.
 */
#ifndef IPCSIM_WIDGET_H
#define IPCSIM_WIDGET_H

#include <curses.h>
#include <stddef.h>
#include <wchar.h>

#include "layout.h"

/* What a key handler reports. */
#define WIDGET_IGNORED	0x0	/* not for this widget */
#define WIDGET_HANDLED	0x1	/* used the key */
#define WIDGET_REDRAW	0x2	/* its look changed */
#define WIDGET_ACTIVATE	0x4	/* the user triggered it */
#define WIDGET_CHANGED	0x8	/* its value changed */

/* A key: a curses key code (KEY_*) with ch 0, or a character with code 0. */
struct wkey {
	int	 code;
	wint_t	 ch;
};

struct widget;

struct widget_ops {
	void	(*draw)(const struct widget *, WINDOW *, int);
	int	(*key)(struct widget *, const struct wkey *);
};

struct widget {
	const struct widget_ops	*ops;
	struct rect		 r;	/* where it is drawn, set by the layout */
	int			 disabled; /* does not apply: dimmed, skipped */
};

/*
 * Start a widget of a kind: not placed yet, enabled.  Its owner sets the
 * rest, so that a large text of its own is not zeroed (and made resident)
 * for nothing.
 */
static inline void
widget_init(struct widget *w, const struct widget_ops *ops)
{
	w->ops = ops;
	w->r.x = w->r.y = w->r.w = w->r.h = 0;
	w->disabled = 0;
}

/* The longest text a field holds, in bytes. */
#define FIELD_MAX	65536

/* A push button; its label can hold a field's text and a word. */
struct button {
	struct widget	 w;
	char		 label[FIELD_MAX + 32];
};

/* A choice among fixed names, changed with Left/Right or Space. */
struct selector {
	struct widget		 w;
	const char		*title;
	const char *const	*names;
	int			 count;
	int			 current;
};

/* A one-line text field holding UTF-8. */
struct field {
	struct widget	 w;
	const char	*title;
	char		 text[FIELD_MAX + 1];
	size_t		 len;
	size_t		 cursor;	/* byte offset, on a character boundary */
};

void	button_init(struct button *, const char *);
void	selector_init(struct selector *, const char *, const char *const *,
	    int, int);
void	field_init(struct field *, const char *, const char *);
size_t	field_insert_text(struct field *, const char *, size_t);
void	field_set(struct field *, const char *);

#endif
