/*
 * The renderer process of window N: the page's script and its ipcRenderer.
 * The button makes the call its pattern names (pattern.h) with the text of
 * the argument field, parsed here as JavaScript;
 * ipcRenderer.on('message-from-main', ...) logs what main sends.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "child.h"
#include "code.h"
#include "ipc.h"
#include "literal.h"
#include "log.h"
#include "pattern.h"
#include "reply.h"
#include "renderer.h"
#include "world.h"

#define RENDERER_PREFIX	"receive message from main process"
/* V8's error for a click before the page's port came: port is still undefined. */
#define RENDERER_NO_PORT \
	"Cannot read properties of undefined (reading 'postMessage')"
/* A port's message the clone refuses: Chromium's DataCloneError names the value. */
#define RENDERER_PORT_UNCLONEABLE \
	"ipcsim does not model the DataCloneError of a MessagePort: " \
	"port.postMessage throws it for a function or a symbol"
/* Node's EventEmitter warns when one event gets more listeners than this. */
#define RENDERER_MAX_LISTENERS	10

struct renderer {
	struct scenario	 sc;
	uint32_t	 page;		/* this process's page */
	/*
	 * The last argument text that parsed, and its arguments: a page
	 * pressed again with the same text sends the same values.
	 */
	char		*last_text;
	size_t		 last_len;
	struct value	 last_args;
	/* Listeners the page added on message-from-main (listener_per_click). */
	uint32_t	 listeners;
	/* The MessagePort the page holds (0: none yet), and who holds its other end. */
	uint32_t	 port;
	uint16_t	 port_peer;
	int		 loaded;	/* the page's code has run */
	struct world_load world;	/* what it met there */
};

/*
 * console.log(prefix, ...vals), prefix being the listener's text with the
 * mark of the frame it runs in, and show vals on the page; the press is
 * then done.
 */
static void
renderer_received_as(struct child_loop *cl, uint32_t id, const char *prefix,
    const struct value *vals, size_t n)
{
	const struct buf	*line;
	size_t			 skip = strlen(prefix) + 1;

	line = ipc_console_log(cl, prefix, vals, n);
	if (line->len < skip)
		skip = line->len;
	child_press_done(cl, id, (const char *)buf_head(line) + skip,
	    line->len - skip);
}

/*
 * console.log('receive message from main process', ...vals) and show vals
 * on the page; the press is then done.
 */
static void
renderer_received(struct child_loop *cl, uint32_t id, const struct value *vals,
    size_t n)
{
	renderer_received_as(cl, id, RENDERER_PREFIX, vals, n);
}

/* A press that threw: the console shows the uncaught error. */
static void
renderer_uncaught(struct child_loop *cl, uint32_t id, const char *kind,
    const char *msg, size_t len)
{
	buf_clear(&cl->scratch);
	buf_printf(&cl->scratch, "Uncaught %s: %.*s", kind, (int)len, msg);
	child_console(cl, (const char *)buf_head(&cl->scratch),
	    cl->scratch.len);
	child_press_done(cl, id, NULL, 0);
}

/* Where the page's renderer.js, as the code view shows it, has the argument text. */
static void
renderer_origin(const struct renderer *r, const char *text,
    struct literal_origin *o)
{
	const char	*after = pattern_at(r->sc.pattern)->args_after;
	struct buf	 code;

	if (after == NULL)
		after = "'" IPC_CHANNEL_TO_MAIN "', ";
	o->file = code_page_file(pattern_at(r->sc.pattern));
	buf_init(&code);
	code_renderer(&code, &r->sc, text);
	if (code_position(buf_str(&code), after, &o->line, &o->column) == 0)
		o->column += (int)strlen(after);
	buf_free(&code);
}

/* Parse the argument text unless it is the last one that parsed; 0 if it parses. */
static int
renderer_parse(struct child_loop *cl, struct renderer *r, uint32_t id,
    const char *text, size_t len)
{
	const struct pattern	*p = pattern_at(r->sc.pattern);
	struct literal_origin	 origin;
	char			 msg[256], *copy;

	if (r->last_text != NULL && r->last_len == len &&
	    memcmp(r->last_text, text, len) == 0)
		return (0);
	free(r->last_text);
	r->last_text = NULL;
	value_free(&r->last_args);
	if ((copy = malloc(len + 1)) == NULL)
		fatal("malloc");
	memcpy(copy, text, len);
	copy[len] = '\0';
	renderer_origin(r, copy, &origin);
	free(copy);
	switch (literal_parse_page(text, len, &origin, &r->last_args, msg,
	    sizeof msg)) {
	case LITERAL_OK:
		if ((r->last_text = malloc(len + 1)) == NULL)
			fatal("malloc");
		memcpy(r->last_text, text, len);
		r->last_len = len;
		return (0);
	case LITERAL_SYNTAX:
		renderer_uncaught(cl, id, "SyntaxError", msg, strlen(msg));
		return (-1);
	case LITERAL_REFERENCE:
		renderer_uncaught(cl, id, "ReferenceError", msg, strlen(msg));
		return (-1);
	case LITERAL_TYPE:
		renderer_uncaught(cl, id, "TypeError", msg, strlen(msg));
		return (-1);
	case LITERAL_RANGE:
		renderer_uncaught(cl, id, "RangeError", msg, strlen(msg));
		return (-1);
	case LITERAL_UNCLONEABLE:
		if (p->port == PORT_NONE)
			break;
		/* Chromium names the value it could not clone; ipcsim keeps no function's text. */
		snprintf(msg, sizeof msg, "%s", RENDERER_PORT_UNCLONEABLE);
		/* FALLTHROUGH */
	case LITERAL_UNSUPPORTED:
		/* ipcsim's own words, not an error the page would show. */
		child_console(cl, msg, strlen(msg));
		child_press_done(cl, id, NULL, 0);
		return (-1);
	default:
		break;
	}
	/* Electron's clone error; an async call's failure is a rejected promise. */
	renderer_uncaught(cl, id, p->async ? "(in promise) Error" : "Error", msg,
	    strlen(msg));
	return (-1);
}

/*
 * new MessageChannel(), and ipcRenderer.postMessage('port', null,
 * [port2]): the page keeps port1, entangled with main.  Its id is the
 * page's number, which no other page has.
 */
static void
renderer_send_port(struct child_loop *cl, struct renderer *r)
{
	struct proto_msg	 m;

	proto_msg_init(&m);
	m.page = r->page;
	m.channel = IPC_CHANNEL_PORT;
	m.channel_len = strlen(IPC_CHANNEL_PORT);
	value_init(&m.value, VALUE_NULL);
	m.port = r->page;
	m.entangled = cl->self;
	if (proto_send(&cl->peer, MSG_IPC_POST_TO_MAIN, cl->self,
	    ENDPOINT_MAIN, 0, &m) == 0) {
		r->port = r->page;
		r->port_peer = ENDPOINT_MAIN;
	}
}

/*
 * The button of a page that talks on a MessagePort it holds:
 * port.postMessage with the arguments as one array, to whoever holds the
 * other end.
 */
static void
renderer_port_click(struct child_loop *cl, struct renderer *r, uint32_t id)
{
	struct proto_msg	 m;

	proto_msg_init(&m);
	m.page = r->page;
	m.port = r->port;
	m.value = r->last_args;		/* borrowed, not freed */
	if (proto_send(&cl->peer, MSG_PORT_MESSAGE, cl->self, r->port_peer,
	    id, &m) == -1)
		renderer_uncaught(cl, id, "Error", IPC_TOO_LARGE,
		    strlen(IPC_TOO_LARGE));
}

/*
 * port.onmessage: what came on the page's port, logged; from the other
 * window, as that; on a port it no longer holds, nothing.
 */
static void
renderer_on_port(struct child_loop *cl, struct renderer *r, uint32_t id,
    uint16_t from, const struct proto_msg *m)
{
	if (m->port != r->port) {
		child_press_done(cl, id, NULL, 0);
		return;
	}
	renderer_received_as(cl, id, from == ENDPOINT_MAIN ? RENDERER_PREFIX :
	    "receive message from the other window", &m->value, 1);
}

/*
 * The page's code runs (its first settings, or new ones that change its
 * code or its world): the console shows what it met, the preload's lines
 * marked as the preload's, and no listener is added yet.
 */
static void
renderer_load(struct child_loop *cl, struct renderer *r)
{
	const struct world_line	*l;
	int			 i;

	r->loaded = 1;
	r->listeners = 0;
	r->port = 0;
	world_load(pattern_at(r->sc.pattern), &r->sc, &r->world);
	for (i = 0; i < r->world.n; i++) {
		l = &r->world.lines[i];
		buf_clear(&cl->scratch);
		buf_printf(&cl->scratch, "%s%s", l->preload ? "[preload] " : "",
		    l->text);
		child_console(cl, (const char *)buf_head(&cl->scratch),
		    cl->scratch.len);
	}
	if (pattern_at(r->sc.pattern)->port == PORT_FROM_PAGE)
		renderer_send_port(cl, r);
}

/*
 * A page whose click handler adds a listener: one more, and Node's warning
 * (once) when there are more than EventEmitter's default maximum.
 */
static void
renderer_add_listener(struct child_loop *cl, struct renderer *r)
{
	if (++r->listeners != RENDERER_MAX_LISTENERS + 1)
		return;
	buf_clear(&cl->scratch);
	buf_printf(&cl->scratch, "(node:%ld) MaxListenersExceededWarning: "
	    "Possible EventEmitter memory leak detected. %u %s listeners "
	    "added to [IpcRenderer]. MaxListeners is %d. Use "
	    "emitter.setMaxListeners() to increase limit", (long)getpid(),
	    r->listeners, IPC_CHANNEL_TO_RENDERER, RENDERER_MAX_LISTENERS);
	child_console(cl, (const char *)buf_head(&cl->scratch),
	    cl->scratch.len);
}

/* The button: parse the argument text and make the pattern's call. */
static void
renderer_click(struct child_loop *cl, struct renderer *r, uint32_t id,
    const char *text, size_t len)
{
	const struct pattern	*p = pattern_at(r->sc.pattern);
	struct proto_msg	 m;

	/* A page whose code stopped before the button has no handler. */
	if (!r->world.clickable) {
		child_press_done(cl, id, NULL, 0);
		return;
	}
	if (r->world.click_msg != NULL) {
		renderer_uncaught(cl, id, r->world.click_kind,
		    r->world.click_msg, strlen(r->world.click_msg));
		return;
	}
	if (p->listener_per_click)
		renderer_add_listener(cl, r);
	/* port.postMessage reads port before it evaluates the arguments. */
	if (p->port != PORT_NONE && r->port == 0) {
		renderer_uncaught(cl, id, "TypeError", RENDERER_NO_PORT,
		    strlen(RENDERER_NO_PORT));
		return;
	}
	if (renderer_parse(cl, r, id, text, len) == -1)
		return;
	if (p->port != PORT_NONE) {
		renderer_port_click(cl, r, id);
		return;
	}
	if (p->request == 0) {
		child_press_done(cl, id, NULL, 0);
		return;
	}
	proto_msg_init(&m);
	m.page = r->page;
	m.channel = IPC_CHANNEL_TO_MAIN;
	m.channel_len = strlen(IPC_CHANNEL_TO_MAIN);
	m.value = r->last_args;		/* borrowed, not freed */
	if (proto_send(&cl->peer, p->request, cl->self, ENDPOINT_MAIN, id,
	    &m) == -1) {
		renderer_uncaught(cl, id, p->async ? "(in promise) Error" :
		    "Error", IPC_TOO_LARGE, strlen(IPC_TOO_LARGE));
		return;
	}
	/* sendSync blocks the page until event.returnValue comes. */
	if (p->blocks)
		child_await(cl, MSG_IPC_SYNC_RESULT);
}

/*
 * ipcRenderer.on('message-from-main'): the seed's listener, (_, res), logs
 * the first argument; the push demo's, (_, ...args), logs them all.  Every
 * listener the page added fires, in the order added; none, and Electron
 * drops the message.
 */
static void
renderer_on_message(struct child_loop *cl, struct renderer *r, uint32_t id,
    const struct proto_msg *m)
{
	const struct value	*vals = m->value.items;
	struct value		 undefined;
	size_t			 n = 1;
	uint32_t		 i, count = 1;

	if (pattern_at(r->sc.pattern)->listener_per_click)
		count = r->listeners;
	/* event.reply goes to the frame that sent: the iframe's listener. */
	if (pattern_at(r->sc.pattern)->iframe && m->reply == REPLY_EVENT_REPLY) {
		renderer_received_as(cl, id, "[iframe] " RENDERER_PREFIX, vals,
		    n);
		return;
	}
	if (!r->world.listens)
		count = 0;
	if (count == 0) {
		child_press_done(cl, id, NULL, 0);
		return;
	}
	value_init(&undefined, VALUE_UNDEFINED);
	if (pattern_at(r->sc.pattern)->listener_all_args)
		n = m->value.count;
	else if (m->value.count == 0)
		vals = &undefined;
	for (i = 1; i < count; i++)
		ipc_console_log(cl, RENDERER_PREFIX, vals, n);
	renderer_received(cl, id, vals, n);
}

/* The promise of invoke settled: log the value, or the unhandled rejection. */
static void
renderer_invoke_result(struct child_loop *cl, uint32_t id,
    const struct proto_msg *m)
{
	struct buf	 line;

	if (m->flag) {
		renderer_received(cl, id, &m->value, 1);
		return;
	}
	buf_init(&line);
	buf_printf(&line, "Error invoking remote method '%s': %.*s",
	    IPC_CHANNEL_TO_MAIN, (int)m->text_len, m->text);
	renderer_uncaught(cl, id, "(in promise) Error",
	    (const char *)buf_head(&line), line.len);
	buf_free(&line);
}

/* Handle one frame from the UI, decoded by the protocol table. */
static int
renderer_dispatch(struct child_loop *cl, const struct msg *f)
{
	struct renderer		*r = cl->arg;
	struct proto_msg	 m;
	const char		*err;
	int			 load;

	if (proto_decode(f, &m, PROTO_BUILD, &err) == -1) {
		log_debug("bad %s: %s", msg_type_name(f->hdr.type), err);
		return (-1);
	}
	switch (f->hdr.type) {
	case MSG_CONFIG:
		load = !r->loaded || m.sc.pattern != r->sc.pattern ||
		    m.sc.isolation != r->sc.isolation;
		r->sc = m.sc;
		if (load)
			renderer_load(cl, r);
		/* Another pattern puts the text elsewhere: Errors' frames change. */
		free(r->last_text);
		r->last_text = NULL;
		break;
	case MSG_CLICK:
		renderer_click(cl, r, f->hdr.id, m.text, m.text_len);
		break;
	case MSG_IPC_MESSAGE:
		/* Electron drops messages on channels nobody listens to. */
		if (proto_channel_is(&m, IPC_CHANNEL_TO_RENDERER))
			renderer_on_message(cl, r, f->hdr.id, &m);
		break;
	case MSG_IPC_INVOKE_RESULT:
		renderer_invoke_result(cl, f->hdr.id, &m);
		break;
	case MSG_IPC_SYNC_RESULT:
		renderer_received(cl, f->hdr.id, &m.value, 1);
		break;
	case MSG_IPC_POST_TO_RENDERER:
		/* ipcRenderer.on('port', ...): event.ports[0] is the page's port now. */
		if (proto_channel_is(&m, IPC_CHANNEL_PORT) && m.port != 0 &&
		    pattern_at(r->sc.pattern)->port != PORT_NONE) {
			r->port = m.port;
			r->port_peer = m.entangled;
		}
		break;
	case MSG_PORT_MESSAGE:
		renderer_on_port(cl, r, f->hdr.id, f->hdr.src, &m);
		break;
	default:
		proto_msg_free(&m);
		return (-1);
	}
	proto_msg_free(&m);
	return (0);
}

/* Entry point of a renderer child: its window and page come with start. */
void
renderer_main(int rfd, int wfd, const struct proc_start *start)
{
	struct child_loop	 cl;
	struct renderer		 r;

	memset(&cl, 0, sizeof cl);
	memset(&r, 0, sizeof r);
	scenario_default(&r.sc);
	r.page = start->page;
	child_loop_run(&cl, rfd, wfd, ENDPOINT_RENDERER(start->window),
	    renderer_dispatch, &r);
}
