/* A child's hooks on the event loop: read whole frames from the UI, dispatch them, flush. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "child.h"
#include "log.h"
#include "proto.h"

/* The exit code of a child that got a malformed frame from the UI. */
#define CHILD_EXIT_PROTOCOL	3

/* Leave because the UI broke the protocol; -v's log says why. */
static void __attribute__((noreturn))
child_protocol_error(const char *what, const char *why)
{
	log_debug("protocol error from the UI: %s%s%s", what,
	    why != NULL ? ": " : "", why != NULL ? why : "");
	exit(CHILD_EXIT_PROTOCOL);
}

/* Hand one frame to the child's dispatcher; a bad one ends the child. */
static void
child_dispatch(struct child_loop *cl, const struct msg *m)
{
	if (m->hdr.dst != cl->self)
		child_protocol_error("a frame for another process", NULL);
	cl->about = m->hdr.src > ENDPOINT_RENDERER_BASE ?
	    m->hdr.src - ENDPOINT_RENDERER_BASE : 0;
	if (cl->dispatch(cl, m) == -1)
		child_protocol_error("a bad frame",
		    msg_type_name(m->hdr.type));
	cl->about = 0;
}

/*
 * While a sendSync blocks, find the awaited frame among those that have
 * arrived, handle it and take it out; the others keep their order and run
 * afterwards.  Returns 1 if it was there.  A header that can never be valid
 * is a protocol error here as anywhere.
 */
static int
child_take_awaited(struct child_loop *cl)
{
	struct msg	 m;
	const char	*err;
	size_t		 off = 0;
	uint8_t		*head = buf_head(&cl->peer.in);
	int		 r;

	while ((r = msg_header_get(head + off, cl->peer.in.len - off, &m.hdr,
	    &err)) == 1 && m.hdr.len <= cl->peer.in.len - off) {
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
	if (r == -1)
		child_protocol_error("a bad header", err);
	return (0);
}

/* Dispatch every whole frame that may run now; exit on a malformed one. */
static void
child_drain(struct child_loop *cl)
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
	if (r == -1)
		child_protocol_error("a bad header", err);
}

/* The child loop's state from the event loop's. */
static struct child_loop *
child_of(struct loop *l)
{
	return (l->arg);
}

/* Before sleeping: write what is queued; a UI that is gone ends the child. */
static void
child_idle(struct loop *l)
{
	if (peer_flush(&child_of(l)->peer) == -1)
		exit(0);
}

/* Poll the pipe from the UI, and the one to it while output is queued. */
static size_t
child_pollfds(struct loop *l, struct pollfd *pfd, size_t max)
{
	struct child_loop	*cl = child_of(l);
	size_t			 n = 0;

	(void)max;
	pfd[n].fd = cl->peer.rfd;
	pfd[n].events = POLLIN;
	pfd[n++].revents = 0;
	if (cl->peer.out.len > 0) {
		pfd[n].fd = cl->peer.wfd;
		pfd[n].events = POLLOUT;
		pfd[n++].revents = 0;
	}
	return (n);
}

/* Read what the UI sent and handle it; when the UI has closed its end, leave. */
static void
child_ready(struct loop *l, const struct pollfd *pfd, size_t n)
{
	struct child_loop	*cl = child_of(l);

	(void)n;
	if (pfd[0].revents == 0)
		return;
	if (peer_read(&cl->peer) == -1) {
		child_drain(cl);
		exit(0);
	}
	child_drain(cl);
}

static const struct loop_hooks child_hooks = {
	child_idle, child_pollfds, child_ready, NULL, NULL
};

/*
 * Run a child until the UI process closes its end of the pipes (it quit, or
 * died), then exit 0.  Nothing here blocks on a full pipe.
 */
void
child_loop_run(struct child_loop *cl, int rfd, int wfd, uint16_t self,
    child_dispatch_fn dispatch, void *arg)
{
	peer_init(&cl->peer, rfd, wfd);
	cl->self = self;
	cl->dispatch = dispatch;
	cl->arg = arg;
	buf_init(&cl->scratch);
	loop_init(&cl->loop, &child_hooks, cl, -1);
	loop_run(&cl->loop);
	exit(0);
}

/*
 * The most text a frame of one string (and a flag) can carry, less room for
 * the note that says how much was cut.
 */
#define CHILD_MAX_TEXT	(MSG_MAX_FRAME - MSG_HEADER_SIZE - 5 - 64)

/*
 * Queue a frame of type carrying text for the UI, cut to fit a frame (at a
 * character boundary, with a note that says so): Node prints a line of any
 * length, and the UI must get what it can show rather than nothing.
 */
static void
child_send_text(struct child_loop *cl, uint16_t type, uint32_t id,
    uint8_t flag, const char *text, size_t len)
{
	struct proto_msg	 m;
	struct buf		 cut;
	size_t			 keep = len;

	proto_msg_init(&m);
	m.flag = flag;
	m.text = text;
	m.text_len = len;
	if (len <= CHILD_MAX_TEXT) {
		proto_send(&cl->peer, type, cl->self, ENDPOINT_UI, id, &m);
		return;
	}
	keep = CHILD_MAX_TEXT;
	/* Back up to the start of a character. */
	while (keep > 0 && ((unsigned char)text[keep] & 0xc0) == 0x80)
		keep--;
	buf_init(&cut);
	buf_append(&cut, text, keep);
	buf_printf(&cut, " ... [ipcsim: %zu more bytes not shown]", len - keep);
	m.text = (const char *)buf_head(&cut);
	m.text_len = cut.len;
	proto_send(&cl->peer, type, cl->self, ENDPOINT_UI, id, &m);
	buf_free(&cut);
}

/*
 * Report one line this process printed (console.log, stdout) to the UI; its
 * id names the window the line is about (main's gutter), 0 for none.
 */
void
child_console(struct child_loop *cl, const char *text, size_t len)
{
	child_send_text(cl, MSG_CONSOLE_LINE, cl->about, 0, text, len);
}

/*
 * Tell the UI that press id has had all its effects; shown is what the page
 * now shows as the reply, or NULL when the press showed none.
 */
void
child_press_done(struct child_loop *cl, uint32_t id, const char *shown,
    size_t len)
{
	child_send_text(cl, MSG_PRESS_DONE, id, shown != NULL, shown, len);
}

/* Block like a synchronous call: handle nothing but a frame of this type next. */
void
child_await(struct child_loop *cl, uint16_t type)
{
	cl->awaiting = type;
}

/* Whether the queue to the UI is too long for a child to add what nobody asked for. */
int
child_queue_full(const struct child_loop *cl)
{
	return (cl->peer.out.len >= CHILD_QUEUE_HIGH);
}
