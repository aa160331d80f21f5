/* Start the children, route their frames, validate everything, report to the front end. */
#include "config.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "ipc.h"
#include "log.h"
#include "mainproc.h"
#include "renderer.h"
#include "session.h"

/* Fork main and nwindows renderers; the callbacks receive arg. */
void
session_start(struct session *s, int nwindows, const struct session_events *ev,
    void *arg, int utf8)
{
	int	 i;

	memset(s, 0, sizeof *s);
	s->ev = ev;
	s->arg = arg;
	s->utf8 = utf8;
	s->nwindows = nwindows;
	proc_spawn(&s->main, "main", ENDPOINT_MAIN, mainproc_main, NULL);
	for (i = 0; i < nwindows; i++) {
		s->wc_ids[i] = i + 1;
		proc_spawn(&s->renderers[i], "renderer",
		    ENDPOINT_RENDERER(s->wc_ids[i]), renderer_main,
		    &s->wc_ids[i]);
	}
}

/* The child behind an endpoint, or NULL if there is none. */
static struct child *
session_child(struct session *s, uint16_t endpoint)
{
	int	 i;

	if (endpoint == ENDPOINT_MAIN)
		return (&s->main);
	for (i = 0; i < s->nwindows; i++) {
		if (s->renderers[i].endpoint == endpoint)
			return (&s->renderers[i]);
	}
	return (NULL);
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
	s->ev->line(s->arg, c, line);
	if (c->pid != -1)
		kill(c->pid, SIGKILL);
	peer_close(&c->peer);
}

/* Decode a payload that is one string into a new copy escaped for the terminal. */
static char *
session_text(struct session *s, const struct msg *m)
{
	struct msg_reader	 r;
	char			*text, *safe;
	size_t			 len;

	msg_reader_init(&r, m->payload, m->payload_len);
	if (msg_get_string(&r, &text, &len) == -1)
		return (NULL);
	safe = msg_get_end(&r) == 0 ?
	    escape_for_terminal(text, len, s->utf8) : NULL;
	free(text);
	return (safe);
}

/* Check an IPC frame's payload before passing it on unchanged. */
static int
session_ipc_valid(const struct msg *m, const char **err)
{
	struct ipc_call	 call;

	if (ipc_decode(m, &call, err) == -1)
		return (-1);
	ipc_free(&call);
	return (0);
}

/* Route or consume one frame from child c; -1 with *err if it is malformed. */
static int
session_route(struct session *s, struct child *c, const struct msg *m,
    const char **err)
{
	int		 from_main = c == &s->main;
	struct child	*dst;
	char		*text;

	if (m->hdr.src != c->endpoint) {
		*err = "frame names another process as its sender";
		return (-1);
	}
	switch (m->hdr.type) {
	case MSG_CONSOLE_LINE:
		*err = "malformed console-line frame";
		if (m->hdr.dst != ENDPOINT_UI ||
		    (text = session_text(s, m)) == NULL)
			return (-1);
		s->ev->line(s->arg, c, text);
		free(text);
		return (0);
	case MSG_REPLY_SHOWN:
		*err = "malformed reply-shown frame";
		if (from_main || m->hdr.dst != ENDPOINT_UI ||
		    (text = session_text(s, m)) == NULL)
			return (-1);
		s->ev->reply(s->arg, c, text, m->hdr.id);
		free(text);
		return (0);
	case MSG_IPC_SEND:
	case MSG_IPC_MESSAGE:
		/* Renderers send to main; main sends to a renderer. */
		*err = "IPC frame with a wrong destination";
		dst = session_child(s, m->hdr.dst);
		if (dst == NULL || (m->hdr.type == MSG_IPC_SEND) == from_main ||
		    (dst == &s->main) == from_main)
			return (-1);
		if (session_ipc_valid(m, err) == -1)
			return (-1);
		/* A message for a process that is gone is dropped, as in Electron. */
		if (dst->peer.wfd != -1)
			peer_forward(&dst->peer, m);
		return (0);
	default:
		*err = "frame type not allowed from a child";
		return (-1);
	}
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

/* Press the button of window number w (1-based); the answer will carry id. */
void
session_click(struct session *s, int w, uint32_t id)
{
	struct child	*r = &s->renderers[w - 1];

	if (r->peer.wfd != -1)
		peer_send(&r->peer, MSG_CLICK, ENDPOINT_UI, r->endpoint, id,
		    NULL);
}

/* Reap every child that has exited and tell the front end how it ended. */
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
		s->ev->gone(s->arg, c, text);
	}
}

/* End every child and reap them all. */
void
session_stop(struct session *s)
{
	struct child	*cs[1 + SESSION_MAX_WINDOWS];
	size_t		 n, i;

	n = session_children(s, cs);
	for (i = 0; i < n; i++)
		proc_stop(cs[i]);
}

/* Whether every child is still running. */
int
session_alive(const struct session *s)
{
	int	 i;

	if (s->main.pid == -1)
		return (0);
	for (i = 0; i < s->nwindows; i++) {
		if (s->renderers[i].pid == -1)
			return (0);
	}
	return (1);
}
