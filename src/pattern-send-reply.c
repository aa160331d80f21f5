/* The seed: ipcRenderer.send, then main answers by one of the three reply methods. */
#include "config.h"

#include "code.h"
#include "i18n.h"
#include "js.h"
#include "mainproc.h"
#include "pattern.h"
#include "reply.h"

/* main: log the arguments, sum them, reply with the sum. */
static void
send_reply_main_call(struct mainproc *mp, const struct msg_header *h,
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

/* renderer.js: send on the button, log what main sends back. */
static void
send_reply_code_renderer(struct buf *b, const struct scenario *sc,
    const char *args)
{
	(void)sc;
	code_button(b, "ipcRenderer.send", 0, args);
	code_renderer_listener(b, 0);
}

/* main.js: the seed's listener with the chosen reply method. */
static void
send_reply_code_main(struct buf *b, const struct scenario *sc)
{
	code_main_listener(b);
	code_line(b, "  const sum = args.reduce((a, b) => a + b, 0)");
	code_hop_line(b, CODE_HOP_ANSWER, "  %s('message-from-main', sum)",
	    reply_method(sc->reply)->call);
	code_line(b, "})");
}

const struct pattern pattern_send_reply = {
	.name = "send-reply",
	.lesson = N_("send; main logs, sums and replies (the seed)"),
	.uses = USES_REPLY,
	.request = MSG_IPC_SEND,
	.main_call = send_reply_main_call,
	.code_renderer = send_reply_code_renderer,
	.code_main = send_reply_code_main,
};
