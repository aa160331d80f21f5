/* The presses in flight: made, then answered or lost with the process that would answer. */
#include "config.h"

#include <string.h>

#include "presses.h"

/* No press in flight. */
void
presses_init(struct presses *p)
{
	memset(p, 0, sizeof *p);
}

/* Press id went to window w. */
void
presses_add(struct presses *p, uint32_t id, int w)
{
	struct press_slot	*s = &p->slots[id % PRESSES_MAX];

	/* More than PRESSES_MAX in flight: the oldest counts as lost. */
	if (s->pending)
		p->inflight--;
	s->id = id;
	s->window = (uint8_t)w;
	s->pending = 1;
	p->inflight++;
}

/* Press id had all its effects; 1 if it was in flight, 0 for an id the UI did not make or no longer waits for. */
int
presses_done(struct presses *p, uint32_t id)
{
	struct press_slot	*s = &p->slots[id % PRESSES_MAX];

	if (!s->pending || s->id != id)
		return (0);
	s->pending = 0;
	p->inflight--;
	return (1);
}

/* The process of window w (0: main, and so every window) is gone: its presses will never be answered. */
void
presses_lost(struct presses *p, int w)
{
	size_t	 i;

	for (i = 0; i < PRESSES_MAX; i++) {
		if (p->slots[i].pending && (w == 0 || p->slots[i].window == w)) {
			p->slots[i].pending = 0;
			p->inflight--;
		}
	}
}

/* How many presses are in flight. */
uint32_t
presses_inflight(const struct presses *p)
{
	return (p->inflight);
}
