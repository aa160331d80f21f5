/* The scenario list overlay, written from the pattern table and the code view's text. */
#include "config.h"

#include <string.h>

#include "buf.h"
#include "code.h"
#include "i18n.h"
#include "pattern.h"
#include "ui-scenarios.h"
#include "ui-text.h"

#define SCENARIOS_MAX_W	110	/* the box's widest */
#define SCENARIOS_NAME_W 22	/* the names' column */

/* Draw the code of scenario sc from row y to the row before end, each line cut to w. */
static void
scenarios_draw_code(WINDOW *win, const struct scenario *sc, const char *args,
    int y, int end, int x, int w)
{
	struct buf	 code;
	const char	*p, *nl;

	buf_init(&code);
	code_renderer(&code, sc, args);
	code_main(&code, sc);
	for (p = buf_str(&code); *p != '\0' && y < end; p = nl + 1, y++) {
		code_line_hop(&p);
		if ((nl = strchr(p, '\n')) == NULL)
			break;
		text_draw_cut(win, y, x, w, p, (size_t)(nl - p));
	}
	buf_free(&code);
}

/*
 * Draw the list centred on a rows x cols screen: a line a scenario, the
 * one under the cursor in reverse, then its JavaScript with the argument
 * text args, as the code view would show it once picked.
 */
void
scenario_list_draw(WINDOW *win, const struct scenario_list *l,
    const struct scenario *current, const char *args, int rows, int cols)
{
	const char		*foot =
	    _(" Up, Down choose; Enter picks; Esc closes ");
	const struct pattern	*p;
	struct scenario		 sc = *current;
	struct rect		 box;
	struct buf		 line;
	int			 w = cols - 4, bh = rows - 2, y, x, i, n;

	if (w > SCENARIOS_MAX_W)
		w = SCENARIOS_MAX_W;
	n = pattern_count();
	y = (rows - bh) / 2;
	x = (cols - w) / 2;
	box = (struct rect){ y, x, bh, w };
	text_box(win, &box, _(" scenarios "));
	text_draw(win, y + bh - 1, x + 2, w - 4, foot, strlen(foot));
	buf_init(&line);
	for (i = 0; i < n && i < bh - 2; i++) {
		p = pattern_at(i);
		buf_clear(&line);
		buf_printf(&line, "%-*s %s (%s)", SCENARIOS_NAME_W - 1,
		    p->name, _(p->lesson), _(p->concerns));
		if (i == l->sel)
			wattron(win, A_REVERSE);
		text_draw_cut(win, y + 1 + i, x + 2, w - 4, buf_str(&line),
		    line.len);
		wattroff(win, A_REVERSE);
	}
	/* What the one under the cursor concerns, whole, where a row may cut it. */
	if (n + 2 < bh - 1) {
		buf_clear(&line);
		buf_printf(&line, _("concerns: %s"),
		    _(pattern_at(l->sel)->concerns));
		wattron(win, A_BOLD);
		text_draw_cut(win, y + n + 2, x + 2, w - 4, buf_str(&line),
		    line.len);
		wattroff(win, A_BOLD);
	}
	buf_free(&line);
	sc.pattern = l->sel;
	if (n + 4 < bh - 1)
		scenarios_draw_code(win, &sc, args, y + n + 4, y + bh - 1,
		    x + 2, w - 4);
}

/* Keys while the list is open: it takes them all. */
enum scenario_list_result
scenario_list_key(struct scenario_list *l, const struct wkey *k)
{
	int	 n = pattern_count();

	if (k->code == 0x1b || (k->code == 0 && (k->ch == 0x1b ||
	    k->ch == 'q' || k->ch == 'l'))) {
		l->open = 0;
		return (SCENARIO_LIST_CLOSE);
	}
	if (k->code == KEY_ENTER || (k->code == 0 && (k->ch == '\r' ||
	    k->ch == '\n'))) {
		l->open = 0;
		return (SCENARIO_LIST_PICK);
	}
	switch (k->code) {
	case KEY_UP:
		l->sel = (l->sel + n - 1) % n;
		break;
	case KEY_DOWN:
		l->sel = (l->sel + 1) % n;
		break;
	case KEY_HOME:
		l->sel = 0;
		break;
	case KEY_END:
		l->sel = n - 1;
		break;
	}
	return (SCENARIO_LIST_KEEP);
}
