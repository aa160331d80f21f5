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

#include "code.h"
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
	const char	*error;		/* the TypeError the sum threw, or NULL */
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

/* The seed's listener: log the arguments, sum them, reply with the sum. */
void
mainproc_log_sum_reply(struct mainproc *mp, const struct msg_header *h,
    const struct proto_msg *call)
{
	struct value	 sum;
	const char	*error;

	mainproc_log_args(mp, &call->value);
	if (js_sum(&sum, &call->value, &error) == -1) {
		mainproc_uncaught(mp, h->id, error);
		value_free(&sum);
		return;
	}
	mainproc_reply(mp, h, call, &sum);
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
		if (mainproc_destroyed(mp, 1, h->id, "webContents.send(")) {
			value_free(&args);
			break;
		}
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

/* Where needle first is in main.js as the code view shows it: its line and column, from 1. */
static void
mainproc_code_at(const struct mainproc *mp, const char *needle, int *line,
    int *col)
{
	struct buf	 code;

	buf_init(&code);
	code_main(&code, &mp->sc);
	code_position(buf_str(&code), needle, line, col);
	buf_free(&code);
}

/*
 * Append an error's stack as V8 writes it: "Kind: message", then its
 * frames in main.js (the throw, or the + inside args.reduce, reduce and
 * the listener around it), at the lines of the code view.  Frames in
 * Electron's and Node's own code come after those and are left out:
 * ipcsim does not know their lines.
 */
static void
mainproc_stack(const struct mainproc *mp, struct buf *b, const char *kind,
    const char *msg)
{
	const struct pattern	*p = pattern_at(mp->sc.pattern);
	int			 line, col, handle;

	buf_printf(b, "%s: %s", kind, msg);
	handle = p->request == MSG_IPC_INVOKE;
	if (strcmp(kind, "Error") == 0) {
		mainproc_code_at(mp, "new Error(", &line, &col);
		buf_printf(b, "\n    at main.js:%d:%d", line, col);
		return;
	}
	mainproc_code_at(mp, "+ b", &line, &col);
	buf_printf(b, "\n    at main.js:%d:%d", line, col);
	buf_printf(b, "\n    at Array.reduce (<anonymous>)");
	mainproc_code_at(mp, "reduce(", &line, &col);
	buf_printf(b, handle ? "\n    at main.js:%d:%d" :
	    "\n    at IpcMainImpl.<anonymous> (main.js:%d:%d)", line, col);
}

/* The lines Electron's error box for an uncaught exception in main starts with. */
static void
mainproc_box_start(struct buf *b)
{
	buf_printf(b, "A JavaScript error occurred in the main process\n"
	    "Uncaught Exception:\n");
}

/*
 * An exception out of an ipcMain.on listener is uncaught in Electron's
 * main process: its default handler shows the stack in an error box,
 * which main's log shows here.
 */
static void
mainproc_error_box(struct mainproc *mp, const char *error)
{
	struct buf	 b;

	buf_init(&b);
	mainproc_box_start(&b);
	mainproc_stack(mp, &b, "TypeError", error);
	ipc_console_text(&mp->cl, (const char *)buf_head(&b), b.len);
	buf_free(&b);
}

/*
 * Whether window w's BrowserWindow is destroyed (the user closed it): then
 * the call main.js makes on it, at the line of the code view where needle
 * is, throws Electron's TypeError, uncaught in main, and press id is over.
 */
int
mainproc_destroyed(struct mainproc *mp, int w, uint32_t id, const char *needle)
{
	if (w < 1 || w > 32 || !(mp->destroyed & (1u << (w - 1))))
		return (0);
	mp->cl.about = (uint16_t)w;
	mainproc_error_at(mp, "TypeError: Object has been destroyed", "",
	    needle);
	child_press_done(&mp->cl, id, NULL, 0);
	return (1);
}

/*
 * An uncaught exception in main thrown where needle is in main.js (in
 * function fn, "" for none): Electron's error box, its stack's frame at
 * that line of the code view.
 */
void
mainproc_error_at(struct mainproc *mp, const char *error, const char *fn,
    const char *needle)
{
	struct buf	 b;
	int		 line, col;

	buf_init(&b);
	mainproc_code_at(mp, needle, &line, &col);
	mainproc_box_start(&b);
	if (fn[0] != '\0')
		buf_printf(&b, "%s\n    at %s (main.js:%d:%d)", error, fn, line,
		    col);
	else
		buf_printf(&b, "%s\n    at main.js:%d:%d", error, line, col);
	ipc_console_text(&mp->cl, (const char *)buf_head(&b), b.len);
	buf_free(&b);
}

/* A send's listener threw: the error box, and the press is over, for nothing answers it. */
void
mainproc_uncaught(struct mainproc *mp, uint32_t id, const char *error)
{
	mainproc_error_box(mp, error);
	child_press_done(&mp->cl, id, NULL, 0);
}

/*
 * An invoke handler that threw (--throw, or the sum): Electron's
 * console.error(`Error occurred in handler for '${channel}':`, error)
 * prints the stack, and the renderer's promise rejects with
 * error.toString().
 */
static void
mainproc_handler_error(struct mainproc *mp, const struct mainproc_answer *a)
{
	struct proto_msg	 m;
	struct buf		 b;
	/* With --throw the handler throws before it sums anything. */
	int			 thrown = mp->sc.throw_msg[0] != '\0';
	const char		*kind = thrown ? "Error" : "TypeError";
	const char		*msg = thrown ? mp->sc.throw_msg : a->error;

	buf_init(&b);
	buf_printf(&b, "Error occurred in handler for '%s': ",
	    IPC_CHANNEL_TO_MAIN);
	mainproc_stack(mp, &b, kind, msg);
	ipc_console_text(&mp->cl, (const char *)buf_head(&b), b.len);
	buf_clear(&b);
	buf_printf(&b, "%s: %s", kind, msg);
	proto_msg_init(&m);
	m.page = a->page;
	m.text = (const char *)buf_head(&b);
	m.text_len = b.len;
	proto_send(&mp->cl.peer, a->type, mp->cl.self, a->sender, a->id, &m);
	buf_free(&b);
}

/* Settle an invoke or a sendSync with the handler's outcome; frees a. */
static void
mainproc_answer(struct mainproc *mp, struct mainproc_answer *a)
{
	struct proto_msg	 m;
	uint16_t		 about = mp->cl.about;

	/* A delayed answer's lines are about the window that asked. */
	mp->cl.about = a->sender - ENDPOINT_RENDERER_BASE;
	if (a->type == MSG_IPC_INVOKE_RESULT && (mp->sc.throw_msg[0] != '\0' ||
	    a->error != NULL))
		mainproc_handler_error(mp, a);
	else {
		proto_msg_init(&m);
		m.page = a->page;
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

/* A sendSync listener that threw: the error box, the reply channel's error; frees a. */
static void
mainproc_uncaught_sync(struct mainproc *mp, struct mainproc_answer *a)
{
	struct proto_msg	 m;
	static const char	 never[] = "reply was never sent";

	mainproc_error_box(mp, a->error);
	proto_msg_init(&m);
	m.page = a->page;
	m.flag = 1;
	value_init(&m.value, VALUE_OBJECT);
	value_string(value_set(&m.value, "error", 5), never, sizeof never - 1);
	proto_send(&mp->cl.peer, a->type, mp->cl.self, a->sender, a->id, &m);
	value_free(&m.value);
	value_free(&a->sum);
	free(a);
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
	a->error = NULL;
	if (js_sum(&a->sum, &call->value, &a->error) == -1 &&
	    type == MSG_IPC_SYNC_RESULT) {
		/*
		 * The listener threw before it set event.returnValue: the
		 * exception is uncaught, and Electron's reply channel, dropped
		 * unanswered, answers {error: 'reply was never sent'} (when the
		 * event is collected; here at once).
		 */
		mainproc_uncaught_sync(mp, a);
		return;
	}
	if (mp->sc.delay_ms > 0)
		loop_timer_add(&mp->cl.loop, mp->sc.delay_ms,
		    mainproc_answer_due, a);
	else
		mainproc_answer(mp, a);
}

/*
 * Reject an invoke at once with an error's text, as Electron does when no
 * handler is registered; its replyWithError logs it first.  That error's
 * stack is all in Electron's own code, whose lines ipcsim does not know:
 * main's line has the message only.
 */
void
mainproc_reject(struct mainproc *mp, const struct msg_header *h,
    const struct proto_msg *call, const char *error)
{
	struct proto_msg	 m;
	struct buf		 b;

	buf_init(&b);
	buf_printf(&b, "Error occurred in handler for '%s': %s",
	    IPC_CHANNEL_TO_MAIN, error);
	child_console(&mp->cl, (const char *)buf_head(&b), b.len);
	buf_free(&b);
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
	/* The pages load again when their code changes, as the renderers' rule says. */
	int	 reload = sc->pattern != mp->sc.pattern ||
	    sc->isolation != mp->sc.isolation;
	const struct pattern	*p = pattern_at(sc->pattern);

	mp->sc = *sc;
	mp->calls = 0;
	if (reload) {
		mainport_reset(mp);
		if (p->main_loaded != NULL)
			p->main_loaded(mp, 0);
	}
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
	if (m->window >= 1 && m->window <= 32)
		mp->live &= ~(1u << (m->window - 1));
	value_init(&details, VALUE_OBJECT);
	value_string(value_set(&details, "reason", 6), m->text, m->text_len);
	value_number(value_set(&details, "exitCode", 8), (int32_t)m->code);
	ipc_console_log(&mp->cl, "render-process-gone", &details, 1);
	value_free(&details);
	mainport_gone(mp, (int)m->window);
}

/*
 * A call on the channel with nobody on main's side: Electron drops a send,
 * rejects an invoke (No handler registered) and warns of a sendSync, whose
 * page then stays blocked.  Main has nothing more to do with the press.
 */
static void
mainproc_unheard(struct mainproc *mp, const struct msg_header *h,
    const struct proto_msg *call)
{
	struct buf	 b;

	switch (h->type) {
	case MSG_IPC_INVOKE:
		mainproc_reject(mp, h, call, "Error: No handler registered "
		    "for '" IPC_CHANNEL_TO_MAIN "'");
		return;
	case MSG_IPC_SEND_SYNC:
		buf_init(&b);
		buf_printf(&b, "WebContents #%u called ipcRenderer.sendSync() "
		    "with '%s' channel without listeners.",
		    (unsigned)(h->src - ENDPOINT_RENDERER_BASE),
		    IPC_CHANNEL_TO_MAIN);
		child_console(&mp->cl, (const char *)buf_head(&b), b.len);
		buf_free(&b);
		break;
	}
	child_press_done(&mp->cl, h->id, NULL, 0);
}

/* A handler's call: log the arguments; the sum settles the invoke after the delay. */
void
mainproc_handle(struct mainproc *mp, const struct msg_header *h,
    const struct proto_msg *call)
{
	mainproc_log_args(mp, &call->value);
	mainproc_answer_later(mp, h, call, MSG_IPC_INVOKE_RESULT);
}

/*
 * A window frame: createWindow made window w (win is that one now, and
 * the pattern may do more there), or the user closed it, and win refers to
 * a destroyed object; made or reloaded, its page loaded (did-finish-load).
 */
static void
mainproc_window(struct mainproc *mp, const struct proto_msg *m)
{
	const struct pattern	*p = pattern_at(mp->sc.pattern);
	uint32_t		 bit;

	if (m->window < 1 || m->window > 32)
		return;
	bit = 1u << (m->window - 1);
	if (m->flag == WINDOW_CLOSED) {
		mp->destroyed |= bit;
		mp->live &= ~bit;
		mainport_gone(mp, (int)m->window);
		return;
	}
	mp->destroyed &= ~bit;
	mp->live |= bit;
	mp->cl.about = (uint16_t)m->window;
	if (m->flag == WINDOW_CREATED) {
		mp->created++;
		if (p->main_window_created != NULL)
			p->main_window_created(mp);
	}
	if (p->main_loaded != NULL)
		p->main_loaded(mp, (int)m->window);
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
	case MSG_WINDOW:
		mainproc_window(mp, &m);
		break;
	case MSG_IPC_SEND:
	case MSG_IPC_INVOKE:
	case MSG_IPC_SEND_SYNC:
		/* A channel without a listener or handler is ignored. */
		if (!proto_channel_is(&m, IPC_CHANNEL_TO_MAIN))
			break;
		if (p->main_call == NULL ||
		    !pattern_hears(p, &mp->sc, mp->calls))
			mainproc_unheard(mp, &f->hdr, &m);
		else
			p->main_call(mp, &f->hdr, &m);
		mp->calls++;
		break;
	case MSG_IPC_POST_TO_MAIN:
		if (p->port == PORT_FROM_PAGE)
			mainport_posted(mp, &f->hdr, &m);
		break;
	case MSG_PORT_MESSAGE:
		mainport_received(mp, &f->hdr, &m);
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
