/*
 * Press the button N times and print every pane line.  Each press carries a
 * sequence number that comes back with its answer, so a lost, repeated or
 * reordered answer is an error, not a silent miscount.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "headless.h"
#include "clock.h"
#include "escape.h"
#include "framelog.h"
#include "log.h"
#include "loop.h"
#include "pattern.h"
#include "session.h"
#include "sig.h"
#include "writeall.h"

/*
 * Presses in flight at once with --pipeline: enough to keep every process
 * busy, few enough that no queue grows with N.
 */
#define HEADLESS_PIPELINE_DEPTH	4096

struct headless {
	const struct options	*opt;
	struct session		 session;
	struct loop		 loop;
	long long		 sent;		/* presses made */
	long long		 answered;	/* answers received */
	int			 failed;
	int			 status;	/* exit status when failed */
	int			 timed;		/* main pushes by itself: wait, do not press */
	struct buf		 out;		/* lines not yet on stdout */
	struct buf		 call;		/* --messages: a call being built */
	uint64_t		 sent_at[HEADLESS_PIPELINE_DEPTH];
};

/* Queue a pane line of n bytes as "[pane] text" for stdout, unless the trace takes it. */
static void
headless_line(struct headless *h, const struct child *c, const char *text,
    size_t n)
{
	char	*p;

	if (!h->opt->transcript)
		return;
	buf_append(&h->out, "[", 1);
	session_label(&h->session, c, &h->out);
	/* The rest written in place: a pipelined run prints millions. */
	p = buf_space(&h->out, n + 3);
	memcpy(p, "] ", 2);
	memcpy(p + 2, text, n);
	p[n + 2] = '\n';
	buf_wrote(&h->out, p + n + 3);
}

/*
 * Write the queued lines to stdout, all of them, whether it blocks or not;
 * 0, or -1 when stdout is gone.  A reader that went away (head, a closed
 * pager) ends the run quietly, other errors are told.
 */
static int
headless_flush(struct headless *h)
{
	int	 r;

	r = write_all(STDOUT_FILENO, buf_head(&h->out), h->out.len);
	if (r == -1 && errno != EPIPE)
		fprintf(stderr, "ipcsim: stdout: %s\n", strerror(errno));
	buf_clear(&h->out);
	return (r);
}

/* A press has had all its effects: check it is the oldest one in flight. */
static void
headless_done(struct headless *h, uint32_t id)
{
	uint32_t	 want = (uint32_t)(h->answered + 1);

	/* What main sent of its own (did-finish-load's) answers no press. */
	if (id == 0)
		return;
	/* main numbers the pushes it makes by itself apart from presses. */
	if (h->timed && (id & PRESS_TIMED))
		id &= ~PRESS_TIMED;
	if (id != want || (!h->timed && h->answered == h->sent)) {
		headless_flush(h);
		fprintf(stderr, "ipcsim: answer to press %u arrived, "
		    "expected press %u\n", id, want);
		h->failed = 1;
		return;
	}
	if (h->opt->timings != NULL && !h->timed)
		fprintf(h->opt->timings, "%llu\n", (unsigned long long)
		    (clock_now_ns() -
		    h->sent_at[h->answered % HEADLESS_PIPELINE_DEPTH]));
	h->answered++;
}

/* A child ended while the transcript was running: report it and stop. */
static void
headless_gone(struct headless *h, const struct child *c, const char *why)
{
	headless_flush(h);
	fprintf(stderr, "ipcsim: %s process gone: %s\n", c->role, why);
	h->failed = 1;
}

/* What the session reports: lines go to stdout, answers are checked, an end stops the run. */
static void
headless_event(void *arg, const struct session_event *e)
{
	struct headless	*h = arg;

	switch (e->type) {
	case SESSION_LINE:
		headless_line(h, e->child, e->text, e->len);
		break;
	case SESSION_DONE:
		headless_done(h, e->id);
		break;
	case SESSION_GONE:
		headless_gone(h, e->child, e->text);
		break;
	default:
		break;
	}
}

/*
 * --messages: queue an IPC message (or a renderer's end, which main hears
 * of) as "[ipc] from -> to: the call N B", between the pane lines, in the
 * order the UI routed them; the UI's other frames of its own are not IPC.
 */
static void
headless_frame(void *arg, const struct framelog *fl, uint64_t n,
    const struct msg *f, const struct proto_msg *m)
{
	struct headless			*h = arg;
	struct framelog_rec		 rec;
	const struct framelog_rec	*r = framelog_get(fl, n, &rec);

	if (!framelog_is_ipc(f->hdr.type))
		return;
	buf_append(&h->out, "[ipc] ", 6);
	proto_endpoint_name(&h->out, r->from);
	buf_append(&h->out, " -> ", 4);
	proto_endpoint_name(&h->out, r->to);
	buf_append(&h->out, ": ", 2);
	buf_clear(&h->call);
	framelog_call(&h->call, r->method, &f->hdr, m);
	/* escape_append ends with a NUL, which stays out of the line. */
	escape_append(&h->out, (const char *)buf_head(&h->call), h->call.len,
	    h->opt->utf8);
	h->out.len--;
	buf_append(&h->out, " ", 1);
	buf_add_uint(&h->out, r->size);
	buf_append(&h->out, " B", 2);
	if (r->verdict != FRAMELOG_DELIVERED) {
		buf_printf(&h->out, ", %s: %s", framelog_verdict_name(
		    r->verdict), r->why);
	}
	buf_append(&h->out, "\n", 1);
}

/* Make every press that the in-flight limit allows now. */
static void
headless_press(struct headless *h)
{
	long long	 depth = h->opt->pipeline ? HEADLESS_PIPELINE_DEPTH : 1;

	if (h->timed)
		return;
	/* A person presses once the page is ready; so does the transcript. */
	if (!session_page_ready(&h->session, h->opt->from))
		return;
	while (h->sent < h->opt->clicks && h->sent - h->answered < depth) {
		if (h->opt->timings != NULL)
			h->sent_at[h->sent % HEADLESS_PIPELINE_DEPTH] =
			    clock_now_ns();
		h->sent++;
		session_click(&h->session, h->opt->from, (uint32_t)h->sent,
		    h->opt->args);
	}
}

/* Before sleeping: press, send, and get the lines to stdout; stop when done or failed. */
static void
headless_idle(struct loop *l)
{
	struct headless	*h = l->arg;

	if (!h->failed && h->answered < h->opt->clicks) {
		headless_press(h);
		session_flush(&h->session);
	}
	/* Lines reach stdout before the loop sleeps, never later. */
	if (headless_flush(h) == -1)
		h->failed = 1;
	if (h->failed || h->answered >= h->opt->clicks)
		loop_stop(l);
}

/* Poll every child. */
static size_t
headless_pollfds(struct loop *l, struct pollfd *pfd, size_t max)
{
	struct headless	*h = l->arg;

	(void)max;
	return (session_pollfds(&h->session, pfd));
}

/* Route what the children sent. */
static void
headless_ready(struct loop *l, const struct pollfd *pfd, size_t n)
{
	struct headless	*h = l->arg;

	session_handle(&h->session, pfd, n);
	session_check_stalled(&h->session);
}

/* A child changed state, or a signal says to leave. */
static void
headless_signals(struct loop *l, int flags)
{
	struct headless	*h = l->arg;

	if (flags & SIG_GOT_CHILD)
		session_reap(&h->session);
	if (flags & SIG_GOT_QUIT) {
		h->failed = 1;
		h->status = sig_exit_status();
	}
}

/* When a child's incomplete frame will be late. */
static uint64_t
headless_deadline(struct loop *l)
{
	return (session_deadline(&((struct headless *)l->arg)->session));
}

static const struct loop_hooks headless_hooks = {
	headless_idle, headless_pollfds, headless_ready, headless_signals,
	headless_deadline
};

/* Run the transcript; returns the process exit status. */
int
headless_run(const struct options *opt)
{
	static struct headless	 h;

	h.opt = opt;
	h.timed = (pattern_at(opt->sc.pattern)->uses & USES_PUSH_EVERY) &&
	    opt->sc.push_every_ms > 0;
	loop_init(&h.loop, &headless_hooks, &h, sig_setup());
	if (opt->record)
		session_record_frames(&h.session);
	session_start(&h.session, opt->windows, &opt->sc, NULL, headless_event,
	    &h, opt->utf8);
	if (opt->messages)
		session_watch_frames(&h.session, headless_frame, &h);
	loop_run(&h.loop);
	loop_free(&h.loop);
	session_stop(&h.session);
	if (headless_flush(&h) == -1)
		h.failed = 1;
	buf_free(&h.out);
	buf_free(&h.call);
	return (h.failed ? (h.status != 0 ? h.status : 1) : 0);
}
