/*
 * The renderer process of window N: the page's script and its ipcRenderer.
 * The button runs, depending on the pattern,
 *
 *	ipcRenderer.send('message-from-renderer', ARGS)
 *	const res = await ipcRenderer.invoke('message-from-renderer', ARGS)
 *	const res = ipcRenderer.sendSync('message-from-renderer', ARGS)
 *
 * where ARGS is the text of the argument field, parsed here as JavaScript.
 * ipcRenderer.on('message-from-main', ...) logs what main sends.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "child.h"
#include "inspect.h"
#include "ipc.h"
#include "literal.h"
#include "log.h"
#include "msg.h"
#include "renderer.h"
#include "scenario.h"
#include "value.h"

#define RENDERER_PREFIX	"receive message from main process"

struct renderer {
	struct scenario	 sc;
	/*
	 * The last argument text that parsed, and its arguments: a page
	 * pressed again with the same text sends the same values.
	 */
	char		*last_text;
	size_t		 last_len;
	struct value	 last_args;
};

/*
 * console.log('receive message from main process', ...vals) and show vals
 * on the page; the press is then done.
 */
static void
renderer_received(struct child_loop *cl, uint32_t id, const struct value *vals,
    size_t n)
{
	const struct buf	*line;
	size_t			 skip = sizeof RENDERER_PREFIX;

	line = ipc_console_log(cl, RENDERER_PREFIX, vals, n);
	if (line->len < skip)
		skip = line->len;
	child_press_done(cl, id, (const char *)buf_head(line) + skip,
	    line->len - skip);
}

/* A press that threw before sending: the console shows the uncaught error. */
static void
renderer_uncaught(struct child_loop *cl, uint32_t id, const char *kind,
    const char *msg)
{
	char	 line[512];
	int	 n;

	n = snprintf(line, sizeof line, "Uncaught %s: %s", kind, msg);
	if (n < 0 || (size_t)n >= sizeof line)
		n = (int)strlen(line);
	child_console(cl, line, (size_t)n);
	child_press_done(cl, id, NULL, 0);
}

/* The button: parse the argument text and make the pattern's call. */
static void
renderer_click(struct child_loop *cl, struct renderer *r, uint32_t id,
    const char *text, size_t len)
{
	static const uint16_t	 types[PATTERN_COUNT] = {
		MSG_IPC_SEND, MSG_IPC_SEND, MSG_IPC_INVOKE, MSG_IPC_SEND_SYNC, 0
	};
	char			 msg[256];

	if (r->last_text == NULL || r->last_len != len ||
	    memcmp(r->last_text, text, len) != 0) {
		free(r->last_text);
		r->last_text = NULL;
		value_free(&r->last_args);
		switch (literal_parse_args(text, len, &r->last_args, msg,
		    sizeof msg)) {
		case LITERAL_OK:
			if ((r->last_text = malloc(len + 1)) == NULL)
				fatal("malloc");
			memcpy(r->last_text, text, len);
			r->last_len = len;
			break;
		case LITERAL_SYNTAX:
			renderer_uncaught(cl, id, "SyntaxError", msg);
			return;
		case LITERAL_REFERENCE:
			renderer_uncaught(cl, id, "ReferenceError", msg);
			return;
		default:
			/* invoke is async: its failure is a rejected promise. */
			renderer_uncaught(cl, id, r->sc.pattern == PATTERN_INVOKE ?
			    "(in promise) Error" : "Error", msg);
			return;
		}
	}
	if (types[r->sc.pattern] != 0) {
		ipc_send(&cl->peer, types[r->sc.pattern], cl->self,
		    ENDPOINT_MAIN, id, IPC_CHANNEL_TO_MAIN, &r->last_args);
		/* sendSync blocks the page until event.returnValue comes. */
		if (r->sc.pattern == PATTERN_SEND_SYNC)
			child_await(cl, MSG_IPC_SYNC_RESULT);
	} else
		child_press_done(cl, id, NULL, 0);
}

/*
 * ipcRenderer.on('message-from-main'): the seed's listener, (_, res), logs
 * the first argument; the push demo's, (_, ...args), logs them all.
 */
static void
renderer_on_message(struct child_loop *cl, struct renderer *r, uint32_t id,
    const struct ipc_call *c)
{
	struct value	 undefined;

	if (r->sc.pattern == PATTERN_PUSH)
		renderer_received(cl, id, c->args.items, c->args.count);
	else if (c->args.count > 0)
		renderer_received(cl, id, c->args.items, 1);
	else {
		value_init(&undefined, VALUE_UNDEFINED);
		renderer_received(cl, id, &undefined, 1);
	}
}

/* A call returned the value that ends the payload: log it and show it. */
static int
renderer_resolved(struct child_loop *cl, uint32_t id, struct msg_reader *rd)
{
	struct value	 res;
	const char	*err;

	if (value_decode_last(rd, &res, &err) == -1)
		return (-1);
	renderer_received(cl, id, &res, 1);
	value_free(&res);
	return (0);
}

/* The promise of invoke settled: log the value, or the unhandled rejection. */
static int
renderer_invoke_result(struct child_loop *cl, uint32_t id, const struct msg *m)
{
	struct msg_reader	 rd;
	char			*text;
	size_t			 len;
	uint8_t			 ok;
	char			 line[512];

	msg_reader_init(&rd, m->payload, m->payload_len);
	if (msg_get_u8(&rd, &ok) == -1 || ok > 1)
		return (-1);
	if (!ok) {
		if (msg_get_string(&rd, &text, &len) == -1)
			return (-1);
		snprintf(line, sizeof line, "Error invoking remote method "
		    "'%s': %s", IPC_CHANNEL_TO_MAIN, text);
		free(text);
		if (msg_get_end(&rd) == -1)
			return (-1);
		renderer_uncaught(cl, id, "(in promise) Error", line);
		return (0);
	}
	return (renderer_resolved(cl, id, &rd));
}

/* sendSync returned event.returnValue: the page runs on from there. */
static int
renderer_sync_result(struct child_loop *cl, uint32_t id, const struct msg *m)
{
	struct msg_reader	 rd;

	msg_reader_init(&rd, m->payload, m->payload_len);
	return (renderer_resolved(cl, id, &rd));
}

/* Handle one frame from the UI. */
static int
renderer_dispatch(struct child_loop *cl, const struct msg *m)
{
	struct renderer		*r = cl->arg;
	struct msg_reader	 rd;
	struct ipc_call		 c;
	const char		*err;
	char			*text;
	size_t			 len;

	msg_reader_init(&rd, m->payload, m->payload_len);
	switch (m->hdr.type) {
	case MSG_CONFIG:
		return (scenario_decode(&rd, &r->sc));
	case MSG_CLICK:
		if (msg_get_string(&rd, &text, &len) == -1)
			return (-1);
		if (msg_get_end(&rd) == 0)
			renderer_click(cl, r, m->hdr.id, text, len);
		free(text);
		return (msg_get_end(&rd));
	case MSG_IPC_MESSAGE:
		if (ipc_decode(m, &c, &err) == -1) {
			log_debug("bad ipc-message: %s", err);
			return (-1);
		}
		/* Electron drops messages on channels nobody listens to. */
		if (ipc_channel_is(&c, IPC_CHANNEL_TO_RENDERER))
			renderer_on_message(cl, r, m->hdr.id, &c);
		ipc_free(&c);
		return (0);
	case MSG_IPC_INVOKE_RESULT:
		return (renderer_invoke_result(cl, m->hdr.id, m));
	case MSG_IPC_SYNC_RESULT:
		return (renderer_sync_result(cl, m->hdr.id, m));
	default:
		return (-1);
	}
}

/* Entry point of a renderer child; arg points to its webContents id. */
void
renderer_main(int rfd, int wfd, void *arg)
{
	struct child_loop	 cl;
	struct renderer		 r;
	int			 wc = *(const int *)arg;

	memset(&cl, 0, sizeof cl);
	memset(&r, 0, sizeof r);
	scenario_default(&r.sc);
	child_loop_run(&cl, rfd, wfd, ENDPOINT_RENDERER(wc), renderer_dispatch,
	    &r);
}
