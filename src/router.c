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
	rt->verdict = ROUTE_CHILD;
	if (dst_role == ROLE_RENDERER) {
		/* An answer for a page that is gone is dropped, as in Electron. */
		w = dst - ENDPOINT_RENDERER_BASE;
		if (v->pages[w - 1] == 0 || (m->page != PAGE_CURRENT &&
		    m->page != v->pages[w - 1])) {
			rt->verdict = ROUTE_DROP;
			rt->why = "the page it is for is gone";
		}
	}
	return (0);
}
