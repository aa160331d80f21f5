/* A child process's side of the loop: one peer (the UI process), frames dispatched, timers. */
#ifndef IPCSIM_CHILD_H
#define IPCSIM_CHILD_H

#include <stddef.h>
#include <stdint.h>

#include "loop.h"
#include "peer.h"

struct child_loop;

/*
 * Output a child may queue before what it does on its own (a push timer)
 * waits: the UI may be stopped, and no queue may grow without bound.
 */
#define CHILD_QUEUE_HIGH	(64 * 1024)

/* Handles one frame from the UI; returns -1 if the frame is malformed. */
typedef int	(*child_dispatch_fn)(struct child_loop *, const struct msg *);

/* A child's state; its loop's arg points back to it, for timers. */
struct child_loop {
	struct loop		 loop;
	struct peer		 peer;
	uint16_t		 self;		/* this child's endpoint */
	child_dispatch_fn	 dispatch;
	void			*arg;
	/* While set, only frames of this type are handled (a blocked sendSync). */
	uint16_t		 awaiting;
	struct buf		 scratch;	/* a console line being built */
	/* The window the frame being handled came from or is about; 0: none. */
	uint16_t		 about;
};

void	child_loop_run(struct child_loop *, int, int, uint16_t,
	    child_dispatch_fn, void *) __attribute__((noreturn));
void	child_console(struct child_loop *, const char *, size_t);
void	child_press_done(struct child_loop *, uint32_t, const char *, size_t);
void	child_await(struct child_loop *, uint16_t);
int	child_queue_full(const struct child_loop *);

#endif
