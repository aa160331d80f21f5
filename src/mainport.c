/* Main's side of the MessagePort scenarios: channels made and handed out, messages answered, queued, closed. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ipc.h"
#include "js.h"
#include "log.h"
#include "mainport.h"
#include "mainproc.h"
#include "pattern.h"

/* The name main.js gives its end: port1 of its own channel, port for one a page sent. */
static const char *
mainport_name(const struct mainproc *mp)
{
	return (pattern_at(mp->sc.pattern)->port == PORT_FROM_PAGE ? "port" :
	    "port1");
}

/* A new port id: one per MessageChannelMain, never 0. */
static uint32_t
mainport_new_id(struct mainproc *mp)
{
	if (++mp->ports.channels >= 1u << 28)
		mp->ports.channels = 1;
	return (mp->ports.channels);
}

/*
 * webContents.postMessage('port', null, [port]) to window w, the port's
 * other end being at endpoint other.
 */
static void
mainport_send_port(struct mainproc *mp, int w, uint32_t id, uint16_t other)
{
	struct proto_msg	 m;

	proto_msg_init(&m);
	m.channel = IPC_CHANNEL_PORT;
	m.channel_len = strlen(IPC_CHANNEL_PORT);
	value_init(&m.value, VALUE_NULL);
	m.port = id;
	m.entangled = other;
	(void)proto_send(&mp->cl.peer, MSG_IPC_POST_TO_RENDERER, mp->cl.self,
	    ENDPOINT_RENDERER(w), 0, &m);
}

/* Drop the queued messages of window w's port (w 0: all of them). */
static void
mainport_drop_queue(struct mainproc *mp, int w)
{
	struct mainports	*ps = &mp->ports;
	size_t			 i, k = 0;

	for (i = 0; i < ps->queued; i++) {
		if (w == 0 || ps->queue[i].window == w)
			value_free(&ps->queue[i].data);
		else
			ps->queue[k++] = ps->queue[i];
	}
	ps->queued = k;
}

/* The port1.start() timer: the port starts, and what it queued arrives in order. */
static void
mainport_start_due(struct loop *l, void *arg)
{
	struct mainproc		*mp = ((struct child_loop *)l->arg)->arg;
	struct mainports	*ps = &mp->ports;
	uintptr_t		 a = (uintptr_t)arg;
	int			 w = (int)(a & 7);
	uint32_t		 id = (uint32_t)(a >> 3);
	struct mainport_queued	 q;
	struct msg_header	 h;
	struct proto_msg	 m;
	size_t			 i, k = 0;

	if (w < 1 || w > MAINPORT_WINDOWS || ps->ports[w - 1].id != id ||
	    !ps->ports[w - 1].open)
		return;
	ps->ports[w - 1].started = 1;
	for (i = 0; i < ps->queued; i++) {
		q = ps->queue[i];
		if (q.window != w || q.port != id) {
			ps->queue[k++] = q;
			continue;
		}
		memset(&h, 0, sizeof h);
		h.type = MSG_PORT_MESSAGE;
		h.src = ENDPOINT_RENDERER(w);
		h.id = q.id;
		proto_msg_init(&m);
		m.port = id;
		m.value = q.data;
		mainport_received(mp, &h, &m);
		value_free(&q.data);
	}
	ps->queued = k;
}

/* When port-start-late's main.js calls port1.start(): after the delay, 3 s without one. */
unsigned
mainport_start_after(const struct scenario *sc)
{
	return (sc->delay_ms > 0 ? sc->delay_ms : MAINPORT_START_LATE_MS);
}

/* Main's end of a new port for window w: open, and started now or after the delay. */
static void
mainport_open(struct mainproc *mp, int w, uint32_t id)
{
	struct mainport	*p = &mp->ports.ports[w - 1];

	mainport_drop_queue(mp, w);
	p->id = id;
	p->open = 1;
	p->started = 1;
	if (pattern_at(mp->sc.pattern)->port_start_late) {
		p->started = 0;
		loop_timer_add(&mp->cl.loop, mainport_start_after(&mp->sc),
		    mainport_start_due, (void *)((uintptr_t)id << 3 |
		    (uintptr_t)w));
	}
}

/*
 * did-finish-load of window w (0: of every window that has a page): a
 * MessageChannelMain, main keeps port1 and sends port2 to the page.
 */
void
mainport_loaded(struct mainproc *mp, int w)
{
	int	 i;

	for (i = 1; i <= MAINPORT_WINDOWS; i++) {
		if ((w != 0 && i != w) || !(mp->live & 1u << (i - 1)))
			continue;
		mainport_open(mp, i, mainport_new_id(mp));
		mainport_send_port(mp, i, mp->ports.ports[i - 1].id,
		    ENDPOINT_MAIN);
	}
}

/*
 * A page loaded, with windows 1 and 2 both showing one: main entangles
 * them, port1 to the first and port2 to the second, and keeps neither.
 */
void
mainport_connect_windows(struct mainproc *mp, int w)
{
	uint32_t	 id;

	if (w > 2 || (mp->live & 3u) != 3u)
		return;
	id = mainport_new_id(mp);
	mainport_send_port(mp, 1, id, ENDPOINT_RENDERER(2));
	mainport_send_port(mp, 2, id, ENDPOINT_RENDERER(1));
}

/* ipcMain.on('port', (event) => ...): the page's port2, started at once. */
void
mainport_posted(struct mainproc *mp, const struct msg_header *h,
    const struct proto_msg *m)
{
	int	 w = h->src - ENDPOINT_RENDERER_BASE;

	if (w < 1 || w > MAINPORT_WINDOWS || m->port == 0 ||
	    !proto_channel_is(m, IPC_CHANNEL_PORT))
		return;
	mainport_open(mp, w, m->port);
}

/* port.postMessage(sum) back to window w's page, for press id. */
static void
mainport_post(struct mainproc *mp, int w, uint32_t port, uint32_t id,
    struct value *v)
{
	struct proto_msg	 m;

	proto_msg_init(&m);
	m.port = port;
	m.value = *v;
	if (proto_send(&mp->cl.peer, MSG_PORT_MESSAGE, mp->cl.self,
	    ENDPOINT_RENDERER(w), id, &m) == -1) {
		child_console(&mp->cl, "Error: " IPC_TOO_LARGE,
		    strlen("Error: " IPC_TOO_LARGE));
		child_press_done(&mp->cl, id, NULL, 0);
	}
	value_free(v);
}

/* Keep a message of a port not started yet; 0, or -1 when the queue is full. */
static int
mainport_enqueue(struct mainproc *mp, int w, const struct msg_header *h,
    const struct proto_msg *m)
{
	struct mainports	*ps = &mp->ports;
	struct mainport_queued	*q;

	if (ps->queued == MAINPORT_QUEUE_MAX)
		return (-1);
	if (ps->queued == ps->cap) {
		ps->cap = ps->cap == 0 ? 16 : ps->cap * 2;
		if ((q = realloc(ps->queue, ps->cap * sizeof *q)) == NULL)
			fatal("realloc");
		ps->queue = q;
	}
	q = &ps->queue[ps->queued++];
	q->window = w;
	q->port = m->port;
	q->id = h->id;
	value_copy(&q->data, &m->value);
	return (0);
}

/*
 * port1.on('message'): the page's message on window w's port, an array
 * of the arguments; logged spread, summed, and the sum posted back.  A
 * port not started keeps it.
 */
void
mainport_received(struct mainproc *mp, const struct msg_header *h,
    const struct proto_msg *m)
{
	int		 w = h->src - ENDPOINT_RENDERER_BASE;
	struct mainport	*p;
	struct value	 sum;
	const char	*error;

	if (w < 1 || w > MAINPORT_WINDOWS)
		return;
	p = &mp->ports.ports[w - 1];
	if (p->id != m->port || !p->open || m->value.type != VALUE_ARRAY) {
		/* Nobody listens on it: the press has had its effects. */
		child_press_done(&mp->cl, h->id, NULL, 0);
		return;
	}
	mp->cl.about = (uint16_t)w;
	if (!p->started) {
		if (mainport_enqueue(mp, w, h, m) == -1) {
			log_debug("port queue full: message dropped");
			child_press_done(&mp->cl, h->id, NULL, 0);
		}
		return;
	}
	mainproc_log_args(mp, &m->value);
	if (js_sum(&sum, &m->value, &error) == -1) {
		mainproc_uncaught(mp, h->id, error);
		value_free(&sum);
		return;
	}
	mainport_post(mp, w, p->id, h->id, &sum);
}

/* Window w's page went: main's end of its port emits close, and what it queued is gone. */
void
mainport_gone(struct mainproc *mp, int w)
{
	struct mainport	*p;
	char		 line[32];

	if (w < 1 || w > MAINPORT_WINDOWS)
		return;
	p = &mp->ports.ports[w - 1];
	mainport_drop_queue(mp, w);
	if (!p->open)
		return;
	p->open = 0;
	mp->cl.about = (uint16_t)w;
	snprintf(line, sizeof line, "%s closed", mainport_name(mp));
	child_console(&mp->cl, line, strlen(line));
}

/* main.js ran again (new settings): its ports and their queues are gone, without a word. */
void
mainport_reset(struct mainproc *mp)
{
	mainport_drop_queue(mp, 0);
	memset(mp->ports.ports, 0, sizeof mp->ports.ports);
}
