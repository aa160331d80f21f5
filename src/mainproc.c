/*
 * Electron's main process: its frames dispatched to the chosen pattern's
 * listener or handler, and the calls those share (console.log, sending,
 * answering after the handler's delay).
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ipc.h"
#include "js.h"
#include "log.h"
#include "mainproc.h"
#include "pattern.h"
#include "reply.h"

/* An answer that waits for the handler's delay. */
struct mainproc_answer {
	uint16_t	 type;		/* the result's frame type */
	uint16_t	 sender;
	uint32_t	 page;		/* the page that asked */
	uint32_t	 id;
	struct value	 sum;
};

/* The main process's state from its event loop's. */
static struct mainproc *
mainproc_of(struct loop *l)
{
	return (((struct child_loop *)l->arg)->arg);
}

/* console.log('receive message from renderer process', ...args) */
void
mainproc_log_args(struct mainproc *mp, const struct value *args)
{
	ipc_console_log(&mp->cl, "receive message from renderer process",
	    args->items, args->count);
}

/*
 * Send message-from-main to renderer dst by the call reply (REPLY_*), for
 * page (PAGE_CURRENT: whatever page it shows), with args (an array it
 * frees).
 */
void
mainproc_send(struct mainproc *mp, int reply, uint16_t dst, uint32_t page,
    uint32_t id, struct value *args)
{
	struct proto_msg	 m;

	proto_msg_init(&m);
	m.page = page;
	m.reply = (uint8_t)reply;
	m.channel = IPC_CHANNEL_TO_RENDERER;
	m.channel_len = strlen(IPC_CHANNEL_TO_RENDERER);
	m.value = *args;
	if (proto_send(&mp->cl.peer, MSG_IPC_MESSAGE, mp->cl.self, dst, id,
	    &m) == -1) {
		child_console(&mp->cl, "Error: " IPC_TOO_LARGE,
		    strlen("Error: " IPC_TOO_LARGE));
		child_press_done(&mp->cl, id, NULL, 0);
	}
	value_free(args);
}

/*
 * Answer a send with [sum] by the chosen reply method: event.reply reaches
 * the page that sent, event.sender.send whatever page its window shows now,
 * win.webContents.send the first window.
 */
void
mainproc_reply(struct mainproc *mp, const struct msg_header *h,
    const struct proto_msg *call, struct value *sum)
{
	struct value	 args;

	value_init(&args, VALUE_ARRAY);
	*value_push(&args) = *sum;
	switch (reply_method(mp->sc.reply)->target) {
	case REPLY_TO_SENDING_PAGE:
		mainproc_send(mp, mp->sc.reply, h->src, call->page, h->id,
		    &args);
		break;
	case REPLY_TO_SENDER_WINDOW:
		mainproc_send(mp, mp->sc.reply, h->src, PAGE_CURRENT, h->id,
		    &args);
		break;
	case REPLY_TO_FIRST_WINDOW:
		mainproc_send(mp, mp->sc.reply, ENDPOINT_RENDERER(1),
		    PAGE_CURRENT, h->id, &args);
		break;
	}
}

/*
 * An answer too large for a frame: main says so, and the page is not left
 * waiting: an invoke rejects with that error, a sendSync returns undefined.
 */
static void
mainproc_too_large(struct mainproc *mp, const struct mainproc_answer *a)
{
	struct proto_msg	 m;

	child_console(&mp->cl, "Error: " IPC_TOO_LARGE,
	    strlen("Error: " IPC_TOO_LARGE));
	proto_msg_init(&m);
	m.page = a->page;
	m.text = "Error: " IPC_TOO_LARGE;
	m.text_len = strlen(m.text);
	proto_send(&mp->cl.peer, a->type, mp->cl.self, a->sender, a->id, &m);
}

/* Settle an invoke or a sendSync with the handler's outcome; frees a. */
static void
mainproc_answer(struct mainproc *mp, struct mainproc_answer *a)
{
	struct proto_msg	 m;
	struct buf		 err;
	uint16_t		 about = mp->cl.about;

	/* A delayed answer's lines are about the window that asked. */
	mp->cl.about = a->sender - ENDPOINT_RENDERER_BASE;
	proto_msg_init(&m);
	m.page = a->page;
	if (a->type == MSG_IPC_INVOKE_RESULT && mp->sc.throw_msg[0] != '\0') {
		buf_init(&err);
		buf_printf(&err, "Error occurred in handler for '%s': Error: %s",
		    IPC_CHANNEL_TO_MAIN, mp->sc.throw_msg);
		child_console(&mp->cl, (const char *)buf_head(&err), err.len);
		buf_clear(&err);
		buf_printf(&err, "Error: %s", mp->sc.throw_msg);
		m.text = (const char *)buf_head(&err);
		m.text_len = err.len;
		proto_send(&mp->cl.peer, a->type, mp->cl.self, a->sender, a->id,
		    &m);
		buf_free(&err);
	} else {
		m.flag = 1;
		m.value = a->sum;
		if (proto_send(&mp->cl.peer, a->type, mp->cl.self, a->sender,
		    a->id, &m) == -1)
			mainproc_too_large(mp, a);
	}
	mp->cl.about = about;
	value_free(&a->sum);
	free(a);
}

/* A delayed answer is due. */
static void
mainproc_answer_due(struct loop *l, void *arg)
{
	mainproc_answer(mainproc_of(l), arg);
}

/*
 * Compute the sum of a call's arguments and answer it with a frame of type
 * (an invoke or sync result) after the handler's delay, or at once.
 */
void
mainproc_answer_later(struct mainproc *mp, const struct msg_header *h,
    const struct proto_msg *call, uint16_t type)
{
	struct mainproc_answer	*a;

	if ((a = malloc(sizeof *a)) == NULL)
		fatal("malloc");
	a->type = type;
	a->sender = h->src;
	a->page = call->page;
	a->id = h->id;
	js_sum(&a->sum, &call->value);
	if (mp->sc.delay_ms > 0)
		loop_timer_add(&mp->cl.loop, mp->sc.delay_ms,
		    mainproc_answer_due, a);
	else
		mainproc_answer(mp, a);
}

/* Reject an invoke at once with an error's text, as Electron does. */
void
mainproc_reject(struct mainproc *mp, const struct msg_header *h,
    const struct proto_msg *call, const char *error)
{
	struct proto_msg	 m;

	proto_msg_init(&m);
	m.page = call->page;
	m.flag = 0;
	m.text = error;
	m.text_len = strlen(error);
	proto_send(&mp->cl.peer, MSG_IPC_INVOKE_RESULT, mp->cl.self, h->src,
	    h->id, &m);
}

/* The push timer: push once more and set the next one, unless it was replaced. */
static void
mainproc_push_due(struct loop *l, void *arg)
{
	struct mainproc		*mp = mainproc_of(l);
	const struct pattern	*p = pattern_at(mp->sc.pattern);

	if ((uintptr_t)arg != mp->push_timer || p->main_push == NULL)
		return;
	/* While the UI does not read, the pushes wait instead of piling up. */
	if (!child_queue_full(&mp->cl))
		p->main_push(mp, PRESS_TIMED | ++mp->pushes);
	loop_timer_add(l, mp->sc.push_every_ms, mainproc_push_due, arg);
}

/* New settings; a push timer starts or stops with them. */
static void
mainproc_config(struct mainproc *mp, const struct scenario *sc)
{
	mp->sc = *sc;
	mp->push_timer++;
	if ((pattern_at(sc->pattern)->uses & USES_PUSH_EVERY) &&
	    sc->push_every_ms > 0)
		loop_timer_add(&mp->cl.loop, sc->push_every_ms,
		    mainproc_push_due, (void *)(uintptr_t)mp->push_timer);
}

/* win.webContents.on('render-process-gone', (event, details) => console.log(...)) */
static void
mainproc_renderer_gone(struct mainproc *mp, const struct proto_msg *m)
{
	struct value	 details;

	mp->cl.about = m->window;
	value_init(&details, VALUE_OBJECT);
	value_string(value_set(&details, "reason", 6), m->text, m->text_len);
	value_number(value_set(&details, "exitCode", 8), (int32_t)m->code);
	ipc_console_log(&mp->cl, "render-process-gone", &details, 1);
	value_free(&details);
}

/* Handle one frame routed to main, decoded by the protocol table. */
static int
mainproc_dispatch(struct child_loop *cl, const struct msg *f)
{
	struct mainproc		*mp = cl->arg;
	const struct pattern	*p = pattern_at(mp->sc.pattern);
	struct proto_msg	 m;
	const char		*err;
	int			 ok = 0;

	if (proto_decode(f, &m, PROTO_BUILD, &err) == -1) {
		log_debug("bad %s: %s", msg_type_name(f->hdr.type), err);
		return (-1);
	}
	switch (f->hdr.type) {
	case MSG_CONFIG:
		mainproc_config(mp, &m.sc);
		break;
	case MSG_PUSH:
		if (p->main_push != NULL)
			p->main_push(mp, f->hdr.id);
		break;
	case MSG_RENDERER_GONE:
		mainproc_renderer_gone(mp, &m);
		break;
	case MSG_IPC_SEND:
	case MSG_IPC_INVOKE:
	case MSG_IPC_SEND_SYNC:
		/* A channel without a listener or handler is ignored. */
		if (proto_channel_is(&m, IPC_CHANNEL_TO_MAIN) &&
		    p->main_call != NULL)
			p->main_call(mp, &f->hdr, &m);
		break;
	default:
		ok = -1;
		break;
	}
	proto_msg_free(&m);
	return (ok);
}

/* Entry point of the main child. */
void
mainproc_main(int rfd, int wfd, const struct proc_start *start)
{
	struct mainproc	 mp;

	(void)start;
	memset(&mp, 0, sizeof mp);
	scenario_default(&mp.sc);
	child_loop_run(&mp.cl, rfd, wfd, ENDPOINT_MAIN, mainproc_dispatch,
	    &mp);
}
