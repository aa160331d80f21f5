/* Two listeners on one channel, both fire in order; removeAllListeners takes both. */
#include "config.h"

#include "code.h"
#include "i18n.h"
#include "ipc.h"
#include "mainproc.h"
#include "pattern.h"
#include "reply.h"

#define REMOVE_ALL_FIRST	"the first listener got"

/* main: the first listener logs, the second is the seed's; then none. */
static void
remove_all_main_call(struct mainproc *mp, const struct msg_header *h,
    const struct proto_msg *call)
{
	ipc_console_log(&mp->cl, REMOVE_ALL_FIRST, call->value.items,
	    call->value.count);
	mainproc_log_sum_reply(mp, h, call);
}

/* main.js: two listeners, in the order added; the second removes them all. */
static void
remove_all_code_main(struct buf *b, const struct scenario *sc)
{
	code_line(b, "ipcMain.on('message-from-renderer', (event, ...args) => {");
	code_hop_line(b, CODE_HOP_MAIN_LOG, "  console.log('%s', ...args)",
	    REMOVE_ALL_FIRST);
	code_line(b, "})");
	code_line(b, "ipcMain.on('message-from-renderer', (event, ...args) => {");
	code_line(b, "  console.log('receive message from renderer process', "
	    "...args)");
	code_line(b, "  const sum = args.reduce((a, b) => a + b, 0)");
	code_hop_line(b, CODE_HOP_ANSWER, "  %s('message-from-main', sum)",
	    reply_method(sc->reply)->call);
	code_line(b, "  ipcMain.removeAllListeners('message-from-renderer')");
	code_line(b, "})");
}

const struct pattern pattern_remove_all = {
	.name = "remove-all-listeners",
	.lesson = N_("two listeners fire in order; removeAllListeners takes "
	    "both"),
	.concerns = N_("listener lifetimes; every Electron"),
	.uses = USES_REPLY,
	.request = MSG_IPC_SEND,
	.heard = pattern_heard_first,
	.main_call = remove_all_main_call,
	.code_renderer = code_page_send_reply,
	.code_main = remove_all_code_main,
};
