/* The frame log: a bounded ring of records, their payloads in an arena, answers linked to requests. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "framelog.h"
#include "inspect.h"
#include "log.h"
#include "reply.h"
#include "router.h"

/* Where a slot's fields sit in its words: what, then link. */
#define WHAT_WHY	21
#define WHAT_VERDICT	25
#define WHAT_METHOD	27
#define LINK_TO		7
#define LINK_ANSWERS	14
#define FIELD(w, shift, bits)	(((w) >> (shift)) & ((1u << (bits)) - 1))

#if MSG_MAX_FRAME >= (1 << WHAT_WHY) || \
    FRAMELOG_RECORDS >= (1 << (32 - LINK_ANSWERS))
#error "a slot's size or link is too narrow"
#endif
#if (FRAMELOG_ARENA & (FRAMELOG_ARENA - 1)) != 0 || \
    (FRAMELOG_PENDING & (FRAMELOG_PENDING - 1)) != 0
#error "the arena and the pending table must be powers of two"
#endif

/* A record's method for people, by enum frame_method. */
static const char *const framelog_methods[METHOD_COUNT] = {
	[METHOD_SEND] = "send",
	[METHOD_INVOKE] = "invoke",
	[METHOD_SEND_SYNC] = "sendSync",
	[METHOD_EVENT_REPLY] = "event.reply",
	[METHOD_SENDER_SEND] = "event.sender.send",
	[METHOD_WEBCONTENTS_SEND] = "webContents.send",
	[METHOD_INVOKE_RESULT] = "invoke result",
	[METHOD_INVOKE_ERROR] = "invoke error",
	[METHOD_SYNC_RETURN] = "sync return value",
	[METHOD_CONSOLE_LINE] = "console line",
	[METHOD_CLICK] = "click",
	[METHOD_PRESS_DONE] = "press done",
	[METHOD_CONFIG] = "config",
	[METHOD_PUSH] = "push",
	[METHOD_RENDERER_GONE] = "renderer gone",
	[METHOD_WINDOW_CREATED] = "window created",
	[METHOD_WINDOW_CLOSED] = "window closed",
	[METHOD_WINDOW_RELOADED] = "window reloaded",
	[METHOD_IPC_POST] = "ipcRenderer.postMessage",
	[METHOD_WEBCONTENTS_POST] = "webContents.postMessage",
	[METHOD_PORT_POST] = "port.postMessage",
	[METHOD_UNKNOWN] = "unknown",
};

/* Start an empty log.  Its memory is mapped now and touched as it fills. */
void
framelog_init(struct framelog *fl)
{
	memset(fl, 0, sizeof *fl);
	fl->recs = calloc(FRAMELOG_RECORDS, sizeof *fl->recs);
	fl->arena = malloc(FRAMELOG_ARENA);
	fl->pending = calloc(FRAMELOG_PENDING, sizeof *fl->pending);
	fl->buckets = calloc(FRAMELOG_PENDING, sizeof *fl->buckets);
	if (fl->recs == NULL || fl->arena == NULL || fl->pending == NULL ||
	    fl->buckets == NULL)
		fatal("framelog_init");
}

/* Free the log's memory. */
void
framelog_free(struct framelog *fl)
{
	free(fl->recs);
	free(fl->arena);
	free(fl->pending);
	free(fl->buckets);
	memset(fl, 0, sizeof *fl);
}

/*
 * Let go of every record made so far, as the inspector's clear does; the
 * numbers go on (the trace has them), and requests still wait for their
 * answers, which keep their latency.
 */
void
framelog_clear(struct framelog *fl)
{
	fl->cleared = fl->count;
}

/* A small code for an endpoint, for a slot or a request waiting: UI 0, main 1, renderer w w + 1. */
static uint32_t
framelog_endpoint_code(uint16_t endpoint)
{
	if (endpoint == ENDPOINT_UI || endpoint == ENDPOINT_MAIN)
		return (endpoint);
	if (endpoint > ENDPOINT_RENDERER_BASE &&
	    endpoint - ENDPOINT_RENDERER_BASE < FRAMELOG_ENDPOINT_OTHER - 1)
		return (endpoint - ENDPOINT_RENDERER_BASE + 1u);
	return (FRAMELOG_ENDPOINT_OTHER);
}

/* The bucket of a request id from a window (its endpoint's code). */
static uint32_t
framelog_bucket(uint32_t window, uint32_t id)
{
	return (((id ^ (uint32_t)window << 20) * 2654435761u) >>
	    (32 - __builtin_ctz(FRAMELOG_PENDING)));
}

/* Take pending entry i out of its bucket's chain. */
static void
framelog_unlink(struct framelog *fl, uint32_t i)
{
	struct framelog_pending	*p = &fl->pending[i];
	uint32_t		*link;

	link = &fl->buckets[framelog_bucket(p->window, p->id)];
	while (*link != i + 1)
		link = &fl->pending[*link - 1].next;
	*link = p->next;
	p->live = 0;
}

/*
 * Note request n of a type, id from window.  When the table
 * is full the oldest goes, answered or not: requests never answered (a
 * one-way send) cannot fill memory.
 */
static void
framelog_add_request(struct framelog *fl, uint16_t window, uint16_t type,
    uint32_t id, uint64_t n)
{
	uint32_t		 i = fl->requests++ & (FRAMELOG_PENDING - 1);
	struct framelog_pending	*p = &fl->pending[i];
	uint32_t		*head, code = framelog_endpoint_code(window);

	if (p->live) {
		framelog_unlink(fl, i);
		fl->unanswered++;
	}
	p->n = n;
	p->id = id;
	p->window = code;
	p->type = type & 0xff;
	p->live = 1;
	head = &fl->buckets[framelog_bucket(code, id)];
	p->next = *head;
	*head = i + 1;
}

/* Find and take the pending request of a type with id from window; NULL if none. */
static struct framelog_pending *
framelog_take_request(struct framelog *fl, uint16_t window, uint16_t type,
    uint32_t id)
{
	struct framelog_pending	*p;
	uint32_t		 i, code = framelog_endpoint_code(window);

	i = fl->buckets[framelog_bucket(code, id)];
	for (; i != 0; i = p->next) {
		p = &fl->pending[i - 1];
		if (p->id == id && p->window == code &&
		    p->type == (type & 0xffu)) {
			framelog_unlink(fl, i - 1);
			return (p);
		}
	}
	return (NULL);
}

/*
 * The request an answer of this type and method answers: an invoke result
 * or a sync result the call of that window with its id; an ipc-message the
 * send with its press id, from the window it goes to, or from any window
 * for win.webContents.send, which answers the first window whoever sent.
 */
static struct framelog_pending *
framelog_find_request(struct framelog *fl, const struct msg_header *h,
    enum frame_method method)
{
	struct framelog_pending	*p;
	uint16_t		 type;
	int			 w;

	switch (h->type) {
	case MSG_IPC_INVOKE_RESULT:
		type = MSG_IPC_INVOKE;
		break;
	case MSG_IPC_SYNC_RESULT:
		type = MSG_IPC_SEND_SYNC;
		break;
	case MSG_IPC_MESSAGE:
		type = MSG_IPC_SEND;
		break;
	default:
		return (NULL);
	}
	if ((p = framelog_take_request(fl, h->dst, type, h->id)) != NULL ||
	    method != METHOD_WEBCONTENTS_SEND)
		return (p);
	for (w = 1; w <= ROUTER_MAX_WINDOWS && p == NULL; w++) {
		if (ENDPOINT_RENDERER(w) != h->dst)
			p = framelog_take_request(fl, ENDPOINT_RENDERER(w),
			    type, h->id);
	}
	return (p);
}

/*
 * Put up to FRAMELOG_KEEP bytes of a payload of a method into the arena,
 * in one piece; where.  The same bytes as the last payload of that method
 * share its copy while it is in the newer half of the arena: a press's
 * frames are alike from press to press, and the arena holds the newest
 * payloads longest, shared or not.
 */
static uint64_t
framelog_keep(struct framelog *fl, enum frame_method method, const uint8_t *p,
    size_t n)
{
	uint64_t	 at = fl->last_at[method];
	size_t		 off;

	if (fl->last_len[method] == n && at + FRAMELOG_ARENA / 2 >=
	    fl->arena_pos &&
	    memcmp(fl->arena + (at & (FRAMELOG_ARENA - 1)), p, n) == 0)
		return (at);
	at = fl->arena_pos;
	off = at & (FRAMELOG_ARENA - 1);
	/* Skip the arena's tail rather than split a payload. */
	if (off + n > FRAMELOG_ARENA) {
		at += FRAMELOG_ARENA - off;
		off = 0;
	}
	memcpy(fl->arena + off, p, n);
	fl->arena_pos = at + n;
	fl->last_at[method] = at;
	fl->last_len[method] = (uint32_t)n;
	return (at);
}

/* The endpoint of a slot's code; one no process has is 0xffff. */
static uint16_t
framelog_endpoint_of(uint32_t code)
{
	if (code <= ENDPOINT_MAIN)
		return ((uint16_t)code);
	if (code == FRAMELOG_ENDPOINT_OTHER)
		return (0xffff);
	return ((uint16_t)(ENDPOINT_RENDERER_BASE + code - 1));
}

/* The index of a static reason in the log's table (0 for none), added there if new. */
static uint32_t
framelog_why_code(struct framelog *fl, const char *why)
{
	uint32_t	 i;

	if (why == NULL)
		return (0);
	for (i = 0; i < FRAMELOG_WHYS - 1 && fl->whys[i] != NULL; i++)
		if (fl->whys[i] == why)
			return (i + 1);
	/* The last place says that the reason was not kept, never a wrong one. */
	if (i == FRAMELOG_WHYS - 1)
		why = "a reason the frame log did not keep (too many kinds)";
	fl->whys[i] = why;
	return (i + 1);
}

/* The time of the slot of record n, which is in the ring. */
static uint64_t
framelog_slot_time(const struct framelog *fl, uint64_t n)
{
	const struct framelog_slot	*r = &fl->recs[(n - 1) % FRAMELOG_RECORDS];

	return ((uint64_t)r->t_hi << 32 | r->t_lo);
}

/*
 * Record frame f at t_ns with its verdict (why: a static reason, or NULL)
 * and method; its number (the first is 1).  A request delivered waits for
 * its answer; an answer, even dropped, is linked to it while it is in
 * the ring.  When whole is not NULL it gets the record as framelog_get
 * would give it, from what is at hand: the trace writes every record as
 * it is made.
 */
uint64_t
framelog_record(struct framelog *fl, uint64_t t_ns, const struct msg *f,
    enum framelog_verdict verdict, const char *why, enum frame_method method,
    struct framelog_rec *whole)
{
	struct framelog_slot	*r;
	struct framelog_pending	*req;
	uint64_t		 n = ++fl->count, at;
	size_t			 kept;

	r = &fl->recs[fl->next];
	if (++fl->next == FRAMELOG_RECORDS)
		fl->next = 0;
	kept = f->payload_len < FRAMELOG_KEEP ? f->payload_len :
	    FRAMELOG_KEEP;
	r->t_lo = (uint32_t)t_ns;
	r->t_hi = (uint16_t)(t_ns >> 32);
	r->id = f->hdr.id;
	r->type = f->hdr.type;
	r->what = (uint32_t)f->payload_len |
	    framelog_why_code(fl, why) << WHAT_WHY |
	    (uint32_t)verdict << WHAT_VERDICT | (uint32_t)method << WHAT_METHOD;
	r->link = framelog_endpoint_code(f->hdr.src) |
	    framelog_endpoint_code(f->hdr.dst) << LINK_TO;
	at = framelog_keep(fl, method, f->payload, kept);
	r->at = (uint32_t)at;
	if (whole != NULL) {
		whole->t_ns = t_ns;
		whole->latency_ns = 0;
		whole->at = at;
		whole->size = (uint32_t)f->payload_len;
		whole->id = f->hdr.id;
		whole->answers = 0;
		whole->from = f->hdr.src;
		whole->to = f->hdr.dst;
		whole->type = f->hdr.type;
		whole->kept = (uint16_t)kept;
		whole->verdict = verdict;
		whole->method = method;
		whole->why = why;
	}
	/* Requests and answers are IPC frames (0x02xx). */
	if (verdict == FRAMELOG_REJECTED ||
	    (f->hdr.type >> 8) != (MSG_IPC_SEND >> 8))
		return (n);
	if (f->hdr.type == MSG_IPC_SEND || f->hdr.type == MSG_IPC_INVOKE ||
	    f->hdr.type == MSG_IPC_SEND_SYNC) {
		/* An invoke nobody handles is still answered: rejected. */
		if (verdict == FRAMELOG_DELIVERED ||
		    verdict == FRAMELOG_UNHEARD)
			framelog_add_request(fl, f->hdr.src, f->hdr.type,
			    f->hdr.id, n);
	} else if ((req = framelog_find_request(fl, &f->hdr, method)) !=
	    NULL && n - req->n < FRAMELOG_RECORDS) {
		r->link |= (uint32_t)(n - req->n) << LINK_ANSWERS;
		if (whole != NULL) {
			whole->answers = (uint32_t)(n - req->n);
			whole->latency_ns = t_ns -
			    framelog_slot_time(fl, req->n);
		}
	}
	return (n);
}

/* Record number n, whole in *rec, or NULL if it is not there (yet, or any more). */
const struct framelog_rec *
framelog_get(const struct framelog *fl, uint64_t n, struct framelog_rec *rec)
{
	const struct framelog_slot	*r;
	uint64_t			 req;
	uint32_t			 why_i;

	if (n <= fl->cleared || n > fl->count ||
	    fl->count - n >= FRAMELOG_RECORDS)
		return (NULL);
	r = &fl->recs[(n - 1) % FRAMELOG_RECORDS];
	rec->t_ns = (uint64_t)r->t_hi << 32 | r->t_lo;
	rec->size = FIELD(r->what, 0, WHAT_WHY);
	rec->kept = rec->size < FRAMELOG_KEEP ? rec->size : FRAMELOG_KEEP;
	rec->id = r->id;
	rec->answers = r->link >> LINK_ANSWERS;
	rec->from = framelog_endpoint_of(FIELD(r->link, 0, LINK_TO));
	rec->to = framelog_endpoint_of(FIELD(r->link, LINK_TO,
	    LINK_ANSWERS - LINK_TO));
	rec->type = r->type;
	rec->verdict = FIELD(r->what, WHAT_VERDICT, WHAT_METHOD - WHAT_VERDICT);
	rec->method = r->what >> WHAT_METHOD;
	why_i = FIELD(r->what, WHAT_WHY, WHAT_VERDICT - WHAT_WHY);
	rec->why = why_i != 0 ? fl->whys[why_i - 1] : NULL;
	/* The arena's place whole: none kept is 4 GiB back. */
	rec->at = fl->arena_pos - (uint32_t)((uint32_t)fl->arena_pos - r->at);
	rec->latency_ns = 0;
	if (rec->answers != 0) {
		req = n - rec->answers;
		rec->latency_ns = fl->count - req < FRAMELOG_RECORDS ?
		    rec->t_ns - framelog_slot_time(fl, req) :
		    FRAMELOG_NO_LATENCY;
	}
	return (rec);
}

/* The number of the oldest record kept; 0 while there is none. */
uint64_t
framelog_first(const struct framelog *fl)
{
	if (fl->count == fl->cleared)
		return (0);
	return (fl->cleared + framelog_dropped(fl) + 1);
}

/* How many records the ring has let go, oldest first, since the last clear. */
uint64_t
framelog_dropped(const struct framelog *fl)
{
	return (fl->count - fl->cleared > FRAMELOG_RECORDS ?
	    fl->count - fl->cleared - FRAMELOG_RECORDS : 0);
}

/*
 * The payload bytes kept for a record (r->kept of them, the first of
 * r->size), or NULL when newer payloads have taken their place.
 */
const uint8_t *
framelog_payload(const struct framelog *fl, const struct framelog_rec *r)
{
	if (fl->arena_pos > r->at + FRAMELOG_ARENA)
		return (NULL);
	return (fl->arena + (r->at & (FRAMELOG_ARENA - 1)));
}

/* The number of the request that record n answers; 0 if none. */
uint64_t
framelog_request(const struct framelog_rec *r, uint64_t n)
{
	return (r->answers != 0 ? n - r->answers : 0);
}

/*
 * The method of a frame of a type whose payload was read into m (NULL when
 * it was refused): which reply main made, and whether an invoke resolved,
 * are in the payload.
 */
enum frame_method
framelog_method(uint16_t type, const struct proto_msg *m)
{
	switch (type) {
	case MSG_IPC_SEND:
		return (METHOD_SEND);
	case MSG_IPC_INVOKE:
		return (METHOD_INVOKE);
	case MSG_IPC_SEND_SYNC:
		return (METHOD_SEND_SYNC);
	case MSG_IPC_MESSAGE:
		return (m != NULL ? METHOD_EVENT_REPLY + m->reply :
		    METHOD_UNKNOWN);
	case MSG_IPC_INVOKE_RESULT:
		if (m == NULL)
			return (METHOD_UNKNOWN);
		return (m->flag ? METHOD_INVOKE_RESULT : METHOD_INVOKE_ERROR);
	case MSG_IPC_SYNC_RESULT:
		return (METHOD_SYNC_RETURN);
	case MSG_IPC_POST_TO_MAIN:
		return (METHOD_IPC_POST);
	case MSG_IPC_POST_TO_RENDERER:
		return (METHOD_WEBCONTENTS_POST);
	case MSG_PORT_MESSAGE:
		return (METHOD_PORT_POST);
	case MSG_CONSOLE_LINE:
		return (METHOD_CONSOLE_LINE);
	case MSG_CLICK:
		return (METHOD_CLICK);
	case MSG_PRESS_DONE:
		return (METHOD_PRESS_DONE);
	case MSG_CONFIG:
		return (METHOD_CONFIG);
	case MSG_PUSH:
		return (METHOD_PUSH);
	case MSG_RENDERER_GONE:
		return (METHOD_RENDERER_GONE);
	case MSG_WINDOW:
		if (m == NULL)
			return (METHOD_UNKNOWN);
		return (m->flag == WINDOW_CLOSED ? METHOD_WINDOW_CLOSED :
		    m->flag == WINDOW_RELOADED ? METHOD_WINDOW_RELOADED :
		    METHOD_WINDOW_CREATED);
	default:
		return (METHOD_UNKNOWN);
	}
}

/* A method's name for people and the trace. */
const char *
framelog_method_name(enum frame_method method)
{
	return (method < METHOD_COUNT ? framelog_methods[method] : "unknown");
}

/* A verdict's name for people and the trace. */
const char *
framelog_verdict_name(enum framelog_verdict verdict)
{
	switch (verdict) {
	case FRAMELOG_DELIVERED:
		return ("delivered");
	case FRAMELOG_DROPPED:
		return ("dropped");
	case FRAMELOG_UNHEARD:
		return ("unheard");
	default:
		return ("rejected");
	}
}

/*
 * Whether frames of a type are the app's IPC (or the renderer's end, which
 * main hears of), as opposed to the UI's frames of its own.
 */
int
framelog_is_ipc(uint16_t type)
{
	return ((type >> 8) == (MSG_IPC_SEND >> 8) || type == MSG_RENDERER_GONE);
}

/* Append an endpoint as the inspector names it: UI, Main, R1. */
static void
framelog_endpoint_short(struct buf *b, uint16_t endpoint)
{
	if (endpoint == ENDPOINT_UI)
		buf_append(b, "UI", 2);
	else if (endpoint == ENDPOINT_MAIN)
		buf_append(b, "Main", 4);
	else {
		buf_append(b, "R", 1);
		buf_add_uint(b, endpoint - ENDPOINT_RENDERER_BASE);
	}
}

/* Append a frame's direction, R1→Main (R1->Main unless utf8). */
void
framelog_direction(struct buf *b, uint16_t from, uint16_t to, int utf8)
{
	framelog_endpoint_short(b, from);
	if (utf8)
		buf_append(b, "\xe2\x86\x92", 3);
	else
		buf_append(b, "->", 2);
	framelog_endpoint_short(b, to);
}

/* Append "name('channel', ...args)", the arguments as inside an array. */
static void
framelog_call_args(struct buf *b, const char *name, const struct proto_msg *m)
{
	buf_append(b, name, strlen(name));
	buf_append(b, "(", 1);
	inspect_quoted(b, m->channel, m->channel_len);
	if (m->value.type == VALUE_ARRAY && m->value.count > 0) {
		buf_append(b, ", ", 2);
		inspect_items(b, &m->value);
	}
	buf_append(b, ")", 1);
}

/*
 * Append a postMessage as the code wrote it: the channel, the message,
 * and the port it transfers (port2 from main, as MessageChannelMain's
 * example names it); a port's message alone.
 */
static void
framelog_call_post(struct buf *b, const char *name,
    const struct msg_header *h, const struct proto_msg *m)
{
	/* Main entangling two windows gives the first port1. */
	int	 first = h->src == ENDPOINT_MAIN && m->entangled > h->dst &&
	    proto_endpoint_role(m->entangled) == ROLE_RENDERER;

	buf_append(b, name, strlen(name));
	buf_append(b, "(", 1);
	if (m->channel != NULL) {
		inspect_quoted(b, m->channel, m->channel_len);
		buf_append(b, ", ", 2);
	}
	inspect_value(b, &m->value);
	/* A message on a port names no port; a postMessage the one it transfers. */
	if (m->port != 0 && h->type != MSG_PORT_MESSAGE)
		buf_append(b, first ? ", [port1]" : ", [port2]", 9);
	buf_append(b, ")", 1);
}

/* Append what main logs for a renderer gone: render-process-gone { reason, exitCode }. */
static void
framelog_call_gone(struct buf *b, const struct proto_msg *m)
{
	struct value	 details;

	buf_append(b, "render-process-gone of renderer ", 32);
	buf_add_uint(b, m->window);
	buf_append(b, " ", 1);
	value_init(&details, VALUE_OBJECT);
	value_string(value_set(&details, "reason", 6), m->text, m->text_len);
	value_number(value_set(&details, "exitCode", 8), (int32_t)m->code);
	inspect_value(b, &details);
	value_free(&details);
}

/*
 * Append a frame as the JavaScript code made it, for people:
 * ipcRenderer.send('message-from-renderer', 1, 2, 3), event.reply(...),
 * invoke result 6, event.returnValue = 6, and what the UI's own frames
 * do.  m is the payload decoded with its values built, or NULL when it
 * was refused: then only the type is named.
 */
void
framelog_call(struct buf *b, enum frame_method method,
    const struct msg_header *h, const struct proto_msg *m)
{
	const char	*name = framelog_method_name(method);

	if (m == NULL) {
		name = msg_type_name(h->type);
		buf_append(b, name, strlen(name));
		return;
	}
	switch (method) {
	case METHOD_SEND:
		framelog_call_args(b, "ipcRenderer.send", m);
		break;
	case METHOD_INVOKE:
		framelog_call_args(b, "ipcRenderer.invoke", m);
		break;
	case METHOD_SEND_SYNC:
		framelog_call_args(b, "ipcRenderer.sendSync", m);
		break;
	case METHOD_EVENT_REPLY:
	case METHOD_SENDER_SEND:
	case METHOD_WEBCONTENTS_SEND:
		framelog_call_args(b, reply_method(method -
		    METHOD_EVENT_REPLY)->call, m);
		break;
	case METHOD_INVOKE_RESULT:
		buf_append(b, "invoke result ", 14);
		inspect_value(b, &m->value);
		break;
	case METHOD_INVOKE_ERROR:
		buf_append(b, "invoke error: ", 14);
		buf_append(b, m->text, m->text_len);
		break;
	case METHOD_SYNC_RETURN:
		buf_append(b, "event.returnValue = ", 20);
		inspect_value(b, &m->value);
		break;
	case METHOD_RENDERER_GONE:
		framelog_call_gone(b, m);
		break;
	case METHOD_IPC_POST:
	case METHOD_WEBCONTENTS_POST:
	case METHOD_PORT_POST:
		framelog_call_post(b, name, h, m);
		break;
	default:
		/* The UI's own frames: what they do, and their text if any. */
		buf_append(b, name, strlen(name));
		if (m->text != NULL && m->text_len > 0) {
			buf_append(b, " ", 1);
			inspect_quoted(b, m->text, m->text_len);
		}
		break;
	}
}
