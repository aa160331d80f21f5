/* The event loop every child process runs: one peer, the UI process. */
#ifndef IPCSIM_CHILD_H
#define IPCSIM_CHILD_H

#include <stddef.h>
#include <stdint.h>

#include "peer.h"

struct child_loop;

/* Handles one frame from the UI; returns -1 if the frame is malformed. */
typedef int	(*child_dispatch_fn)(struct child_loop *, const struct msg *);

struct child_loop {
	struct peer		 peer;
	uint16_t		 self;		/* this child's endpoint */
	child_dispatch_fn	 dispatch;
	void			*arg;
};

void	child_loop_run(struct child_loop *, int, int, uint16_t,
	    child_dispatch_fn, void *) __attribute__((noreturn));
void	child_console(struct child_loop *, const char *, size_t);

#endif
