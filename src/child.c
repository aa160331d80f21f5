/* A child's poll loop: read whole frames from the UI, dispatch them, run timers, flush. */
#include "config.h"

#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <unistd.h>

#include "child.h"
#include "clock.h"
#include "log.h"

/* The exit code of a child that got a malformed frame from the UI. */
#define CHILD_EXIT_PROTOCOL	3

/* Hand one frame to the child's dispatcher; a bad one ends the child. */
static void
child_dispatch(struct child_loop *cl, const struct msg *m)
{
	if (m->hdr.dst != cl->self || cl->dispatch(cl, m) == -1) {
		log_debug("bad %s frame from the UI", msg_type_name(m->hdr.type));
		exit(CHILD_EXIT_PROTOCOL);
	}
}

/*
 * While a sendSync blocks, find the awaited frame among those that have
 * arrived, handle it and take it out; the others keep their order and run
 * afterwards.  Returns 1 if it was there.
 */
static int
child_take_awaited(struct child_loop *cl)
{
	struct msg	 m;
	const char	*err;
	size_t		 off = 0;
	uint8_t		*head = buf_head(&cl->peer.in);

	while (msg_header_get(head + off, cl->peer.in.len - off, &m.hdr,
	    &err) == 1 && m.hdr.len <= cl->peer.in.len - off) {
		if (m.hdr.type == cl->awaiting) {
			m.payload = head + off + MSG_HEADER_SIZE;
			m.payload_len = m.hdr.len - MSG_HEADER_SIZE;
			cl->awaiting = 0;
			child_dispatch(cl, &m);
			buf_cut(&cl->peer.in, off, m.hdr.len);
			return (1);
		}
		off += m.hdr.len;
	}
	return (0);
}

/* Dispatch every whole frame that may run now; exit on a malformed one. */
static void
child_loop_drain(struct child_loop *cl)
{
	struct msg	 m;
	const char	*err;
	int		 r;

	for (;;) {
		if (cl->awaiting != 0) {
			if (!child_take_awaited(cl))
				return;
			continue;
		}
		if ((r = peer_next(&cl->peer, &m, &err)) != 1)
			break;
		child_dispatch(cl, &m);
		peer_done(&cl->peer, &m);
	}
	if (r == -1) {
		log_debug("protocol error from the UI: %s", err);
		exit(CHILD_EXIT_PROTOCOL);
	}
}

/* Whether timer a falls due before timer b (the one set first, if at once). */
static int
child_timer_before(const struct child_timer *a, const struct child_timer *b)
{
	return (a->due < b->due || (a->due == b->due && a->seq < b->seq));
}

/* Run every timer that is due, in the order they fall due. */
static void
child_run_timers(struct child_loop *cl)
{
	struct child_timer	 t;
	uint64_t		 now = clock_now_ns();
	size_t			 i, best;

	for (;;) {
		best = cl->ntimers;
		for (i = 0; i < cl->ntimers; i++) {
			if (cl->timers[i].due <= now && (best == cl->ntimers ||
			    child_timer_before(&cl->timers[i],
			    &cl->timers[best])))
				best = i;
		}
		if (best == cl->ntimers)
			return;
		t = cl->timers[best];
		cl->timers[best] = cl->timers[--cl->ntimers];
		t.fire(cl, t.arg);
	}
}

/* Milliseconds poll may sleep: until the next timer, or for ever (-1) without one. */
static int
child_poll_timeout(const struct child_loop *cl)
{
	uint64_t	 next = UINT64_MAX;
	size_t		 i;

	for (i = 0; i < cl->ntimers; i++) {
		if (cl->timers[i].due < next)
			next = cl->timers[i].due;
	}
	return (clock_poll_ms(next));
}

/*
 * Run a child until the UI process closes its end of the pipes (it quit, or
 * died), then exit 0.  Nothing here blocks on a full pipe; with no timer
 * pending, poll sleeps until there is something to do.
 */
void
child_loop_run(struct child_loop *cl, int rfd, int wfd, uint16_t self,
    child_dispatch_fn dispatch, void *arg)
{
	struct pollfd	 pfd[2];
	int		 nfds;

	peer_init(&cl->peer, rfd, wfd);
	cl->self = self;
	cl->dispatch = dispatch;
	cl->arg = arg;
	buf_init(&cl->scratch);
	for (;;) {
		pfd[0].fd = rfd;
		pfd[0].events = POLLIN;
		pfd[0].revents = 0;
		nfds = 1;
		if (cl->peer.out.len > 0) {
			pfd[1].fd = wfd;
			pfd[1].events = POLLOUT;
			pfd[1].revents = 0;
			nfds = 2;
		}
		if (poll(pfd, nfds, child_poll_timeout(cl)) == -1) {
			if (errno == EINTR)
				continue;
			fatal("poll");
		}
		if (pfd[0].revents != 0) {
			if (peer_read(&cl->peer) == -1) {
				child_loop_drain(cl);
				exit(0);
			}
			child_loop_drain(cl);
		}
		child_run_timers(cl);
		if (peer_flush(&cl->peer) == -1)
			exit(0);
	}
}

/* Report one line this process printed (console.log, stdout) to the UI. */
void
child_console(struct child_loop *cl, const char *text, size_t len)
{
	size_t	 start;

	start = peer_begin(&cl->peer, MSG_CONSOLE_LINE, cl->self, ENDPOINT_UI,
	    0);
	msg_add_string(&cl->peer.out, text, len);
	peer_end(&cl->peer, start);
}

/*
 * Tell the UI that press id has had all its effects; shown is what the page
 * now shows as the reply, or NULL when the press showed none.
 */
void
child_press_done(struct child_loop *cl, uint32_t id, const char *shown,
    size_t len)
{
	size_t	 start;

	start = peer_begin(&cl->peer, MSG_PRESS_DONE, cl->self, ENDPOINT_UI, id);
	msg_add_u8(&cl->peer.out, shown != NULL);
	msg_add_string(&cl->peer.out, shown != NULL ? shown : "",
	    shown != NULL ? len : 0);
	peer_end(&cl->peer, start);
}

/* Call fire(cl, arg) once, ms milliseconds from now. */
void
child_timer_add(struct child_loop *cl, uint32_t ms, child_timer_fn fire,
    void *arg)
{
	cl->timers = reallocarray(cl->timers, cl->ntimers + 1,
	    sizeof *cl->timers);
	if (cl->timers == NULL)
		fatal("reallocarray");
	cl->timers[cl->ntimers].due = clock_now_ns() + (uint64_t)ms * 1000000u;
	cl->timers[cl->ntimers].fire = fire;
	cl->timers[cl->ntimers].arg = arg;
	cl->timers[cl->ntimers].seq = cl->timer_seq++;
	cl->ntimers++;
}

/* Block like a synchronous call: handle nothing but a frame of this type next. */
void
child_await(struct child_loop *cl, uint16_t type)
{
	cl->awaiting = type;
}
