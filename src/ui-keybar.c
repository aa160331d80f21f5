/* Drawing the key bar from the key table, and finding the entry under a click. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "ui-color.h"
#include "ui-keybar.h"
#include "ui-text.h"

#define KEYBAR_FKEYS	12	/* F1 to F12, in this order */

/*
 * The label an entry shows, translated: the long one, or the short one when
 * brief is set.  The bar measures the translation, so a language whose
 * labels are wider shortens the bar the same way, only sooner.
 */
static const char *
keybar_label(const struct key_entry *k, int brief)
{
	return (_(brief ? k->bar_short : k->bar));
}

/*
 * Columns the bar needs: "F1Help " for each entry that shows, with the
 * short labels if brief is set and only the entries to keep if few is.
 */
static int
keybar_width(int brief, int few, int drop)
{
	const struct key_entry	*k;
	char			 name[8];
	int			 i, w = 0;

	for (i = 1; i <= KEYBAR_FKEYS; i++) {
		k = keys_find_fkey(i);
		if (k == NULL || k->bar == NULL ||
		    (few && !k->keep && k->fkey > drop))
			continue;
		snprintf(name, sizeof name, "F%d", k->fkey);
		w += (int)strlen(name) + text_width(keybar_label(k, brief)) + 1;
	}
	return (w);
}

/*
 * Draw the bar in r, in the F-keys' order: every entry with its long labels if they fit, else
 * with short ones, else dropping the highest F-keys (but help and quit)
 * until the rest fits.  Where each entry went is kept in kb.
 */
void
keybar_draw(WINDOW *win, const struct rect *r, struct keybar *kb)
{
	const struct key_entry	*k;
	const char		*label;
	char			 name[8];
	int			 i, x = r->x, brief = 0, drop = 10, few = 0;

	if (keybar_width(0, 0, 0) > r->w) {
		brief = 1;
		while (keybar_width(1, few, drop) > r->w && drop > 0) {
			few = 1;
			drop--;
		}
	}
	kb->n = 0;
	wattrset(win, ui_style(STYLE_BAR_LABEL));
	mvwhline(win, r->y, r->x, ' ', r->w);
	for (i = 1; i <= KEYBAR_FKEYS && kb->n < KEYBAR_MAX; i++) {
		k = keys_find_fkey(i);
		if (k == NULL || k->bar == NULL ||
		    (few && !k->keep && k->fkey > drop))
			continue;
		label = keybar_label(k, brief);
		snprintf(name, sizeof name, "F%d", k->fkey);
		kb->x[kb->n] = x;
		kb->act[kb->n] = k->act;
		wattrset(win, ui_style(STYLE_BAR_KEY));
		x += text_draw(win, r->y, x, r->x + r->w - x, name,
		    strlen(name));
		wattrset(win, ui_style(STYLE_BAR_LABEL));
		x += text_draw(win, r->y, x, r->x + r->w - x, label,
		    strlen(label));
		if (x < r->x + r->w)
			x++;
		kb->w[kb->n] = x - kb->x[kb->n];
		kb->n++;
	}
	wattrset(win, A_NORMAL);
}

/* The action of the entry at column x, or KEY_ACT_NONE. */
enum key_action
keybar_hit(const struct keybar *kb, int x)
{
	int	 i;

	for (i = 0; i < kb->n; i++)
		if (x >= kb->x[i] && x < kb->x[i] + kb->w[i])
			return (kb->act[i]);
	return (KEY_ACT_NONE);
}
