/* console.log in a child: the line built as Node prints it, and sent to the UI. */
#include "config.h"

#include <string.h>

#include "child.h"
#include "inspect.h"
#include "ipc.h"

/*
 * console.log(prefix, ...vals) in a child: the line is built in its scratch
 * buffer, sent to the UI, and returned for the caller to show.
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
	child_console(cl, (const char *)buf_head(line), line->len);
	return (line);
}
