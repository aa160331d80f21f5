/*
 * Main's MessagePorts: the MessageChannelMain it makes for a page (or the
 * port a page sent it), their messages, the queue of one not started yet,
 * and the close event when the page at the other end goes.
 */
#ifndef IPCSIM_MAINPORT_H
#define IPCSIM_MAINPORT_H

#include <stddef.h>
#include <stdint.h>

#include "msg.h"
#include "proto.h"
#include "router.h"
#include "value.h"

#define MAINPORT_WINDOWS	ROUTER_MAX_WINDOWS	/* the windows there can be */
#define MAINPORT_QUEUE_MAX	65536	/* messages a port not started keeps */
/* port-start-late's wait before port1.start() without a --delay, as the seed's sendSync demo waits. */
#define MAINPORT_START_LATE_MS	3000

/* Main's end of the port it shares with window w's page. */
struct mainport {
	uint32_t	 id;		/* 0: none */
	uint8_t		 open;
	uint8_t		 started;
};

/* A message that arrived before its port started. */
struct mainport_queued {
	int		 window;
	uint32_t	 port;
	uint32_t	 id;		/* its press */
	struct value	 data;
};

struct mainports {
	struct mainport		 ports[MAINPORT_WINDOWS];
	uint32_t		 channels;	/* MessageChannelMains made */
	struct mainport_queued	*queue;
	size_t			 queued, cap;
};

struct mainproc;

unsigned	mainport_start_after(const struct scenario *);
void	mainport_loaded(struct mainproc *, int);
void	mainport_connect_windows(struct mainproc *, int);
void	mainport_posted(struct mainproc *, const struct msg_header *,
	    const struct proto_msg *);
void	mainport_received(struct mainproc *, const struct msg_header *,
	    const struct proto_msg *);
void	mainport_gone(struct mainproc *, int);
void	mainport_reset(struct mainproc *);

#endif
