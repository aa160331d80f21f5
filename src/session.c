/* Start the children, route their frames, validate everything, report to the front end. */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clock.h"
#include "escape.h"
#include "ipc.h"
#include "log.h"
#include "mainproc.h"
#include "renderer.h"
#include "session.h"

/* Where a frame from a child may go. */
enum session_to {
	TO_UI,
	TO_MAIN,
	TO_RENDERER,
};

/* Checks a frame's payload; -1 with *err if it is malformed. */
typedef int	(*session_check_fn)(const struct msg *, const char **);

static int	session_check_invoke_result(const struct msg *, const char **);
static int	session_check_value(const struct msg *, const char **);

/* Every frame a child may send: who sends it, where it goes, how to check it. */
static const struct session_rule {
	uint16_t		 type;
	int			 from_main;
	enum session_to		 to;
	session_check_fn	 check;
} session_rules[] = {
	/* Frames for the UI are checked as session_to_ui reads them. */
	{ MSG_CONSOLE_LINE, 0, TO_UI, NULL },
	{ MSG_CONSOLE_LINE, 1, TO_UI, NULL },
	{ MSG_PRESS_DONE, 0, TO_UI, NULL },
	{ MSG_PRESS_DONE, 1, TO_UI, NULL },
	{ MSG_IPC_SEND, 0, TO_MAIN, ipc_check },
	{ MSG_IPC_INVOKE, 0, TO_MAIN, ipc_check },
	{ MSG_IPC_SEND_SYNC, 0, TO_MAIN, ipc_check },
	{ MSG_IPC_MESSAGE, 1, TO_RENDERER, ipc_check },
	{ MSG_IPC_INVOKE_RESULT, 1, TO_RENDERER, session_check_invoke_result },
	{ MSG_IPC_SYNC_RESULT, 1, TO_RENDERER, session_check_value },
};

/* Send the current scenario to one child. */
static void
session_configure(struct session *s, struct child *c)
{
	struct buf	 pl;

	if (c->peer.wfd == -1)
		return;
	buf_init(&pl);
	scenario_encode(&pl, &s->sc);
	peer_send(&c->peer, MSG_CONFIG, ENDPOINT_UI, c->endpoint, 0, &pl);
	buf_free(&pl);
}

/* Fork main and configure it; -1 with errno set if it cannot. */
static int
session_spawn_main(struct session *s)
{
	if (proc_spawn(&s->main, "main", ENDPOINT_MAIN, mainproc_main,
	    NULL) == -1)
		return (-1);
	session_configure(s, &s->main);
	return (0);
}

/* Fork renderer number w (1-based) and configure it; -1 with errno if it cannot. */
static int
session_spawn_renderer(struct session *s, int w)
{
	s->wc_ids[w - 1] = w;
	s->blocked[w - 1] = 0;
	if (proc_spawn(&s->renderers[w - 1], "renderer", ENDPOINT_RENDERER(w),
	    renderer_main, &s->wc_ids[w - 1]) == -1)
		return (-1);
	session_configure(s, &s->renderers[w - 1]);
	return (0);
}

/* Child c could not be started (errno says why): say so in its pane; returns -1. */
static int
session_cannot_start(struct session *s, struct child *c)
{
	char	 line[128];

	snprintf(line, sizeof line, "cannot start %s: %s", c->role,
	    strerror(errno));
	log_debug("%s", line);
	s->ev->line(s->arg, c, line);
	return (-1);
}

/*
 * Fork main and nwindows renderers, all configured with sc; the callbacks
 * receive arg.  Not starting them all is fatal: there is nothing to show.
 */
void
session_start(struct session *s, int nwindows, const struct scenario *sc,
    const struct session_events *ev, void *arg, int utf8)
{
	int	 w;

	memset(s, 0, sizeof *s);
	s->ev = ev;
	s->arg = arg;
	s->utf8 = utf8;
	s->sc = *sc;
	if (session_spawn_main(s) == -1)
		fatal("cannot start main");
	for (w = 1; w <= nwindows; w++) {
		if (session_spawn_renderer(s, w) == -1)
			fatal("cannot start renderer");
	}
	s->nwindows = nwindows;
}

/*
 * Open one more window (a new renderer process); its number, or -1 at the
 * limit or when it cannot start (its pane says why).
 */
int
session_add_window(struct session *s)
{
	if (s->nwindows == SESSION_MAX_WINDOWS)
		return (-1);
	if (session_spawn_renderer(s, s->nwindows + 1) == -1)
		return (session_cannot_start(s, &s->renderers[s->nwindows]));
	return (++s->nwindows);
}

/* The window number of a renderer child, 0 for main. */
int
session_window(const struct child *c)
{
	return (c->endpoint >= ENDPOINT_RENDERER_BASE ?
	    c->endpoint - ENDPOINT_RENDERER_BASE : 0);
}

/* How transcripts name a child: main, renderer, or renderer N with several windows. */
void
session_label(const struct session *s, const struct child *c, char *buf,
    size_t size)
{
	if (session_window(c) == 0 || s->nwindows == 1)
		strlcpy(buf, c->role, size);
	else
		snprintf(buf, size, "%s %d", c->role, session_window(c));
}

/* Every child slot, for loops over all of them. */
static size_t
session_children(struct session *s, struct child **cs)
{
	size_t	 n = 0;
	int	 i;

	cs[n++] = &s->main;
	for (i = 0; i < s->nwindows; i++)
		cs[n++] = &s->renderers[i];
	return (n);
}

/* Change the scenario and tell every child. */
void
session_set_scenario(struct session *s, const struct scenario *sc)
{
	struct child	*cs[1 + SESSION_MAX_WINDOWS];
	size_t		 n, i;

	s->sc = *sc;
	n = session_children(s, cs);
	for (i = 0; i < n; i++)
		session_configure(s, cs[i]);
}

/* The child behind an endpoint, or NULL if there is none. */
static struct child *
session_child(struct session *s, uint16_t endpoint)
{
	int	 w;

	if (endpoint == ENDPOINT_MAIN)
		return (&s->main);
	w = endpoint - ENDPOINT_RENDERER_BASE;
	if (endpoint < ENDPOINT_RENDERER_BASE || w < 1 || w > s->nwindows)
		return (NULL);
	return (&s->renderers[w - 1]);
}

/* Fill pfd with what to poll for: input from every child, output where queued. */
size_t
session_pollfds(struct session *s, struct pollfd *pfd)
{
	struct child	*cs[1 + SESSION_MAX_WINDOWS];
	size_t		 n, i, k = 0;

	n = session_children(s, cs);
	for (i = 0; i < n; i++) {
		if (cs[i]->peer.rfd == -1)
			continue;
		pfd[k].fd = cs[i]->peer.rfd;
		pfd[k].events = POLLIN;
		pfd[k].revents = 0;
		s->polled[k++] = cs[i];
		if (cs[i]->peer.out.len > 0) {
			pfd[k].fd = cs[i]->peer.wfd;
			pfd[k].events = POLLOUT;
			pfd[k].revents = 0;
			s->polled[k++] = cs[i];
		}
	}
	return (k);
}

/*
 * A child broke the protocol: say so in its pane, and kill it.  It is
 * reaped, and reported gone, through SIGCHLD like any other exit.
 */
static void
session_fail(struct session *s, struct child *c, const char *why)
{
	char	 line[256];

	snprintf(line, sizeof line, "protocol error: %s", why);
	log_debug("protocol error from %s %ld: %s", c->role, (long)c->pid, why);
	s->ev->line(s->arg, c, line);
	if (c->pid != -1)
		kill(c->pid, SIGKILL);
	c->doomed = 1;
	peer_close(&c->peer);
}

/* A settled invoke: a value, or the error's text. */
static int
session_check_invoke_result(const struct msg *m, const char **err)
{
	struct msg_reader	 r;
	uint8_t			 ok;
	const char		*text;
	size_t			 len;

	*err = "malformed invoke result";
	msg_reader_init(&r, m->payload, m->payload_len);
	if (msg_get_u8(&r, &ok) == -1 || ok > 1)
		return (-1);
	if (ok ? value_check(&r, err) == -1 :
	    msg_view_string(&r, &text, &len) == -1)
		return (-1);
	return (msg_get_end(&r));
}

/* A payload that is one value: event.returnValue. */
static int
session_check_value(const struct msg *m, const char **err)
{
	struct msg_reader	 r;

	msg_reader_init(&r, m->payload, m->payload_len);
	if (value_check(&r, err) == -1)
		return (-1);
	*err = "bytes after the value";
	return (msg_get_end(&r));
}

/*
 * Check a frame for the UI and hand it to the front end: a console line, or
 * a press done with the reply its page shows.  The text is checked and
 * escaped for the terminal in one go, into the session's scratch buffer.
 */
static int
session_to_ui(struct session *s, struct child *c, const struct msg *m,
    const char **err)
{
	struct msg_reader	 r;
	const char		*text;
	size_t			 len;
	uint8_t			 shown = 1;

	msg_reader_init(&r, m->payload, m->payload_len);
	*err = m->hdr.type == MSG_PRESS_DONE ? "malformed press-done payload" :
	    "malformed text payload";
	if (m->hdr.type == MSG_PRESS_DONE && (msg_get_u8(&r, &shown) == -1 ||
	    shown > 1))
		return (-1);
	if (msg_view_string(&r, &text, &len) == -1 || msg_get_end(&r) == -1)
		return (-1);
	buf_clear(&s->text);
	escape_append(&s->text, text, len, s->utf8);
	text = (const char *)buf_head(&s->text);
	if (m->hdr.type == MSG_CONSOLE_LINE)
		s->ev->line(s->arg, c, text);
	else
		s->ev->done(s->arg, c, m->hdr.id, shown ? text : NULL);
	return (0);
}

/* Route or consume one frame from child c; -1 with *err if it is malformed. */
static int
session_route(struct session *s, struct child *c, const struct msg *m,
    const char **err)
{
	const struct session_rule	*rule = NULL;
	struct child			*dst;
	int				 from_main = c == &s->main;
	size_t				 i;

	if (m->hdr.src != c->endpoint) {
		*err = "frame names another process as its sender";
		return (-1);
	}
	for (i = 0; i < sizeof session_rules / sizeof session_rules[0]; i++) {
		if (session_rules[i].type == m->hdr.type &&
		    session_rules[i].from_main == from_main)
			rule = &session_rules[i];
	}
	if (rule == NULL) {
		*err = "frame type not allowed from this process";
		return (-1);
	}
	dst = session_child(s, m->hdr.dst);
	if ((rule->to == TO_UI && m->hdr.dst != ENDPOINT_UI) ||
	    (rule->to == TO_MAIN && dst != &s->main) ||
	    (rule->to == TO_RENDERER && (dst == NULL || dst == &s->main))) {
		*err = "frame with a wrong destination";
		return (-1);
	}
	log_debug("%s %#x -> %#x id %u, %zu bytes", msg_type_name(m->hdr.type),
	    m->hdr.src, m->hdr.dst, m->hdr.id, m->payload_len);
	if (rule->to == TO_UI)
		return (session_to_ui(s, c, m, err));
	if (rule->check(m, err) == -1)
		return (-1);
	/* sendSync blocks its window until the result is routed back. */
	if (m->hdr.type == MSG_IPC_SEND_SYNC)
		s->blocked[session_window(c) - 1] = 1;
	if (m->hdr.type == MSG_IPC_SYNC_RESULT)
		s->blocked[session_window(dst) - 1] = 0;
	/* A message for a process that is gone is dropped, as in Electron. */
	if (dst->peer.wfd != -1)
		peer_forward(&dst->peer, m);
	return (0);
}

/* Read what child c sent and handle every whole frame. */
static void
session_input(struct session *s, struct child *c)
{
	struct msg	 m;
	const char	*err;
	int		 r, closed;

	closed = peer_read(&c->peer) == -1;
	while ((r = peer_next(&c->peer, &m, &err)) == 1) {
		if (session_route(s, c, &m, &err) == -1) {
			session_fail(s, c, err);
			return;
		}
		peer_done(&c->peer, &m);
	}
	if (r == -1) {
		session_fail(s, c, err);
		return;
	}
	peer_stamp(&c->peer, clock_now_ns());
	/* The child closed its pipe; SIGCHLD will say why. */
	if (closed)
		peer_close(&c->peer);
}

/* Handle the poll results for the descriptors session_pollfds made, then flush. */
void
session_handle(struct session *s, const struct pollfd *pfd, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		if (pfd[i].revents == 0 || s->polled[i]->peer.rfd == -1)
			continue;
		if (pfd[i].fd == s->polled[i]->peer.rfd)
			session_input(s, s->polled[i]);
	}
	session_flush(s);
}

/*
 * Fail every child that sent part of a frame and then nothing more for
 * PEER_PARTIAL_NS while it was running: a frame that slow is truncated.
 * Its pipe is read once more first: the time may have passed with the UI
 * process itself stopped, and the rest of the frame waiting in the pipe.
 */
void
session_check_stalled(struct session *s)
{
	struct child	*cs[1 + SESSION_MAX_WINDOWS];
	char		 why[96];
	size_t		 n, i, have, want;

	n = session_children(s, cs);
	for (i = 0; i < n; i++) {
		if (cs[i]->stopped ||
		    !peer_overdue(&cs[i]->peer, clock_now_ns(), &have, &want))
			continue;
		session_input(s, cs[i]);
		if (!peer_overdue(&cs[i]->peer, clock_now_ns(), &have, &want))
			continue;
		snprintf(why, sizeof why,
		    "truncated frame: %zu of %zu bytes after %llu s", have, want,
		    (unsigned long long)(PEER_PARTIAL_NS / 1000000000));
		session_fail(s, cs[i], why);
	}
}

/*
 * Milliseconds the loop may sleep in poll: until a running child's
 * incomplete frame is late, or -1 (no timeout) while none waits.
 */
int
session_poll_timeout(struct session *s)
{
	struct child	*cs[1 + SESSION_MAX_WINDOWS];
	uint64_t	 since, due = UINT64_MAX;
	size_t		 n, i;

	n = session_children(s, cs);
	for (i = 0; i < n; i++) {
		since = peer_partial_since(&cs[i]->peer);
		if (since != 0 && !cs[i]->stopped &&
		    since + PEER_PARTIAL_NS < due)
			due = since + PEER_PARTIAL_NS;
	}
	return (clock_poll_ms(due));
}

/* Write what is queued for every child, as far as the pipes take it now. */
void
session_flush(struct session *s)
{
	struct child	*cs[1 + SESSION_MAX_WINDOWS];
	size_t		 i, k;

	k = session_children(s, cs);
	for (i = 0; i < k; i++) {
		if (cs[i]->peer.wfd != -1 && peer_flush(&cs[i]->peer) == -1)
			peer_close(&cs[i]->peer);
	}
}

/*
 * Press the button of window w (1-based) with the argument text; the press's
 * effects will report id.  In the push pattern the button asks main to push.
 */
void
session_click(struct session *s, int w, uint32_t id, const char *args)
{
	struct child	*r = &s->renderers[w - 1];
	size_t		 start;

	if (s->sc.pattern == PATTERN_PUSH) {
		if (s->main.peer.wfd != -1)
			peer_send(&s->main.peer, MSG_PUSH, ENDPOINT_UI,
			    ENDPOINT_MAIN, id, NULL);
		return;
	}
	if (r->peer.wfd == -1)
		return;
	start = peer_begin(&r->peer, MSG_CLICK, ENDPOINT_UI, r->endpoint, id);
	msg_add_string(&r->peer.out, args, strlen(args));
	peer_end(&r->peer, start);
}

/* Tell main that a renderer is gone, as Electron emits render-process-gone. */
static void
session_tell_gone(struct session *s, const struct child *c, const char *reason,
    int code)
{
	struct buf	 pl;

	if (s->main.peer.wfd == -1)
		return;
	buf_init(&pl);
	msg_add_u32(&pl, (uint32_t)session_window(c));
	msg_add_string(&pl, reason, strlen(reason));
	msg_add_u32(&pl, (uint32_t)code);
	peer_send(&s->main.peer, MSG_RENDERER_GONE, ENDPOINT_UI, ENDPOINT_MAIN,
	    0, &pl);
	buf_free(&pl);
}

/*
 * Reap every child that has exited: tell main if it was a renderer, tell the
 * front end how it ended, and start again a child killed for a protocol
 * error.
 */
void
session_reap(struct session *s)
{
	struct child	*cs[1 + SESSION_MAX_WINDOWS], *c;
	const char	*reason;
	char		 text[128];
	size_t		 n;
	int		 code;

	n = session_children(s, cs);
	while ((c = proc_reap_one(cs, n)) != NULL) {
		/* Keep what it wrote before it died. */
		if (c->peer.rfd != -1)
			session_input(s, c);
		peer_close(&c->peer);
		reason = proc_exit_reason(c->status, &code);
		snprintf(text, sizeof text, "{ reason: '%s', exitCode: %d }",
		    reason, code);
		log_debug("%s %d gone: %s", c->role, session_window(c), text);
		if (session_window(c) != 0)
			session_tell_gone(s, c, reason, code);
		s->ev->gone(s->arg, c, text);
		if (c->doomed)
			session_restart(s, c);
	}
}

/*
 * Start a child that has ended again: a reload for a renderer, a restart for
 * main.  Returns -1 if it has not ended, or cannot start (its pane says why).
 */
int
session_restart(struct session *s, struct child *c)
{
	if (c->pid != -1)
		return (-1);
	if ((c == &s->main ? session_spawn_main(s) :
	    session_spawn_renderer(s, session_window(c))) == -1)
		return (session_cannot_start(s, c));
	return (0);
}

/* End every child and reap them all. */
void
session_stop(struct session *s)
{
	struct child	*cs[1 + SESSION_MAX_WINDOWS];

	proc_stop(cs, session_children(s, cs));
	buf_free(&s->text);
}
