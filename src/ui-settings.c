/* The settings form: a row per setting, Enter applies, Esc cancels. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "session.h"
#include "ui-settings.h"
#include "ui-text.h"

#define SETTINGS_W	64	/* the form's width, at most */

static const char *no_handler_names[2];	/* translated when it opens */
static const char *const isolation_names[] = { "false", "true" };
static const char *const window_names[] = { "1", "2", "3", "4" };

/* Open the form on the settings of sc and the number of windows open (1 when none is: the app quit). */
void
settings_open(struct settings *st, const struct scenario *sc, int windows)
{
	char	 n[16];

	if (windows < 1)
		windows = 1;
	st->open = 1;
	st->row = 0;
	no_handler_names[0] = _("no");
	no_handler_names[1] = _("yes");
	/*
	 * TRANSLATORS: the form's six labels end in spaces that make them
	 * all as wide, so that the values line up; a Chinese character takes
	 * two columns.
	 */
	snprintf(n, sizeof n, "%u", sc->delay_ms);
	field_init(&st->delay, _("handler delay (ms):     "), n);
	field_init(&st->throw_msg, _("handler throws (text):  "),
	    sc->throw_msg);
	selector_init(&st->no_handler, _("no invoke handler:      "),
	    no_handler_names, 2, sc->no_handler != 0);
	snprintf(n, sizeof n, "%u", sc->push_every_ms);
	field_init(&st->push_every, _("push every (ms, 0 off): "), n);
	selector_init(&st->isolation, _("contextIsolation:       "),
	    isolation_names, 2, sc->isolation != 0);
	selector_init(&st->windows, _("windows:                "),
	    window_names, SESSION_MAX_WINDOWS, windows - 1);
	st->rows[SETTINGS_DELAY] = &st->delay.w;
	st->rows[SETTINGS_THROW] = &st->throw_msg.w;
	st->rows[SETTINGS_NO_HANDLER] = &st->no_handler.w;
	st->rows[SETTINGS_PUSH_EVERY] = &st->push_every.w;
	st->rows[SETTINGS_ISOLATION] = &st->isolation.w;
	st->rows[SETTINGS_WINDOWS] = &st->windows.w;
}

/* Draw the form centred on a rows x cols screen. */
void
settings_draw(WINDOW *win, const struct settings *st, int rows, int cols)
{
	const char		*foot = _(" Enter applies, Esc cancels ");
	struct rect		 box;
	int			 w = cols - 4, h = SETTINGS_ROWS + 4, y, x, i;

	if (w > SETTINGS_W)
		w = SETTINGS_W;
	y = (rows - h) / 2;
	x = (cols - w) / 2;
	box = (struct rect){ y, x, h, w };
	text_box(win, &box, _(" settings "));
	text_draw(win, y + h - 1, x + 2, w - 4, foot, strlen(foot));
	for (i = 0; i < SETTINGS_ROWS; i++) {
		st->rows[i]->r = (struct rect){ y + 2 + i, x + 2, 1, w - 4 };
		st->rows[i]->ops->draw(st->rows[i], win, i == st->row);
	}
}

/* A key while the form is open: it takes them all. */
int
settings_key(struct settings *st, const struct wkey *k)
{
	struct widget	*w = st->rows[st->row];

	if (k->code == 0 && k->ch == 0x1b) {
		st->open = 0;
		return (SETTINGS_CANCEL);
	}
	if (k->code == KEY_ENTER || (k->code == 0 && (k->ch == '\r' ||
	    k->ch == '\n')))
		return (SETTINGS_APPLY);
	if (k->code == KEY_UP || k->code == KEY_BTAB) {
		st->row = (st->row + SETTINGS_ROWS - 1) % SETTINGS_ROWS;
		return (SETTINGS_STAY);
	}
	if (k->code == KEY_DOWN || (k->code == 0 && k->ch == '\t')) {
		st->row = (st->row + 1) % SETTINGS_ROWS;
		return (SETTINGS_STAY);
	}
	w->ops->key(w, k);
	return (SETTINGS_STAY);
}

/* Read a number of milliseconds from field f into *ms; -1 if it is not one in [0, max]. */
static int
settings_ms(const struct field *f, uint32_t max, uint32_t *ms)
{
	char		*end;
	unsigned long	 v;

	v = strtoul(f->text, &end, 10);
	if (f->len == 0 || *end != '\0' || f->text[0] == '-' || v > max)
		return (-1);
	*ms = (uint32_t)v;
	return (0);
}

/*
 * Read the form into sc and *windows (changing nothing if a row is wrong);
 * -1 with what is wrong in err.  The form then closes.
 */
int
settings_read(const struct settings *st, struct scenario *sc, int *windows,
    struct buf *err)
{
	struct scenario	 next = *sc;

	if (settings_ms(&st->delay, SCENARIO_MAX_DELAY, &next.delay_ms) == -1) {
		buf_printf(err, _("the handler delay must be a whole number "
		    "from 0 to %d"), SCENARIO_MAX_DELAY);
		return (-1);
	}
	if (settings_ms(&st->push_every, SCENARIO_MAX_DELAY,
	    &next.push_every_ms) == -1) {
		buf_printf(err, _("the push interval must be a whole number "
		    "from 0 to %d"), SCENARIO_MAX_DELAY);
		return (-1);
	}
	if (st->throw_msg.len > SCENARIO_MAX_THROW) {
		buf_printf(err, _("the handler's error message holds at most %d "
		    "bytes"), SCENARIO_MAX_THROW);
		return (-1);
	}
	strlcpy(next.throw_msg, st->throw_msg.text, sizeof next.throw_msg);
	next.no_handler = st->no_handler.current;
	next.isolation = st->isolation.current;
	*sc = next;
	*windows = st->windows.current + 1;
	return (0);
}
