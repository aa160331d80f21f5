/*
 * The renderer process of window N.  It runs the seed's renderer.js:
 *
 *	btn.onclick = () => ipcRenderer.send('message-from-renderer', 1, 2, 3)
 *	ipcRenderer.on('message-from-main', (_, res) =>
 *	    console.log('receive message from main process', res))
 */
#include "config.h"

#include <string.h>

#include "child.h"
#include "inspect.h"
#include "ipc.h"
#include "log.h"
#include "msg.h"
#include "renderer.h"
#include "value.h"

/* btn.onclick: send the seed's arguments to main, tagged with the press's id. */
static void
renderer_click(struct child_loop *cl, uint32_t id)
{
	struct value	 args;
	struct buf	 pl;
	int		 i;

	value_init(&args, VALUE_ARRAY);
	for (i = 1; i <= 3; i++)
		value_number(value_push(&args), i);
	buf_init(&pl);
	ipc_encode(&pl, IPC_CHANNEL_TO_MAIN, &args);
	peer_send(&cl->peer, MSG_IPC_SEND, cl->self, ENDPOINT_MAIN, id, &pl);
	buf_free(&pl);
	value_free(&args);
}

/*
 * The ipcRenderer.on('message-from-main', (_, res) => ...) listener: log res
 * (the first argument, undefined if none) and show it on the page.  The id
 * of the press travels along so that the UI can check every answer.
 */
static void
renderer_on_message(struct child_loop *cl, uint32_t id,
    const struct ipc_call *c)
{
	static const char	 prefix[] = "receive message from main process ";
	struct buf		 line, pl;
	struct value		 undefined;

	value_init(&undefined, VALUE_UNDEFINED);
	buf_init(&line);
	buf_append(&line, prefix, sizeof prefix - 1);
	inspect_log_value(&line, c->args.count > 0 ? &c->args.items[0] :
	    &undefined);
	child_console(cl, (const char *)buf_head(&line), line.len);

	buf_init(&pl);
	msg_add_string(&pl, (const char *)buf_head(&line) + sizeof prefix - 1,
	    line.len - (sizeof prefix - 1));
	peer_send(&cl->peer, MSG_REPLY_SHOWN, cl->self, ENDPOINT_UI, id, &pl);
	buf_free(&pl);
	buf_free(&line);
}

/* Handle one frame from the UI. */
static int
renderer_dispatch(struct child_loop *cl, const struct msg *m)
{
	struct ipc_call	 c;
	const char	*err;

	switch (m->hdr.type) {
	case MSG_CLICK:
		if (m->payload_len != 0)
			return (-1);
		renderer_click(cl, m->hdr.id);
		return (0);
	case MSG_IPC_MESSAGE:
		if (ipc_decode(m, &c, &err) == -1) {
			log_debug("bad ipc-message: %s", err);
			return (-1);
		}
		/* Electron drops messages on channels nobody listens to. */
		if (ipc_channel_is(&c, IPC_CHANNEL_TO_RENDERER))
			renderer_on_message(cl, m->hdr.id, &c);
		ipc_free(&c);
		return (0);
	default:
		return (-1);
	}
}

/* Entry point of a renderer child; arg points to its webContents id. */
void
renderer_main(int rfd, int wfd, void *arg)
{
	struct child_loop	 cl;
	int			 wc = *(const int *)arg;

	memset(&cl, 0, sizeof cl);
	child_loop_run(&cl, rfd, wfd, ENDPOINT_RENDERER(wc), renderer_dispatch,
	    NULL);
}
