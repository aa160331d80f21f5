/* console.log in a child: the line built as Node prints it, and sent to the UI. */
#include "config.h"

#include <string.h>

#include "child.h"
#include "inspect.h"
#include "ipc.h"

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
	const char	*text, *end, *nl;

	buf_clear(line);
	buf_append(line, prefix, strlen(prefix));
	if (n > 0) {
		buf_append(line, " ", 1);
		inspect_log_values(line, vals, n);
	}
	text = (const char *)buf_head(line);
	end = text + line->len;
	while ((nl = memchr(text, '\n', end - text)) != NULL) {
		child_console(cl, text, nl - text);
		text = nl + 1;
	}
	child_console(cl, text, end - text);
	return (line);
}
