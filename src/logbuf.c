/* Bounded line storage for panes, oldest lines dropped first. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "log.h"
#include "logbuf.h"

/* Start an empty buffer that keeps at most cap lines (cap >= 1). */
void
logbuf_init(struct logbuf *lb, size_t cap)
{
	lb->lines = calloc(cap, sizeof *lb->lines);
	if (lb->lines == NULL)
		fatal("calloc");
	lb->cap = cap;
	lb->first = 0;
	lb->count = 0;
	lb->dropped = 0;
}

/* Free every line and the ring. */
void
logbuf_free(struct logbuf *lb)
{
	size_t	 i;

	for (i = 0; i < lb->cap; i++) {
		free(lb->lines[i].text);
		free(lb->lines[i].marks);
	}
	free(lb->lines);
	memset(lb, 0, sizeof *lb);
}

/*
 * Append a copy of a line for the pane tag, dropping the oldest when full;
 * the new line, of no window and kind LOGBUF_OUTPUT until the caller says.
 */
struct logbuf_line *
logbuf_add(struct logbuf *lb, int tag, const char *line)
{
	struct logbuf_line	*slot;
	char			*copy;

	if ((copy = strdup(line)) == NULL)
		fatal("strdup");
	if (lb->count == lb->cap) {
		slot = &lb->lines[lb->first];
		free(slot->text);
		free(slot->marks);
		lb->first = (lb->first + 1) % lb->cap;
		lb->dropped++;
	} else
		slot = &lb->lines[(lb->first + lb->count++) % lb->cap];
	slot->text = copy;
	slot->tag = tag;
	slot->window = 0;
	slot->kind = LOGBUF_OUTPUT;
	slot->flags = 0;
	slot->frame = 0;
	slot->wrap_w = 0;
	slot->marks = NULL;
	return (slot);
}

/* Line i, counting from the oldest kept (0) to count - 1. */
struct logbuf_line *
logbuf_line(struct logbuf *lb, size_t i)
{
	return (&lb->lines[(lb->first + i) % lb->cap]);
}
