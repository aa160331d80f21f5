/*
 * libFuzzer target: bytes from a child, read and routed as the UI does it.
 * The first byte picks the child (main or renderer 1 to 4), how many windows
 * the app has and which of their pages are gone, and where the rest is
 * split: the rest is fed to a real peer through a pipe in those two pieces,
 * and every frame that comes out goes through the router.  Whatever the
 * router passes on, to the UI or to a child, the receiver's decoder must
 * accept: the UI's check and the receiver's reading may never disagree.
 */
#include "config.h"

#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

#include "peer.h"
#include "proto.h"
#include "router.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* The sender and the view the first byte picks: window w shows page w unless its bit says gone. */
static uint16_t
pick(uint8_t b, struct router_view *v)
{
	int	 sender = b % 5, gone = (b / 5) % 16, w;

	v->nwindows = 1 + (b / 80) % ROUTER_MAX_WINDOWS;
	if (v->nwindows < sender)
		v->nwindows = sender;
	for (w = 1; w <= ROUTER_MAX_WINDOWS; w++)
		v->pages[w - 1] = w <= v->nwindows &&
		    !(gone & 1 << (w - 1)) ? (uint32_t)w : 0;
	return (sender == 0 ? ENDPOINT_MAIN : ENDPOINT_RENDERER(sender));
}

/*
 * Route every whole frame in the peer, as the UI does, until one is
 * refused (the UI then kills the child); abort if a frame passed on does
 * not decode for its receiver.  -1 when the stream cannot go on.
 */
static int
drain(struct peer *p, const struct router_view *v, uint16_t from)
{
	struct msg		 f;
	struct proto_msg	 m, built;
	struct route		 rt;
	const char		*err;
	int			 r;

	while ((r = peer_next(p, &f, &err)) == 1) {
		if (router_route(v, from, &f, &m, &rt) == -1) {
			if (rt.verdict != ROUTE_REJECT || rt.why == NULL)
				abort();
			return (-1);
		}
		if (rt.verdict == ROUTE_REJECT)
			abort();
		if (rt.verdict == ROUTE_UI || rt.verdict == ROUTE_CHILD) {
			if (proto_decode(&f, &built, PROTO_BUILD, &err) == -1)
				abort();
			proto_msg_free(&built);
		}
		peer_done(p, &f);
	}
	return (r);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct router_view	 v;
	struct peer		 p;
	uint16_t		 from;
	int			 fds[2];
	size_t			 split;

	if (size == 0 || size > 60000 || pipe2(fds, O_NONBLOCK) == -1)
		return (0);
	from = pick(data[0], &v);
	data++;
	size--;
	split = data[-1] % (size + 1);
	peer_init(&p, fds[0], -1);
	if (write(fds[1], data, split) == (ssize_t)split) {
		peer_read(&p);
		if (drain(&p, &v, from) != -1 && write(fds[1], data + split,
		    size - split) == (ssize_t)(size - split)) {
			close(fds[1]);
			fds[1] = -1;
			peer_read(&p);
			peer_read(&p);
			drain(&p, &v, from);
		}
	}
	if (fds[1] != -1)
		close(fds[1]);
	peer_close(&p);
	return (0);
}
