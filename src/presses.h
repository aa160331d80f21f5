/*
 * The presses the UI has made and not yet seen answered, by the window
 * whose process must answer them, so that a burst keeps a bounded number in
 * flight even when presses are lost: a process that dies takes its pending
 * presses with it.  No curses here.
 */
#ifndef IPCSIM_PRESSES_H
#define IPCSIM_PRESSES_H

#include <stdint.h>

/* Presses tracked at once; an older one still pending then counts as lost. */
#define PRESSES_MAX	4096

struct press_slot {
	uint32_t	 id;
	uint8_t		 window;	/* 1-based */
	uint8_t		 pending;
};

struct presses {
	struct press_slot	 slots[PRESSES_MAX];
	uint32_t		 inflight;
};

void		 presses_init(struct presses *);
void		 presses_add(struct presses *, uint32_t, int);
int		 presses_done(struct presses *, uint32_t);
void		 presses_lost(struct presses *, int);
uint32_t	 presses_inflight(const struct presses *);

#endif
