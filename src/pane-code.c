/* Draw '\n'-separated lines of code into a column, wrapping long ones, clipped at the bottom. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "log.h"
#include "pane-code.h"
#include "ui-text.h"

/* Draw text's lines from the top of r. */
void
pane_code_draw(WINDOW *win, const struct rect *r, const char *text)
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
		text_draw_wrapped(win, r, y, 0, line);
		y += text_rows(line, r->w);
		free(line);
		text = *nl == '\n' ? nl + 1 : nl;
	}
}
