/* Press the button N times, each after the previous reply, and print every line. */
#include "config.h"

#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>

#include "headless.h"
#include "log.h"
#include "session.h"
#include "sig.h"

struct headless {
	struct session	 session;
	long long	 clicks;	/* presses still to make */
	int		 waiting;	/* a press has not been answered yet */
	int		 failed;	/* a child ended before the work was done */
};

/* Print a pane line as "[pane] text". */
static void
headless_line(void *arg, const struct child *c, const char *text)
{
	(void)arg;
	printf("[%s] %s\n", c->role, text);
}

/* The page showed a reply: that press is answered. */
static void
headless_reply(void *arg, const struct child *c, const char *text)
{
	struct headless	*h = arg;

	(void)c;
	(void)text;
	h->waiting = 0;
}

/* A child ended while the transcript was running: report it and stop. */
static void
headless_gone(void *arg, const struct child *c, const char *why)
{
	struct headless	*h = arg;

	fflush(stdout);
	fprintf(stderr, "ipcsim: %s process gone: %s\n", c->role, why);
	h->failed = 1;
}

static const struct session_events headless_events = {
	headless_line, headless_reply, headless_gone
};

/* Run the transcript; returns the process exit status. */
int
headless_run(long long clicks, int utf8)
{
	struct headless	 h;
	struct pollfd	 pfd[SESSION_MAX_FDS + 1];
	size_t		 n;
	int		 sigfd, flags;

	sigfd = sig_setup();
	h.clicks = clicks;
	h.waiting = 0;
	h.failed = 0;
	session_start(&h.session, 1, &headless_events, &h, utf8);
	for (;;) {
		if (!h.waiting && h.clicks > 0) {
			session_click(&h.session, 1);
			h.clicks--;
			h.waiting = 1;
		}
		if (!h.waiting || h.failed)
			break;
		n = session_pollfds(&h.session, pfd);
		pfd[n].fd = sigfd;
		pfd[n].events = POLLIN;
		pfd[n].revents = 0;
		/* Lines reach stdout before the loop sleeps, never later. */
		if (fflush(stdout) == EOF)
			fatal("stdout");
		if (poll(pfd, n + 1, -1) == -1 && errno != EINTR)
			fatal("poll");
		session_handle(&h.session, pfd, n);
		flags = sig_drain(sigfd);
		if (flags & SIG_GOT_CHILD)
			session_reap(&h.session);
		if (flags & SIG_GOT_QUIT) {
			h.failed = 1;
			break;
		}
	}
	session_stop(&h.session);
	if (fflush(stdout) == EOF)
		fatal("stdout");
	return (h.failed ? 1 : 0);
}
