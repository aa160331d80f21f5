/*
 * The one event loop that every process runs: the UI, the headless mode and
 * both children.  Each pass runs the due timers, calls the idle hook (flush,
 * draw), polls the descriptors the pollfds hook names plus the signal pipe,
 * and hands the results to the ready hook and the signal flags to the
 * signals hook.  poll sleeps until the next timer, or without a timeout when
 * none is set: an idle process costs nothing.
 */
#ifndef IPCSIM_LOOP_H
#define IPCSIM_LOOP_H

#include <poll.h>
#include <stddef.h>
#include <stdint.h>

#define LOOP_MAX_FDS	16

struct loop;

/* Runs when a timer is due; it owns its argument. */
typedef void	(*loop_timer_fn)(struct loop *, void *);

struct loop_hooks {
	/* Before sleeping: flush queues, draw; may call loop_stop. */
	void	(*idle)(struct loop *);
	/* Fill the array with what to poll (at most its size); the count. */
	size_t	(*pollfds)(struct loop *, struct pollfd *, size_t);
	/* What poll found, for the descriptors pollfds named. */
	void	(*ready)(struct loop *, const struct pollfd *, size_t);
	/* SIG_GOT_* flags from the signal pipe (NULL without one). */
	void	(*signals)(struct loop *, int);
	/* A deadline of its own, in monotonic ns (0 for none), or NULL. */
	uint64_t (*deadline)(struct loop *);
};

struct loop_timer {
	uint64_t	 due;		/* monotonic ns */
	uint64_t	 seq;		/* order among timers due at once */
	loop_timer_fn	 fire;
	void		*arg;
};

struct loop {
	const struct loop_hooks	*hooks;
	void			*arg;		/* the process's own state */
	int			 sigfd;		/* the signal pipe, or -1 */
	int			 stop;
	struct loop_timer	*timers;
	size_t			 ntimers;
	uint64_t		 timer_seq;
};

void	loop_init(struct loop *, const struct loop_hooks *, void *, int);
void	loop_run(struct loop *);
void	loop_stop(struct loop *);
void	loop_timer_add(struct loop *, uint32_t, loop_timer_fn, void *);
void	loop_free(struct loop *);

#endif
