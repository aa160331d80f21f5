/* Where a frame from a child goes, by the protocol table: deliver, keep, drop or reject. */
#include "config.h"

#include "router.h"

/* Reject a frame; returns -1 for the caller to return. */
static int
router_reject(struct route *rt, const char *why)
{
	rt->verdict = ROUTE_REJECT;
	rt->why = why;
	return (-1);
}

/* Whether a renderer's endpoint is a window that exists. */
static int
router_window_exists(const struct router_view *v, uint16_t endpoint)
{
	int	 w = endpoint - ENDPOINT_RENDERER_BASE;

	return (w >= 1 && w <= v->nwindows);
}

/* Whether window w's page holds port id now, entangled with the endpoint other. */
static int
router_holds(const struct router_view *v, int w, uint32_t id, uint16_t other)
{
	const struct router_port	*p = &v->ports[w - 1];

	return (p->id == id && p->page != 0 && p->page == v->pages[w - 1] &&
	    p->entangled == other);
}

/*
 * The checks of MessagePort frames: a page posts only on the port it
 * holds, to the endpoint that holds the other end; a port sent with a
 * postMessage has its other end elsewhere (the sender keeps it, or main
 * gives it to another window that exists).
 */
static int
router_check_port(const struct router_view *v, uint16_t from, uint16_t dst,
    const struct msg *f, const struct proto_msg *m, struct route *rt)
{
	unsigned	 role = proto_endpoint_role(from);

	if (f->hdr.type == MSG_PORT_MESSAGE && dst == from)
		return (router_reject(rt, "port message to its own sender"));
	if (f->hdr.type == MSG_PORT_MESSAGE && role == ROLE_RENDERER &&
	    !router_holds(v, from - ENDPOINT_RENDERER_BASE, m->port, dst))
		return (router_reject(rt,
		    "message on a port its page does not hold"));
	if ((f->hdr.type == MSG_IPC_POST_TO_MAIN ||
	    f->hdr.type == MSG_IPC_POST_TO_RENDERER) && m->port != 0) {
		if (role == ROLE_RENDERER && m->entangled != from)
			return (router_reject(rt,
			    "port whose other end the page does not keep"));
		if (m->entangled == dst || (proto_endpoint_role(m->entangled) ==
		    ROLE_RENDERER && !router_window_exists(v, m->entangled)))
			return (router_reject(rt,
			    "port entangled with a wrong endpoint"));
	}
	return (0);
}

/*
 * Route frame f from the child at endpoint from.  Its payload is checked by
 * the decoder of its type's row, without building values, into *m (text
 * and channel point into the frame).  Returns 0 with rt filled for
 * ROUTE_UI, ROUTE_CHILD and ROUTE_DROP, or -1 with rt->why for
 * ROUTE_REJECT.
 */
int
router_route(const struct router_view *v, uint16_t from, const struct msg *f,
    struct proto_msg *m, struct route *rt)
{
	const struct proto_type	*t = proto_find(f->hdr.type);
	unsigned		 role = proto_endpoint_role(from);
	uint16_t		 dst = f->hdr.dst;
	unsigned		 dst_role = proto_endpoint_role(dst);
	const char		*err;
	int			 w;

	rt->to = dst;
	rt->why = NULL;
	if (f->hdr.src != from)
		return (router_reject(rt,
		    "frame names another process as its sender"));
	if (t == NULL || !(t->from & role))
		return (router_reject(rt,
		    "frame type not allowed from this process"));
	if (role == ROLE_RENDERER && !router_window_exists(v, from))
		return (router_reject(rt, "frame from a window that is gone"));
	if (!(t->to & dst_role) || (dst_role == ROLE_RENDERER &&
	    !router_window_exists(v, dst)))
		return (router_reject(rt, "frame with a wrong destination"));
	if (proto_decode_row(t, f, m, PROTO_CHECK, &err) == -1)
		return (router_reject(rt, err));
	if (dst == ENDPOINT_UI) {
		rt->verdict = ROUTE_UI;
		return (0);
	}
	/* An IPC call names its sender's page, which must be its own. */
	if (role == ROLE_RENDERER && m->page !=
	    v->pages[from - ENDPOINT_RENDERER_BASE - 1])
		return (router_reject(rt,
		    "frame names another page as its sender"));
	if (router_check_port(v, from, dst, f, m, rt) == -1)
		return (-1);
	rt->verdict = ROUTE_CHILD;
	if (dst_role == ROLE_RENDERER) {
		/* An answer for a page that is gone is dropped, as in Electron. */
		w = dst - ENDPOINT_RENDERER_BASE;
		if (role == ROLE_MAIN && m->page == PAGE_BEFORE_LOAD) {
			/* Nothing listens in the document before the page. */
			rt->verdict = ROUTE_DROP;
			rt->why = "the page had not loaded: nothing listened yet";
		} else if (v->pages[w - 1] == 0 || (m->page != PAGE_CURRENT &&
		    role == ROLE_MAIN && m->page != v->pages[w - 1])) {
			rt->verdict = ROUTE_DROP;
			rt->why = "the page it is for is gone";
		} else if (f->hdr.type == MSG_PORT_MESSAGE &&
		    !router_holds(v, w, m->port, from)) {
			/* A page reloaded or gone took its end of the port. */
			rt->verdict = ROUTE_DROP;
			rt->why = "the port's other end is gone";
		}
	}
	return (0);
}

/*
 * Frame f was passed on to endpoint to.  A frame of main's own (no press
 * made it) to a page greets it; after a postMessage with a port, the page
 * that now holds one (the receiver, or a renderer that kept the other end
 * of the one it sent) is noted, for the checks above.
 */
void
router_note(struct router_view *v, const struct msg *f,
    const struct proto_msg *m, uint16_t to)
{
	uint16_t	 holder = f->hdr.src;
	uint16_t	 other = f->hdr.dst;
	int		 w;

	if (f->hdr.src == ENDPOINT_MAIN && f->hdr.id == 0 &&
	    router_window_exists(v, to))
		v->greeted[to - ENDPOINT_RENDERER_BASE - 1] =
		    v->pages[to - ENDPOINT_RENDERER_BASE - 1];

	if ((f->hdr.type != MSG_IPC_POST_TO_MAIN &&
	    f->hdr.type != MSG_IPC_POST_TO_RENDERER) || m->port == 0)
		return;
	if (f->hdr.type == MSG_IPC_POST_TO_RENDERER) {
		holder = to;
		other = m->entangled;
	}
	w = holder - ENDPOINT_RENDERER_BASE;
	v->ports[w - 1].id = m->port;
	v->ports[w - 1].page = v->pages[w - 1];
	v->ports[w - 1].entangled = other;
}
