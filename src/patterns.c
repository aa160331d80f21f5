/* The list of IPC patterns: the one place that names them all, in order. */
#include "config.h"

#include <string.h>

#include "pattern.h"

static const struct pattern *const patterns[] = {
	&pattern_send_reply,	/* the seed: the default */
	&pattern_send,
	&pattern_invoke,
	&pattern_send_sync,
	&pattern_push,
	&pattern_preload,
	&pattern_expose_ipcrenderer,
	&pattern_bridge_off,
	&pattern_iframe,
	&pattern_port,
	&pattern_port_start_late,
	&pattern_port_from_page,
	&pattern_port_windows,
	&pattern_once,
	&pattern_listener_leak,
	&pattern_listener_off,
	&pattern_remove_all,
	&pattern_handle_once,
	&pattern_remove_handler,
	&pattern_second_handler,
	&pattern_sync_no_listener,
	&pattern_sync_no_return,
	&pattern_send_before_load,
};

#define NPATTERNS	((int)(sizeof patterns / sizeof patterns[0]))
_Static_assert(NPATTERNS <= PATTERN_MAX, "PATTERN_MAX is too small");

/* How many patterns there are. */
int
pattern_count(void)
{
	return (NPATTERNS);
}

/* Pattern number i, 0 to pattern_count() - 1. */
const struct pattern *
pattern_at(int i)
{
	return (patterns[i]);
}

/* The number of a pattern in the list. */
int
pattern_index(const struct pattern *p)
{
	int	 i;

	for (i = 0; i < NPATTERNS && patterns[i] != p; i++)
		continue;
	return (i);
}

/* The number of the pattern an option value names, or -1. */
int
pattern_parse(const char *name)
{
	int	 i;

	for (i = 0; i < NPATTERNS; i++) {
		if (strcmp(patterns[i]->name, name) == 0)
			return (i);
	}
	return (-1);
}

/*
 * Append the names of the patterns that take every setting in uses (0: all
 * of them) as "a, b, c<last>d", where last is the word before the final one
 * (" or " in a sentence, ", " in a list).
 */
void
pattern_names(struct buf *b, unsigned uses, const char *last)
{
	int	 i, n = 0, total = 0;

	for (i = 0; i < NPATTERNS; i++)
		total += (patterns[i]->uses & uses) == uses;
	for (i = 0; i < NPATTERNS; i++) {
		if ((patterns[i]->uses & uses) != uses)
			continue;
		if (n > 0)
			buf_printf(b, "%s", n == total - 1 ? last : ", ");
		buf_printf(b, "%s", patterns[i]->name);
		n++;
	}
}

/* Whether main hears the nth call of pattern p (pattern.h's heard). */
int
pattern_hears(const struct pattern *p, const struct scenario *sc, uint32_t n)
{
	return (p->heard == NULL || p->heard(sc, n));
}

/* Whether the button of pattern p asks main to push instead of sending from the page. */
int
pattern_pushes(const struct pattern *p)
{
	return (p->request == 0 && p->port == PORT_NONE);
}

/* A listener or handler that hears the first call only (once, handleOnce). */
int
pattern_heard_first(const struct scenario *sc, uint32_t n)
{
	(void)sc;
	return (n == 0);
}
