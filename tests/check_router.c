/* The router: who may send what to whom, pages that are gone, and frames for the UI. */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "suites.h"
#include "helpers.h"
#include "proto.h"
#include "router.h"

#define WHY_SENDER	"frame names another process as its sender"
#define WHY_TYPE	"frame type not allowed from this process"
#define WHY_DST		"frame with a wrong destination"
#define WHY_PAGE	"frame names another page as its sender"
#define WHY_GONE	"the page it is for is gone"
#define WHY_UNHELD	"message on a port its page does not hold"
#define WHY_PORT_GONE	"the port's other end is gone"
#define WHY_PORT_SELF	"port message to its own sender"
#define WHY_ENTANGLED	"port entangled with a wrong endpoint"
#define WHY_KEPT	"port whose other end the page does not keep"

#define R(w)		ENDPOINT_RENDERER(w)

/* Four windows, showing pages 11 to 14. */
static const struct router_view	 four = { .nwindows = 4,
	.pages = { 11, 12, 13, 14 } };

/* An endpoint, and the role a process at it has with four windows (0: none). */
struct endpoint_case {
	uint16_t	 endpoint;
	unsigned	 role;
};

static const struct endpoint_case	 senders[] = {
	{ ENDPOINT_UI, ROLE_UI },
	{ ENDPOINT_MAIN, ROLE_MAIN },
	{ R(1), ROLE_RENDERER },
	{ R(2), ROLE_RENDERER },
	{ R(3), ROLE_RENDERER },
	{ R(4), ROLE_RENDERER },
	{ 2, 0 },
	{ ENDPOINT_RENDERER_BASE, 0 },
	{ 0x200, 0 },
	{ 0xffff, 0 },
};

static const struct endpoint_case	 destinations[] = {
	{ ENDPOINT_UI, ROLE_UI },
	{ ENDPOINT_MAIN, ROLE_MAIN },
	{ R(1), ROLE_RENDERER },
	{ R(2), ROLE_RENDERER },
	{ R(3), ROLE_RENDERER },
	{ R(4), ROLE_RENDERER },
	{ R(5), 0 },		/* beyond the four windows */
	{ R(255), 0 },
	{ 2, 0 },
	{ ENDPOINT_RENDERER_BASE, 0 },
	{ 0x200, 0 },
	{ 0xffff, 0 },
};

/* The page a frame from an endpoint names: a renderer's own, else the current one. */
static uint32_t
own_page(const struct router_view *v, uint16_t from)
{
	if (from >= R(1) && from <= R(ROUTER_MAX_WINDOWS))
		return (v->pages[from - R(1)]);
	return (PAGE_CURRENT);
}

/* Route frame f from an endpoint; the return value must agree with the verdict. */
static struct route
route(const struct router_view *v, uint16_t from, const struct msg *f,
    struct proto_msg *m)
{
	struct route	 rt;
	int		 r;

	memset(&rt, 0xaa, sizeof rt);
	r = router_route(v, from, f, m, &rt);
	ck_assert_int_eq(r, rt.verdict == ROUTE_REJECT ? -1 : 0);
	if (rt.verdict == ROUTE_REJECT)
		ck_assert_ptr_nonnull(rt.why);
	return (rt);
}

/* The verdict for message m of a type, sent from an endpoint with the header src; m is freed. */
static struct route
route_msg(const struct router_view *v, uint16_t from, uint16_t src,
    uint16_t type, uint16_t dst, struct proto_msg *m)
{
	struct peer		 p;
	struct msg		 f;
	struct proto_msg	 d;
	struct route		 rt;

	peer_init(&p, -1, -1);
	frame_make(&p, type, src, dst, 1, m, &f);
	rt = route(v, from, &f, &d);
	proto_msg_free(m);
	peer_close(&p);
	return (rt);
}

/* The verdict for the sample message of a type, sent with the header src. */
static struct route
route_sample(const struct router_view *v, uint16_t from, uint16_t src,
    uint16_t type, uint16_t dst, uint32_t page)
{
	struct proto_msg	 m;

	sample_msg(type, page, &m);
	return (route_msg(v, from, src, type, dst, &m));
}

/* One case of the tables below: a frame, and its verdict. */
struct route_case {
	uint16_t		 from;
	uint16_t		 src;
	uint16_t		 type;
	uint16_t		 dst;
	uint32_t		 page;
	enum route_verdict	 verdict;
	const char		*why;
};

/* Route every case with the view; each must get its verdict and reason. */
static void
route_cases(const struct router_view *v, const struct route_case *cases,
    size_t n)
{
	struct route	 rt;
	size_t		 i;

	for (i = 0; i < n; i++) {
		rt = route_sample(v, cases[i].from, cases[i].src,
		    cases[i].type, cases[i].dst, cases[i].page);
		ck_assert_msg(rt.verdict == cases[i].verdict,
		    "case %zu: %s from %#x to %#x: verdict %d, not %d (%s)", i,
		    msg_type_name(cases[i].type), cases[i].from, cases[i].dst,
		    rt.verdict, cases[i].verdict,
		    rt.why != NULL ? rt.why : "no reason");
		if (cases[i].why == NULL)
			ck_assert_ptr_null(rt.why);
		else
			ck_assert_str_eq(rt.why, cases[i].why);
		if (rt.verdict != ROUTE_REJECT)
			ck_assert_uint_eq(rt.to, cases[i].dst);
	}
}

/*
 * One type from one endpoint to one destination, with the sample payload
 * and the same cut short by a byte (when it has one): what the protocol
 * allows goes to the UI or on to its destination, the rest is refused,
 * and a bad payload is refused only once the type and destination are.
 */
static void
sweep_one(struct peer *p, const struct type_spec *t,
    const struct endpoint_case *from, const struct endpoint_case *to)
{
	struct msg		 f;
	struct proto_msg	 m, d;
	struct route		 rt;
	const char		*want = NULL, *port_want = NULL;
	size_t			 cut;

	if (!(t->from & from->role))
		want = WHY_TYPE;
	else if (!(t->to & to->role))
		want = WHY_DST;
	else if (t->type == MSG_PORT_MESSAGE && from->endpoint == to->endpoint)
		port_want = WHY_PORT_SELF;
	else if (t->type == MSG_PORT_MESSAGE && from->role == ROLE_RENDERER)
		port_want = WHY_UNHELD;	/* the view's pages hold no port */
	sample_msg(t->type, own_page(&four, from->endpoint), &m);
	frame_make(p, t->type, from->endpoint, to->endpoint, 1, &m, &f);
	proto_msg_free(&m);
	for (cut = 0; cut <= (f.payload_len > 0 ? 1 : 0); cut++) {
		f.payload_len -= cut;
		rt = route(&four, from->endpoint, &f, &d);
		f.payload_len += cut;
		if (want != NULL) {
			ck_assert_msg(rt.verdict == ROUTE_REJECT &&
			    strcmp(rt.why, want) == 0, "%s from %#x to %#x: "
			    "%d (%s), not \"%s\"", t->name, from->endpoint,
			    to->endpoint, rt.verdict, rt.why, want);
		} else if (cut) {
			/* The decoder's reason, not a routing one. */
			ck_assert_msg(rt.verdict == ROUTE_REJECT &&
			    strncmp(rt.why, "frame ", 6) != 0,
			    "%s cut short from %#x to %#x: %d (%s)", t->name,
			    from->endpoint, to->endpoint, rt.verdict, rt.why);
		} else if (port_want != NULL) {
			/* Once decoded, the port's own checks. */
			ck_assert_msg(rt.verdict == ROUTE_REJECT &&
			    strcmp(rt.why, port_want) == 0, "%s from %#x to "
			    "%#x: %d (%s)", t->name, from->endpoint,
			    to->endpoint, rt.verdict, rt.why);
		} else if (t->type == MSG_PORT_MESSAGE) {
			/* Main's message for a page that holds no port. */
			ck_assert_msg(rt.verdict == ROUTE_DROP &&
			    strcmp(rt.why, WHY_PORT_GONE) == 0, "%s to %#x: %d",
			    t->name, to->endpoint, rt.verdict);
		} else {
			ck_assert_msg(rt.verdict == (to->role == ROLE_UI ?
			    ROUTE_UI : ROUTE_CHILD) && rt.why == NULL,
			    "%s from %#x to %#x: %d (%s)", t->name,
			    from->endpoint, to->endpoint, rt.verdict, rt.why);
			ck_assert_uint_eq(rt.to, to->endpoint);
		}
	}
}

/* Every type from every endpoint to every destination, good and cut short. */
START_TEST(test_every_type_everywhere)
{
	struct peer	 p;
	size_t		 i, j, k;

	peer_init(&p, -1, -1);
	for (i = 0; i < ntype_specs; i++) {
		for (j = 0; j < sizeof senders / sizeof senders[0]; j++) {
			for (k = 0; k < sizeof destinations /
			    sizeof destinations[0]; k++)
				sweep_one(&p, &type_specs[i], &senders[j],
				    &destinations[k]);
		}
	}
	peer_close(&p);
}
END_TEST

/* A frame whose header names another process than the one that sent it is refused first. */
START_TEST(test_wrong_sender)
{
	static const struct route_case	 cases[] = {
		{ ENDPOINT_MAIN, R(1), MSG_CONSOLE_LINE, ENDPOINT_UI, 0,
		    ROUTE_REJECT, WHY_SENDER },
		{ ENDPOINT_MAIN, ENDPOINT_UI, MSG_CONSOLE_LINE, ENDPOINT_UI, 0,
		    ROUTE_REJECT, WHY_SENDER },
		{ R(1), R(2), MSG_IPC_SEND, ENDPOINT_MAIN, 12, ROUTE_REJECT,
		    WHY_SENDER },
		{ R(1), ENDPOINT_MAIN, MSG_IPC_MESSAGE, R(2), 0, ROUTE_REJECT,
		    WHY_SENDER },
		{ R(2), ENDPOINT_UI, MSG_CLICK, R(2), 0, ROUTE_REJECT,
		    WHY_SENDER },
		{ R(4), R(3), MSG_PRESS_DONE, ENDPOINT_UI, 0, ROUTE_REJECT,
		    WHY_SENDER },
	};

	route_cases(&four, cases, sizeof cases / sizeof cases[0]);
}
END_TEST

/* Types that a process may not send, and types no protocol version has. */
START_TEST(test_type_not_allowed)
{
	static const struct route_case	 cases[] = {
		{ ENDPOINT_MAIN, ENDPOINT_MAIN, MSG_CLICK, R(1), 0,
		    ROUTE_REJECT, WHY_TYPE },
		{ ENDPOINT_MAIN, ENDPOINT_MAIN, MSG_PUSH, ENDPOINT_MAIN, 0,
		    ROUTE_REJECT, WHY_TYPE },
		{ ENDPOINT_MAIN, ENDPOINT_MAIN, MSG_IPC_SEND, ENDPOINT_MAIN, 0,
		    ROUTE_REJECT, WHY_TYPE },
		{ R(1), R(1), MSG_CONFIG, ENDPOINT_MAIN, 0, ROUTE_REJECT,
		    WHY_TYPE },
		{ R(1), R(1), MSG_RENDERER_GONE, ENDPOINT_MAIN, 0,
		    ROUTE_REJECT, WHY_TYPE },
		{ R(1), R(1), MSG_WINDOW, ENDPOINT_MAIN, 0,
		    ROUTE_REJECT, WHY_TYPE },
		{ R(2), R(2), MSG_IPC_MESSAGE, R(1), 0, ROUTE_REJECT,
		    WHY_TYPE },
		{ R(2), R(2), MSG_IPC_SYNC_RESULT, R(2), 12, ROUTE_REJECT,
		    WHY_TYPE },
	};
	struct msg		 f;
	struct proto_msg	 m;
	struct route		 rt;

	route_cases(&four, cases, sizeof cases / sizeof cases[0]);
	/* A type with no row (peer_next refuses it before the router). */
	memset(&f, 0, sizeof f);
	f.hdr.len = MSG_HEADER_SIZE;
	f.hdr.version = MSG_VERSION;
	f.hdr.type = 0x0999;
	f.hdr.src = ENDPOINT_MAIN;
	f.hdr.dst = ENDPOINT_UI;
	f.payload = (const uint8_t *)"";
	rt = route(&four, ENDPOINT_MAIN, &f, &m);
	ck_assert_int_eq(rt.verdict, ROUTE_REJECT);
	ck_assert_str_eq(rt.why, WHY_TYPE);
}
END_TEST

/* Destinations that the type does not go to, or windows the app does not have. */
START_TEST(test_wrong_destination)
{
	static const struct router_view	 two = { .nwindows = 2,
	    .pages = { 5, 6, 0, 0 } };
	static const struct route_case	 cases[] = {
		/* Windows 3 and 4 are beyond the two the app has. */
		{ ENDPOINT_MAIN, ENDPOINT_MAIN, MSG_IPC_MESSAGE, R(3), 0,
		    ROUTE_REJECT, WHY_DST },
		{ ENDPOINT_MAIN, ENDPOINT_MAIN, MSG_IPC_INVOKE_RESULT, R(4), 0,
		    ROUTE_REJECT, WHY_DST },
		{ ENDPOINT_MAIN, ENDPOINT_MAIN, MSG_IPC_SYNC_RESULT, R(255), 0,
		    ROUTE_REJECT, WHY_DST },
		{ ENDPOINT_MAIN, ENDPOINT_MAIN, MSG_IPC_MESSAGE,
		    ENDPOINT_RENDERER_BASE, 0, ROUTE_REJECT, WHY_DST },
		{ ENDPOINT_MAIN, ENDPOINT_MAIN, MSG_IPC_MESSAGE, ENDPOINT_MAIN,
		    0, ROUTE_REJECT, WHY_DST },
		{ ENDPOINT_MAIN, ENDPOINT_MAIN, MSG_IPC_MESSAGE, ENDPOINT_UI, 0,
		    ROUTE_REJECT, WHY_DST },
		{ ENDPOINT_MAIN, ENDPOINT_MAIN, MSG_CONSOLE_LINE, R(1), 0,
		    ROUTE_REJECT, WHY_DST },
		{ R(1), R(1), MSG_IPC_SEND, R(2), 5, ROUTE_REJECT, WHY_DST },
		{ R(1), R(1), MSG_IPC_INVOKE, ENDPOINT_UI, 5, ROUTE_REJECT,
		    WHY_DST },
		{ R(2), R(2), MSG_CONSOLE_LINE, ENDPOINT_MAIN, 6, ROUTE_REJECT,
		    WHY_DST },
		{ R(2), R(2), MSG_PRESS_DONE, R(2), 6, ROUTE_REJECT, WHY_DST },
		/* The windows the app has are fine. */
		{ ENDPOINT_MAIN, ENDPOINT_MAIN, MSG_IPC_MESSAGE, R(2), 0,
		    ROUTE_CHILD, NULL },
		{ R(2), R(2), MSG_IPC_SEND, ENDPOINT_MAIN, 6, ROUTE_CHILD,
		    NULL },
	};

	route_cases(&two, cases, sizeof cases / sizeof cases[0]);
}
END_TEST

/* A renderer's IPC calls must name its own page, never another one or none. */
START_TEST(test_other_page)
{
	static const struct router_view	 two = { .nwindows = 2,
	    .pages = { 5, 6, 0, 0 } };
	static const struct route_case	 cases[] = {
		{ R(1), R(1), MSG_IPC_SEND, ENDPOINT_MAIN, 6, ROUTE_REJECT,
		    WHY_PAGE },
		{ R(1), R(1), MSG_IPC_SEND, ENDPOINT_MAIN, PAGE_CURRENT,
		    ROUTE_REJECT, WHY_PAGE },
		{ R(1), R(1), MSG_IPC_INVOKE, ENDPOINT_MAIN, 4, ROUTE_REJECT,
		    WHY_PAGE },
		{ R(2), R(2), MSG_IPC_SEND_SYNC, ENDPOINT_MAIN, 5,
		    ROUTE_REJECT, WHY_PAGE },
		{ R(2), R(2), MSG_IPC_SEND_SYNC, ENDPOINT_MAIN, UINT32_MAX,
		    ROUTE_REJECT, WHY_PAGE },
		{ R(1), R(1), MSG_IPC_SEND, ENDPOINT_MAIN, 5, ROUTE_CHILD,
		    NULL },
		{ R(1), R(1), MSG_IPC_INVOKE, ENDPOINT_MAIN, 5, ROUTE_CHILD,
		    NULL },
		{ R(2), R(2), MSG_IPC_SEND_SYNC, ENDPOINT_MAIN, 6, ROUTE_CHILD,
		    NULL },
	};

	route_cases(&two, cases, sizeof cases / sizeof cases[0]);
}
END_TEST

/*
 * Main's answers to a window: for whatever page it shows, or for its
 * current page, they go through; for an old page, or a window whose page
 * is gone, they are dropped, as Electron drops them.
 */
START_TEST(test_answers)
{
	static const struct router_view	 v = { .nwindows = 3,
	    .pages = { 5, 0, 7, 0 } };
	static const uint16_t		 answers[] = { MSG_IPC_MESSAGE,
					    MSG_IPC_INVOKE_RESULT,
					    MSG_IPC_SYNC_RESULT };
	static const struct {
		uint16_t		 dst;
		uint32_t		 page;
		enum route_verdict	 verdict;
	} cases[] = {
		{ R(1), PAGE_CURRENT, ROUTE_CHILD },
		{ R(1), 5, ROUTE_CHILD },
		{ R(1), 4, ROUTE_DROP },
		{ R(1), 7, ROUTE_DROP },	/* window 3's page */
		{ R(1), UINT32_MAX - 1, ROUTE_DROP },
		{ R(2), PAGE_CURRENT, ROUTE_DROP },
		{ R(2), 3, ROUTE_DROP },
		{ R(3), PAGE_CURRENT, ROUTE_CHILD },
		{ R(3), 7, ROUTE_CHILD },
		{ R(3), 6, ROUTE_DROP },
	};
	struct route	 rt;
	size_t		 i, j;

	for (i = 0; i < sizeof answers / sizeof answers[0]; i++) {
		for (j = 0; j < sizeof cases / sizeof cases[0]; j++) {
			rt = route_sample(&v, ENDPOINT_MAIN, ENDPOINT_MAIN,
			    answers[i], cases[j].dst, cases[j].page);
			ck_assert_msg(rt.verdict == cases[j].verdict,
			    "%s to %#x for page %u: %d", msg_type_name(
			    answers[i]), cases[j].dst, cases[j].page,
			    rt.verdict);
			ck_assert_uint_eq(rt.to, cases[j].dst);
			if (rt.verdict == ROUTE_DROP)
				ck_assert_str_eq(rt.why, WHY_GONE);
			else
				ck_assert_ptr_null(rt.why);
		}
	}
}
END_TEST

/*
 * What main sends a window between loadFile and did-finish-load is for the
 * document before the page, and dropped whatever page the window shows;
 * main's frames of its own that get through greet the page.
 */
START_TEST(test_before_load)
{
	struct router_view	 v = { .nwindows = 2, .pages = { 5, 6, 0, 0 } };
	struct peer		 p;
	struct msg		 f;
	struct proto_msg	 m, d;
	struct route		 rt;

	rt = route_sample(&v, ENDPOINT_MAIN, ENDPOINT_MAIN, MSG_IPC_MESSAGE,
	    R(1), PAGE_BEFORE_LOAD);
	ck_assert_int_eq(rt.verdict, ROUTE_DROP);
	ck_assert_str_eq(rt.why,
	    "the page had not loaded: nothing listened yet");
	/* A page never sends as the document before it. */
	rt = route_sample(&v, R(1), R(1), MSG_IPC_SEND, ENDPOINT_MAIN,
	    PAGE_BEFORE_LOAD);
	ck_assert_int_eq(rt.verdict, ROUTE_REJECT);

	peer_init(&p, -1, -1);
	sample_msg(MSG_IPC_MESSAGE, PAGE_CURRENT, &m);
	frame_make(&p, MSG_IPC_MESSAGE, ENDPOINT_MAIN, R(2), 0, &m, &f);
	rt = route(&v, ENDPOINT_MAIN, &f, &d);
	ck_assert_int_eq(rt.verdict, ROUTE_CHILD);
	router_note(&v, &f, &d, rt.to);
	ck_assert_uint_eq(v.greeted[1], 6);
	ck_assert_uint_eq(v.greeted[0], 0);
	/* An answer to a press greets nobody. */
	frame_make(&p, MSG_IPC_MESSAGE, ENDPOINT_MAIN, R(1), 9, &m, &f);
	rt = route(&v, ENDPOINT_MAIN, &f, &d);
	router_note(&v, &f, &d, rt.to);
	ck_assert_uint_eq(v.greeted[0], 0);
	proto_msg_free(&m);
	peer_close(&p);
}
END_TEST

/* The verdict for a MessagePort frame: a post transferring port (entangled with other), or a message on it. */
static struct route
route_port(const struct router_view *v, uint16_t from, uint16_t type,
    uint16_t dst, uint32_t page, uint32_t port, uint16_t other)
{
	struct proto_msg	 m;

	sample_msg(type, page, &m);
	m.port = port;
	m.entangled = other;
	return (route_msg(v, from, from, type, dst, &m));
}

/* Check a MessagePort frame's verdict and reason (NULL: none). */
static void
check_port(const struct router_view *v, uint16_t from, uint16_t type,
    uint16_t dst, uint32_t page, uint32_t port, uint16_t other,
    enum route_verdict verdict, const char *why)
{
	struct route	 rt = route_port(v, from, type, dst, page, port, other);

	ck_assert_msg(rt.verdict == verdict, "%s from %#x to %#x on port %u: "
	    "%d (%s)", msg_type_name(type), from, dst, port, rt.verdict,
	    rt.why != NULL ? rt.why : "no reason");
	if (why == NULL)
		ck_assert_ptr_null(rt.why);
	else
		ck_assert_str_eq(rt.why, why);
}

/*
 * Messages on a port: a page posts only on the port it holds, to the
 * endpoint at its other end; main's message reaches a page that still
 * holds the port, and is dropped once the page that held it is gone.
 */
START_TEST(test_port_messages)
{
	struct router_view	 v = { .nwindows = 2, .pages = { 5, 6, 0, 0 },
	    .ports = { { 5, 5, ENDPOINT_MAIN }, { 0, 0, 0 } } };

	check_port(&v, R(1), MSG_PORT_MESSAGE, ENDPOINT_MAIN, 5, 5, 0,
	    ROUTE_CHILD, NULL);
	check_port(&v, R(1), MSG_PORT_MESSAGE, ENDPOINT_MAIN, 5, 9, 0,
	    ROUTE_REJECT, WHY_UNHELD);
	check_port(&v, R(1), MSG_PORT_MESSAGE, R(2), 5, 5, 0, ROUTE_REJECT,
	    WHY_UNHELD);
	check_port(&v, R(2), MSG_PORT_MESSAGE, ENDPOINT_MAIN, 6, 5, 0,
	    ROUTE_REJECT, WHY_UNHELD);
	check_port(&v, ENDPOINT_MAIN, MSG_PORT_MESSAGE, R(1), 0, 5, 0,
	    ROUTE_CHILD, NULL);
	check_port(&v, ENDPOINT_MAIN, MSG_PORT_MESSAGE, R(1), 0, 9, 0,
	    ROUTE_DROP, WHY_PORT_GONE);
	check_port(&v, ENDPOINT_MAIN, MSG_PORT_MESSAGE, R(2), 0, 5, 0,
	    ROUTE_DROP, WHY_PORT_GONE);
	/* Window 1's page reloaded: the port went with the old page. */
	v.pages[0] = 7;
	check_port(&v, R(1), MSG_PORT_MESSAGE, ENDPOINT_MAIN, 7, 5, 0,
	    ROUTE_REJECT, WHY_UNHELD);
	check_port(&v, ENDPOINT_MAIN, MSG_PORT_MESSAGE, R(1), 0, 5, 0,
	    ROUTE_DROP, WHY_PORT_GONE);
	/* Two pages entangled by main: page to page, and to nobody else. */
	v.pages[0] = 5;
	v.ports[0] = (struct router_port){ 3, 5, R(2) };
	v.ports[1] = (struct router_port){ 3, 6, R(1) };
	check_port(&v, R(1), MSG_PORT_MESSAGE, R(2), 5, 3, 0, ROUTE_CHILD,
	    NULL);
	check_port(&v, R(2), MSG_PORT_MESSAGE, R(1), 6, 3, 0, ROUTE_CHILD,
	    NULL);
	check_port(&v, R(1), MSG_PORT_MESSAGE, ENDPOINT_MAIN, 5, 3, 0,
	    ROUTE_REJECT, WHY_UNHELD);
	check_port(&v, R(1), MSG_PORT_MESSAGE, R(1), 5, 3, 0, ROUTE_REJECT,
	    WHY_PORT_SELF);
	/* Window 2 crashed: its page is gone, and what comes for it too. */
	v.pages[1] = 0;
	check_port(&v, R(1), MSG_PORT_MESSAGE, R(2), 5, 3, 0, ROUTE_DROP,
	    WHY_GONE);
}
END_TEST

/*
 * Ports sent with postMessage: a page keeps the other end of the one it
 * sends; main gives a port whose other end is itself or another window
 * the app has; the router notes who holds each port once it passed on.
 */
START_TEST(test_port_transfer)
{
	struct router_view	 v = { .nwindows = 2, .pages = { 5, 6, 0, 0 } };
	struct peer		 p;
	struct msg		 f;
	struct proto_msg	 m, d;
	struct route		 rt;

	check_port(&v, R(1), MSG_IPC_POST_TO_MAIN, ENDPOINT_MAIN, 5, 5, R(1),
	    ROUTE_CHILD, NULL);
	check_port(&v, R(1), MSG_IPC_POST_TO_MAIN, ENDPOINT_MAIN, 5, 5,
	    ENDPOINT_MAIN, ROUTE_REJECT, WHY_KEPT);
	check_port(&v, R(1), MSG_IPC_POST_TO_MAIN, ENDPOINT_MAIN, 5, 5, R(2),
	    ROUTE_REJECT, WHY_KEPT);
	check_port(&v, ENDPOINT_MAIN, MSG_IPC_POST_TO_RENDERER, R(1), 0, 3,
	    ENDPOINT_MAIN, ROUTE_CHILD, NULL);
	check_port(&v, ENDPOINT_MAIN, MSG_IPC_POST_TO_RENDERER, R(1), 0, 3,
	    R(2), ROUTE_CHILD, NULL);
	check_port(&v, ENDPOINT_MAIN, MSG_IPC_POST_TO_RENDERER, R(1), 0, 3,
	    R(1), ROUTE_REJECT, WHY_ENTANGLED);
	check_port(&v, ENDPOINT_MAIN, MSG_IPC_POST_TO_RENDERER, R(1), 0, 3,
	    R(3), ROUTE_REJECT, WHY_ENTANGLED);
	/* A port is a port id and its other end, or neither (the decoder). */
	rt = route_port(&v, ENDPOINT_MAIN, MSG_IPC_POST_TO_RENDERER, R(1), 0,
	    3, 0);
	ck_assert_int_eq(rt.verdict, ROUTE_REJECT);
	ck_assert_str_eq(rt.why, "malformed post-message port");

	/* Main's port2 to window 2, entangled with window 1: window 2 holds it. */
	peer_init(&p, -1, -1);
	sample_msg(MSG_IPC_POST_TO_RENDERER, 0, &m);
	m.port = 3;
	m.entangled = R(1);
	frame_make(&p, MSG_IPC_POST_TO_RENDERER, ENDPOINT_MAIN, R(2), 1, &m,
	    &f);
	rt = route(&v, ENDPOINT_MAIN, &f, &d);
	ck_assert_int_eq(rt.verdict, ROUTE_CHILD);
	router_note(&v, &f, &d, rt.to);
	ck_assert_uint_eq(v.ports[1].id, 3);
	ck_assert_uint_eq(v.ports[1].page, 6);
	ck_assert_uint_eq(v.ports[1].entangled, R(1));
	ck_assert_uint_eq(v.ports[0].id, 0);
	proto_msg_free(&m);
	/* Window 1's page sends main port2 of its own channel: it holds port1. */
	sample_msg(MSG_IPC_POST_TO_MAIN, 5, &m);
	m.port = 5;
	m.entangled = R(1);
	frame_make(&p, MSG_IPC_POST_TO_MAIN, R(1), ENDPOINT_MAIN, 1, &m, &f);
	rt = route(&v, R(1), &f, &d);
	ck_assert_int_eq(rt.verdict, ROUTE_CHILD);
	router_note(&v, &f, &d, rt.to);
	ck_assert_uint_eq(v.ports[0].id, 5);
	ck_assert_uint_eq(v.ports[0].page, 5);
	ck_assert_uint_eq(v.ports[0].entangled, ENDPOINT_MAIN);
	proto_msg_free(&m);
	peer_close(&p);
}
END_TEST

/* Frames for the UI stay there, with their text decoded in place. */
START_TEST(test_for_ui)
{
	struct peer		 p;
	struct msg		 f;
	struct proto_msg	 m, d;
	struct route		 rt;

	peer_init(&p, -1, -1);
	proto_msg_init(&m);
	m.text = "line \033 with\0nul";
	m.text_len = 15;
	frame_make(&p, MSG_CONSOLE_LINE, ENDPOINT_MAIN, ENDPOINT_UI, 0, &m,
	    &f);
	rt = route(&four, ENDPOINT_MAIN, &f, &d);
	ck_assert_int_eq(rt.verdict, ROUTE_UI);
	ck_assert_uint_eq(rt.to, ENDPOINT_UI);
	ck_assert_uint_eq(d.text_len, 15);
	ck_assert_mem_eq(d.text, "line \033 with\0nul", 15);
	ck_assert_ptr_eq(d.text, (const char *)f.payload + 4);

	m.flag = 1;
	m.text = "[ 1, 2, 3 ]";
	m.text_len = strlen(m.text);
	frame_make(&p, MSG_PRESS_DONE, R(3), ENDPOINT_UI, 42, &m, &f);
	rt = route(&four, R(3), &f, &d);
	ck_assert_int_eq(rt.verdict, ROUTE_UI);
	ck_assert_uint_eq(d.flag, 1);
	ck_assert_uint_eq(d.text_len, m.text_len);
	ck_assert_mem_eq(d.text, m.text, m.text_len);

	/* A frame for the UI names no page: its window's page may be gone. */
	m.flag = 0;
	frame_make(&p, MSG_PRESS_DONE, R(2), ENDPOINT_UI, 43, &m, &f);
	rt = route(&(const struct router_view){ .nwindows = 2,
	    .pages = { 5, 0, 0, 0 } }, R(2), &f, &d);
	ck_assert_int_eq(rt.verdict, ROUTE_UI);
	ck_assert_uint_eq(d.flag, 0);
	ck_assert_uint_eq(d.text_len, 0);
	peer_close(&p);
}
END_TEST

/*
 * A frame from a renderer endpoint that is no window of the app is
 * refused; the router must not look up a page the view does not have.
 */
START_TEST(test_sender_not_a_window)
{
	/* Past the view, where pages[4] would be, lies a plausible page. */
	static const struct {
		struct router_view	 v;
		uint32_t		 beyond[4];
	} views[] = {
		{ { .nwindows = 4, .pages = { 11, 12, 13, 14 } }, { 15, 15, 15, 15 } },
		{ { .nwindows = 2, .pages = { 11, 12, 0, 0 } }, { 0, 0, 0, 0 } },
	};
	static const struct {
		int		 view;
		uint16_t	 from;
		uint32_t	 page;
	} cases[] = {
		{ 0, R(5), 15 },
		{ 1, R(3), PAGE_CURRENT },
		{ 1, R(4), PAGE_CURRENT },
	};
	struct route	 rt;
	size_t		 i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		rt = route_sample(&views[cases[i].view].v, cases[i].from,
		    cases[i].from, MSG_IPC_SEND, ENDPOINT_MAIN, cases[i].page);
		ck_assert_msg(rt.verdict == ROUTE_REJECT,
		    "ipc-send from %#x with %d windows: verdict %d",
		    cases[i].from, views[cases[i].view].v.nwindows,
		    rt.verdict);
	}
}
END_TEST

Suite *
suite_router(void)
{
	Suite	*s = suite_create("router");
	TCase	*tc_table = tcase_create("table");
	TCase	*tc_pages = tcase_create("pages");

	tcase_add_test(tc_table, test_every_type_everywhere);
	tcase_add_test(tc_table, test_wrong_sender);
	tcase_add_test(tc_table, test_type_not_allowed);
	tcase_add_test(tc_table, test_wrong_destination);
	tcase_add_test(tc_table, test_sender_not_a_window);
	suite_add_tcase(s, tc_table);
	tcase_add_test(tc_pages, test_other_page);
	tcase_add_test(tc_pages, test_answers);
	tcase_add_test(tc_pages, test_for_ui);
	tcase_add_test(tc_pages, test_before_load);
	tcase_add_test(tc_pages, test_port_messages);
	tcase_add_test(tc_pages, test_port_transfer);
	suite_add_tcase(s, tc_pages);
	return (s);
}
