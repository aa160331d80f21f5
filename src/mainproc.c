/*
 * Electron's main process.  Its listeners, by pattern (see the code view):
 *
 *	ipcMain.on('message-from-renderer', (event, ...args) => {
 *		console.log('receive message from renderer process', ...args)
 *		const sum = args.reduce((a, b) => a + b, 0)
 *		event.reply('message-from-main', sum)		// send-reply
 *		setTimeout(() => event.returnValue = sum, DELAY)	// send-sync
 *	})
 *	ipcMain.handle('message-from-renderer', async (event, ...args) => {
 *		console.log('receive message from renderer process', ...args)
 *		await sleep(DELAY)
 *		throw new Error(MESSAGE)			// --throw
 *		return args.reduce((a, b) => a + b, 0)
 *	})
 *	win.webContents.send('message-from-main', 1, 2, 3)	// push
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "child.h"
#include "ipc.h"
#include "js.h"
#include "log.h"
#include "mainproc.h"
#include "msg.h"
#include "scenario.h"

struct mainproc {
	struct scenario	 sc;
	uint32_t	 pushes;	/* timed pushes made, their ids */
	uint32_t	 push_timer;	/* generation of the live push timer */
};

/* An answer that waits for the handler's delay. */
struct mainproc_answer {
	uint16_t	 type;		/* MSG_IPC_INVOKE or MSG_IPC_SEND_SYNC */
	uint16_t	 sender;
	uint32_t	 id;
	struct value	 sum;
};

/* console.log('receive message from renderer process', ...args) */
static void
mainproc_log_args(struct child_loop *cl, const struct value *args)
{
	ipc_console_log(cl, "receive message from renderer process",
	    args->items, args->count);
}


/* Send message-from-main to a renderer with args (an array it takes over). */
static void
mainproc_send(struct child_loop *cl, uint16_t dst, uint32_t id,
    struct value *args)
{
	ipc_send(&cl->peer, MSG_IPC_MESSAGE, cl->self, dst, id,
	    IPC_CHANNEL_TO_RENDERER, args);
	value_free(args);
}

/* win.webContents.send('message-from-main', 1, 2, 3) to the first window. */
static void
mainproc_push(struct child_loop *cl, uint32_t id)
{
	struct value	 args;
	int		 i;

	value_init(&args, VALUE_ARRAY);
	for (i = 1; i <= 3; i++)
		value_number(value_push(&args), i);
	mainproc_send(cl, ENDPOINT_RENDERER(1), id, &args);
}

/* Settle an invoke or a sendSync with the handler's outcome; frees a. */
static void
mainproc_answer(struct child_loop *cl, struct mainproc_answer *a)
{
	struct mainproc	*mp = cl->arg;
	struct buf	 pl;
	char		 err[SCENARIO_MAX_THROW + 16];

	buf_init(&pl);
	if (a->type == MSG_IPC_SEND_SYNC) {
		value_encode(&pl, &a->sum);
		peer_send(&cl->peer, MSG_IPC_SYNC_RESULT, cl->self, a->sender,
		    a->id, &pl);
	} else if (mp->sc.throw_msg[0] != '\0') {
		snprintf(err, sizeof err, "Error: %s", mp->sc.throw_msg);
		buf_printf(&pl, "Error occurred in handler for '%s': %s",
		    IPC_CHANNEL_TO_MAIN, err);
		child_console(cl, (const char *)buf_head(&pl), pl.len);
		buf_clear(&pl);
		msg_add_u8(&pl, 0);
		msg_add_string(&pl, err, strlen(err));
		peer_send(&cl->peer, MSG_IPC_INVOKE_RESULT, cl->self,
		    a->sender, a->id, &pl);
	} else {
		msg_add_u8(&pl, 1);
		value_encode(&pl, &a->sum);
		peer_send(&cl->peer, MSG_IPC_INVOKE_RESULT, cl->self,
		    a->sender, a->id, &pl);
	}
	buf_free(&pl);
	value_free(&a->sum);
	free(a);
}

/* A delayed answer is due. */
static void
mainproc_answer_due(struct child_loop *cl, void *arg)
{
	mainproc_answer(cl, arg);
}

/* ipcMain.handle with no handler registered: Electron rejects at once. */
static void
mainproc_no_handler(struct child_loop *cl, uint16_t sender, uint32_t id)
{
	struct buf	 pl;
	char		 err[128];

	snprintf(err, sizeof err, "Error: No handler registered for '%s'",
	    IPC_CHANNEL_TO_MAIN);
	buf_init(&pl);
	msg_add_u8(&pl, 0);
	msg_add_string(&pl, err, strlen(err));
	peer_send(&cl->peer, MSG_IPC_INVOKE_RESULT, cl->self, sender, id, &pl);
	buf_free(&pl);
}

/* Where the reply goes: the sender, or the first window for win.webContents.send. */
static uint16_t
mainproc_reply_to(const struct mainproc *mp, uint16_t sender)
{
	return (mp->sc.reply == REPLY_WEBCONTENTS ? ENDPOINT_RENDERER(1) :
	    sender);
}

/* A call on message-from-renderer reached the listener or handler. */
static void
mainproc_on_call(struct child_loop *cl, const struct msg *m,
    const struct ipc_call *c)
{
	struct mainproc		*mp = cl->arg;
	struct mainproc_answer	*a;
	struct value		 reply;
	uint16_t		 type = m->hdr.type;

	if (type == MSG_IPC_INVOKE && mp->sc.no_handler) {
		mainproc_no_handler(cl, m->hdr.src, m->hdr.id);
		return;
	}
	mainproc_log_args(cl, &c->args);
	if (type == MSG_IPC_SEND) {
		/* One way: the press is done once main has logged it. */
		if (mp->sc.pattern == PATTERN_SEND) {
			child_press_done(cl, m->hdr.id, NULL, 0);
			return;
		}
		value_init(&reply, VALUE_ARRAY);
		js_sum(value_push(&reply), &c->args);
		mainproc_send(cl, mainproc_reply_to(mp, m->hdr.src), m->hdr.id,
		    &reply);
		return;
	}
	if ((a = malloc(sizeof *a)) == NULL)
		fatal("malloc");
	a->type = type;
	a->sender = m->hdr.src;
	a->id = m->hdr.id;
	js_sum(&a->sum, &c->args);
	if (mp->sc.delay_ms > 0)
		child_timer_add(cl, mp->sc.delay_ms, mainproc_answer_due, a);
	else
		mainproc_answer(cl, a);
}

/* The push timer: push once more and set the next one, unless it was replaced. */
static void
mainproc_push_due(struct child_loop *cl, void *arg)
{
	struct mainproc	*mp = cl->arg;

	if ((uintptr_t)arg != mp->push_timer)
		return;
	mainproc_push(cl, ++mp->pushes);
	child_timer_add(cl, mp->sc.push_every_ms, mainproc_push_due, arg);
}

/* New settings; a push timer starts or stops with them. */
static int
mainproc_config(struct child_loop *cl, struct msg_reader *rd)
{
	struct mainproc	*mp = cl->arg;

	if (scenario_decode(rd, &mp->sc) == -1)
		return (-1);
	mp->push_timer++;
	if (mp->sc.pattern == PATTERN_PUSH && mp->sc.push_every_ms > 0)
		child_timer_add(cl, mp->sc.push_every_ms, mainproc_push_due,
		    (void *)(uintptr_t)mp->push_timer);
	return (0);
}

/* win.webContents.on('render-process-gone', (event, details) => console.log(...)) */
static int
mainproc_renderer_gone(struct child_loop *cl, struct msg_reader *rd)
{
	struct value	 details, *v;
	uint32_t	 wc, code;
	char		*reason;
	size_t		 len;

	if (msg_get_u32(rd, &wc) == -1 || msg_get_string(rd, &reason,
	    &len) == -1)
		return (-1);
	if (msg_get_u32(rd, &code) == -1 || msg_get_end(rd) == -1) {
		free(reason);
		return (-1);
	}
	value_init(&details, VALUE_OBJECT);
	value_take_string(value_set(&details, "reason", 6), reason, len);
	v = value_set(&details, "exitCode", 8);
	value_number(v, (int32_t)code);
	ipc_console_log(cl, "render-process-gone", &details, 1);
	value_free(&details);
	return (0);
}

/* Handle one frame routed to main. */
static int
mainproc_dispatch(struct child_loop *cl, const struct msg *m)
{
	struct msg_reader	 rd;
	struct ipc_call		 c;
	const char		*err;

	msg_reader_init(&rd, m->payload, m->payload_len);
	switch (m->hdr.type) {
	case MSG_CONFIG:
		return (mainproc_config(cl, &rd));
	case MSG_PUSH:
		if (m->payload_len != 0)
			return (-1);
		mainproc_push(cl, m->hdr.id);
		return (0);
	case MSG_RENDERER_GONE:
		return (mainproc_renderer_gone(cl, &rd));
	case MSG_IPC_SEND:
	case MSG_IPC_INVOKE:
	case MSG_IPC_SEND_SYNC:
		break;
	default:
		return (-1);
	}
	if (m->hdr.src < ENDPOINT_RENDERER_BASE)
		return (-1);
	if (ipc_decode(m, &c, &err) == -1) {
		log_debug("bad %s: %s", msg_type_name(m->hdr.type), err);
		return (-1);
	}
	/* A channel without a listener or handler is ignored. */
	if (ipc_channel_is(&c, IPC_CHANNEL_TO_MAIN))
		mainproc_on_call(cl, m, &c);
	ipc_free(&c);
	return (0);
}

/* Entry point of the main child. */
void
mainproc_main(int rfd, int wfd, void *arg)
{
	struct child_loop	 cl;
	struct mainproc		 mp;

	(void)arg;
	memset(&cl, 0, sizeof cl);
	memset(&mp, 0, sizeof mp);
	scenario_default(&mp.sc);
	child_loop_run(&cl, rfd, wfd, ENDPOINT_MAIN, mainproc_dispatch, &mp);
}
