/*
 * Press the button N times and print every pane line.  Each press carries a
 * sequence number that comes back with its answer, so a lost, repeated or
 * reordered answer is an error, not a silent miscount.
 */
#include "config.h"

#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "headless.h"
#include "clock.h"
#include "log.h"
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
	struct session			 session;
	long long			 sent;		/* presses made */
	long long			 answered;	/* answers received */
	int				 failed;
	int				 status;	/* exit status when failed */
	struct buf			 out;		/* lines not yet on stdout */
	uint64_t			 sent_at[HEADLESS_PIPELINE_DEPTH];
};

/* Queue a pane line as "[pane] text" for stdout. */
static void
headless_line(void *arg, const struct child *c, const char *text)
{
	struct headless	*h = arg;
	char		 label[32];

	session_label(&h->session, c, label, sizeof label);
	buf_append(&h->out, "[", 1);
	buf_append(&h->out, label, strlen(label));
	buf_append(&h->out, "] ", 2);
	buf_append(&h->out, text, strlen(text));
	buf_append(&h->out, "\n", 1);
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

/*
 * Whether main pushes by itself here, so that the run waits for its pushes
 * instead of pressing.
 */
static int
headless_timed_push(const struct options *opt)
{
	return (opt->sc.pattern == PATTERN_PUSH && opt->sc.push_every_ms > 0);
}

/* A press has had all its effects: check it is the oldest one in flight. */
static void
headless_done(void *arg, const struct child *c, uint32_t id, const char *shown)
{
	struct headless	*h = arg;
	uint32_t	 want = (uint32_t)(h->answered + 1);
	int		 timed = headless_timed_push(h->opt);

	(void)c;
	(void)shown;
	if (id != want || (!timed && h->answered == h->sent)) {
		headless_flush(h);
		fprintf(stderr, "ipcsim: answer to press %u arrived, "
		    "expected press %u\n", id, want);
		h->failed = 1;
		return;
	}
	if (h->opt->timings != NULL && !timed)
		fprintf(h->opt->timings, "%llu\n", (unsigned long long)
		    (clock_now_ns() -
		    h->sent_at[h->answered % HEADLESS_PIPELINE_DEPTH]));
	h->answered++;
}

/* A child ended while the transcript was running: report it and stop. */
static void
headless_gone(void *arg, const struct child *c, const char *why)
{
	struct headless	*h = arg;

	headless_flush(h);
	fprintf(stderr, "ipcsim: %s process gone: %s\n", c->role, why);
	h->failed = 1;
}

static const struct session_events headless_events = {
	headless_line, headless_done, headless_gone
};

/* Make every press that the in-flight limit allows now. */
static void
headless_press(struct headless *h)
{
	long long	 depth = h->opt->pipeline ? HEADLESS_PIPELINE_DEPTH : 1;

	if (headless_timed_push(h->opt))
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

/* Run the transcript; returns the process exit status. */
int
headless_run(const struct options *opt)
{
	static struct headless	 h;
	struct pollfd		 pfd[SESSION_MAX_FDS + 1];
	size_t			 n;
	int			 sigfd, flags;

	sigfd = sig_setup();
	h.opt = opt;
	session_start(&h.session, opt->windows, &opt->sc, &headless_events, &h,
	    opt->utf8);
	while (!h.failed && h.answered < opt->clicks) {
		headless_press(&h);
		session_flush(&h.session);
		n = session_pollfds(&h.session, pfd);
		pfd[n].fd = sigfd;
		pfd[n].events = POLLIN;
		pfd[n].revents = 0;
		/* Lines reach stdout before the loop sleeps, never later. */
		if (headless_flush(&h) == -1) {
			h.failed = 1;
			break;
		}
		if (poll(pfd, n + 1, session_poll_timeout(&h.session)) == -1 &&
		    errno != EINTR)
			fatal("poll");
		session_handle(&h.session, pfd, n);
		session_check_stalled(&h.session);
		flags = sig_drain(sigfd);
		if (flags & SIG_GOT_CHILD)
			session_reap(&h.session);
		if (flags & SIG_GOT_QUIT) {
			h.failed = 1;
			h.status = sig_exit_status();
		}
	}
	session_stop(&h.session);
	if (headless_flush(&h) == -1)
		h.failed = 1;
	buf_free(&h.out);
	return (h.failed ? (h.status != 0 ? h.status : 1) : 0);
}
