/* The event loop every child process runs: one peer (the UI process) and timers. */
#ifndef IPCSIM_CHILD_H
#define IPCSIM_CHILD_H

#include <stddef.h>
#include <stdint.h>

#include "peer.h"

struct child_loop;

/* Handles one frame from the UI; returns -1 if the frame is malformed. */
typedef int	(*child_dispatch_fn)(struct child_loop *, const struct msg *);
/* Runs when a timer is due; it owns its argument. */
typedef void	(*child_timer_fn)(struct child_loop *, void *);

struct child_timer {
	uint64_t	 due;		/* monotonic ns */
	uint64_t	 seq;		/* order among timers due at once */
	child_timer_fn	 fire;
	void		*arg;
};

struct child_loop {
	struct peer		 peer;
	uint16_t		 self;		/* this child's endpoint */
	child_dispatch_fn	 dispatch;
	void			*arg;
	/* While set, only frames of this type are handled (a blocked sendSync). */
	uint16_t		 awaiting;
	struct child_timer	*timers;
	size_t			 ntimers;
	uint64_t		 timer_seq;
	struct buf		 scratch;	/* a console line being built */
};

void	child_loop_run(struct child_loop *, int, int, uint16_t,
	    child_dispatch_fn, void *) __attribute__((noreturn));
void	child_console(struct child_loop *, const char *, size_t);
void	child_press_done(struct child_loop *, uint32_t, const char *, size_t);
void	child_timer_add(struct child_loop *, uint32_t, child_timer_fn, void *);
void	child_await(struct child_loop *, uint16_t);

#endif
