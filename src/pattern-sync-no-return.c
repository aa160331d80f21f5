/* sendSync whose listener never sets event.returnValue: the page hangs. */
#include "config.h"

#include "code.h"
#include "i18n.h"
#include "mainproc.h"
#include "pattern.h"

/* main: log the arguments and return without setting event.returnValue. */
static void
sync_no_return_main_call(struct mainproc *mp, const struct msg_header *h,
    const struct proto_msg *call)
{
	mainproc_log_args(mp, &call->value);
	child_press_done(&mp->cl, h->id, NULL, 0);
}

/* main.js: a listener that never sets event.returnValue. */
static void
sync_no_return_code_main(struct buf *b, const struct scenario *sc)
{
	(void)sc;
	code_main_listener(b, "on");
	code_line(b, "  // event.returnValue is never set");
	code_line(b, "})");
}

const struct pattern pattern_sync_no_return = {
	.name = "sync-no-return",
	.lesson = N_("sendSync whose listener never sets returnValue: the "
	    "page hangs"),
	.concerns = N_("electron#31321; every Electron"),
	.request = MSG_IPC_SEND_SYNC,
	.blocks = 1,
	.hangs = 1,
	.main_call = sync_no_return_main_call,
	.code_renderer = code_page_send_sync,
	.code_main = sync_no_return_code_main,
};
