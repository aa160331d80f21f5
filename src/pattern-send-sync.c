/* ipcRenderer.sendSync: the page blocks until main sets event.returnValue. */
#include "config.h"

#include "code.h"
#include "i18n.h"
#include "mainproc.h"
#include "pattern.h"

/* main: log, then set event.returnValue to the sum after the delay. */
static void
send_sync_main_call(struct mainproc *mp, const struct msg_header *h,
    const struct proto_msg *call)
{
	mainproc_log_args(mp, &call->value);
	mainproc_answer_later(mp, h, call, MSG_IPC_SYNC_RESULT);
}

/* main.js: the listener that sets event.returnValue. */
static void
send_sync_code_main(struct buf *b, const struct scenario *sc)
{
	code_main_listener(b, "on");
	code_line(b, "  const sum = args.reduce((a, b) => a + b, 0)");
	if (sc->delay_ms > 0)
		code_hop_line(b, CODE_HOP_ANSWER,
		    "  setTimeout(() => { event.returnValue = sum }, %u)",
		    sc->delay_ms);
	else
		code_hop_line(b, CODE_HOP_ANSWER, "  event.returnValue = sum");
	code_line(b, "})");
}

const struct pattern pattern_send_sync = {
	.name = "send-sync",
	.lesson = N_("sendSync: the page blocks until returnValue"),
	.concerns = N_("demo 0039; Electron calls it legacy"),
	.uses = USES_DELAY,
	.request = MSG_IPC_SEND_SYNC,
	.blocks = 1,
	.main_call = send_sync_main_call,
	.code_renderer = code_page_send_sync,
	.code_main = send_sync_code_main,
};
