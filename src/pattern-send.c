/* One way: ipcRenderer.send, and main only logs. */
#include "config.h"

#include "code.h"
#include "i18n.h"
#include "mainproc.h"
#include "pattern.h"

/* main: log the arguments; the press is then done. */
static void
send_main_call(struct mainproc *mp, const struct msg_header *h,
    const struct proto_msg *call)
{
	mainproc_log_args(mp, &call->value);
	child_press_done(&mp->cl, h->id, NULL, 0);
}

/* renderer.js: send on the button. */
static void
send_code_renderer(struct buf *b, const struct scenario *sc, const char *args)
{
	(void)sc;
	code_button(b, "ipcRenderer.send", 0, args);
}

/* main.js: a listener that only logs. */
static void
send_code_main(struct buf *b, const struct scenario *sc)
{
	(void)sc;
	code_main_listener(b, "on");
	code_line(b, "})");
}

const struct pattern pattern_send = {
	.name = "send",
	.lesson = N_("one way: main logs, nothing comes back"),
	.concerns = N_("demo 0037"),
	.request = MSG_IPC_SEND,
	.main_call = send_main_call,
	.code_renderer = send_code_renderer,
	.code_main = send_code_main,
};
