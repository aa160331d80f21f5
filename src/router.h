/*
 * Routing in the UI process, as a pure function: given what the UI knows of
 * the processes and a frame from one of them, say where the frame goes.
 * No fork, no pipes, no curses: it follows the protocol table (proto.c),
 * so it is tested with tables and fuzzed.
 */
#ifndef IPCSIM_ROUTER_H
#define IPCSIM_ROUTER_H

#include <stdint.h>

#include "peer.h"
#include "proto.h"

#define ROUTER_MAX_WINDOWS	4

/*
 * The MessagePort a window's page holds (one at a time: the newest sent
 * to it), and the endpoint that holds its other end; it is the page's
 * only while that page shows.
 */
struct router_port {
	uint32_t	 id;
	uint32_t	 page;
	uint16_t	 entangled;
};

/*
 * What the UI knows of the processes: each window's page, 0 while it has
 * none, its port, and the page that main's last frame of its own (no press
 * made it: did-finish-load's) reached.
 */
struct router_view {
	int			 nwindows;
	uint32_t		 pages[ROUTER_MAX_WINDOWS];
	struct router_port	 ports[ROUTER_MAX_WINDOWS];
	uint32_t		 greeted[ROUTER_MAX_WINDOWS];
};

enum route_verdict {
	ROUTE_UI,	/* for the UI itself: a line, a press done */
	ROUTE_CHILD,	/* pass it on, unchanged, to endpoint to */
	ROUTE_DROP,	/* well formed, but its page is gone: dropped, as in Electron */
	ROUTE_REJECT,	/* a protocol error: why says what */
};

struct route {
	enum route_verdict	 verdict;
	uint16_t		 to;
	const char		*why;
};

int	router_route(const struct router_view *, uint16_t, const struct msg *,
	    struct proto_msg *, struct route *);
void	router_note(struct router_view *, const struct msg *,
	    const struct proto_msg *, uint16_t);

#endif
