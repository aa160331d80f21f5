/* Start the children, route their frames through the router, report events to the front end. */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clock.h"
#include "escape.h"
#include "i18n.h"
#include "log.h"
#include "pattern.h"
#include "session.h"
#include "trace.h"

/* Why a renderer that main's death took with it is gone. */
#define SESSION_APP_ENDED	N_("the app ended with its main process")
/* Why a frame for a process that has ended is dropped. */
#define SESSION_DST_GONE	"the process it is for is gone"

/* Report one event to the front end, with a text of len bytes (NUL-terminated) or none. */
static void
session_emit_text(struct session *s, enum session_event_type type,
    const struct child *c, uint32_t id, const char *text, size_t len)
{
	struct session_event	 e;

	e.type = type;
	e.child = c;
	e.window = session_window(c);
	e.id = id;
	e.text = text;
	e.len = len;
	s->ev(s->arg, &e);
}

/* Report one event to the front end, with a C string or none. */
static void
session_emit(struct session *s, enum session_event_type type,
    const struct child *c, uint32_t id, const char *text)
{
	session_emit_text(s, type, c, id, text, text != NULL ? strlen(text) :
	    0);
}

/*
 * Give record n (r, whole), frame f, to the trace and to the front end
 * that watches frames, with its values built: decoded here only for them.
 * checked is its payload as the router read it, or NULL when refused.
 */
static void
session_show_frame(struct session *s, uint64_t n, const struct framelog_rec *r,
    const struct msg *f, const struct proto_msg *checked)
{
	struct proto_msg	 m;
	const struct proto_msg	*built = NULL;
	const char		*err;

	/* A payload like the last of its type has its line's fields already. */
	if (trace_on && s->on_frame == NULL && checked != NULL &&
	    trace_frame_again(r, n, f))
		return;
	/* Only IPC frames carry values; the check read the rest already. */
	if ((f->hdr.type >> 8) != (MSG_IPC_SEND >> 8))
		built = checked;
	else if (checked != NULL &&
	    proto_decode(f, &m, PROTO_BUILD, &err) == 0)
		built = &m;
	if (trace_on)
		trace_frame(r, n, f, built);
	if (s->on_frame != NULL)
		s->on_frame(s->frame_arg, &s->frames, n, f, built);
	if (built == &m)
		proto_msg_free(&m);
}

/*
 * Why main will find nobody to hear call f (no listener or handler, or one
 * that once took away), or NULL: the pattern says, from the calls main has
 * had since its code last ran (each config starts it again), counted here
 * as main counts them.
 */
static const char *
session_unheard(struct session *s, const struct msg *f,
    const struct route *rt)
{
	uint16_t	 t = f->hdr.type;

	if (f->hdr.dst != ENDPOINT_MAIN || rt->verdict != ROUTE_CHILD)
		return (NULL);
	if (t == MSG_CONFIG)
		s->main_calls = 0;
	if (t != MSG_IPC_SEND && t != MSG_IPC_INVOKE && t != MSG_IPC_SEND_SYNC)
		return (NULL);
	if (pattern_hears(pattern_at(s->sc.pattern), &s->sc, s->main_calls++))
		return (NULL);
	if (t == MSG_IPC_INVOKE)
		return ("no handler registered");
	return (t == MSG_IPC_SEND_SYNC ? "no listener: the page stays blocked" :
	    "no listener: Electron drops it");
}

/*
 * Whether frames go in the frame log.  Nobody watches them without
 * --trace, --messages, --record or the TUI and its inspector: the log
 * then stays empty, and a press costs what it did before it existed.
 */
static int
session_records(const struct session *s)
{
	return (trace_on || s->on_frame != NULL || s->record);
}

/*
 * Put frame f, seen at now with its route (rt->why: why it was dropped or
 * refused), in the frame log, and show it to those who watch frames;
 * checked is its payload as the router read it, or NULL when refused.
 * Its number, or 0 when nothing records.
 */
static uint64_t
session_record(struct session *s, uint64_t now, const struct msg *f,
    const struct route *rt, const struct proto_msg *checked)
{
	enum framelog_verdict	 v = FRAMELOG_DELIVERED;
	struct framelog_rec	 whole;
	const char		*why = rt->why, *unheard;
	uint64_t		 n;
	int			 show = trace_on || s->on_frame != NULL;

	unheard = session_unheard(s, f, rt);
	if (!session_records(s))
		return (0);
	if (rt->verdict == ROUTE_DROP)
		v = FRAMELOG_DROPPED;
	else if (rt->verdict == ROUTE_REJECT)
		v = FRAMELOG_REJECTED;
	else if (unheard != NULL) {
		v = FRAMELOG_UNHEARD;
		why = unheard;
	}
	n = framelog_record(&s->frames, now - s->started, f, v, why,
	    framelog_method(f->hdr.type, checked), show ? &whole : NULL);
	if (show)
		session_show_frame(s, n, &whole, f, checked);
	return (n);
}

/*
 * Send a frame of type from the UI to child c, encoded from m, and record
 * it: the one place the UI sends frames of its own.  (None can be too
 * large: proto_send would then send nothing, and there is nothing to
 * record.)
 */
static void
session_send(struct session *s, struct child *c, uint16_t type, uint32_t id,
    const struct proto_msg *m)
{
	static const struct route	 sent = { ROUTE_CHILD, 0, NULL };
	struct msg			 f;
	size_t				 start = c->peer.out.len;

	if (proto_send(&c->peer, type, ENDPOINT_UI, c->endpoint, id, m) == -1)
		return;
	f.hdr.len = (uint32_t)(c->peer.out.len - start);
	f.hdr.version = MSG_VERSION;
	f.hdr.type = type;
	f.hdr.src = ENDPOINT_UI;
	f.hdr.dst = c->endpoint;
	f.hdr.id = id;
	f.payload = buf_head(&c->peer.out) + start + MSG_HEADER_SIZE;
	f.payload_len = f.hdr.len - MSG_HEADER_SIZE;
	/* The clock is read only for a log that keeps the time. */
	session_record(s, session_records(s) ? clock_now_ns() : 0, &f, &sent,
	    m);
}

/*
 * Tell main what happened to window w: main.js's createWindow made it
 * (WINDOW_CREATED), the user closed it and its BrowserWindow is
 * destroyed (WINDOW_CLOSED), or its page loaded again (WINDOW_RELOADED).
 */
static void
session_tell_window(struct session *s, int w, uint8_t event)
{
	struct proto_msg	 m;

	if (s->main.peer.wfd == -1)
		return;
	proto_msg_init(&m);
	m.window = (uint32_t)w;
	m.flag = event;
	session_send(s, &s->main, MSG_WINDOW, 0, &m);
}

/* Send the current scenario to one child. */
static void
session_configure(struct session *s, struct child *c)
{
	struct proto_msg	 m;

	if (c->peer.wfd == -1)
		return;
	proto_msg_init(&m);
	m.sc = s->sc;
	session_send(s, c, MSG_CONFIG, 0, &m);
}

/*
 * Fork a child of a kind from the table, configure it and say it started.
 * If it cannot start, its pane says why (errno) and -1 is returned.
 */
static int
session_spawn(struct session *s, struct child *c, int kind, int w)
{
	struct proc_start	 start;
	char			 line[128];

	start.window = w;
	start.page = 0;
	if (w != 0) {
		start.page = s->next_page++;
		/* Page numbers skip the two that name no page. */
		if (s->next_page == PAGE_BEFORE_LOAD)
			s->next_page = 1;
		s->view.pages[w - 1] = 0;
	}
	if (proc_spawn(c, &s->kinds[kind], w == 0 ? ENDPOINT_MAIN :
	    ENDPOINT_RENDERER(w), &start) == -1) {
		snprintf(line, sizeof line, "cannot start %s: %s", c->role,
		    strerror(errno));
		log_debug("%s", line);
		session_emit(s, SESSION_LINE, c, 0, line);
		return (-1);
	}
	if (w != 0)
		s->view.pages[w - 1] = start.page;
	session_configure(s, c);
	session_emit(s, SESSION_STARTED, c, 0, NULL);
	return (0);
}

/*
 * Fork main and nwindows renderers, all configured with sc; ev receives arg
 * with every event.  Not starting them all is fatal: there is nothing to
 * show.
 */
void
session_start(struct session *s, int nwindows, const struct scenario *sc,
    const struct proc_kind *kinds, session_event_fn ev, void *arg, int utf8)
{
	int	 w, record = s->record;

	/* Whether the front end asked to record, before the start. */
	memset(s, 0, sizeof *s);
	s->record = record;
	step_init(&s->step);
	s->kinds = kinds != NULL ? kinds : proc_kinds;
	s->ev = ev;
	s->arg = arg;
	s->utf8 = utf8;
	s->sc = *sc;
	s->next_page = 1;
	framelog_init(&s->frames);
	s->started = clock_now_ns();
	s->main.pid = -1;
	for (w = 0; w < SESSION_MAX_WINDOWS; w++)
		s->renderers[w].pid = -1;
	if (session_spawn(s, &s->main, PROC_MAIN, 0) == -1)
		fatal("cannot start main");
	s->view.nwindows = nwindows;
	for (w = 1; w <= nwindows; w++) {
		if (session_spawn(s, &s->renderers[w - 1], PROC_RENDERER,
		    w) == -1)
			fatal("cannot start renderer");
		session_tell_window(s, w, WINDOW_CREATED);
	}
}

/*
 * Open one more window (a new renderer process); its number, or -1 at the
 * limit or when it cannot start (its pane says why).
 */
int
session_add_window(struct session *s)
{
	int	 w;

	/* A window the user closed gives its place to the new one. */
	for (w = 1; w <= s->view.nwindows; w++) {
		if (!s->closed[w - 1] || s->main.pid == -1)
			continue;
		if (session_spawn(s, &s->renderers[w - 1], PROC_RENDERER,
		    w) == -1)
			return (-1);
		s->closed[w - 1] = 0;
		session_tell_window(s, w, WINDOW_CREATED);
		return (w);
	}
	if (w > SESSION_MAX_WINDOWS)
		return (-1);
	if (session_spawn(s, &s->renderers[w - 1], PROC_RENDERER, w) == -1)
		return (-1);
	s->view.nwindows = w;
	session_tell_window(s, w, WINDOW_CREATED);
	return (w);
}

/*
 * Have fn called with arg for every frame recorded from now on, with its
 * payload decoded: the transcript's messages.
 */
void
session_watch_frames(struct session *s, session_frame_fn fn, void *arg)
{
	s->on_frame = fn;
	s->frame_arg = arg;
}

/*
 * Record every frame from now on though nobody is called with them, for
 * the TUI's inspector to read; called before session_start, the first
 * frames are there too.
 */
void
session_record_frames(struct session *s)
{
	s->record = 1;
}

/* How many window places the app has, open or closed. */
int
session_nwindows(const struct session *s)
{
	return (s->view.nwindows);
}

/* Whether window w (1-based) is one the app has and the user did not close. */
int
session_window_open(const struct session *s, int w)
{
	return (w >= 1 && w <= s->view.nwindows && !s->closed[w - 1]);
}

/*
 * Whether window w's page has had what main sends it once it loaded (a
 * MessagePort, a message), in the scenarios where main does.
 */
int
session_page_ready(const struct session *s, int w)
{
	if (!pattern_at(s->sc.pattern)->greets)
		return (1);
	return (w >= 1 && w <= s->view.nwindows && s->view.pages[w - 1] != 0 &&
	    s->view.greeted[w - 1] == s->view.pages[w - 1]);
}

/* How many windows are open. */
int
session_open_windows(const struct session *s)
{
	int	 w, n = 0;

	for (w = 1; w <= s->view.nwindows; w++)
		n += session_window_open(s, w);
	return (n);
}

/* The window number of a renderer child, 0 for main. */
int
session_window(const struct child *c)
{
	return (c->endpoint >= ENDPOINT_RENDERER_BASE ?
	    c->endpoint - ENDPOINT_RENDERER_BASE : 0);
}

/*
 * How transcripts name a child: main, renderer, or renderer N with several
 * windows.  (Once a line in headless mode: no printf.)
 */
void
session_label(const struct session *s, const struct child *c, struct buf *b)
{
	char	 n[3] = { ' ', '0', '\0' };

	buf_append(b, c->role, strlen(c->role));
	if (session_window(c) != 0 && s->view.nwindows > 1) {
		n[1] = (char)('0' + session_window(c));
		buf_append(b, n, 2);
	}
}

/* Every child slot, for loops over all of them. */
static size_t
session_children(struct session *s, struct child **cs)
{
	size_t	 n = 0;
	int	 i;

	cs[n++] = &s->main;
	for (i = 0; i < s->view.nwindows; i++)
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

/* The child behind an endpoint the router accepted. */
static struct child *
session_child(struct session *s, uint16_t endpoint)
{
	if (endpoint == ENDPOINT_MAIN)
		return (&s->main);
	return (&s->renderers[endpoint - ENDPOINT_RENDERER_BASE - 1]);
}

/*
 * Fill pfd with what to poll for: output where queued, and input from every
 * child unless a queue to one of them is over SESSION_QUEUE_HIGH (a stopped
 * process): then the others wait, and so no queue grows without bound.
 */
size_t
session_pollfds(struct session *s, struct pollfd *pfd)
{
	struct child	*cs[1 + SESSION_MAX_WINDOWS];
	size_t		 n, i, k = 0;
	short		 in = POLLIN;

	n = session_children(s, cs);
	for (i = 0; i < n; i++) {
		if (cs[i]->peer.out.len >= SESSION_QUEUE_HIGH)
			in = 0;
	}
	/* Step mode holds frames: they wait in the UI, boundedly too. */
	if (s->step.bytes.len >= STEP_HIGH)
		in = 0;
	for (i = 0; i < n; i++) {
		if (cs[i]->peer.rfd == -1)
			continue;
		pfd[k].fd = cs[i]->peer.rfd;
		pfd[k].events = in;
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
	buf_clear(&s->text);
	buf_printf(&s->text, "protocol error: %s", why);
	log_debug("protocol error from %s %ld: %s", c->role, (long)c->pid, why);
	session_emit(s, SESSION_LINE, c, 0, buf_str(&s->text));
	if (c->pid != -1)
		kill(c->pid, SIGKILL);
	c->doomed = 1;
	peer_close(&c->peer);
}

/*
 * Hand a frame for the UI to the front end: a console line, or a press done
 * with the reply its page shows.  The router checked it; the text is escaped
 * for the terminal into the session's scratch buffer.
 */
static void
session_to_ui(struct session *s, struct child *c, const struct msg *f,
    const struct proto_msg *m)
{
	buf_clear(&s->text);
	escape_append(&s->text, m->text, m->text_len, s->utf8);
	/* escape_append ends the text with a NUL, not a part of it. */
	s->text.len--;
	if (f->hdr.type == MSG_CONSOLE_LINE)
		session_emit_text(s, SESSION_LINE, c, f->hdr.id,
		    (const char *)buf_head(&s->text), s->text.len);
	else if (m->flag)
		session_emit_text(s, SESSION_DONE, c, f->hdr.id,
		    (const char *)buf_head(&s->text), s->text.len);
	else
		session_emit(s, SESSION_DONE, c, f->hdr.id, NULL);
}

/* Pass a frame on to the child the router named; a sendSync blocks its window until its result. */
static void
session_forward(struct session *s, struct child *c, const struct msg *f,
    uint16_t to)
{
	struct child	*dst = session_child(s, to);

	peer_forward(&dst->peer, f);
	if (f->hdr.type == MSG_IPC_SEND_SYNC)
		session_emit(s, SESSION_BLOCKED, c, 0, NULL);
	else if (f->hdr.type == MSG_IPC_SYNC_RESULT)
		session_emit(s, SESSION_RELEASED, dst, 0, NULL);
}

/*
 * Give a routed frame its effect: for the UI (to 0), hand it to the front
 * end; else pass it on to that child.  m is its payload as the router
 * read it.
 */
static void
session_deliver(struct session *s, const struct msg *f,
    const struct proto_msg *m, uint16_t to)
{
	struct child	*src = session_child(s, f->hdr.src);

	if (to == 0)
		session_to_ui(s, src, f, m);
	else
		session_forward(s, src, f, to);
}

/*
 * Whether step mode holds frame f: every frame once one is held, so that
 * they keep their order; else all but those that go with the one before.
 */
static int
session_holds(struct session *s, const struct msg *f)
{
	return (s->step.on && (step_held(&s->step) > 0 ||
	    !step_silent(f->hdr.type)));
}

/* Deliver frame f, record n, for to (0: the UI), or hold it in step mode. */
static void
session_pass(struct session *s, const struct msg *f, const struct proto_msg *m,
    uint64_t n, uint16_t to)
{
	if (session_holds(s, f))
		step_hold(&s->step, f, n, to,
		    to != 0 ? session_child(s, to)->pid : -1);
	else
		session_deliver(s, f, m, to);
}

/*
 * Let the next held frame go, as it would have gone when it came.  A frame
 * for a child that has ended, or been started again since, is dropped: it
 * was for a process that is gone.
 */
static void
session_release(struct session *s)
{
	const struct step_frame	*sf;
	struct child		*dst;
	struct proto_msg	 m;
	struct msg		 f;
	const char		*err;

	if ((sf = step_next(&s->step, &f)) == NULL)
		return;
	if (sf->to != 0) {
		dst = session_child(s, sf->to);
		if (dst->peer.wfd != -1 && dst->pid == sf->pid)
			session_deliver(s, &f, NULL, sf->to);
		else
			log_debug("held frame %llu dropped: %s",
			    (unsigned long long)sf->n, SESSION_DST_GONE);
	} else if (proto_decode(&f, &m, 0, &err) == 0) {
		session_deliver(s, &f, &m, 0);
		proto_msg_free(&m);
	}
	step_pop(&s->step);
}

/* Let the next held frame go, and those that go with it. */
void
session_step(struct session *s)
{
	struct msg	 f;

	session_release(s);
	while (step_next(&s->step, &f) != NULL && step_silent(f.hdr.type))
		session_release(s);
}

/* Turn step mode on or off; off lets every held frame go, in order. */
void
session_set_step(struct session *s, int on)
{
	s->step.on = on;
	while (!on && step_held(&s->step) > 0)
		session_release(s);
}

/* Read what child c sent and route every whole frame. */
static void
session_input(struct session *s, struct child *c)
{
	struct msg		 f;
	struct proto_msg	 m;
	struct route		 rt;
	const char		*err;
	uint64_t		 now, n;
	int			 r, closed;

	closed = peer_read(&c->peer) == -1;
	/* The frames of one read arrived together. */
	now = clock_now_ns();
	while ((r = peer_next(&c->peer, &f, &err)) == 1) {
		if (router_route(&s->view, c->endpoint, &f, &m, &rt) == -1) {
			session_record(s, now, &f, &rt, NULL);
			session_fail(s, c, rt.why);
			return;
		}
		/* For a process that is gone: dropped, as in Electron. */
		if (rt.verdict == ROUTE_CHILD &&
		    session_child(s, rt.to)->peer.wfd == -1) {
			rt.verdict = ROUTE_DROP;
			rt.why = SESSION_DST_GONE;
		}
		n = session_record(s, now, &f, &rt, &m);
		log_debug("%s %#x -> %#x id %u, %zu bytes%s%s",
		    msg_type_name(f.hdr.type), f.hdr.src, f.hdr.dst, f.hdr.id,
		    f.payload_len, rt.why != NULL ? ": dropped, " : "",
		    rt.why != NULL ? rt.why : "");
		if (rt.verdict == ROUTE_UI)
			session_pass(s, &f, &m, n, 0);
		else if (rt.verdict == ROUTE_CHILD) {
			router_note(&s->view, &f, &m, rt.to);
			session_pass(s, &f, &m, n, rt.to);
		}
		peer_done(&c->peer, &f);
	}
	if (r == -1) {
		session_fail(s, c, err);
		return;
	}
	peer_stamp(&c->peer, now);
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
 * When a running child's incomplete frame will be late (monotonic ns), for
 * the loop to wake then; 0 while none waits, so idle costs nothing.
 */
uint64_t
session_deadline(struct session *s)
{
	struct child	*cs[1 + SESSION_MAX_WINDOWS];
	uint64_t	 since, due = 0;
	size_t		 n, i;

	n = session_children(s, cs);
	for (i = 0; i < n; i++) {
		since = peer_partial_since(&cs[i]->peer);
		if (since != 0 && !cs[i]->stopped &&
		    (due == 0 || since + PEER_PARTIAL_NS < due))
			due = since + PEER_PARTIAL_NS;
	}
	return (due);
}

/*
 * Write what is queued for every child, as far as the pipes take it now,
 * and the trace whole.  The front ends flush before the loop sleeps, so
 * the trace is written by then; a trace that cannot be written ends the
 * run, in either front end.
 */
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
	if (trace_on && trace_flush() == -1)
		fatal("--trace %s", trace_name());
}

/*
 * Press the button of window w (1-based) with the argument text; the press's
 * effects will report id.  A pattern whose button sends nothing asks main to
 * push to the first window instead.  Returns the window whose page will
 * answer, or -1 if the process the press goes to is gone.
 */
int
session_click(struct session *s, int w, uint32_t id, const char *args)
{
	struct child		*c = &s->renderers[w - 1];
	struct proto_msg	 m;

	proto_msg_init(&m);
	if (pattern_pushes(pattern_at(s->sc.pattern))) {
		if (s->main.peer.wfd == -1)
			return (-1);
		session_send(s, &s->main, MSG_PUSH, id, &m);
		return (1);
	}
	if (c->peer.wfd == -1)
		return (-1);
	m.text = args;
	m.text_len = strlen(args);
	session_send(s, c, MSG_CLICK, id, &m);
	return (w);
}

/* Tell main that a renderer is gone, as Electron emits render-process-gone. */
static void
session_tell_gone(struct session *s, const struct child *c, const char *reason,
    int code)
{
	struct proto_msg	 m;

	if (s->main.peer.wfd == -1)
		return;
	proto_msg_init(&m);
	m.window = (uint32_t)session_window(c);
	m.text = reason;
	m.text_len = strlen(reason);
	m.code = (uint32_t)code;
	session_send(s, &s->main, MSG_RENDERER_GONE, 0, &m);
}

/* A child has been reaped: its page is gone, and the front end is told why. */
static void
session_gone(struct session *s, struct child *c, const char *why)
{
	int	 w = session_window(c);

	peer_close(&c->peer);
	if (w != 0)
		s->view.pages[w - 1] = 0;
	log_debug("%s %d gone: %s", c->role, w, why);
	session_emit(s, SESSION_GONE, c, 0, why);
}

/*
 * Main is gone, and the app with it, as in Electron: every window ends
 * too.  Each is killed and reaped here, and reported gone for that reason.
 */
static void
session_end_app(struct session *s)
{
	struct child	*c;
	int		 i;

	for (i = 0; i < s->view.nwindows; i++) {
		c = &s->renderers[i];
		if (c->pid == -1)
			continue;
		kill(c->pid, SIGKILL);
		proc_stop(&c, 1);
		session_gone(s, c, SESSION_APP_ENDED);
	}
}

/*
 * Reap every child that has exited: tell main if it was a renderer, tell the
 * front end how it ended, end the app with main, and start again a child
 * killed for a protocol error (the whole app, for main).
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
		reason = proc_exit_reason(c->status, &code);
		snprintf(text, sizeof text, "{ reason: '%s', exitCode: %d }",
		    reason, code);
		if (session_window(c) != 0)
			session_tell_gone(s, c, reason, code);
		session_gone(s, c, text);
		if (c == &s->main)
			session_end_app(s);
		if (c->doomed && c == &s->main)
			session_relaunch(s);
		else if (c->doomed)
			session_reload(s, session_window(c));
	}
}

/* Start window w's renderer (1-based) again after it ended: a new process, a new page. */
static int
session_respawn(struct session *s, int w)
{
	struct child	*c = &s->renderers[w - 1];

	if (c->pid != -1 || s->main.pid == -1 || s->closed[w - 1])
		return (-1);
	return (session_spawn(s, c, PROC_RENDERER, w));
}

/*
 * Reload window w whose renderer is hung, as main.js would on
 * 'unresponsive': webContents.forcefullyCrashRenderer(), then reload() once
 * it is gone (render-process-gone tells main first).  -1 if it runs no
 * renderer.
 */
int
session_crash_reload(struct session *s, int w)
{
	struct child	*c = &s->renderers[w - 1];

	if (c->pid == -1 || s->main.pid == -1)
		return (-1);
	kill(c->pid, SIGSEGV);
	c->doomed = 1;
	return (0);
}

/*
 * Reload window w whose renderer is gone: a new renderer, and main's
 * did-finish-load of it.  -1 if it cannot be.
 */
int
session_reload(struct session *s, int w)
{
	if (session_respawn(s, w) == -1)
		return (-1);
	session_tell_window(s, w, WINDOW_RELOADED);
	return (0);
}

/*
 * Launch the app again after main ended: main, then each of its windows
 * that the user did not close (the first, if all were).
 */
int
session_relaunch(struct session *s)
{
	int	 w;

	if (s->main.pid != -1 || session_spawn(s, &s->main, PROC_MAIN, 0) == -1)
		return (-1);
	if (session_open_windows(s) == 0)
		s->closed[0] = 0;
	/* The new main.js creates its windows again. */
	for (w = 1; w <= s->view.nwindows; w++)
		if (session_respawn(s, w) == 0)
			session_tell_window(s, w, WINDOW_CREATED);
	return (0);
}

/*
 * The user closed window w, as its close button would: its renderer ends
 * (no render-process-gone: nothing crashed), its page is gone, and frames
 * for it are dropped.  The last window closed quits the app, as Electron
 * does when main.js has no 'window-all-closed' listener.  -1 if w is not
 * open.
 */
int
session_close_window(struct session *s, int w)
{
	struct child	*c;

	if (!session_window_open(s, w))
		return (-1);
	c = &s->renderers[w - 1];
	s->closed[w - 1] = 1;
	s->view.pages[w - 1] = 0;
	if (c->pid != -1) {
		kill(c->pid, SIGKILL);
		proc_stop(&c, 1);
		peer_close(&c->peer);
	}
	log_debug("window %d closed", w);
	session_tell_window(s, w, WINDOW_CLOSED);
	session_emit(s, SESSION_CLOSED, c, 0, session_open_windows(s) > 0 ?
	    N_("closed: BrowserWindow emits 'closed', its renderer process "
	    "exits") : N_("closed: the last window; main.js has no "
	    "'window-all-closed' listener, so Electron quits the app"));
	if (session_open_windows(s) == 0 && s->main.pid != -1) {
		c = &s->main;
		kill(c->pid, SIGTERM);
		proc_stop(&c, 1);
		session_gone(s, c, N_("the app quit: every window was closed"));
	}
	return (0);
}

/* End every child and reap them all. */
void
session_stop(struct session *s)
{
	struct child	*cs[1 + SESSION_MAX_WINDOWS];

	proc_stop(cs, session_children(s, cs));
	buf_free(&s->text);
	step_free(&s->step);
	framelog_free(&s->frames);
}
