/* The code view: the renderer's and main's JavaScript for the scenario, from the top. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "code.h"
#include "log.h"
#include "pane.h"
#include "ui-text.h"

/* The rules name the files. */
static void
code_rules(const struct pane_data *d, struct buf *renderer, struct buf *main)
{
	(void)d;
	buf_printf(renderer, " renderer.js ");
	buf_printf(main, " main.js ");
}

/* Draw text's '\n'-separated lines from the top of r, wrapping long ones, clipped at the bottom. */
static void
code_draw_column(WINDOW *win, const struct rect *r, const char *text)
{
	const char	*nl;
	char		*line;
	int		 y = r->y;

	while (*text != '\0' && y < r->y + r->h) {
		nl = strchr(text, '\n');
		if (nl == NULL)
			nl = text + strlen(text);
		if ((line = strndup(text, nl - text)) == NULL)
			fatal("strndup");
		y += text_draw_wrapped(win, r, y, line);
		free(line);
		text = *nl == '\n' ? nl + 1 : nl;
	}
}

/* Both sides' code, each in its column. */
static void
code_draw(WINDOW *win, const struct rect *cols, const struct pane_data *d)
{
	struct buf	 code;

	buf_init(&code);
	code_renderer(&code, d->sc, d->args);
	buf_append(&code, "", 1);
	code_draw_column(win, &cols[LAYOUT_RENDERER],
	    (const char *)buf_head(&code));
	buf_clear(&code);
	code_main(&code, d->sc);
	buf_append(&code, "", 1);
	code_draw_column(win, &cols[LAYOUT_MAIN],
	    (const char *)buf_head(&code));
	buf_free(&code);
}

/* Esc closes the code view. */
static int
code_key(const struct wkey *k)
{
	return (k->code == 0 && k->ch == 0x1b ? PANE_CLOSE : PANE_IGNORED);
}

const struct pane_ops pane_code = {
	"code", code_rules, code_draw, code_key
};
