/* The poll loop of every process: descriptors, the signal pipe, timers and hooks. */
#include "config.h"

#include <errno.h>
#include <stdlib.h>

#include "clock.h"
#include "log.h"
#include "loop.h"
#include "sig.h"

/* Set a loop up with its hooks, their state and the signal pipe (-1 for none). */
void
loop_init(struct loop *l, const struct loop_hooks *hooks, void *arg,
    int sigfd)
{
	l->hooks = hooks;
	l->arg = arg;
	l->sigfd = sigfd;
	l->stop = 0;
	l->timers = NULL;
	l->ntimers = 0;
	l->timer_seq = 0;
}

/* Make loop_run return after the pass under way. */
void
loop_stop(struct loop *l)
{
	l->stop = 1;
}

/* Free the timers still pending (their arguments are their owners' to free). */
void
loop_free(struct loop *l)
{
	free(l->timers);
	l->timers = NULL;
	l->ntimers = 0;
}

/* Call fire(l, arg) once, ms milliseconds from now. */
void
loop_timer_add(struct loop *l, uint32_t ms, loop_timer_fn fire, void *arg)
{
	l->timers = reallocarray(l->timers, l->ntimers + 1, sizeof *l->timers);
	if (l->timers == NULL)
		fatal("reallocarray");
	l->timers[l->ntimers].due = clock_now_ns() + (uint64_t)ms * 1000000u;
	l->timers[l->ntimers].fire = fire;
	l->timers[l->ntimers].arg = arg;
	l->timers[l->ntimers].seq = l->timer_seq++;
	l->ntimers++;
}

/* Whether timer a falls due before timer b (the one set first, if at once). */
static int
loop_timer_before(const struct loop_timer *a, const struct loop_timer *b)
{
	return (a->due < b->due || (a->due == b->due && a->seq < b->seq));
}

/* Run every timer that is due, in the order they fall due. */
static void
loop_run_timers(struct loop *l)
{
	struct loop_timer	 t;
	uint64_t		 now;
	size_t			 i, best;

	if (l->ntimers == 0)
		return;
	now = clock_now_ns();
	for (;;) {
		best = l->ntimers;
		for (i = 0; i < l->ntimers; i++) {
			if (l->timers[i].due <= now && (best == l->ntimers ||
			    loop_timer_before(&l->timers[i], &l->timers[best])))
				best = i;
		}
		if (best == l->ntimers)
			return;
		t = l->timers[best];
		l->timers[best] = l->timers[--l->ntimers];
		t.fire(l, t.arg);
	}
}

/* Milliseconds poll may sleep: until the next timer or deadline, or for ever (-1). */
static int
loop_poll_timeout(struct loop *l)
{
	uint64_t	 next = UINT64_MAX, d;
	size_t		 i;

	for (i = 0; i < l->ntimers; i++) {
		if (l->timers[i].due < next)
			next = l->timers[i].due;
	}
	if (l->hooks->deadline != NULL && (d = l->hooks->deadline(l)) != 0 &&
	    d < next)
		next = d;
	return (clock_poll_ms(next));
}

/* Run passes until a hook calls loop_stop. */
void
loop_run(struct loop *l)
{
	struct pollfd	 pfd[LOOP_MAX_FDS + 1];
	size_t		 n, i;
	int		 timeout;

	while (!l->stop) {
		loop_run_timers(l);
		if (l->hooks->idle != NULL)
			l->hooks->idle(l);
		if (l->stop)
			break;
		n = l->hooks->pollfds(l, pfd, LOOP_MAX_FDS);
		if (l->sigfd != -1) {
			pfd[n].fd = l->sigfd;
			pfd[n].events = POLLIN;
			pfd[n].revents = 0;
		}
		timeout = loop_poll_timeout(l);
		if (poll(pfd, n + (l->sigfd != -1), timeout) == -1) {
			if (errno != EINTR)
				fatal("poll");
			/*
			 * A signal (SIGWINCH, which curses turns into a key)
			 * still lets the ready hook look, with nothing ready.
			 */
			for (i = 0; i <= n; i++)
				pfd[i].revents = 0;
		}
		l->hooks->ready(l, pfd, n);
		if (l->sigfd != -1 && pfd[n].revents != 0 &&
		    l->hooks->signals != NULL)
			l->hooks->signals(l, sig_drain(l->sigfd));
	}
}
