/* console.log in a child: the line built as Node prints it, and sent to the UI. */
#include "config.h"

#include <string.h>

#include "child.h"
#include "inspect.h"
#include "ipc.h"

/* Print len bytes of text in a child: one console line to the UI for each of its lines. */
void
ipc_console_text(struct child_loop *cl, const char *text, size_t len)
{
	const char	*end = text + len, *nl;

	while ((nl = memchr(text, '\n', end - text)) != NULL) {
		child_console(cl, text, nl - text);
		text = nl + 1;
	}
	child_console(cl, text, end - text);
}

/*
 * console.log(prefix, ...vals) in a child: the text is built in its scratch
 * buffer, sent to the UI a line at a time (a value Node prints over several
 * lines takes several rows of the pane), and returned for the caller to show.
 */
const struct buf *
ipc_console_log(struct child_loop *cl, const char *prefix,
    const struct value *vals, size_t n)
{
	struct buf	*line = &cl->scratch;

	buf_clear(line);
	buf_append(line, prefix, strlen(prefix));
	if (n > 0) {
		buf_append(line, " ", 1);
		inspect_log_values(line, vals, n);
	}
	ipc_console_text(cl, (const char *)buf_head(line), line->len);
	return (line);
}
