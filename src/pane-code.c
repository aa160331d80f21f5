/* The code view: the renderer's and main's JavaScript for the scenario, from the top. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "code.h"
#include "log.h"
#include "pane.h"
#include "ui-text.h"

#define CODE_NUMBER_W	4	/* a line number and its space */

/* The rules name the files. */
static void
code_rules(const struct pane_data *d, struct buf *renderer, struct buf *main)
{
	(void)d;
	buf_printf(renderer, " renderer.js ");
	buf_printf(main, " main.js ");
}

/*
 * Draw one line of code at row y of r after its number, wrapping a long one
 * with its rows kept at the line's indentation; returns the rows drawn.
 */
static int
code_draw_line(WINDOW *win, const struct rect *r, int y, int n,
    const char *line)
{
	struct rect	 rest;
	char		 num[16];
	size_t		 len, next;
	int		 indent = 0, used;

	snprintf(num, sizeof num, "%*d ", CODE_NUMBER_W - 1, n);
	wattron(win, A_DIM);
	text_draw(win, y, r->x, r->w, num, strlen(num));
	wattroff(win, A_DIM);
	rest = *r;
	rest.x += CODE_NUMBER_W;
	rest.w -= CODE_NUMBER_W;
	if (rest.w <= 0)
		return (1);
	while (line[indent] == ' ')
		indent++;
	len = text_break(line, rest.w, &next);
	/* A break in the indentation would leave the row blank: cut the word. */
	if (next <= (size_t)indent && line[next] != '\0')
		len = next = text_fit(line, rest.w, &used);
	text_draw(win, y, rest.x, rest.w, line, len);
	if (line[next] == '\0' || next == 0 || y + 1 >= r->y + r->h)
		return (1);
	if (indent > rest.w / 2)
		indent = rest.w / 2;
	rest.x += indent;
	rest.w -= indent;
	return (1 + text_draw_wrapped(win, &rest, y + 1, line + next));
}

/*
 * Draw text's '\n'-separated lines, numbered, from the top of r, clipped at
 * the bottom; lines that make hop (step mode's next frame comes from them)
 * in reverse video.
 */
static void
code_draw_column(WINDOW *win, const struct rect *r, const char *text,
    enum code_hop hop)
{
	const char	*nl;
	char		*line;
	int		 y = r->y, n = 1, lit;

	while (*text != '\0' && y < r->y + r->h) {
		lit = code_line_hop(&text) == hop && hop != CODE_HOP_NONE;
		nl = strchr(text, '\n');
		if (nl == NULL)
			nl = text + strlen(text);
		if ((line = strndup(text, nl - text)) == NULL)
			fatal("strndup");
		/* Each file's lines are numbered from its first. */
		if (code_is_file(line))
			n = 1;
		if (lit)
			wattron(win, A_REVERSE);
		y += code_draw_line(win, r, y, n++, line);
		if (lit)
			wattroff(win, A_REVERSE);
		free(line);
		text = *nl == '\n' ? nl + 1 : nl;
	}
}

/* Both sides' code, each in its column. */
static void
code_draw(WINDOW *win, const struct rect *cols, const struct pane_data *d)
{
	const struct step_frame	*next = step_next(d->step, NULL);
	enum code_hop		 hop = CODE_HOP_NONE;
	struct buf		 code;

	if (next != NULL)
		hop = code_hop_of(next->hdr.type, next->hdr.src);
	buf_init(&code);
	code_renderer(&code, d->sc, d->args);
	buf_append(&code, "", 1);
	code_draw_column(win, &cols[LAYOUT_RENDERER],
	    (const char *)buf_head(&code), hop);
	buf_clear(&code);
	code_main(&code, d->sc);
	buf_append(&code, "", 1);
	code_draw_column(win, &cols[LAYOUT_MAIN],
	    (const char *)buf_head(&code), hop);
	buf_free(&code);
}

/* Esc closes the code view. */
static int
code_key(const struct wkey *k, const struct pane_data *d)
{
	(void)d;
	return (k->code == 0 && k->ch == 0x1b ? PANE_CLOSE : PANE_IGNORED);
}

const struct pane_ops pane_code = {
	"code", code_rules, code_draw, code_key, NULL
};
