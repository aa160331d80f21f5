/*
 * Electron's main process.  It runs the seed's index.js listener:
 *
 *	ipcMain.on('message-from-renderer', (event, ...args) => {
 *		console.log('receive message from renderer process', ...args)
 *		const sum = args.reduce((a, b) => a + b, 0)
 *		event.reply('message-from-main', sum)
 *	})
 */
#include "config.h"

#include <string.h>

#include "child.h"
#include "ipc.h"
#include "js.h"
#include "log.h"
#include "mainproc.h"
#include "msg.h"

/* The seed's listener; event.reply answers the frame that sent the message (same id). */
static void
mainproc_on_message(struct child_loop *cl, uint16_t sender, uint32_t id,
    const struct ipc_call *c)
{
	struct buf	 line, pl;
	struct value	 reply;

	buf_init(&line);
	ipc_log_line(&line, "receive message from renderer process", &c->args);
	child_console(cl, (const char *)buf_head(&line), line.len);
	buf_free(&line);

	value_init(&reply, VALUE_ARRAY);
	js_sum(value_push(&reply), &c->args);
	buf_init(&pl);
	ipc_encode(&pl, IPC_CHANNEL_TO_RENDERER, &reply);
	peer_send(&cl->peer, MSG_IPC_MESSAGE, cl->self, sender, id, &pl);
	buf_free(&pl);
	value_free(&reply);
}

/* Handle one frame routed to main. */
static int
mainproc_dispatch(struct child_loop *cl, const struct msg *m)
{
	struct ipc_call	 c;
	const char	*err;

	if (m->hdr.type != MSG_IPC_SEND ||
	    m->hdr.src < ENDPOINT_RENDERER_BASE)
		return (-1);
	if (ipc_decode(m, &c, &err) == -1) {
		log_debug("bad ipc-send: %s", err);
		return (-1);
	}
	/* ipcMain is an EventEmitter: a channel without listeners is ignored. */
	if (ipc_channel_is(&c, IPC_CHANNEL_TO_MAIN))
		mainproc_on_message(cl, m->hdr.src, m->hdr.id, &c);
	ipc_free(&c);
	return (0);
}

/* Entry point of the main child. */
void
mainproc_main(int rfd, int wfd, void *arg)
{
	struct child_loop	 cl;

	(void)arg;
	memset(&cl, 0, sizeof cl);
	child_loop_run(&cl, rfd, wfd, ENDPOINT_MAIN, mainproc_dispatch, NULL);
}
