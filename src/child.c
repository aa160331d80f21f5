/* A child's poll loop: read whole frames from the UI, dispatch them, flush replies. */
#include "config.h"

#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <unistd.h>

#include "child.h"
#include "log.h"

/* The exit code of a child that got a malformed frame from the UI. */
#define CHILD_EXIT_PROTOCOL	3

/* Dispatch every whole frame that has arrived; exit on a malformed one. */
static void
child_loop_drain(struct child_loop *cl)
{
	struct msg	 m;
	const char	*err;
	int		 r;

	while ((r = peer_next(&cl->peer, &m, &err)) == 1) {
		if (m.hdr.dst != cl->self || cl->dispatch(cl, &m) == -1) {
			log_debug("bad %s frame from the UI",
			    msg_type_name(m.hdr.type));
			exit(CHILD_EXIT_PROTOCOL);
		}
		peer_done(&cl->peer, &m);
	}
	if (r == -1) {
		log_debug("protocol error from the UI: %s", err);
		exit(CHILD_EXIT_PROTOCOL);
	}
}

/*
 * Run a child until the UI process closes its end of the pipes (it quit, or
 * died), then exit 0.  Nothing here blocks on a full pipe.
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
		if (poll(pfd, nfds, -1) == -1) {
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
		if (peer_flush(&cl->peer) == -1)
			exit(0);
	}
}

/* Report one line this process printed (console.log, stdout) to the UI. */
void
child_console(struct child_loop *cl, const char *text, size_t len)
{
	struct buf	 pl;

	buf_init(&pl);
	msg_add_string(&pl, text, len);
	peer_send(&cl->peer, MSG_CONSOLE_LINE, cl->self, ENDPOINT_UI, 0, &pl);
	buf_free(&pl);
}
